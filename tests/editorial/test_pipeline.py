"""One source of truth: files in (sync), files out (export), and browser edits between them."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command

from articles.models import Article
from editorial import pipeline
from quizzes.models import Question
from tests.conftest import CONTENT_DIR, REPO
from tests.editorial.test_defects import lesson_post

pytestmark = pytest.mark.django_db

LESSON_FILES = sorted((CONTENT_DIR / "lessons").glob("*.md"))


def imported_modules(package: str) -> set[str]:
    names: set[str] = set()
    for path in (REPO / package).rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module.split(".")[0])
            elif isinstance(node, ast.Import):
                names.update(alias.name.split(".")[0] for alias in node.names)
    return names


def test_articles_no_longer_imports_quizzes():
    # The apps build on each other one way: articles <- quizzes <- teach, and editorial above both.
    assert imported_modules("articles") & {"quizzes", "teach", "editorial"} == set()
    assert imported_modules("quizzes") & {"teach", "editorial"} == set()


@pytest.fixture
def synced(project_content, tmp_path):
    """The project's content folder copied, set as CPS_CONTENT_DIR, and synced."""
    folder = tmp_path / "content"
    shutil.copytree(project_content, folder, ignore=shutil.ignore_patterns("sources"))
    from django.conf import settings

    settings.CPS_CONTENT_DIR = folder
    pipeline.sync_and_regenerate(folder)
    return folder


