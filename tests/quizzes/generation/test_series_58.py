"""Rules of 2026.12-58 (sentences and articles of our own).

- Keys: coordinated acts keep the first alone as a shorter wording when the second repeats the
  infinitive's "to" ("To rest and to call ...") or when a word that is a noun as well as a verb
  opens the second with a pronoun after it ("Thank them and talk it over ..."): the pronoun is
  its object, so the word is the verb.
- Keys: "To let a person check ..., so ..." said as "To check ..." has that wording's own shorter
  wordings too.
- Stems: "Its main purpose is to ..." opening a sentence is the purpose of the previous sentence's
  subject ("A gratitude jar, ..., is ..."): "What is the purpose of a gratitude jar?".
- Rubric (R5): options sharing a subject with its article ("A PAD is a commitment order.") frame
  the key as those without an article do: the key alone saying something other than what the
  subject is ("A PAD records ...") stands out.
- Concept items: a concept the lesson glosses with an acronym ("a personal crisis plan (PCP)", in a
  sentence or the title) is asked by the acronym when the lesson says more about it so; the gloss
  is no part of the name in a definition, nor a bare use of the acronym. A statement too long for
  the ideas it stands among is tried in its shorter wordings.
- Concept items: a statement of five words ("Empathy is mostly listening and understanding.") is
  long enough to be one; an adverb of frequency before the verb ("Voices often connect to ...")
  is part of the predicate; a verb of position said of a state ("sits between two extremes")
  takes no progressive in the frame "X is V-ing". R5's frame reads a subject of several words
  ("Assertive communication is ...") as one, and a hedged identity ("is usually a habit") as
  an identity. A word before a verb in the third person is a noun of the subject ("An ACE score
  describes ..."), no verb of a plural concept's.
- Mining: "X is an agreement among members, not a guarantee" denies X a kind named by one noun
  with its article ("A guarantee"), when X is the lesson's subject; a light noun ("not the
  point") or another subject's denial ("A setback is a point on the line, not an eraser" in a
  lesson on recovery) gives none.
- Sequence items: a numbered procedure of five steps or more also asks what comes after its
  second step, or the first later step that can be named (briefly, in the stem; never the first
  step, which would answer the first-step item); the steps neither there nor in the stem are the
  wrong options.
- Stems: a title's words in running text keep the capital of "I" in its contractions ("I'm")
  and of a word opening a quotation ('When Someone Says "I'm Not Trying to Die"').
"""

from __future__ import annotations

import pytest

from quizzes.generation import DistractorBank, generate, read_lesson
from quizzes.generation.concept import acronym_of, count_noun, statements_about
from quizzes.generation.distractors import mine
from quizzes.generation.items import _as_activity, _untitled, key_wordings
from quizzes.generation.rubric import form_problem

from .lessons import drafts_alone, lesson_input


def test_an_infinitive_said_again_after_and_opens_a_second_act():
    wordings = key_wordings(
        "To lean on your own coping plan and to ask your manager for what you need"
    )
    assert "To lean on your own coping plan" in wordings


def test_a_noun_verb_word_with_a_pronoun_after_it_opens_a_second_instruction():
    wordings = key_wordings(
        "Thank the person kindly, read the agency's gift policy and talk it over with a supervisor"
        " before you decide"
    )
    assert "Thank the person kindly and read the agency's gift policy" in wordings
    # (a noun of the first act's object is no verb: "tools and supports" stays whole)
    assert "Use your tools" not in key_wordings(
        "Use your tools and supports and tell your manager about the change"
    )


def test_a_causative_of_permission_dropped_keeps_its_own_shorter_wordings():
    wordings = key_wordings(
        "To let a person keep track of how their sleep and their mood move together, so they"
        " can plan their week"
    )
    assert "To keep track of how their sleep and their mood move together" in wordings


