"""The question bank in the database: generation stored safely, regeneration, the staff page."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

from articles.models import Article
from quizzes import generation
from quizzes.bank import load_distractor_bank, regenerate, regenerate_lessons, store_drafts
from quizzes.models import Choice, Question

pytestmark = pytest.mark.django_db


@pytest.fixture
def seeded(seed_content) -> list[Article]:
    # Only the five seed lessons: the rules below were written for them, and the generator of
    # today does not meet them on the 22 corpus lessons (issue 9 rebuilds it for those).
    call_command("sync_content")  # also generates questions for every lesson it writes
    return list(Article.objects.order_by("slug"))


def content_words(text: str) -> set[str]:
    return set(generation.words.content_stems(text))


def test_sync_generates_a_bank_for_every_lesson(seeded):
    # Generation publishes only items whose wrong options the article itself rules out (the bank
    # gives at most one per item), so a seed article that rules out little gets few items.
    assert Question.objects.published().count() >= 2
    for lesson in seeded:
        assert Question.objects.for_lesson(lesson).exists(), lesson.slug
        published = Question.objects.published().for_lesson(lesson)
        for question in published:
            assert question.rubric_failures == []
            choices = list(question.choices.all())
            assert len(choices) >= 3
            assert sum(choice.is_correct for choice in choices) == 1
            assert question.explanation_html
            assert f'href="/lessons/{lesson.slug}/#' in question.explanation_html
            assert "<li>" in question.explanation_html  # why the other options are wrong (or right)


def states_main_point(item: Question, main_point: str) -> bool:
    """The answer says nothing beyond the main point, and with the stem it says most of it."""
    expected = content_words(main_point)
    answer = content_words(item.choices.get(is_correct=True).text)
    precision = len(answer & expected) / len(answer)
    recall = len(expected & (answer | content_words(item.stem))) / len(expected)
    return precision >= 0.6 and recall >= 0.6


def test_published_main_point_items_state_their_lessons_main_point(seeded):
    main_items = Question.objects.published().filter(kind="main_point").select_related("lesson")
    assert main_items.exists()
    for item in main_items:
        assert states_main_point(item, item.lesson.main_point), item.lesson.slug


def test_regeneration_keeps_ids_and_history(seeded):
    before = {
        q.fingerprint: (q.pk, list(q.choices.values_list("pk", "text", "is_correct")))
        for q in Question.objects.all()
    }
    reports = regenerate_lessons()
    assert sum(report.created for report in reports) == 0
    assert sum(report.retired for report in reports) == 0
    after = {
        q.fingerprint: (q.pk, list(q.choices.values_list("pk", "text", "is_correct")))
        for q in Question.objects.all()
    }
    assert after == before


def test_items_no_longer_produced_are_retired_not_deleted(seeded):
    lesson = seeded[0]
    kept_count = Question.objects.for_lesson(lesson).count()
    store_drafts(lesson=lesson, drafts=[], version="test")
    assert Question.objects.for_lesson(lesson).count() == kept_count
    assert set(Question.objects.for_lesson(lesson).values_list("status", flat=True)) == {"retired"}
    regenerate_lessons([lesson.slug])
    assert Question.objects.for_lesson(lesson).exclude(status="retired").count() >= 1


def test_staff_retirement_survives_regeneration(seeded):
    question = Question.objects.published().first()
    Question.objects.filter(pk=question.pk).update(status="retired", status_set_by="staff")
    regenerate_lessons([question.lesson.slug])
    question.refresh_from_db()
    assert question.status == "retired"


def test_two_generations_export_identical_json(seeded, capsys):
    call_command("export_questions", "--status", "all")
    first = capsys.readouterr().out
    regenerate_lessons()
    call_command("export_questions", "--status", "all")
    assert capsys.readouterr().out == first
    assert len(json.loads(first)) >= len(seeded)


def test_authored_questions_are_validated_and_stored(content_dir, write_lesson):
    good = {
        "stem": "A peer shares a setback. What is the most helpful first response?",
        "choices": [
            "Listening and reflecting what you hear",
            "Telling them what to do next",
            "Changing the subject to something lighter",
            "Suggesting a new medication",
        ],
        "answer": 1,
        "explanation": "Listening comes first.",
    }
    clue = {**good, "stem": "Which response shows listening and reflecting what you hear?"}
    write_lesson("authored", questions=[good, clue])
    call_command("sync_content")
    authored = Question.objects.filter(origin="authored").order_by("pk")
    assert [q.status for q in authored] == ["published", "draft"]
    assert authored[1].rubric_failures == ["R4"]
    assert authored[0].choices.get(is_correct=True).text == good["choices"][0]


def test_sync_regenerates_only_changed_lessons(content_dir, write_lesson, capsys):
    write_lesson("one")
    write_lesson("two")
    call_command("sync_content")
    write_lesson("two", summary="A changed summary about empathy and trust.")
    capsys.readouterr()
    call_command("sync_content")
    out = capsys.readouterr().out
    assert "questions: two:" in out
    assert "questions: one:" not in out


def test_bad_distractor_bank_stops_the_sync(content_dir, write_lesson):
    write_lesson("one")
    (content_dir / "distractors.yaml").write_text("- id: x\n  class: nonsense\n")
    with pytest.raises(Exception, match="class must be one of") as caught:
        call_command("sync_content")
    assert "Nothing was changed" in str(caught.value)
    assert not Article.objects.exists()


def test_staff_page_shows_items_and_their_sources(seeded, client):
    lesson = Article.objects.get(
        slug="understanding-the-key-responsibilities-of-a-certified-peer-specialist"
    )
    url = f"/lessons/{lesson.slug}/questions/"
    assert client.get(url).status_code == 302  # to the admin login
    learner = get_user_model().objects.create_user("learner", password="pw")
    client.force_login(learner)
    assert client.get(url).status_code == 302
    assert "Review its questions" not in client.get(lesson.get_absolute_url()).content.decode()
    staff = get_user_model().objects.create_user("editor", password="pw", is_staff=True)
    client.force_login(staff)
    lesson_page = client.get(lesson.get_absolute_url()).content.decode()
    assert f'href="{url}">Review its questions</a>' in lesson_page
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    question = Question.objects.for_lesson(lesson).filter(kind="main_point").first()
    assert question.stem in html
    assert "Passes every rubric rule." in html
    assert "<mark" in html
    assert "Q1 answer" in html or "Q2 answer" in html


def test_staff_page_query_count(seeded, client, django_assert_num_queries):
    staff = get_user_model().objects.create_user("editor", password="pw", is_staff=True)
    client.force_login(staff)
    lesson = seeded[0]
    with django_assert_num_queries(5):  # session, user, lesson, questions, choices
        response = client.get(f"/lessons/{lesson.slug}/questions/")
    assert response.status_code == 200


def test_choice_positions_are_balanced_on_the_bank(seeded):
    positions = list(
        Choice.objects.filter(is_correct=True, question__status="published").values_list(
            "position", flat=True
        )
    )
    counts = [positions.count(position) for position in range(4)]
    assert max(counts) - min(counts) <= len(seeded), counts


def test_kept_items_refresh_their_options_in_place(seeded):
    question = Question.objects.published().filter(kind="main_point").first()
    wrong = question.choices.filter(is_correct=False).first()
    fresh_text, fresh_rationale = wrong.text, wrong.rationale
    # What an older generator might have written: other casing, another rationale.
    Choice.objects.filter(pk=wrong.pk).update(text=fresh_text.upper(), rationale="Old reason.")
    regenerate_lessons([question.lesson.slug])
    wrong.refresh_from_db()
    assert (wrong.text, wrong.rationale) == (fresh_text, fresh_rationale)
    assert Question.objects.get(pk=question.pk).status == "published"


def test_staff_wording_survives_regeneration(seeded):
    question = Question.objects.published().first()
    choice = question.choices.first()
    Question.objects.filter(pk=question.pk).update(
        stem="Staff's own wording?", explanation="Staff's note.", edited_by_staff=True
    )
    Choice.objects.filter(pk=choice.pk).update(text=choice.text.upper())
    regenerate_lessons([question.lesson.slug])
    question.refresh_from_db()
    choice.refresh_from_db()
    assert (question.stem, question.explanation) == ("Staff's own wording?", "Staff's note.")
    assert choice.text == choice.text.upper()


def test_editing_wording_in_the_question_editor_marks_it_as_staff_edited(seeded, client):
    staff = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(staff)
    question = Question.objects.published().first()
    # The admin's change page sends staff to the question editor (one way to write choices).
    url = client.get(f"/admin/quizzes/question/{question.pk}/change/").url
    assert url == f"/staff/questions/{question.pk}/edit/"
    data = {
        name: value
        for name, value in client.get(url).context["form"].initial.items()
        if value is not None
    }
    data["stem"] = "Which of these comes first for a peer specialist?"
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    question.refresh_from_db()
    assert question.stem == "Which of these comes first for a peer specialist?"
    assert question.edited_by_staff


def test_failed_generation_leaves_the_sync_undone(project_content, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("generator bug")

    monkeypatch.setattr("quizzes.bank.regenerate", broken)
    with pytest.raises(RuntimeError):
        call_command("sync_content")
    assert not Article.objects.exists()


def test_sync_regenerates_lessons_from_an_older_generator(seeded, capsys):
    lesson = seeded[0]
    Question.objects.filter(lesson=lesson).update(generator_version="1999.1")
    capsys.readouterr()
    call_command("sync_content")
    out = capsys.readouterr().out
    assert "0 created, 0 updated, 5 unchanged" in out
    assert f"questions: {lesson.slug}:" in out
    assert not Question.objects.filter(lesson=lesson, generator_version="1999.1").exclude(
        status="retired"
    )


def test_staff_page_shows_an_inferred_main_point(content_dir, write_lesson, client):
    write_lesson(
        "inferred",
        main_point="",
        body=(
            "## The heart of it\n\nWhat matters most? It's all about listening without judgment.\n\n"
            "## In closing\n\nRemember: it's all about listening without judgment.\n"
        ),
    )
    call_command("sync_content")
    staff = get_user_model().objects.create_user("editor", password="pw", is_staff=True)
    client.force_login(staff)
    html = client.get("/lessons/inferred/questions/").content.decode()
    assert "inferred from the text, confidence" in html
    assert "istening without judgment" in html


def test_regenerating_a_lesson_reads_a_fixed_number_of_rows(seeded, django_assert_max_num_queries):
    lesson = Article.objects.select_related("topic").get(slug=seeded[0].slug)
    bank = load_distractor_bank()
    # Unchanged items: one read for the lesson's questions and their choices, one for the keys of
    # its published hand-written questions (which generation does not repeat), no per-item reads.
    with django_assert_max_num_queries(9):
        regenerate(lesson, bank=bank)


GOOD_ENTRY = (
    "- id: ok\n"
    "  class: never\n"
    "  topics: any\n"
    "  match: [diagnose]\n"
    "  verb: [diagnose a condition]\n"
    "  rationale: Diagnosing is for clinicians.\n"
)


@pytest.mark.parametrize(
    ("bank", "where", "message"),
    [
        (GOOD_ENTRY + "- id: x\n\tclass: never\n", 8, "invalid YAML"),
        (GOOD_ENTRY + "- id: x\n  class: never\n  topics: 5\n", 9, "'topics'"),
        (GOOD_ENTRY + "- id: x\n  class: never\n  verb: 3\n  rationale: r\n", 9, "'verb'"),
        (GOOD_ENTRY + "- id: x\n  class: never\n  match: {a: b}\n", 9, "'match'"),
        (GOOD_ENTRY + "- id: x\n  class: [never]\n", 8, "'class'"),
        (GOOD_ENTRY + "- just words\n", 7, "expected a mapping"),
        (GOOD_ENTRY + "- id: ok\n  class: never\n  verb: [x]\n  rationale: r\n", 7, "duplicate id"),
        ("id: x\nclass: never\n", 1, "expected a list"),
    ],
)
def test_a_malformed_distractor_bank_names_file_and_line_and_changes_nothing(
    content_dir, write_lesson, bank, where, message
):
    write_lesson("one")
    call_command("sync_content")
    before = list(Article.objects.values_list("slug", "source_hash", "updated_at"))
    questions = list(Question.objects.values_list("pk", "status", "stem"))
    write_lesson("one", summary="A changed summary that must not be saved.")
    (content_dir / "distractors.yaml").write_text(bank, encoding="utf-8")
    with pytest.raises(CommandError) as caught:
        call_command("sync_content")
    text = str(caught.value)
    assert f"distractors.yaml:{where}:" in text
    assert message in text
    assert "Nothing was changed" in text
    assert list(Article.objects.values_list("slug", "source_hash", "updated_at")) == before
    assert list(Question.objects.values_list("pk", "status", "stem")) == questions


def test_a_distractor_bank_that_is_not_utf8_is_a_clean_error(content_dir, write_lesson):
    write_lesson("one")
    (content_dir / "distractors.yaml").write_bytes(b"- id: caf\xe9\n")
    with pytest.raises(CommandError, match=r"distractors\.yaml: .*UTF-8"):
        call_command("sync_content")
    assert not Article.objects.exists()


def test_generate_questions_reports_a_malformed_bank_cleanly(content_dir, write_lesson):
    write_lesson("one")
    call_command("sync_content")
    (content_dir / "distractors.yaml").write_text("- id: [broken\n", encoding="utf-8")
    with pytest.raises(CommandError, match=r"distractors\.yaml:\d+: invalid YAML"):
        call_command("generate_questions")
