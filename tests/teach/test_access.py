"""The access matrix: every /teach/ URL and the learners' join, leave and exam URLs, with GET and
POST, as anonymous, a learner, a member of the group, its trainer, a co-trainer, another trainer
and staff. Each request runs in a transaction rolled back afterwards, so every cell starts from
the same rows."""

from __future__ import annotations

import pytest
from django.db import transaction
from django.test import Client

from teach import teaching
from teach.models import Cohort
from tests.factories import make_lesson
from tests.teach.conftest import NOW

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "learner", "member", "trainer", "co_trainer", "other_trainer", "staff"]


def expect(**overrides: int) -> dict[str, int]:
    """Anonymous users go to sign in; non-trainers get the 403 "for trainers" page."""
    base = {"anonymous": 302, "learner": 403, "member": 403}
    return base | overrides


def any_trainer(ok: int) -> dict[str, int]:
    return expect(trainer=ok, co_trainer=ok, other_trainer=ok, staff=ok)


def group(ok: int, *, co_trainer: int | None = None) -> dict[str, int]:
    """The group's trainers and staff; another trainer gets a 404 as if it did not exist."""
    return expect(
        trainer=ok, co_trainer=ok if co_trainer is None else co_trainer, other_trainer=404, staff=ok
    )


def own_set(ok: int) -> dict[str, int]:
    """The set's owner and staff; other trainers don't see an unshared set."""
    return expect(trainer=ok, co_trainer=404, other_trainer=404, staff=ok)


def everyone(status: int) -> dict[str, int]:
    return dict.fromkeys(ROLES, status)


@pytest.fixture
def world(trainer, co_trainer, other_trainer, staff, member, outsider, cohort, bank):
    own = teaching.create_lesson_set(
        owner=trainer, name="Mine", lessons=[bank["empathy"][0].lesson]
    )
    shared = teaching.create_lesson_set(
        owner=staff, name="Shared", lessons=[bank["recovery"][0].lesson], shared=True
    )
    extra = make_lesson("extra")
    assignment = teaching.create_assignment(
        cohort=cohort, lesson_set=shared, created_by=trainer, goal="exam", due_at=NOW
    )
    users = {
        "anonymous": None,
        "learner": outsider,
        "member": member,
        "trainer": trainer,
        "co_trainer": co_trainer,
        "other_trainer": other_trainer,
        "staff": staff,
    }
    ids = {
        "g": cohort.pk,
        "m": member.pk,
        "co": co_trainer.pk,
        "a": assignment.pk,
        "s": own.pk,
        "public": shared.pk,
        "i": own.items.get().pk,
        "extra": extra.pk,
        "code": cohort.join_code,
    }
    return users, ids


