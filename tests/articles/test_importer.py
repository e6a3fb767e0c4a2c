"""Tests for the plain-text article importer and the import_articles command."""

import json
import random
import re
from pathlib import Path

import pytest
import yaml
from django.core.management import CommandError, call_command
from pytest_django.fixtures import Settings

from articles.content import TopicDef, load_topics, parse_lesson_text
from articles.importer import (
    BULLET,
    NUMBERED,
    ArticleFormatError,
    Block,
    ImportedArticle,
    InferredPoint,
    QuestionCandidate,
    boilerplate_match,
    decode_article,
    import_files,
    infer_topic,
    list_item_text,
    parse_article,
    render_lesson,
    slugify,
    suggest_topic,
)
from articles.markdown import render_markdown

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
    "004": [
        "What’s the Big Deal About Peer Support?",  # a question alone between paragraphs
        "Here’s the Thing About Recovery",
        "Why This Role Matters",
    ],
}
SEED_HEADING_COUNTS = {"000": 7, "001": 0, "002": 6, "003": 6, "004": 7}
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
        "Title\n\nSummary.\n\nShe said “yes.”\n\nA Heading\n\n"
        "Two lines\nwithout punctuation\n\nThe “Quoted” Heading\n\nEnd…"
    )
    article = parse_article(text, name="x.txt")

    assert article.headings == ("A Heading", "The “Quoted” Heading")


def test_a_short_question_alone_between_paragraphs_is_a_heading() -> None:
    text = (
        "Title\n\nSummary.\n\nWhat Is Peer Support?\n\nA paragraph.\n\n"
        "Is it hard? Sometimes.\n\n"  # two sentences: a paragraph
        "“Who do you call?”\n\nA quoted question is speech.\n\n"
        "Why does it matter?\n\nA Heading\n\n"  # not followed by a paragraph
        "Text.\n\nAnd the end?"  # last: not between paragraphs
    )
    article = parse_article(text, name="x.txt")

    assert article.headings == ("What Is Peer Support?", "A Heading")
    assert article.blocks[0] == Block("heading", "What Is Peer Support?")
    assert Block("paragraph", "Why does it matter?") in article.blocks
    assert article.blocks[-1] == Block("paragraph", "And the end?")


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
    assert (
        out.count("  dropped as site furniture: 'Subscribe' · 'Get the latest from Examzify'") == 5
    )
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


# --- Web boilerplate, key questions, stated answers and lists ------------------------------------

WEB_ARTICLE = """Study for the Certified Peer Specialist Test. Flashcards and multiple choice questions!

What Does a Peer Specialist Do?

Prepare for the CPS exam with hints and explanations

A peer specialist supports people in recovery. This summary says so.

A first paragraph of the body.

Share this article

Back to all lessons

Next in this series: boundaries practice set

More study notes for peer support certification

Study material only; not a substitute for your state's approved training.

© 2026 Example Study Site. All rights reserved.

Get the latest from Example Study Site

You can unsubscribe at any time. Read our privacy policy
"""


def test_site_boilerplate_is_dropped_at_either_end() -> None:
    article = parse_article(WEB_ARTICLE, name="web.txt")

    assert article.title == "What Does a Peer Specialist Do?"
    assert article.summary == "A peer specialist supports people in recovery. This summary says so."
    assert article.blocks == (Block("paragraph", "A first paragraph of the body."),)
    assert article.source_name == "Example Study Site"
    for furniture in ("Study for", "Prepare for", "Share", "Back to", "Next in", "More study", "©"):
        assert furniture not in article.markdown
    assert article.dropped[:2] == (
        "Study for the Certified Peer Specialist Test. Flashcards and multiple choice questions!",
        "Prepare for the CPS exam with hints and explanations",
    )
    assert article.dropped[2:4] == ("Share this article", "Back to all lessons")
    assert article.dropped[-1] == "You can unsubscribe at any time. Read our privacy policy"
    assert len(article.dropped) == 10


def test_a_boilerplate_like_title_is_kept_when_it_is_the_title() -> None:
    text = "Prepare for the CPS Exam Without Panic\n\nA summary.\n\nThe body."
    article = parse_article(text, name="x.txt")

    assert article.title == "Prepare for the CPS Exam Without Panic"
    assert article.summary == "A summary."


