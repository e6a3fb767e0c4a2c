from __future__ import annotations

import dataclasses
import json
import re

import pytest

from quizzes.generation import ChoiceDraft, LessonInput, QuestionDraft, read_lesson
from quizzes.generation.answers import claim
from quizzes.generation.rubric import (
    _affirmed_part,
    action_problem,
    asserted_true,
    check,
    clue_problem,
    difference_problem,
    form_problem,
    option_rules,
    options_problem,
    pointing_problem,
    restated_option,
    stem_problem,
    wording_problem,
)

from .corpus import CORPUS
from .lessons import lesson_input

UNSEEN = CORPUS.parent / "unseen"


def test_the_option_rules_pass_at_least_20_of_the_22_real_exam_items() -> None:
    items = json.loads((CORPUS / "answers.json").read_text(encoding="utf-8"))
    passing = [
        item["file"]
        for item in items
        if not option_rules(item["question"], item["correct_answer"], item["wrong_options"])
    ]
    assert len(items) == 22
    assert len(passing) >= 20


def test_the_option_rules_pass_most_real_items_of_the_development_sets() -> None:
    """The real items of the unseen sets read while the rules were calibrated (set-a to set-c):
    most pass. What still fails is what item writers advise against (a key far longer than every
    other option, an option in the second person under a third-person stem)."""
    items = [
        item
        for name in ("set-a", "set-b", "set-c")
        for item in json.loads((UNSEEN / name / "answers.json").read_text(encoding="utf-8"))
    ]
    passing = [
        item["file"]
        for item in items
        if not option_rules(item["question"], item["correct_answer"], item["wrong_options"])
    ]
    assert len(items) == 36
    assert len(passing) >= 23


BODY = """## What helps

Peer specialists often listen before they suggest anything. They offer choices to the person.
Listening builds trust.

## What to avoid

Peer specialists avoid lecturing people about their choices. Taking over decisions does harm.
"""

READ = read_lesson(
    LessonInput(
        slug="demo", title="Demo", summary="", topic="", main_point="", key_question="", body=BODY
    )
)


def choice(text: str, source: str, correct: bool = False) -> ChoiceDraft:
    return ChoiceDraft(
        text=text,
        is_correct=correct,
        source=source,
        klass=None if correct else "avoid",
        rationale="",
    )


def draft(stem: str, *choices: ChoiceDraft, negative: bool = False) -> QuestionDraft:
    return QuestionDraft(
        kind="list_member",
        stem=stem,
        choices=choices,
        explanation="",
        anchor="section-what-helps",
        source_sentence_id=choices[0].source,
        fingerprint="",
        rubric_failures=(),
        negative=negative,
    )


def test_polarity_under_a_negative_stem_every_wrong_option_is_endorsed() -> None:
    good = draft(
        "Which of the following should a peer specialist avoid?",
        choice("Lecturing people about their choices", "section-what-to-avoid:0", correct=True),
        choice("Offering choices to the person", "section-what-helps:1"),
        choice("Listening before suggesting anything", "section-what-helps:0"),
        choice("Building trust by listening", "section-what-helps:2"),
        negative=True,
    )
    assert "R3" not in check(good, READ.sentences, "")
    bad = draft(
        "Which of the following should a peer specialist avoid?",
        choice("Lecturing people about their choices", "section-what-to-avoid:0", correct=True),
        choice("Taking over decisions for the person", "section-what-to-avoid:1"),
        choice("Offering choices to the person", "section-what-helps:1"),
        choice("Building trust by listening", "section-what-helps:2"),
        negative=True,
    )
    assert "R3" in check(bad, READ.sentences, "")


def test_polarity_under_a_positive_stem_no_wrong_option_is_endorsed() -> None:
    bad = draft(
        "Which of the following helps build trust?",
        choice("Listening builds trust", "section-what-helps:2", correct=True),
        choice("Offering choices to the person", "section-what-helps:1"),
        choice("Lecturing people about choices", "section-what-to-avoid:0"),
        choice("Taking over decisions", "section-what-to-avoid:1"),
    )
    assert "R3" in check(bad, READ.sentences, "")


def test_a_dropped_hedge_fails_r10() -> None:
    dropped = draft(
        "Which of the following do peer specialists do?",
        choice("Listen before they suggest anything", "section-what-helps:0", correct=True),
        choice("Lecture people about choices", "section-what-to-avoid:0"),
        choice("Take over decisions", "section-what-to-avoid:1"),
        choice("Diagnose conditions", "bank:diagnose"),
    )
    assert "R10" in check(dropped, READ.sentences, "")
    kept = draft(
        dropped.stem,
        choice("Often listen before they suggest anything", "section-what-helps:0", correct=True),
        *dropped.choices[1:],
    )
    assert "R10" not in check(kept, READ.sentences, "")


@pytest.mark.parametrize(
    ("key", "dropped"),
    [
        ("Gathering the main things the person has said", False),  # a modifier of its own
        ("Gathering things the person has said", True),
        ("Gathering the things the person has said", True),  # an article alone drops it
    ],
)
def test_a_hedge_reworded_by_a_modifier_of_the_options_own_is_not_dropped(
    key: str, dropped: bool
) -> None:
    body = "A summary gathers several things the person has said and offers them back.\n"
    read = read_lesson(lesson_input(body, title="Summaries"))
    item = draft(
        "What does a summary do?",
        choice(key, read.sentences[0].id, correct=True),
        choice("Slipping in advice", "bank:advice"),
        choice("Writing the chart note", "bank:chart"),
        choice("Ending the session", "bank:end"),
    )
    assert ("R10" in check(item, read.sentences, "")) is dropped


def test_a_hedge_in_another_clause_of_the_source_is_not_dropped() -> None:
    """ "Telling a family which relatives should be involved imposes ...; some relatives may be a
    source of stress": "some" qualifies the second clause, not the option taken from the first."""
    read = read_lesson(
        LessonInput(
            slug="hedge",
            title="Hedge",
            summary="",
            topic="",
            main_point="",
            key_question="",
            body=(
                "Telling a family which relatives should be involved imposes the worker's "
                "assumptions; some relatives may be a source of stress rather than help.\n"
            ),
        )
    )
    sentence = read.sentences[0].id
    item = draft(
        "How would a peer specialist begin?",
        choice("Asking who they turn to for help", "main_point", correct=True),
        choice("Telling a family which relatives should be involved", sentence),
        choice("Handing over a list of providers", "bank:list"),
        choice("Referring the family to a case manager", "bank:refer"),
    )
    assert "R10" not in check(item, read.sentences, "")
    # The same source, an option taken from the hedged clause without its "may".
    hedged = draft(
        item.stem,
        item.choices[0],
        choice("Relatives be a source of stress", sentence),
        *item.choices[2:],
    )
    assert "R10" in check(hedged, read.sentences, "")