# (name, URL, {method: (POST data, expected by role)}); a method not listed must be refused (405).
MATRIX = [
    ("home", "/teach/", {"GET": (None, any_trainer(200))}),
    (
        "new group",
        "/teach/groups/new/",
        {
            "GET": (None, any_trainer(200)),
            "POST": ({"name": "New", "time_zone": "UTC"}, any_trainer(302)),
        },
    ),
    ("gradebook", "/teach/groups/{g}/", {"GET": (None, group(200))}),
    (
        "group details",
        "/teach/groups/{g}/edit/",
        {
            "GET": (None, group(200)),
            "POST": ({"name": "Renamed", "time_zone": "UTC"}, group(302)),
        },
    ),
    (
        "delete group",
        "/teach/groups/{g}/delete/",
        # the owner and staff: a confirmation page, then the deletion; co-trainers may not
        {"GET": (None, group(200, co_trainer=403)), "POST": ({}, group(302, co_trainer=403))},
    ),
    ("gradebook csv", "/teach/groups/{g}/gradebook.csv", {"GET": (None, group(200))}),
    ("members", "/teach/groups/{g}/members/", {"GET": (None, group(200))}),
    ("one learner", "/teach/groups/{g}/members/{m}/", {"GET": (None, group(200))}),
    ("remove learner", "/teach/groups/{g}/members/{m}/remove/", {"POST": ({}, group(302))}),
    ("join code", "/teach/groups/{g}/code/", {"POST": ({"action": "regenerate"}, group(302))}),
    (
        "add co-trainer",
        "/teach/groups/{g}/co-trainers/",
        {"POST": ({"identifier": "otto"}, group(302))},
    ),
    (
        "remove co-trainer",
        "/teach/groups/{g}/co-trainers/{co}/remove/",
        {"POST": ({}, group(302))},  # the co-trainer may remove themself
    ),
    (
        "assign",
        "/teach/groups/{g}/assign/",
        {
            "GET": (None, group(200)),
            "POST": (
                {
                    "lesson_set": "{public}",
                    "goal": "practice",
                    "min_percent": "80",
                    "exam_questions": "10",
                    "pass_percent": "70",
                },
                group(302),
            ),
        },
    ),
    ("assignment", "/teach/groups/{g}/assignments/{a}/", {"GET": (None, group(200))}),
    (
        "change assignment",
        "/teach/groups/{g}/assignments/{a}/edit/",
        {
            "GET": (None, group(200)),
            "POST": (
                {
                    "lesson_set": "{public}",
                    "goal": "exam",
                    "min_percent": "80",
                    "exam_questions": "10",
                    "pass_percent": "70",
                },
                group(302),
            ),
        },
    ),
    (
        "assignment csv",
        "/teach/groups/{g}/assignments/{a}/results.csv",
        {"GET": (None, group(200))},
    ),
    ("remove assignment", "/teach/groups/{g}/assignments/{a}/delete/", {"POST": ({}, group(302))}),
    (
        "new set",
        "/teach/sets/new/",
        {"GET": (None, any_trainer(200)), "POST": ({"name": "Week 2"}, any_trainer(302))},
    ),
    (
        "own set",
        "/teach/sets/{s}/",
        {"GET": (None, own_set(200)), "POST": ({"name": "Renamed"}, own_set(302))},
    ),
    (
        "shared set",
        "/teach/sets/{public}/",
        {
            "GET": (None, any_trainer(200)),
            # only staff edit a shared set; trainers copy it
            "POST": (
                {"name": "Renamed"},
                expect(trainer=404, co_trainer=404, other_trainer=404, staff=302),
            ),
        },
    ),
    ("add to set", "/teach/sets/{s}/add/", {"POST": ({"lesson": "{extra}"}, own_set(302))}),
    (
        "move in set",
        "/teach/sets/{s}/items/{i}/move/",
        {"POST": ({"direction": "down"}, own_set(302))},
    ),
    ("remove from set", "/teach/sets/{s}/items/{i}/remove/", {"POST": ({}, own_set(302))}),
    ("copy own set", "/teach/sets/{s}/copy/", {"POST": ({}, own_set(302))}),
    ("delete own set", "/teach/sets/{s}/delete/", {"POST": ({}, own_set(302))}),
    # the shared set is used by the group's assignment: staff are told so (302 back to the set)
    (
        "delete shared set",
        "/teach/sets/{public}/delete/",
        {"POST": ({}, expect(trainer=404, co_trainer=404, other_trainer=404, staff=302))},
    ),
    ("copy shared set", "/teach/sets/{public}/copy/", {"POST": ({}, any_trainer(302))}),
    (
        "join form",
        "/join/",
        {"GET": (None, everyone(200)), "POST": ({"code": "{code}"}, everyone(302))},
    ),
    ("join link", "/join/{code}/", {"GET": (None, everyone(200)), "POST": ({}, everyone(302))}),
    (
        "leave",
        "/groups/{g}/leave/",
        {"POST": ({}, everyone(404) | {"anonymous": 302, "member": 302})},
    ),
    (
        "assignment exam",
        "/assignments/{a}/exam/",
        {"POST": ({}, everyone(404) | {"anonymous": 302, "member": 302})},
    ),
]

CASES = [
    pytest.param(url, method, spec.get(method), id=f"{name}-{method}")
    for name, url, spec in MATRIX
    for method in ("GET", "POST")
]


@pytest.mark.parametrize(("url", "method", "spec"), CASES)
def test_access(world, url, method, spec):
    users, ids = world
    path = url.format(**ids)
    results = {}
    for role in ROLES:
        client = Client()
        with transaction.atomic():
            if users[role] is not None:
                client.force_login(users[role])
            data = {}
            if spec and spec[0]:
                data = {key: value.format(**ids) for key, value in spec[0].items()}
            response = client.get(path) if method == "GET" else client.post(path, data)
            results[role] = response.status_code
            if role == "anonymous" and response.status_code == 302 and path.startswith("/teach/"):
                assert response["Location"].startswith("/accounts/login/")
            transaction.set_rollback(True)
    expected = spec[1] if spec else everyone(405)
    assert results == expected


def test_removed_learner_is_hidden_from_the_trainer_at_once(client, world):
    users, ids = world
    client.force_login(users["trainer"])
    assert client.get("/teach/groups/{g}/members/{m}/".format(**ids)).status_code == 200
    assert client.post("/teach/groups/{g}/members/{m}/remove/".format(**ids)).status_code == 302
    assert client.get("/teach/groups/{g}/members/{m}/".format(**ids)).status_code == 404
    page = client.get("/teach/groups/{g}/".format(**ids)).content.decode()
    assert "mia" not in page
    assert "mia" not in client.get("/teach/groups/{g}/gradebook.csv".format(**ids)).content.decode()


def test_a_learner_of_another_group_is_a_404_through_this_group(client, world, other_trainer):
    users, ids = world
    theirs = teaching.create_cohort(owner=other_trainer, name="Theirs")
    teaching.join_cohort(learner=users["learner"], code=theirs.join_code, now=NOW)
    client.force_login(users["trainer"])
    url = f"/teach/groups/{ids['g']}/members/{users['learner'].pk}/"
    assert client.get(url).status_code == 404
    assert (
        client.get(f"/teach/groups/{theirs.pk}/members/{users['learner'].pk}/").status_code == 404
    )
    assert Cohort.objects.trained_by(users["trainer"]).count() == 1
