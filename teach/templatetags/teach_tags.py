"""Template tags of the trainers' app: the learner's "Assigned to you" and "Your groups" block for
the dashboard, the trainer's navigation link, and a dictionary look-up filter.

The dashboard template loads these (``{% load teach_tags %}``), so ``quizzes`` never imports ``teach``.
"""

from __future__ import annotations

from django import template
from django.utils import timezone

from teach import assigned_html, gradebook
from teach.access import remember_trainer, trainer_in_session

register = template.Library()


@register.inclusion_tag("teach/_assigned.html", takes_context=True)
def assigned_to_you(context) -> dict:
    """The signed-in learner's groups and assignments, soonest due first, each assignment with its
    lessons' lines (``teach.assigned_html``): one query without groups (their groups with their
    assignments and whether they are a trainer, ``gradebook.learner_groups``), two or three with
    some (see ``gradebook.assignment_data``). The answers per lesson come from the learner's topic
    rows, which the dashboard has read (``lesson_answers`` in its context: one list per row);
    elsewhere they are read here."""
    request = context["request"]
    user = request.user
    groups = gradebook.learner_groups(user)
    assigned = [
        (entry, assigned_html.lesson_lines(entry.lessons))
        for entry in gradebook.assigned_to(
            user,
            timezone.now(),
            assignments=groups.assignments,
            lesson_answers=context.get("lesson_answers"),
        )
    ]
    return {
        "cohorts": groups.cohorts,
        "assigned": assigned,
        "is_trainer": remember_trainer(request, in_trainers_group=groups.in_trainers_group),
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
