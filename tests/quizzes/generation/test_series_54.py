"""Rules of 2026.12-54 (articles of our own).

- Mining: a "your" in a category an article denies, with no generic "you" before it ("It isn't
  permission to change your dose ..."), is the reader's as anyone, "one's": a "their" would stand
  for no one the option names. After "rather than", what a phrase of manner after the verb's
  object sets aside ("Write the goal in the person's words rather than clinical jargon") is that
  phrase's object, no thing the lesson's subject could be: the act done so is the wrong option.
- The point: a cue naming the whole text ("if you remember one thing from this post") is read
  under a heading of contrast too ("Quiz traps"), and "that" before a colon points ahead as "this"
  does ("let it be that: X").
- Stems: an exam's question told as "how much X adults should get" is asked "How much X should
  adults get?"; it is the main-point stem when the sentence after it, in its paragraph, says the
  point's head ("the baseline is at least 90 minutes a week").
- A case's point "Rosa handled this by bringing ... to her supervisor" is the act, said of anyone
  in the role ("Bringing ... to their supervisor"), asked "Which of the following should a peer
  specialist do?" when nothing else asks it, a clause of time in it set in the present ("before
  services begin"); a closing clause of purpose with a long subject ("so
  the decision about whether to go on could be made openly") is cut from the key.
- A point requiring an act of the role by a modal ("A peer specialist should always state their
  role accurately ...") is asked what a peer specialist should do, keyed by the act ("Stating
  their role accurately").
- A case's point whose colon specifies an act ("Peer support leans toward self-advocacy: helping
  people build the skills ...") is keyed by that act, asked what a peer specialist should do; a
  gerund taking a verb's bare infinitive ("Helping people build ...") is no clause.
- The point: what someone means by the lesson's term ('When Deegan talks about "daily anchors," she
  means the things ...', 'By "anchors," we mean ...') is a definition of it, "X is Y" ("X are Y"
  for a plural term).
- Forms: a focusing adverb that is a verb too ("offer real choices, even small ones") stays the
  adverb unless an object follows it ("evening small ones" before).
- Endorsed acts: under a lead or heading of ways or tips ("A few ways:"), list items opening on a
  verb's base form are instructions though the word is a noun too ("Offer real choices", "Point
  out the person's own role ..."), so the lesson's acts are read for avoid and practice items.
- Mining: a gerund after "instead of" a passive clause ("power is shared instead of sitting on one
  side of the table") takes the clause's subject, a thing, as its own: no act of the role.
- R9: an "it" closing an option after a preposition, no thing named before it ("Trying to write
  around it"), points outside the option unless a scene in the stem is what it stands for.
- R9: an option naming by "the" a thing a case's story brought in with "a" and names nowhere
  else ("Slipping the bracelet into her coat", after "she hands him a bracelet"), which the stem
  does not name, points to the story, outside the item; a main-point item leaves it out of its
  pool, so another wrong option the article gives takes its place. A key is not cut after a
  gerund whose object follows an aside ("... by weighing, in their own words, the pros ...").
"""

from __future__ import annotations

from quizzes.generation import DistractorBank, QuestionDraft, generate, read_lesson
from quizzes.generation.answers import shorter
from quizzes.generation.distractors import mine, self_contained
from quizzes.generation.forms import to_gerund
from quizzes.generation.items import (
    _case_act,
    _embedded_question,
    _endorsed_actions,
    key_wordings,
)
from quizzes.generation.mainpoint import candidates, compress, main_point
from quizzes.generation.rubric import pointing_problem, thing_outside

from .lessons import lesson_input


def _main_item(body: str, title: str) -> QuestionDraft:
    """The lesson's main-point item, which must pass the rubric."""
    result = generate(lesson_input(body, title=title), bank=DistractorBank(entries=()))
    item = next(i for i in result.items if i.kind == "main_point")
    assert item.publishable, item.rubric_failures
    return item


def _key_of_what_to_do(body: str, title: str) -> str:
    """The key of the lesson's main-point item, which asks what a peer specialist should do."""
    item = _main_item(body, title)
    assert item.stem == "Which of the following should a peer specialist do?"
    return next(c.text for c in item.choices if c.is_correct)


def _mined(body: str, **fields: str) -> list[str]:
    return [m.text for m in mine(read_lesson(lesson_input(body, **fields)))]


def test_a_denied_category_s_your_is_anyone_s() -> None:
    """English: "your" with no "you" before it in the denied phrase is the generic reader's; said
    as "their" it would point outside the option, and the option was lost."""
    body = (
        "## What it isn't\n\n"
        "It isn't a home remedy kit. It isn't permission to change your dose without telling "
        "anyone. And it isn't a diet plan.\n"
    )
    found = _mined(body, title="Daily Anchors")
    assert "permission to change one's dose without telling anyone" in found