def test_options_pointing_outside_themselves_fail_r9() -> None:
    failures = option_rules(
        "Which of the following matters most?",
        "Having that training",
        ["Listening to the person", "Offering choices", "Building trust"],
    )
    assert "R9" in failures


def test_a_possessive_with_no_one_in_the_stem_to_stand_for_fails_r9() -> None:
    """ "Their own history" under "Which best describes burnout?" has no antecedent; under a stem
    naming people ("What do peers bring?") it has one."""
    options = (
        choice("Exhaustion from the work itself", "section-what-helps:0", correct=True),
        choice("A rough week", "section-what-helps:1"),
        choice("Being tired", "section-what-helps:2"),
        choice("Their own history", "section-what-to-avoid:0"),
    )
    assert "R9" in check(draft("Which of the following best describes burnout?", *options), [], "")
    named = draft("Which of the following do peers bring to burnout work?", *options)
    assert "R9" not in check(named, [], "")


def test_more_than_one_bank_option_fails_r11() -> None:
    item = draft(
        "Which of the following helps build trust?",
        choice("Listening to the person", "section-what-helps:2", correct=True),
        choice("Diagnosing conditions", "bank:diagnose"),
        choice("Prescribing medication", "bank:prescribe-medication"),
        choice("Taking over decisions", "section-what-to-avoid:1"),
    )
    assert "R11" in check(item, READ.sentences, "")


def test_a_bank_option_stating_nothing_among_statements_fails_r11() -> None:
    """The bank is a last resort, and only in the lesson's own form: "A detailed account of the
    person's trauma" among three statements answers another question."""
    statements = (
        choice("Night shifts are common among nurses", "section-what-helps:2", correct=True),
        choice("Night work rarely affects sleep", "section-what-to-avoid:0"),
        choice("A late shift means a person cannot rest", "section-what-to-avoid:1"),
    )
    item = draft(
        "What did the survey of nurses find?",
        *statements,
        choice("A detailed account of the person's trauma", "bank:trauma-details"),
    )
    assert "R11" in check(item, READ.sentences, "")
    stated = draft(
        "What did the survey of nurses find?",
        *statements,
        choice("Sleep problems are rare among shift workers", "bank:sleep"),
    )
    assert "R11" not in check(stated, READ.sentences, "")


@pytest.mark.parametrize(
    "stem",
    [
        "According to the lesson, what helps?",
        "Listening builds trust.",
        "It matters because?",
    ],
)
def test_r7_stem_stands_alone(stem: str) -> None:
    assert stem_problem(stem, "main_point")


@pytest.mark.parametrize(
    "stem",
    [
        "Peer Recovery Specialist Ethics are:",
        "In optimal recovery planning...",
        "A consumer says they want friends. What would the peer specialist do?",
        "Which technique is essential for motivational interviewing?",
        # an abbreviation's full stop ends no sentence
        "What did the U.S. Supreme Court's ruling in Olmstead v. L.C. establish?",
    ],
)
def test_r7_accepts_questions_and_incomplete_statements(stem: str) -> None:
    assert stem_problem(stem, "main_point") == ""


def test_r6_flags_an_absolute_that_singles_out_one_option() -> None:
    assert "R6" in option_rules(
        "When should a peer specialist ask for supervision?",
        "Only during a crisis",
        ["When guidance is needed", "At the start of each week", "After a hard session"],
    )
    assert "R6" not in option_rules(
        "When should a peer specialist ask for supervision?",
        "Whenever guidance about the role is needed",
        ["Only during a crisis", "Only when overwhelmed", "Only at reviews"],
    )


def test_a_fronted_condition_before_a_contracted_verb_is_a_statement() -> None:
    assert not form_problem(
        "Growth comes with setbacks along the way",
        [
            "If a person slips, they're back at the start",
            "Progress goes in set steps, in order",
            "Progress means feeling better every week",
        ],
    )


def test_verb_first_options_are_one_shape_whatever_follows_the_verb() -> None:
    assert not form_problem(
        "Ask the person what they want to be different",
        ["Create vague targets", "Limit what clients may pursue", "Allow unlimited flexibility"],
    )


def test_a_sentence_in_a_run_of_contrast_endorses_nothing() -> None:
    body = (
        "## What makes the difference\n\n"
        "A plan built from a diagnosis describes a condition. Those shortcuts are the usual wrong "
        "answers on exams.\n\n"
        "## Why it works\n\n"
        "A plan written in the person's words gives them ownership.\n"
    )
    read = read_lesson(lesson_input(body, title="Planning"))
    assert not asserted_true("A plan built from a diagnosis", read.sentences)
    assert asserted_true("A plan written in the person's words", read.sentences)


def test_what_comes_before_a_closing_contrast_is_asserted() -> None:
    read = read_lesson(
        lesson_input(
            "A setback is a pause in old routines, not the end of the progress made.\n\n"
            "A setback never erases the skills a person built.\n",
            title="Setbacks",
        )
    )
    assert asserted_true("A setback is a pause in old routines", read.sentences)
    assert not asserted_true("A setback is the end of the progress made", read.sentences)
    # a denial before the contrast is no assertion
    assert not asserted_true("A setback erases the skills a person built", read.sentences)


def test_neither_and_nor_deny_what_they_join() -> None:
    read = read_lesson(
        lesson_input(
            "A peer specialist neither keeps the secret nor acts alone.\n\n"
            "Neither role diagnoses a condition or prescribes medication.\n",
            title="Limits",
        )
    )
    assert not asserted_true("Keeping the secret", read.sentences)
    assert not asserted_true("Diagnosing a condition", read.sentences)


def test_a_list_item_of_one_sentence_is_its_own_label_unless_its_lead_rules_it_out() -> None:
    body = (
        "## What it involves\n\n"
        "Good listening is a set of behaviors:\n\n"
        "- Asking questions that open a topic up instead of shutting it down.\n"
        "- Giving full attention: phone away.\n"
        "- Reflecting back what you heard.\n\n"
        "Mistakes to watch for:\n\n"
        "- Finishing the person's sentences for them.\n"
    )
    read = read_lesson(lesson_input(body, title="Listening"))

    def source(opening: str) -> str:
        return next(x.id for x in read.sentences if x.plain.startswith(opening))

    endorsed = draft(
        "Which of the following is NOT part of good listening?",
        choice("Interrupting to give advice", "bank:advice", correct=True),
        choice("Asking questions that open a topic up instead of shutting it down", source("Ask")),
        choice("Giving full attention", source("Giving")),
        choice("Reflecting back what you heard", source("Reflecting")),
    )
    assert "R3" not in check(endorsed, read.sentences, "")
    # listed under a lead of contrast, an item is not endorsed
    ruled_out = draft(
        endorsed.stem,
        *endorsed.choices[:3],
        choice("Finishing the person's sentences for them", source("Finishing")),
    )
    assert "R3" in check(ruled_out, read.sentences, "")