def test_a_title_that_asks_is_the_key_question() -> None:
    asks = parse_article(WEB_ARTICLE, name="web.txt")
    inside = parse_article("Whose Plan? A Case\n\nSummary.\n\nBody.", name="x.txt")

    assert asks.key_question == asks.title == "What Does a Peer Specialist Do?"
    assert inside.key_question == ""
    # A teaser ending in "?" without a wh-word asks nothing an option could answer.
    teaser = parse_article(
        "Speaking Up, or Helping Someone Speak?\n\nSummary.\n\nBody.", name="t.txt"
    )
    assert teaser.key_question == ""
    clause = parse_article("In a SOAP note, what goes in A?\n\nSummary.\n\nBody.", name="s.txt")
    assert clause.key_question == "In a SOAP note, what goes in A?"
    front, _ = split_lesson(render_lesson(asks, "empathy"))
    assert front["key_question"] == "What Does a Peer Specialist Do?"


EXPLAINER = """What is recovery?

The correct answer is "a process of change toward wellness." This is how the field defines it. \
Recovery keeps going.

More on the definition.

Why the other choices are wrong

"A short-term therapy" confuses recovery with a treatment.

"A competition between peers" gets it backwards.

"A state of no illness" describes a destination.

Exam tip: look for the word process.
"""


def uncommented(text: str) -> str:
    """The lesson file with its commented question block switched on, as an editor would."""
    return re.sub(r"^# (?=questions:|[ -])", "", text, flags=re.MULTILINE)


def test_a_stated_answer_becomes_a_question_candidate_not_body_text() -> None:
    article = parse_article(EXPLAINER, name="x.txt")

    assert article.summary == "This is how the field defines it. Recovery keeps going."
    assert "correct answer" not in article.markdown
    assert article.question == QuestionCandidate(
        stem="What is recovery?",
        choices=(
            "a process of change toward wellness",
            "A short-term therapy",
            "A competition between peers",
            "A state of no illness",
        ),
        answer=0,
    )
    assert article.headings == ("Why the other choices are wrong",)  # the quotes stay explanations
    text = render_lesson(article, "empathy")
    front, body = split_lesson(text)
    assert "questions" not in front  # commented out until an editor checks it
    assert "# questions:" in text
    assert "process of change toward wellness" not in body
    lesson = parse_lesson_text(uncommented(text), path=Path("x.md"), topics={"empathy"})
    (question,) = lesson.questions
    assert question.stem == "What is recovery?"
    assert question.choices[question.correct] == "a process of change toward wellness"
    assert len(question.choices) == 4


@pytest.mark.parametrize(
    "stated",
    [
        "The correct choice is the one that points outside the household: peer-run centers, "
        "recovery housing and mutual-aid meetings nearby.",
        "The best answer is the one describing peer-run centers, recovery housing and mutual-aid "
        "meetings nearby.",
    ],
)
def test_a_stated_answer_that_describes_its_choice_gives_the_choice_itself(stated: str) -> None:
    """ "the one that ...: X" and "the one describing X" pick the choice out; X is the answer."""
    text = (
        "Which of the following is an example of community recovery capital?\n\n"
        f"{stated} That is community capital.\n\nRecovery capital has several forms.\n"
    )
    question = parse_article(text, name="x.txt").question
    assert question is not None
    assert question.answer_text == (
        "peer-run centers, recovery housing and mutual-aid meetings nearby"
    )


def test_lettered_options_and_a_lettered_answer() -> None:
    text = (
        "Practice Question\n\nA summary.\n\nSome context first.\n"
        "Which one is a peer specialist's core skill?\n"
        "A. Prescribing\nB) Diagnosing\n\nC. Active listening\n\nD. Billing\n\n"
        "The correct answer is: C. Listening comes first. The rest of this paragraph stays.\n\n"
        "More text."
    )
    article = parse_article(text, name="x.txt")

    assert article.question == QuestionCandidate(
        stem="Which one is a peer specialist's core skill?",
        choices=("Prescribing", "Diagnosing", "Active listening", "Billing"),
        answer=2,
    )
    assert article.key_question == "Which one is a peer specialist's core skill?"
    assert [block.text for block in article.blocks] == [
        "Some context first.",
        "Listening comes first. The rest of this paragraph stays.",
        "More text.",
    ]
    lesson = parse_lesson_text(
        uncommented(render_lesson(article, "empathy")), path=Path("x.md"), topics={"empathy"}
    )
    assert lesson.questions[0].correct == 2


