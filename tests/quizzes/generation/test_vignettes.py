"""A case that opens on a person's request, asked as a scenario stem in the person's own words, and
series of instructions kept whole (sentences of our own)."""

from __future__ import annotations

from quizzes.generation import DistractorBank, generate
from quizzes.generation.answers import claim
from quizzes.generation.distractors import genders, names_in
from quizzes.generation.forms import to_gerund
from quizzes.generation.lesson import read_lesson
from quizzes.generation.vignette import vignette_situation

from .lessons import lesson_input

_CASE = (
    "Jamal has been meeting with his peer specialist, Rosa, for two months. At the end of a "
    'meeting he pulls out his phone. "My cousin is selling a car cheap," he says. "Could you '
    'drive me out to see it on Saturday?"\n\n'
    "## What Rosa did\n\n"
    "Rosa thanked him for asking. She explained that she does not drive the people she supports "
    "on weekends, and she helped him look up the bus route.\n\n"
    "## What the case teaches\n\n"
    "The best response is to decline the ride warmly, explain the limit plainly, and help the "
    "person find another way to get there.\n\n"
    "Avoid lecturing the person about boundaries, and avoid ignoring the request. "
    "Do not promise a ride next time instead.\n"
)


def _situation(body: str) -> str:
    return vignette_situation(read_lesson(lesson_input(body, title="A Ride on Saturday")))


def test_a_case_opening_on_a_request_asks_the_most_helpful_response_in_the_person_s_words() -> None:
    # Item writing: a scenario stem gives the person's words and asks for the response; the
    # words interrupted by "he says" are one speaker's and join into one quotation.
    assert _situation(_CASE) == (
        'A person asks their peer specialist, "My cousin is selling a car cheap. Could you drive me '
        'out to see it on Saturday?" What is the most helpful response?'
    )


def test_the_stem_keys_the_main_point_item_and_publishes_it() -> None:
    lesson = lesson_input(_CASE, title="A Ride on Saturday")
    items = generate(lesson, bank=DistractorBank(())).items
    [item] = [i for i in items if i.stem.startswith("A person asks their peer specialist")]
    assert item.publishable, item.rubric_failures
    [key] = [c.text for c in item.choices if c.is_correct]
    assert key.startswith("Decline the ride warmly")
    assert "Lecture the person about boundaries" in [c.text for c in item.choices]


def test_no_stem_when_the_peer_specialist_speaks_first() -> None:
    # (the role's words open the case: no request to respond to)
    body = _CASE.replace(
        'he pulls out his phone. "My', 'Rosa says, "How was your week?" He says, "My'
    )
    assert _situation(body) == ""


def test_no_stem_from_words_pointing_at_what_only_the_story_tells() -> None:
    # ("her car": whose, only the story says)
    assert _situation(_CASE.replace("selling a car", "selling her car")) == ""
    # ("see this?": what "this" is, only the story says)
    assert _situation(_CASE.replace("see it on Saturday", "see this")) == ""


def test_no_stem_from_words_no_one_is_said_to_say() -> None:
    body = _CASE.replace('cheap," he says. "Could', 'cheap." The bus is late. "Could').replace(
        '"My cousin is selling a car cheap."', "Then: nothing."
    )
    assert _situation(body.replace(" he says.", "")) == ""


def test_no_stem_without_a_peer_specialist_in_the_case() -> None:
    assert _situation(_CASE.replace("his peer specialist, Rosa", "his friend Rosa")) == ""


def test_a_series_of_instructions_keeps_its_last_member() -> None:
    # English: ", and" before the last of a series of instructions closes the series; it opens no
    # second clause to cut (an "and" inside the first member is not the series' own).
    said = (
        "Say no to the request clearly and kindly, keep the refusal short, and help the person "
        "find another way"
    )
    assert claim(said) == said
    # (a second clause after ", and" is still cut)
    assert claim("Say no to the request kindly, and the person will usually understand it") == (
        "Say no to the request kindly"
    )


def test_every_instruction_of_a_series_becomes_a_gerund() -> None:
    # English: coordinated instructions take one form, with or without "and" before the last.
    assert to_gerund("say no clearly and kindly, keep the refusal short, and help them look") == (
        "saying no clearly and kindly, keeping the refusal short, and helping them look"
    )
    assert to_gerund("say no clearly and kindly, keep the refusal short") == (
        "saying no clearly and kindly, keeping the refusal short"
    )
    assert to_gerund("offer food, water and rest") == "offering food, water and rest"


def test_a_pronoun_after_a_sentence_with_a_man_and_a_woman_names_neither() -> None:
    # English anaphora: with "he" and "her" both in the sentence before, a "He" opening the next
    # may be either of its people; it tells no one's pronoun.
    body = (
        "Keisha asks whether he would like to call now, with her sitting in. He chooses to write "
        "first. Dwayne nods. Keisha smiles at Dwayne."
    )
    read = read_lesson(lesson_input(body))
    assert "Keisha" not in genders(read.sentences, names_in(read.sentences))


def test_an_own_after_an_object_is_the_objects_not_the_subjects() -> None:
    # English binding: in "Mia asks him to say it in his own words" the "his own" is the one asked
    # (the infinitive's subject), so it tells nothing of Mia; "Mia checked her own notes" does.
    body = "Mia asks him to say it in his own words. Mia checked her own notes. Ben nods."
    read = read_lesson(lesson_input(body))
    assert genders(read.sentences, names_in(read.sentences)) == {"Mia": "she"}
    body = "Mia asks him to say it in his own words. Ben nods."
    read = read_lesson(lesson_input(body))
    assert "Mia" not in genders(read.sentences, names_in(read.sentences))


