"""Tests for the plain-text article importer and the import_articles command."""

from pathlib import Path

import pytest
import yaml
from django.core.management import CommandError, call_command
from pytest_django.fixtures import Settings

from articles.content import TopicDef, load_topics, parse_lesson_text
from articles.importer import (
    ArticleFormatError,
    decode_article,
    import_files,
    infer_topic,
    parse_article,
    render_lesson,
    slugify,
)

SEEDS_DIR = Path(__file__).resolve().parents[2] / "content" / "sources"
TOPICS_FILE = Path(__file__).resolve().parents[2] / "content" / "topics.yaml"
FOOTER = ("Subscribe", "Get the latest from Examzify", "You can unsubscribe at any time.")

SEED_TITLES = {
    "000": "Understanding the Role of Empathy for Certified Peer Specialists",
    "001": "Empathy: The Cornerstone of Peer Support Specialists",
    "002": "How Certified Peer Specialists Ignite Hope in Clients",
    "003": "Understanding the Key Responsibilities of a Certified Peer Specialist",
    "004": "Understanding the Role of a Certified Peer Specialist",
}
SEED_HEADINGS = {
    "000": [
        "Why Empathy Matters for Certified Peer Specialists",
        "Building Bridges of Trust",
        "Beyond Certification: The Human Side of Peer Support",
        "In a Nutshell",
    ],
    "001": [],
    "002": ["The Power of Personal Stories", "Conclusion: Hope as a Journey"],
    "003": [
        "Why Peer Validation is the Heart of a Certified Peer Specialist's Role",
        "The Power of Being Heard",
        "The Takeaway",
    ],
    "004": ["Here’s the Thing About Recovery", "Why This Role Matters"],
}
SEED_HEADING_COUNTS = {"000": 7, "001": 0, "002": 6, "003": 6, "004": 6}
SEED_TOPICS = {
    "000": "empathy",
    "001": "empathy",
    "002": "lived-experience",
    "003": "validation",
    "004": "lived-experience",
}

ARTICLE = "A Short Title\n\nThe summary.\n\nA Heading\n\nA paragraph about empathy.\n"


def seed(key: str) -> Path:
    (path,) = SEEDS_DIR.glob(f"{key}_*.txt")
    return path


def seed_blocks(path: Path) -> list[str]:
    return [block.strip() for block in path.read_text(encoding="utf-8").split("\n\n")]


def split_lesson(text: str) -> tuple[dict, str]:
    assert text.startswith("---\n")
    header, body = text[4:].split("\n---\n\n", 1)
    return yaml.safe_load(header), body


def topics() -> tuple[TopicDef, ...]:
    return load_topics(TOPICS_FILE)


def test_seeds_dir_resolves() -> None:
    assert sorted(path.name[:3] for path in SEEDS_DIR.glob("*.txt")) == sorted(SEED_TITLES)


@pytest.mark.parametrize("key", sorted(SEED_TITLES))
def test_seed_parses_title_summary_and_headings(key: str) -> None:
    path = seed(key)
    article = parse_article(path.read_text(encoding="utf-8"), name=path.name)

    assert article.title == SEED_TITLES[key]
    assert article.summary == seed_blocks(path)[1]
    assert article.source_name == "Examzify"
    assert len(article.headings) == SEED_HEADING_COUNTS[key]
    for heading in SEED_HEADINGS[key]:
        assert heading in article.headings


@pytest.mark.parametrize("key", sorted(SEED_TITLES))
def test_seed_lesson_keeps_every_paragraph_and_drops_footer(key: str) -> None:
    path = seed(key)
    article = parse_article(path.read_text(encoding="utf-8"), name=path.name)
    front, body = split_lesson(render_lesson(article, "empathy"))

    assert front["title"] == SEED_TITLES[key]
    assert front["summary"] == seed_blocks(path)[1]
    body_blocks = body.strip().split("\n\n")
    kept = []
    for block in seed_blocks(path)[2:]:
        if block.startswith(FOOTER):
            assert block not in body
        elif block != front["title"]:  # seed 002 repeats its title as a heading: dropped
            assert block in body_blocks or f"## {block}" in body_blocks, block
            kept.append(block)
    assert len(body_blocks) == len(kept)
    for heading in SEED_HEADINGS[key]:
        assert f"## {heading}" in body_blocks
    assert "Examzify" not in body
    assert "unsubscribe" not in body


def test_repeated_title_heading_is_dropped_once() -> None:
    path = seed("002")
    article = parse_article(path.read_text(encoding="utf-8"), name=path.name)

    assert article.title not in article.headings
    assert article.blocks[0].kind == "paragraph"


