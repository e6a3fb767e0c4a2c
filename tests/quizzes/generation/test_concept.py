from __future__ import annotations

from quizzes.generation import LessonInput, MainPoint, read_lesson
from quizzes.generation.answers import answer_for
from quizzes.generation.concept import claims_naming, lesson_concept, said_of, statements_about
from quizzes.generation.distractors import Mined, mine
from quizzes.generation.items import _as_activity, _concept
from quizzes.generation.types import WrongOption

from .lessons import lesson_input


def lesson(title: str, body: str, key_question: str = "") -> LessonInput:
    return lesson_input(body, slug="c", title=title, key_question=key_question)


def point(text: str) -> MainPoint:
    return MainPoint(text, 0.9, "", False, True)


def mined(text: str, shape: str, priority: int = 3) -> Mined:
    option = WrongOption((), "s:0", "misconception", "", "", "")
    return Mined(text=text, shape=shape, option=option, priority=priority)


BODY = """## What it is

Recovery capital is the set of assets a person can draw on. It grows when a person builds
relationships and skills over time. Recovery capital is not only money, as some think.

## Forms

Counselors sometimes measure recovery capital. Recovery capital includes housing, work, friends
and a sense of purpose.
"""


def test_the_concept_is_the_subject_of_a_definitional_main_point() -> None:
    read = read_lesson(lesson("Module 6: Assets", BODY))
    assert lesson_concept(read, point("Recovery capital is the set of assets a person has")) == (
        "recovery capital"
    )


def test_without_a_definition_the_concept_is_the_title_phrase_the_text_repeats() -> None:
    read = read_lesson(lesson("Module 6: Understanding Recovery Capital", BODY))
    assert lesson_concept(read, point("People grow their assets over time")) == "recovery capital"


def test_a_negated_main_point_is_no_definition() -> None:
    read = read_lesson(lesson("Notes", BODY))
    assert lesson_concept(read, point("Money is not the point of recovery")) == ""


def test_statements_about_the_concept_stand_alone_and_keep_only_plain_claims() -> None:
    read = read_lesson(lesson("Recovery Capital", BODY))
    found = [text for _, text in statements_about(read, "recovery capital")]
    assert found == [
        "Recovery capital is the set of assets a person can draw on.",
        # "It" after a sentence about the concept stands for the concept (anaphora).
        "Recovery capital grows when a person builds relationships and skills over time.",
        "Recovery capital includes housing, work, friends and a sense of purpose.",
    ]
    # The denied statement ("not only money") and the one whose subject is someone else are out.


def test_a_rejected_idea_is_said_of_the_concept_in_english() -> None:
    assert said_of("recovery", mined("a competition between peers", "noun")) == (
        "Recovery is a competition between peers."
    )
    assert said_of("empowerment", mined("providing solutions without client input", "ing")) == (
        "Empowerment is providing solutions without client input."
    )
    # An activity is said only of what names an activity or a process: "SMART goals are allowing
    # unlimited flexibility" reads as a progressive verb, "Recovery capital is assigning
    # priorities" as a category mistake.
    # A gerund's "your" is its understood doer's, anyone's (English binding), as in the key.
    assert said_of("empowerment", mined("deciding for your clients what they need", "ing")) == (
        "Empowerment is deciding for one's clients what they need."
    )
    assert said_of("SMART goals", mined("allowing unlimited flexibility", "ing")) == ""
    assert said_of("recovery capital", mined("assigning priorities", "ing")) == ""
    # Neither a clause nor a bare plural is what one thing is.
    assert said_of("plan", mined("the peer specialist picks what seems realistic", "noun")) == ""
    assert said_of("empathy", mined("textbooks", "noun")) == ""
    assert said_of("recovery", mined("a competition between peers", "noun")) != ""
    assert said_of("hope", mined("It creates a sense of urgency", "it")) == (
        "Hope creates a sense of urgency."
    )
    assert said_of("co-occurring disorders", mined("It is a passing phase", "it")) == (
        "Co-occurring disorders are a passing phase."
    )
    # A bare singular count noun cannot follow "is" ("Recovery is ranked list").
    assert said_of("recovery", mined("ranked list", "noun")) == ""
    assert said_of("recovery", mined("compliance with treatment", "noun")) == (
        "Recovery is compliance with treatment."
    )
    # An idea that names the concept itself is no statement about it.
    assert said_of("recovery", mined("a recovery plan", "noun")) == ""
    # Said of a plural, "are" and a gerund reads as what they are doing now (the progressive).
    assert said_of("veteran peers", mined("comparing whose service was harder", "ing")) == ""
    assert said_of("recovery coaches", mined("giving advice about sobriety", "ing")) == ""
    assert said_of("triggers", mined("sorting by who notices", "ing")) == ""
    assert said_of("peer support", mined("giving advice about sobriety", "ing")) == (
        "Peer support is giving advice about sobriety."
    )
    # A claim the lesson quotes and rejects is a statement already, with its own subject.
    assert said_of(
        "group agreements", mined("Group agreements don't apply to staff", "noun", 0)
    ) == ("Group agreements don't apply to staff.")
    assert said_of(
        "group agreements",
        mined("The facilitator can promise that nothing is repeated", "clause", 0),
    ) == ("The facilitator can promise that nothing is repeated.")
    # (not words said to someone, nor one pointing outside itself)
    assert said_of("praise", mined("You can do it if you try", "clause", 0)) == ""
    assert said_of("praise", mined("My way is the only way to recover", "clause", 0)) == ""
    # A quotation is one thing someone said, no description of a kind ('Praise is "Well done!"').
    assert (
        said_of("reflections", mined("\u201cYou did so well today, I'm proud\u201d", "noun")) == ""
    )
    assert said_of("validation", mined('"That sounds really hard to carry"', "noun")) == ""