def test_a_denied_category_s_you_is_people_and_your_theirs() -> None:
    """English agreement: "a club where you pay dues to your sponsor" keeps "people ... their"."""
    body = "## What it isn't\n\nIt isn't a club where you pay dues to your sponsor.\n"
    assert "a club where people pay dues to their sponsor" in _mined(body, title="Mutual Aid")


def test_rather_than_after_a_phrase_of_manner_sets_aside_the_act() -> None:
    """English: in "Write the goal in the person's words rather than clinical jargon" the
    preposition "in" governs both sides; "Clinical jargon" alone would be offered as what a plan
    is, so the act done so is mined instead."""
    body = (
        "A recovery plan is a written, personal document.\n\n"
        "## Writing it\n\n"
        "1. Write the goal in the person's words rather than clinical jargon.\n"
        "2. Review it every month.\n"
    )
    found = _mined(body, title="Recovery Plans")
    assert "Writing the goal in clinical jargon" in found
    assert not any(text.lower() == "clinical jargon" for text in found)


def test_rather_than_after_a_verb_s_own_preposition_keeps_the_thing() -> None:
    """A guard: "focus on strengths rather than deficits" sets "deficits" against the verb's own
    complement, not a phrase of manner after an object, and stays mined as before."""
    body = "Good notes focus on strengths rather than a list of deficits.\n"
    assert _mined(body, title="Strengths-Based Notes") == ["a list of deficits"]


_BRACELET = (
    "Marisol has met with her peer specialist, Dana, for a year. At their last meeting she hands "
    "Dana a small box. Inside is a silver bracelet.\n\n"
    "Dana thanks her, slips the bracelet into her coat and tells no one. Later Marisol asks "
    "whether Dana still wears the bracelet.\n\n"
    "## Looking back\n\n"
    "Gifts put a helper in a hard spot. The agency has a policy on them, and agencies differ.\n"
)


def test_an_option_naming_a_thing_only_the_story_brought_in_fails_r9() -> None:
    """English definiteness: "the bracelet" presupposes a bracelet known to the reader; only the
    story, outside the item, brought it in ("a silver bracelet"), so the option does not stand
    alone under a stem that does not name it."""
    sentences = read_lesson(lesson_input(_BRACELET, title="The Gift")).sentences
    stem = "What should a peer specialist do when a peer offers an expensive gift?"
    assert thing_outside(stem, ["Slipping the bracelet into their coat"], sentences)
    assert thing_outside(stem, ["Opening the box"], sentences)
    # (a stem naming it makes it part of the item)
    assert not thing_outside(
        "A peer offers a bracelet. What should the peer specialist do?",
        ["Slipping the bracelet into their coat"],
        sentences,
    )


def test_a_thing_also_named_at_large_stands_alone() -> None:
    """A guard: "the agency" is brought in by the story as well, but the article speaks of
    agencies at large too ("agencies differ"), so "the agency" is anyone's."""
    sentences = read_lesson(lesson_input(_BRACELET, title="The Gift")).sentences
    stem = "What should a peer specialist do when a peer offers an expensive gift?"
    assert not thing_outside(stem, ["Checking the agency's policy on gifts"], sentences)


_STRETCHING = (
    "Health agencies say most adults should aim for at least 90 minutes a week of gentle "
    "stretching. Here is how a peer can bring that up without lecturing.\n\n"
    "## Starting small\n\n"
    "Ask what the person already enjoys. A few minutes after waking up counts.\n\n"
    "## Quiz traps\n\n"
    "If a test asks how much stretching adults should do each week, you'll see distractors like "
    "10 minutes a week, 45 minutes in a single session, or a number only dancers could reach. "
    "Don't overthink it: the baseline for most adults is at least 90 minutes a week.\n\n"
    "And if you remember one thing from this post, let it be that: 90 minutes a week, in "
    "whatever pieces fit a real life.\n"
)


def test_a_cue_naming_the_whole_text_holds_under_a_heading_of_contrast() -> None:
    """English: "this post" refers to the text itself, so the cue scopes over all of it, though
    its paragraph closes a section of traps; "that" before the colon points ahead to the point."""
    point = main_point(read_lesson(lesson_input(_STRETCHING, title="Ninety Minutes")))
    assert point.text.startswith("90 minutes a week")


def test_an_exam_s_question_of_measure_is_asked_and_keyed() -> None:
    """English: in "how much stretching adults should do" the "how much" phrase is the object and
    "adults" the subject, so the direct question puts the auxiliary between them; the question is
    the main-point stem when the next sentence answers it with the point's head."""
    told = "If a test asks how much stretching adults should do each week, you see this."
    assert _embedded_question(told) == "How much stretching should adults do each week?"
    item = _main_item(_STRETCHING, "Ninety Minutes")
    assert item.stem == "How much stretching should adults do each week?"
    assert next(c.text for c in item.choices if c.is_correct) == "90 minutes a week"
    assert "10 minutes a week" in [c.text for c in item.choices]


