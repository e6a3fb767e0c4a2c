"""Rules of 2026.12-36 (sentences of our own): a series of acts kept whole to its last member,
and a key drawn from the article's own sentence when the editor's main point, in other words,
does not answer the stem in its form."""

from __future__ import annotations

from quizzes.generation import DistractorBank, generate, read_lesson
from quizzes.generation.answers import answer_for, shorter
from quizzes.generation.distractors import mine, self_contained
from quizzes.generation.items import _avoid_stem, _list_option, person_for_they
from quizzes.generation.mainpoint import _cut_to
from quizzes.generation.rubric import clue_problem, form_problem

from .lessons import lesson_input

_STEM = "A caller is shouting about a late check. What should the peer specialist do first?"
_LOUD_CALL = (
    "A caller who is shouting is usually frightened underneath.\n\n"
    "## What comes first\n\n"
    "The part that matters most comes before any words: slowing your own breathing, lowering "
    "your voice, and stepping back to give the caller room. Calm spreads from one person to "
    "another, and so does alarm.\n\n"
    "## Mistakes that raise the temperature\n\n"
    "Shouting back at the caller to be heard over the noise in the room makes things worse. "
    "Threatening to hang up unless the caller lowers their voice right away feels like "
    "punishment. Arguing with the caller about the facts of the late check and who is to blame "
    "turns the call into a contest.\n"
)


def test_the_last_member_of_a_series_of_acts_after_a_colon_stays_in_the_answer() -> None:
    """ ", and" before the last of a series of gerund phrases closes the series (English), so
    the answer keeps all three acts; a clause after ", and" is still cut."""
    said = (
        "The part that matters most comes before any words: slowing your own breathing, "
        "lowering your voice, and stepping back to give the caller room."
    )
    assert answer_for(_STEM, said) == (
        "Slow your own breathing, lower your voice, and step back to give the caller room"
    )


def test_a_main_point_in_other_words_takes_its_key_from_the_articles_sentence() -> None:
    """The editor's point ("... is the helper's own calm: ...") answers no "What should ... do?";
    the sentence it rests on names the acts, which key the item, in the form of the acts the
    article rules out."""
    lesson = lesson_input(
        _LOUD_CALL,
        title="Calls that start loud",
        key_question=_STEM,
        main_point=(
            "The part that matters most on a loud call is the helper's own calm: slower "
            "breathing, a lower voice and a step back to give the caller room."
        ),
    )
    result = generate(lesson, bank=DistractorBank(()))
    main = next(i for i in result.items if i.kind == "main_point")
    assert main.publishable, main.rubric_failures
    key = next(c.text for c in main.choices if c.is_correct)
    assert (
        key == "Slow their own breathing, lower their voice, and step back to give the caller room"
    )
    wrong = sorted(c.text for c in main.choices if not c.is_correct)
    assert wrong[0].startswith("Argue with the caller")
    assert wrong[1].startswith("Shout back")


_CHECKS = (
    "Explaining a bus route is easy; knowing it landed is harder.\n\n"
    "## Checking that it landed\n\n"
    "The best way to check understanding is to ask the rider to describe the route back in "
    "their own words.\n\n"
    "## Checks that do not work\n\n"
    '- "Does that make sense to you?" Most riders say yes to be polite.\n'
    "- Handing over a printed timetable. Many riders never read it.\n"
    "- Asking a relative whether the rider got it. That talks past the rider.\n"
)


def test_a_quoted_question_put_to_you_among_listed_acts_is_the_act_of_asking_it() -> None:
    """'"Does that make sense to you?"' listed among acts under a heading of contrast is the act
    of asking it (not the conclusion "Making sense"), and a sentence that only shares its
    words ("check understanding", "ask") does not endorse it: quoted words are mentioned."""
    lesson = lesson_input(
        _CHECKS,
        title="Checking a route landed",
        key_question="What is the best way to check that a rider has understood a bus route?",
        main_point="The best way to check understanding is to ask the rider to describe it back.",
    )
    mined = [m.text for m in mine(read_lesson(lesson), "")]
    assert 'Asking "Does that make sense to you?"' in mined
    assert "Making sense" not in mined
    result = generate(lesson, bank=DistractorBank(()))
    main = next(i for i in result.items if i.kind == "main_point")
    assert main.publishable, main.rubric_failures
    wrong = {c.text for c in main.choices if not c.is_correct}
    assert {'Ask "Does that make sense to you?"', "Hand over a printed timetable"} <= wrong