def test_a_bullet_list_holding_the_stated_answer_is_its_option_list() -> None:
    text = (
        "Ethics are:\n\nA summary.\n\n- Guidelines for living\n- A professional code of conduct\n"
        "- Up to each person\n- Flexible\n\nCorrect answer: A professional code of conduct.\n\nEnd."
    )
    article = parse_article(text, name="x.txt")

    assert article.question is not None
    assert article.question.stem == "Ethics are:"
    assert article.question.answer_text == "A professional code of conduct"
    assert len(article.question.choices) == 4
    assert article.key_question == ""  # a stem ending in a colon is not a question to show


def test_answer_without_options_asks_the_editor_for_them() -> None:
    text = "Why Hope?\n\nThe correct choice is hope itself.\n\nBody text here.\n\nMore body."
    article = parse_article(text, name="x.txt")

    assert article.question == QuestionCandidate("Why Hope?", ("hope itself",), 0)
    assert article.summary == "Body text here."  # the summary paragraph was only the answer
    rendered = render_lesson(article, "hope")
    assert "# (add wrong choices" in rendered


def test_the_answer_is_counts_only_where_the_title_asks() -> None:
    asked = parse_article("Why Listen?\n\nThe answer is trust. More.\n\nBody.", name="x.txt")
    rhetorical = parse_article("Listening\n\nSummary.\n\nThe answer is simple. More.", name="x.txt")

    assert asked.question is not None
    assert asked.question.answer_text == "trust"
    assert rhetorical.question is None
    assert rhetorical.blocks[0].text == "The answer is simple. More."


def test_a_question_quoted_inside_a_sentence_does_not_end_it() -> None:
    # English: 'asking "Why now?" instead of ...' goes on after the quotation's "?".
    text = (
        "What is the shift?\n\n"
        'The answer is asking "Why now?" instead of "What is wrong?" Staff look for needs.\n\n'
        "Body."
    )
    article = parse_article(text, name="x.txt")

    assert article.question is not None
    assert article.question.answer_text == 'asking "Why now?" instead of "What is wrong?"'
    assert article.summary == "Staff look for needs."


def test_lists_stay_markdown_lists_with_a_blank_line_before() -> None:
    text = (
        "Lists\n\nSummary.\n\nThe steps are:\n1) Ask\n2) Listen\n3) Reflect\n\n"
        "Signs to notice:\n• Tired voice\n• Missed meetings\n  that keep adding up\n\n"
        "* A starred item\n\n- a loose item\n\n- another loose item\n\nAfter the lists."
    )
    article = parse_article(text, name="x.txt")

    assert article.headings == ()  # a one-item list block is not a heading
    assert article.markdown == (
        "The steps are:\n\n1. Ask\n2. Listen\n3. Reflect\n\n"
        "Signs to notice:\n\n- Tired voice\n- Missed meetings that keep adding up\n"
        "- A starred item\n- a loose item\n- another loose item\n\nAfter the lists."
    )
    assert not parse_article("T\n\nS.\n\n*Note:* this.\n-5 degrees out.", name="x").lists
    steps = article.lists[0]
    assert (steps.items, steps.ordered) == (("Ask", "Listen", "Reflect"), True)
    html = render_markdown(article.markdown).html
    assert html.count("<ol>") == 1
    assert html.count("<ul>") == 1
    assert "<li>Missed meetings that keep adding up</li>" in html


def test_a_label_heading_before_the_first_paragraph_introduces_the_summary() -> None:
    text = "Module 2: Recovery\n\nOverview\n\nThis module defines recovery.\n\nDefinition\n\nText."
    article = parse_article(text, name="x.txt")

    assert article.summary == "This module defines recovery."
    assert article.headings == ("Definition",)


def test_import_files_uses_the_stated_answer_as_main_point(tmp_path: Path) -> None:
    source = tmp_path / "explainer.txt"
    source.write_text(EXPLAINER, encoding="utf-8")

    def never(article: object, topic: str) -> InferredPoint:
        raise AssertionError("the stated answer comes first")

    report = import_files([source], out_dir=tmp_path, topics=topics(), infer_main_point=never)

    (lesson,) = report.written
    assert lesson.main_point == InferredPoint("a process of change toward wellness", 1.0, False)
    front, _ = split_lesson(lesson.path.read_text(encoding="utf-8"))
    assert front["main_point"] == "a process of change toward wellness"
    assert front["key_question"] == "What is recovery?"


