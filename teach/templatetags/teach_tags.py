"""Template tags of the trainers' app: the learner's "Assigned to you" and "Your groups" block for
the dashboard, the trainer's navigation link, and a dictionary look-up filter.

The dashboard template loads these (``{% load teach_tags %}``), so ``quizzes`` never imports ``teach``.
"""

from __future__ import annotations

from django import template
from django.contrib.auth import get_user_model
from django.db.models import F
from django.utils import timezone

from teach import assigned_html, gradebook
from teach.access import remember_trainer, trainer_in_session
from teach.models import Cohort

register = template.Library()


@register.inclusion_tag("teach/_assigned.html", takes_context=True)
def assigned_to_you(context) -> dict:
    """The signed-in learner's groups and assignments, soonest due first, each assignment with its
    lessons' lines (``teach.assigned_html``): two queries without groups (their groups; whether
    they are a trainer), six or seven with some (see ``gradebook.assignment_data``)."""
    request = context["request"]
    user = request.user
    cohorts = list(
        Cohort.objects.joined_by(user).values(
            "pk", "name", trainer=F(f"owner__{get_user_model().USERNAME_FIELD}")
        )
    )
    assigned = [
        (entry, assigned_html.lesson_lines(entry.lessons))
        for entry in (gradebook.assigned_to(user, timezone.now()) if cohorts else [])
    ]
    return {
        "cohorts": cohorts,
        "assigned": assigned,
        "is_trainer": remember_trainer(request),
        "csrf_token": context.get("csrf_token"),
    }


@register.simple_tag(takes_context=True)
def trainer(context) -> bool:
    """Whether to show the navigation's "Teaching" link: the session's flag, no query (see
    teach/access.py)."""
    request = context.get("request")
    return request is not None and trainer_in_session(request)


@register.filter
def dict_get(mapping: dict, key):
    return mapping.get(key)