_OLD_NEIGHBOR = (
    "Rosa has worked as a peer specialist for three years. On Monday she sees a new name on her "
    "list: Tim, who lived next door to her when they were both drinking.\n\n"
    "Rosa's first thought is that Tim might trust her faster. Her second is that she should not "
    "decide alone. She tells her supervisor before the first meeting.\n\n"
    "Across town, Jo finds her cousin on her list and says nothing. The sessions slide into family "
    "news, and the cousin starts calling Jo at home.\n\n"
    "## Where the paths split\n\n"
    "Rosa handled this by bringing the old friendship to her supervisor before the first meeting, "
    "so the decision about whether to go on could be made openly. Keeping the history hidden, "
    "asking the person to keep quiet about the past, or letting the friendship pick up again "
    "outside work leave the peer specialist alone with a dual relationship.\n"
)


def test_a_case_s_act_named_by_its_means_is_the_point_s_act() -> None:
    """English: "Rosa handled this by bringing ..." says how she handled it; the act is the point,
    done by anyone in the role, and asked as what a peer specialist should do."""
    told = "Rosa handled this by bringing the old friendship to her supervisor early."
    assert compress(told) == "Bringing the old friendship to their supervisor early"
    # (a clause of time told in the story's past is set in the present with the act)
    told = "Rosa handled this by telling her supervisor before services began."
    assert compress(told) == "Telling their supervisor before services begin"
    told = "Rosa handled it by calling the family after the meeting ended."
    assert compress(told) == "Calling the family after the meeting ends"
    act = "Bringing the old friendship to a supervisor before the first meeting"
    assert act in shorter(f"{act}, so the decision about whether to go on could be made openly")
    assert _key_of_what_to_do(_OLD_NEIGHBOR, "A Familiar Name") == (
        "Bringing the old friendship to their supervisor before the first meeting"
    )


def test_a_gerund_point_outside_a_case_or_with_a_verb_is_no_act() -> None:
    """A guard: "Warning signs are current changes ..." opens with an -ing word but states what
    warning signs are (its verb "are"); "Engaging" names a process; and outside a story nothing
    makes a verbless gerund phrase an act a helper did."""
    case = read_lesson(lesson_input(_OLD_NEIGHBOR, title="A Familiar Name"))
    notes = read_lesson(lesson_input("Notes are records of contacts.\n", title="Notes"))
    act = "Bringing the old friendship to their supervisor before the first meeting"
    assert _case_act(case, act)
    assert not _case_act(notes, act)
    assert not _case_act(case, "Warning signs are current changes in talk and mood")
    assert not _case_act(case, "Engaging")
    assert _case_act(case, "Helping people build the skills to speak up for themselves")


def test_a_norm_of_the_role_is_asked_as_what_to_do_and_keyed_by_its_act() -> None:
    """English: the verb phrase a modal of obligation requires of the role names the act; asked
    what a peer specialist should do, the key is that act, in the form of the acts ruled out."""
    body = (
        "Nina introduces her peer specialist, Sam, to her brother as her therapist. Sam smiles "
        "and lets it pass.\n\n"
        "## What to take from it\n\n"
        "The lesson is this: a peer specialist should always state their role and training "
        "accurately, and correct a mistaken title kindly.\n\n"
        "## Mistakes to avoid\n\n"
        "- Letting the mistake pass\n"
        "- Accepting the wrong title to keep things smooth\n"
        "- Staying silent and only noting the error later\n"
    )
    assert _key_of_what_to_do(body, "Saying Who You Are") == (
        "Stating their role and training accurately"
    )


def test_an_act_a_colon_specifies_in_a_case_is_the_key() -> None:
    """English: after a whole clause, a colon specifies what the clause names ("self-advocacy":
    "helping people build the skills ..."); in a case, that act is the point's act."""
    body = (
        "Omar asks his peer specialist, Lee, to phone his landlord about a broken heater. Lee "
        "dials the number on the spot and tells the landlord to fix it this week. Across town, "
        "Ana hears the same request from Jo and helps her plan what to say.\n\n"
        "## What the two stories show\n\n"
        "Peer support leans toward self-advocacy: helping people build the skills and "
        "confidence to speak up for themselves, and standing beside them while they do it. "
        "Calling the landlord yourself, telling the person to move out, or handing the problem "
        "to a case manager all take the voice away from the person.\n\n"
        "## Mistakes to avoid\n\n"
        "- Calling the landlord yourself and demanding the repair this week\n"
        "- Telling the person to look for an apartment with a better landlord\n"
        "- Handing the problem to a case manager so a professional handles it\n"
    )
    assert _key_of_what_to_do(body, "Two Phone Calls") == (
        "Helping people build the skills and confidence to speak up for themselves"
    )


