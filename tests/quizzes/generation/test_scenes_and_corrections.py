"""Rules of 2026.12-48 (sentences of our own): a denial set in a scene ("When someone faces
surgery, the peer specialist's job is not to ...") is corrected by the sentence after it ("It's to
..."), the scene kept; a clause of result cut a few words in goes whole; a function owned by the
role on an occasion ("the peer specialist's job") is asked as the stem's question; "What are
they?" asks for the set its scene counts, and a serial comma delimits a series' members."""

from __future__ import annotations

from quizzes.generation import generate, load_bank, read_lesson
from quizzes.generation.answers import counted, series_of
from quizzes.generation.items import _situated_superlative
from quizzes.generation.mainpoint import _cut_to, infer

from .lessons import BANK_PATH, lesson_input

_SURGERY = (
    "Carla is in recovery and has knee surgery next month. She plans to refuse all pain "
    "medication and hide her history from the surgeon.\n\n"
    "## What the peer specialist can do\n\n"
    "Some peers tell people what medication to take or not take. Others help them hide their "
    "history. Some wait until symptoms are gone before working on goals.\n\n"
    "## The bottom line\n\n"
    "When someone in recovery faces surgery, the peer specialist's job is not to choose their "
    "medication, and not to help them hide their history. It's to encourage open communication "
    "with the medical team, so that pain care can be planned with the person's recovery in "
    "mind.\n"
)


def test_a_denial_set_in_a_scene_is_corrected_by_the_next_sentence() -> None:
    point = infer(read_lesson(lesson_input(_SURGERY, title="Before the surgery")))
    assert point.text.startswith(
        "When someone in recovery faces surgery, the peer specialist's job is to encourage open "
        "communication with the medical team"
    )


def test_a_clause_of_result_cut_a_few_words_in_goes_whole() -> None:
    words = [
        "the",
        "job",
        "is",
        "to",
        "encourage",
        "open",
        "communication",
        "with",
        "the",
        "medical",
        "team,",
        "so",
        "that",
        "pain",
        "care",
        "can",
        "be",
        "planned",
        "with",
        "the",
        "person's",
        "recovery",
        "in",
        "mind",
    ]
    assert _cut_to(words, 14) == (
        "the job is to encourage open communication with the medical team"
    )


def test_a_function_owned_by_the_role_on_an_occasion_is_asked() -> None:
    assert _situated_superlative(
        "When someone faces surgery, the peer specialist's job is to encourage open communication."
    ) == ("What is the peer specialist's job when someone faces surgery?")


def test_the_corrected_point_gives_a_main_item_set_in_its_scene() -> None:
    items = generate(
        lesson_input(_SURGERY, title="Before the surgery"), bank=load_bank(BANK_PATH)
    ).items
    main = next(i for i in items if i.kind == "main_point")
    assert main.stem == "What is the peer specialist's job when someone in recovery faces surgery?"
    assert next(c.text for c in main.choices if c.is_correct) == (
        "To encourage open communication with the medical team"
    )


def test_a_question_asking_for_them_counts_the_set_its_scene_names() -> None:
    assert counted('Trauma is built around "three E\'s." What are they?') == 3
    assert counted("What are they?") == 0


def test_a_serial_comma_delimits_the_members_of_a_series() -> None:
    """ "an event or circumstances, ..., and lasting effects": its "or" is inside a member."""
    text = (
        "an event or circumstances, the person's experience of it as harmful, and lasting "
        "effects on well-being."
    )
    assert series_of(text, 3) == (
        "An event or circumstances, the person's experience of it as harmful, and lasting "
        "effects on well-being"
    )
    assert series_of("partnership, acceptance, compassion and evocation, distinct from X", 4) == (
        "Partnership, acceptance, compassion and evocation"
    )