@pytest.mark.parametrize("path", LESSON_FILES, ids=lambda path: path.stem)
def test_sync_then_export_gives_every_lesson_back_byte_for_byte(synced, tmp_path, path):
    out = tmp_path / "exported"
    call_command("export_content", "--out", str(out), stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert (out / "lessons" / path.name).read_bytes() == path.read_bytes()
    assert (out / "topics.yaml").read_bytes() == (CONTENT_DIR / "topics.yaml").read_bytes()
    assert len(list((out / "lessons").glob("*.md"))) == len(LESSON_FILES)


def test_an_edit_in_the_browser_exports_and_then_syncs_as_unchanged(synced, staff_client):
    lesson = Article.objects.get(slug=LESSON_FILES[0].stem)
    body = lesson.body_markdown + "\nA new closing paragraph written in the browser.\n"
    response = staff_client.post(
        f"/staff/lessons/{lesson.slug}/edit/", lesson_post(lesson, body=body)
    )
    assert response.status_code == 302
    report = pipeline.export_content(synced)
    path = synced / "lessons" / LESSON_FILES[0].name
    assert path in report.written
    assert "A new closing paragraph written in the browser." in path.read_text()
    lesson.refresh_from_db()
    assert not lesson.edited_since_sync  # files and database agree again
    again = pipeline.sync_and_regenerate(synced).sync
    assert lesson.slug in again.unchanged
    assert again.conflicts == ()


def test_a_file_changed_after_a_browser_edit_is_a_conflict_and_nothing_is_lost(
    synced, staff_client
):
    lesson = Article.objects.get(slug=LESSON_FILES[0].stem)
    browser_body = lesson.body_markdown + "\nEdited in the browser.\n"
    staff_client.post(f"/staff/lessons/{lesson.slug}/edit/", lesson_post(lesson, body=browser_body))
    path = synced / "lessons" / LESSON_FILES[0].name
    path.write_text(path.read_text() + "\nEdited in the file.\n", encoding="utf-8")
    file_text = path.read_text()

    report = pipeline.sync_and_regenerate(synced).sync
    assert report.conflicts[0][0] == f"lessons/{LESSON_FILES[0].name}"
    assert "edited in the browser" in report.conflicts[0][1]
    lesson.refresh_from_db()
    assert "Edited in the browser." in lesson.body_markdown
    assert path.read_text() == file_text

    pipeline.sync_and_regenerate(synced, force=True)  # --force takes the file
    lesson.refresh_from_db()
    assert "Edited in the file." in lesson.body_markdown
    assert "Edited in the browser." not in lesson.body_markdown
    assert not lesson.edited_since_sync


def test_sync_content_command_reports_the_conflict_by_file(synced, staff_client, capsys):
    lesson = Article.objects.get(slug=LESSON_FILES[1].stem)
    staff_client.post(
        f"/staff/lessons/{lesson.slug}/edit/", lesson_post(lesson, title="Renamed in the browser")
    )
    path = synced / "lessons" / LESSON_FILES[1].name
    path.write_text(path.read_text().replace("status: published", "status: draft"))
    call_command("sync_content")
    out = capsys.readouterr().out
    assert f"conflict: lessons/{LESSON_FILES[1].name}" in out
    assert "1 in conflict" in out
    assert Article.objects.get(slug=lesson.slug).title == "Renamed in the browser"


def test_a_lesson_made_in_the_browser_is_not_unpublished_by_a_sync(synced, staff_client):
    # An article no lesson in content/ came from (the corpus articles are lessons there now).
    text = (REPO / "tests" / "fixtures" / "corpus" / "01_blog_hope.txt").read_text()
    article = SimpleUploadedFile(
        "new.txt",
        text.replace(text.splitlines()[0], "A Lesson Written Only in the Browser", 1).encode(),
    )
    response = staff_client.post("/staff/lessons/import/", {"file": article})
    assert response.status_code == 302
    lesson = Article.objects.get(edited_since_sync=True)
    Article.objects.filter(pk=lesson.pk).update(status="published")
    report = pipeline.sync_and_regenerate(synced).sync
    assert lesson.slug not in report.unpublished
    assert Article.objects.get(pk=lesson.pk).status == "published"


def test_authored_questions_round_trip_through_export(synced, staff_client):
    lesson = Article.objects.get(slug=LESSON_FILES[2].stem)
    response = staff_client.post(
        "/staff/questions/new/",
        {
            "lesson": lesson.pk,
            "stem": "A peer says nobody listens to them. What helps most?",
            "option_1": "Reflecting back what they said",
            "option_2": "Telling them about your own week",
            "option_3": "Suggesting a new medication",
            "option_4": "Changing the subject to lighten the mood",
            "correct": "1",
            "explanation": "Reflecting shows you listened.",
            "status": "published",
        },
    )
    assert response.status_code == 302
    lesson.refresh_from_db()
    assert lesson.edited_since_sync  # its file no longer lists all its questions
    out = Path(synced)
    pipeline.export_content(out)
    text = (out / "lessons" / LESSON_FILES[2].name).read_text()
    assert "questions:\n- stem: A peer says nobody listens to them. What helps most?" in text
    assert "  answer: 1\n" in text
    # Synced back in (as a fresh database would), the question is the same authored item.
    Article.objects.filter(pk=lesson.pk).update(source_hash="")
    pipeline.sync_and_regenerate(out, force=True)
    authored = Question.objects.filter(lesson=lesson, origin="authored").exclude(status="retired")
    assert [q.stem for q in authored] == ["A peer says nobody listens to them. What helps most?"]


def test_take_chooses_the_file_for_one_conflict_only(synced, staff_client, capsys):
    first, second = (Article.objects.get(slug=path.stem) for path in LESSON_FILES[:2])
    for lesson in (first, second):
        staff_client.post(
            f"/staff/lessons/{lesson.slug}/edit/", lesson_post(lesson, title="Browser title")
        )
        path = synced / "lessons" / f"{lesson.slug}.md"
        path.write_text(path.read_text().replace("status: published", "status: draft"))
    call_command("sync_content", "--take", f"lessons/{first.slug}.md")
    out = capsys.readouterr().out
    assert f"conflict: lessons/{second.slug}.md" in out
    assert f"conflict: lessons/{first.slug}.md" not in out
    first.refresh_from_db()
    second.refresh_from_db()
    assert (first.title, first.status) != ("Browser title", "published")
    assert first.status == "draft"
    assert (second.title, second.status) == ("Browser title", "published")


def test_export_never_overwrites_a_file_changed_since_the_last_sync(synced, capsys):
    path = synced / "lessons" / LESSON_FILES[3].name
    path.write_text(path.read_text() + "\nPulled from git, not synced yet.\n", encoding="utf-8")
    changed = path.read_text()
    call_command("export_content")
    assert path.read_text() == changed
    assert f"kept {path}: the file changed since the last sync" in capsys.readouterr().out
    call_command("export_content", "--force")
    assert "Pulled from git" not in path.read_text()


def test_staff_download_a_lesson_file_as_export_writes_it(synced, staff_client):
    response = staff_client.get(f"/staff/lessons/{LESSON_FILES[0].stem}/file/")
    assert response["Content-Disposition"] == f'attachment; filename="{LESSON_FILES[0].name}"'
    assert response.content == LESSON_FILES[0].read_bytes()
