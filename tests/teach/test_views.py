"""Trainer pages and their htmx fragments, the CSV exports, and the learner's side of groups."""

import csv
import io
import re
from datetime import UTC, datetime, timedelta

import pytest
from django.test import Client
from django.utils import timezone

from articles.models import LessonRead
from quizzes import attempts
from quizzes.models import Response
from teach import gradebook, teaching
from teach.models import Assignment, Cohort, CoTrainer, LessonSet, Membership, PendingJoin
from tests.teach.conftest import NOW, make_user
from tests.teach.helpers import practise

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def assignment(cohort, trainer, lesson_set) -> Assignment:
    return teaching.create_assignment(
        cohort=cohort,
        lesson_set=lesson_set,
        created_by=trainer,
        due_at=timezone.now() + timedelta(days=7),
    )


@pytest.fixture
def progress_made(member, bank, client):
    """The member read the empathy lesson and got 3 of 4 right on it."""
    practise(member, bank["empathy"], [True, True, True, False], timezone.now())
    client.force_login(member)
    client.get(bank["empathy"][0].lesson.get_absolute_url())
    client.logout()


def read_csv(response) -> list[list[str]]:
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))


def test_trainer_home_lists_groups_and_sets(client, trainer, cohort, lesson_set):
    client.force_login(trainer)
    page = client.get("/teach/").content.decode()
    assert "Spring class" in page
    assert "Week 1" in page
    assert "1 learner" in page


def test_nav_link_shows_for_trainers_after_the_dashboard(client, trainer, member):
    client.force_login(trainer)
    assert ">Teaching</a>" not in client.get("/lessons/").content.decode()
    client.get("/dashboard/")
    assert ">Teaching</a>" in client.get("/lessons/").content.decode()
    client.force_login(member)
    client.get("/dashboard/")
    assert ">Teaching</a>" not in client.get("/lessons/").content.decode()