def test_a_member_described_by_a_clause_is_asked_what_it_means_and_by_its_kind() -> None:
    """ "described as" takes a noun phrase: a clause describing a member ("the helper names the
    purpose") is what the member means, and the stem names the kind of member the list's
    heading names ("The four parts": "Which part ...?"); a noun phrase stays described, and a
    clause inside a noun phrase ("time that the person spends ...") makes no clause of it."""
    body = (
        "A check-in meeting has a simple shape.\n\n"
        "## The four parts\n\n"
        "- Opening: the helper names the purpose of the meeting and how long it will last.\n"
        "- Agenda: time that the person spends choosing what matters most this week.\n"
        "- Work: Members of the team are quiet while the person talks.\n"
        "- Close: a short review of what was agreed and who will do what.\n"
    )
    result = generate(lesson_input(body, title="Check-in meetings"), bank=DistractorBank(()))
    stems = {i.stem for i in result.items if i.kind == "sibling"}
    assert (
        "Which part means that the helper names the purpose of the meeting and how long it "
        "will last?" in stems
    )
    assert "Which part means that members of the team are quiet while the person talks?" in stems
    assert (
        "Which part is described as \u201ctime that the person spends choosing what matters most "
        "this week\u201d?" in stems
    )


def test_an_avoid_stem_is_set_in_the_activity_the_title_names() -> None:
    """What to avoid is to avoid somewhere: a manual's numbered title naming an activity sets
    the scene ("When closing a case file, ..."); a title with a count, an aside or the reader
    addressed sets none."""
    assert _avoid_stem("Unit 4.2: Closing a Case File") == (
        "When closing a case file, which of the following should a peer specialist avoid?"
    )
    assert _avoid_stem("Chapter 3: Verbal De-escalation") == (
        "In verbal de-escalation, which of the following should a peer specialist avoid?"
    )
    for title in (
        "Part 2: The Four Tasks of a Meeting",
        "Unit 5: Speaking for Yourself",
        "Unit 6: Listening to the Person, Not the Chart",
        "Why Touch Is Complicated",
    ):
        assert _avoid_stem(title) == "Which of the following should a peer specialist avoid?"


def test_a_key_stating_with_a_quantified_subject_is_a_statement_among_phrases() -> None:
    """ "One person has more than one job at a time" says that something is so, as "A person
    has ..." does: among noun phrases its form singles out the key (R5)."""
    others = [
        "A job that starts only after another one ends",
        "The same job shared by two members of a family",
        "A single job that alternates between busy and quiet seasons",
    ]
    assert form_problem("One person has more than one job at a time", others)
    assert not form_problem("Two or more jobs held by the same person at the same time", others)


def test_a_key_alone_outside_the_frame_its_options_share_is_a_clue() -> None:
    """Three options saying what a plan is ("A budget is a ...", "A budget is saying ...") and a
    key saying something else of it ("A budget is now used for ...", "A budget often follows
    ..."): the shared frame singles the key out (R5). A key in the frame is no clue."""
    others = [
        "Budgeting is a way to punish spending.",
        "Budgeting is saying no to every treat.",
        "Budgeting is a form the bank fills in.",
    ]
    assert form_problem("Budgeting is now used for many kinds of goals.", others)
    assert form_problem("Budgeting often follows a money scare.", others)
    assert form_problem("Budgeting is aimed at the week ahead.", others)
    assert not form_problem("Budgeting is a plan the person makes for their own money.", others)
    assert not form_problem("Budgeting is something a person keeps doing over time.", others)


