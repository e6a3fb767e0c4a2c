"""The user admin, with the learner's profile (extra exam time) inline."""

from django import forms
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.forms import UserChangeForm
from django.db.models import QuerySet
from django.http import HttpRequest

from accounts.models import Profile
from accounts.signup import email_in_use
from teach import teaching


class ProfileInline(admin.StackedInline):
    model = Profile
    can_delete = False
    fields = ["extra_time_factor", "pending_email"]
    readonly_fields = ["pending_email"]
    verbose_name_plural = "Profile and accommodations"


class LearnerChangeForm(UserChangeForm):
    def clean_email(self) -> str:
        """Staff are told plainly (the database refuses it anyway: migration 0002's unique index)."""
        email = self.cleaned_data["email"].strip()
        if email and email_in_use(email, besides=self.instance):
            raise forms.ValidationError("Another account already uses this email address.")
        return email


admin.site.unregister(get_user_model())


@admin.register(get_user_model())
class LearnerAdmin(UserAdmin):
    form = LearnerChangeForm
    inlines = [ProfileInline]

    # An account goes with its answers: the groups it was in are counted again in the same
    # transaction (its own topic rows go with it).
    def delete_model(self, request: HttpRequest, obj) -> None:
        teaching.delete_learners(users=get_user_model().objects.filter(pk=obj.pk))

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet) -> None:
        teaching.delete_learners(users=queryset)