def test_a_wrong_option_restating_a_known_truth_fails_r3_but_one_shared_word_does_not() -> None:
    item = draft(
        "Which of the following helps build trust?",
        choice("Listening builds trust", "section-what-helps:2", correct=True),
        choice("Lecturing people about choices", "section-what-to-avoid:0"),
        choice("Taking over decisions", "section-what-to-avoid:1"),
        choice("Making decisions for the individual", "section-what-to-avoid:1"),
    )
    one_word = ["Fostering independence and encouraging decisions led by the person"]
    restated = ["Taking over decisions for people protects them"]
    assert "R3" not in check(item, READ.sentences, "", known_true=one_word)
    assert "R3" in check(item, READ.sentences, "", known_true=restated)


def test_every_rule_the_rubric_can_name_has_words_for_staff() -> None:
    import inspect

    from quizzes.generation import rubric

    named = set(re.findall(r'"(R\d+)"', inspect.getsource(rubric).split("RULES = {")[0]))
    named |= set(re.findall(r'append\("(R\d+)"\)', inspect.getsource(rubric)))
    assert named <= set(rubric.RULES)
    assert all(rubric.RULES.values())


def test_instructions_opening_with_a_verb_and_its_preposition_are_one_form() -> None:
    """ "Start with ...", "Check that ..." are instructions like "Ask the person ..." (R5); a list of
    nouns opening with a word that can be a verb ("Mind, body, ...") is not."""
    assert not form_problem(
        "Ask the person what they want",
        ["Start with what matters most", "Check that the step fits", "Remove the yes-or-no frame"],
    )
    assert form_problem(
        "Ask the person what they want",
        ["Mind, body, spirit, and soul", "Check that the step fits", "Remove the frame"],
    )


def test_one_statement_among_things_named_is_not_one_form() -> None:
    """ "A warmline is only for people in services" states; "A crisis hotline" names a thing
    (R5). A noun phrase with a relative clause ("A personal plan the person writes ...") names a
    thing too."""
    assert form_problem(
        "A phone line for non-crisis support",
        ["A crisis hotline", "A therapy service", "A warmline is only for people in services"],
    )
    assert not form_problem(
        "A personal plan the person writes ahead of time",
        [
            "A treatment plan written by a clinical team",
            "A discharge form required by a hospital",
            "A replacement for professional treatment",
        ],
    )


def test_a_clause_whose_subject_is_an_irregular_plural_is_no_gerund_phrase() -> None:
    """ "People wake up angry" is a clause ("people" is a plural without "-s"), not one form with
    "Calling for help" (R5)."""
    assert form_problem(
        "Calling for help and giving naloxone",
        ["People wake up angry", "Waiting to see what happens", "Leaving the person alone"],
    )


def test_what_one_person_in_a_story_did_is_not_something_the_lesson_endorses() -> None:
    """The story's wrong turn ("Uneasy, she changes the subject") is told as narrative; a wrong
    option naming it ("Change the subject") is not endorsed by the lesson."""
    body = (
        "In another program, a peer worker hears a similar statement from a man named Joel. "
        "Uneasy, she changes the subject to his housing application.\n\n"
        "## Why it works\n\n"
        "Asking directly shows the person that the topic can be spoken about.\n"
    )
    read = read_lesson(lesson_input(body, title="Crisis"))
    assert not asserted_true("Change the subject to housing", read.sentences)
    assert asserted_true("Asking directly shows the topic can be spoken about", read.sentences)


def test_a_verb_that_is_also_a_noun_reads_as_a_verb_among_instructions() -> None:
    others = [
        "Call the landlord without the person",
        "Tell the person to accept it",
        "Decide for them",
    ]
    assert form_problem("Support self-advocacy", others) == ""
    # Among noun phrases it reads as a noun ("support" is both).
    nouns = ["A rescue from struggles", "A lecture on rights", "A referral to a lawyer"]
    assert form_problem("Support self-advocacy", nouns) == ""


def test_a_verb_with_its_particle_or_a_participle_before_its_object_is_an_instruction() -> None:
    assert not form_problem(
        "Report suspected child abuse under mandated reporting rules",
        [
            "Keep the information private out of respect for the relationship",
            "Hold off until the mother agrees to a report",
            "Confront the partner yourself",
        ],
    )


def test_asked_what_to_do_every_option_is_something_a_person_does_or_says() -> None:
    stem = "A peer is pacing and shouting. What should the peer specialist do first?"
    acts = [
        "Matching the person's volume",
        "Moving close",
        "Support self-advocacy",
        "Stay calm and speak slowly",
    ]
    assert not action_problem(stem, acts)
    assert action_problem(stem, [*acts[:3], "De-escalation starts with the specialist's calm"])
    assert not action_problem(stem, ['"Calm down."', *acts[1:]])
    # A step can be named by a noun ("An immediate referral to a case manager").
    assert not action_problem("What is the first step in finding supports?", ["A list", "B"])


def test_asked_which_practice_a_statement_is_no_option() -> None:
    stem = "Which practice best protects privacy on video calls?"
    acts = ["Taking calls from a private room", "Recording every call", "Using a personal phone"]
    assert not action_problem(stem, acts)
    assert action_problem(stem, [*acts[1:], "Privacy matters on video calls"])
    # "Which response ...?" may be answered with what is said
    assert not action_problem("Which response fits best?", [*acts[1:], "Privacy matters here"])


def test_one_word_of_the_stem_in_the_key_is_no_clue_two_are() -> None:
    wrong = ["Requiring abstinence first", "Endorsing continued use", "Cutting services"]
    stem = "Which statement best describes a harm reduction approach?"
    assert not clue_problem(stem, "Reducing the harms of substance use", wrong)
    assert clue_problem(stem, "Reducing the harms of the approach", wrong)
    assert clue_problem(stem, "Harm reduction", wrong)  # nothing of its own besides the echo