def test_the_title_phrase_is_the_longest_repeated_and_never_every_lessons_words() -> None:
    body = (
        "Open-ended questions invite a story. Peer support relies on open-ended questions. "
        "A question can be closed. Peer support also uses reflections. A closed question gets "
        "one word. Open-ended questions take practice. Peer support is a relationship.\n"
    )
    read = read_lesson(lesson("Asking Open-Ended Questions in Peer Support", body))
    # "questions" is repeated more often, "peer support" too; the longer name is the subject.
    assert lesson_concept(read, point("People talk more when asked well")) == (
        "open-ended questions"
    )


CLAIMS = """\
## Working with it

That's why recovery capital so often grows in small steps.

A person with more recovery capital has more to fall back on when setbacks occur.

Revisit the inventory often; recovery capital can rise and fall over the years.

Think of recovery capital as a savings account for hard times.

When you meet someone new, ask about their recovery capital first.

Dana's recovery capital grew after she found steady work and a sponsor.

The recovery capital in that story was mostly her family's support.

Recovery capital is not the same as money or time sober.
"""


def test_claims_naming_the_concept_are_plain_general_and_stand_alone() -> None:
    read = read_lesson(lesson("Recovery Capital", CLAIMS))
    found = [text for _, text in claims_naming(read, "recovery capital")]
    assert found == [
        # A linking opener is taken off, and "so often" leans on the sentence before.
        "Recovery capital often grows in small steps.",
        # Named anywhere in the sentence, not only as its subject.
        "A person with more recovery capital has more to fall back on when setbacks occur.",
        # The clause after ";" is a sentence of its own; the instruction before it is not a claim.
        "Recovery capital can rise and fall over the years.",
    ]
    # Out: an instruction ("Think of ..."), speech to the reader, a vignette's named person, one
    # instance the story is about ("The recovery capital in that story"), and a denial.


def test_a_word_the_lexicon_lacks_is_a_noun_by_its_suffix() -> None:
    # English morphology: "-tion" makes a noun, so "brief reflection" is a name, longer and more
    # specific than "brief" (which the lexicon knows as a noun too).
    body = (
        "A brief reflection repeats the main words. Some brief replies run long.\n\n"
        "A brief reflection keeps the pace. Trainers like a brief reflection early on.\n\n"
        "Brief is good when time is short.\n"
    )
    read = read_lesson(lesson("Using a brief reflection", body))
    assert lesson_concept(read, point("Short replies help")) == "brief reflection"


