from __future__ import annotations

import pytest

from quizzes.generation import LessonInput, infer_main_point, main_point, read_lesson
from quizzes.generation.mainpoint import REVIEW_THRESHOLD, candidates, compress, strip_frames
from quizzes.generation.words import names_someone

from .corpus import corpus_cases, matches, seed_cases
from .lessons import lesson_input


def test_inferred_main_point_matches_the_real_answer_on_the_corpus() -> None:
    cases = corpus_cases()
    found = [matches(c.answer, infer_main_point(c.lesson).text) for c in cases]
    assert len(cases) == 22
    assert sum(found) >= 19


def test_the_seeds_keep_their_main_point() -> None:
    cases = seed_cases()
    assert len(cases) == 5
    assert all(matches(c.answer, infer_main_point(c.lesson).text) for c in cases)


def test_front_matter_main_point_is_used_as_written() -> None:
    case = corpus_cases()[0]
    given = LessonInput(**{**case.lesson.__dict__, "main_point": "Hope comes first."})
    point = main_point(read_lesson(given))
    assert point.text == "Hope comes first."
    assert point.from_front_matter
    assert point.confidence == 1.0


def best_candidate(body: str, title: str) -> str:
    """The text of the highest-scoring main-point candidate of a lesson of `body`."""
    read = read_lesson(lesson_input(body, title=title))
    return max(candidates(read), key=lambda c: c.score).text


def lesson(body: str, title: str = "Notes", summary: str = "") -> LessonInput:
    return lesson_input(body, title=title, summary=summary)


def test_a_title_question_is_answered_by_the_first_sentence() -> None:
    point = infer_main_point(
        lesson(
            "Later on, other things are said about the weather and lunch.\n",
            title="When may confidentiality be broken?",
            summary="When there is a risk of harm to self or others. That is the limit.",
        )
    )
    assert point.text == "When there is a risk of harm to self or others"
    assert "title question" in point.evidence


def test_an_explicit_cue_beats_an_uncued_sentence() -> None:
    point = infer_main_point(
        lesson(
            "Groups meet on Tuesdays in the library.\n\n"
            "## The key idea\n\n"
            "The key idea is this: structure gives a goal clarity and a path to follow.\n",
            title="Goals",
        )
    )
    assert point.text.startswith("Structure gives a goal clarity")
    assert point.confidence >= REVIEW_THRESHOLD


def test_a_summing_up_point_ranked_first_by_a_superlative_is_the_point() -> None:
    """Among the points a closing list sums up, the one it ranks first by a superlative ("is the
    habit that most lifts ...") is the one the lesson stresses, wherever it stands in the list."""
    point = infer_main_point(
        lesson(
            "Afternoons can drag for anyone.\n\n"
            "## Key points\n\n"
            "- Energy dips are common after lunch and can be early signs of poor sleep.\n"
            "- A short walk after lunch is the habit that most lifts the afternoon.\n"
            "- Heavy meals make the dip deeper.\n",
            title="Afternoon energy",
        )
    )
    assert point.text.startswith("A short walk after lunch")


def test_what_the_reader_does_in_consequence_stays_with_the_point() -> None:
    """ "X is a boundary question, so you thank them and check with a supervisor": the practical
    consequence for the reader is the lesson's point; a consequence with another subject is cut."""
    assert compress(
        "A gift from a person you support is a boundary question, so you thank them and check "
        "with your supervisor first"
    ).endswith("so you thank them and check with your supervisor first")
    assert (
        compress("A gift is a boundary question, so many agencies keep a written policy on it")
        == "A gift is a boundary question"
    )


def test_what_the_point_makes_possible_stays_with_it() -> None:
    """ "P, so S can V": the result or purpose P serves is why P matters, and stays; a closing
    consequence for others ("so many agencies keep ...") still goes."""
    assert compress(
        "After weeks away from the gym, a runner's endurance has dropped, so the distance they "
        "used to manage can now leave them injured"
    ).endswith("so the distance they used to manage can now leave them injured")
    assert compress(
        "Rehearsing the words of a refusal makes them quick and automatic, so the person can say "
        "them when pressed"
    ).endswith("so the person can say them when pressed")
    # ("will not" says what is ruled out, no result the point serves)
    assert compress(
        "A tenant's deposit sits in a separate account, so the landlord will not touch it"
    ) == ("A tenant's deposit sits in a separate account")


def test_a_case_vignette_opening_is_not_taken_for_the_summary() -> None:
    read = read_lesson(
        lesson("Nothing else.\n", summary="Priya, 34, is starting services this week.")
    )
    assert all(c.cue != "summary" for c in candidates(read))


def test_a_lesson_without_cues_is_flagged_for_review() -> None:
    point = infer_main_point(lesson("Tea is served at four.\n", title="Afternoons"))
    assert point.flagged_for_review


def test_a_wrong_main_point_never_outscores_the_right_one_on_the_corpus() -> None:
    """Confidence means something: on average a right inference is surer than a wrong one."""
    right, wrong = [], []
    for case in corpus_cases():
        point = infer_main_point(case.lesson)
        (right if matches(case.answer, point.text) else wrong).append(point.confidence)
    assert right
    if wrong:
        assert sum(right) / len(right) >= sum(wrong) / len(wrong) - 0.1


def test_an_answer_with_no_condition_does_not_answer_a_question_asking_when() -> None:
    """ "Under which circumstance ...?" is answered by a condition; a first sentence stating none
    is weak evidence, and the inference says so."""
    title = "Confidentiality can be broken under which circumstance?"
    weak = infer_main_point(
        lesson(
            "Peer workers keep what people tell them private. Trust depends on it.\n\n"
            "Later, notes about rotas and rooms.\n",
            title=title,
        )
    )
    strong = infer_main_point(
        lesson(
            "Only when there is a risk of harm to self or others. Trust depends on it.\n\n"
            "Later, notes about rotas and rooms.\n",
            title=title,
        )
    )
    assert strong.text == "Only when there is a risk of harm to self or others"
    assert weak.confidence < strong.confidence


def test_announcing_a_skill_to_be_taught_is_not_a_main_point() -> None:
    found = candidates(
        read_lesson(
            lesson(
                "Open questions invite a story.\n",
                summary="This unit explains how to recognize an open question and when to ask one.",
            )
        )
    )
    assert not [c for c in found if c.text.lower().startswith("to recognize")]


def test_a_cue_opening_a_second_clause_does_not_take_the_first() -> None:
    found = candidates(
        read_lesson(
            lesson(
                "Confidentiality has limits, and the most important one concerns safety.\n",
                title="Limits",
            )
        )
    )
    assert not [c for c in found if c.text.rstrip().endswith(" and")]