@pytest.mark.parametrize(
    ("options", "flagged"),
    [
        # an absolute or a "not" in wrong options is how real items are written
        (["Listening first", "Only fixing problems", "Never asking", "Talking over them"], False),
        (["Change they are not yet considering", "Weighing pros", "Planning", "Acting"], True),
        (["Change they are not yet considering", "Not planning", "Planning", "Acting"], False),
        (["Always listening first", "Fixing problems", "Asking", "Talking over them"], True),
        # an absolute a wrong option carries as well singles nothing out
        (["Always listening first", "Never asking", "Fixing problems", "Talking over"], False),
        # "not" before the infinitive a noun takes negates the infinitive only
        (["Asking for a promise not to drink", "Listening", "Asking", "Planning"], False),
        (["Not asking for a promise to stop", "Listening", "Asking", "Planning"], True),
    ],
)
def test_absolutes_and_negatives_give_an_item_away_only_in_the_key(
    options: list[str], flagged: bool
) -> None:
    assert bool(wording_problem(options, options[0])) is flagged


@pytest.mark.parametrize(
    ("correct", "others"),
    [
        # quoted speech answers alike, a statement or a question
        ('"It sounds like you are worn out."', ['"Why do you feel that way?"', '"Cheer up."']),
        # a clause with its adverbial first is a clause
        (
            "Recovery has ups and downs",
            ["After a setback, recovery starts over", "Recovery is fast"],
        ),
        # under "When ...?" a time is a time
        ("When it serves the person", ["At the first meeting", "Whenever they are asked"]),
        # an adverb of time before its time is a time; a participle after a fronted time opens
        # no clause ("Before the visit, based on ...")
        (
            "Promptly after each visit and within the agency's deadline",
            [
                "At the end of the month, when the notes can be batched",
                "Before the visit, based on what is planned",
                "Only when an auditor asks for it",
            ],
        ),
        # a series inside the "when" clause does not end it ("brief, kind and serves")
        ("When it is brief, kind and serves them", ["At the first meeting", "Whenever asked"]),
        # instructions, whatever the word after the verb
        ("Stay calm and give space", ["Say nothing, out of loyalty", "Tell him to leave now"]),
        # beside options of a word or two, a longer key is no length clue
        ("A person living with schizophrenia", ["A schizophrenic", "An addict"]),
    ],
)
def test_forms_real_items_use_are_one_form(correct: str, others: list[str]) -> None:
    assert not form_problem(correct, others)


def test_asked_the_best_way_to_act_a_passive_gerund_is_no_action() -> None:
    """ "Being left with questions" says what happens to someone, not what they do; "the best way
    to handle" asks for a way of acting, while "the best way to describe" asks for a description."""
    acts = ["Planning the ending together", "Offering friendship afterward", "Sending a text"]
    stem = "What is the best way for the peer specialist to handle the ending?"
    assert not action_problem(stem, [*acts, "Stopping the visits without a word"])
    assert action_problem(stem, [*acts, "Being left with questions about the ending"])
    assert action_problem("What is the best way to end services?", [*acts, "Getting told late"])
    assert not action_problem(
        "What is the best way to describe recovery?", ["A process of change", *acts]
    )


def test_one_act_among_things_is_not_one_form() -> None:
    """An act answers what one does, a thing what it is: one act among things fails R5; one
    thing among acts is what real items do (an accommodation among acts of an employer)."""
    assert form_problem(
        "A guide to attentive body language",
        [
            "Turning toward a computer screen",
            "A screening tool for risk",
            "A way of ordering a talk",
        ],
    )
    # A plural noun needs no article to be a thing ("Personal opinions", "Private details ...").
    assert form_problem(
        "A short, factual record of a visit",
        ["Personal opinions", "Private details about neighbors", "Writing during the talk"],
    )
    assert not form_problem(
        "A short, factual record of a visit",
        ["Personal opinions", "Private details about neighbors", "A diary of the day"],
    )
    assert not form_problem(
        "A flexible schedule for appointments",
        [
            "Removing the core duties of the job",
            "Lowering a standard for everyone",
            "Excusing past rule breaking",
        ],
    )


def test_one_statement_among_acts_is_not_one_form() -> None:
    """A statement says what is so, an act what one does: "Cues are inner changes" among three
    gerund phrases answers another question (R5); a thing among acts is still allowed (above), and
    so is a noun phrase holding a clause of its own ("A change in how work is done")."""
    acts = ["Sorting cues by colour", "Keeping a single list", "Ranking cues by who sees them"]
    assert form_problem("Cues are inner changes", acts) == "a statement among acts"
    assert form_problem("Sleep loss signals a change", acts) == "a statement among acts"
    assert not form_problem("A change in how work is done", acts)
    assert not form_problem("Naming cues in the person's words", acts)


def test_one_list_among_single_answers_is_not_one_form() -> None:
    assert form_problem(
        "Forming, storming, norming and performing",
        ["Shutting down every disagreement", "Ending the group early", "Taking sides in a dispute"],
    )
    assert not form_problem(
        "Forming, storming, norming and performing",
        [
            "Forming, norming, storming and performing",
            "Storming, forming, performing and norming",
            "Norming, forming, storming and performing",
        ],
    )


def test_people_open_a_noun_phrase_not_an_instruction() -> None:
    """ "People the person can ask for help" names people ("to people" is a verb, never here)."""
    names = ["Warning signs", "Internal coping strategies", "Professionals and agencies"]
    assert not form_problem("People the person can ask for help", names)


def test_a_sibling_name_unlike_the_others_is_no_clue_when_it_is_a_wrong_option() -> None:
    """A list's names keep their own forms ("When Things Go Wrong" among plans): one unlike the
    rest points away from itself, so a sibling item keyed to a name of the common form passes R5;
    keyed to the odd name, it singles out its key and fails."""
    names = ["Crisis Plan", "Daily Plan", "Toolbox", "When Things Go Wrong"]
    read = read_lesson(
        lesson_input("## Parts of the plan\n\n" + "".join(f"- {n}: one part.\n" for n in names))
    )
    ids = [s.id for s in read.sentences]

    def sibling(key: str) -> QuestionDraft:
        return dataclasses.replace(
            draft(
                "Which of the following is described as \u201cwhat to do each day\u201d?",
                *(choice(n, i, correct=n == key) for n, i in zip(names, ids, strict=True)),
            ),
            kind="sibling",
        )

    assert "R5" not in check(sibling("Daily Plan"), read.sentences, "")
    assert "R5" in check(sibling("When Things Go Wrong"), read.sentences, "")