# --- The development corpus -------------------------------------------------------------------

CORPUS_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
ANSWERS = {entry["file"]: entry for entry in json.loads((CORPUS_DIR / "answers.json").read_text())}


def corpus_article(name: str) -> ImportedArticle:
    return parse_article((CORPUS_DIR / name).read_text(encoding="utf-8"), name=name)


@pytest.mark.parametrize("name", sorted(ANSWERS))
def test_corpus_article_imports_cleanly(name: str) -> None:
    article = corpus_article(name)
    lines = [line.strip() for line in (CORPUS_DIR / name).read_text().splitlines() if line.strip()]

    assert article.title == lines[0]
    assert lines[-1] in article.markdown or boilerplate_match(lines[-1])  # footers only go
    for block in article.blocks:
        assert not block.text.startswith("#")
        if block.kind == "heading":
            assert not block.text.startswith(("-", "*", "•"))
            assert not NUMBERED.match(block.text)
    for line in lines:
        if BULLET.match(line) or NUMBERED.match(line):  # every list item is in a Markdown list
            assert any(list_item_text(line) in block.items for block in article.lists), line
    if article.title.endswith("?"):
        assert article.key_question == article.title == ANSWERS[name]["question"]


def test_corpus_boilerplate_is_dropped() -> None:
    hope = corpus_article("01_blog_hope.txt")
    resilience = corpus_article("17_blog_resilience.txt")

    assert hope.blocks[-1].text.startswith("Before your next conversation")
    assert resilience.blocks[-1].text.startswith("When an exam asks you to define resilience")


@pytest.mark.parametrize(
    "name",
    [
        "02_explainer_recovery-definition.txt",
        "06_explainer_samhsa-recovery-dimensions.txt",
        "10_explainer_code-of-ethics.txt",
        "22_explainer_confidentiality-limits.txt",
    ],
)
def test_corpus_stated_answers_become_the_real_exam_item(name: str) -> None:
    article = corpus_article(name)
    real = ANSWERS[name]

    def words(text: str) -> set[str]:
        return set(re.findall(r"\w+", text.lower())) - {"if", "when"}

    assert article.question is not None
    assert article.question.complete
    assert words(article.question.answer_text) == words(real["correct_answer"])
    wrong = [c for i, c in enumerate(article.question.choices) if i != article.question.answer]
    assert sorted(map(words, wrong), key=sorted) == sorted(
        map(words, real["wrong_options"]), key=sorted
    )
    assert article.question.answer_text not in article.markdown


# The topic an editor would file each corpus article under (answers.json names the concept, not a
# slug), with the reason. Judged by hand from the article and its exam item.
CORPUS_TOPICS = {
    "01_blog_hope.txt": ("hope", "hope as the belief that recovery is achievable"),
    "02_explainer_recovery-definition.txt": ("recovery", "SAMHSA's definition of recovery"),
    "03_manual_smart-goals.txt": ("recovery-planning", "SMART goals the person sets and owns"),
    "04_scenario_personal-narrative.txt": (
        "validation",
        "respecting the person's own account of their experience",
    ),
    "06_explainer_samhsa-recovery-dimensions.txt": ("recovery", "SAMHSA's four dimensions"),
    "07_manual_recovery-capital.txt": ("recovery", "recovery capital, a recovery model concept"),
    "08_scenario_natural-supports.txt": ("natural-supports", "a family's informal supports"),
    "10_explainer_code-of-ethics.txt": ("boundaries", "the professional code of ethics"),
    "11_manual_open-ended-questions.txt": ("communication", "open-ended questions, an OARS skill"),
    "12_scenario_nonjudgmental-environment.txt": (
        "trust",
        "a collaborative, non-judgmental climate where people can be honest",
    ),
    "13_blog_relapse.txt": ("stages-of-change", "relapse as a return to old patterns in change"),
    "14_explainer_co-occurring-disorders.txt": (
        "mental-health-and-substance-use",
        "co-occurring mental health and substance use disorders",
    ),
    "15_manual_empowerment.txt": ("empowerment", "independence and person-led decisions"),
    "16_scenario_supervision.txt": ("documentation-and-supervision", "when to seek supervision"),
    "17_blog_resilience.txt": ("hope", "resilience, coping in the face of adversity"),
    "18_explainer_soap-notes.txt": ("documentation-and-supervision", "the parts of a SOAP note"),
    "19_manual_recovery-guiding-principles.txt": ("recovery", "SAMHSA's guiding principles"),
    "20_scenario_mutual-support-groups.txt": (
        "natural-supports",
        "referral to self-help and mutual support groups",
    ),
    "21_blog_active-listening.txt": ("communication", "active listening as the core skill"),
    "22_explainer_confidentiality-limits.txt": ("confidentiality", "the limits of confidentiality"),
    "23_manual_motivational-interviewing.txt": (
        "stages-of-change",
        "the essential technique of motivational interviewing",
    ),
    "24_scenario_recovery-planning.txt": ("recovery-planning", "the person's own recovery plan"),
}