def test_a_question_asking_when_is_answered_by_the_opening_paragraphs_condition() -> None:
    point = infer_main_point(
        lesson(
            "Peer workers keep what people tell them private. But privacy has limits. If "
            "someone may seriously hurt themselves, the duty to protect life comes first.\n\n"
            "Later, notes about rotas and rooms.\n",
            title="Confidentiality can be broken under which circumstance?",
        )
    )
    assert point.text.startswith("If someone may seriously hurt themselves")
    assert "title question" in point.evidence


def test_a_cue_opening_the_sentence_gives_the_clause_after_its_comma() -> None:
    found = candidates(
        read_lesson(
            lesson(
                "In short, boundaries keep the focus on the person's recovery.\n\n"
                "Other notes follow here.\n",
                title="Why Boundaries Matter",
            )
        )
    )
    assert found[0].cue == "explicit cue"
    assert found[0].text == "boundaries keep the focus on the person's recovery"


def test_a_definition_of_the_titles_concept_in_other_words_is_a_candidate() -> None:
    """ "Trauma-informed care" under the title "Trauma-Informed Peer Support": two of its three
    words are the title's."""
    found = candidates(
        read_lesson(
            lesson(
                "Trauma-informed care is an approach that assumes a person may have experienced "
                "trauma.\n",
                title="Module 5: Trauma-Informed Peer Support",
            )
        )
    )
    assert [c.cue for c in found if c.text.startswith("Trauma-informed care is")] == ["definition"]


def test_what_a_section_of_myths_says_is_no_main_point() -> None:
    """A definition under "Myths" is what the article rules out; a heading that is a cue ("The
    bottom line") marks its section's first sentence as the point."""
    found = candidates(
        read_lesson(
            lesson(
                "## Myths about self-care\n\n"
                "Self-care means bubble baths and spa days. More often it means sleep.\n\n"
                "## The bottom line\n\n"
                "Self-care is a professional responsibility that keeps peer workers well.\n",
                title="Self-Care Is Part of the Job",
            )
        )
    )
    assert not [c for c in found if "bubble baths" in c.text]
    assert found[0].cue == "explicit cue"
    assert found[0].text.startswith("Self-care is a professional responsibility")


def test_a_teaser_title_is_no_question_and_the_principle_is_what_follows_is_that() -> None:
    from quizzes.generation.mainpoint import title_asks

    assert not title_asks("Speaking Up, or Helping Someone Speak?")
    assert title_asks("In a SOAP note, what should be included in the A portion of the note?")
    assert title_asks("Peer Recovery Specialist Ethics are:")
    found = candidates(
        read_lesson(
            lesson(
                "Dana has been told to move out. She asks for help.\n\n"
                "## Why it works\n\n"
                "The principle is that peer specialists support self-advocacy: they help the "
                "person speak for themselves.\n",
                title="Speaking Up, or Helping Someone Speak?",
            )
        )
    )
    assert found[0].text == "peer specialists support self-advocacy"
    assert "title question" not in {c.cue for c in found}


def test_a_cue_inside_a_noun_phrase_gives_no_candidate() -> None:
    from quizzes.generation.mainpoint import _after_cue

    assert _after_cue("Shared that way, a story becomes one of the most useful tools.") == ""
    assert _after_cue("In short, boundaries keep the focus on the person's recovery.") == (
        "boundaries keep the focus on the person's recovery."
    )


def test_a_view_reported_as_others_is_no_main_point() -> None:
    """ "Some trainees think it is fine if the person asks for it" reports the view the article
    goes on to correct (English: attribution), whatever its place."""
    from quizzes.generation.mainpoint import candidates

    body = (
        "## What about the other answers?\n\n"
        "Some trainees think it is fine if the person asks for it. Consent does not remove the "
        "conflict.\n\n"
        "## In short\n\n"
        "A peer specialist does not also serve as the same person's sponsor.\n"
    )
    read = read_lesson(lesson_input(body, title="Dual relationships"))
    assert not [c for c in candidates(read) if c.text.lower().startswith("some trainees")]


def test_a_cue_judged_simple_delivers_its_point_after_the_colon() -> None:
    from quizzes.generation.mainpoint import _after_cue

    assert _after_cue("The key idea is simple: keep texts brief and on agency devices.") == (
        "keep texts brief and on agency devices."
    )


def test_a_colon_delivers_what_its_sentence_announced() -> None:
    from quizzes.generation.mainpoint import _POINTS_FORWARD

    for text, point in [
        ("Here's the rule I wish I had known: share your story when it is brief.", "share"),
        (
            "The lesson the two endings point toward is this: when a peer offers a gift, decline.",
            "when",
        ),
        (
            'When people say recovery is "nonlinear," they mean something specific: it has setbacks.',
            "it",
        ),
        (
            "How a plan is kept matters, and the first habit is often the plainest one: read it "
            "together every week.",
            "read",
        ),
        ("What a good sponsor offers is what a map offers: a way through unknown ground.", "a way"),
    ]:
        match = _POINTS_FORWARD.match(text)
        assert match is not None, text
        assert match.group("x").startswith(point), text
    assert _POINTS_FORWARD.match("Recovery has three parts: hope, work and time.") is None
    # (a list introduced by a plain clause announces its members, not a point)
    assert _POINTS_FORWARD.match("Several things made the visit work: time, place, tone.") is None


def test_a_question_after_a_scene_is_the_articles_question() -> None:
    from quizzes.generation.mainpoint import title_asks

    assert title_asks('A person says, "I have decided to cut back." Which stage of change is this?')
    assert not title_asks("Whose Plan Is This?")


def test_a_question_heading_is_answered_by_its_sections_first_sentence() -> None:
    from quizzes.generation.mainpoint import _questions

    body = (
        "## Who has the final say?\n\n"
        "The person receiving services makes the final decision. The provider advises.\n"
    )
    read = read_lesson(lesson_input(body, title="Shared decision-making"))
    asked = [(q, a.plain) for _, q, a in _questions(read) if a is not None]
    assert (
        "Who has the final say?",
        "The person receiving services makes the final decision.",
    ) in asked


def test_the_first_item_of_a_closing_summary_list_is_a_candidate() -> None:
    body = (
        "## What it is\n\nA plan is many things to many people.\n\n"
        "## Chapter review\n\n"
        "- A relapse prevention plan helps a person recognize their own triggers early.\n"
        "- The person writes it.\n"
    )
    read = read_lesson(lesson_input(body, title="Relapse prevention plans"))
    cued = {c.text: c.cue for c in candidates(read)}
    assert cued.get(
        "A relapse prevention plan helps a person recognize their own triggers early"
    ) in ("key points", "summing up")


