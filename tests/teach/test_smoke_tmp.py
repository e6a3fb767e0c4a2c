import pytest

from teach import teaching
from tests.teach.conftest import NOW

pytestmark = pytest.mark.django_db


def test_pages_render(client, trainer, cohort, member, lesson_set, bank):
    a = teaching.create_assignment(
        cohort=cohort, lesson_set=lesson_set, created_by=trainer, due_at=NOW
    )
    client.force_login(trainer)
    for url in [
        "/teach/",
        f"/teach/groups/{cohort.pk}/",
        f"/teach/groups/{cohort.pk}/members/",
        f"/teach/groups/{cohort.pk}/members/{member.pk}/",
        f"/teach/groups/{cohort.pk}/assign/",
        f"/teach/groups/{cohort.pk}/assignments/{a.pk}/",
        f"/teach/groups/{cohort.pk}/edit/",
        f"/teach/sets/{lesson_set.pk}/",
        "/teach/sets/new/",
        "/teach/groups/new/",
        f"/teach/groups/{cohort.pk}/gradebook.csv",
        f"/teach/groups/{cohort.pk}/assignments/{a.pk}/results.csv",
    ]:
        r = client.get(url)
        assert r.status_code == 200, url
    client.force_login(member)
    r = client.get("/dashboard/")
    assert "Assigned to you" in r.content.decode()
    r = client.get(f"/join/{cohort.join_code}/")
    assert r.status_code == 200
