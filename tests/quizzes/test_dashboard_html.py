"""The dashboard's repeated parts as HTML: the template's markup, every text escaped, numbers as
plain numbers, dates in the current time zone."""

from datetime import date, timedelta

import pytest
from django.utils import dateformat, timezone

from quizzes import dashboard_html, scoring
from quizzes.models import Attempt
from tests.factories import make_lesson, make_topic
from tests.quizzes.conftest import NOW
from tests.quizzes.test_views import finished_exam


def standing(answered: int = 0, correct: int = 0) -> scoring.Standing:
    tally = scoring.tally_of([n < correct for n in range(answered)])
    return scoring.Standing(key=1, bank_questions=4, tally=tally)


def test_a_practised_topic_has_its_figures_a_meter_and_a_sparkline():
    trend = scoring.trend([(0, 0.5), (29, 1.0)], span=30, width=120, height=32)
    html = dashboard_html.topic_cards([("Ethics & <Boundaries>", standing(4, 3), trend)])
    assert html == (
        '<li class="card topic-score">\n<h3 class="card-title">Ethics &amp; &lt;Boundaries&gt;</h3>\n'
        '<dl class="figures">\n<div><dt>Answered</dt><dd>4</dd></div>\n'
        "<div><dt>Right</dt><dd>75%</dd></div>\n"
        "<div><dt>Mastery</dt><dd>64%</dd></div>\n</dl>\n"
        '<meter min="0" max="1" low="0.5" high="0.8" optimum="1" value="0.644" '
        'aria-label="Mastery of Ethics &amp; &lt;Boundaries&gt;">64%</meter>\n'
        '<svg viewBox="0 0 120 32" role="img" class="sparkline" aria-label="Ethics &amp; '
        '&lt;Boundaries&gt;, percent right per day: 50% first, 100% latest">\n'
        '<line x1="0" y1="4" x2="120" y2="4" class="grid"/>\n'
        '<line x1="0" y1="28" x2="120" y2="28" class="grid"/>\n'
        '<polyline points="4,16 116,4" class="trend-line"/>\n'
        '<circle cx="4.0" cy="16.0" r="2.5" class="trend-dot"/>'
        '<circle cx="116.0" cy="4.0" r="2.5" class="trend-dot"/>\n</svg>\n</li>\n'
    )


def test_a_topic_not_practised_has_dashes_and_neither_meter_nor_sparkline():
    html = dashboard_html.topic_cards([("Hope", standing(), None)])
    assert "<dt>Answered</dt><dd>0</dd>" in html
    assert "<dt>Right</dt><dd>–</dd>" in html
    assert "<dt>Mastery</dt><dd>–</dd>" in html
    assert "<meter" not in html
    assert "<svg" not in html


def test_the_chart_has_its_axes_a_line_through_two_days_and_a_titled_dot_per_day():
    start = date(2025, 2, 2)
    days = [scoring.DayResult(day=27, answered=4, correct=1), scoring.DayResult(29, 5, 4)]
    chart = scoring.trend_chart(days, start=start, span=30)
    html = dashboard_html.chart_marks(chart)
    assert html.startswith('<g class="axis" aria-hidden="true">\n<line x1="44" y1="190.0" x2="386"')
    assert '<text x="38" y="190.0" text-anchor="end" dominant-baseline="middle">0%</text>' in html
    assert '<text x="386.0" y="212" text-anchor="end">Mar 3</text>' in html
    assert '<text x="55.8" y="212" text-anchor="middle">Feb 3</text>' in html
    assert '<polyline points="362.4,145.5 386,47.6" class="trend-line"/>' in html
    assert (
        '<circle cx="386.0" cy="47.6" r="5" class="trend-dot">'
        "<title>Mar 3: 4 of 5 right (80%)</title></circle>"
    ) in html
    one_day = scoring.trend_chart(days[1:], start=start, span=30)
    assert "<polyline" not in dashboard_html.chart_marks(one_day)


def test_the_chart_table_has_a_row_per_day():
    chart = scoring.trend_chart([scoring.DayResult(29, 5, 4)], start=date(2025, 2, 2), span=30)
    assert dashboard_html.chart_rows(chart.points) == (
        '<tr><th scope="row"><time datetime="2025-03-03">Mon, Mar 3</time></th>'
        "<td>5</td><td>4 (80%)</td></tr>\n"
    )


def practice(learner, **target) -> Attempt:
    scope = Attempt.Scope.LESSON if "lesson" in target else Attempt.Scope.TOPIC
    return Attempt.objects.create(
        learner=learner,
        mode=Attempt.Mode.PRACTICE,
        scope=scope,
        started_at=NOW,
        question_count=5,
        **target,
    )


@pytest.mark.django_db
def test_recent_sessions_link_to_results_or_to_carry_on(learner):
    lesson = make_lesson("why-listen", title="Why <listen>?")
    made = [
        finished_exam(learner, correct=7, questions=10, days_ago=0),
        finished_exam(learner, correct=6, questions=10, days_ago=0),
        practice(learner, lesson=lesson),
        practice(learner, topic=make_topic("hope")),
    ]
    recent = Attempt.objects.filter(pk__in=[a.pk for a in made]).described().order_by("pk")
    with timezone.override("America/New_York"):
        html = dashboard_html.recent_sessions(recent.only(*dashboard_html.RECENT_FIELDS))
    passed, failed, by_lesson, by_topic = html.split("</li>\n")[:4]
    assert passed == (
        "<li>\n<strong>Mock exam</strong>: All topics,\n"
        '<time datetime="2025-03-03T05:00:00-05:00">Mar 3, 05:00 EST</time>.\n'
        f'<a href="/attempts/{made[0].pk}/results/">7 of 10 right, passed</a>\n'
    )
    assert "6 of 10 right, not a pass yet</a>" in failed
    assert "<strong>Practice</strong>: Why &lt;listen&gt;?," in by_lesson
    assert f'<a href="/attempts/{made[2].pk}/">In progress: carry on</a>' in by_lesson
    assert "<strong>Practice</strong>: Hope," in by_topic


@pytest.mark.django_db
def test_described_attempts_name_their_lesson_and_topic_in_one_query(
    learner, django_assert_num_queries
):
    lesson = make_lesson("listening", title="Listening")
    practice(learner, lesson=lesson)
    practice(learner, topic=lesson.topic)
    with django_assert_num_queries(1):
        names = [attempt.describe() for attempt in Attempt.objects.described().order_by("pk")]
    assert names == ["Listening", "Empathy"]


def test_dates_are_written_as_the_date_filter_writes_them():
    days = [date(2024, 1, 1) + timedelta(days=n) for n in range(366)]
    assert [dashboard_html.month_day(day) for day in days] == [
        dateformat.format(day, "M j") for day in days
    ]
    assert [dashboard_html.weekday_month_day(day) for day in days] == [
        dateformat.format(day, "D, M j") for day in days
    ]
