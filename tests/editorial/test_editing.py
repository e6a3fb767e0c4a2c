"""The editorial pages at work: preview, import, review queue, flags, settings and history."""

from __future__ import annotations

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from reversion.models import Version

from articles.models import Article
from quizzes import attempts, bank
from quizzes.models import Flag, Question
from tests.conftest import REPO
from tests.editorial.test_defects import lesson_post
from tests.factories import make_lesson, make_question, make_topic

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true"}


def test_preview_renders_and_sanitises_like_the_lesson_page(staff_client):
    body = "## Heard\n\nA **peer** listens.<script>alert(1)</script>\n"
    response = staff_client.post("/staff/lessons/preview/", {"body": body}, **HTMX)
    html = response.content.decode()
    assert html.lstrip().startswith('<div class="preview prose" id="preview"')
    assert '<h2 id="section-heard">Heard</h2>' in html
    assert "<strong>peer</strong>" in html
    assert "<script>" not in html


def test_preview_without_javascript_saves_nothing(staff_client, lesson):
    data = lesson_post(lesson, body="## New\n\nNot saved yet.\n", preview="1")
    response = staff_client.post(f"/staff/lessons/{lesson.slug}/edit/", data)
    assert response.status_code == 200
    assert "Not saved yet." in response.content.decode()
    lesson.refresh_from_db()
    assert "Not saved yet." not in lesson.body_markdown


def test_a_refused_lesson_edit_keeps_what_was_typed(staff_client, lesson):
    data = lesson_post(lesson, title="", body="## Kept\n\nMy careful new paragraph.\n")
    response = staff_client.post(f"/staff/lessons/{lesson.slug}/edit/", data)
    assert response.status_code == 400
    html = response.content.decode()
    assert "&#x27;title&#x27; is empty" in html
    assert "My careful new paragraph." in html


def test_moving_a_lesson_to_another_topic_moves_its_questions(staff_client, lesson, question):
    make_topic("boundaries", position=5)
    authored_lesson_question = question
    response = staff_client.post(
        f"/staff/lessons/{lesson.slug}/edit/", lesson_post(lesson, topic="boundaries")
    )
    assert response.status_code == 302
    authored_lesson_question.refresh_from_db()
    assert authored_lesson_question.topic.slug == "boundaries"


def test_moving_a_lesson_in_the_browser_moves_its_learners_topic_scores(
    staff_client, lesson, question, learner_user
):
    from quizzes.models import TopicScore
    from quizzes.scores import rebuild_topic_scores, topic_score_differences
    from tests.quizzes.test_statistics import answer_round

    answer_round(learner_user, [(question, True)])
    rebuild_topic_scores(now=timezone.now())  # the row a live answer would have left
    old_topic = question.topic
    assert topic_score_differences() == []
    assert TopicScore.objects.get(learner=learner_user).topic == old_topic
    make_topic("boundaries", position=5)
    response = staff_client.post(
        f"/staff/lessons/{lesson.slug}/edit/", lesson_post(lesson, topic="boundaries")
    )
    assert response.status_code == 302
    rows = {row.topic.slug: row.answered for row in TopicScore.objects.filter(learner=learner_user)}
    assert rows == {"boundaries": 1}
    assert old_topic.slug not in rows
    assert topic_score_differences() == []


def import_article(client, name: str, data: bytes):
    """Upload a plain-text article on the lessons page, as an editor does."""
    upload = SimpleUploadedFile(name, data, content_type="text/plain")
    return client.post("/staff/lessons/import/", {"file": upload})