_TWO_HELPERS = (
    "Ana has been meeting with her peer specialist, Rosa, for a month. Ana asks Rosa to help her "
    "move a couch on Sunday.\n\n"
    "## What Rosa did\n\n"
    "Rosa thanked her for asking. She explained the limit and helped her find a moving service.\n\n"
    "## How it could have gone\n\n"
    "Picture a different peer specialist, Tom, in the same spot. Tom agrees at once, drives "
    "over on Sunday with his truck and ends up spending the whole day there.\n"
)


def test_a_second_helper_brought_in_as_a_parallel_case_is_the_foil() -> None:
    # Article writing: the model first, the contrast after; English: "a different peer
    # specialist ... in the same spot" presupposes the case already told. With no helper faulted
    # in so many words, the second is the foil and the first the model.
    from quizzes.generation.distractors import faulted_in

    read = read_lesson(lesson_input(_TWO_HELPERS, title="A Couch on Sunday"))
    assert set(faulted_in(read.sentences)) == {"Tom"}
    # (without a word of contrast, either could be the foil: no one is)
    plain = _TWO_HELPERS.replace(
        "Picture a different peer specialist, Tom, in the same spot.",
        ("Tom, a peer specialist, meets Ana on Monday."),
    )
    assert not faulted_in(read_lesson(lesson_input(plain)).sentences)


def test_a_foil_s_acts_are_wrong_options_and_what_befalls_them_is_not() -> None:
    # English: "ends up spending the day" tells an outcome, not a choice; "drives over" is one.
    from quizzes.generation.distractors import _outcome, mine

    read = read_lesson(lesson_input(_TWO_HELPERS, title="A Couch on Sunday"))
    acts = [m.text.lower() for m in mine(read)]
    assert "driving over on sunday with their truck" in acts, acts
    assert _outcome("Ending up spending the whole day there")
    assert _outcome("Learning something that changed how they saw it")
    assert not _outcome("Driving over on Sunday")


def test_a_pronoun_speaks_for_the_person_only_when_it_cannot_be_the_peer_specialist() -> None:
    # English: "his peer specialist, Rosa" makes "he" the person Rosa supports; with Rosa's own
    # pronoun untold, a "she" saying the words may be Rosa, and no stem quotes them.
    untold = _CASE.replace("She explained that she does", "Rosa explained that the role does")
    assert _situation(untold).startswith("A person asks their peer specialist")
    assert _situation(untold.replace(' cheap," he says.', ' cheap," she says.')) == ""


# Rules of 2026.12-48 (stories of our own): the role as a title before a name ("peer specialist
# Rosa") introduces the helper; a quotation after a sentence of its paragraph is that sentence's
# subject's words (the action beat); a verb of saying and what it says of the words may close on
# the colon before them; a helper the opening has not named is no one its pronouns stand for; a
# case's request asked first, the concept's question after it.

_BEAT = (
    "Marcus, 34, has been coming to a recovery center for a month. One afternoon he tells his "
    "peer specialist, Renee, that he has been thinking about his drinking. "
    '"Some weekends it\'s fine. Some weekends I lose Monday too."\n\n'
    "## A different afternoon\n\n"
    "At another center, a peer specialist named Tom hears the same thing. He lectures Marcus "
    "about his liver. That pushes him away.\n"
)


def test_a_quotation_after_a_sentence_is_its_subjects_words() -> None:
    """ "he" is Marcus's, though Tom, a foil the opening has not named yet, is a "he" too."""
    assert _situation(_BEAT) == (
        "A person tells their peer specialist, \"Some weekends it's fine. Some weekends I lose "
        'Monday too." What is the most helpful response?'
    )


def test_a_quotation_after_a_verb_of_saying_and_a_colon_is_the_speakers() -> None:
    body = (
        "For eight months, Renata met with her peer specialist, Theo. At their last review, she "
        "said something that surprised them both: \"I think I'm ready to stop meeting every "
        'week."\n\n'
        "## What Theo did\n\n"
        "Theo asked how she wanted the last stretch to go.\n"
    )
    assert _situation(body) == (
        'A person tells their peer specialist, "I think I\'m ready to stop meeting every week." '
        "What is the most helpful response?"
    )


def test_the_role_as_a_title_before_a_name_introduces_the_helper() -> None:
    from quizzes.generation.distractors import case_helpers

    told = (
        "Tom, 44, has been meeting with peer specialist Rosa for three weeks. Tom talks about "
        "his drinking. Rosa listens.\n\n"
        "## Later\n\n"
        "The first peer specialist Tom sees after that is new. Tom likes her.\n"
    )
    assert case_helpers(read_lesson(lesson_input(told)).sentences) == ("Rosa",)


def test_the_main_point_is_asked_in_the_cases_scene_then_without_it() -> None:
    """The scene first (the scenario item); `scene=False` is the question tried after it."""
    from quizzes.generation.items import _main_point_stem
    from quizzes.generation.types import MainPoint

    read = read_lesson(lesson_input(_BEAT, title="A Ride on Saturday"))
    point = MainPoint(
        text="Listen for the person's own reasons before setting any goal",
        confidence=0.9,
        source_sentence_id="lesson-summary:0",
        flagged_for_review=False,
        from_front_matter=True,
        evidence=("front matter",),
    )
    assert _main_point_stem(read, point).startswith("A person tells their peer specialist")
    assert _main_point_stem(read, point, scene=False) == (
        "Which of the following should a peer specialist do?"
    )