def test_render_lesson_front_matter_in_order() -> None:
    path = seed("003")
    article = parse_article(path.read_text(encoding="utf-8"), name=path.name)
    text = render_lesson(article, "validation")
    front, body = split_lesson(text)

    assert list(front) == [
        "title",
        "slug",
        "summary",
        "topic",
        "status",
        "main_point",
        "key_question",
        "source",
    ]
    assert front["slug"] == "understanding-the-key-responsibilities-of-a-certified-peer-specialist"
    assert front["status"] == "draft"
    assert front["topic"] == "validation"
    assert front["main_point"] == front["key_question"] == ""
    assert front["source"] == {"name": "Examzify", "url": ""}
    assert "it’s all about ensuring peers feel heard and validated" in body  # curly quote kept
    assert "hand—it’s about" in text  # em dash kept, not escaped


@pytest.mark.parametrize(("key", "topic"), sorted(SEED_TOPICS.items()))
def test_infer_topic_on_seeds(key: str, topic: str) -> None:
    path = seed(key)
    article = parse_article(path.read_text(encoding="utf-8"), name=path.name)

    assert infer_topic(article.text, topics()) == topic


def test_infer_topic_counts_whole_words_and_weighs_phrases() -> None:
    listed = (
        TopicDef("a", "A", "", ("feel",), 0),
        TopicDef("b", "B", "", ("recovery story",), 1),
    )

    assert infer_topic("feeling feelings felt", listed) == "a"  # no match: first listed wins
    assert infer_topic("I feel, you FEEL. A recovery story.", listed) == "b"
    assert infer_topic("feel feel feel feel. My recovery\nstory.", listed) == "a"


def test_slugify_matches_django_rules() -> None:
    from django.utils.text import slugify as django_slugify

    for title in [*SEED_TITLES.values(), "Café — “Quotes” & ünïcode_text  here!", "  -x- "]:
        assert slugify(title) == django_slugify(title)


def test_article_without_footer_credits_file_name() -> None:
    article = parse_article(ARTICLE, name="some/dir/my-article.txt")
    front, body = split_lesson(render_lesson(article, "empathy"))

    assert front["source"] == {"name": "my-article"}
    assert body == "## A Heading\n\nA paragraph about empathy.\n"


def test_headings_need_a_short_line_without_final_punctuation() -> None:
    text = (
        "Title\n\nSummary.\n\nA question?\n\nShe said “yes.”\n\nA Heading\n\n"
        "Two lines\nwithout punctuation\n\nThe “Quoted” Heading\n\nEnd…"
    )
    article = parse_article(text, name="x.txt")

    assert article.headings == ("A Heading", "The “Quoted” Heading")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\n \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "NUL"),
        (b"Title\n\nSummary \xff\xfe here.\n\nBody.", "UTF-8"),
        (b"Title\n\nSummary\x07.\n\nBody.", "control character"),
        (b"Only a Title\n", "no summary or body"),
        (b"A Title\n\nA summary.\n", "no body"),
        (b"A Title\n\nA summary.\n\nSubscribe\n\nGet the latest from Examzify\n", "no body"),
        (b"This is a sentence, not a title.\n\nSummary.\n\nBody.", "no title"),
        (b"Two line\ntitle\n\nSummary.\n\nBody.", "no title"),
    ],
)
def test_not_an_article_is_an_error_naming_the_file(data: bytes, message: str) -> None:
    with pytest.raises(ArticleFormatError, match=message) as caught:
        parse_article(decode_article(data, name="bad.txt"), name="bad.txt")

    assert caught.value.name == "bad.txt"
    assert str(caught.value).startswith("bad.txt")


def test_import_files_reports_errors_and_writes_the_rest(tmp_path: Path) -> None:
    bad_dir = tmp_path / "in"
    bad_dir.mkdir()
    empty = bad_dir / "empty.txt"
    empty.write_bytes(b"")
    binary = bad_dir / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    title_only = bad_dir / "title.txt"
    title_only.write_text("Just a Title\n", encoding="utf-8")
    out = tmp_path / "lessons"

    report = import_files(
        [empty, seed("000"), binary, title_only, bad_dir / "missing.txt", seed("003")],
        out_dir=out,
        topics=topics(),
    )

    assert [error.name for error in report.errors] == [
        str(empty),
        str(binary),
        str(title_only),
        str(bad_dir / "missing.txt"),
    ]
    assert not report.ok
    assert sorted(path.name for path in out.iterdir()) == [
        "understanding-the-key-responsibilities-of-a-certified-peer-specialist.md",
        "understanding-the-role-of-empathy-for-certified-peer-specialists.md",
    ]
    assert [(lesson.source, lesson.topic) for lesson in report.written] == [
        (seed("000"), "empathy"),
        (seed("003"), "validation"),
    ]


def test_import_files_never_overwrites_without_force(tmp_path: Path) -> None:
    target = tmp_path / "how-certified-peer-specialists-ignite-hope-in-clients.md"
    target.write_text("hand-edited\n", encoding="utf-8")

    report = import_files([seed("002")], out_dir=tmp_path, topics=topics())

    assert report.written == ()
    assert [lesson.path for lesson in report.skipped] == [target]
    assert target.read_text(encoding="utf-8") == "hand-edited\n"

    forced = import_files([seed("002")], out_dir=tmp_path, topics=topics(), force=True)

    assert [lesson.path for lesson in forced.written] == [target]
    assert split_lesson(target.read_text(encoding="utf-8"))[0]["topic"] == "lived-experience"