def test_a_sentence_about_what_is_confused_with_the_concept_is_no_claim_about_it() -> None:
    # English: "X is easy to confuse with Y" announces a confusion, it says nothing true of Y.
    body = (
        "A few habits are easy to confuse with recovery capital in everyday talk.\n\n"
        "Recovery capital grows when a person builds relationships over time.\n"
    )
    read = read_lesson(lesson("Recovery Capital", body))
    found = [text for _, text in claims_naming(read, "recovery capital")]
    assert not any("confuse" in text for text in found)


def test_a_contracted_pronoun_and_a_plain_words_frame_still_state_something_about_the_concept() -> (
    None
):
    """ "Put plainly, X is ..." is framed as "Put simply" is; "It's a habit ..." after it says
    something of X (anaphora), though `claim` would strip "It's" as a frame of its own."""
    body = """## Working definition

Put plainly, patience is the capacity to wait without giving up on someone. It's a habit that
grows with practice more than a fixed trait, which is encouraging. It's been studied by
researchers in several fields.
"""
    read = read_lesson(lesson("Patience", body))
    assert [text for _, text in statements_about(read, "patience")] == [
        "Patience is the capacity to wait without giving up on someone.",
        "Patience is a habit that grows with practice more than a fixed trait.",
        "Patience has been studied by researchers in several fields.",
    ]


def test_a_means_inside_the_name_the_title_gives_is_no_verb() -> None:
    """ "Lethal means counseling is a conversation ...": the title names "Lethal Means Counseling",
    so the subject runs to "is"; "means" is a word of the name (English: the subject is the whole
    noun phrase before the verb). Without the title's name, "means" is the verb."""
    body = "Lethal means counseling is a conversation about storing firearms and medicines safely."
    statement = "Lethal means counseling is a conversation about storing firearms safely"
    read = read_lesson(lesson("Lethal Means Counseling", body))
    assert lesson_concept(read, point(statement)) == "lethal means counseling"
    assert _concept(read, point(statement)) == "lethal means counseling"
    assert answer_for("What does lethal means counseling mean in peer support?", statement) == (
        "A conversation about storing firearms safely"
    )
    elsewhere = read_lesson(lesson("Safe Storage", body))
    assert lesson_concept(elsewhere, point(statement)) != "lethal means counseling"


def test_a_name_capitalised_mid_sentence_is_the_concept_whatever_words_it_holds() -> None:
    """ "Recovery First" holds a word titles use as a frame ("first"), but the text writes it
    capitalised mid-sentence: a proper name, the lesson's concept (not "recovery" alone)."""
    body = (
        "In Recovery First, people get a peer mentor on day one. Programs using Recovery First "
        "report fewer dropouts. Critics of Recovery First worry about cost. Recovery matters."
    )
    read = read_lesson(lesson("Keys Up Front: What Recovery First Means", body))
    assert lesson_concept(read, point("People get a peer mentor on day one")) == "Recovery First"


def test_a_statement_about_the_concept_agrees_with_its_number() -> None:
    """ "A ride card lets a person ..." said of "ride cards" is "Ride cards let a person ...", and
    "Ride cards fit in a pocket" said of "ride card" is "Ride card fits ..." (English agreement)."""
    body = (
        "Ride cards are sold at the front desk of every clinic in town. A ride card lets a person "
        "book a free ride to a clinic appointment on any weekday."
    )
    read = read_lesson(lesson_input(body, title="Ride cards"))
    said = [text for _, text in statements_about(read, "ride cards")]
    assert (
        "Ride cards let a person book a free ride to a clinic appointment on any weekday." in said
    )
    said = [text for _, text in statements_about(read, "ride card")]
    assert "Ride card are sold at the front desk of every clinic in town." not in said
    assert "Ride card is sold at the front desk of every clinic in town." in said


def test_a_noun_mostly_written_after_a_determiner_is_a_count_noun() -> None:
    """English: a singular count noun needs a determiner ("a warm line", "the best warm line"); a
    mass noun goes bare ("Hope grows ..."). One bare use among many is the word's other sense."""
    from quizzes.generation.concept import count_noun

    body = (
        "A warm line is a phone line. The best warm line answers fast. Each warm line keeps "
        "notes. That is support, not warm line work. Hope grows slowly. Their hopes changed. "
        "Hope is a practice."
    )
    read = read_lesson(lesson_input(body, title="Warm lines"))
    assert count_noun(read, "warm line")
    assert not count_noun(read, "hope")  # (written bare; "hopes" once does not make it count)
    assert not count_noun(read, "warm lines")  # (a plural takes no article)


