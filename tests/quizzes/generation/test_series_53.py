"""Rules of 2026.12-53 (articles of our own).

- Forms: asked what X means or what best describes it, a point saying what anyone does in X
  ("In Open Door, people get a seat ...") answers as the act ("Getting a seat ..."), the form of the
  acts the article rules out; not where a pronoun of the predicate takes up the doer it drops.
- The case's helper: a verb of handling or responding with "by" names the act by its means
  ("handled the same moment by asking ..." is "Asking ..."), also in a sentence holding the
  helper up.
"""

from __future__ import annotations

from quizzes.generation import DistractorBank, generate, read_lesson
from quizzes.generation.distractors import model_helper_acts

from .lessons import lesson_input

_OPEN_DOOR = (
    "In Open Door, people get a seat at the table without first having to prove sobriety or "
    "enrollment in treatment. New volunteers ask about it first.\n\n"
    "## What it is not\n\n"
    "Open Door is not about earning a place by finishing a program first. It is not about holding "
    "people on a waiting list until a counselor approves them. It does not mean checking each "
    "visitor's records at the door.\n"
)


def test_a_plural_doer_s_predicate_answers_what_x_means_as_an_act() -> None:
    """English: "people get a seat ..." says what anyone does in Open Door; as the key of "What
    does Open Door mean?" it is the act, "Getting a seat ...", in the form of the acts the article
    rules out (item writing: options of one form)."""
    result = generate(
        lesson_input(_OPEN_DOOR, title="What Does Open Door Mean?"),
        bank=DistractorBank(entries=()),
    )
    item = next(i for i in result.items if i.kind == "main_point")
    assert item.publishable, item.rubric_failures
    key = next(c.text for c in item.choices if c.is_correct)
    assert key.startswith("Getting a seat at the table without first having to prove")
    assert "Earning a place by finishing a program first" in [c.text for c in item.choices]


def test_a_pronoun_taking_up_the_doer_keeps_the_statement() -> None:
    """English: in "people get a seat ... without having to prove they are sober" the "they" takes
    up "people"; dropped with the subject, it would take up nothing, so no act is made of it."""
    body = _OPEN_DOOR.replace("prove sobriety or enrollment in treatment", "prove they are sober")
    result = generate(
        lesson_input(body, title="What Does Open Door Mean?"), bank=DistractorBank(entries=())
    )
    keys = [c.text for i in result.items for c in i.choices if c.is_correct]
    assert not any(k.startswith("Getting a seat") for k in keys)


def test_handling_a_moment_by_an_act_is_the_act() -> None:
    """English: "Lena handled the same moment by asking ..." and "She responded by naming ..." name
    what she did by its means; "handled" holding her up does not leave the sentence's own act
    unread, and what "instead of" sets aside is cut off."""
    body = (
        'Marco tells his peer specialist, Lena, that he is done with the group. "Nobody there '
        'gets it," he says. Another peer specialist, Rick, heard the same thing from Marco last '
        "year.\n\n"
        "## Looking back\n\n"
        "Rick argued with him and listed the group's benefits. That pushed Marco further away.\n\n"
        "Lena handled the same moment by asking what the group had missed instead of defending "
        "it. She responded by naming the frustration in his words.\n"
    )
    acts = [act for _, act in model_helper_acts(read_lesson(lesson_input(body)).sentences)]
    assert acts == ["Asking what the group had missed", "Naming the frustration in their words"]