def test_import_files_rejects_a_second_file_with_the_same_slug(tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes(seed("001").read_bytes())

    report = import_files([seed("001"), copy], out_dir=tmp_path / "out", topics=topics())

    assert len(report.written) == 1
    assert [error.name for error in report.errors] == [str(copy)]
    assert "same slug" in report.errors[0].message


def test_command_imports_all_seeds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    seeds = sorted(SEEDS_DIR.glob("*.txt"))

    call_command("import_articles", *map(str, seeds), "--out", str(tmp_path))

    out = capsys.readouterr().out
    assert out.count("wrote ") == 5
    assert f"wrote {tmp_path / 'empathy-the-cornerstone-of-peer-support-specialists.md'}" in out
    assert len(list(tmp_path.glob("*.md"))) == 5


def test_command_skips_existing_and_overwrites_with_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "empathy-the-cornerstone-of-peer-support-specialists.md"
    target.write_text("hand-edited\n", encoding="utf-8")

    call_command("import_articles", str(seed("001")), "--out", str(tmp_path))

    assert "exists, use --force" in capsys.readouterr().out
    assert target.read_text(encoding="utf-8") == "hand-edited\n"

    call_command("import_articles", str(seed("001")), "--out", str(tmp_path), "--force")

    assert f"wrote {target}" in capsys.readouterr().out
    assert "title: 'Empathy: The Cornerstone" in target.read_text(encoding="utf-8")


def test_command_fails_after_importing_the_good_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    out = tmp_path / "lessons"

    with pytest.raises(CommandError, match="1 of 2 files"):
        call_command("import_articles", str(empty), str(seed("004")), "--out", str(out))

    captured = capsys.readouterr()
    assert f"{empty}: the file is empty" in captured.err
    assert (out / "understanding-the-role-of-a-certified-peer-specialist.md").exists()


def test_command_default_out_is_the_content_lessons_dir(
    tmp_path: Path, settings: Settings, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "topics.yaml").write_bytes(TOPICS_FILE.read_bytes())
    settings.CPS_CONTENT_DIR = tmp_path

    call_command("import_articles", str(seed("003")))

    lesson = "understanding-the-key-responsibilities-of-a-certified-peer-specialist.md"
    assert (tmp_path / "lessons" / lesson).exists()


def test_error_gives_the_line_of_a_control_character() -> None:
    with pytest.raises(ArticleFormatError) as caught:
        parse_article("Title\n\nSummary.\n\nBody \x1b[0m here.", name="ansi.txt")

    assert caught.value.line == 5
    assert str(caught.value).startswith("ansi.txt:5: contains control character")


def test_rendered_lesson_reads_back_with_the_content_parser() -> None:
    path = seed("000")
    article = parse_article(path.read_text(encoding="utf-8"), name=path.name)

    lesson = parse_lesson_text(
        render_lesson(article, "empathy"),
        path=Path("x.md"),
        topics={topic.slug for topic in topics()},
    )

    assert (lesson.slug, lesson.status, lesson.source.name) == (article.slug, "draft", "Examzify")
    assert lesson.summary == article.summary


@pytest.mark.parametrize("key", sorted(SEED_TITLES))
def test_committed_lesson_keeps_every_seed_paragraph(key: str) -> None:
    path = seed(key)
    article = parse_article(path.read_text(encoding="utf-8"), name=path.name)
    lesson_path = TOPICS_FILE.parent / "lessons" / f"{article.slug}.md"

    lesson = parse_lesson_text(
        lesson_path.read_text(encoding="utf-8"),
        path=lesson_path,
        topics={topic.slug for topic in topics()},
    )

    assert lesson.status == "published"
    assert lesson.order == int(key) + 1
    assert lesson.topic == SEED_TOPICS[key]
    assert lesson.main_point
    assert lesson.key_question.endswith("?")
    assert lesson.source.name == "Examzify"
    for block in article.blocks:
        assert block.text in lesson.body


def test_command_fills_in_the_inferred_main_point(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    call_command("import_articles", str(seed("003")), "--out", str(tmp_path))

    out = capsys.readouterr().out
    assert "main point: Ensuring peers feel heard and validated (confidence" in out
    (written,) = tmp_path.glob("*.md")
    text = written.read_text(encoding="utf-8")
    assert text.startswith("---\n# main_point was inferred from the text (confidence ")
    topics = {topic.slug for topic in load_topics(TOPICS_FILE)}
    lesson = parse_lesson_text(text, path=written, topics=topics)
    assert lesson.main_point == "Ensuring peers feel heard and validated"
    assert lesson.status == "draft"