def test_importing_an_article_makes_a_draft_lesson_to_check(staff_client):
    make_topic("hope", position=0, keywords=["hope", "hopeful"])
    make_topic("empathy", position=1, keywords=["empathy"])
    path = REPO / "tests" / "fixtures" / "corpus" / "01_blog_hope.txt"
    response = import_article(staff_client, path.name, path.read_bytes())
    assert response.status_code == 302
    lesson = Article.objects.get()
    assert response.url == f"/staff/lessons/{lesson.slug}/edit/"
    assert lesson.status == "draft"
    assert lesson.topic.slug == "hope"
    assert lesson.main_point
    assert lesson.key_question
    assert lesson.body_html.startswith("<")
    page = staff_client.get(response.url).content.decode()
    assert "as a draft" in page
    assert "check them before publishing" in page
    assert lesson.key_question == (
        "What matters most for a Certified Peer Specialist when it comes to hope?"
    )


def test_an_imported_article_that_asks_and_answers_keeps_its_question_and_answer(staff_client):
    """As `import_articles` does: a title that asks is the key question, and the answer the
    article states is the main point, not a guess from the text."""
    make_topic("hope", position=0, keywords=["hope", "hopeful"])
    text = (
        "What is the basic belief that peer work rests on?\n\n"
        "The answer is the belief that recovery is possible. Hope is not pressure. It is the "
        "ground everything else stands on.\n\n"
        "Why the other choices are wrong\n\n"
        "Pressure to recover fast is not hope. Rescue is not hope either.\n"
    )
    response = import_article(staff_client, "hope.txt", text.encode())
    assert response.status_code == 302
    lesson = Article.objects.get()
    assert lesson.key_question == "What is the basic belief that peer work rests on?"
    assert lesson.main_point == "the belief that recovery is possible"
    page = staff_client.get(response.url).content.decode()
    assert "the main point is the answer the article states" in page
    assert "the key question is the article&#x27;s own title" in page


WRONG = ("Prescribing medication", "Diagnosing mental health conditions", "Running formal therapy")


def question_form(stem: str, options: list[str], correct: int, **fields: object) -> dict:
    """The question editor's form as a browser posts it: options numbered from 1."""
    return {
        "stem": stem,
        "explanation": "",
        "status": "published",
        "correct": str(correct),
        **{f"option_{n}": text for n, text in enumerate(options, start=1)},
        **fields,
    }


STATED_QUESTION = (
    "Practice Question\n\nA summary of the skill.\n\nSome context first.\n"
    "Which one is a peer specialist's core skill?\n"
    "A. Prescribing\nB) Diagnosing\n\nC. Active listening\n\nD. Billing\n\n"
    "The correct answer is: C. Listening comes first. The rest of this paragraph stays.\n\n"
    "More text about listening.\n"
)


def test_an_imported_articles_own_question_waits_as_a_draft_for_review(staff_client):
    """The exam question an article states becomes a hand-written draft of the lesson, as
    `import_articles` writes it commented out: an editor checks it and publishes it, and until
    then no learner is served it."""
    make_topic("listening", position=0, keywords=["listening"])
    response = import_article(staff_client, "skill.txt", STATED_QUESTION.encode())
    assert response.status_code == 302
    lesson = Article.objects.get()
    question = Question.objects.get(lesson=lesson, origin=Question.Origin.AUTHORED)
    assert question.status == Question.Status.DRAFT
    assert question.stem == "Which one is a peer specialist's core skill?"
    choices = list(question.choices.order_by("position"))
    assert [c.text for c in choices] == ["Prescribing", "Diagnosing", "Active listening", "Billing"]
    assert [c.is_correct for c in choices] == [False, False, True, False]
    assert not Question.objects.published().filter(pk=question.pk).exists()
    page = staff_client.get(response.url).content.decode()
    assert "saved as a draft hand-written question" in page
    bank_page = staff_client.get(f"/lessons/{lesson.slug}/questions/").content.decode()
    assert "Which one is a peer specialist&#x27;s core skill?" in bank_page
    # The editor publishes it as it stands; the rubric and the four options are checked then.
    published = staff_client.post(
        f"/staff/questions/{question.pk}/edit/",
        question_form(question.stem, [c.text for c in choices], 3),
    )
    assert published.status_code == 302, published.content.decode()
    question.refresh_from_db()
    assert question.status == Question.Status.PUBLISHED