def test_an_option_naming_a_person_of_the_case_the_stem_does_not_fails_r9() -> None:
    from quizzes.generation.rubric import _names_outside

    body = (
        "Amir is a peer specialist. Rose, a nurse on his team, books visits without asking the "
        "people he supports.\n\n"
        "## What worked\n\n"
        "Amir spoke with Rose about his own concern. Blaming a coworker hardens positions.\n"
    )
    sentences = read_lesson(lesson_input(body, title="Team conflict")).sentences
    options = ["Talking with the coworker privately", "Blaming Rose in the team meeting"]
    assert _names_outside("What should a peer specialist do first?", options, sentences)
    # (a stem that names her makes her part of the item; a capitalised term is no person)
    assert not _names_outside("Rose books visits. What should Amir do?", options, sentences)
    assert not _names_outside("Which helps?", ["Specific goals", "Team meetings"], sentences)


def test_a_passive_in_the_base_form_is_no_action() -> None:
    from quizzes.generation.rubric import passive_gerund

    assert passive_gerund("Be left with questions about what went wrong")
    assert passive_gerund("Being left with questions about what went wrong")
    assert not passive_gerund("Leave the door open for a return")


def test_asked_for_an_example_a_definition_of_the_term_is_no_key() -> None:
    """An example is a member: what the definition says every member is answers another
    question; the examples the definition gives do answer it."""
    point = (
        "Community capital is the set of resources around a person, such as mutual-aid groups "
        "and recovery centers"
    )

    def item(key: str) -> QuestionDraft:
        return dataclasses.replace(
            draft(
                "Which of the following is an example of community capital?",
                choice(key, "main_point", correct=True),
                choice("A person's coping skills", "section-what-to-avoid:0"),
                choice("A person's savings", "section-what-to-avoid:1"),
                choice("A spouse's support", "section-what-to-avoid:2"),
            ),
            kind="main_point",
        )

    assert "R2" in check(item("The set of resources around a person"), READ.sentences, point)
    assert "R2" not in check(item("Mutual-aid groups and recovery centers"), READ.sentences, point)


def test_a_means_or_source_phrase_is_no_form_of_a_thing_or_an_act() -> None:
    acts = ["Keeping the case open forever", "Letting contact fade", "Starting a friendship"]
    assert form_problem("Through a planned, collaborative process", acts)
    assert not form_problem("Planning the close together", acts)


def test_asked_for_a_response_a_bare_noun_phrase_is_none() -> None:
    stem = "Which response best reflects recovery principles?"
    said = ["Telling her the choice is hers", "Recovery starts when the medication stops"]
    assert not action_problem(stem, ["Affirming her pathway", *said])
    assert action_problem(stem, ["Medication for opioid use disorder", *said])


def test_asked_for_a_statement_a_noun_phrase_or_an_adjective_is_none() -> None:
    stem = "Which statement from a provider is most likely to support hope?"
    assert action_problem(stem, ["Possible", "A harsh tone", "Pretending things are easy"])
    # statements, a negated one among them, acts and quotations all answer it (real items)
    stem = "Which statement about confidentiality in a peer support group is most accurate?"
    assert not action_problem(
        stem,
        [
            "Confidentiality doesn't apply in groups.",
            "Group confidentiality depends on every member.",
            "Recovery capital can rise and fall.",
            "Requiring people to stop using first",
            '"Great job, I am proud of you."',
        ],
    )


def test_a_long_key_beside_a_wrong_option_as_long_is_not_the_one_long_option() -> None:
    key = "Acknowledging the feeling and asking what the person wants next"  # 63 characters
    short = ["Ending the call", "Offering a pep talk at once"]
    long_wrong = "Telling the person exactly what the peer would do in their place"
    assert not form_problem(key, [*short, long_wrong])
    # alone, or far longer than even the long one's company allows, it is a clue
    assert form_problem(key, [*short, "Changing the subject quickly"])
    assert form_problem(f"{key}, then writing it down", [*short, f"{long_wrong} now"])


def test_a_passive_predicate_alone_as_the_key_is_not_one_form() -> None:
    things = ["A no-suicide contract", "A clinical translation", "A crisis line"]
    assert form_problem("Built after a crisis", things)
    assert form_problem("Based on the person's own goals", things)
    # before a noun, a participle is an adjective of a noun phrase
    assert not form_problem("Informed consent", things)
    # among wrong options it singles nothing out (the real item keys "A shared, written set of
    # standards" beside "Determined by an individual")
    assert not form_problem(
        "A shared, written set of standards",
        ["Determined by an individual", "Guidelines for living", "A personal code"],
    )


def test_those_heading_its_own_modifier_points_nowhere() -> None:
    assert not pointing_problem(["To support those affected and lower their risk"])
    assert not pointing_problem(["Helping those in recovery"])
    assert pointing_problem(["Avoiding those mistakes"])


def test_a_reported_this_is_the_situation_the_stem_states() -> None:
    # English anaphora: under a stem stating a situation, "that this is ..." speaks of it.
    option = ["Explain that this is outside the peer role and offer to help"]
    assert not pointing_problem(
        option, "What should a peer specialist do when a person asks for a diagnosis?"
    )
    assert pointing_problem(option, "Which statement about scope of practice is accurate?")


def test_without_negates_its_own_phrase_not_the_sentence() -> None:
    # English: "without" takes scope over its complement only; "Talk about it calmly and without
    # judgment" says to talk about it, as "Never talk about it" does not.
    read = read_lesson(
        lesson_input(
            "Talk about storing medications calmly and without judgment. Never lecture the "
            "person about their choices."
        )
    )
    assert asserted_true("Talking about storing medications calmly", read.sentences)
    assert not asserted_true("Lecturing the person about their choices", read.sentences)


def test_a_consonant_doubled_before_a_suffix_is_one_stem() -> None:
    # English spelling doubles a final consonant after a short vowel ("sit", "sitting"); "add"
    # and "fall" end in two of their own.
    from quizzes.generation.words import stem

    assert {stem("sit"), stem("sitting")} == {"sit"}
    assert {stem("plan"), stem("planned"), stem("planning")} == {"plan"}
    assert {stem("add"), stem("adding")} == {"add"}
    assert {stem("fall"), stem("falling")} == {"fall"}
    read = read_lesson(lesson_input("## Posture\n\nSit at a slight angle."))
    assert asserted_true("Sitting at a slight angle", read.sentences)