def test_a_cue_is_read_where_english_puts_it() -> None:
    """The first "is" after a cue joins it to the point ("The big idea behind X is balance: ...");
    a "what" clause before a colon announces what the colon gives; "in short" inside a phrase
    ("in short, simple sentences") is no cue."""
    from quizzes.generation.mainpoint import _after_cue

    assert _after_cue(
        "The big idea behind the wheel is balance: each part leans on the others."
    ) == ("balance: each part leans on the others.")
    assert _after_cue(
        "The most important part of calming things is what you do first: slowing your own breath."
    ) == ("slowing your own breath.")
    assert _after_cue("Say where you both are, in short, simple sentences.") == ""
    # the first "is" of a relative clause inside the cue's subject is not the clause's own
    assert _after_cue("The answer the test is looking for is patient, steady listening.") == (
        "patient, steady listening."
    )


def test_a_series_keeps_its_last_member() -> None:
    from quizzes.generation.mainpoint import compress

    assert compress("Share it when it is brief, purposeful, and serves the person.") == (
        "Share it when it is brief, purposeful, and serves the person"
    )
    assert compress("Boundaries protect the relationship, and they protect the worker too.") == (
        "Boundaries protect the relationship"
    )
    # members of any length after a serial comma; a clause with a subject after "and" is cut
    assert compress("Keep texts brief, on agency devices, and about logistics.") == (
        "Keep texts brief, on agency devices, and about logistics"
    )
    assert compress("Listen closely, ask open questions, and reflect feelings.") == (
        "Listen closely, ask open questions, and reflect feelings"
    )
    assert compress("Recovery is a process, not an event, and it takes time.") == (
        "Recovery is a process, not an event"
    )
    # an adjunct clause set off by two commas before the verb is part of the claim
    assert compress(
        "Declining invitations kindly, while helping the person build other friendships, "
        "protects the peer relationship."
    ) == (
        "Declining invitations kindly while helping the person build other friendships "
        "protects the peer relationship"
    )
    # a phrase set off by two commas before a relative clause is an aside, the clause stays
    assert (
        compress(
            "A care plan is a shared document, and the talk behind it, that lists what the person "
            "wants to work on."
        )
        == "A care plan is a shared document that lists what the person wants to work on"
    )


def test_a_long_claim_is_cut_where_a_phrase_can_end() -> None:
    """Cut to its last words, a claim never ends on a possessive, a determiner or a preposition,
    nor a few words into a subordinate clause."""
    from quizzes.generation.mainpoint import compress

    filler = " ".join(f"w{n}" for n in range(1, 22))  # 21 words
    assert compress(
        f"{filler}, leaving out guesses, moods and other people's own details of any kind"
    ) == (f"{filler}, leaving out guesses, moods")
    assert compress(
        f"{filler}, heard plainly when choices about their care are made each week"
    ) == (f"{filler}, heard plainly")
    # a comma a few words past the limit ends the phrase whole, not "over the long"
    longer = " ".join(f"w{n}" for n in range(1, 26))  # 25 words
    assert compress(f"{longer} over the long term, with peers as a core part") == (
        f"{longer} over the long term"
    )
    # a clause a wh-word opens at the limit goes whole when the text ends a word or two later,
    # and a semicolon ends a clause like a comma
    assert compress(f"{longer} w26 decide what happens next") == (
        f"{longer} w26 decide what happens next"
    )
    assert compress(f"{longer} w26 w27 decide; then w28 w29 w30") == f"{longer} w26 w27 decide"
    # and the text's own end a word or three past the limit ends it whole, not "helping them look"
    assert compress(f"{longer} helping them look at other resources") == (
        f"{longer} helping them look at other resources"
    )


def test_a_case_conclusion_gives_its_rule_not_its_ending() -> None:
    """The conclusion's first sentence that names no one and tells no event: "Both peers got
    there" is the story's ending, "Peer support leans toward ..." the rule it teaches."""
    from quizzes.generation.mainpoint import candidates

    body = (
        "## Two peers\n\nMina called the landlord herself. Dev helped Ray practise the call.\n\n"
        "## Discussion\n\nBoth peers got the heat fixed. Peer support leans toward helping people "
        "speak for themselves, because the skill outlasts the repair.\n"
    )
    found = [c for c in candidates(read_lesson(lesson(body))) if c.cue == "conclusion"]
    assert found[0].text.startswith("Peer support leans toward helping people speak for themselves")


def test_a_term_and_its_gloss_under_a_definition_heading_define_the_concept() -> None:
    point = infer_main_point(
        lesson(
            "## Overview\n\nPeople are often told their reactions are wrong. This unit covers "
            "it.\n\n## Definition\n\nAttunement: noticing what a person feels and showing them "
            "you noticed.\n\n## Practice\n\nTry it in pairs.\n",
            title="Attunement",
        )
    )
    assert point.text == "Attunement is noticing what a person feels and showing them you noticed"
    assert "definition" in point.evidence


def test_a_candidate_that_only_names_what_is_asked_does_not_win() -> None:
    """Asked "Which of the following is an example of neighborhood capital?", a summary that opens
    by naming "Neighborhood capital" answers nothing; the definition the article gives does."""
    point = infer_main_point(
        lesson_input(
            "Neighborhood capital: the places around a person.\n\n## Definition\n\n"
            "Recovery capital is the total of resources a person can draw on to sustain recovery.\n",
            title="Which of the following is an example of neighborhood capital?",
            summary="Neighborhood capital.",
        )
    )
    assert point.text != "Neighborhood capital"
    assert "resources" in point.text


def test_a_contraction_keeps_its_subject_when_frames_are_stripped() -> None:
    """ "That" is a frame ("That X" -> "X"), but in "That's X" it is the subject of "'s"."""
    assert (
        strip_frames("That's a common pattern in gardens.") == "That's a common pattern in gardens."
    )


def test_a_shell_noun_with_a_bare_wh_clause_is_filled_by_the_next_sentence() -> None:
    point = infer_main_point(
        lesson(
            "Other notes about kitchens and sheds.\n",
            title="What is the main difference between gardening and cooking?",
            summary=(
                "The key difference is what each craft depends on. Gardening depends on soil and "
                "seasons, while cooking depends on heat and timing. Both reward patience."
            ),
        )
    )
    assert point.text.startswith("Gardening depends on soil and seasons")


def cued(body: str, title: str, cue: str) -> list[str]:
    """The candidates a lesson's text gives by one cue."""
    return [c.text for c in candidates(read_lesson(lesson(body, title=title))) if c.cue == cue]


def test_a_norm_restricted_to_a_condition_is_a_generic_rule() -> None:
    body = (
        "Omar asked whether Rosa would visit his home. Rosa said she would think about it.\n\n"
        "## Thinking it through\n\n"
        "A home visit from a peer specialist is appropriate only when the person has invited it "
        "and agency policy allows it.\n"
    )
    assert cued(body, "The home visit", "generic rule") == [
        "A home visit from a peer specialist is appropriate only when the person has invited it "
        "and agency policy allows it"
    ]


