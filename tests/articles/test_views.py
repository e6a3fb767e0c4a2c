import re
from collections import Counter

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse

from articles import markdown
from articles.models import Article, Topic
from quizzes.generation import lesson as generation_lesson
from quizzes.models import Question

pytestmark = pytest.mark.django_db


def make_topics() -> list[Topic]:
    return [
        Topic.objects.create(
            slug="empathy", name="Empathy", description="Feeling with.", position=0
        ),
        Topic.objects.create(slug="validation", name="Validation", position=1),
        Topic.objects.create(slug="unused", name="Unused", position=2),
    ]


def make_lessons(count: int, topics: list[Topic]) -> list[Article]:
    return [
        Article.objects.create(
            slug=f"lesson-{n:03}",
            title=f"Lesson {n:03}",
            summary=f"Summary {n}.",
            topic=topics[n % 2],
            status="published",
            order=n,
            main_point=f"main point {n}",
            source_name="Test Source",
            body_markdown="## One\n\nText.\n\n## Two\n\nMore.\n",
            body_html='<h2 id="one">One</h2><p>Text.</p><h2 id="two">Two</h2><p>More.</p>',
            headings=[
                {"level": 2, "id": "one", "text": "One"},
                {"level": 2, "id": "two", "text": "Two"},
            ],
        )
        for n in range(1, count + 1)
    ]


@pytest.fixture
def topics() -> list[Topic]:
    return make_topics()


def test_home_lists_topics_with_counts(client, topics):
    make_lessons(3, topics)
    Article.objects.filter(slug="lesson-003").update(status="draft")
    response = client.get("/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Empathy" in html
    assert "1 lesson<" in html  # empathy: lesson 2 only (lesson 3 is a draft)
    assert "Unused" not in html
    assert 'href="/lessons/lesson-001/"' in html


def test_lesson_list_filters_by_topic(client, topics):
    make_lessons(4, topics)
    response = client.get("/lessons/", {"topic": "validation"})
    html = response.content.decode()
    assert "Lesson 001" in html
    assert "Lesson 003" in html
    assert "Lesson 002" not in html
    assert client.get("/lessons/", {"topic": "nope"}).status_code == 404


def test_lesson_detail_shows_the_lesson(client, topics):
    make_lessons(3, topics)
    response = client.get(reverse("articles:lesson_detail", args=["lesson-002"]))
    html = response.content.decode()
    assert response.status_code == 200
    assert '<h1 id="lesson-title">Lesson 002</h1>' in html
    assert "Key idea" in html
    assert "Main point 2." in html
    assert '<a href="#two">Two</a>' in html
    assert "Adapted from Test Source" in html
    assert 'rel="prev" href="/lessons/lesson-001/"' in html
    assert 'rel="next" href="/lessons/lesson-003/"' in html


def test_drafts_are_hidden_from_the_public_and_shown_to_staff(client, topics):
    (lesson,) = make_lessons(1, topics)
    Article.objects.filter(pk=lesson.pk).update(status="draft")
    assert client.get(lesson.get_absolute_url()).status_code == 404
    staff = get_user_model().objects.create_user("editor", password="x", is_staff=True)
    client.force_login(staff)
    response = client.get(lesson.get_absolute_url())
    assert response.status_code == 200
    assert "Draft: only staff can see this lesson." in response.content.decode()


def test_topic_page(client, topics):
    make_lessons(2, topics)
    response = client.get("/topics/empathy/")
    html = response.content.decode()
    assert "Feeling with." in html
    assert "Lesson 002" in html
    assert "Lesson 001" not in html
    assert client.get("/topics/nope/").status_code == 404


def test_404_page_is_in_site_style(client, topics):
    response = client.get("/no/such/page/")
    assert response.status_code == 404
    assert "We couldn’t find that page" in response.content.decode()


def test_500_page_renders_without_context():
    from django.template.loader import render_to_string

    assert "Something went wrong" in render_to_string("500.html")


def test_pages_refuse_post(client, topics):
    assert client.post("/").status_code == 405


@pytest.mark.parametrize(
    ("url", "queries"),
    [
        ("/", 2),
        ("/lessons/", 2),
        ("/lessons/?topic=empathy", 2),
        ("/lessons/lesson-002/", 3),  # + are there questions to practise?
        ("/topics/empathy/", 3),
    ],
)
@pytest.mark.parametrize("count", [5, 50])
def test_query_counts_do_not_grow_with_lessons(
    client, topics, django_assert_num_queries, url, queries, count
):
    make_lessons(count, topics)
    with django_assert_num_queries(queries):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("signed_in", [False, True], ids=["visitor", "learner"])
def test_a_topic_or_lesson_without_questions_says_practice_is_not_available_yet(
    client, topics, signed_in
):
    from tests.factories import make_question

    lesson = make_lessons(1, topics)[0]  # no questions yet
    if signed_in:
        client.force_login(get_user_model().objects.create_user("ada"))
    for url, what in (
        (f"/topics/{lesson.topic.slug}/", "topic"),
        (lesson.get_absolute_url(), "lesson"),
    ):
        html = client.get(url).content.decode()
        assert f"Practise this {what}" not in html, url
        assert f"Practice questions for this {what} aren’t available yet" in html, url

    make_question(lesson)
    for url, what in (
        (f"/topics/{lesson.topic.slug}/", "topic"),
        (lesson.get_absolute_url(), "lesson"),
    ):
        html = client.get(url).content.decode()
        assert f"Practise this {what}" in html, url
        assert "aren’t available yet" not in html, url


def test_heading_ids_never_clash_with_the_pages_own(client, content_dir, write_lesson):
    body = (
        "Peer support starts with listening. It builds trust over time.\n\n"
        "## Main\n\nA peer specialist listens closely and reflects what they hear.\n\n"
        "## Lesson body\n\nEmpathy is what establishes trust with a peer.\n\n"
        "## Content\n\nSharing lived experience shows that recovery is possible.\n"
    )
    write_lesson("clash", body=body)
    call_command("sync_content")
    lesson = Article.objects.get(slug="clash")
    page = client.get(lesson.get_absolute_url()).content.decode()

    ids = re.findall(r'\sid="([^"]+)"', page)
    assert [name for name, count in Counter(ids).items() if count > 1] == []
    assert '<main id="main"' in page
    assert '<h2 id="section-main">Main</h2>' in page
    assert 'href="#section-main"' in page  # the table of contents
    assert markdown.HEADING_ID_PREFIX == generation_lesson.HEADING_ID_PREFIX


def test_every_questions_passage_link_goes_to_an_id_on_its_lesson_page(client, project_content):
    call_command("sync_content")
    for lesson in Article.objects.published():
        page = client.get(lesson.get_absolute_url()).content.decode()
        ids = set(re.findall(r'\sid="([^"]+)"', page))
        questions = Question.objects.filter(lesson=lesson)
        assert questions.exists()
        for question in questions:
            assert question.passage_url.split("#")[1] in ids
            for link in re.findall(r'href="[^"#]*#([^"]+)"', question.explanation_html):
                assert link in ids
    anchors = Question.objects.values_list("anchor", flat=True)
    assert any(anchor.startswith("section-") for anchor in anchors)