def test_a_sentence_denying_one_part_still_asserts_the_rest() -> None:
    """English scope: "warning signs" names a kind of sign, no warning; a short aside ", not you,"
    denies only itself; in "X, and they never Y" the first clause is asserted and the second
    denies; "it is more than a rough day" says it is not merely that."""
    read = read_lesson(
        lesson_input(
            "A crisis plan covers triggers, warning signs and supports. A good check-in puts the "
            "member, not you, at the center of the talk. Good mentors listen before they advise, "
            "and they never compare hardships. Burnout is more than a rough day at work. Share "
            "the plan with the team, not the family, or friends."
        )
    )
    sentences = read.sentences
    assert asserted_true("A plan that covers triggers, warning signs and supports", sentences)
    assert asserted_true("Putting the member at the center of the talk", sentences)
    assert asserted_true("Mentors listen before they advise", sentences)
    assert not asserted_true("Comparing hardships", sentences)
    assert not asserted_true("A rough day at work", sentences)
    assert _affirmed_part("Share the plan with the team, not the family, or friends.") == ""


def test_a_short_contrast_aside_leaves_the_claim_whole() -> None:
    assert claim("A check-in puts the member, not you, at the center of the talk.") == (
        "A check-in puts the member at the center of the talk"
    )


def test_one_statement_among_phrases_is_not_one_form() -> None:
    """The one option that states something ("Callers get a peer on the line ...", "Warmlines were
    invented by ...") beside phrases naming things or acts stands out by its form (R5), key or
    not. A noun phrase holding a relative clause predicates too, and "Who is present" or an
    instruction ("Listen for ...") states nothing."""
    assert form_problem(
        "Callers get a peer on the line without having to be in crisis first",
        ["Waiting for a crisis before calling", "A hotline", "Calling only during office hours"],
    )
    assert form_problem(
        "The self-help movement",
        ["A hospital program", "Insurance companies", "Warmlines were invented by insurers"],
    )
    assert not form_problem(
        "One person has two conditions at the same time",
        [
            "A condition that appears only after drinking stops",
            "The same diagnosis in two relatives",
            "A single illness that comes and goes",
        ],
    )
    assert not form_problem("Who is present", ["Seating", "Agenda", "Pace and breaks"])
    assert not form_problem(
        "Listen for both sides of the choice",
        ["Decide for the person", "Agree with everything", "Argue for change"],
    )


def test_a_series_of_acts_is_not_a_series_of_names() -> None:
    """ "Forming, storming, norming and performing" lists names and stands out among single
    answers (R5); "Keeping still, breathing slowly and quietly" is one act among acts."""
    assert not form_problem(
        "Keeping still, breathing slowly and quietly",
        ["Raising your own voice", "Standing face-on and close", "Arguing about the facts"],
    )
    assert form_problem(
        "Forming, storming, norming and performing",
        ["Ignoring conflict", "Ending every disagreement", "Skipping the first meeting"],
    )


def test_options_said_to_describe_something_else_are_not_endorsed() -> None:
    """ "Options about X ... are describing something else" rules X out (English: a thing said to
    describe something else is not what is asked), so X is no truth of the lesson (R3)."""
    body = (
        "## On the exam\n\n"
        "Pick the answer with both growth and setbacks. Options about a fixed schedule everyone "
        "follows, going back to the start after a slip, or rating people by speed are describing "
        "something else.\n"
    )
    read = read_lesson(lesson_input(body, title="Recovery"))
    assert not asserted_true("Recovery is going back to the start after a slip.", read.sentences)


def test_a_main_point_that_is_the_example_grounds_an_example_key() -> None:
    """Asked "Which is an example of X?", the key is grounded when the main point is that example
    itself (the article's own answer to its question), though the point does not name X (R2)."""
    body = (
        "Which of the following is an example of strengths-based wording?\n\n"
        "A parent who keeps every appointment is the example. The others describe a problem.\n"
    )
    point = "A parent who keeps every appointment"
    read = read_lesson(lesson_input(body, title="Wording", main_point=point))
    item = dataclasses.replace(
        draft(
            "Which of the following is an example of strengths-based wording?",
            choice("A parent who keeps every appointment", "lesson-body:1", correct=True),
            choice("A noncompliant parent", "lesson-body:2"),
            choice("A difficult family", "lesson-body:2"),
            choice("A resistant client", "lesson-body:2"),
        ),
        kind="main_point",
    )
    assert "R2" not in check(item, read.sentences, point)


def test_a_gerund_clause_with_its_subject_is_no_statement() -> None:
    """ "Each mentee having the final say" names a state of affairs (English: a gerund clause
    with its subject is a noun phrase), so it is no statement among acts (R5); "Recovery is going
    back" is a progressive, a statement."""
    acts = [
        "Deciding for them without asking first",
        "Following the team's plan to the letter",
        "Waiting for the family to choose for them",
    ]
    assert not form_problem("Each mentee having the right to make their own choices", acts)
    assert form_problem(
        "Recovery is going back to the start",
        ["Deciding for them", "Following the team's plan", "Waiting for the family"],
    )


def test_a_difference_is_answered_by_statements_only() -> None:
    stem = "What is the difference between enabling and supporting?"
    key = "Enabling shields people from the results of their behavior"
    # one side's examples, acts, answer no difference
    acts = [
        "Making every phone call for someone",
        "Covering for a person",
        "Helping a person who isn't ready to quit stay alive",
    ]
    assert "R5" in option_rules(stem, key, acts)
    statements = [
        "Enabling is done by families, while supporting is done by professionals",
        "Supporting means giving money, while enabling means giving rides",
        "Enabling only happens around drugs and alcohol",
    ]
    assert "R5" not in option_rules(stem, key, statements)
    # (a gerund subject and its verb state too: "Enabling shields ..., while supporting helps")
    both = "Enabling shields a person from the costs of their choices, while supporting helps"
    assert "R5" not in option_rules(stem, both, statements)
    # the same acts answer a stem that asks for an act
    example = "Which of the following is an example of enabling?"
    assert "R5" not in option_rules(example, acts[0], [*acts[1:], "Paying someone's fine for them"])
    # an act whose object holds a clause ("who notices") names an act all the same
    assert difference_problem(stem, ["Sorting by who notices"])
    # a gerund that is no thing compared is an act, though its object could be a verb
    assert difference_problem(stem, ["Making excuses to a landlord"])
    assert not difference_problem(stem, ["Enabling only applies to people who drink"])
    assert not difference_problem(stem, ["Enabling is sorting by who notices"])
    # the two compared, coordinated, are one plural subject; two other acts are acts
    assert not difference_problem(stem, ["Enabling and supporting are the same thing"])
    assert not difference_problem(stem, ["Supporting or enabling helps in a crisis"])
    assert difference_problem(stem, ["Calling and texting are the same thing"])