def test_a_rules_frame_of_circumstance_does_not_cut_off_what_to_do() -> None:
    rule = (
        "When a peer specialist hears that a coworker may have taken a gift from someone they "
        "serve, the expectation is to tell a supervisor through the usual channel, the same day, "
        "following the written policy and whatever the certifying board asks"
    )
    body = f"Omar took a gift from Rosa.\n\n## Discussion\n\n{rule}.\n"
    assert cued(body, "Gifts", "generic rule") == [rule]


@pytest.mark.parametrize(
    ("body", "cue", "cued_so"),
    [
        # a person of the story explaining is no announcement ...
        (
            "Rosa leaves with a plan. She thanks Omar, explains why she can't come to the party "
            "and offers to help him plan who else to invite.\n\nThe two talked for an hour.\n",
            "announcement",
            False,
        ),
        # ... the article announcing, its subject no one of the story, is one
        (
            "This guide explains why clear limits protect the work itself.\n\nLimits help.\n",
            "announcement",
            True,
        ),
        # a rhetorical "why" before a bare verb is no question the article answers ...
        (
            "Hope is a first step. If the doctor has said it is pointless, why bother? People "
            "take that message in.\n\nThe garden grows.\n",
            "body question",
            False,
        ),
        # ... a teaser answered by "because" is answered after all
        (
            "Hope is a first step. Why bother? Because people take that message in.\n",
            "body question",
            True,
        ),
    ],
)
def test_only_the_articles_own_words_are_its_announcements_and_questions(
    body: str, cue: str, cued_so: bool
) -> None:
    assert bool(cued(body, "Kind words", cue)) is cued_so


def test_a_question_someone_is_said_to_ask_is_not_the_articles_own() -> None:
    found = candidates(
        read_lesson(
            lesson(
                "Before salting a dish, a cook asks two questions: why is the salt being added, "
                "and what is the least that will do the job?\n\n"
                "A quick illustration. Soup needs less salt than bread.\n",
                title="Seasoning",
            )
        )
    )
    assert not [c for c in found if c.cue == "body question"]


def test_it_opening_the_answer_to_the_title_stands_for_the_titles_subject() -> None:
    point = infer_main_point(
        lesson(
            "The quiet-hours rule is a policy the residents' committee wrote last year.\n",
            title="What does the quiet-hours rule require?",
            summary="It requires that music be kept low after ten at night. Neighbours sleep better.",
        )
    )
    assert point.text.startswith("It requires that music be kept low")
    assert "title question" in point.evidence


def test_a_colon_after_a_short_clause_specifies_the_answer() -> None:
    """ "Follow the safety plan: evacuate ..., call ...": what exactly to do is after the colon."""
    point = infer_main_point(
        lesson(
            "Later notes about rotas.\n",
            title="A tenant smells gas in the hallway. What should the building manager do?",
            summary=(
                "Follow the safety plan: evacuate the building at once and call the gas company "
                "from outside. Nobody should flip a switch."
            ),
        )
    )
    assert "evacuate the building" in point.text.lower()


def test_happens_when_defines_its_subject() -> None:
    found = candidates(
        read_lesson(
            lesson(
                "Other notes about dew and frost.\n",
                title="Garden Frost",
                summary="Garden frost happens when the ground loses heat faster than the air above it.",
            )
        )
    )
    assert "definition" in [c.cue for c in found if c.text.startswith("Garden frost happens")]


def test_an_opening_definition_counts_under_a_figurative_title() -> None:
    point = infer_main_point(
        lesson(
            "Here's the thing about a habit: it is hard to keep it while a friend breaks it in "
            "front of you.\n\n"
            "## What happened next\n\n"
            "He tried again the next spring.\n",
            title="The Quiet Voice in the Kitchen",
            summary="Comfort eating happens when someone eats to soothe a feeling rather than hunger.",
        )
    )
    assert point.text.startswith("Comfort eating happens when")


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # "X is one of the oldest Y" ranks X among others; it does not say what X is
        ("Allotments are one of the oldest community gardening schemes around.", "Allotments"),
        # a denied meaning defines nothing
        ("Composting does not mean leaving food scraps in an open pile.", "Composting"),
        # what someone in a story explains is told, not defined
        (
            "She explains that the first weeks home are a risky time for overdose.",
            "The First Weeks Home",
        ),
    ],
)
def test_a_sentence_that_ranks_denies_or_reports_is_no_definition(
    sentence: str, title: str
) -> None:
    found = candidates(read_lesson(lesson(sentence + "\n", title=title)))
    assert not [c for c in found if c.cue == "definition"]


def test_the_first_sentence_under_a_summary_heading_restates_the_point() -> None:
    found = candidates(
        read_lesson(
            lesson(
                "Bees visit many flowers in a morning.\n\n"
                "## In brief\n\n"
                "Pollination moves pollen between flowers so that plants can set seed.\n",
                title="Pollination",
            )
        )
    )
    assert "summing up" in [c.cue for c in found if c.text.startswith("Pollination moves")]


def test_a_definition_said_twice_over_beats_one_said_once() -> None:
    """A definition under "Summary" is signalled twice (a definition and a summing-up line)."""
    point = infer_main_point(
        lesson(
            "## What a site diary is\n\n"
            "A site diary is a daily log of the work done on a building site by each crew.\n\n"
            "## Summary\n\n"
            "A site diary is a factual, dated account of the work, tied to the project plan.\n",
            title="Keeping a Site Diary",
        )
    )
    assert point.text.startswith("A site diary is a factual, dated account")


def test_a_definition_addressed_to_the_reader_yields_to_a_general_one() -> None:
    point = infer_main_point(
        lesson(
            "## Why it works\n\n"
            "A list of numbers leaves the caller alone. A warm transfer means you stay on the line "
            "together.\n",
            title="The Warm Transfer: Staying on the Line",
            summary=(
                "A warm transfer happens when an operator introduces the caller to the next "
                "department on a live call."
            ),
        )
    )
    assert point.text.startswith("A warm transfer happens when an operator")


def test_a_cued_fact_about_a_case_is_the_story_not_the_principle() -> None:
    point = infer_main_point(
        lesson(
            "It becomes the most important thing Oskar learns that week: Brunhilde misses her "
            "choir badly.\n\n"
            "## What changed\n\n"
            "Speaking to the person directly keeps them at the centre of the conversation.\n",
            title="Two Visits",
        )
    )
    assert not point.text.startswith("Brunhilde")


