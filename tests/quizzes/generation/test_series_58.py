"""Rules of 2026.12-58 (sentences and articles of our own).

- Keys: coordinated acts keep the first alone as a shorter wording when the second repeats the
  infinitive's "to" ("To rest and to call ...") or when a word that is a noun as well as a verb
  opens the second with a pronoun after it ("Thank them and talk it over ..."): the pronoun is
  its object, so the word is the verb.
- Keys: "To let a person check ..., so ..." said as "To check ..." has that wording's own shorter
  wordings too.
- Stems: "Its main purpose is to ..." opening a sentence is the purpose of the previous sentence's
  subject ("A gratitude jar, ..., is ..."): "What is the purpose of a gratitude jar?".
"""

from __future__ import annotations

from quizzes.generation.items import key_wordings

from .lessons import drafts_alone


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
