"""Rules of 2026.12-62 (sentences of our own).

- Names: a word the lexicon knows as a common word ("Grace", "Frank") is a character's name in a
  lesson that capitalises it in mid-sentence, never writes it in lower case, and brings it back
  as a story brings back its people (three times or more, once at least as a subject). A
  sentence about the character is the story's, no main point.
- Hedges: "a great deal of", "a lot of", "lots of", "plenty of" quantify as "many" does, so a
  statement holding one is left out of the acts a lesson endorses rather than stripped of it
  ("Passing along a great deal of information" read as a thing to avoid).
- Endorsed acts: a verb whose object is only a verdict on itself ("Doing the right thing")
  names no act a learner can weigh, and is no option.
- Items of a set: two items of opposite polarity, whatever their words, each keyed by one of
  the other's wrong options ("Which is part of X?" keyed "Ask ..." beside "Diagnose ...";
  "Which should a peer specialist avoid?" keyed "Diagnosing ..." beside "Asking ...") ask one
  question turned round; the second gives way (or takes other wrong options).
- Items of a set: a statement item ("Which statement about X is accurate?") two of whose wrong
  options are another item's, said as statements, restates that item and gives way.
- R9: "that" before a noun and a verb's particle ("Hand that worry back") is a
  demonstrative, as before a preposition: the option points outside.
- R9: "that" before a singular noun for a person ("what that person has said") is a
  demonstrative whatever follows, pointing outside unless the stem's scene names someone
  ("... when one member dominates a group?").
- Avoid items: the key keeps the clause of time or condition that says when the act is at
  fault ("Cheering 'Well done!' when the person skips a drink", never "Cheering 'Well done!'").
- Answers: a wh-word right before "is" is the embedded question's subject ("asking what is
  wrong"), so "is" is no copula of the statement; asked for a shift or change, a verb of change
  with "from ... to ..." answers as an act ("Moving from A to B").
- Gerunds: "keep" with a gerund after it is said "continuing to" ("Continuing to support the
  person", never "Keeping supporting the person": English avoids the double "-ing"); R2 takes
  the source's "keep" as grounding the "continuing" it became.
- Settings: a heading that names the story's person ("Looking back at Walter") sets no scene
  for a stem that asks about anyone.
"""

from __future__ import annotations

from quizzes.generation import infer_main_point
from quizzes.generation.answers import answer_for
from quizzes.generation.distractors import mine
from quizzes.generation.forms import gerund_predicate, to_gerund
from quizzes.generation.items import (
    _avoid_plans,
    _endorsed_actions,
    _heading_scene,
    _Option,
    _Plan,
    _restated_item,
    _turned_round,
)
from quizzes.generation.lesson import read_lesson
from quizzes.generation.rubric import check, pointing_problem
from quizzes.generation.types import ChoiceDraft, QuestionDraft
from quizzes.generation.words import names_someone, story_names
from tests.quizzes.generation.lessons import lesson_input

# (a story whose people have names that are also words: "Grace", "Frank")
_SUMMARY = (
    "Grace is fifty and has taken two buses to the drop-in center on a rainy morning. "
    "She sits down with Frank, a peer specialist."
)
_STORY = """\
Frank listens before he says anything. He asks Grace what she has already tried. Grace says
she has called every day. Frank does not tell her what to do.

## What helped

A peer specialist helps a family member look after their own wellbeing, not only the person
they worry about.
"""


def test_a_word_the_lesson_uses_only_as_a_name_is_a_name():
    read = read_lesson(lesson_input(_STORY, summary=_SUMMARY))
    names = story_names([s.plain for s in read.sentences])
    assert names == {"Grace", "Frank"}
    assert names_someone("Grace says she has called every day", names)
    assert not names_someone("Grace says she has called every day")  # (the lexicon knows "grace")


def test_no_name_from_a_word_the_lesson_also_writes_in_lower_case_or_after_a_determiner():
    texts = [
        "Recovery happens in the community. The Court ruled in 1999, and the Court's ruling "
        "stands. The court that ruled was federal.",
        "Plans work when people write them. Making a Plan is the next step. A Plan helps.",
        "Write the goal as S for Specific. Specific goals help.",
    ]
    assert story_names(texts) == frozenset()