def test_a_learning_objective_states_its_point_after_that() -> None:
    point = infer_main_point(
        lesson(
            "Trainees should leave this unit able to state that, in a fire drill, the safest "
            "route is the nearest marked stairway.\n",
            title="Unit 3: Fire Drills",
        )
    )
    assert point.text.startswith("In a fire drill, the safest route is the nearest marked stairway")


def test_best_practice_is_a_cue() -> None:
    found = candidates(
        read_lesson(
            lesson(
                "Best practice is to water seedlings early in the morning, before the heat.\n",
                title="Seedlings",
            )
        )
    )
    assert found[0].cue == "explicit cue"
    assert found[0].text.startswith("to water seedlings early")


def test_a_cued_point_with_a_rival_is_surer_than_a_lone_conclusion() -> None:
    """Confidence is the reliability of the evidence: a point said with "the key idea is" stays
    sure beside a second cued claim; an article's last paragraph alone is weaker evidence, and is
    flagged for review."""
    cued = infer_main_point(
        lesson(
            "The key idea is this: mulch keeps the soil moist through the summer.\n\n"
            "The bottom line is that compost feeds the plants slowly over the years.\n",
            title="Garden Mulch",
        )
    )
    lone = infer_main_point(
        lesson(
            "Notes on the shed and its tools.\n\n"
            "## Last words\n\n"
            "Garden mulch keeps weeds down in most beds.\n",
            title="Garden Mulch",
        )
    )
    assert cued.text.startswith("Mulch keeps the soil moist")
    assert cued.confidence > lone.confidence
    assert lone.flagged_for_review
    assert not cued.flagged_for_review


def test_a_question_heading_makes_its_answer_a_candidate() -> None:
    found = candidates(
        read_lesson(
            lesson_input(
                "## Who waters the plants?\n\n"
                "The tenant on duty waters every plant on the landing each evening.\n",
                title="Shared Gardens",
            )
        )
    )
    assert "body question" in [c.cue for c in found if c.text.startswith("The tenant on duty")]


def test_a_demonstrative_with_a_shell_noun_points_back_at_the_point() -> None:
    """ "This is the point to remember." marks the sentence before it (English anaphora)."""
    found = candidates(
        read_lesson(
            lesson_input(
                "Seedlings need light more than they need warmth. This is the point to remember.\n",
                title="Seedlings",
            )
        )
    )
    assert found[0].text == "Seedlings need light more than they need warmth"
    assert found[0].cue == "explicit cue"


def test_so_that_keeps_its_purpose_clause() -> None:
    assert compress(
        "A relay handover happens when the runner passes the baton inside the zone, so that the "
        "next runner starts at full speed."
    ).endswith("so that the next runner starts at full speed")


def test_a_parenthetical_before_the_verb_goes_whole() -> None:
    """Cutting at its "and" would leave "what is said in the group" without its verb."""
    assert (
        compress(
            "A circle agreement means that what is said in the circle, and who attends, stays there."
        )
        == "A circle agreement means that what is said in the circle stays there"
    )


def test_a_heading_announcing_the_one_thing_to_keep_cues_its_first_sentence() -> None:
    body = (
        "## A long story\n\nI went to the same meeting for years and thought everyone should.\n\n"
        "## If you take one thing from this post\n\n"
        "Offer several kinds of group, because people recover in different ways.\n\n"
        "## Notes\n\nMeetings differ a great deal from town to town.\n"
    )
    read = read_lesson(lesson_input(body, title="Many doors"))
    best = candidates(read)[0]
    assert best.cue == "explicit cue"
    assert best.text.startswith("Offer several kinds of group")


def test_a_description_of_one_word_of_the_title_is_no_definition_of_its_concept() -> None:
    """ "describes change as ..." in a lesson on the action stage of change defines a neighbour."""
    body = (
        "The model describes change as moving through stages rather than one leap.\n\n"
        "The action stage is the stage in which a person is visibly changing their behavior.\n"
    )
    read = read_lesson(lesson_input(body, title="The Action Stage of Change"))
    texts = [c.text for c in candidates(read) if c.cue == "definition"]
    assert not any(t.startswith("moving through stages") for t in texts)


def test_that_specified_by_its_of_phrase_points_nowhere_else() -> None:
    read = read_lesson(
        lesson_input(
            "LEAN is a four-part reminder for that quiet side of a conversation.\n",
            title="A Peer's Guide to LEAN",
            summary="Before you say a word, the person has already decided whether you listen.",
        )
    )
    assert candidates(read)[0].text.startswith("LEAN is a four-part reminder")


def test_the_best_answer_then_cues_what_its_colon_delivers() -> None:
    found = candidates(
        read_lesson(
            lesson(
                "Ana meets Tom on his first day out.\n\n"
                "The best answer, then: support after release starts from the person's own "
                "priorities and the barriers in front of them.\n",
                title="The First Week Home",
            )
        )
    )
    assert found[0].cue == "explicit cue"
    assert found[0].text.startswith("support after release starts from the person's own")


def test_the_right_move_beats_a_double_denial_before_it() -> None:
    """ "X neither argues nor walks away" says what not to do; "The right move is to ..." names
    what to do, and is the point (English: a denial sets up the affirmation after it)."""
    body = (
        "Lee tells his peer worker he has stopped taking his medication.\n\n"
        "## The takeaway\n\n"
        "When someone stops a medication on their own, a peer specialist neither argues nor "
        "looks away. The right move is to ask what led to the choice and offer to help them "
        "raise it with their prescriber.\n"
    )
    best = candidates(read_lesson(lesson(body, title="Stopping a Medication")))[0]
    assert best.text.lower().startswith("to ask what led to the choice"), best.text


def test_a_function_word_opening_a_sentence_names_no_one() -> None:
    """ "The person ..." names no one ("The" is a function word the lexicon of open-class words
    lacks), "Priya, 34, ..." does."""
    assert not names_someone("The person decides what goes in the plan.")
    assert not names_someone("Their choices come first.")
    assert names_someone("Priya, 34, is starting services.")


def test_the_writers_own_story_is_no_summary_and_a_short_shell_sentence_no_conclusion() -> None:
    """A summary telling what happened to the writer ("The first time someone asked me ..., I
    laughed") is story; a conclusion's "The difference is ownership." names the topic its
    paragraph goes on to state."""
    body = (
        "## Background\n\nMany plans start from a list of problems.\n\n"
        "Some start from a diagnosis.\n\n"
        "## Looking ahead\n\nThe difference is ownership. Goals a person chooses from their "
        "strengths keep them going.\n"
    )
    read = read_lesson(
        lesson(
            body,
            title="Strengths-Based Goals",
            summary="The first time someone asked me what I was good at, I laughed.",
        )
    )
    cues = {c.cue: c.text for c in reversed(candidates(read))}
    assert "summary" not in cues, cues
    assert cues["conclusion"].startswith("Goals a person chooses"), cues