def test_a_stated_answer_without_options_is_a_draft_that_says_what_it_lacks(staff_client):
    make_topic("hope", position=0, keywords=["hope"])
    text = "Why Hope?\n\nThe correct choice is hope itself.\n\nBody text here.\n\nMore body.\n"
    response = import_article(staff_client, "why-hope.txt", text.encode())
    assert response.status_code == 302
    question = Question.objects.get(origin=Question.Origin.AUTHORED)
    assert question.status == Question.Status.DRAFT
    assert [(c.text, c.is_correct) for c in question.choices.all()] == [("hope itself", True)]
    page = staff_client.get(response.url).content.decode()
    assert "it has 1 of the 4 options a question needs" in page


def test_a_stated_question_with_six_options_keeps_the_right_one_and_names_the_rest(
    staff_client,
):
    """The question editor has four option rows, as the exam's items have four options: the
    draft keeps the right one and the first others, and the message names those left out, so
    nothing the article gave is lost from sight."""
    make_topic("listening", position=0, keywords=["listening"])
    text = (
        "Practice Question\n\nA summary of the skill.\n\nSome context first.\n"
        "Which one is a peer specialist's core skill?\n"
        "A. Prescribing\nB. Diagnosing\nC. Billing\nD. Filing\nE. Active listening\n"
        "F. Scheduling\n\nThe correct answer is: E. Listening comes first.\n\nMore text.\n"
    )
    response = import_article(staff_client, "six.txt", text.encode())
    question = Question.objects.get(origin=Question.Origin.AUTHORED)
    kept = [(c.text, c.is_correct) for c in question.choices.order_by("position")]
    assert kept == [
        ("Prescribing", False),
        ("Diagnosing", False),
        ("Billing", False),
        ("Active listening", True),
    ]
    page = staff_client.get(response.url).content.decode()
    assert "these were left out: “Filing”; “Scheduling”" in page


def test_an_article_stating_no_question_adds_none(staff_client):
    make_topic("hope", position=0, keywords=["hope", "hopeful"])
    path = REPO / "tests" / "fixtures" / "corpus" / "01_blog_hope.txt"
    import_article(staff_client, path.name, path.read_bytes())
    assert not Question.objects.filter(origin=Question.Origin.AUTHORED).exists()


@pytest.fixture
def generated_main(seed_content) -> tuple[Question, str]:
    """A published generated main-point item of the synced seed lessons, and its key."""
    from django.core.management import call_command

    call_command("sync_content")
    generated = (
        Question.objects.published()
        .filter(kind="main_point", origin=Question.Origin.GENERATED)
        .select_related("lesson")
        .first()
    )
    return generated, generated.choices.get(is_correct=True).text


def test_a_published_hand_written_question_takes_the_place_of_the_generated_one(
    staff_client, generated_main
):
    """R8 over the lesson's whole bank: once staff publish a question asking what a generated
    item asks, the generated one gives way (retired, not deleted), and no regeneration brings it
    back while the hand-written one stands."""
    generated, key = generated_main
    lesson = generated.lesson
    response = staff_client.post(
        "/staff/questions/new/",
        question_form(generated.stem, [key, *WRONG], 1, lesson=lesson.pk),
    )
    assert response.status_code == 302, response.content.decode()
    generated.refresh_from_db()
    assert generated.status == Question.Status.RETIRED
    page = staff_client.get(response.url).content.decode()
    assert "gave way to this one" in page
    bank.regenerate(lesson, bank=bank.load_distractor_bank())
    generated.refresh_from_db()
    assert generated.status == Question.Status.RETIRED
    same = Question.objects.published().filter(lesson=lesson, stem=generated.stem)
    assert [q.origin for q in same] == [Question.Origin.AUTHORED]