def test_a_sentence_about_a_named_character_is_no_main_point():
    point = infer_main_point(
        lesson_input(_STORY, summary=_SUMMARY, title="When a family member asks")
    )
    assert "Grace" not in point.text


def test_a_quantity_of_degree_is_a_hedge_an_endorsed_act_keeps_or_is_left_out():
    read = read_lesson(
        lesson_input(
            "Peer specialists pass along a great deal of practical information about benefits. "
            "Peer specialists explain each form in plain words."
        )
    )
    acts = [act for _, act in _endorsed_actions(read)]
    assert acts == ["Explaining each form in plain words"]


def test_an_act_whose_object_is_only_a_verdict_is_no_endorsed_act():
    body = """\
## Telling a dilemma from a temptation

A dilemma is not a temptation. If you know what is right and would rather not do it, you
don't need a model. You need to do the right thing.

## The steps

1. Name the problem.
2. Ask a supervisor for a second view.
"""
    acts = [act for _, act in _endorsed_actions(read_lesson(lesson_input(body)))]
    assert "Doing the right thing" not in acts
    assert "Asking a supervisor for a second view" in acts


def _plan(stem: str, key: str, *wrong: str, negative: bool = False, kind: str = "") -> _Plan:
    def option(text: str) -> _Option:
        return _Option(text=text, source="s:0", klass=None, rationale="")

    return _Plan(
        kind=kind or ("not_question" if negative else "list_member"),
        stem=stem,
        correct=option(key),
        wrong=tuple(map(option, wrong)),
        evidence="",
        anchor="",
        source_sentence_id="s:0",
        negative=negative,
    )


def test_two_items_of_opposite_polarity_each_keyed_by_the_others_wrong_option_cue_each_other():
    part = _plan(
        "Which of the following is part of talking about sleep with a person?",
        "Ask whether sleep is something the person wants to work on",
        "Diagnose sleep disorders",
        "Advise on sleep medications",
        "Lie awake in bed",
    )
    avoid = _plan(
        "When talking about sleep, which of the following should a peer specialist avoid?",
        "Diagnosing sleep disorders",
        "Asking whether sleep is something the person wants to work on",
        "Agreeing on one small change to try",
        "Asking them to describe a typical night",
        negative=True,
    )
    assert _turned_round(part, avoid)
    assert _turned_round(avoid, part)
    # (the avoid item keyed by something the other does not offer tests another thing)
    other = _plan(
        avoid.stem,
        "Prescribing a sleeping pill",
        *(o.text for o in avoid.wrong),
        negative=True,
    )
    assert not _turned_round(part, other)
    # (nor do two items of one polarity turn each other round)
    assert not _turned_round(
        part,
        _plan(
            "Which is a sleep habit?",
            *(o.text for o in avoid.wrong[:1]),
            "Diagnose sleep disorders",
            "x y",
            "y z",
        ),
    )


def test_a_heading_naming_the_storys_person_sets_no_scene():
    body = """\
Walter gives his peer specialist a watch. Walter says it is a thank-you. The peer specialist
tells Walter she will ask her supervisor.

## Looking back at Walter

Taking the gift to supervision kept the decision in the open.

## Checking agency policy

Reading the gift policy together kept the decision in the open.
"""
    read = read_lesson(lesson_input(body))
    scenes = {s.heading: _heading_scene(read, s) for s in read.sentences if s.heading}
    assert scenes["Looking back at Walter"] == ""
    assert scenes["Checking agency policy"] == "When checking agency policy"


def test_that_before_a_noun_and_a_particle_points_outside():
    assert pointing_problem(["Hand that worry back to the person"])
    assert pointing_problem(["Write that plan down"])
    # ("that" opening a clause, its verb after its subject, points nowhere)
    assert not pointing_problem(["Say that the feeling makes sense"])