def test_a_statement_is_asserted_only_by_a_sentence_saying_its_predicate() -> None:
    body = (
        "Changes in the person's own mood or habits point to early warning signs.\n\n"
        "It is tempting to say triggers are what other people see.\n\n"
        "Nor are the two terms interchangeable.\n"
    )
    read = read_lesson(lesson_input(body, title="Warning signs"))
    # the subject's words and "person" are there; "see" is not
    assert not asserted_true("Early warning signs are what other people see", read.sentences)
    assert asserted_true("Early warning signs are changes in mood", read.sentences)
    # what it is tempting to say is conceded to someone imagined, not claimed
    assert not asserted_true("Triggers are what other people see", read.sentences)
    # "A and B are the same thing" is asserted by a sentence saying two things are alike only
    assert not asserted_true("Triggers and early warning signs are the same thing", read.sentences)
    alike = read_lesson(lesson_input("The two terms are interchangeable.\n", title="Terms"))
    assert asserted_true("Triggers and warning signs are the same thing", alike.sentences)


def test_a_statement_with_a_coordinated_subject_stands_out_among_acts() -> None:
    # "Experience and culture build trust" states (a plural subject of two nouns and its verb);
    # beside three acts it answers another question.
    key = "Shared military experience and culture build trust with people"
    acts = [
        "Assuming the door is closed",
        "Comparing whose time was harder",
        "Requiring enrollment in VA health care",
    ]
    assert form_problem(key, acts) == "a statement among acts"


def test_the_role_as_owner_makes_another_claim_than_the_persons_own() -> None:
    read = read_lesson(
        lesson_input(
            "The gap that motivates change is the one between a person's behavior and that "
            "person's own values.\n"
        )
    )
    # whose values: the peer specialist's are not what the article says
    owned = "Gaps between the peer specialist's values and the person's values"
    assert not asserted_true(owned, read.sentences)
    assert asserted_true("Gaps between a person's behavior and values", read.sentences)


def test_an_option_naming_the_role_as_owner_is_no_restated_key() -> None:
    from quizzes.generation.distractors import mine
    from quizzes.generation.items import _Option, _wrong_options

    read = read_lesson(
        lesson_input(
            "Developing discrepancy means helping a person notice the gap between how they live "
            "now and their own goals and values.\n\n"
            "## Some tempting misreadings\n\n"
            "Catching someone in a contradiction is not the same thing. Comparing the person "
            "with others misses the point too. Nor is it about gaps between the peer "
            "specialist's values and the person's.\n"
        )
    )
    key = _Option(
        "Helping a person notice the gap between how they live now and their own goals and values",
        "s:0",
        None,
        "",
    )
    texts = [o.text for o in _wrong_options(key, mine(read), [], read)]
    assert "Gaps between the peer specialist's values and the person's values" in texts


def test_the_difference_rule_refuses_no_real_exam_item() -> None:
    # Calibrated on every real item the fixtures hold: a real difference item's options all
    # state how the two stand.
    items = []
    for path in [CORPUS / "answers.json", *sorted(UNSEEN.glob("*/answers.json"))]:
        items += json.loads(path.read_text(encoding="utf-8"))
    asked = [i for i in items if difference_problem(i["question"], ["Making a phone call"])]
    assert len(asked) >= 5  # (the rule is exercised: five difference items or more)
    refused = [
        i["question"]
        for i in items
        if difference_problem(i["question"], [i["correct_answer"], *i["wrong_options"]])
    ]
    assert refused == []


def test_a_difference_keys_reversal_is_another_answer_not_the_key_twice() -> None:
    stem = "What is the difference between a lapse and a relapse?"
    texts = [
        "A lapse is a short slip that the person stops within a day or two",
        "A relapse is a short slip that the person stops within a day or two",
        "A lapse is a full return to old habits",
    ]
    assert options_problem(texts, 1, stem) == ""
    # without the difference asked, or with words changed beyond the two names, one idea twice
    assert options_problem(texts, 1) == "has near-duplicate options"
    near = [texts[0], "A lapse is a short slip that a person stops within a day or two", texts[2]]
    assert options_problem(near, 1, stem) == "has near-duplicate options"


@pytest.mark.parametrize(
    ("wrong", "restated"),
    [
        # (an act inside a longer one: the reader rules out both at once)
        (["Keep the secret", "Promise to keep a secret whatever they say", "Act alone"], True),
        # (a word of one family, "violent" and "violence", is one idea too)
        (["A violent act", "A hate crime or an open act of violence", "A rude exchange"], True),
        # (two names of one set are two members, not one idea twice)
        (["Crisis Plan", "Post-Crisis Plan", "Daily Plan"], False),
        # (statements of the same words may claim opposite things)
        (
            [
                "Both lapses and relapses are short slips",
                "Lapses are short slips, while relapses are full returns",
                "A lapse and a relapse are the same thing",
            ],
            False,
        ),
        (["Keep the secret", "Tell a supervisor", "Act alone"], False),
    ],
)
def test_a_wrong_option_saying_nothing_another_does_not_fails_r1(
    wrong: list[str], restated: bool
) -> None:
    assert bool(restated_option(wrong)) == restated
    item = draft(
        "What should a peer specialist do?",
        choice("Follow agency policy", "section-what-helps:0", correct=True),
        *(choice(text, f"section-what-to-avoid:{at}") for at, text in enumerate(wrong)),
    )
    assert ("R1" in check(item, READ.sentences, "")) == restated


def test_a_difference_keys_trait_said_of_both_is_another_answer_not_the_key_twice() -> None:
    stem = "What distinguishes a complex reply from a simple reply?"
    key = (
        "A complex reply goes beyond the person's words to add a likely meaning, feeling or "
        "unspoken wish, while a simple reply restates what the person said"
    )
    both = (
        "Both a complex reply and a simple reply go beyond the person's words to add a likely "
        "meaning, feeling or unspoken wish"
    )
    texts = [key, both, "A complex reply and a simple reply are the same thing"]
    assert options_problem(texts, 1, stem) == ""
    assert options_problem(texts, 1) == "has near-duplicate options"