def test_corpus_topics_are_judged_for_every_article_with_known_slugs() -> None:
    slugs = {topic.slug for topic in topics()}

    assert set(CORPUS_TOPICS) == set(ANSWERS)
    assert {slug for slug, _reason in CORPUS_TOPICS.values()} <= slugs


def test_topic_suggestion_is_right_on_at_least_18_corpus_articles() -> None:
    wrong = {
        name: suggested
        for name, (slug, _reason) in CORPUS_TOPICS.items()
        if (suggested := suggest_topic(corpus_article(name), topics())) != slug
    }

    assert len(CORPUS_TOPICS) - len(wrong) >= 18, wrong  # 21 of 22 today


@pytest.mark.parametrize(("key", "topic"), sorted(SEED_TOPICS.items()))
def test_suggest_topic_keeps_the_seeds_topics(key: str, topic: str) -> None:
    path = seed(key)
    article = parse_article(path.read_text(encoding="utf-8"), name=path.name)

    assert suggest_topic(article, topics()) == topic


def test_topics_cover_the_exam_ground_and_keep_the_used_slugs() -> None:
    slugs = [topic.slug for topic in topics()]

    assert len(slugs) == len(set(slugs))
    for slug in (
        *{"empathy", "validation", "lived-experience", "hope", "trust", "boundaries", "self-care"},
        "confidentiality",
        "recovery",
        "stages-of-change",
        "communication",
        "trauma-informed-care",
        "cultural-humility",
        "empowerment",
        "crisis-support",
        "documentation-and-supervision",
    ):
        assert slug in slugs


def test_command_reports_the_key_question_and_a_found_exam_question(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    article = CORPUS_DIR / "22_explainer_confidentiality-limits.txt"

    call_command("import_articles", str(article), "--out", str(tmp_path))

    out = capsys.readouterr().out
    assert (
        "key question (the title): Confidentiality can be broken under which circumstance?" in out
    )
    assert "exam question found, 4 choices" in out
    assert "dropped as site furniture" not in out  # this article has none at its ends
    assert "main point: when there is a risk of harm to self or others (confidence 1.00)" in out
    (written,) = tmp_path.glob("*.md")
    assert "# questions:" in written.read_text(encoding="utf-8")


def test_every_topic_describes_itself_in_its_own_keywords() -> None:
    listed = topics()

    for topic in listed:
        assert infer_topic(f"{topic.name}. {topic.description}", listed) == topic.slug


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("boundaries-in-peer-support.md", "boundaries"),
        ("instilling-hope-in-recovery.md", "hope"),
        ("self-care-for-peer-specialists.md", "self-care"),
        ("trauma-informed-peer-support.md", "trauma-informed-care"),  # filed under trust before
    ],
)
def test_topic_suggestion_on_the_test_fixture_lessons(name: str, slug: str) -> None:
    path = Path(__file__).resolve().parents[1] / "fixtures" / "lessons" / name
    lesson = parse_lesson_text(
        path.read_text(encoding="utf-8"), path=path, topics={t.slug for t in topics()}
    )
    text = f"{lesson.title}\n\n{lesson.summary}\n\n{lesson.body}"

    assert infer_topic(text, topics()) == slug


