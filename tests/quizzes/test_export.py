"""Export: JSON schema, and GIFT checked with a reader written from Moodle's format documentation."""

import json
import re
from dataclasses import dataclass, field

import pytest
from django.core.management import call_command

from quizzes.export import gift_escape
from quizzes.models import Question
from tests.factories import make_lesson, make_question

pytestmark = pytest.mark.django_db


@dataclass
class GiftAnswer:
    text: str
    correct: bool
    feedback: str = ""
    text_format: str = ""
    feedback_format: str = ""


@dataclass
class GiftQuestion:
    title: str
    text: str
    answers: list[GiftAnswer] = field(default_factory=list)
    general_feedback: str = ""
    text_format: str = "moodle"  # Moodle's default for the question text
    general_feedback_format: str = ""

    def formats(self) -> set[str]:
        """The format of every part; a part with no [format] of its own takes the question's."""
        parts = [self.text_format, self.general_feedback_format]
        for answer in self.answers:
            parts += [answer.text_format, answer.feedback_format]
        return {part or self.text_format for part in parts}


def _split_unescaped(text: str, stops: str) -> list[tuple[str, str]]:
    """Split ``text`` at unescaped characters in ``stops``: [(stop that began the part, part)]."""
    parts: list[tuple[str, str]] = []
    current, opener, i = [], "", 0
    while i < len(text):
        char = text[i]
        if char == "\\" and i + 1 < len(text):
            current.append(text[i : i + 2])
            i += 2
            continue
        if char in stops:
            parts.append((opener, "".join(current)))
            current, opener = [], char
        else:
            current.append(char)
        i += 1
    parts.append((opener, "".join(current)))
    return parts


def _unescape(text: str) -> str:
    out, i = [], 0
    while i < len(text):
        if text[i] == "\\" and i + 1 < len(text):
            out.append("\n" if text[i + 1] == "n" else text[i + 1])
            i += 2
        else:
            out.append(text[i])
            i += 1
    return "".join(out).strip()


def _find_unescaped(text: str, target: str, start: int = 0) -> int:
    i = start
    while i < len(text):
        if text[i] == "\\":
            i += 2
            continue
        if text.startswith(target, i):
            return i
        i += 1
    raise ValueError(f"no unescaped {target!r} in {text!r}")


FORMAT = re.compile(r"^\s*\[(html|moodle|plain|markdown)\]")


def _with_format(raw: str) -> tuple[str, str]:
    """A part's text (unescaped) and its [format] marker, "" when it has none."""
    match = FORMAT.match(raw)
    if match is None:
        return _unescape(raw), ""
    return _unescape(raw[match.end() :]), match.group(1)


def read_gift(source: str) -> list[GiftQuestion]:
    """A reader for GIFT multiple-choice questions, following Moodle's documentation."""
    questions = []
    lines = [line for line in source.splitlines() if not line.strip().startswith("//")]
    for block in "\n".join(lines).split("\n\n"):
        block = block.strip()
        if not block:
            continue
        title = ""
        if block.startswith("::"):
            end = _find_unescaped(block, "::", 2)
            title, block = _unescape(block[2:end]), block[end + 2 :]
        open_at = _find_unescaped(block, "{")
        close_at = _find_unescaped(block, "}", open_at)
        assert block[close_at + 1 :].strip() == "", f"text after the answers: {block!r}"
        text, text_format = _with_format(block[:open_at])
        question = GiftQuestion(title=title, text=text, text_format=text_format or "moodle")
        body = block[open_at + 1 : close_at]
        # "####" marks the general feedback: four unescaped '#' in a row.
        if "####" in body:
            at = _find_unescaped(body, "####")
            body, general = body[:at], body[at + 4 :]
            question.general_feedback, question.general_feedback_format = _with_format(general)
        for opener, part in _split_unescaped(body, "=~"):
            if not opener:
                assert part.strip() == "", f"text before the first answer: {part!r}"
                continue
            pieces = _split_unescaped(part, "#")
            text, text_format = _with_format(pieces[0][1])
            answer = GiftAnswer(text=text, correct=opener == "=", text_format=text_format)
            if len(pieces) > 1:
                feedback = "#".join(piece for _, piece in pieces[1:])
                answer.feedback, answer.feedback_format = _with_format(feedback)
            question.answers.append(answer)
        questions.append(question)
    return questions


MOODLE_EXAMPLES = r"""
// question: 1 name: Grant's tomb
::Grant's tomb::Who is buried in Grant's tomb in New York City? {
=Grant
~No one
#Was true for 12 years
~Napoleon
#He was buried in France
}

// escaped specials
::Sums::Which answer equals 5? {
~ \= 2 + 2
= \= 2 + 3
~ \= 2 + 4
####Only \{2 + 3\} makes 5\: check it.
}
"""