_JAR = (
    "A gratitude jar, a container of short notes about good moments, is one of the plainest "
    "recovery tools around. Its main purpose is to help the person keeping it remember what went "
    "well on hard days, so they can see that good days still happen.\n\n"
    "## What it isn't\n\n"
    "It isn't a way to grade each week as a success or a failure.\n\n"
    "It isn't proof of progress for a case manager.\n\n"
    "It isn't a replacement for talking with people.\n\n"
    "## Bottom line\n\n"
    "A jar of notes is small, but it can hold a lot of hope.\n"
)


def test_its_purpose_is_the_purpose_of_the_previous_sentences_subject():
    item = next(i for i in drafts_alone(_JAR, title="The Jar on My Shelf") if i.publishable)
    assert item.stem == "What is the purpose of a gratitude jar?"
    assert next(c for c in item.choices if c.is_correct).text.startswith(
        "To help the person keeping it remember"
    )


@pytest.mark.parametrize(
    ("key", "subject", "broken"),
    [
        # (a subject with its article: the frame is the same)
        ("A PAD records what the person prefers.", "A PAD", True),
        ("A PAD is a record of what the person prefers.", "A PAD", False),
        # (a subject of two words)
        ("Assertive speech sits between two extremes.", "Assertive speech", True),
        # (a hedged identity is an identity)
        ("Adultism is usually a habit more than a decision.", "Adultism", False),
    ],
)
def test_a_key_alone_breaking_the_options_frame_stands_out(key, subject, broken):
    others = [
        f"{subject} is a commitment order.",
        f"{subject} is going along with others.",
        f"{subject} is a hospital discharge form.",
    ]
    expected = "the key alone breaks the options' frame" if broken else ""
    assert form_problem(key, others) == expected


_PCP = (
    "A personal crisis plan (PCP) is a document a person writes while well, saying what helps "
    "and what harms during a crisis.\n\n"
    "## What a PCP does\n\n"
    "A PCP is about the person's own choices in a crisis, so that new staff can still follow "
    "the person's wishes.\n\n"
    "## What it isn't\n\n"
    "It isn't a commitment order.\n\n"
    "It isn't a blank check for staff.\n\n"
    "It isn't a hospital discharge form.\n"
)


def test_an_acronym_glossing_a_name_is_found_in_a_sentence_or_the_title():
    read = read_lesson(lesson_input(_PCP, title="Personal Crisis Plans"))
    assert acronym_of(read, "personal crisis plan") == "PCP"
    assert count_noun(read, "PCP")  # ("a PCP"; the gloss "(PCP)" is no bare use)
    titled = read_lesson(
        lesson_input("It helps.", title="The Wellness Recovery Action Plan (WRAP)")
    )
    assert acronym_of(titled, "wellness recovery action plan") == "WRAP"
    # (capitals that do not begin as the name does are no acronym of it)
    other = read_lesson(lesson_input("A safety plan (SAMHSA) is a list.", title="Safety Plans"))
    assert acronym_of(other, "safety plan") == ""


def test_a_concept_said_most_by_its_acronym_is_asked_by_it_with_a_shorter_statement():
    # (beside the main-point item over the same three wrong readings, the statement item restates
    # it and gives way; with the lesson's question answered by a person, it stands)
    main = next(
        i for i in drafts_alone(_PCP, title="Personal Crisis Plans") if i.kind == "main_point"
    )
    items = generate(
        lesson_input(_PCP, title="Personal Crisis Plans"),
        bank=DistractorBank(entries=()),
        taken=[(main.stem, "A plan written while well")],
    ).items
    concept = next(i for i in items if i.kind == "concept")
    assert concept.publishable
    assert concept.stem == "Which statement about a PCP is accurate?"
    assert next(c for c in concept.choices if c.is_correct).text == (
        "A PCP is about the person's own choices in a crisis."
    )
    assert {c.text for c in concept.choices if not c.is_correct} == {
        "A PCP is a commitment order.",
        "A PCP is a blank check for staff.",
        "A PCP is a hospital discharge form.",
    }