def test_creating_a_group_with_a_bad_time_zone_says_so_and_keeps_the_input(client, trainer):
    client.force_login(trainer)
    response = client.post("/teach/groups/new/", {"name": "Evening", "time_zone": "Mars/Base"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "isn&#x27;t a time zone we know" in page
    assert 'value="Evening"' in page
    assert not Cohort.objects.filter(name="Evening").exists()
    response = client.post(
        "/teach/groups/new/",
        {"name": "Evening", "time_zone": "America/Chicago", "exam_date": "2025-06-01"},
    )
    cohort = Cohort.objects.get(name="Evening")
    assert response["Location"] == f"/teach/groups/{cohort.pk}/members/"
    assert cohort.owner == trainer
    assert cohort.time_zone == "America/Chicago"


def test_gradebook_shows_mastery_in_colour_and_words_status_and_summary(
    client, trainer, cohort, member, assignment, progress_made
):
    client.force_login(trainer)
    page = client.get(f"/teach/groups/{cohort.pk}/").content.decode()
    # 3 right, 1 wrong in empathy: mastery (weighted) 64%, "Developing"; recovery not practised
    assert 'class="cell-band band-developing">' in page
    assert "Developing</span>" in page
    assert '<span class="cell-band band-none">–</span><span class="band-word">Not practised' in page
    assert '<span class="status status-in-progress">In progress</span> 75%' in page
    assert "1/2 read, 1/2 practised" not in page  # 75% < 80%: not practised yet
    assert "1/2 read, 0/2 practised" in page
    assert "0 of 1 done" in page  # summary row
    assert "What the group finds hardest" in page


def test_gradebook_readiness_agrees_with_the_learners_dashboard(
    client, trainer, cohort, member, progress_made
):
    client.force_login(member)
    dashboard = client.get("/dashboard/").context["readiness"]
    client.force_login(trainer)
    response = client.get(f"/teach/groups/{cohort.pk}/")
    book = response.context["book"]
    row = book.rows[0]
    assert row.readiness == dashboard
    empathy = next(cell for cell in book.cells(row) if cell.topic.slug == "empathy")
    assert empathy.standing.mastery == member.topic_scores.get(topic__slug="empathy").mastery


def test_gradebook_sorts_by_any_column_and_htmx_gets_the_table_only(
    client, trainer, cohort, bank, progress_made
):
    keen = make_user("zed")
    Membership.objects.create(cohort=cohort, learner=keen, joined_at=NOW)
    practise(keen, bank["recovery"], [True, True, True], timezone.now())
    client.force_login(trainer)

    def order(query: str, **extra) -> list[str]:
        response = client.get(f"/teach/groups/{cohort.pk}/?{query}", **extra)
        return [row.username for row in response.context["book"].rows], response

    assert order("sort=name")[0] == ["mia", "zed"]
    assert order("sort=name&dir=desc")[0] == ["zed", "mia"]
    recovery = bank["recovery"][0].topic
    assert order(f"sort=topic-{recovery.pk}&dir=desc")[0] == ["zed", "mia"]
    # readiness: learners without an estimate yet go last, by name
    assert order("sort=readiness&dir=desc")[1].context["sort"] == "readiness"
    topic = bank["empathy"][0].topic
    assert order(f"sort=topic-{topic.pk}&dir=desc")[0] == ["mia", "zed"]  # zed has none: last
    assert order("sort=nonsense")[0] == ["mia", "zed"]
    _, response = order("sort=readiness", **HTMX)
    page = response.content.decode()
    assert page.lstrip().startswith('<section id="gradebook-table"')
    assert "<html" not in page
    assert 'aria-sort="ascending"' in page


def test_gradebook_sorts_by_an_assignments_score_unscored_last(
    client, trainer, cohort, bank, assignment, progress_made
):
    for name, rights in (("ann", [True, True, True, True]), ("bob", None)):
        learner = make_user(name)
        Membership.objects.create(cohort=cohort, learner=learner, joined_at=NOW)
        if rights:
            practise(learner, bank["empathy"], rights, timezone.now())
    client.force_login(trainer)
    for direction, expected in (("asc", ["mia", "ann", "bob"]), ("desc", ["ann", "mia", "bob"])):
        response = client.get(
            f"/teach/groups/{cohort.pk}/?sort=assignment-{assignment.pk}&dir={direction}"
        )
        assert [row.username for row in response.context["book"].rows] == expected
        assert response.context["sort"] == f"assignment-{assignment.pk}"


def test_gradebook_csv_has_the_same_columns_and_defuses_formulas(
    client, trainer, cohort, assignment, progress_made
):
    sneaky = make_user("=HYPERLINK(x)")
    Membership.objects.create(cohort=cohort, learner=sneaky, joined_at=NOW)
    client.force_login(trainer)
    response = client.get(f"/teach/groups/{cohort.pk}/gradebook.csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    rows = read_csv(response)
    assert rows[0] == [
        "Learner",
        "Joined",
        "Last active",
        "Readiness %",
        "Ready",
        "Empathy mastery %",
        "Recovery mastery %",
        "Week 1 status",
        "Week 1 score %",
    ]
    by_name = {row[0]: row for row in rows[1:]}
    assert by_name["mia"][5] == "64"
    assert by_name["mia"][7:] == ["in progress", "75"]
    assert "'=HYPERLINK(x)" in by_name


def test_assignment_results_page_and_csv(client, trainer, cohort, assignment, progress_made):
    client.force_login(trainer)
    page = client.get(f"/teach/groups/{cohort.pk}/assignments/{assignment.pk}/").content.decode()
    assert "Empathy Lesson" in page
    assert "75% of 4" in page
    rows = read_csv(
        client.get(f"/teach/groups/{cohort.pk}/assignments/{assignment.pk}/results.csv")
    )
    assert rows[0][:5] == ["Learner", "Status", "Score %", "Lessons read", "Lessons practised"]
    assert rows[1][:5] == ["mia", "in progress", "75", "1", "0"]
    assert rows[1][5:8] == ["yes", "4", "75"]


def test_drill_down_shows_scores_not_account_data(client, trainer, cohort, member, progress_made):
    client.force_login(trainer)
    page = client.get(f"/teach/groups/{cohort.pk}/members/{member.pk}/").content.decode()
    assert "Exam readiness" in page
    assert "Empathy" in page
    assert "3 of 4 right" in page
    assert member.email not in page


def test_members_page_and_removing_with_htmx(client, trainer, cohort, member):
    client.force_login(trainer)
    page = client.get(f"/teach/groups/{cohort.pk}/members/").content.decode()
    assert cohort.join_code in page
    assert f"/join/{cohort.join_code}/" in page
    response = client.post(f"/teach/groups/{cohort.pk}/members/{member.pk}/remove/", **HTMX)
    fragment = response.content.decode()
    assert fragment.lstrip().startswith('<section id="member-list"')
    assert "mia is no longer in this group" in fragment
    assert "No learners yet" in fragment
    fragment = client.get(f"/teach/groups/{cohort.pk}/members/", **HTMX).content.decode()
    assert "<html" not in fragment


def test_closing_joining_and_a_new_code(client, trainer, cohort, outsider):
    client.force_login(trainer)
    old = cohort.join_code
    client.post(f"/teach/groups/{cohort.pk}/code/", {"action": "close"})
    client.force_login(outsider)
    response = client.get(f"/join/{old}/")
    assert response.status_code == 410
    assert "isn&#x27;t taking new members" in response.content.decode()
    client.force_login(trainer)
    client.post(f"/teach/groups/{cohort.pk}/code/", {"action": "open"})
    client.post(f"/teach/groups/{cohort.pk}/code/", {"action": "regenerate"})
    cohort.refresh_from_db()
    assert cohort.join_code != old
    assert client.post(f"/teach/groups/{cohort.pk}/code/", {"action": "x"}).status_code == 400
    client.force_login(outsider)
    assert client.get(f"/join/{old}/").status_code == 404
    assert client.post(f"/join/{cohort.join_code.lower()}/").status_code == 302
    assert Membership.objects.filter(learner=outsider, cohort=cohort).exists()


def test_adding_an_unknown_co_trainer_says_so(client, trainer, cohort):
    client.force_login(trainer)
    response = client.post(f"/teach/groups/{cohort.pk}/co-trainers/", {"identifier": "nobody"})
    assert response.status_code == 400
    assert "No trainer has that username" in response.content.decode()


def test_reordering_a_lesson_set_with_and_without_htmx(client, trainer, lesson_set):
    client.force_login(trainer)
    _, second = lesson_set.items.order_by("position")
    url = f"/teach/sets/{lesson_set.pk}/items/{second.pk}/move/"
    response = client.post(url, {"direction": "up"}, **HTMX)
    fragment = response.content.decode()
    assert fragment.lstrip().startswith('<section id="set-items"')
    assert fragment.index("Recovery Lesson") < fragment.index("Empathy Lesson")
    assert "autofocus" in fragment  # focus stays on the moved lesson's button
    assert client.post(url, {"direction": "down"})["Location"] == f"/teach/sets/{lesson_set.pk}/"
    assert [item.lesson.slug for item in lesson_set.items.order_by("position")] == [
        "empathy-lesson",
        "recovery-lesson",
    ]
    assert client.post(url, {"direction": "sideways"}).status_code == 400
    assert (
        client.get(f"/teach/sets/{lesson_set.pk}/", **HTMX)
        .content.decode()
        .lstrip()
        .startswith('<section id="set-items"')
    )


def test_adding_a_lesson_already_in_the_set_is_refused(client, trainer, lesson_set, bank):
    client.force_login(trainer)
    lesson = bank["empathy"][0].lesson
    response = client.post(f"/teach/sets/{lesson_set.pk}/add/", {"lesson": lesson.pk})
    assert response.status_code == 400
    assert lesson_set.items.count() == 2


def test_copying_a_shared_set(client, trainer, staff, bank):
    shared = teaching.create_lesson_set(
        owner=staff, name="Core", lessons=[bank["empathy"][0].lesson], shared=True
    )
    client.force_login(trainer)
    page = client.get(f"/teach/sets/{shared.pk}/").content.decode()
    assert "copy it to change it" in page
    assert "Move Empathy Lesson up" not in page
    response = client.post(f"/teach/sets/{shared.pk}/copy/")
    copy = LessonSet.objects.get(owner=trainer)
    assert response["Location"] == f"/teach/sets/{copy.pk}/"
    assert copy.items.get().lesson.slug == "empathy-lesson"


def test_due_date_is_read_in_the_groups_time_zone(client, trainer, cohort, lesson_set):
    cohort.time_zone = "America/New_York"
    cohort.save()
    client.force_login(trainer)
    response = client.post(
        f"/teach/groups/{cohort.pk}/assign/",
        {
            "lesson_set": lesson_set.pk,
            "due_date": "2025-03-20",
            "due_time": "",
            "goal": "practice",
            "min_percent": "80",
            "exam_questions": "10",
            "pass_percent": "70",
        },
    )
    assert response.status_code == 302
    # 23:59 in New York on 20 March (EDT, UTC-4) is 03:59 UTC on the 21st
    assert Assignment.objects.get().due_at == datetime(2025, 3, 21, 3, 59, tzinfo=UTC)
    response = client.post(
        f"/teach/groups/{cohort.pk}/assign/",
        {"lesson_set": lesson_set.pk, "due_time": "10:00", "goal": "practice"},
    )
    assert response.status_code == 400
    assert "Give a date" in response.content.decode()
    assert Assignment.objects.count() == 1


def test_dashboard_lists_assignments_by_due_date_with_next_steps(
    client, trainer, cohort, member, lesson_set, bank
):
    later = teaching.create_lesson_set(
        owner=trainer, name="Later set", lessons=[bank["recovery"][0].lesson]
    )
    teaching.create_assignment(
        cohort=cohort,
        lesson_set=later,
        created_by=trainer,
        due_at=timezone.now() + timedelta(days=9),
    )
    teaching.create_assignment(
        cohort=cohort,
        lesson_set=lesson_set,
        created_by=trainer,
        due_at=timezone.now() - timedelta(days=1),
    )
    client.force_login(member)
    page = client.get("/dashboard/").content.decode()
    assert "Assigned to you" in page
    assert page.index("Week 1") < page.index("Later set")
    assert '<span class="status status-overdue">Overdue</span>' in page
    assert "that's all right" in page
    assert "Next: read Empathy Lesson" in page
    assert "Spring class (trainer tess)" in page

    client.get(bank["empathy"][0].lesson.get_absolute_url())
    assert LessonRead.objects.filter(learner=member).count() == 1
    page = client.get("/dashboard/").content.decode()
    assert "Next: read Recovery Lesson" in page


def answers_per_lesson(learner_ids, lesson_ids) -> dict[tuple[int, int], tuple[int, int]]:
    """(learner, lesson) -> (answered, right) straight from the scored answers."""
    counted: dict[tuple[int, int], tuple[int, int]] = {}
    for learner_id, lesson_id, correct in Response.objects.scored().values_list(
        "attempt_question__attempt__learner_id",
        "attempt_question__question__lesson_id",
        "is_correct",
    ):
        if lesson_id in lesson_ids:
            answered, right = counted.get((learner_id, lesson_id), (0, 0))
            counted[(learner_id, lesson_id)] = (answered + 1, right + int(correct))
    return counted


def test_assignment_progress_counts_the_answers_per_lesson(
    client, cohort, member, outsider, assignment, bank, rng
):
    """Counted from the topic rows' answers per lesson: every scored answer to the set's lessons,
    practice at once, a mock exam's once it is submitted, as the answers themselves say."""
    Membership.objects.create(cohort=cohort, learner=outsider, joined_at=NOW)
    practise(member, bank["empathy"], [True, True, False, True], timezone.now())
    practise(outsider, bank["recovery"], [False, True, True], timezone.now())
    exam = attempts.start_exam(learner=member, size=7, rng=rng, now=timezone.now())
    for i, item in enumerate(exam.items.select_related("question")):
        choice = item.question.choices.filter(is_correct=i % 2 == 0).first()
        attempts.save_exam_page(
            attempt=exam,
            attempt_question=item,
            choice=choice,
            marked=False,
            learner=member,
            now=timezone.now(),
        )
    learners = {member.pk, outsider.pk}
    lessons = {questions[0].lesson_id for questions in bank.values()}

    def stored():
        data = gradebook.assignment_data([assignment], learners)
        return data.answers

    open_exam = stored()
    assert open_exam == answers_per_lesson(learners, lessons)
    assert open_exam[(member.pk, bank["empathy"][0].lesson_id)] == (4, 3)
    attempts.finish_attempt(attempt=exam, now=timezone.now())
    assert stored() == answers_per_lesson(learners, lessons) != open_exam
    answered, right = stored()[(member.pk, bank["empathy"][0].lesson_id)]
    assert answered == 8  # four in practice, four in the exam

    client.force_login(member)
    page = client.get("/dashboard/").content.decode()
    assert f"not read yet, {round(100 * right / 8)}% right over 8 answers" in page


def test_leaving_a_group_from_the_dashboard(client, cohort, member, assignment):
    client.force_login(member)
    response = client.post(f"/groups/{cohort.pk}/leave/", follow=True)
    assert "You&#x27;ve left Spring class" in response.content.decode()
    assert "Assigned to you" not in response.content.decode()
    assert not Membership.objects.filter(learner=member).exists()


def test_an_exam_assignment_starts_an_exam_on_the_sets_lessons(
    client, trainer, cohort, member, lesson_set
):
    assignment = teaching.create_assignment(
        cohort=cohort, lesson_set=lesson_set, created_by=trainer, goal="exam", exam_questions=5
    )
    client.force_login(member)
    assert "Take the mock exam" in client.get("/dashboard/").content.decode()
    response = client.post(f"/assignments/{assignment.pk}/exam/")
    assert response.status_code == 302
    assert assignment.exams.get().attempt.question_count == 5


def test_changing_an_assignments_due_date_keeps_it_in_the_groups_time_zone(
    client, trainer, cohort, lesson_set
):
    cohort.time_zone = "Europe/London"
    cohort.save()
    assignment = teaching.create_assignment(
        cohort=cohort,
        lesson_set=lesson_set,
        created_by=trainer,
        due_at=datetime(2025, 3, 20, 17, 0, tzinfo=UTC),
    )
    client.force_login(trainer)
    url = f"/teach/groups/{cohort.pk}/assignments/{assignment.pk}/edit/"
    page = client.get(url).content.decode()
    assert 'value="2025-03-20"' in page
    assert 'value="17:00' in page  # London is on UTC in March before the 30th
    response = client.post(
        url,
        {
            "lesson_set": lesson_set.pk,
            "due_date": "2025-04-02",
            "due_time": "18:30",
            "goal": "practice",
            "min_percent": "70",
            "exam_questions": "10",
            "pass_percent": "70",
        },
    )
    assert response["Location"] == f"/teach/groups/{cohort.pk}/assignments/{assignment.pk}/"
    assignment.refresh_from_db()
    assert assignment.due_at == datetime(2025, 4, 2, 17, 30, tzinfo=UTC)  # BST
    assert assignment.min_percent == 70
    response = client.post(url, {"lesson_set": lesson_set.pk, "goal": "practice"})
    assert response.status_code == 400
    assignment.refresh_from_db()
    assert assignment.min_percent == 70


def test_the_join_form_takes_a_loosely_typed_code_and_refuses_other_characters(
    client, cohort, outsider
):
    client.force_login(outsider)
    code = cohort.join_code
    response = client.post("/join/", {"code": f" {code[:3].lower()}-{code[3:]} "})
    assert response["Location"] == f"/join/{code}/"
    response = client.post("/join/", {"code": "ab/cd"})
    assert response.status_code == 400
    assert "only letters and digits" in response.content.decode()
    assert client.get("/join/NOSUCHCODE/").status_code == 404


def test_deleting_a_lesson_set_unless_an_assignment_uses_it(
    client, trainer, lesson_set, assignment
):
    client.force_login(trainer)
    response = client.post(f"/teach/sets/{lesson_set.pk}/delete/", follow=True)
    assert "uses this set, so it stays" in response.content.decode()
    assert LessonSet.objects.filter(pk=lesson_set.pk).exists()
    assignment.delete()
    response = client.post(f"/teach/sets/{lesson_set.pk}/delete/")
    assert response["Location"] == "/teach/"
    assert not LessonSet.objects.filter(pk=lesson_set.pk).exists()


def test_the_owner_deletes_a_group_after_confirming_and_learners_keep_their_history(
    client, trainer, cohort, member, bank, lesson_set, progress_made
):
    exam = teaching.create_assignment(
        cohort=cohort, lesson_set=lesson_set, created_by=trainer, goal="exam", exam_questions=3
    )
    client.force_login(member)
    client.post(f"/assignments/{exam.pk}/exam/")
    history = {
        "attempts": member.attempts.count(),
        "answers": Response.objects.filter(attempt_question__attempt__learner=member).count(),
        "scores": member.topic_scores.count(),
        "reads": LessonRead.objects.filter(learner=member).count(),
    }
    assert history == {"attempts": 2, "answers": 4, "scores": 1, "reads": 1}
    teaching.join_cohort(learner=make_user("newbie", email=False), code=cohort.join_code, now=NOW)

    client.force_login(trainer)
    assert "Delete this group" in client.get(f"/teach/groups/{cohort.pk}/edit/").content.decode()
    page = client.get(f"/teach/groups/{cohort.pk}/delete/").content.decode()
    assert "Delete “Spring class”?" in page
    assert "its 1 member (" in page
    assert "1 waiting for email confirmation" in page
    assert "its 1 assignment," in page
    assert Cohort.objects.filter(pk=cohort.pk).exists()  # asking changes nothing

    response = client.post(f"/teach/groups/{cohort.pk}/delete/", follow=True)
    assert response.redirect_chain[-1][0] == "/teach/"
    assert "Group “Spring class” deleted" in response.content.decode()
    assert not Cohort.objects.filter(pk=cohort.pk).exists()
    assert not Membership.objects.exists()
    assert not PendingJoin.objects.exists()
    assert not CoTrainer.objects.exists()
    assert not Assignment.objects.exists()
    assert history == {
        "attempts": member.attempts.count(),
        "answers": Response.objects.filter(attempt_question__attempt__learner=member).count(),
        "scores": member.topic_scores.count(),
        "reads": LessonRead.objects.filter(learner=member).count(),
    }
    assert LessonSet.objects.filter(pk=lesson_set.pk).exists()
    assert client.get(f"/teach/groups/{cohort.pk}/").status_code == 404
    client.force_login(member)
    assert "Spring class" not in client.get("/dashboard/").content.decode()


def test_a_co_trainer_may_not_delete_the_group(client, co_trainer, cohort):
    client.force_login(co_trainer)
    assert (
        "Delete this group" not in client.get(f"/teach/groups/{cohort.pk}/edit/").content.decode()
    )
    assert client.get(f"/teach/groups/{cohort.pk}/delete/").status_code == 403
    assert client.post(f"/teach/groups/{cohort.pk}/delete/").status_code == 403
    assert Cohort.objects.filter(pk=cohort.pk).exists()


def test_deleting_a_group_needs_the_csrf_token(trainer, cohort):
    client = Client(enforce_csrf_checks=True)
    client.force_login(trainer)
    page = client.get(f"/teach/groups/{cohort.pk}/delete/").content.decode()
    assert client.post(f"/teach/groups/{cohort.pk}/delete/").status_code == 403
    assert Cohort.objects.filter(pk=cohort.pk).exists()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)[1]
    response = client.post(f"/teach/groups/{cohort.pk}/delete/", {"csrfmiddlewaretoken": token})
    assert response.status_code == 302
    assert not Cohort.objects.filter(pk=cohort.pk).exists()


def test_members_page_shows_who_waits_for_email_confirmation(client, trainer, cohort, member, bank):
    practise(member, bank["empathy"], [True], NOW)
    waiting = make_user("newbie", email=False)
    assert teaching.join_cohort(learner=waiting, code=cohort.join_code, now=NOW)[1] == (
        teaching.Joined.PENDING
    )
    client.force_login(trainer)
    page = client.get(f"/teach/groups/{cohort.pk}/members/").content.decode()
    assert "Learners (1)" in page  # members only
    assert (
        '<time datetime="2025-03-03T10:00:00+00:00">3 Mar 2025</time>' in page
    )  # mia's last answer
    assert "Waiting for email confirmation (1)" in page
    assert "newbie: waiting for email confirmation since" in page
    assert f"/members/{waiting.pk}/" not in page  # not a member: no progress to see
    fragment = client.get(f"/teach/groups/{cohort.pk}/members/", **HTMX).content.decode()
    assert "newbie: waiting for email confirmation" in fragment

    waiting.email = "newbie@example.org"
    waiting.save()
    teaching.complete_pending_joins(learner=waiting, now=NOW)
    page = client.get(f"/teach/groups/{cohort.pk}/members/").content.decode()
    assert "Learners (2)" in page
    assert "Waiting for email confirmation" not in page
    assert f"/members/{waiting.pk}/" in page