def test_what_a_speaker_means_by_the_term_defines_it() -> None:
    """English: "When A talks about X, A means Y" and "By X, A means Y" give A's meaning of the
    term X, a definition; only of the lesson's own term."""
    body = (
        'When Ruth Lee talks about "daily anchors," she means the small things people do each day '
        "that keep them steady, such as a walk or a call to a friend. She began using the phrase "
        "in her groups.\n\n"
        'By "routine," she means something else: a schedule someone else sets.\n'
    )
    found = candidates(read_lesson(lesson_input(body, title="Daily Anchors")))
    defined = [c.text for c in found if c.cue == "definition"]
    assert any(
        t.startswith("Daily anchors are the small things people do each day") for t in defined
    )
    assert not any(t.lower().startswith("routine is") for t in defined)


def test_a_main_point_item_leaves_a_thing_of_the_story_out_of_its_options() -> None:
    """R9 at the choosing: "Slip the bracelet into their coat" points to the story; the item takes
    another act the article rules out in its place and passes."""
    body = (
        "Marisol hands her peer specialist, Dana, a small box at their last meeting. Inside is a "
        "silver bracelet.\n\n"
        "Dana thanks her, slips the bracelet into her coat and keeps the gift from her "
        "supervisor.\n\n"
        "## Looking back\n\n"
        "Dana meant well, but the secret now sits between them. When a peer offers an expensive "
        "gift, the best response is to thank them warmly and decline it in line with agency "
        "policy.\n\n"
        "## Mistakes to avoid\n\n"
        "- Lending money to the people they support\n"
        "- Telling the other participants about the present\n"
    )
    item = _main_item(body, "The Gift")
    assert not any("bracelet" in c.text for c in item.choices)


def test_a_key_is_not_cut_between_a_gerund_and_its_object() -> None:
    """English: in "by weighing, in their own words, the pros and cons" the object of "weighing"
    follows the aside; a cut at the aside's comma leaves the verb without it."""
    answer = (
        "Helping a person explore their ambivalence by weighing, in their own words, the pros "
        "and cons of both changing and staying the same"
    )
    assert "Helping a person explore their ambivalence by weighing" not in key_wordings(answer)


def test_a_focusing_adverb_is_no_verb_of_the_series() -> None:
    """English: "even" before an adjective is the adverb; an object would make it the verb."""
    assert (
        to_gerund("offer real choices, even small ones") == "offering real choices, even small ones"
    )
    assert to_gerund("listen, reflect and ask") == "listening, reflecting and asking"


def test_a_list_of_ways_opening_on_verbs_is_a_list_of_acts() -> None:
    """English: list items are parallel; under "A few ways:" an item opening on "Offer" or
    "Point" (nouns too) is an instruction like "Resist ..." beside it."""
    body = (
        "Learned helplessness can be unlearned. A few ways:\n\n"
        "- Offer real choices, even small ones.\n"
        "- Break goals into steps that are likely to succeed.\n"
        "- Point out the person's own role when something goes right.\n"
        "- Resist doing things for people that they can do themselves.\n"
    )
    acts = [act for _, act in _endorsed_actions(read_lesson(lesson_input(body, title="Notes")))]
    assert "Offering real choices, even small ones" in acts
    assert "Pointing out the person's own role when something goes right" in acts


def test_an_it_closing_an_option_after_a_preposition_points_outside() -> None:
    """English anaphora: "around it" with nothing named before it stands for a thing outside the
    option; "the error" named before it is what it stands for."""
    assert not self_contained("Trying to write around it")
    assert pointing_problem(["Trying to write around it", "Drawing one line"], "Which?")
    assert not pointing_problem(["Drawing a line through the error and initialing it"], "Which?")


def test_a_gerund_after_a_passive_clause_is_no_act_of_the_role() -> None:
    """English control: in "power is shared instead of sitting on one side of the table" the
    gerund's understood subject is "power"; in "peers ask instead of telling" it is the peers."""
    passive = (
        "In a mutual relationship, power is shared instead of sitting on one side of the table.\n"
    )
    found = mine(read_lesson(lesson_input(passive, title="Mutuality")))
    assert [m.thing_done for m in found if "sitting" in m.text.lower()] == [True]
    active = "In a mutual relationship, peers ask questions instead of telling people what to do.\n"
    found = mine(read_lesson(lesson_input(active, title="Mutuality")))
    assert [m.thing_done for m in found if "telling" in m.text.lower()] == [False]