def test_a_first_step_key_that_says_it_comes_first_is_a_clue() -> None:
    """Under "What is the first step ...?", a key alone saying it comes first ("Begin with ...",
    "... early") answers by the stem's own word (R4); "Early warning signs", an adjective naming
    a kind, says nothing of order, and a listed step loses its adverb of time instead."""
    stem = "What is the first step in planning a move?"
    others = ["Pack the kitchen", "Book a van", "Change the address"]
    assert clue_problem(stem, "Begin with a list of rooms", others)
    assert clue_problem(stem, "Sort the papers early", others)
    assert not clue_problem(stem, "Sort the papers", others)
    assert not clue_problem("Which section is described as “notice first”?", "Early signs", others)
    body = (
        "Moves go better with a plan.\n\n"
        "## Steps for planning a move\n\n"
        "1. Sort the papers early.\n2. Pack the kitchen.\n3. Book a van.\n4. Change the address.\n"
    )
    result = generate(lesson_input(body, title="Moving house"), bank=DistractorBank(()))
    sequence = next(i for i in result.items if i.kind == "sequence")
    assert next(c.text for c in sequence.choices if c.is_correct) == "Sort the papers"


def test_a_worry_asked_back_is_no_act_to_avoid() -> None:
    """'"Did I cross a line?"' answered "Not necessarily" is a worry the article sets right: no
    avoid item is keyed on "Crossing a line" (a question asserts nothing)."""
    body = (
        "Heavy weeks leave a mark on helpers.\n\n"
        "## What helps\n\n"
        "- Talk to colleagues.\n- Keep a ritual between work and home.\n"
        "- Ask a supervisor for a debrief.\n- Write down what went well each week.\n\n"
        "## Worries that miss the point\n\n"
        '"Did I cross a line?" Not necessarily. What you feel is the weight of the stories.\n'
    )
    result = generate(lesson_input(body, title="Heavy weeks"), bank=DistractorBank(()))
    keys = [next(c.text for c in i.choices if c.is_correct) for i in result.items]
    assert not any("line" in k.lower() for k in keys)


def test_a_step_under_its_condition_is_still_an_instruction() -> None:
    """ "If the tenant is out, leave a card" is an instruction under its condition: a numbered
    procedure with such steps is still a procedure, and gives its first-step item."""
    body = (
        "A visit goes smoothly when it follows a set order.\n\n"
        "## The visit sequence\n\n"
        "1. Knock on the door and wait.\n2. Ask whether now is a good time.\n"
        "3. If the tenant is out, leave a card with your number.\n"
        "4. If the tenant seems unwell, call your supervisor before going in.\n"
        "5. Write a short note after you leave.\n6. Log the visit in the record.\n"
    )
    lesson = lesson_input(body, title="Unit 2.1: Making a Home Visit")
    result = generate(lesson, bank=DistractorBank(()))
    sequence = next(i for i in result.items if i.kind == "sequence")
    assert sequence.stem == "What is the first step in making a home visit?"
    assert next(c.text for c in sequence.choices if c.is_correct) == "Knock on the door and wait"


def test_the_person_helped_is_spelled_out_in_a_step_that_says_they() -> None:
    """In steps addressed to a helper, "they" is the one helped: spelled out, with its verb
    agreeing, the step stands alone as an option; a noun before the pronoun may be what it
    stands for, and the step is left as it is."""
    assert person_for_they("Ask where they are staying tonight.") == (
        "Ask where the person is staying tonight."
    )
    assert person_for_they("Confirm that they feel safe to talk.") == (
        "Confirm that the person feels safe to talk."
    )
    assert person_for_they("Ask whether they have eaten today.") == (
        "Ask whether the person has eaten today."
    )
    assert person_for_they("Help them fill in their form.") == (
        "Help the person fill in their form."
    )
    for step in (
        "Speak with the member without shaming them.",
        "Ask the family what they need.",
        "They decide the pace.",
    ):
        assert person_for_they(step) == step


