from __future__ import annotations

import pytest

from quizzes.generation.forms import (
    Phrase,
    base_of_third_person,
    from_gerund,
    generic_you,
    gerund_predicate,
    is_gerund,
    is_verb,
    one_of,
    render,
    third_person,
    to_gerund,
)


@pytest.mark.parametrize(
    ("base", "gerund"),
    [
        ("share stories", "sharing stories"),
        ("continue the work", "continuing the work"),
        ("argue less", "arguing less"),
        ("plan a step", "planning a step"),
        ("see the person", "seeing the person"),
        ("lie down", "lying down"),
        ("validate feelings", "validating feelings"),
        # a word of a hyphenated compound is no verb ("long-term")
        ("offer food and long-term housing", "offering food and long-term housing"),
    ],
)
def test_gerunds_round_trip(base: str, gerund: str) -> None:
    assert to_gerund(base) == gerund
    assert from_gerund(gerund) == base


def test_adverbs_and_nouns_are_not_verbs_or_gerunds() -> None:
    assert not is_verb("still")
    assert not is_verb("often")
    assert is_verb("share")
    assert not is_gerund("meaning")
    assert not is_gerund("something")
    assert is_gerund("asking")


def test_third_person_and_back() -> None:
    assert third_person("carry on") == "carries on"
    assert third_person("be there") == "is there"
    assert base_of_third_person("establishes") == "establish"
    assert base_of_third_person("continues") == "continue"


def test_render_forms() -> None:
    phrase = Phrase(verb="share stories", noun="story sharing")
    assert render(phrase, "ing") == "Sharing stories"
    assert render(phrase, "by") == "By sharing stories"
    assert render(phrase, "to") == "To share stories"
    assert render(phrase, "noun") == "Story sharing"
    assert render(phrase, "statement") == "A peer specialist shares stories."


def test_one_member_of_a_plural_name_takes_its_article() -> None:
    assert one_of("open-ended questions") == "an open-ended question"
    assert one_of("External assets") == "an external asset"
    assert one_of("SMART goals") == "a SMART goal"
    assert one_of("reflections") == "a reflection"


def test_a_verb_coordinated_with_the_first_takes_its_form() -> None:
    from quizzes.generation.forms import base_predicate, from_gerund, is_instruction, to_gerund

    assert to_gerund("ask directly and connect them to help") == (
        "asking directly and connecting them to help"
    )
    assert to_gerund("ask the family and friends") == "asking the family and friends"
    # (a verb before an adjective-led object goes with the first verb: a noun takes none)
    assert to_gerund("discuss the conflict and offer role-consistent alternatives") == (
        "discussing the conflict and offering role-consistent alternatives"
    )
    assert from_gerund("asking directly and connecting them") == "ask directly and connect them"
    # "housing" after "and" is a noun, not a second verb.
    assert from_gerund("providing support and housing") == "provide support and housing"
    assert base_predicate("asks", "directly and connects the person to help") == (
        "ask directly and connect the person to help"
    )
    # An instruction: a bare verb, with its adverb or object; not a subject with its verb.
    assert is_instruction(["Ask", "directly", "and", "connect", "them"])
    assert is_instruction(["Think", "of", "empathy", "as", "the", "glue"])
    assert not is_instruction(["Hope", "rarely", "arrives", "as", "a", "speech"])
    assert not is_instruction(["Amount", "of", "time", "a", "person", "has", "been", "sober"])
    # A focusing adverb between a verb and its object ("Keep at least a ...", "Share only what").
    assert is_instruction(["Keep", "at", "least", "a", "spare", "key", "in", "the", "office"])
    assert is_instruction(["Share", "only", "what", "the", "form", "asks", "for"])
    assert not is_instruction(["Change", "only", "happens", "slowly"])
    assert is_instruction(["Use", "only", "approved", "platforms"])
    assert is_instruction(["Call", "only", "when", "the", "person", "agrees"])
    # A word that is an adjective too, then a preposition or conjunction: the adjective with its
    # complement, no verb ("Appropriating only with ..." would be another word).
    assert not is_instruction(["Appropriate", "only", "with", "the", "person's", "consent"])
    assert not is_instruction(["Safe", "only", "when", "both", "agree"])
    # A verb taking an infinitive ("Refuse to share ..."); a noun before one waits for its verb.
    assert is_instruction(
        ["Refuse", "to", "share", "any", "record", "unless", "a", "judge", "orders", "it"]
    )
    assert not is_instruction(["Time", "to", "talk", "is", "rare", "on", "a", "busy", "unit"])


def test_a_finite_predicate_as_a_gerund_phrase_keeps_its_coordinated_verbs_parallel() -> None:
    assert (
        gerund_predicate("thanks", "them sincerely, declines it and tells their supervisor")
        == "thanking them sincerely, declining it and telling their supervisor"
    )
    assert gerund_predicate("meets", "people where they are and works to reduce harm") == (
        "meeting people where they are and working to reduce harm"
    )
    # Plural nouns in a list stay nouns: no object follows them.
    assert gerund_predicate("focuses", "on strengths, needs and goals") == (
        "focusing on strengths, needs and goals"
    )


def test_a_generic_you_is_they_as_a_subject_and_them_as_an_object() -> None:
    assert generic_you("when you feel tired, tell your supervisor") == (
        "when they feel tired, tell their supervisor"
    )
    assert generic_you("someone tells you their story") == "someone tells them their story"
    assert generic_you("the people you serve") == "the people they serve"
    # a quotation's "you" is the one its speaker addresses: words said, kept as said
    assert generic_you('asking you directly: "Are you safe?"') == (
        'asking them directly: "Are you safe?"'
    )
    assert generic_you("saying \u201cyou matter\u201d to your friend") == (
        "saying \u201cyou matter\u201d to their friend"
    )


