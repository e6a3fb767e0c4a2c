"""The sign-up form: Django's user-creation form plus a required, unused email address."""

from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model
from django.contrib.auth.forms import UserCreationForm


class SignUpForm(UserCreationForm):
    email = forms.EmailField(
        label="Email",
        max_length=254,
        help_text="Only used to reset your password if you forget it. We never share it.",
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    class Meta(UserCreationForm.Meta):
        model = get_user_model()
        fields = ["username", "email"]

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.fields["username"].help_text = (
            "The name you sign in with. Letters, digits and @ . + - _ only; "
            "it need not be your real name."
        )
        self.fields["password1"].label = "Password"
        self.fields["password2"].label = "Password again"
        self.fields["password2"].help_text = "Type the same password, to be sure it is right."

    def clean_email(self) -> str:
        email = self.cleaned_data["email"].strip()
        if get_user_model().objects.filter(email__iexact=email).exists():
            raise forms.ValidationError(
                "An account already uses this email address. You can sign in, "
                "or reset the password if you have forgotten it."
            )
        return email