def test_publishing_from_the_review_queue_makes_room_and_retiring_gives_it_back(
    staff_client, generated_main
):
    """Every way of publishing a hand-written question (here the review queue, as the admin's
    bulk action does through the same function) retires the generated item it repeats; retiring
    the hand-written one brings the generated item back, with the same id."""
    from quizzes import editing

    generated, key = generated_main
    authored = editing.save_question(
        question=Question(lesson=generated.lesson),
        stem=generated.stem,
        explanation="",
        choices=[
            editing.ChoiceInput(key, True),
            *(editing.ChoiceInput(text, False) for text in WRONG),
        ],
        status=Question.Status.DRAFT,
        now=timezone.now(),
    )
    generated.refresh_from_db()
    assert generated.status == Question.Status.PUBLISHED  # a draft takes no one's place
    response = staff_client.post(
        f"/staff/questions/{authored.pk}/action/", {"action": "publish"}, **HTMX
    )
    assert "gave way to this one" in response.content.decode()
    generated.refresh_from_db()
    assert generated.status == Question.Status.RETIRED
    staff_client.post(f"/staff/questions/{authored.pk}/action/", {"action": "retire"}, **HTMX)
    generated.refresh_from_db()
    assert generated.status == Question.Status.PUBLISHED


def test_an_upload_that_is_not_text_is_refused_clearly(staff_client):
    make_topic("hope")
    upload = SimpleUploadedFile("photo.png", b"\x89PNG\r\n", content_type="image/png")
    response = staff_client.post("/staff/lessons/import/", {"file": upload})
    assert response.status_code == 400
    assert "Choose a .txt or .md file." in response.content.decode()
    assert not Article.objects.exists()


@pytest.fixture
def queue_rows(learner_user):
    """A failing draft, a clean draft waiting, a generated item not yet seen, and a flag."""
    lesson = make_lesson(topic=make_topic("empathy"))
    failing = make_question(lesson, status="draft", rubric_failures=["R4"])
    waiting = make_question(lesson, status="draft")
    unseen = make_question(lesson)
    flag = attempts.flag_question(
        learner=learner_user, question=unseen, reason="unclear", comment="Two options fit."
    )
    return {"failing": failing, "waiting": waiting, "unseen": unseen, "flag": flag}


def test_the_review_queue_shows_what_needs_a_person(staff_client, queue_rows):
    html = staff_client.get("/staff/review/").content.decode()
    assert "Two options fit." in html
    for name in ("failing", "waiting", "unseen"):
        assert f'id="q-{queue_rows[name].pk}"' in html
    assert "R4: no clue to the answer in the stem" in html


def test_review_queue_query_count_does_not_grow(
    staff_client, queue_rows, django_assert_num_queries
):
    staff_client.get("/staff/review/")  # warm the session and permission caches
    with django_assert_num_queries(14):  # 13, and the answer statistics for "dubious"
        staff_client.get("/staff/review/")
    lesson = queue_rows["unseen"].lesson
    for _ in range(10):
        make_question(lesson, status="draft", rubric_failures=["R6"])
        make_question(lesson)
    with django_assert_num_queries(14):  # 13, and the answer statistics for "dubious"
        staff_client.get("/staff/review/")


def test_publish_and_retire_are_one_click_each(staff_client, queue_rows):
    waiting, failing = queue_rows["waiting"], queue_rows["failing"]
    response = staff_client.post(f"/staff/questions/{waiting.pk}/action/", {"action": "publish"})
    assert response.status_code == 302
    waiting.refresh_from_db()
    assert (waiting.status, waiting.status_set_by) == ("published", "staff")
    assert waiting.reviewed_at is not None
    response = staff_client.post(
        f"/staff/questions/{failing.pk}/action/", {"action": "publish"}, **HTMX
    )
    assert "Not published" in response.content.decode()
    failing.refresh_from_db()
    assert failing.status == "draft"
    response = staff_client.post(
        f"/staff/questions/{failing.pk}/action/", {"action": "retire"}, **HTMX
    )
    assert "Retired" in response.content.decode()
    failing.refresh_from_db()
    assert failing.status == "retired"
    html = staff_client.get("/staff/review/").content.decode()
    assert f'id="q-{failing.pk}"' not in html
    assert f'id="q-{waiting.pk}"' not in html