def test_a_generic_rule_after_a_case_is_a_candidate() -> None:
    body = (
        "Sam, 30, tells his peer specialist, Ada, that his meetings are pointless. Ada asks what "
        "a better week would look like.\n\n"
        "## What made the difference\n\n"
        "Sam's week got better. When a person doubts a meeting, a peer specialist asks what "
        "would make it worth going. If you feel unsafe, please call 988.\n"
    )
    found = candidates(read_lesson(lesson(body)))
    rules = [c.text for c in found if c.cue == "generic rule"]
    assert rules == [
        "When a person doubts a meeting, a peer specialist asks what would make it worth going"
    ]


def test_only_a_conclusion_states_a_rule_as_an_instruction() -> None:
    from quizzes.generation.mainpoint import _generic_rule

    body = (
        "## Setting up\n\nWhen the room is ready, open the session with a check-in.\n\n"
        "## Conclusion\n\nWhen a group is ending, talk about the ending ahead of time.\n\n"
        "When an exam asks for the first step, choose the check-in.\n"
    )
    read = read_lesson(lesson(body))
    rules = [s.plain for s in read.sentences if _generic_rule(s)]
    assert rules == ["When a group is ending, talk about the ending ahead of time."]


def test_a_question_heading_is_answered_past_talk_of_the_exam_and_bare_denials() -> None:
    body = (
        "Borrowing and lending between peers comes up often.\n\n"
        "## So what decides it?\n\n"
        "On a test, you will see answers that sort loans by their size. "
        "None of those is the real rule. "
        "A peer worker never lends money to the people they serve.\n"
    )
    assert best_candidate(body, "Money between peers") == (
        "A peer worker never lends money to the people they serve"
    )


def test_a_lesson_on_two_terms_keeps_the_clause_that_sets_the_second_against_the_first() -> None:
    body = (
        "People mix the two up.\n\n"
        "## Where the line falls\n\n"
        "Venting releases a feeling for a while; problem-solving changes what caused it.\n"
    )
    texts = [
        c.text
        for c in candidates(read_lesson(lesson_input(body, title="Venting or Problem-Solving?")))
    ]
    assert "Venting releases a feeling for a while; problem-solving changes what caused it" in texts
    # (a title naming one of them: the first clause alone)
    texts = [c.text for c in candidates(read_lesson(lesson_input(body, title="Venting")))]
    assert (
        "Venting releases a feeling for a while; problem-solving changes what caused it"
        not in texts
    )


def test_a_title_question_is_answered_by_the_sentence_on_its_focus() -> None:
    body = (
        "A BIRP note has four parts: Behavior, Intervention, Response and Plan. The Response "
        "is how the person reacted to what the worker did, that is, what changed in the "
        "conversation.\n\nMore follows.\n"
    )
    # (the restatement after "that is," goes with its comma)
    assert best_candidate(body, "In a BIRP note, what goes in the Response section?") == (
        "The Response is how the person reacted to what the worker did"
    )


def test_describing_x_as_y_defines_x() -> None:
    body = (
        "That wording follows the state manual, which describes respite as a voluntary stay in "
        "a home-like house run by peers, not a hospital.\n\nMore follows.\n"
    )
    lesson = lesson_input(body, title="What is the definition of respite?")
    texts = [c.text for c in candidates(read_lesson(lesson)) if c.cue == "definition"]
    assert texts == ["Respite is a voluntary stay in a home-like house run by peers"]


def test_a_cue_inside_a_clause_of_condition_states_no_point() -> None:
    body = (
        "A mentor can share a story, as long as the point is the other person's growth.\n\n"
        "More follows here.\n"
    )
    texts = [c.text for c in candidates(read_lesson(lesson_input(body, title="Sharing")))]
    assert "the other person's growth" not in texts


def test_a_point_stated_by_a_cue_in_words_is_surer_than_the_answer_found_by_position() -> None:
    """The answer to a title question is the first sentence that answers it, found by position; a
    cue in words ("The key idea is ...") states the point on purpose, so it is the surer evidence."""
    asked = infer_main_point(
        lesson(
            "A journal is a notebook a person keeps for themselves.\n\n"
            "Some people write daily. Others write when they need to.\n",
            title="What is a recovery journal?",
        )
    )
    cued = infer_main_point(
        lesson(
            "Some people write daily. Others write when they need to.\n\n"
            "The key idea is that a journal belongs to the person who keeps it.\n",
            title="Recovery journals",
        )
    )
    assert "title question" in asked.evidence
    assert "explicit cue" in cued.evidence
    assert cued.confidence > asked.confidence


def test_idioms_of_reduction_to_the_essential_are_frames() -> None:
    # English: "strip it down", "boiled down" say that what follows is the essence.
    assert strip_frames("Strip it down and a check-in works because people feel heard.") == (
        "a check-in works because people feel heard."
    )
    assert strip_frames("Boiled down, the plan belongs to the person.") == (
        "the plan belongs to the person."
    )


def test_seeing_or_treating_the_concept_as_something_defines_it() -> None:
    """ "The program treats relapse as information about what a plan still needs": what "treat X
    as Y" predicates of X is a definition of it (English: an object complement), as "describes X
    as Y" is."""
    body = (
        "Plans change. The program treats relapse as information about what a plan still needs.\n\n"
        "Nobody is sent away for it."
    )
    read = read_lesson(lesson_input(body, title="Relapse"))
    found = [(c.text, c.cue) for c in candidates(read)]
    assert ("information about what a plan still needs", "definition") in found


def test_a_series_of_acts_keeps_its_last_member_and_a_cut_series_takes_and() -> None:
    """ "greets them warmly, offers a seat, and waits quietly": the serial comma closes a series of
    three, so all three acts are the claim (2026.12-19; before, the last act, which takes no
    object, was cut). A series cut before its last member elsewhere is joined by "and" (English:
    a series of two has no bare comma); nouns in a series are left as written."""
    assert compress(
        "When a visitor arrives upset, the host greets them warmly, offers them a seat in the "
        "quiet room, and waits quietly."
    ) == (
        "When a visitor arrives upset, the host greets them warmly, offers them a seat in the "
        "quiet room, and waits quietly"
    )
    from quizzes.generation.mainpoint import _series_closed

    assert _series_closed("the host greets them warmly, offers them a seat") == (
        "the host greets them warmly and offers them a seat"
    )
    assert "and benefits and" not in compress(
        "Consent needs an explanation of risks, benefits and options, and it is given freely."
    )


