import re
import zoneinfo
from datetime import UTC, datetime, timedelta
from datetime import timezone as dt_timezone
from html.parser import HTMLParser

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles.models import Topic
from quizzes import attempts, scoring, views
from quizzes.generation import explain
from quizzes.generation.items import ChoiceDraft
from quizzes.models import Attempt, AttemptQuestion, Flag, Response, TopicScore
from teach import gradebook
from tests.factories import make_lesson, make_question, make_topic
from tests.quizzes.conftest import NOW
from tests.quizzes.rows import snapshot

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def signed_in(client, learner):
    client.force_login(learner)
    return client


def start_lesson_practice(client, lesson) -> Attempt:
    response = client.post(reverse("quizzes:practice_start"), {"lesson": lesson.slug})
    attempt = Attempt.objects.latest("pk")
    assert response.status_code == 302
    assert response["Location"] == f"/attempts/{attempt.pk}/1/"
    return attempt


def choice_for(item: AttemptQuestion, *, correct: bool):
    return item.question.choices.filter(is_correct=correct).first()


def option_ids(html: str) -> list[int]:
    return [int(pk) for pk in re.findall(r'name="choice" id="choice-(\d+)"', html)]


class _Elements(HTMLParser):
    def __init__(self, tag: str) -> None:
        super().__init__()
        self.tag = tag
        self.found: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == self.tag:
            self.found.append(dict(attrs))


def elements(html: str, tag: str, **match: str) -> list[dict[str, str | None]]:
    """The attributes of each ``tag`` element whose attributes include ``match``."""
    parser = _Elements(tag)
    parser.feed(html)
    return [attrs for attrs in parser.found if all(attrs.get(k) == v for k, v in match.items())]


def hidden_version(html: str) -> str:
    (field,) = elements(html, "input", name="version")
    return field["value"]