def test_an_instruction_becomes_the_act_it_names() -> None:
    from quizzes.generation.forms import to_gerund

    # a verb that is a noun too is a verb after "and" when nothing or an object follows
    assert (
        to_gerund("report it to a supervisor and wait")
        == "reporting it to a supervisor and waiting"
    )
    assert to_gerund("accept, but put them on a list") == "accepting, but putting them on a list"
    assert to_gerund("offer support and housing") == "offering support and housing"
    # a verb with its object between commas makes the series one of acts, its last verb too;
    # one-word members after a verb's object are that object's series
    assert to_gerund(
        "follow up to confirm the steps happened, tell your supervisor, and document as required"
    ) == (
        "following up to confirm the steps happened, telling your supervisor, and documenting as "
        "required"
    )
    assert to_gerund("offer food, water and rest") == "offering food, water and rest"
    assert to_gerund("listen, reflect and ask") == "listening, reflecting and asking"
    # a verb taking a bare infinitive ("help locate") is a verb of the series before it
    assert to_gerund("provide or help locate housing") == "providing or helping locate housing"
    # "between" takes two nouns; a condition's alternatives after "or" are the condition's
    assert (
        to_gerund("keep a ritual between work and home") == "keeping a ritual between work and home"
    )
    assert to_gerund("get help if symptoms stick around or get worse") == (
        "getting help if symptoms stick around or get worse"
    )
    assert to_gerund("check in when things change and adjust the plan") == (
        "checking in when things change and adjusting the plan"
    )


def test_every_verb_of_a_coordinated_predicate_takes_the_form() -> None:
    """ "reflects and explores", "thanks them, responds without judgment and asks": a series of
    predicates shares its form, whether the series opens on "and" or a verb that is only a verb
    follows a comma (English: coordinated predicates)."""
    from quizzes.generation.forms import base_predicate

    assert gerund_predicate("reflects", "and explores their view") == (
        "reflecting and exploring their view"
    )
    assert (
        gerund_predicate(
            "thanks", "them for their honesty, responds without judgment and asks what they need"
        )
        == "thanking them for their honesty, responding without judgment and asking what they need"
    )
    assert base_predicate("explores", "their reasons and then helps them choose a goal") == (
        "explore their reasons and then help them choose a goal"
    )
    assert base_predicate("thanks", "them, responds calmly and asks what they need") == (
        "thank them, respond calmly and ask what they need"
    )


def test_a_generic_you_beside_a_they_of_its_own_stays_you() -> None:
    """ "your story explains theirs" as "their story explains theirs" would make two people one."""
    assert generic_you("assuming your story explains theirs") == (
        "assuming your story explains theirs"
    )
    assert generic_you("so you only see their posts") == "so you only see their posts"


def test_a_second_infinitive_takes_the_first_verbs_form_and_a_comparative_can_be_a_verb() -> None:
    assert to_gerund("remind the group of its agreement and to address breaches") == (
        "reminding the group of its agreement and addressing breaches"
    )
    assert is_verb("lower")
    assert not is_verb("still")


def test_a_belief_said_to_a_generic_you_is_said_of_anyone() -> None:
    from quizzes.generation.forms import as_anyone

    assert as_anyone("If you miss a week, you're starting over") == (
        "If a person misses a week, they're starting over"
    )
    assert as_anyone("You have to want it before you can change") == (
        "A person has to want it before they can change"
    )
    assert (
        as_anyone("You're either ready or you're not") == "A person is either ready or they're not"
    )
    # no generic "you" as the subject: as it was
    assert as_anyone("Your plan is yours") == "Your plan is yours"


def test_a_verb_before_about_is_an_instruction_when_no_verb_follows_for_a_subject() -> None:
    from quizzes.generation.forms import is_instruction

    assert is_instruction(["Talk", "about", "the", "ending", "ahead", "of", "time"])
    assert not is_instruction(["Talk", "about", "recovery", "is", "cheap"])


def test_a_verb_listed_after_a_comma_takes_the_base_form_before_its_object() -> None:
    from quizzes.generation.forms import base_predicate

    # ("looks" is a noun too; before "at the person" it is the verb)
    assert base_predicate("speaks", "to the person, looks at the person") == (
        "speak to the person, look at the person"
    )
    assert base_predicate("thanks", "them, declines it in line with policy") == (
        "thank them, decline it in line with policy"
    )


def test_each_verb_of_a_series_takes_the_form_of_the_first() -> None:
    from quizzes.generation.forms import to_gerund

    assert to_gerund("name the boundary, explain why it exists and offer another way") == (
        "naming the boundary, explaining why it exists and offering another way"
    )
    assert to_gerund("listen, reflect and ask") == "listening, reflecting and asking"
    # a series of nouns in the object: the last one, a noun too, stays a noun
    assert to_gerund("prescribe medication, therapy and support") == (
        "prescribing medication, therapy and support"
    )
    assert to_gerund("offer options, not orders, and let them choose") == (
        "offering options, not orders, and letting them choose"
    )


def test_a_verb_coordinated_after_two_adverbs_takes_the_gerund_too() -> None:
    """ "clearly and kindly and keep ...": the adverbs' "and" is no verb's, and the verb after
    the second "and" still shares the first verb's form."""
    assert to_gerund("say no to the loan clearly and kindly and keep the refusal short") == (
        "saying no to the loan clearly and kindly and keeping the refusal short"
    )