def test_a_resolved_flag_shows_the_learner_the_reply(staff_client, queue_rows, learner_user):
    flag = queue_rows["flag"]
    response = staff_client.post(
        f"/staff/flags/{flag.pk}/resolve/",
        {"reply": "Thank you! We reworded option B."},
        **HTMX,
    )
    assert "the learner sees your reply" in response.content.decode()
    flag.refresh_from_db()
    assert flag.resolved
    assert flag.resolved_at
    assert flag.reply == "Thank you! We reworded option B."
    staff_client.force_login(learner_user)
    html = staff_client.get("/my-flags/").content.decode()
    assert "Thank you! We reworded option B." in html
    assert "Answered" in html


def test_learners_see_only_their_own_flags(client, queue_rows, other_learner):
    client.force_login(other_learner)
    html = client.get("/my-flags/").content.decode()
    assert "Two options fit." not in html


@pytest.fixture
def other_learner(django_user_model):
    return django_user_model.objects.create_user("bo")


def test_generated_items_wait_for_a_person_when_auto_publish_is_off(settings, project_content):
    from editorial.pipeline import sync_and_regenerate

    settings.AUTO_PUBLISH_GENERATED = False
    sync_and_regenerate(project_content)
    generated = Question.objects.filter(origin="generated")
    assert generated.exists()
    assert not generated.filter(status="published").exists()
    clean = generated.filter(rubric_failures=[])
    assert clean.exists()  # rubric-clean ones wait in the queue's "Ready to publish"


def test_generated_items_are_published_at_once_by_default(project_content):
    from editorial.pipeline import sync_and_regenerate

    sync_and_regenerate(project_content)
    assert Question.objects.filter(origin="generated", status="published").exists()


def test_history_names_topics_not_ids(staff_client, lesson):
    make_topic("boundaries", name="Boundaries and ethics", position=5)
    staff_client.post(
        f"/staff/lessons/{lesson.slug}/edit/", lesson_post(lesson, topic="boundaries")
    )
    html = staff_client.get(f"/staff/lessons/{lesson.slug}/history/").content.decode()
    assert "added: </span>Boundaries and ethics</ins>" in html


def test_lesson_list_query_count_does_not_grow(staff_client, lesson, django_assert_num_queries):
    staff_client.get("/staff/lessons/")
    with django_assert_num_queries(3):
        staff_client.get("/staff/lessons/")
    for _ in range(15):
        make_question(make_lesson(topic=lesson.topic))
    with django_assert_num_queries(3):
        html = staff_client.get("/staff/lessons/").content.decode()
    assert html.count("Write a question</a>") >= 16


def test_history_shows_who_changed_what_and_restores(staff_client, lesson, staff_user):
    original = lesson.body_markdown
    body = "## Why listening\n\nA brand new sentence about trust.\n"
    staff_client.post(f"/staff/lessons/{lesson.slug}/edit/", lesson_post(lesson, body=body))
    versions = list(Version.objects.get_for_object(lesson))
    assert len(versions) == 2  # the version before the first edit is kept too
    html = staff_client.get(f"/staff/lessons/{lesson.slug}/history/").content.decode()
    assert "editor" in html  # who
    assert (
        '<ins><span class="visually-hidden">added: </span>A brand new sentence about trust.</ins>'
        in html
    )
    oldest = versions[-1]
    response = staff_client.post(f"/staff/lessons/{lesson.slug}/history/{oldest.pk}/restore/")
    assert response.status_code == 302
    lesson.refresh_from_db()
    assert lesson.body_markdown == original
    assert "Listening closely builds trust with peers." in lesson.body_html  # re-rendered
    assert Version.objects.get_for_object(lesson).count() == 3


