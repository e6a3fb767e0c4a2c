"""Rules of 2026.12-58 (sentences and articles of our own).

- Keys: coordinated acts keep the first alone as a shorter wording when the second repeats the
  infinitive's "to" ("To rest and to call ...") or when a word that is a noun as well as a verb
  opens the second with a pronoun after it ("Thank them and talk it over ..."): the pronoun is
  its object, so the word is the verb.
"""

from __future__ import annotations

from quizzes.generation.items import key_wordings


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