def test_plain_text_heading_marks_and_rules() -> None:
    text = (
        "A Title\n=======\n\nThe summary.\n\nWhy It Matters\n--------------\nA paragraph.\n\n"
        "* * *\n\n## Marked Heading ##\n\nAnother paragraph.\n-----\n\nLast one."
    )
    article = parse_article(text, name="x.txt")

    assert article.title == "A Title"
    assert article.summary == "The summary."
    assert article.headings == ("Why It Matters", "Marked Heading")
    assert article.markdown == (
        "## Why It Matters\n\nA paragraph.\n\n## Marked Heading\n\nAnother paragraph.\n\nLast one."
    )


def test_prose_that_only_looks_like_an_answer_stays_in_the_body() -> None:
    text = (
        "Why Does Hope Matter?\n\nA summary.\n\nThe answer is simple: hope keeps people going.\n\n"
        "Steps to take:\na. Ask what they want\nb. Listen\n\n"
        "In the scene above, the best response is to ask. It works."
    )
    article = parse_article(text, name="x.txt")

    assert article.question is None
    assert [block.text for block in article.blocks] == [
        "The answer is simple: hope keeps people going.",
        "Steps to take:\na. Ask what they want\nb. Listen",  # a lettered list, not options
        "In the scene above, the best response is to ask. It works.",
    ]


def test_bullet_options_leave_the_body_with_their_question() -> None:
    text = (
        "Practice Set\n\nA summary.\n\nSome context.\nWhat do peers offer?\n\n"
        "- Diagnoses\n- Shared experience\n- Prescriptions\n- Therapy\n\n"
        "Before. The correct answer is Shared experience. After.\n\nMore."
    )
    article = parse_article(text, name="x.txt")

    assert article.question == QuestionCandidate(
        "What do peers offer?",
        ("Diagnoses", "Shared experience", "Prescriptions", "Therapy"),
        1,
    )
    assert [block.text for block in article.blocks] == ["Some context.", "Before. After.", "More."]
    assert article.lists == ()


def test_bylines_dates_tags_and_share_rows_are_furniture() -> None:
    text = (
        "Hope in Practice\n\nBy Jane Doe | May 2, 2024\n\n5 min read\n\n"
        "The summary of the article.\n\nThe body of the article.\n\n"
        "Tags: hope, recovery\n\nFacebook Twitter LinkedIn Email\n\nMarch 3, 2025"
    )
    article = parse_article(text, name="x.txt")

    assert article.summary == "The summary of the article."
    assert article.blocks == (Block("paragraph", "The body of the article."),)


def test_a_body_ending_in_ordinary_words_keeps_them() -> None:
    text = "Hope\n\nSummary.\n\nShare what you learn.\n\nBy Tuesday, call your sponsor."
    article = parse_article(text, name="x.txt")

    assert [block.text for block in article.blocks] == [
        "Share what you learn.",
        "By Tuesday, call your sponsor.",
    ]


def test_a_title_may_be_an_exam_stem_ending_in_an_ellipsis() -> None:
    text = "In optimal recovery planning...\n\nThe correct answer is people set goals.\n\nA summary.\n\nBody."
    article = parse_article(text, name="x.txt")

    assert article.title == "In optimal recovery planning..."
    assert article.slug == "in-optimal-recovery-planning"
    assert article.question == QuestionCandidate(
        "In optimal recovery planning...", ("people set goals",), 0
    )


FUZZ_LINES = (
    *("A Title", "What is it?", "Ethics are:", "In planning...", "Summary sentence here."),
    *('The correct answer is "x y".', "Answer: B", "The answer is trust.", "Correct answer: C"),
    *("A. one", "B) two", "C. three", "D. four", "a. lower", "- item", "* star", "• dot"),
    *("1. first", "2) second", "continued lower", "Subscribe", "Share this article", "-----"),
    *("=====", "## Hash Heading", "Why the other choices are wrong", '"Quoted option" is wrong.'),
    *("Is it? Yes.", "What Is Peer Support?", "key: value", "---", "?", ".", "A.", "“", ""),
    *("", "", "Plain paragraph text.", "By Jane Doe | May 2, 2024", "The correct answer is"),
)