def test_short_statements_and_frequency_adverbs_are_statements_about_the_concept():
    body = (
        "Empathy is feeling with a person.\n\n"
        "Empathy is mostly listening and understanding. Voices often connect to a person's past"
        " in ways that matter.\n"
    )
    read = read_lesson(lesson_input(body, title="Empathy and Voices"))
    assert [t for _, t in statements_about(read, "empathy")][-1] == (
        "Empathy is mostly listening and understanding."
    )
    assert [t for _, t in statements_about(read, "voices")] == [
        "Voices often connect to a person's past in ways that matter."
    ]


def test_a_verb_of_position_takes_no_progressive_in_the_frame_of_identity():
    assert _as_activity("Assertive speech", "Assertive speech sits between two extremes.") == (
        "Assertive speech sits between two extremes."
    )
    assert _as_activity("Validation", "Validation names the feeling.") == (
        "Validation is naming the feeling."
    )


def test_a_compound_noun_before_a_verb_is_no_verb_of_a_plural_concept():
    body = "ACEs are common.\n\nAn ACE score describes past exposure, not a person's future.\n"
    read = read_lesson(lesson_input(body, title="Adverse Childhood Experiences (ACEs)"))
    assert all("score describe" not in t for _, t in statements_about(read, "ACEs"))


def test_a_kind_of_one_noun_set_against_the_subjects_complement_is_mined():
    body = (
        "Group confidentiality is an agreement among members, not a guarantee.\n\n"
        "Group confidentiality is the heart of trust, not the point.\n\n"
        "A slip is a moment on the way, not an eraser.\n"
    )
    read = read_lesson(lesson_input(body, title="Group Confidentiality"))
    assert [m.text.lower() for m in mine(read, "")] == ["a guarantee"]


_TEACH_BACK = (
    "Teach-back checks that information landed.\n\n"
    "## Running a teach-back check\n\n"
    "1. Explain one idea in plain words.\n"
    "2. Ask the person to say it back in their own words.\n"
    "3. Listen to the whole answer without interrupting.\n"
    "4. Explain the idea again in another way if something was missed.\n"
    "5. Write down anything the person wants to keep.\n"
    "6. Thank the person for checking with you.\n"
)


def test_a_numbered_procedure_asks_the_step_after_its_second():
    items = drafts_alone(_TEACH_BACK, title="Teach-Back in Peer Work")
    after = next(i for i in items if "next step" in i.stem)
    assert after.publishable
    assert after.stem == (
        "In running a teach-back check, what is the next step after asking the person to say it"
        " back in their own words?"
    )
    assert next(c for c in after.choices if c.is_correct).text == (
        "Listen to the whole answer without interrupting"
    )
    wrong = {c.text for c in after.choices if not c.is_correct}
    assert "Ask the person to say it back in their own words" not in wrong
    assert len(wrong) == 3
    # (four steps leave two wrong options: no such item)
    short = _TEACH_BACK.split("4. ")[0]
    assert not any("next step" in i.stem for i in drafts_alone(short, title="Teach-Back"))


def test_a_titles_quotation_keeps_its_opening_capital_and_the_pronoun_i():
    title = 'When Someone Says "I\'m Not Trying to Die"'
    words = [_untitled(w, "Keisha talks.") for w in title.split()]
    assert " ".join(words) == 'when someone says "I\'m not trying to die"'
    assert _untitled('"Just', "") == '"Just'


def test_the_step_after_the_first_later_step_that_can_be_named_is_asked():
    pointing = _TEACH_BACK.replace(
        "1. Explain one idea in plain words.\n",
        "1. Explain one idea in plain words.\n2. Ask about that.\n",
    ).replace("2. Ask the person", "3. Ask the person")
    items = drafts_alone(pointing, title="Teach-Back in Peer Work")
    after = next(i for i in items if "next step" in i.stem)
    assert after.stem.endswith("after asking the person to say it back in their own words?")
    assert next(c for c in after.choices if c.is_correct).text == (
        "Listen to the whole answer without interrupting"
    )