def test_a_step_with_its_time_clause_first_opens_on_its_verb() -> None:
    """ "Before you start, read the file" is the instruction "Read the file before you start": an
    option opens on its verb as the others do; a step cut after "say plainly" lost what is said."""
    body = (
        "A first visit has an order.\n\n"
        "## The visit sequence\n\n"
        "1. Before you arrive, read the referral note.\n2. Knock on the door and wait.\n"
        "3. Ask whether now is a good time.\n4. Write a short note after you leave.\n"
        "5. Log the visit in the record.\n"
    )
    lesson = lesson_input(body, title="Unit 2.2: Making a First Visit")
    result = generate(lesson, bank=DistractorBank(()))
    sequence = next(i for i in result.items if i.kind == "sequence")
    key = next(c.text for c in sequence.choices if c.is_correct)
    assert key == "Read the referral note before you arrive"
    cut = read_lesson(
        lesson_input("- Leave the decision with the person, and say plainly that it is theirs.\n")
    )
    assert _list_option(cut.sentences[0]) == ""


def test_a_step_opening_on_a_verb_and_an_it_with_its_antecedent_stand_alone() -> None:
    """ "Offer to help them register" opens on a verb, an instruction though "offer" is a noun
    too; "Find any label and replace it": "any label" is what "it" stands for."""
    assert person_for_they("Offer to help them register.") == "Offer to help the person register."
    assert self_contained("Find any label and replace it with what actually happened")
    assert not self_contained("Sign and replace it with what actually happened")


def test_no_cut_leaves_a_light_head_a_gerund_without_its_object_or_an_adjective_alone() -> None:
    """ "Family members of people" names no one without "who love someone ..."; "after doing"
    of "after doing, failing to prevent or witnessing acts ..." has lost the object the three
    share; "is an informal" of "is an informal, everyday way ..." has lost its noun. A clause of
    contrast after ", while" can go: the main clause claims alone."""
    assert "Neighbours of people" not in shorter(
        "Neighbours of people who care for a relative with dementia"
    )
    assert not any(
        w.endswith("after seeing")
        for w in shorter("Lasting worry and sadness after seeing, hearing or reading reports of it")
    )
    cuts = shorter(
        "Peer mentoring is an informal, everyday way of helping, while coaching is a paid "
        "service for people who ask for it"
    )
    assert "Peer mentoring is an informal" not in cuts
    assert "Peer mentoring is an informal way of helping" in cuts


def test_a_lead_denying_its_predicate_of_each_item_rules_the_items_out() -> None:
    """ "A few places that are not the same as a food bank:" denies of each item what it
    says: they are wrong answers to what a food bank is; "Your local diner" is anyone's,
    "The local diner"."""
    body = (
        "A food bank hands out groceries for free.\n\n"
        "## Telling them apart\n\n"
        "A few places that are not the same as a food bank:\n\n"
        "- Your local diner. It sells meals.\n"
        "- A grocery store loyalty program. It gives discounts.\n"
        "- A church bake sale. It raises money.\n"
    )
    mined = {m.text for m in mine(read_lesson(lesson_input(body, title="Food banks")), "")}
    assert {"The local diner", "A grocery store loyalty program", "A church bake sale"} <= mined


def test_a_main_point_cut_to_length_keeps_its_last_noun_phrase_whole() -> None:
    """Cut at its word limit inside "the criminal justice system", a phrase would end on a
    modifier without its noun: it goes on to the head when that is a word or two away."""
    text = (
        "A diversion program is a plan that maps the points where people with mental health "
        "conditions meet the criminal justice system and offers treatment instead"
    )
    words = text.split()
    cut = _cut_to(words, words.index("criminal") + 1)
    assert cut.endswith("the criminal justice system")


def test_a_definition_keeps_the_clause_that_defines_its_slight_head() -> None:
    """ "A free program, designed by two nurses, that teaches ...": who made it is an aside set
    off by commas, and "A free program" alone describes nothing; the relative clause stays."""
    answer = answer_for(
        "Which of the following best describes Homestart?",
        "Homestart is a free program, designed by two nurses, that teaches new parents to "
        "plan meals on a budget.",
    )
    assert answer == "A free program that teaches new parents to plan meals on a budget"
    assert "A free program" not in shorter(answer)
