import pytest
from django.core.management import CommandError, call_command

from articles.models import Article, Topic
from articles.sync import sync_content

pytestmark = pytest.mark.django_db


def snapshot() -> list[tuple]:
    return list(
        Article.objects.order_by("slug").values_list(
            "slug", "title", "status", "topic__slug", "body_html", "source_hash", "updated_at"
        )
    ) + list(Topic.objects.order_by("slug").values_list("slug", "name", "description"))


def test_first_sync_creates_topics_and_lessons(content_dir, write_lesson):
    write_lesson("first", body="## Trust first\n\n<script>x()</script>Hello *there*.\n")
    write_lesson("second", topic="validation", status="draft")
    report = sync_content(content_dir)
    assert report.created == ("first", "second")
    assert report.topics_created[:3] == ("empathy", "validation", "lived-experience")
    first = Article.objects.get(slug="first")
    assert first.topic.slug == "empathy"
    assert '<h2 id="section-trust-first">Trust first</h2>' in first.body_html
    assert "<script" not in first.body_html
    assert first.headings == [{"level": 2, "id": "section-trust-first", "text": "Trust first"}]
    assert first.source_path == "lessons/first.md"
    assert Article.objects.published().count() == 1


def test_second_sync_is_idempotent(content_dir, write_lesson, django_assert_max_num_queries):
    write_lesson("first")
    write_lesson("second")
    sync_content(content_dir)
    before = snapshot()
    report = sync_content(content_dir)
    assert report.unchanged == ("first", "second")
    assert report.created == report.updated == report.unpublished == ()
    assert report.topics_created == report.topics_updated == ()
    assert snapshot() == before


def test_changed_file_is_updated(content_dir, write_lesson):
    write_lesson("first")
    sync_content(content_dir)
    write_lesson("first", title="A Better Title")
    report = sync_content(content_dir)
    assert report.updated == ("first",)
    assert Article.objects.get(slug="first").title == "A Better Title"


def test_removed_file_unpublishes_and_returning_file_republishes(content_dir, write_lesson):
    path = write_lesson("first")
    sync_content(content_dir)
    text = path.read_text()
    path.unlink()
    report = sync_content(content_dir)
    assert report.unpublished == ("first",)
    assert Article.objects.get(slug="first").status == "draft"
    assert sync_content(content_dir).unpublished == ()  # already unpublished: nothing to report
    path.write_text(text)
    assert sync_content(content_dir).updated == ("first",)
    assert Article.objects.get(slug="first").status == "published"


@pytest.mark.parametrize(
    ("bad_fields", "message"),
    [
        ({"title": ...}, "missing required field 'title'"),
        ({"summary": ""}, "'summary' is empty"),
        ({"topic": "astrology"}, "unknown topic 'astrology'"),
        ({"status": "maybe"}, "unknown status 'maybe'"),
        ({"slug": "first"}, "duplicate slug 'first'"),
    ],
)
def test_bad_file_stops_the_sync_and_changes_nothing(
    content_dir, write_lesson, bad_fields, message
):
    write_lesson("first")
    sync_content(content_dir)
    write_lesson("first", title="Changed but must not be saved")
    write_lesson("zz-bad", **{"slug": "zz-bad", **bad_fields})
    before = snapshot()
    with pytest.raises(CommandError, match=message) as caught:
        call_command("sync_content")
    assert "zz-bad.md" in str(caught.value)
    assert snapshot() == before


def test_bad_yaml_names_the_line(content_dir, write_lesson):
    write_lesson("first")
    (content_dir / "lessons" / "broken.md").write_text("---\ntitle: ok\nslug: [oops\n---\nbody\n")
    with pytest.raises(CommandError, match=r"broken\.md:4: invalid YAML"):
        call_command("sync_content")
    assert not Article.objects.exists()


def test_dry_run_writes_nothing(content_dir, write_lesson, capsys):
    write_lesson("first")
    call_command("sync_content", "--dry-run")
    assert "would have 1 created" in capsys.readouterr().out
    assert not Article.objects.exists()
    assert not Topic.objects.exists()


def test_command_prints_a_summary(content_dir, write_lesson, capsys):
    write_lesson("first")
    call_command("sync_content")
    call_command("sync_content")
    out = capsys.readouterr().out
    assert "1 created, 0 updated, 0 unchanged, 0 unpublished" in out
    assert "0 created, 0 updated, 1 unchanged, 0 unpublished" in out


def test_an_order_too_large_for_the_database_names_the_line(content_dir, write_lesson):
    write_lesson("first")
    call_command("sync_content")
    write_lesson("first", title="Changed but must not be saved")
    write_lesson("zz-big", order=99999999999999999999)
    before = snapshot()
    with pytest.raises(CommandError, match=r"zz-big\.md:\d+: 'order' must be a whole number"):
        call_command("sync_content")
    assert snapshot() == before


def test_the_largest_order_the_database_takes_is_synced(content_dir, write_lesson):
    write_lesson("first", order=2147483647)
    call_command("sync_content")
    assert Article.objects.get(slug="first").order == 2147483647