def test_restoring_a_question_re_checks_it(staff_client, question):
    url = f"/staff/questions/{question.pk}/edit/"
    data = {
        "stem": "Which response shows a peer they were heard?",
        "explanation": "Reflecting shows listening.",
        "status": "published",
        "correct": "1",
        "option_1": "Reflecting back what they said",
        "option_2": "Telling them about your own week",
        "option_3": "Suggesting a new medication",
        "option_4": "Changing the subject to lighten the mood",
    }
    assert staff_client.post(url, data).status_code == 302
    question.refresh_from_db()
    assert question.edited_by_staff
    versions = list(Version.objects.get_for_object(question))
    html = staff_client.get(f"/staff/questions/{question.pk}/history/").content.decode()
    assert "Reflecting back what they said" in html
    response = staff_client.post(
        f"/staff/questions/{question.pk}/history/{versions[-1].pk}/restore/"
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.stem.startswith("Question")
    assert list(question.choices.values_list("text", flat=True)) == [
        "Listening closely",
        "Diagnosing",
        "Prescribing",
        "Lecturing",
    ]
    assert question.option_count == 4
    assert question.correct_count == 1


def test_an_edited_generated_question_keeps_its_wording_through_regeneration(
    staff_client, project_content
):
    from editorial.pipeline import sync_and_regenerate

    sync_and_regenerate(project_content)
    question = Question.objects.filter(origin="generated", status="published").first()
    choices = list(question.choices.order_by("position"))
    data = {
        "stem": question.stem + " (reworded)",
        "explanation": question.explanation,
        "status": "published",
        "correct": str(next(i for i, c in enumerate(choices, 1) if c.is_correct)),
    }
    for n, choice in enumerate(choices, start=1):
        data[f"option_{n}"] = choice.text
        data[f"rationale_{n}"] = choice.rationale
    assert staff_client.post(f"/staff/questions/{question.pk}/edit/", data).status_code == 302
    bank.regenerate_lessons([question.lesson.slug])
    question.refresh_from_db()
    assert question.stem.endswith("(reworded)")
    assert question.status == "published"


def test_flags_in_the_queue_are_only_open_ones(staff_client, queue_rows):
    Flag.objects.filter(pk=queue_rows["flag"].pk).update(resolved=True)
    assert "Two options fit." not in staff_client.get("/staff/review/").content.decode()


def test_a_save_whose_regeneration_fails_changes_nothing(lesson, staff_user, monkeypatch):
    from articles.content import validate_lesson_fields
    from editorial import pipeline

    def broken(*args, **kwargs):
        raise RuntimeError("generator broke")

    monkeypatch.setattr(bank, "regenerate", broken)
    validated = validate_lesson_fields(
        {
            "title": "New title",
            "slug": lesson.slug,
            "summary": lesson.summary,
            "topic": lesson.topic.slug,
            "status": "published",
            "source": {"name": "Test Source"},
        },
        "## New\n\nNew body.\n",
        topics={lesson.topic.slug},
    )
    with pytest.raises(RuntimeError):
        pipeline.save_lesson(lesson=lesson, validated=validated, user=staff_user)
    stored = Article.objects.get(pk=lesson.pk)
    assert stored.title != "New title"
    assert "New body." not in stored.body_html
    assert not Version.objects.get_for_object(stored).exists()


def test_regeneration_never_retires_a_generated_question_staff_edited(lesson):
    edited = make_question(lesson, edited_by_staff=True, stem="Staff's own wording?")
    untouched = make_question(lesson)
    bank.regenerate(lesson, bank=bank.load_distractor_bank())  # produces neither fingerprint
    edited.refresh_from_db()
    untouched.refresh_from_db()
    assert edited.status == "published"
    assert untouched.status == "retired"


def test_resolving_a_flag_without_javascript_redirects_to_the_queue(staff_client, queue_rows):
    flag = queue_rows["flag"]
    response = staff_client.post(f"/staff/flags/{flag.pk}/resolve/", {"reply": ""}, follow=True)
    assert response.redirect_chain[-1][0] == "/staff/review/"
    assert "Flag resolved" in response.content.decode()
    flag.refresh_from_db()
    assert flag.resolved
    assert flag.reply == ""


def test_my_flags_query_count_does_not_grow(client, learner_user, django_assert_num_queries):
    lesson = make_lesson(topic=make_topic("empathy"))
    client.force_login(learner_user)
    attempts.flag_question(learner=learner_user, question=make_question(lesson), reason="wrong")
    client.get("/my-flags/")
    with django_assert_num_queries(3):
        client.get("/my-flags/")
    for _ in range(10):
        attempts.flag_question(
            learner=learner_user, question=make_question(lesson), reason="unclear"
        )
    with django_assert_num_queries(3):
        html = client.get("/my-flags/").content.decode()
    assert html.count("Waiting for staff") == 11


def test_topics_are_read_only_in_the_admin(staff_client):
    topic = make_topic("empathy")
    data = {"name": "Changed", "slug": "empathy", "description": "", "keywords": "[]"}
    data["position"] = "0"
    response = staff_client.post(f"/admin/articles/topic/{topic.pk}/change/", data)
    assert response.status_code == 403
    topic.refresh_from_db()
    assert topic.name == "Empathy"


def test_any_two_versions_can_be_compared(staff_client, lesson):
    url = f"/staff/lessons/{lesson.slug}/edit/"
    staff_client.post(url, lesson_post(lesson, title="Second title"))
    lesson.refresh_from_db()
    staff_client.post(url, lesson_post(lesson, title="Third title"))
    versions = list(Version.objects.get_for_object(lesson))
    assert len(versions) == 3
    html = staff_client.get(
        f"/staff/lessons/{lesson.slug}/history/?old={versions[2].pk}&new={versions[0].pk}"
    ).content.decode()
    comparison = html[html.index('id="comparison"') : html.index("Every version")]
    assert "removed: </span>Listening Lesson</del>" in comparison
    assert "added: </span>Third title</ins>" in comparison
    assert "Second title" not in comparison


def test_question_history_query_count_does_not_grow(
    staff_client, question, django_assert_num_queries
):
    url = f"/staff/questions/{question.pk}/edit/"
    data = {
        "stem": "Which response shows a peer they were heard?",
        "explanation": "",
        "status": "draft",
        "correct": "1",
        "option_1": "Reflecting back what they said",
        "option_2": "Telling them about your own week",
        "option_3": "Suggesting a new medication",
    }
    staff_client.post(url, data)
    history = f"/staff/questions/{question.pk}/history/"
    staff_client.get(history)
    with django_assert_num_queries(6):
        staff_client.get(history)
    for n in range(5):
        staff_client.post(url, {**data, "explanation": f"Version {n}."})
    with django_assert_num_queries(6):
        html = staff_client.get(history).content.decode()
    assert "Version 4." in html


def test_the_review_queue_lists_items_learners_answers_mark_as_dubious(staff_client, queue_rows):
    from django.contrib.auth import get_user_model

    from tests.quizzes.test_statistics import answer_round

    lesson = queue_rows["unseen"].lesson
    tricky, *others = (make_question(lesson) for _ in range(3))
    for n in range(20):
        strong = n % 2 == 0
        learner = get_user_model().objects.create_user(f"dubious-{n}")
        answer_round(learner, [(tricky, not strong), (others[0], strong), (others[1], strong)])
    html = staff_client.get("/staff/review/").content.decode()
    section = html.split("Dubious by learners")[1]
    assert f'id="q-{tricky.pk}"' in section
    assert "stronger learners miss it more often" in section
    assert f'id="q-{others[0].pk}"' not in section