def test_a_noun_after_noun_modifiers_is_still_the_determiners_head() -> None:
    """English: in "a wellness calendar" or "a cheap paper calendar" the article belongs to the
    head noun past its modifiers, even one the lexicon lacks ("wellness")."""
    from quizzes.generation.concept import count_noun

    body = (
        "A wellness calendar is a daily record. I taped a cheap paper calendar to the door. "
        "My fridge calendar has a square for sleep. People who keep a calendar notice patterns."
    )
    read = read_lesson(lesson_input(body, title="Calendars"))
    assert count_noun(read, "calendar")


def test_a_mass_noun_written_once_in_the_plural_stays_singular() -> None:
    body = (
        "Hope grows slowly in peer work. Peers share hope by telling their stories. Their hopes "
        "for the week were small. Hope is a practice more than a mood."
    )
    read = read_lesson(lesson_input(body, title="Hope"))
    assert lesson_concept(read, MainPoint("", 0.0, "", False, False, ())) == "hope"


def test_an_act_to_avoid_while_doing_it_is_not_said_to_be_the_activity() -> None:
    # "Avoid passing on rumors" (after a suicide death) rules the act out of postvention, it does
    # not say what postvention is; a denied identity ("Postvention is not ...") does.
    avoided = Mined(
        text="passing on rumors",
        shape="ing",
        option=WrongOption((), "s:0", "avoid", "", "", ""),
        priority=1,
    )
    assert said_of("postvention", avoided) == ""
    assert said_of("postvention", mined("passing on rumors", "ing")) == (
        "Postvention is passing on rumors."
    )


def test_an_activity_is_said_only_of_a_concept_whose_head_names_one() -> None:
    # the head of "music in recovery" is "music", a thing; "test strips" are things too
    assert said_of("music in recovery", mined("avoiding the subject altogether", "ing")) == ""
    assert said_of("fentanyl test strips", mined("checking a dose", "ing")) == ""
    assert said_of("self-care", mined("putting others first", "ing")) == (
        "Self-care is putting others first."
    )


def test_what_an_activity_does_is_said_as_what_it_is_in_the_options_frame() -> None:
    """ "Validation communicates that ..." beside "Validation is saying ..." options: restated
    "Validation is communicating that ...", the key in the options' frame; a verb of state or
    relation, or the copula, stays as it is."""
    assert _as_activity("Validation", "Validation communicates that feelings make sense.") == (
        "Validation is communicating that feelings make sense."
    )
    assert _as_activity("Advocacy", "Advocacy helps people speak and acts for change.") == (
        "Advocacy is helping people speak and acting for change."
    )
    for unchanged in (
        "Harm reduction requires no abstinence.",
        "Harm reduction is a set of practices.",
        "Harm reduction means meeting people where they are.",
    ):
        assert _as_activity("Harm reduction", unchanged) == unchanged


def test_a_noun_denied_in_a_verbs_object_slot_is_not_said_to_be_the_subject() -> None:
    """ "CRAFT works with the family member, not the person using substances": the person is
    whom it works with, never what CRAFT is."""
    body = "CRAFT works with the family member, not the person using substances.\n"
    read = read_lesson(lesson_input(body, title="CRAFT"))
    denied = [m for m in mine(read) if "person using substances" in m.text]
    assert denied
    assert all(said_of("CRAFT", m) == "" for m in denied)


def test_a_person_of_the_case_is_no_concept_a_stem_describes() -> None:
    """ "Ray is sixty-one and has driven forty minutes ...": a story's person is who the case is
    about, not a concept; "Which of the following best describes Ray?" asks nothing of the field."""
    from quizzes.generation.items import _main_point_stem

    body = (
        "Ray is sixty-one and has driven forty minutes to the center. His peer specialist, "
        "Monique, greets Ray at the door and asks what brings him in. Ray's daughter drinks, "
        "and he wants her to stop.\n"
    )
    read = read_lesson(lesson_input(body, title="A father at the center"))
    said = point("Ray is sixty-one and has driven forty minutes to the center")
    assert _concept(read, said) == ""
    assert "Ray" not in _main_point_stem(read, said)