# --- Access ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url", ["/practice/", "/exam/", "/dashboard/", "/attempts/1/", "/attempts/1/1/"]
)
def test_learner_pages_need_an_account(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith("/accounts/login/?next=")


def test_lesson_page_offers_practice(client, learner, bank):
    lesson = bank["empathy"][0].lesson
    html = client.get(lesson.get_absolute_url()).content.decode()
    assert f'href="/practice/?lesson={lesson.slug}"' in html
    client.force_login(learner)
    html = client.get(lesson.get_absolute_url()).content.decode()
    assert 'action="/practice/start/"' in html
    assert f'name="lesson" value="{lesson.slug}"' in html
    assert "Practise this lesson" in html
    html = client.get("/topics/recovery/").content.decode()
    assert 'name="topic" value="recovery"' in html


def test_practice_home_lists_topics_and_the_chosen_lesson(signed_in, bank):
    lesson = bank["empathy"][0].lesson
    html = signed_in.get("/practice/", {"lesson": lesson.slug}).content.decode()
    assert f'name="lesson" value="{lesson.slug}"' in html
    assert "Empathy" in html
    assert "4 questions" in html
    assert "Recovery" in html
    assert "3 questions" in html
    assert "from all 7 published questions" in html


def test_topics_come_in_their_own_order_on_the_practice_page_and_the_dashboard(signed_in, bank):
    # Positions against the alphabet: a list sorted by slug or name would put empathy first.
    Topic.objects.filter(slug="recovery").update(position=0)
    Topic.objects.filter(slug="empathy").update(position=1)
    practice = signed_in.get("/practice/").content.decode()
    assert re.findall(r'name="topic" value="([a-z-]+)"', practice) == ["recovery", "empathy"]
    dashboard = signed_in.get("/dashboard/").content.decode()
    cards = re.findall(r'<h3 class="card-title">([^<]+)</h3>', dashboard)
    assert cards == ["Recovery", "Empathy"]


def test_practice_on_a_topic_and_mixed(signed_in, bank):
    signed_in.post("/practice/start/", {"topic": "recovery"})
    assert Attempt.objects.latest("pk").question_count == 3
    signed_in.post("/practice/start/")
    assert Attempt.objects.latest("pk").scope == "mixed"


def test_practice_with_no_questions_says_so(signed_in, bank):
    lesson = make_lesson(topic=make_topic("ethics"))
    response = signed_in.post("/practice/start/", {"lesson": lesson.slug}, follow=True)
    assert "no practice questions here yet" in response.content.decode()
    assert Attempt.objects.count() == 0


# --- Practice flow --------------------------------------------------------------------------------


def test_question_page_shows_progress_and_a_fieldset_in_the_stored_order(signed_in, bank):
    attempt = start_lesson_practice(signed_in, bank["empathy"][0].lesson)
    item = attempt.items.get(position=1)
    html = signed_in.get(f"/attempts/{attempt.pk}/1/").content.decode()
    assert "Question 1 of 4" in html
    assert '<progress max="4" value="1"' in html
    assert f'<legend class="stem">{item.question.stem}</legend>' in html
    assert option_ids(html) == item.choice_order
    radios = elements(html, "input", name="choice")
    assert len(radios) == len(item.choice_order)
    assert all(radio["type"] == "radio" and "required" in radio for radio in radios)
    # A reload shows the same thing.
    again = signed_in.get(f"/attempts/{attempt.pk}/1/").content.decode()
    assert option_ids(again) == option_ids(html)


def test_question_fragment_is_only_the_card(signed_in, bank):
    attempt = start_lesson_practice(signed_in, bank["empathy"][0].lesson)
    html = signed_in.get(f"/attempts/{attempt.pk}/2/", **HTMX).content.decode()
    assert html.lstrip().startswith('<section id="question-card"')
    assert "<html" not in html
    assert "Question 2 of 4" in html
    (heading,) = elements(html, "h2", id="question-heading")
    assert "autofocus" in heading
    assert heading["tabindex"] == "-1"
    assert len(re.findall(r"\bautofocus\b", html)) == 1  # one place for focus to go


def test_wrong_answer_without_js_redirects_to_gentle_feedback(signed_in, bank):
    attempt = start_lesson_practice(signed_in, bank["empathy"][0].lesson)
    item = attempt.items.get(position=1)
    wrong = choice_for(item, correct=False)
    response = signed_in.post(f"/attempts/{attempt.pk}/1/answer/", {"choice": wrong.pk})
    assert response.status_code == 302
    assert response["Location"] == f"/attempts/{attempt.pk}/1/"
    html = signed_in.get(response["Location"]).content.decode()
    assert "Not quite. Here's what the lesson says." in html
    assert f"Your answer: <strong>{wrong.text}</strong>" in html
    assert wrong.rationale in html
    assert f"The best answer: <strong>{choice_for(item, correct=True).text}</strong>" in html
    assert item.question.explanation in html
    assert f'href="{item.question.passage_url}"' in html
    assert f'href="/attempts/{attempt.pk}/2/"' in html
    assert "Next question" in html
    assert "Wrong" not in html


def test_right_answer_with_htmx_returns_the_feedback_fragment(signed_in, bank):
    attempt = start_lesson_practice(signed_in, bank["empathy"][0].lesson)
    item = attempt.items.get(position=1)
    response = signed_in.post(
        f"/attempts/{attempt.pk}/1/answer/", {"choice": choice_for(item, correct=True).pk}, **HTMX
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert html.lstrip().startswith('<section id="question-card"')
    assert "Yes, that's right." in html
    assert 'id="feedback-heading" tabindex="-1" autofocus' in html
    assert f'hx-get="/attempts/{attempt.pk}/2/"' in html
    assert TopicScore.objects.get().correct == 1


def test_practice_without_a_choice_asks_again(signed_in, bank):
    attempt = start_lesson_practice(signed_in, bank["empathy"][0].lesson)
    response = signed_in.post(f"/attempts/{attempt.pk}/1/answer/", {})
    assert response.status_code == 200
    assert "Choose one of the options" in response.content.decode()
    assert Response.objects.count() == 0


def test_whole_practice_round_to_results(signed_in, bank):
    attempt = start_lesson_practice(signed_in, bank["empathy"][0].lesson)
    for item in attempt.items.order_by("position"):
        signed_in.post(
            f"/attempts/{attempt.pk}/{item.position}/answer/",
            {"choice": choice_for(item, correct=item.position != 2).pk},
        )
    html = signed_in.get(f"/attempts/{attempt.pk}/4/").content.decode()
    assert "See how you did" in html
    assert f'action="/attempts/{attempt.pk}/finish/"' in html
    # Resuming an unfinished attempt lands on the last question.
    assert signed_in.get(f"/attempts/{attempt.pk}/")["Location"] == f"/attempts/{attempt.pk}/4/"
    response = signed_in.post(f"/attempts/{attempt.pk}/finish/")
    assert response["Location"] == f"/attempts/{attempt.pk}/results/"
    html = signed_in.get(response["Location"]).content.decode()
    assert "<strong>3 of 4</strong> right (75%)" in html
    assert '<th scope="row">Empathy</th><td>3 of 4</td><td>75%</td>' in html
    assert html.count('class="card review-item') == 4
    assert html.count("The question is unclear</label>") == 4  # each can be flagged from here
    # Explanations fold away; the one miss is promised back in review.
    assert html.count("<summary>What the lesson says</summary>") == 4
    assert 'comes back in <a href="/review/">Review</a> after 10 minutes' in html
    assert signed_in.get(f"/attempts/{attempt.pk}/")["Location"].endswith("/results/")


def test_results_wait_for_the_finish(signed_in, bank):
    attempt = start_lesson_practice(signed_in, bank["empathy"][0].lesson)
    response = signed_in.get(f"/attempts/{attempt.pk}/results/")
    assert response["Location"] == f"/attempts/{attempt.pk}/"


# --- Refusals (section 6): 4xx and nothing changes -----------------------------------------------


def test_another_learners_attempt_is_not_found(client, learner, other_learner, bank):
    client.force_login(learner)
    attempt = start_lesson_practice(client, bank["empathy"][0].lesson)
    item = attempt.items.get(position=1)
    client.force_login(other_learner)
    before = snapshot()
    for url in [
        f"/attempts/{attempt.pk}/",
        f"/attempts/{attempt.pk}/1/",
        f"/attempts/{attempt.pk}/results/",
        f"/attempts/{attempt.pk}/submit/",
    ]:
        assert client.get(url).status_code == 404, url
    for url, data in [
        (f"/attempts/{attempt.pk}/1/answer/", {"choice": item.choice_order[0]}),
        (f"/attempts/{attempt.pk}/1/flag/", {"reason": "wrong"}),
        (f"/attempts/{attempt.pk}/finish/", {}),
    ]:
        assert client.post(url, data).status_code == 404, url
        assert client.post(url, data, **HTMX).status_code == 404, url
    assert snapshot() == before


def test_a_choice_of_another_question_is_refused(signed_in, bank):
    attempt = start_lesson_practice(signed_in, bank["empathy"][0].lesson)
    other_item = attempt.items.get(position=2)
    before = snapshot()
    url = f"/attempts/{attempt.pk}/1/answer/"
    assert signed_in.post(url, {"choice": other_item.choice_order[0]}).status_code == 400
    assert signed_in.post(url, {"choice": 999999}, **HTMX).status_code == 400
    assert signed_in.post(url, {"choice": "two"}).status_code == 400
    assert snapshot() == before


def test_a_question_not_in_the_attempt_is_not_found(signed_in, bank):
    attempt = start_lesson_practice(signed_in, bank["empathy"][0].lesson)
    before = snapshot()
    response = signed_in.post(f"/attempts/{attempt.pk}/9/answer/", {"choice": 1})
    assert response.status_code == 404
    assert snapshot() == before


def test_a_finished_attempt_refuses_answers(signed_in, bank):
    attempt = start_lesson_practice(signed_in, bank["empathy"][0].lesson)
    signed_in.post(f"/attempts/{attempt.pk}/finish/")
    item = attempt.items.get(position=1)
    before = snapshot()
    response = signed_in.post(
        f"/attempts/{attempt.pk}/1/answer/", {"choice": choice_for(item, correct=True).pk}
    )
    assert response.status_code == 409
    assert "already submitted" in response.content.decode()
    htmx = signed_in.post(
        f"/attempts/{attempt.pk}/1/answer/", {"choice": choice_for(item, correct=True).pk}, **HTMX
    )
    assert htmx.status_code == 409
    assert htmx["HX-Refresh"] == "true"
    assert snapshot() == before
    # The reloaded page says why the answer wasn't saved.
    reloaded = signed_in.get(f"/attempts/{attempt.pk}/1/").content.decode()
    assert "already submitted (perhaps in another tab or window), so that answer wasn" in reloaded


def test_a_changed_practice_answer_is_refused_and_the_same_one_is_idempotent(signed_in, bank):
    attempt = start_lesson_practice(signed_in, bank["empathy"][0].lesson)
    item = attempt.items.get(position=1)
    url = f"/attempts/{attempt.pk}/1/answer/"
    signed_in.post(url, {"choice": choice_for(item, correct=True).pk})
    before = snapshot()
    # A second tab sends the same answer: fine, nothing new. A different one: refused.
    assert signed_in.post(url, {"choice": choice_for(item, correct=True).pk}).status_code == 302
    assert signed_in.post(url, {"choice": choice_for(item, correct=False).pk}).status_code == 409
    assert snapshot() == before


def test_an_expired_exam_refuses_answers_and_shows_results(signed_in, learner, bank, rng):
    attempt = attempts.start_exam(
        learner=learner, size=2, seconds_per_question=30, rng=rng, now=timezone.now()
    )
    Attempt.objects.filter(pk=attempt.pk).update(
        started_at=NOW, deadline=NOW + timedelta(seconds=60)
    )
    item = attempt.items.get(position=1)
    before = snapshot()
    url = f"/attempts/{attempt.pk}/1/answer/"
    htmx = signed_in.post(url, {"choice": choice_for(item, correct=True).pk}, **HTMX)
    assert htmx.status_code == 409
    assert htmx["HX-Redirect"] == f"/attempts/{attempt.pk}/results/"
    assert Response.objects.count() == 0
    attempt.refresh_from_db()
    assert attempt.finished_at == NOW + timedelta(seconds=60)  # closed at the deadline, on read
    assert snapshot()["responses"] == before["responses"]
    plain = signed_in.post(url, {"choice": choice_for(item, correct=True).pk})
    assert plain.status_code == 409
    html = signed_in.get(f"/attempts/{attempt.pk}/1/", follow=True).content.decode()
    assert "the time ran out and your answers were submitted for you" in html


# --- Mock exam flow -------------------------------------------------------------------------------


def test_exam_start_form(signed_in, bank):
    html = signed_in.get("/exam/").content.decode()
    assert 'name="questions"' in html
    assert 'value="7"' in html
    assert 'name="seconds_per_question"' in html
    assert 'value="90"' in html
    assert 'name="pass_mark"' in html
    assert 'value="70"' in html
    response = signed_in.post(
        "/exam/", {"questions": 8, "seconds_per_question": 90, "pass_mark": 70}
    )
    assert response.status_code == 400
    assert "There are only 7 questions" in response.content.decode()
    assert Attempt.objects.count() == 0


def test_exam_flow_back_and_forth_to_results(signed_in, bank):
    response = signed_in.post(
        "/exam/", {"questions": 3, "seconds_per_question": 60, "pass_mark": 60}
    )
    attempt = Attempt.objects.get()
    assert (attempt.mode, attempt.time_limit_seconds, attempt.pass_mark) == ("exam", 180, 0.6)
    assert response["Location"] == f"/attempts/{attempt.pk}/1/"
    html = signed_in.get(response["Location"]).content.decode()
    assert 'role="timer" data-seconds-left="' in html
    seconds = int(re.search(r'data-seconds-left="(\d+)"', html).group(1))
    assert 170 <= seconds <= 180
    assert "Question 1 of 3" in html
    assert "0 of 3 answered" in html

    items = list(attempt.items.order_by("position"))
    base = f"/attempts/{attempt.pk}"
    # Answer 1 wrongly and move on (plain form).
    response = signed_in.post(
        f"{base}/1/answer/", {"choice": choice_for(items[0], correct=False).pk, "go": "next"}
    )
    assert response["Location"] == f"{base}/2/"
    # Mark 2 without answering, jump back to 1 with htmx.
    response = signed_in.post(f"{base}/2/answer/", {"marked": "on", "go": "prev"}, **HTMX)
    assert response["HX-Push-Url"] == f"{base}/1/"
    html = response.content.decode()
    assert html.lstrip().startswith('<section id="exam-card"')
    assert "1 of 3 answered" in html
    assert f'value="{choice_for(items[0], correct=False).pk}" checked' in html
    assert 'aria-label="Question 2, not answered, marked"' in html
    # Change answer 1 to the right one, then answer 3 and go to the submit page.
    signed_in.post(
        f"{base}/1/answer/", {"choice": choice_for(items[0], correct=True).pk, "go": "3"}
    )
    response = signed_in.post(
        f"{base}/3/answer/",
        {"choice": choice_for(items[2], correct=True).pk, "go": "submit"},
        **HTMX,
    )
    assert response["HX-Redirect"] == f"{base}/submit/"
    assert Response.objects.count() == 2
    assert TopicScore.objects.count() == 0  # nothing is scored before the exam is submitted
    html = signed_in.get(f"{base}/submit/").content.decode()
    assert "You have answered 2 of 3 questions." in html
    assert f'href="{base}/2/">Question 2</a>' in html
    response = signed_in.post(f"{base}/finish/")
    html = signed_in.get(response["Location"]).content.decode()
    assert "<strong>2 of 3</strong> right (67%)" in html
    assert "You passed: the pass mark was 60%." in html
    assert "You didn't answer this one." in html
    assert sum(TopicScore.objects.values_list("answered", flat=True)) == 2
    # A finished exam's questions lead to the results.
    assert signed_in.get(f"{base}/2/")["Location"] == f"{base}/results/"


def test_exam_results_when_not_passing_stay_encouraging(signed_in, learner, bank, rng):
    attempt = attempts.start_exam(learner=learner, size=2, rng=rng, now=timezone.now())
    attempts.finish_attempt(attempt=attempt, now=timezone.now())
    html = signed_in.get(f"/attempts/{attempt.pk}/results/").content.decode()
    assert "Not a pass yet: the pass mark is 70% (2 of 2)." in html


# --- Flags ----------------------------------------------------------------------------------------


def test_flag_a_question_without_js(signed_in, learner, bank):
    attempt = start_lesson_practice(signed_in, bank["empathy"][0].lesson)
    item = attempt.items.get(position=1)
    html = signed_in.get(f"/attempts/{attempt.pk}/1/").content.decode()
    assert "Something wrong with this question?" in html
    response = signed_in.post(
        f"/attempts/{attempt.pk}/1/flag/", {"reason": "unclear", "comment": "Two answers fit."}
    )
    assert response["Location"] == f"/attempts/{attempt.pk}/1/"
    flag = Flag.objects.get()
    assert (flag.learner, flag.question, flag.reason, flag.comment) == (
        learner,
        item.question,
        "unclear",
        "Two answers fit.",
    )
    html = signed_in.get(response["Location"]).content.decode()
    assert "Thank you for flagging this question" in html


def test_flag_with_htmx_returns_the_flag_box(signed_in, bank):
    attempt = start_lesson_practice(signed_in, bank["empathy"][0].lesson)
    item = attempt.items.get(position=1)
    response = signed_in.post(f"/attempts/{attempt.pk}/1/flag/", {"reason": "wrong"}, **HTMX)
    html = response.content.decode()
    assert html.lstrip().startswith(f'<div id="flag-box-{item.pk}"')
    assert "Thank you. Staff will look at this question." in html
    assert Flag.objects.get().reason == "wrong"


def test_flag_without_a_reason_is_refused(signed_in, bank):
    attempt = start_lesson_practice(signed_in, bank["empathy"][0].lesson)
    response = signed_in.post(f"/attempts/{attempt.pk}/1/flag/", {"comment": "?"})
    assert response.status_code == 400
    assert "Choose what the problem is." in response.content.decode()
    htmx = signed_in.post(f"/attempts/{attempt.pk}/1/flag/", {"reason": "rude"}, **HTMX)
    assert "Choose what the problem is." in htmx.content.decode()
    assert Flag.objects.count() == 0


# --- Dashboard ------------------------------------------------------------------------------------


def chart_dots(html: str) -> list[tuple[float, float]]:
    """The 30-day chart's dots (x, y)."""
    found = re.findall(r'<circle cx="([\d.]+)" cy="([\d.]+)" r="5" class="trend-dot">', html)
    return [(float(x), float(y)) for x, y in found]


def test_dashboard_before_any_practice(signed_in, bank):
    html = signed_in.get("/dashboard/").content.decode()
    # No evidence, so no figure: not 25% (a guess among four options), which would mislead.
    assert "<strong>Not enough answers yet</strong>" in html
    assert "25%" not in html
    assert "How this is worked out" in html
    assert "Practise next: Empathy" in html
    assert "You haven't started any practice yet." in html
    assert "<svg" not in html


def test_dashboard_after_practice(signed_in, learner, bank, rng, monkeypatch):
    now = NOW
    # The dashboard's clock, an hour later on the same day: long enough for the missed one to be due.
    monkeypatch.setattr(views, "_now", lambda: NOW + timedelta(hours=1))
    attempt = attempts.start_practice(
        learner=learner, topic=bank["empathy"][0].topic, size=4, rng=rng, now=now
    )
    for item in attempt.items.order_by("position"):
        attempts.submit_answer(
            attempt=attempt,
            attempt_question=item,
            choice=choice_for(item, correct=True),
            learner=learner,
            now=now,
        )
    other = attempts.start_practice(
        learner=learner, topic=bank["recovery"][0].topic, size=1, rng=rng, now=now
    )
    item = other.items.get()
    attempts.submit_answer(
        attempt=other,
        attempt_question=item,
        choice=choice_for(item, correct=False),
        learner=learner,
        now=now,
    )
    html = signed_in.get("/dashboard/").content.decode()
    assert "Practise next: Recovery" in html
    assert 'name="topic" value="recovery"' in html
    assert "<dt>Answered</dt><dd>4</dd>" in html
    assert "<dt>Right</dt><dd>100%</dd>" in html
    # One day with answers (today, 4 of 5 right): one dot at the right end, at 80% up the axis.
    assert chart_dots(html) == [(386, 47.6)]
    assert "<polyline" not in html.split('class="trend-chart"')[1].split("</svg>")[0]
    assert "<title>Mar 3: 4 of 5 right (80%)</title>" in html
    for label in ("0%", "25%", "50%", "75%", "100%", "Feb 3", "Feb 24", "Mar 3"):
        assert f">{label}</text>" in html
    assert '<time datetime="2025-03-03">Mon, Mar 3</time></th><td>5</td><td>4 (80%)</td>' in html
    assert "In progress: carry on" in html
    assert "1 question is due for review." in html
    assert 'href="/review/">Review now</a>' in html


def finished_exam(learner, *, correct: int, questions: int, days_ago: int) -> Attempt:
    started = NOW - timedelta(days=days_ago)
    return Attempt.objects.create(
        learner=learner,
        mode=Attempt.Mode.EXAM,
        scope=Attempt.Scope.MIXED,
        started_at=started,
        deadline=started + timedelta(minutes=30),
        time_limit_seconds=1800,
        pass_mark=0.7,
        question_count=questions,
        finished_at=started + timedelta(minutes=20),
        answered_count=correct,
        correct_count=correct,
    )


def test_dashboard_readiness_rests_on_mock_exams(signed_in, learner, bank, monkeypatch):
    """Mock exams of 40%, then 0% four times: the dashboard must not predict 65%."""
    monkeypatch.setattr(views, "_now", lambda: NOW)
    for days_ago, correct in ((5, 8), (4, 0), (3, 0), (2, 0), (1, 0)):
        finished_exam(learner, correct=correct, questions=20, days_ago=days_ago)
    for topic in ("empathy", "recovery"):  # and strong practice in every topic
        TopicScore.objects.create(
            learner=learner,
            topic=make_topic(topic),
            answered=12,
            correct=12,
            weighted_answered=9.0,
            weighted_correct=9.0,
            mastery=0.9,
            updated_at=NOW,
        )
    html = signed_in.get("/dashboard/").content.decode()
    figure = int(re.search(r"<strong>About (\d+)%</strong> predicted", html).group(1))
    assert figure < 20
    assert "Likely between" in html
    assert "your last 5 mock exams (8 of 100 questions right; recent exams count more)" in html
    assert "You look ready" not in html


def test_the_dashboard_closes_an_exam_left_open_past_its_deadline(
    signed_in, learner, bank, rng, monkeypatch
):
    """The exam's results come first in the dashboard's read of them: an open one past its
    deadline is closed (at its deadline) and counts in the readiness like any other."""
    exam = attempts.start_exam(learner=learner, size=4, rng=rng, now=NOW)
    for item in exam.items.all():
        attempts.save_exam_page(
            attempt=exam,
            attempt_question=item,
            choice=item.question.choices.get(is_correct=True),
            marked=False,
            learner=learner,
            now=NOW,
        )
    monkeypatch.setattr(views, "_now", lambda: exam.deadline + timedelta(hours=1))
    html = signed_in.get("/dashboard/").content.decode()
    exam.refresh_from_db()
    assert exam.finished_at == exam.deadline
    assert "your one mock exam (4 of 4 questions right" in html
    assert TopicScore.objects.filter(learner=learner).exists()  # its answers scored first


def test_flag_from_the_results_of_an_exam(signed_in, learner, bank, rng):
    attempt = attempts.start_exam(learner=learner, size=2, rng=rng, now=timezone.now())
    attempts.finish_attempt(attempt=attempt, now=timezone.now())
    response = signed_in.post(f"/attempts/{attempt.pk}/2/flag/", {"reason": "wrong"})
    assert response["Location"] == f"/attempts/{attempt.pk}/results/"
    assert Flag.objects.get().question == attempt.items.get(position=2).question


def test_exam_start_with_extra_time(signed_in, learner, bank):
    from decimal import Decimal

    from accounts.models import Profile

    profile = Profile.for_user(learner)
    profile.extra_time_factor = Decimal("1.50")
    profile.save()
    html = signed_in.get("/exam/").content.decode()
    assert "includes your extra-time accommodation (×1.5)" in html
    signed_in.post("/exam/", {"questions": 2, "seconds_per_question": 60, "pass_mark": 70})
    assert Attempt.objects.get().time_limit_seconds == 180


def test_dashboard_trend_days_follow_the_site_time_zone(
    signed_in, learner, bank, rng, settings, monkeypatch
):
    settings.TIME_ZONE = "America/New_York"
    # The clock reads UTC (as timezone.now() does): 04:30 on March 4 is 23:30 on March 3 in New
    # York, so the answer is today's, and today is the rightmost day of the trend.
    evening = datetime(2025, 3, 4, 4, 30, tzinfo=UTC)
    assert timezone.localtime(evening).hour == 23
    monkeypatch.setattr(views, "_now", lambda: evening)
    attempt = attempts.start_practice(learner=learner, size=1, rng=rng, now=evening)
    item = attempt.items.get()
    attempts.submit_answer(
        attempt=attempt,
        attempt_question=item,
        choice=choice_for(item, correct=True),
        learner=learner,
        now=evening,
    )
    html = signed_in.get("/dashboard/").content.decode()
    assert chart_dots(html) == [(386, 12)]  # the rightmost day: today
    assert '<time datetime="2025-03-03T23:30:00-05:00">Mar 3, 23:30 EST</time>' in html


@pytest.mark.parametrize(
    ("zone", "now"),
    [
        # New York: the clocks jump from 02:00 to 03:00 on March 9, inside the window.
        ("America/New_York", datetime(2025, 3, 10, 16, 0, tzinfo=UTC)),
        # Santiago: they jump from 00:00 to 01:00 on September 8, so that day starts at 01:00.
        ("America/Santiago", datetime(2024, 9, 20, 15, 0, tzinfo=UTC)),
        # Kathmandu is 5:45 ahead of UTC; Lord Howe moves its clocks by half an hour (April 6).
        ("Asia/Kathmandu", datetime(2025, 3, 10, 20, 0, tzinfo=UTC)),
        ("Australia/Lord_Howe", datetime(2025, 4, 20, 13, 30, tzinfo=UTC)),
    ],
)
def test_dashboard_trend_counts_each_answer_on_its_local_day(learner, bank, rng, zone, now):
    """Answers on both sides of local midnights, of a daylight-saving change and of the window's
    first instant land on the day the learner's clock showed: counted from the topic summaries'
    quarter hours, as from the answers themselves."""
    local = zoneinfo.ZoneInfo(zone)
    chart = trend_of_answers_around_midnights(learner, rng, local, now)
    with timezone.override(local):
        starts = views._day_starts(chart.start, views.TREND_DAYS + 1)
    assert scoring.aligned(starts)  # so the chart was counted from the summaries
    recent = dict(TopicScore.objects.values_list("topic_id", "recent_answers"))
    assert sorted(views._daily_from_recent(recent, starts)) == sorted(
        views._daily_from_answers(learner, starts)
    )


def test_dashboard_trend_in_a_zone_off_the_quarter_hours_counts_from_the_answers(
    learner, bank, rng
):
    """No zone in use starts its days off a quarter hour; one that did would be counted from the
    answers themselves (the summaries' quarter hours straddle its midnights)."""
    local = dt_timezone(timedelta(hours=2, minutes=7))
    chart = trend_of_answers_around_midnights(
        learner, rng, local, datetime(2025, 3, 10, 16, tzinfo=UTC)
    )
    with timezone.override(local):
        assert not scoring.aligned(views._day_starts(chart.start, views.TREND_DAYS + 1))


def trend_of_answers_around_midnights(learner, rng, local, now) -> scoring.TrendChart:
    """Answer around each local midnight of the trend's window, and check that the chart counts
    each answer on its local day."""
    today = now.astimezone(local).date()
    first = datetime.combine(today - timedelta(days=views.TREND_DAYS - 1), datetime.min.time())
    instants = [first.replace(tzinfo=local) + timedelta(seconds=s) for s in (-1, 0, 1)]
    for days in range(1, views.TREND_DAYS):
        midnight = datetime.combine(first.date() + timedelta(days=days), datetime.min.time())
        start = midnight.replace(tzinfo=local)  # a gap at midnight: the instant the clocks jump
        instants += [start - timedelta(seconds=1), start, start + timedelta(hours=days % 5)]
    instants.append(now)
    for instant in instants:
        attempt = attempts.start_practice(learner=learner, size=1, rng=rng, now=instant)
        item = attempt.items.get()
        attempts.submit_answer(
            attempt=attempt,
            attempt_question=item,
            choice=choice_for(item, correct=True),
            learner=learner,
            now=instant,
        )
    expected: dict = {}
    for instant in instants:
        day = instant.astimezone(local).date()
        if first.date() <= day <= today:
            expected[day] = expected.get(day, 0) + 1
    with timezone.override(local):
        _lines, chart = views._trend(learner, now)
    assert {point.date: point.answered for point in chart.points} == expected
    assert len(expected) == views.TREND_DAYS
    return chart


# --- Finished rounds, and the submit step ---------------------------------------------------------


def test_a_finished_practice_shows_its_questions_read_only(signed_in, bank):
    attempt = start_lesson_practice(signed_in, bank["empathy"][0].lesson)
    item = attempt.items.get(position=1)
    signed_in.post(f"/attempts/{attempt.pk}/finish/")
    for extra in ({}, HTMX):
        html = signed_in.get(f"/attempts/{attempt.pk}/1/", **extra).content.decode()
        assert "This round has finished, so this question can't be answered now." in html
        assert "You didn't answer this one." in html
        assert f"The best answer: <strong>{choice_for(item, correct=True).text}</strong>" in html
        assert "Check my answer" not in html
        assert elements(html, "input", name="choice") == []
        assert f'href="/attempts/{attempt.pk}/results/"' in html


def test_the_submit_step_is_only_for_mock_exams(signed_in, bank):
    attempt = start_lesson_practice(signed_in, bank["empathy"][0].lesson)
    response = signed_in.get(f"/attempts/{attempt.pk}/submit/")
    assert response.status_code == 302
    assert signed_in.get(response["Location"])["Location"] == f"/attempts/{attempt.pk}/1/"


def test_an_invalid_flag_on_exam_results_shows_the_results_again(signed_in, learner, bank, rng):
    attempt = attempts.start_exam(learner=learner, size=2, rng=rng, now=timezone.now())
    attempts.finish_attempt(attempt=attempt, now=timezone.now())
    item = attempt.items.get(position=2)
    response = signed_in.post(f"/attempts/{attempt.pk}/2/flag/", {"comment": "Odd wording"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Mock exam results" in html
    assert 'id="exam-card"' not in html
    # The errors and the comment stay with the question that was flagged, and only there.
    assert html.count("Choose what the problem is.") == 1
    assert f'id="flag-reason-error-{item.pk}"' in html
    assert ">Odd wording</textarea>" in html
    assert Flag.objects.count() == 0


# --- A mock exam open in two tabs, and saving as an option is chosen ------------------------------


@pytest.fixture
def exam(signed_in, learner, bank, rng) -> Attempt:
    return attempts.start_exam(learner=learner, size=2, rng=rng, now=timezone.now())


def test_a_stale_exam_tab_cannot_overwrite_a_newer_answer(signed_in, exam):
    item = exam.items.get(position=1)
    right, wrong = choice_for(item, correct=True), choice_for(item, correct=False)
    url = f"/attempts/{exam.pk}/1/answer/"
    first_tab = signed_in.get(f"/attempts/{exam.pk}/1/").content.decode()
    second_tab = signed_in.get(f"/attempts/{exam.pk}/1/").content.decode()
    assert hidden_version(first_tab) == hidden_version(second_tab) == "0"

    response = signed_in.post(
        url, {"choice": right.pk, "version": hidden_version(second_tab), "go": "next"}
    )
    assert response["Location"] == f"/attempts/{exam.pk}/2/"
    before = snapshot()
    # The first tab still shows no answer; its "Save and next" would replace the newer one.
    response = signed_in.post(
        url, {"choice": wrong.pk, "marked": "on", "version": hidden_version(first_tab), "go": "2"}
    )
    assert response.status_code == 302
    assert response["Location"] == f"/attempts/{exam.pk}/1/"  # back to the question, to look again
    assert snapshot() == before
    html = signed_in.get(response["Location"]).content.decode()
    assert "changed in another tab or window" in html
    assert f'value="{right.pk}" checked' in html
    assert hidden_version(html) == "1"
    # With htmx the same refusal is a 409 that reloads the tab.
    htmx = signed_in.post(
        url, {"choice": wrong.pk, "version": hidden_version(first_tab), "go": "next"}, **HTMX
    )
    assert htmx.status_code == 409
    assert htmx["HX-Refresh"] == "true"
    assert snapshot() == before
    # A stale tab that only moves on, changing nothing, is not held up.
    response = signed_in.post(url, {"version": hidden_version(first_tab), "go": "next"})
    assert response["Location"] == f"/attempts/{exam.pk}/2/"


def test_choosing_an_option_saves_it_at_once(signed_in, exam):
    item = exam.items.get(position=1)
    html = signed_in.get(f"/attempts/{exam.pk}/1/").content.decode()
    (fieldset,) = elements(html, "fieldset", **{"hx-trigger": "change"})
    assert fieldset["hx-post"] == f"/attempts/{exam.pk}/1/answer/"
    assert fieldset["hx-vals"] == '{"go": "stay"}'
    (status,) = elements(html, "p", id="exam-save-status")
    assert status["aria-live"] == "polite"
    # Without JavaScript the form and its buttons are still all there is.
    (form,) = elements(html, "form", action=f"/attempts/{exam.pk}/1/answer/")
    assert form["method"] == "post"

    right = choice_for(item, correct=True)
    response = signed_in.post(
        f"/attempts/{exam.pk}/1/answer/",
        {"choice": right.pk, "version": "0", "go": "stay"},
        **HTMX,
    )
    saved = response.content.decode()
    assert response.status_code == 200
    assert saved.lstrip().startswith("Your answer is saved.")
    # Out of band: the new version (so this page's next save isn't taken for a stale tab), the
    # answered count and the server's time left.
    (version,) = elements(saved, "input", name="version")
    assert (version["value"], version["hx-swap-oob"]) == ("1", "true")
    (count,) = elements(saved, "p", id="exam-answered-count")
    assert count["hx-swap-oob"] == "true"
    assert "1 of 2 answered" in saved
    (timer,) = elements(saved, "p", id="exam-timer")
    assert int(timer["data-seconds-left"]) > 0
    # ...and the question grid, so it reads "answered" at once.
    (grid,) = elements(saved, "nav", id="exam-nav")
    assert grid["hx-swap-oob"] == "true"
    assert 'aria-label="Question 1, answered"' in saved
    assert Response.objects.get().choice == right
    # The page's own button then saves with the version it was given.
    response = signed_in.post(
        f"/attempts/{exam.pk}/1/answer/",
        {"choice": right.pk, "marked": "on", "version": version["value"], "go": "next"},
    )
    assert response["Location"] == f"/attempts/{exam.pk}/2/"
    assert AttemptQuestion.objects.get(pk=item.pk).marked_for_review


# --- CSRF -----------------------------------------------------------------------------------------


def start_lesson_practice_with_token(client, lesson) -> Attempt:
    html = client.get("/practice/", {"lesson": lesson.slug}).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    response = client.post(
        "/practice/start/", {"lesson": lesson.slug, "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302
    return Attempt.objects.latest("pk")


def test_answers_need_the_csrf_token_htmx_sends(learner, bank):
    client = Client(enforce_csrf_checks=True)
    client.force_login(learner)
    attempt = start_lesson_practice_with_token(client, bank["empathy"][0].lesson)
    item = attempt.items.get(position=1)
    url = f"/attempts/{attempt.pk}/1/answer/"
    data = {"choice": choice_for(item, correct=True).pk}
    assert client.post(url, data, **HTMX).status_code == 403
    assert Response.objects.count() == 0
    html = client.get(f"/attempts/{attempt.pk}/1/").content.decode()  # sets the cookie
    token = re.search(r'"x-csrftoken": "([^"]+)"', html).group(1)
    response = client.post(url, data, HTTP_X_CSRFTOKEN=token, **HTMX)
    assert response.status_code == 200
    assert "Yes, that's right." in response.content.decode()
    assert Response.objects.count() == 1


# --- Exam settings form ---------------------------------------------------------------------------


def test_exam_start_errors_are_announced_and_described(signed_in, bank):
    html = signed_in.get("/exam/").content.decode()
    assert 'aria-describedby=""' not in html
    (questions,) = elements(html, "input", name="questions")
    assert questions["aria-describedby"] == "id_questions-help"
    (seconds,) = elements(html, "input", name="seconds_per_question")
    assert "aria-describedby" not in seconds  # no help text, nothing to point at
    assert elements(html, "div", role="alert") == []

    response = signed_in.post(
        "/exam/", {"questions": 8, "seconds_per_question": 5, "pass_mark": 70}
    )
    html = response.content.decode()
    (summary,) = elements(html, "div", role="alert")
    assert "error-summary" in summary["class"]
    assert "some settings need another look" in html
    (questions,) = elements(html, "input", name="questions")
    assert questions["aria-describedby"] == "id_questions-help id_questions-error"
    assert questions["aria-invalid"] == "true"
    (seconds,) = elements(html, "input", name="seconds_per_question")
    assert seconds["aria-describedby"] == "id_seconds_per_question-error"
    (pass_mark,) = elements(html, "input", name="pass_mark")
    assert "aria-describedby" not in pass_mark


def test_feedback_after_a_wrong_answer_says_each_thing_once(signed_in, learner, rng):
    """The best answer once, the reason the chosen option is wrong once (issue 8, 2.11)."""
    texts = ("Listening closely", "Diagnosing", "Prescribing", "Lecturing")
    drafts = [
        ChoiceDraft(
            text=text,
            is_correct=n == 0,
            source="why:0",
            klass=None if n == 0 else "never",
            rationale="" if n == 0 else f"{text} is not the peer role.",
        )
        for n, text in enumerate(texts)
    ]
    markdown = explain.explanation(
        kind="main_point",
        choices=drafts,
        evidence="Listening closely is what builds trust.",
        anchor="why",
    )
    question = make_question(make_lesson(topic=make_topic("empathy")), explanation=markdown)
    attempt = attempts.start_practice(learner=learner, size=1, rng=rng, now=NOW)
    item = attempt.items.get()
    wrong = question.choices.get(text="Diagnosing")
    for extra in ({}, HTMX):
        if not extra:
            signed_in.post(f"/attempts/{attempt.pk}/1/answer/", {"choice": wrong.pk})
        html = signed_in.get(f"/attempts/{attempt.pk}/1/", **extra).content.decode()
        feedback = html.split('class="feedback')[1].split('class="actions"')[0]
        assert feedback.count("<strong>Listening closely") == 1  # the best answer, once
        assert (
            feedback.count("Diagnosing is not the peer role.") == 1
        )  # why not the chosen one, once
        assert "Prescribing is not the peer role." in feedback  # the other options still explained
        assert "Listening closely is what builds trust." in feedback  # the lesson's words
        assert item.question == question


def test_exam_start_shows_the_total_time_with_extra_time(signed_in, learner, bank):
    from decimal import Decimal

    from accounts.models import Profile

    html = signed_in.get("/exam/").content.decode()
    # 7 questions in the bank, so 7 by default, at 90 seconds each.
    assert "Time allowed: <strong data-exam-total>10 minutes 30 seconds</strong>" in html
    profile = Profile.for_user(learner)
    profile.extra_time_factor = Decimal("1.50")
    profile.save()
    html = signed_in.get("/exam/").content.decode()
    assert "Time allowed: <strong data-exam-total>15 minutes 45 seconds</strong>" in html
    assert "7 questions × 90 seconds × 1.5 (your extra time)" in html
    # A setting that needs another look keeps the figure from what was typed.
    html = signed_in.post(
        "/exam/", {"questions": 4, "seconds_per_question": 5, "pass_mark": 70}
    ).content.decode()
    assert "Time allowed" not in html  # 5 seconds a question is refused: no figure from it
    html = signed_in.post(
        "/exam/", {"questions": 4, "seconds_per_question": 60, "pass_mark": 700}
    ).content.decode()
    assert "Time allowed: <strong data-exam-total>6 minutes</strong>" in html
    signed_in.post("/exam/", {"questions": 4, "seconds_per_question": 60, "pass_mark": 70})
    assert Attempt.objects.get().time_limit_seconds == 360  # what the page said


def test_every_counted_list_of_topics_keeps_the_topics_order(bank):
    # The lesson list's topics and the gradebook's columns are grouped queries too.
    Topic.objects.filter(slug="recovery").update(position=0)
    Topic.objects.filter(slug="empathy").update(position=1)
    assert [t.slug for t in Topic.objects.with_lesson_counts()] == ["recovery", "empathy"]
    assert [t.slug for t in gradebook.topics_with_question_counts()] == ["recovery", "empathy"]