def test_reader_understands_the_documented_examples():
    tomb, sums = read_gift(MOODLE_EXAMPLES)
    assert tomb.title == "Grant's tomb"
    assert tomb.text == "Who is buried in Grant's tomb in New York City?"
    assert [(a.text, a.correct) for a in tomb.answers] == [
        ("Grant", True),
        ("No one", False),
        ("Napoleon", False),
    ]
    assert tomb.answers[2].feedback == "He was buried in France"
    assert [a.text for a in sums.answers] == ["= 2 + 2", "= 2 + 3", "= 2 + 4"]
    assert [a.correct for a in sums.answers] == [False, True, False]
    assert sums.general_feedback == "Only {2 + 3} makes 5: check it."


def test_gift_escape_covers_every_special_character():
    assert gift_escape("a~b=c#d{e}f:g\\h") == r"a\~b\=c\#d\{e\}f\:g\\h"
    assert gift_escape("two\nlines") == r"two\nlines"


def test_gift_export_round_trips_special_characters(tmp_path):
    lesson = make_lesson("tricky-lesson")
    tricky = ("Ratio 1:2 {set} = fine", "Use ~ and # freely", "Plain option", "Fourth: option")
    question = make_question(
        lesson, choices=tricky, correct=1, stem="Which is right? {really} #1", explanation="A=B: C"
    )
    output = tmp_path / "bank.gift"
    call_command("export_questions", "--format", "gift", "--output", str(output))
    text = output.read_text()
    assert "\\{really\\}" in text
    (parsed,) = read_gift(text)
    assert parsed.text == question.stem
    assert [a.text for a in parsed.answers] == list(tricky)
    assert [a.correct for a in parsed.answers] == [False, True, False, False]
    assert parsed.answers[0].feedback == f"{tricky[0]} is not the peer role."
    assert parsed.general_feedback == "A=B: C"


def export_gift(tmp_path) -> list[GiftQuestion]:
    output = tmp_path / "bank.gift"
    call_command("export_questions", "--format", "gift", "--output", str(output))
    return read_gift(output.read_text(encoding="utf-8"))


def test_gift_export_is_plain_text_in_every_part(tmp_path):
    lesson = make_lesson("html-lesson")
    choices = ("<b>Listening</b> closely", "Diagnosing <script>x</script>", "Prescribing", "A & B")
    make_question(
        lesson,
        choices=choices,
        stem="Which is <i>right</i>?",
        explanation=(
            "**Listening** is *key*: see [click](javascript:alert(document.cookie)) or "
            "[the guide](https://example.org/guide_(2)).\n\n"
            "- first point\n- second <b>point</b>\n\n"
            "[Read this part of the lesson](#why)"
        ),
    )

    (question,) = export_gift(tmp_path)

    # Moodle shows a [plain] part as the text it is: nothing is read as HTML. Each part says so
    # itself, not only the question text (importers differ on what an unmarked part inherits).
    assert question.formats() == {"plain"}
    assert {answer.text_format for answer in question.answers} == {"plain"}
    assert {answer.feedback_format for answer in question.answers[1:]} == {"plain"}
    assert question.general_feedback_format == "plain"
    assert question.text == "Which is <i>right</i>?"
    assert [answer.text for answer in question.answers] == list(choices)
    assert question.answers[1].feedback == "Diagnosing <script>x</script> is not the peer role."
    # The explanation is Markdown: exported as the words a reader sees, links as their text.
    assert question.general_feedback == (
        "Listening is key: see click or the guide (https://example.org/guide_(2)).\n\n"
        "- first point\n- second point"
    )


def test_json_export_has_exactly_the_documented_keys(capsys):
    lesson = make_lesson("json-lesson")
    make_question(lesson, correct=2)
    make_question(lesson, status=Question.Status.DRAFT, rubric_failures=["R4"])
    call_command("export_questions")
    (item,) = json.loads(capsys.readouterr().out)
    assert set(item) == {
        "id",
        "lesson",
        "topic",
        "kind",
        "stem",
        "choices",
        "explanation",
        "status",
        "rubric_failures",
    }
    assert item["lesson"] == "json-lesson"
    assert item["status"] == "published"
    assert [choice["correct"] for choice in item["choices"]] == [False, False, True, False]
    assert set(item["choices"][0]) == {"text", "correct"}


def test_status_filter(capsys):
    lesson = make_lesson()
    make_question(lesson)
    make_question(lesson, status=Question.Status.DRAFT, rubric_failures=["R4"])
    make_question(lesson, status=Question.Status.RETIRED)
    for status, expected in (("draft", ["draft"]), ("all", ["published", "draft", "retired"])):
        call_command("export_questions", "--status", status)
        assert [item["status"] for item in json.loads(capsys.readouterr().out)] == expected
