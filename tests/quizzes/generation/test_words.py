import pytest

from quizzes.generation.words import stem


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # a noun in "-ive" and its plural ("directives" had kept its "iv")
        ("directive", "directives"),
        ("perspective", "perspectives"),
        ("alternative", "alternatives"),
        # a stem's own "ss" stays, and its plural takes off "es"
        ("process", "processes"),
        ("stress", "stresses"),
        ("miss", "missed"),
        # what the stemmer matched before
        ("validate", "validation"),
        ("plan", "plans"),
        ("strategy", "strategies"),
    ],
)
def test_the_forms_of_one_word_stem_alike(one: str, other: str) -> None:
    assert stem(one) == stem(other)
