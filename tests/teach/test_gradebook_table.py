"""The gradebook's rows as HTML: the template's markup, every value escaped, dates in the viewer's
time zone, a cell made once and reused."""

from datetime import UTC, datetime

import pytest
from django.utils import timezone

from quizzes.models import TopicScore
from teach import gradebook, gradebook_table, teaching
from teach.models import Membership
from tests.teach.conftest import NOW, make_user
from tests.teach.helpers import practise

pytestmark = pytest.mark.django_db


def test_a_row_shows_the_learner_readiness_topics_assignments_and_last_active(
    cohort, member, bank, lesson_set, trainer
):
    teaching.create_assignment(cohort=cohort, lesson_set=lesson_set, created_by=trainer)
    practise(member, bank["empathy"], [True, True, True, False], NOW)
    book = gradebook.gradebook(cohort, NOW)
    [row] = gradebook_table.rows_html(book)
    assert row == (
        f'<th scope="row"><a href="/teach/groups/{cohort.pk}/members/{member.pk}/">mia</a></th>'
        "<td>Not enough yet</td>"
        '<td><span class="cell-band band-developing">64%</span>'
        '<span class="band-word">Developing</span></td>'
        '<td><span class="cell-band band-none">–</span>'
        '<span class="band-word">Not practised</span></td>'
        '<td><span class="status status-in-progress">In progress</span> 75%'
        '<span class="band-word">0/2 read, 0/2 practised</span></td>'
        '<td><time datetime="2025-03-03T10:00:00+00:00">3 Mar</time></td>'
    )


def test_names_are_escaped_and_a_learner_without_answers_is_not_active_yet(cohort):
    sneaky = make_user("<b>\"Bo\" & 'co'</b>")
    Membership.objects.create(cohort=cohort, learner=sneaky, joined_at=NOW)
    book = gradebook.gradebook(cohort, NOW)
    gradebook.sort_rows(book, "name", False)
    html = gradebook_table.rows_html(book)[0]
    assert ">&lt;b&gt;&quot;Bo&quot; &amp; &#x27;co&#x27;&lt;/b&gt;</a>" in html
    assert "<b>" not in html
    assert html.endswith("<td>Not yet</td>")


def test_last_active_is_shown_in_the_viewers_time_zone(cohort, member, bank):
    practise(member, bank["empathy"], [True], NOW)
    TopicScore.objects.update(updated_at=datetime(2025, 3, 3, 3, 0, tzinfo=UTC))
    book = gradebook.gradebook(cohort, NOW)
    with timezone.override("America/Chicago"):
        html = gradebook_table.rows_html(book)[0]
    assert '<time datetime="2025-03-02T21:00:00-06:00">2 Mar</time>' in html


def test_equal_cells_are_made_once(cohort, bank):
    learners = [make_user(f"learner{n}") for n in range(3)]
    Membership.objects.bulk_create(
        Membership(cohort=cohort, learner=learner, joined_at=NOW) for learner in learners
    )
    for learner in learners:
        practise(learner, bank["recovery"], [True, False, True], NOW)
    book = gradebook.gradebook(cohort, NOW)
    cells = gradebook_table._Cells()
    made = [[cells.topic(mastery) for mastery in row.masteries] for row in book.rows]
    # mia has no answers; the three others answered alike: two cells made in all
    assert len(cells.made) == 2
    assert made[0][0] is made[1][0] is made[3][0]  # "not practised", reused
    assert made[1][1] is made[2][1] is made[3][1]
    assert "band-developing" in made[1][1]
