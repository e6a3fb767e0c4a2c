"""Who is a trainer: staff, and members of the "Trainers" auth group (staff add an account to it in
the admin, on the user's page; migration teach.0001 creates the group). A trainer is a learner too.

Every /teach/ page checks ``is_trainer`` afresh (one query) and then looks groups up through
``Cohort.objects.trained_by(request.user)``. The navigation's "Teaching" link reads a flag kept in
the session instead, so other pages cost no extra query: the dashboard and every /teach/ page
refresh it (``remember_trainer``), so a change staff make shows in the menu at the next visit to
either; access itself never depends on the flag.
"""

from __future__ import annotations

from django.http import HttpRequest

TRAINERS_GROUP = "Trainers"
SESSION_KEY = "teach.is_trainer"


def is_trainer(user, *, in_trainers_group: bool | None = None) -> bool:
    """``in_trainers_group``: whether the user is in the group, when the caller has read it (the
    dashboard has, with the learner's groups); else read here."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_staff:
        return True
    if in_trainers_group is not None:
        return in_trainers_group
    return user.groups.filter(name=TRAINERS_GROUP).exists()


def remember_trainer(request: HttpRequest, *, in_trainers_group: bool | None = None) -> bool:
    """Check afresh and keep the answer in the session for the navigation (written only when it
    changes, and only kept when true). ``in_trainers_group``: see ``is_trainer``."""
    trainer = is_trainer(request.user, in_trainers_group=in_trainers_group)
    if trainer and not request.session.get(SESSION_KEY):
        request.session[SESSION_KEY] = True
    elif not trainer and SESSION_KEY in request.session:
        del request.session[SESSION_KEY]
    return trainer


def trainer_in_session(request: HttpRequest) -> bool:
    return request.user.is_authenticated and bool(request.session.get(SESSION_KEY))
