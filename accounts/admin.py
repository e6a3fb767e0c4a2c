"""The user admin, with the learner's profile (extra exam time) inline."""

from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin

from accounts.models import Profile


class ProfileInline(admin.StackedInline):
    model = Profile
    can_delete = False
    fields = ["extra_time_factor"]
    verbose_name_plural = "Profile and accommodations"


admin.site.unregister(get_user_model())


@admin.register(get_user_model())
class LearnerAdmin(UserAdmin):
    inlines = [ProfileInline]
