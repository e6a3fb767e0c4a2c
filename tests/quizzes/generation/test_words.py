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
        # a two-letter root whose silent "e" the suffix took
        ("use", "using"),
        ("use", "used"),
        ("owe", "owing"),
        ("age", "aged"),
        # what the stemmer matched before
        ("validate", "validation"),
        ("plan", "plans"),
        ("strategy", "strategies"),
    ],
)
def test_the_forms_of_one_word_stem_alike(one: str, other: str) -> None:
    assert stem(one) == stem(other)


@pytest.mark.parametrize(("one", "other"), [("thing", "the"), ("bring", "bre"), ("red", "re")])
def test_a_word_ending_like_a_suffix_keeps_its_letters(one: str, other: str) -> None:
    # ("thing" is no "th" + "-ing": two consonants are no root of a short verb)
    assert stem(one) != stem(other)
    assert stem(one) == one