def test_any_mix_of_lines_imports_or_fails_with_a_format_error() -> None:
    """Random articles from tricky lines: never a crash, and every lesson written reads back."""
    rng = random.Random(9)
    texts = [
        "A Title\n-----\nIn planning...\n\nA. one\n\n## Hash Heading\na. lower\nThe correct answer is",
        *(
            rng.choice(("", "Title\n\nSummary.\n\n"))
            + "\n".join(rng.choice(FUZZ_LINES) for _ in range(rng.randint(0, 16)))
            for _ in range(3000)
        ),
    ]
    imported = 0
    for text in texts:
        try:
            article = parse_article(text, name="fuzz.txt")
        except ArticleFormatError:
            continue
        imported += 1
        rendered = render_lesson(article, "empathy")
        lesson = parse_lesson_text(rendered, path=Path("x.md"), topics={"empathy"})
        assert lesson.title == article.title
        if article.question is not None and article.question.complete:
            (question,) = parse_lesson_text(
                uncommented(rendered), path=Path("x.md"), topics={"empathy"}
            ).questions
            assert question.choices[question.correct] == article.question.answer_text
    assert imported > 1000


def test_a_title_quoting_someone_is_no_key_question() -> None:
    """A title wholly in quotation marks is what someone in the story says, not the article's
    question; the generator does not ask it either."""
    from quizzes.generation.mainpoint import title_asks

    quoted = '"So, What Do You Want to Work On Today?"'
    article = parse_article(f"{quoted}\n\nSummary.\n\nBody.", name="q.txt")
    assert article.key_question == ""
    assert not title_asks(quoted)
    assert title_asks('What Does "Person-Centered" Mean?')


@pytest.mark.parametrize("gap", ["\n", "\n\n"])
def test_lines_opening_on_a_term_and_a_colon_are_a_definition_list(gap: str) -> None:
    """A definition list copied without its bullets, one line each or a blank line between,
    is still a list; a line or two so among prose, or a record's fields, stay prose."""
    terms = gap.join(
        [
            "Forming: members are polite and unsure of their place.",
            "Storming: tension comes to the surface as roles are tested.",
            "Norming: the group settles how it will work together.",
        ]
    )
    text = (
        "Stages of a Group\n\nGroups change as they grow.\n\nThe stages\n\n"
        f"{terms}\n\nWhat it means\n\n"
        "Others propose a middle path: accept, but keep the person at a distance.\n\n"
        "Note: this one stays a paragraph of its own.\n\n"
        'Sample entry\n\nArea: Leisure and recreation\nCurrent: "I cook most nights."\n'
        'Desire: "I\'d like to cook for people again."\n'
    )
    blocks = parse_article(text, name="stages.txt").blocks
    lists = [block for block in blocks if block.kind == "list"]
    assert [block.items for block in lists] == [
        (
            "Forming: members are polite and unsure of their place.",
            "Storming: tension comes to the surface as roles are tested.",
            "Norming: the group settles how it will work together.",
        )
    ]
    paragraphs = [block.text for block in blocks if block.kind == "paragraph"]
    assert "Note: this one stays a paragraph of its own." in paragraphs
    assert any(paragraph.startswith("Area: Leisure") for paragraph in paragraphs)


def test_quotations_labelled_in_brackets_in_a_row_are_a_list() -> None:
    """Examples copied one a line, each with its kind in brackets after it, are a list."""
    text = (
        "Replies That Close the Door\n\nSome replies stop a conversation.\n\nExamples\n\n"
        '"Cheer up, it will all work out." (reassuring)\n'
        '"You should call your landlord today." (advising)\n'
        '"You should not feel that way." (moralizing)\n\n'
        "Each one moves the focus away from the speaker.\n"
    )
    lists = [b for b in parse_article(text, name="replies.txt").blocks if b.kind == "list"]
    assert [block.items for block in lists] == [
        (
            '"Cheer up, it will all work out." (reassuring)',
            '"You should call your landlord today." (advising)',
            '"You should not feel that way." (moralizing)',
        )
    ]


def test_lines_opening_on_a_term_and_a_dash_are_a_definition_list_too() -> None:
    """The dash sets a term off from its description as the colon does ("Forming — ...")."""
    text = (
        "Stages of a Group\n\nGroups grow in stages.\n\nThe stages\n\n"
        "Forming \u2014 members are polite and unsure of their place.\n"
        "Storming \u2013 tension comes to the surface as roles are tested.\n"
        "Norming \u2014 the group settles how it will work together.\n\nMore prose follows.\n"
    )
    blocks = parse_article(text, name="stages.txt").blocks
    assert [block.kind for block in blocks] == ["heading", "list", "paragraph"]
    assert blocks[1].items[1] == "Storming \u2013 tension comes to the surface as roles are tested."