def test_an_imperative_of_reduction_before_and_is_a_frame() -> None:
    # English: a conditional imperative ("Do X and Y follows") whose verb reduces to the essence
    # frames the clause after its "and", whatever its object.
    assert strip_frames("Cut through the jargon and a warm line is a phone call.") == (
        "a warm line is a phone call."
    )
    assert strip_frames("Set aside the paperwork, and the meeting is about the person.") != (
        "the meeting is about the person."
    )  # (a comma before "and" joins two clauses; the first is no frame)
    assert (
        strip_frames("Strip the bed and wash the sheets.") == "Strip the bed and wash the sheets."
    )


def test_a_shell_noun_judged_by_adjectives_alone_is_stated_by_the_next_sentence() -> None:
    """ "The aim is modest and concrete. X.": the first sentence says only what kind of aim it is,
    the second says what it is (English: cataphora across a sentence boundary)."""
    body = (
        "## How the visit goes\n\n"
        "Here's the detail everyone forgets: the van leaves at nine sharp.\n\n"
        "## What the visit is for\n\n"
        "The aim is modest and concrete. A warm-line visit gives a caller one calm person to "
        "talk with before a crisis builds. Nothing more is promised."
    )
    assert best_candidate(body, "Warm-Line Home Visits").startswith(
        "A warm-line visit gives a caller one calm person"
    )
    # (a shell noun whose predicate names something is a statement, not an announcement)
    body = body.replace("The aim is modest and concrete.", "The aim is a calm evening.")
    assert not best_candidate(body, "Warm-Line Home Visits").startswith("A warm-line visit")


def test_a_series_of_three_acts_is_kept_whole() -> None:
    # English coordination: ", and" before the last of three parallel acts closes the series; it
    # opens no clause of its own, and the claim is the whole series.
    assert compress(
        "The best response is to listen to the person's reasons, point them toward reliable "
        "information, and support them in talking it through with a prescriber."
    ) == (
        "The best response is to listen to the person's reasons, point them toward reliable "
        "information, and support them in talking it through with a prescriber"
    )
    # (a second clause with a subject of its own is still cut off)
    assert compress(
        "Peer support helps people feel less alone, and it builds trust over many months."
    ) == ("Peer support helps people feel less alone")


def test_a_second_gerund_subject_set_off_by_commas_is_coordinated_with_the_first() -> None:
    # English coordination: "Doing X, and doing Y, is how ..." has both gerunds as its subject;
    # cutting at ", and" would leave the first without its verb.
    assert compress(
        "Keeping your skills current, and completing the hours that keep your credential active "
        "each renewal period, is how you stay ready."
    ) == (
        "Keeping your skills current and completing the hours that keep your credential active "
        "each renewal period is how you stay ready"
    )


def test_summing_up_in_one_sentence_is_an_explicit_cue() -> None:
    # English: "to put it in one sentence", "in a word" announce the writer's shortest statement.
    body = (
        "## What happens there\n\n"
        "Here's the surprising part: the people doing all that are volunteers and staff side by "
        "side.\n\n"
        "## Why it matters\n\n"
        "So, to put it in one sentence: a warm line is a phone line where a peer listens before "
        "a crisis builds."
    )
    assert best_candidate(body, "Warm Lines").startswith("a warm line is a phone line")


def test_a_phrase_cut_a_few_words_after_the_last_comma_goes_whole() -> None:
    long = (
        "Harm reduction is the practical, usually gradual, lowering of the risks a person faces "
        "from drug use, such as overdose and infection from shared needles, during a period of "
        "active use that may last years."
    )
    assert compress(long) == (
        "Harm reduction is the practical, usually gradual, lowering of the risks a person faces "
        "from drug use, such as overdose and infection from shared needles"
    )


def test_a_coordinated_predicate_cut_a_few_words_in_goes_whole() -> None:
    # "..., and is now learning[ to ...]": the second predicate cut before what its verb takes
    long = (
        "Recovery capital is the set of inner and outer resources a person has built up over "
        "years of effort, mostly in quiet ways, and is now learning to draw on during hard "
        "seasons and setbacks."
    )
    assert compress(long) == (
        "Recovery capital is the set of inner and outer resources a person has built up over "
        "years of effort, mostly in quiet ways"
    )


def test_a_short_clause_keeps_the_series_its_colon_specifies() -> None:
    # the colon's series is what the short general clause covers: one claim
    assert compress(
        "Any time someone is struggling: thinking of self-harm, facing a substance use crisis, "
        "or in distress they can't manage alone."
    ) == (
        "Any time someone is struggling: thinking of self-harm, facing a substance use crisis, "
        "or in distress they can't manage alone"
    )
    # a long clause before the colon, or no series after it: cut at the colon as before
    assert (
        compress(
            "Resilience is the ability that lets a person keep going after a loss: bouncing back."
        )
        == "Resilience is the ability that lets a person keep going after a loss"
    )


def test_asked_a_difference_the_point_names_both_things_from_the_sentences_after_the_answer() -> (
    None
):
    asked = "What is the difference between a lapse and a relapse?"
    body = (
        "The difference is time. A lapse is a short slip that the person stops within a day or "
        "two. A relapse is a return to the old pattern of use that lasts for weeks.\n\n"
        "Both call for support, not shame.\n"
    )
    point = infer_main_point(lesson_input(body, title=asked))
    assert point.text == (
        "A lapse is a short slip that the person stops within a day or two, while a relapse is "
        "a return to the old pattern of use that lasts for weeks"
    )
    # an answer naming both stands as it is
    both = "A lapse stops within days, while a relapse lasts for weeks. Both call for support."
    assert infer_main_point(lesson_input(both, title=asked)).text == (
        "A lapse stops within days, while a relapse lasts for weeks"
    )


def test_the_one_thing_to_remember_is_what_the_colon_delivers() -> None:
    from quizzes.generation.mainpoint import _after_cue

    assert _after_cue(
        "If you remember one thing from this post, make it this: the best affirmation names a "
        "real strength."
    ) == ("the best affirmation names a real strength.")
    assert _after_cue("If you take one thing from this unit, it's this: recovery is personal.") == (
        "recovery is personal."
    )
    assert _after_cue("I take one thing at a time.") == ""


@pytest.mark.parametrize(
    ("sentence", "delivered"),
    [
        # A label opening a sentence with a colon states the point (English discourse).
        ("Key point: a plan the person writes is a plan the person uses.", "a plan the person"),
        ("Bottom line: the person chooses who joins the meeting.", "the person chooses"),
        ("Remember: nobody else decides what goes on the list.", "nobody else decides"),
        # ... at the sentence's opening only, and with its colon.
        ("The thing I keep in my bottom line budget is rent.", ""),
        ("Remember to bring the form to the next meeting with you.", ""),
    ],
)
def test_a_cue_label_before_a_colon_delivers_the_point(sentence: str, delivered: str) -> None:
    from quizzes.generation.mainpoint import _after_cue

    found = _after_cue(sentence)
    assert found.startswith(delivered) if delivered else found == ""