def test_a_key_up_to_two_and_a_quarter_times_the_longest_wrong_option_is_no_length_clue() -> None:
    """Real items key options up to twice as long as their wrong ones and past it (18 of 262 in
    the corpus and the read sets, 6 past 2.25 times); past 2.25 times the longest, the key's
    length gives it away. The boundary is checked at its edge: a key of exactly 2.25 times the
    longest wrong option passes, one character more fails."""
    quotes = [
        '"Nice job, I am so proud of you, ok"',
        '"You will be fine, do not worry now"',
        '"I did that too"',
    ]
    limit = int(2.25 * max(map(len, quotes)))
    words = "You kept coming to group on the hard weeks even after the layoff and that is real grit"

    def quoted(length: int) -> str:
        return '"' + words[: length - 2] + '"'

    # (a key past twice the longest, which the old rule refused)
    assert not form_problem(quoted(2 * max(map(len, quotes)) + 4), quotes)
    assert not form_problem(quoted(limit), quotes)
    assert form_problem(quoted(limit + 1), quotes) == (
        "correct option is the longest, over 2.25 times any other's length"
    )


def test_an_act_among_coordinated_nouns_is_an_act_among_things() -> None:
    # "Health and wellness", "Work and education": nouns coordinated name things, even with a
    # word the lexicon lacks; one act among them answers another question
    areas = ["Health and wellness", "Social supports and relationships", "Work and education"]
    assert form_problem("Using the form to rate symptoms and make a diagnosis", areas) == (
        "an act among things"
    )
    assert not form_problem("Money and benefits", areas)


def test_asked_which_type_every_option_names_a_type() -> None:
    # Item writing: options answer the question the stem asks; a plural the lexicon lacks
    # ("Antipsychotics") is a noun, and "like" or a participle opens its modifiers.
    from quizzes.generation.rubric import kind_asked, thing_or_act

    assert kind_asked("Tardive dyskinesia is linked to which type of medication?")
    assert not kind_asked("What is the first step?")
    assert [
        thing_or_act(t)
        for t in (
            "Antipsychotics",
            "Benzodiazepines like lorazepam",
            "Stimulants used for ADHD",
            "Diagnosing",
            "Right away",
        )
    ] == ["thing", "thing", "thing", "act", ""]


def test_a_key_alone_stating_something_among_phrases_is_singled_out_by_form() -> None:
    # Item writing: form is a clue when it marks the key (an infinitive or an instruction opens
    # no statement: real items key those among phrases).
    phrases = ["Correction fluid or tape", "Leaving a known error in place", "Tearing out the page"]
    assert form_problem("An error in the chart is corrected with one line", phrases) == (
        "the key alone is a statement"
    )
    assert not form_problem("A single line through the error", phrases)


@pytest.mark.parametrize(
    "point",
    [
        "Structural stigma is stigma built into the rules, laws and policies of institutions",
        "Structural stigma is a kind of stigma built into the rules, laws and policies",
    ],
)
def test_a_definition_keys_no_example_item_whatever_its_genus(point: str) -> None:
    """ "Which is an example of structural stigma?" keyed by what structural stigma is: a
    definition says what every member is, it is no member (R2), whether its genus is "a kind of
    stigma" or the bare "stigma" the term itself ends on."""
    item = QuestionDraft(
        kind="main_point",
        stem="Which of the following is an example of structural stigma?",
        choices=(
            choice(
                "Stigma built into the rules, laws and policies of institutions", "main_point", True
            ),
            choice("A coworker making jokes about a diagnosis", "section-what-helps:0"),
            choice("A neighbor avoiding someone after a diagnosis", "section-what-helps:1"),
            choice("A person doubting they deserve to recover", "section-what-helps:2"),
        ),
        explanation="",
        anchor="section-what-helps",
        source_sentence_id="main_point",
        fingerprint="",
        rubric_failures=(),
    )
    assert "R2" in check(item, READ.sentences, point)


def test_a_main_point_key_echoing_the_stem_says_nothing_of_the_point() -> None:
    """ "A trauma-informed approach" under a stem naming "a trauma-informed program": its words are
    the question's, not the point's, so the key is not grounded in the point (R2); the point's
    own member grounds it."""
    body = (
        "A trauma-informed approach is a way of running a program.\n\n"
        "The four R's are realize, recognize, respond and resist re-traumatization.\n"
    )
    point = "The four R's are realize, recognize, respond and resist re-traumatization."
    read = read_lesson(lesson_input(body, title="The four R's", main_point=point))
    stem = 'A trauma-informed program realizes, recognizes and responds. What is the fourth "R"?'
    wrong = (
        choice("Reporting all trauma to authorities", "lesson-body:0"),
        choice("Referring every survivor to therapy", "lesson-body:1"),
        choice("Recording every trauma at intake", "lesson-body:1"),
    )
    echo = dataclasses.replace(
        draft(stem, choice("A trauma-informed approach", "lesson-body:0", correct=True), *wrong),
        kind="main_point",
    )
    member = dataclasses.replace(
        draft(stem, choice("Resisting re-traumatization", "lesson-body:1", correct=True), *wrong),
        kind="main_point",
    )
    assert "R2" in check(echo, read.sentences, point)
    assert "R2" not in check(member, read.sentences, point)


def test_a_predicate_without_its_subject_is_a_form_of_its_own() -> None:
    """ "Refers every survivor to therapy" says what some thing does: beside a gerund key and a
    noun phrase it is not parallel (R5); a plural noun opening an option ("Reports of abuse") is
    no predicate."""
    assert form_problem(
        "Resisting re-traumatization",
        [
            "Refers every survivor to therapy",
            "Reports all disclosed trauma to the police",
            "Waiting for someone to become upset",
        ],
    )
    assert not form_problem(
        "Resists re-traumatization",
        [
            "Refers every survivor to therapy",
            "Reports all disclosed trauma to the police",
            "Requires people to retell their history",
        ],
    )
    assert not form_problem(
        "Reports of abuse from staff",
        ["Needs of the person", "Rules about visits", "Fees for services"],
    )


def test_a_gerund_phrase_holding_a_clause_is_no_statement_beside_one() -> None:
    """ "Pretending the roles are identical" names an act (its "are" is the inner clause's), so
    "Both people bring something" is the one statement among phrases (R5)."""
    assert (
        form_problem(
            "Both people bring something",
            ["A trade of favors", "Pretending the roles are identical", "Sitting across a desk"],
        )
        == "one statement among phrases"
    )


def test_asked_which_resource_an_act_is_no_option() -> None:
    """ "Which resource should the peer specialist help her look into?" is answered by things:
    "Suggesting the person drop care" answers what to do (R5)."""
    from quizzes.generation.rubric import act_problem

    stem = "Which resource should the peer specialist help her look into first?"
    assert act_problem(stem, ["Volunteer driver programs", "Suggesting the person drop care"])
    assert not act_problem(stem, ["Volunteer driver programs", "A reduced-fare bus pass"])
    assert not act_problem("What should the peer specialist do?", ["Calling the clinic"])