def test_an_avoid_key_keeps_the_clause_saying_when_the_act_is_at_fault():
    body = """\
Validation lets a person know their feelings make sense.

## Mix-ups

People often mix validation up with the responses below. None of them is validation.

- Praise. Cheering "Well done!" when the person skips a drink. Praise grades a choice.
- Reassurance. Telling the person the feeling will soon pass. It hurries past the feeling.
- Agreement. Going along with whatever the person says to keep the peace.

## How to validate

1. Listen until you can name the feeling under the words.
2. Link the feeling to what happened.
3. Pause and let the person confirm.
"""
    read = read_lesson(lesson_input(body, title="Validation"))
    keys = [plan.correct.text for plan in _avoid_plans(read, mine(read, ""))]
    assert 'Cheering "Well done!" when the person skips a drink' in keys
    assert 'Cheering "Well done!"' not in keys


def test_a_shift_asked_is_answered_by_the_verb_of_change_and_its_from_and_to():
    # (the "is" in "what is missing" is the embedded question's: no "X is Y" to cut at)
    said = answer_for(
        "What is the key change in a strengths-based intake?",
        "A strengths-based intake turns from listing what is missing in a life to listing what "
        "is already working, so the plan starts from the person's own resources.",
    )
    assert (
        said == "Turning from listing what is missing in a life to listing what is already working"
    )
    said = answer_for(
        "What is the central shift in crisis work?",
        "Crisis work moves from asking who is to blame to asking what would help now.",
    )
    assert said == "Moving from asking who is to blame to asking what would help now"


def test_a_wh_word_before_is_leaves_no_copula_to_cut_at():
    said = answer_for(
        "What does crisis work focus on?",
        "Crisis work moves from asking what is broken in a person to asking what would help now.",
    )
    assert not said.lower().startswith("broken")
    assert "what is broken" in said


def test_a_statement_item_over_another_items_wrong_options_restates_it():
    main = _plan(
        "What is wellness in peer support?",
        "A balance across connected areas of life",
        "The absence of any symptoms",
        "A short-term program of classes",
        "A contest between group members",
        kind="main_point",
    )
    statements = _plan(
        "Which statement about wellness is accurate?",
        "Wellness is something a person keeps working at.",
        "Wellness is the absence of any symptoms.",
        "Wellness is a short-term program of classes.",
        "Wellness is a contest between group members.",
        kind="concept",
    )
    assert _restated_item(main, statements)
    # (over other wrong readings, it asks something else)
    other = _plan(
        statements.stem,
        statements.correct.text,
        "Wellness is the absence of any symptoms.",
        "Wellness depends on income alone.",
        "Wellness can be measured by a single test.",
        kind="concept",
    )
    assert not _restated_item(main, other)


def test_keep_with_a_gerund_is_said_continuing_to():
    assert to_gerund("keep checking in with the person") == "continuing to check in with the person"
    assert gerund_predicate("keeps", "booking sessions nobody needs") == (
        "continuing to book sessions nobody needs"
    )
    assert to_gerund("keep a daily log") == "keeping a daily log"


def test_a_continuing_act_is_grounded_by_the_keep_it_was_said_with():
    read = read_lesson(
        lesson_input(
            "## What she did\n\nShe passes on what she saw and goes on to keep visiting Ana.\n\n"
            "## What to avoid\n\nShe avoids lending money. She avoids warning the coworker "
            "privately. She avoids keeping quiet out of loyalty.\n"
        )
    )
    said = read.sentences[0]

    def option(text: str, source: str, correct: bool = False) -> ChoiceDraft:
        return ChoiceDraft(text=text, is_correct=correct, source=source, klass=None, rationale="")

    item = QuestionDraft(
        kind="practice",
        stem="Which of the following should a peer specialist do?",
        choices=(
            option("Continuing to visit the person", said.id, correct=True),
            option("Lending money to the person", read.sentences[1].id),
            option("Warning the coworker privately", read.sentences[2].id),
            option("Keeping quiet out of loyalty", read.sentences[3].id),
        ),
        explanation="",
        anchor="",
        source_sentence_id=said.id,
        fingerprint="",
        rubric_failures=(),
    )
    assert "R2" not in check(item, read.sentences, "")


def test_that_before_a_singular_person_noun_points_outside_unless_the_scene_names_someone():
    option = "Thanking what that member has offered"
    assert pointing_problem([option], "Which of the following should a peer specialist do?")
    assert not pointing_problem([option], "What helps most when one member talks over others?")
    # (a plural subject of a clause after "that" points nowhere)
    assert not pointing_problem(["Saying that people can change"], "What helps?")