def test_a_shell_noun_subject_announcing_with_a_colon_is_an_explicit_cue() -> None:
    # English cataphora: "The thing to remember ... is this: X" states X as the point, above
    # the answer the title's question finds by position.
    body = (
        "Every safety plan starts in the same place: a list of people to call.\n\n"
        "## A map, not a rulebook\n\n"
        "So what is it? The thing to remember, for the exam and for practice, is this: a coping "
        "map is a personal list of what a person already does to get through a hard night."
    )
    assert best_candidate(body, "What Goes on a Coping Map?").startswith(
        "a coping map is a personal list"
    )


def test_a_colon_delivering_not_a_but_b_delivers_b_and_a_story_delivers_no_point() -> None:
    from quizzes.generation.mainpoint import _affirmed

    assert _affirmed("not the rehearsed answer, but the part underneath it all") == (
        "the part underneath it all"
    )
    assert _affirmed("not the rehearsed answer he gave everyone") == ""
    # A colon in a story ("what she said next was the real thing: ...") tells what happened to
    # one person; the generic statement of the conclusion is the point.
    body = (
        "## What happened\n\n"
        "At about seven seconds she spoke again, and what she said next was the real thing: the "
        "worry underneath, about her son and the job she had lost.\n\n"
        "## What I believe now\n\n"
        "A pause gives a person the time they need to think and decide what to say next."
    )
    assert best_candidate(body, "Sitting in the Quiet").startswith("A pause gives a person")


@pytest.mark.parametrize(
    ("heading", "closing", "point"),
    [
        # The denial's subject stands for "Its" in the correction (English anaphora).
        (
            "The takeaway",
            "A first visit is not mainly for paperwork or rules. Its main job is getting to know "
            "the person and starting to build trust.",
            "A first visit's main job is getting to know the person",
        ),
        # (a plural subject's possessive takes the apostrophe alone)
        (
            "The takeaway",
            "Home visits are not mainly for inspections. Their main job is seeing the person in "
            "their own space.",
            "Home visits' main job is seeing the person",
        ),
        # A conclusion's paragraph goes on to the point in a sentence of its own.
        (
            "What I believe now",
            "Good listeners don't hurry to fill a gap in talk. Letting a pause sit gives the "
            "person time to think and decide what to say next.",
            "Letting a pause sit gives the person time",
        ),
    ],
)
def test_a_cued_denial_gives_way_to_the_correction_that_follows(
    heading: str, closing: str, point: str
) -> None:
    # English: a denial sets up the affirmation that follows it.
    body = f"## Two visits\n\nOne visit went well and one did not.\n\n## {heading}\n\n{closing}"
    assert best_candidate(body, "Two Visits").startswith(point)


def test_an_abstract_noun_capitalised_in_a_name_names_no_one() -> None:
    # English morphology: "-ness", "-ment" derive nouns of ideas, not names of people.
    assert not names_someone("the Wellness Toolbox is a personal list")
    assert not names_someone("the Empowerment Framework asks who decides")
    assert names_someone("Teresa keeps a garden")


def test_a_hook_in_the_first_person_plural_is_no_summary_and_an_adverbial_after_and_opens_a_clause() -> (
    None
):
    # English discourse: "Most of us ..." opens on the common ground of writer and reader; the
    # conclusion states the point. An adverbial set off by a comma after ", and" opens a clause
    # of its own, where the point is cut.
    body = (
        "## The itch\n\n"
        "In my first year I filled every gap with advice.\n\n"
        "## Where I have landed\n\n"
        "A pause gives the person the time they need to think, feel and decide what to say next, "
        "and very often, what they say next is new to them."
    )
    summary = (
        "Most of us were never taught what to do when a talk goes quiet. We fill it with "
        "questions and advice."
    )
    read = read_lesson(lesson(body, title="Sitting in the Quiet", summary=summary))
    assert max(candidates(read), key=lambda c: c.score).text == (
        "A pause gives the person the time they need to think, feel and decide what to say next"
    )


_NEIGHBOURHOOD = """## What the term actually means

A study group at a state university put it simply: neighbourhood belonging is the chance to take part in local life and be known for who one is, like anyone else. The words at the end carry the point.

## Why it matters

Loneliness wears on anyone's health.
"""


@pytest.mark.parametrize(
    ("heading", "summary", "defined"),
    [
        # (said after a verb of saying and its colon, under a heading that says a definition
        # follows, of the term the summary introduces: the lesson's definition)
        (
            "What the term actually means",
            "Neighbourhood belonging is a phrase everyone uses.",
            True,
        ),
        # (a heading that announces no definition leaves a term the title does not name alone)
        ("Some history", "Neighbourhood belonging is a phrase everyone uses.", False),
        # (nor is a term the summary never introduces the lesson's)
        ("What the term actually means", "People move a lot these days.", False),
    ],
)
def test_a_definition_delivered_after_a_colon_of_saying_defines_the_summarys_term(
    heading: str, summary: str, defined: bool
) -> None:
    body = _NEIGHBOURHOOD.replace("What the term actually means", heading)
    read = read_lesson(lesson_input(body, title="More Than an Address", summary=summary))
    found = [c.text for c in candidates(read) if c.cue == "definition"]
    expected = (
        "Neighbourhood belonging is the chance to take part in local life and be known for who "
        "one is, like anyone else"
    )
    assert (expected in found) == defined


def test_a_quotation_after_a_colon_of_saying_is_someones_words_not_a_definition() -> None:
    body = (
        "## What the term actually means\n\n"
        'Later he writes his note the old way: "Client is a difficult case. Remains resistant."\n'
    )
    read = read_lesson(
        lesson_input(
            body, title="Words on the Page", summary="The word client turns up in many notes."
        )
    )
    assert not [c for c in candidates(read) if c.cue == "definition"]


@pytest.mark.parametrize(("names_exam", "expected_first"), [(True, True), (False, False)])
def test_a_cue_naming_the_exam_outranks_the_title_questions_first_sentence(
    names_exam: bool, expected_first: bool
) -> None:
    cue = "for the exam, and for practice," if names_exam else "here,"
    body = (
        "Every helping list starts in the same place: the things that help. Before anyone writes "
        "a crisis plan, they build a helping list. This post looks at what the list is and who "
        "writes it.\n\n"
        "## A drawer, not a form\n\n"
        "Think of the kitchen drawer that filled up over years. So what is it? The thing to "
        f"remember {cue} is this: the helping list is a personal record of what a person does "
        "to stay well. It belongs to the person who writes it.\n"
    )
    read = read_lesson(lesson_input(body, title="What Goes in Your Helping List?"))
    best = max(candidates(read), key=lambda c: c.score).text.lower()
    assert best.startswith("the helping list is a personal record") == expected_first
