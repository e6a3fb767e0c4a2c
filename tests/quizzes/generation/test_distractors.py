from __future__ import annotations

from pathlib import Path

import pytest

from quizzes.generation import (
    BankError,
    DistractorBank,
    LessonInput,
    generate,
    load_bank,
    read_lesson,
)
from quizzes.generation.distractors import _gerund_subject, judges, mine, self_contained, shape_of
from quizzes.generation.rubric import asserted_true, pointing_problem

from .lessons import lesson_input


def lesson(body: str) -> LessonInput:
    return lesson_input(body, title="Recovery in peer support")


def mined(body: str) -> list[str]:
    return [m.text for m in mine(read_lesson(lesson(body)))]


def test_quoted_answers_under_a_heading_of_contrast_are_wrong_options() -> None:
    body = (
        "## Why the other answers are wrong\n\n"
        '"A short-term therapy approach" confuses recovery with treatment.\n\n'
        '"A competition between peers" gets it backwards.\n'
    )
    assert mined(body) == ["A short-term therapy approach", "A competition between peers"]


def test_list_items_and_bare_phrases_under_contrast_headings() -> None:
    body = (
        "## Common misunderstandings\n\n"
        "- It is not a way to create vague targets. Goals must be observable.\n"
        "- It is not about allowing unlimited flexibility.\n\n"
        "## Three tempting wrong answers\n\n"
        "Avoiding challenges. It is understandable, but it is not resilience.\n"
    )
    assert mined(body) == [
        "to create vague targets",
        "allowing unlimited flexibility",
        "Avoiding challenges",
    ]


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        (
            "Peers build a network of supports rather than a single friendship.",
            "a single friendship",
        ),
        ("Offer several choices instead of a single recommendation.", "a single recommendation"),
        ("A relapse doesn't mean total failure of the plan.", "total failure of the plan"),
        ("Recovery is a process of change, not a finished cure.", "a finished cure"),
        (
            "Good facilitators avoid lecturing people about their choices.",
            "lecturing people about their choices",
        ),
        (
            "Compliance with treatment is not one of the guiding principles.",
            "Compliance with treatment",
        ),
        (
            "Housing goals are met by linking people to services, not by lending them rent.",
            "Lending them rent",
        ),
        (
            "Moving the talk to the hallway does not solve the conflict of roles.",
            "moving the talk to the hallway",
        ),
    ],
)
def test_the_scope_of_negation_and_contrast_is_mined(sentence: str, wanted: str) -> None:
    assert mined(sentence + "\n") == [wanted]


@pytest.mark.parametrize(
    "sentence",
    [
        "Empathy is not just a nice extra for peer workers.",
        "It's not only about sharing stories with the group.",
        "Listening is not merely waiting for your turn to talk.",
    ],
)
def test_not_just_x_never_becomes_a_wrong_option(sentence: str) -> None:
    assert mined(sentence + "\n") == []


def test_options_pointing_outside_themselves_are_not_kept() -> None:
    assert not self_contained("Having that training")
    assert not self_contained("Telling your story")
    assert not self_contained("Refer them to a group")
    assert self_contained("Fostering the person's independence and letting them decide")
    assert self_contained("If you could wave a magic wand, what would change?")
    # "such" points back ("such a response"), "such as" introduces examples.
    assert not self_contained("Giving such advice")
    assert self_contained("Observable facts such as attendance and appearance")
    assert mined("They chose to talk rather than this approach.\n") == []


def test_the_bank_loads(bank: DistractorBank) -> None:
    assert len(bank.entries) >= 10
    ids = [entry.id for entry in bank.entries]
    assert len(ids) == len(set(ids))


GOOD = """- id: one
  class: never
  topics: any
  match: [prescribe]
  verb: [prescribe medication]
  rationale: Not the peer role.
"""


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("- id: one\n  class: [never\n", 3, "not valid YAML"),
        ("id: one\n", 1, "list of entries"),
        ("- just a string\n", 1, "mapping"),
        (GOOD.replace("  class: never\n", ""), 1, "no 'class'"),
        (GOOD.replace("class: never", "class: sometimes"), 2, "class must be one of"),
        (GOOD.replace("verb: [prescribe medication]", "verb: prescribe medication"), 5, "'verb'"),
        (GOOD.replace("match: [prescribe]", "match: [1, 2]"), 4, "'match'"),
        (GOOD.replace("topics: any", "topic: any"), 3, "unknown key 'topic'"),
        (GOOD + GOOD.replace("  class", "  class"), 7, "duplicate id"),
        (GOOD.replace("rationale: Not the peer role.", "rationale: ''"), 6, "'rationale'"),
        (GOOD.replace("  verb: [prescribe medication]\n", ""), 1, "'verb' or 'noun'"),
    ],
)
def test_any_malformed_bank_names_file_and_line(
    tmp_path: Path, text: str, line: int, words: str
) -> None:
    path = tmp_path / "distractors.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BankError) as caught:
        load_bank(path)
    assert str(caught.value).startswith(f"{path}:{line}: ")
    assert words in str(caught.value)


def test_a_bank_phrase_is_named_only_by_all_its_words(tmp_path: Path) -> None:
    """An entry filed under any topic is related to a lesson that names its idea in two
    sentences; "take over" is not named by sentences that only say "take"."""
    from quizzes.generation.distractors import from_bank
    from quizzes.generation.words import stem, tokens

    path = tmp_path / "distractors.yaml"
    path.write_text(
        GOOD.replace("match: [prescribe]", "match: [take over]").replace("one", "takeover"),
        encoding="utf-8",
    )
    bank = load_bank(path)

    def related(*sentences: str) -> bool:
        return bool(from_bank(bank, "hope", [{stem(t) for t in tokens(s)} for s in sentences]))

    assert not related("Take a breath.", "Take your time.", "It takes a while.")
    assert related("Do not take over.", "Taking over feels helpful.")

    # Words the lesson comes back to relate an entry only when its concept (title, key question,
    # main point, headings) names them too: otherwise they are said in passing.
    def related_to(concept: str, *sentences: str) -> bool:
        stems = [frozenset(stem(t) for t in tokens(s)) for s in sentences]
        concept_stems = frozenset(stem(t) for t in tokens(concept))
        return bool(from_bank(bank, "records", stems, concept_stems))

    said = ("Do not take over.", "Taking over feels helpful.")
    assert related_to("When helping turns into taking over", *said)
    assert not related_to("Keeping records brief", *said)


def test_an_entry_filed_under_the_lessons_topic_needs_one_word_of_its_own(tmp_path: Path) -> None:
    """The topic of an imported article is a suggestion: an entry filed under it is offered only
    to a lesson that says one of the entry's words (a lesson on warm handoffs filed under "trust"
    is no place for "a detailed account of the specialist's own struggles")."""
    from quizzes.generation.distractors import from_bank
    from quizzes.generation.words import stem, tokens

    path = tmp_path / "distractors.yaml"
    path.write_text(GOOD.replace("topics: any", "topics: [trust]"), encoding="utf-8")
    bank = load_bank(path)

    def offered(*sentences: str) -> bool:
        return bool(from_bank(bank, "trust", [{stem(t) for t in tokens(s)} for s in sentences]))

    assert not offered("Walk the person over and introduce them.")
    assert offered("Walk the person over.", "Nobody here will prescribe anything.")


def test_an_idea_that_is_part_of_the_picture_is_offered_only_beside_the_roles_heart(
    tmp_path: Path,
) -> None:
    """ "Step in during emergencies" ("not_primary") is wrong beside what the role is mainly for;
    in a lesson on what to do when someone may be suicidal it is a right answer, so only a
    lesson about the role itself relates to it (item writing: one defensible answer)."""
    from quizzes.generation.distractors import from_bank
    from quizzes.generation.words import stem, tokens

    path = tmp_path / "distractors.yaml"
    path.write_text(
        GOOD.replace("class: never", "class: not_primary")
        .replace("match: [prescribe]", "match: [crisis]")
        .replace("verb: [prescribe medication]", "verb: [step in during emergencies]"),
        encoding="utf-8",
    )
    bank = load_bank(path)
    sentences = [
        {stem(t) for t in tokens(s)} for s in ("A crisis can pass.", "Stay with them in a crisis.")
    ]
    concept = frozenset(stem(t) for t in tokens("Staying calm in a crisis"))
    assert not from_bank(bank, "crisis", sentences, concept)
    assert from_bank(bank, "crisis", sentences, concept, about_role=True)


def test_an_empty_bank_file_is_an_empty_bank(tmp_path: Path) -> None:
    path = tmp_path / "distractors.yaml"
    path.write_text("# nothing yet\n", encoding="utf-8")
    assert load_bank(path).entries == ()


def test_a_section_announcing_the_wrong_answers_is_one_of_contrast() -> None:
    body = (
        "## Skipping the impressive options\n\n"
        "Exam writers know that some answer choices sound more professional.\n\n"
        "Advanced therapeutic techniques. Peers are not therapists.\n\n"
        "Statistical analysis for mental health research. Valuable work, for researchers.\n\n"
        "## Practising\n\n"
        "Reflective listening. It helps.\n"
    )
    found = mined(body)
    assert found[:2] == [
        "Advanced therapeutic techniques",
        "Statistical analysis for mental health research",
    ]
    assert "Reflective listening" not in found


def test_a_named_list_of_wrong_answers_keeps_its_quantifiers() -> None:
    found = mined(
        "The usual wrong answers are: only during a crisis, only when you feel overwhelmed, "
        "or only at a scheduled review.\n"
    )
    assert found == [
        "only during a crisis",
        "only when they feel overwhelmed",
        "only at a scheduled review",
    ]


def test_a_concession_and_a_negated_purpose_are_ruled_out() -> None:
    assert mined(
        "Sure, they can provide support during an emergency, but the work is wider.\n"
    ) == ["to provide support during an emergency"]
    assert mined("The goal isn't to funnel people towards a single path.\n") == [
        "to funnel people towards a single path"
    ]


def test_a_contrast_about_something_else_or_a_list_of_negated_habits_gives_nothing() -> None:
    assert mined("A person stays well, maybe not drinking, not self-harming, sleeping.\n") == []
    assert mined("Lasting change is the hoped-for outcome, not a setback along the way.\n") == []


def test_a_rejected_response_in_a_vignette_is_said_of_the_person_in_general() -> None:
    body = (
        "## A less helpful route\n\n"
        "Neil offers friendship instead of a referral. "
        "Telling Curtis to wait until his symptoms are better controlled would imply that "
        "connection is a reward.\n"
    )
    found = mined(body)
    assert "telling them to wait until their symptoms are better controlled" in found
    assert "a referral" not in found  # criticised choice "instead of Y": Y is what should happen


def test_a_paragraph_opening_with_a_label_is_about_that_one_idea() -> None:
    """Under a heading of contrast a paragraph opening with a bare phrase rules that idea out; an
    act the paragraph goes on to mention is an instance of it, not a second wrong option. A label
    needs one content word only; "it" before "takes to" stands for nothing outside the option."""
    body = (
        "## Three tempting wrong answers\n\n"
        "Recovery from a physical illness. Getting over pneumonia or healing after surgery may "
        "call on resilience, but that is one place it shows up.\n\n"
        "The time it takes to heal. Speed is not the yardstick.\n\n"
        "Being distant? That is not resilience either.\n"
    )
    assert mined(body) == [
        "Recovery from a physical illness",
        "The time it takes to heal",
        "Being distant",
    ]


def test_a_sentence_with_a_verb_in_the_present_is_no_label() -> None:
    from quizzes.generation.distractors import _is_fragment

    assert not _is_fragment("Neil offers friendship instead of a referral.")
    assert not _is_fragment("Boundaries work best alongside warmth.")
    assert _is_fragment("Avoiding challenges.")
    assert _is_fragment("Peer support groups.")
    assert _is_fragment("The time it takes to heal.")


def test_a_gerund_subject_ends_at_its_own_verb_after_any_clause_inside_it() -> None:
    """In a run of contrast each rejected response is the subject of its sentence, whatever its
    verb ("sounds", "puts"); a clause inside it ("until the mother agrees ...") has a verb of its
    own, "before worrying" none (a preposition and its gerund)."""
    body = (
        "## What to do\n\nReport it. Three tempting responses miss the mark. Keeping the "
        "information private out of respect for the relationship sounds loyal, but it is not. "
        "Holding off until the mother agrees to a report puts the decision in the wrong place. "
        "Telling him to wait before worrying about it would imply the wrong thing.\n"
    )
    assert mined(body) == [
        "keeping the information private out of respect for the relationship",
        "holding off until the mother agrees to a report",
        "telling them to wait before worrying about it",  # "him": the person, said in general
    ]


def test_the_subject_of_a_comparison_is_not_what_it_rules_out() -> None:
    body = (
        "## Myths\n\nIt is about urgency. Believing in a future is not the same as starting a "
        "countdown clock.\n"
    )
    assert "Believing in a future" not in " ".join(mined(body))


def test_a_number_or_pair_counted_elsewhere_points_outside_the_option() -> None:
    assert not self_contained("Harm reduction lines up with all three")
    assert not self_contained("Validation pushes back against that experience")
    assert not self_contained("Choosing the latter")
    assert self_contained("Meeting people where they are")


def test_an_instructions_you_is_its_addressee_and_points_nowhere() -> None:
    # English: the imperative's understood subject is "you" (real items: "Act on your first
    # instinct"); elsewhere "you" and "your" still point at a reader outside the option
    assert self_contained("Tell your supervisor before the next shift")
    assert pointing_problem(["Tell your supervisor before the next shift"]) == ""
    assert not self_contained("Your supervisor hears about it first")
    assert pointing_problem(["Your supervisor hears about it first"])


def test_under_a_stem_that_speaks_to_you_an_options_your_is_that_readers() -> None:
    options = ["Accepting, but hiding your posts from the person", "Declining the request"]
    assert pointing_problem(options)
    assert not pointing_problem(options, "A person you support asks to follow your account. Now?")
    # (a quotation's "you" in the stem is its speaker's, and speaks to no reader)
    assert pointing_problem(options, 'A person says, "I want to follow you." What is best?')


def test_a_demonstrative_as_the_opening_verbs_object_points_outside() -> None:
    assert not self_contained("Write that instead, with times and quotes")
    assert pointing_problem(["Write that instead, with times and quotes"])
    # (a clause after "that", or people named by a modifier after "those", point nowhere)
    assert self_contained("Explain that the plan can change at any time")
    assert not pointing_problem(["Explain that the plan can change at any time"])
    assert self_contained("Helping those in recovery find housing")


def test_after_an_adjective_a_word_that_is_a_noun_too_is_its_noun() -> None:
    # "contacts" after "remote" is the noun "remote" modifies, no verb ending a gerund subject
    assert _gerund_subject("Leaving remote contacts out of documentation.") == ""
    assert _gerund_subject("Leaving the person alone leaves them at risk.") == (
        "Leaving the person alone"
    )


def test_a_demonstrative_whose_noun_the_option_names_before_points_inside_it() -> None:
    text = (
        "Rushing hides the real costs of a choice, while pausing lets people weigh those costs "
        "and decide"
    )
    assert self_contained(text)
    assert pointing_problem([text, "Pausing hides the real costs of a choice"]) == ""
    # (a noun the option has not named is still pointed at outside it)
    assert not self_contained("Pausing lets people weigh those costs and decide")
    assert pointing_problem(["Pausing lets people weigh those costs and decide"])


def test_a_subject_denied_the_questions_verb_or_said_to_fall_short_is_ruled_out() -> None:
    """Asked "Who makes the final decision?", "The peer specialist does not make the decision
    either" rules out its subject; so does "X is not enough" whatever the question. A denial of
    another verb, or of what the concept is, says nothing about who answers."""
    body = (
        "The person decides. The prescribing psychiatrist does not make the decision alone. "
        "The peer specialist does not make the decision either. Approval from a supervisor "
        "does not work either. A verbal request from a relative is not enough. The family "
        "does not attend every meeting. Recovery is not a race.\n"
    )
    lesson = lesson_input(
        body, title="Shared decisions", key_question="Who makes the final decision?"
    )
    assert [m.text for m in mine(read_lesson(lesson))] == [
        "The prescribing psychiatrist",
        "The peer specialist",
        "Approval from a supervisor",
        "A verbal request from a relative",
    ]


def test_a_subject_denied_the_questions_object_after_but_is_ruled_out() -> None:
    """ "Friends can be a comfort, but they do not hold the final decision": "they" is the
    sentence's subject again, and the question's own object ("the final decision") is denied
    them, whatever the verb; a denial of something else after "but" says nothing of who answers."""
    body = (
        "The person decides. Friends can be a comfort, but they do not hold the final decision "
        "for an adult. Teachers may care a great deal, but they do not attend the appointment.\n"
    )
    lesson = lesson_input(
        body, title="Shared decisions", key_question="Who makes the final decision?"
    )
    assert [m.text for m in mine(read_lesson(lesson))] == ["Friends"]


def test_what_the_lessons_subject_is_denied_to_be_or_do_is_ruled_out() -> None:
    """ "It is not a treatment plan ...", "A WRAP does not replace treatment": denied of the
    lesson's subject (or "it"); denied of something else, nothing. "X is sometimes confused
    with Y" opening a section of contrast is no myth about X (a passive says what happens to X)."""
    body = (
        "## What a WRAP is not\n\n"
        "A WRAP is sometimes confused with other documents. It is not a treatment plan written by "
        "a clinical team. A WRAP does not replace professional treatment. A hospital is not a "
        "home.\n"
    )
    lesson = lesson_input(body, title="A WRAP")
    assert [m.text for m in mine(read_lesson(lesson))] == [
        "a treatment plan written by a clinical team",
        "to replace professional treatment",
    ]


def test_a_verb_coordinated_inside_a_clause_does_not_end_a_gerund_subject() -> None:
    from quizzes.generation.distractors import _gerund_subject

    assert _gerund_subject(
        "Passing on the news because the caller is kind and clearly worries treats a call as consent."
    ) == ("Passing on the news because the caller is kind and clearly worries")


def test_a_gerund_between_commas_is_a_member_of_the_subjects_series_not_an_aside() -> None:
    from quizzes.generation.distractors import _gerund_subject

    # "Asking, reflecting, summing up and affirming are ...": like terms, no parenthetical to
    # drop; a series opened by a comma is no subject this reads whole
    assert (
        _gerund_subject(
            "Asking questions, reflecting feelings, summing up and affirming are four old skills."
        )
        == ""
    )
    assert _gerund_subject("Asking questions, even kindly, can feel like a test.") == (
        "Asking questions"
    )


def test_a_phrase_set_off_by_commas_or_an_adverb_does_not_end_a_gerund_subject() -> None:
    body = (
        "## Responses that make things worse\n\n"
        "Matching the person's volume, even with good intentions, usually reads as a challenge. "
        "Moving close, meant as reassurance, can feel like restraint.\n"
    )
    assert mined(body) == ["matching the person's volume", "moving close"]


def test_a_labelled_list_item_gives_its_gloss_and_a_relative_clause_stays_in_its_phrase() -> None:
    """ "- Praise. Saying "Great job!" when ...": a label, then what it names (apposition). In
    "Going along with everything the person says ..." the verb "says" is a relative clause's,
    so the phrase is no sentence's subject."""
    body = (
        "## Often mistaken for validation\n\n"
        '- Praise. Saying "Great job!" when the person makes a healthy choice. It judges.\n'
        "- Agreement. Going along with everything the person says to keep the peace.\n"
    )
    assert mined(body) == [
        'Saying "Great job!" when the person makes a healthy choice',
        "Going along with everything the person says to keep the peace",
    ]


def test_a_gerund_label_asked_back_may_hold_a_clause_and_a_generic_you() -> None:
    """ "Getting choked up when someone tells you their story? That's empathy.": a phrase with a
    clause inside, asked back at the start of a paragraph of contrast; its "you" is whoever the
    question is about ("them" after a verb, "their" before a noun)."""
    body = (
        "## Things that aren't burnout\n\n"
        "Getting choked up when someone tells you their story? That's empathy.\n\n"
        "Taking your vacation days? Please do.\n\n"
        "Getting over pneumonia after surgery may well call on strength. Fine.\n"
    )
    assert mined(body)[:2] == [
        "Getting choked up when someone tells them their story",
        "Taking their vacation days",
    ]


def test_bank_topics_are_topics_of_the_content(bank: DistractorBank) -> None:
    import yaml

    from .lessons import ROOT

    slugs = {t["slug"] for t in yaml.safe_load((ROOT / "content" / "topics.yaml").read_text())}
    for entry in bank.entries:
        assert entry.topics == ("any",) or set(entry.topics) <= slugs, entry.id


def test_a_conceded_list_subject_gives_each_member() -> None:
    body = (
        "## Summing up\n\n"
        "Being authoritative, leading the conversation, or filtering someone's story through your "
        "own experience may feel efficient in the moment, but each one pushes the person's voice "
        "out of the room.\n"
    )
    assert mined(body) == [
        "Being authoritative",
        "leading the conversation",
        "filtering someone's story through their own experience",
    ]


def test_a_run_of_contrast_names_rejected_responses_by_their_subjects() -> None:
    body = (
        "## What went differently\n\n"
        "Asking comes first. Several tempting alternatives skip that step. A list of clinical "
        "providers may be useful later, but it cannot show who the family trusts. Telling a family "
        "which relatives should be involved imposes the worker's assumptions.\n"
    )
    assert mined(body) == [
        "A list of clinical providers",
        "telling a family which relatives should be involved",
    ]


def test_a_verdict_on_a_whole_category_opens_a_run_of_its_instances() -> None:
    body = (
        "## Why it worked\n\n"
        "Talking first is the plain route. The quick fixes usually backfire. Calling the "
        "housing office behind the tenant's back skips the conversation that was needed. "
        "Posting about it in the staff chat puts a colleague on the spot.\n\n"
        "## What it means\n\n"
        "The difference is harm. Sitting with a person while they call the office builds trust.\n"
    )
    # (the second is mined as the article words it; its "it" keeps it out of any item, R9)
    assert mined(body) == [
        "calling the housing office behind the tenant's back",
        "posting about it in the staff chat",
    ]


def test_a_person_of_the_case_named_in_an_option_drops_it() -> None:
    # "Rose" is an English word as well as the coworker's name: an option naming her points to
    # the story outside the item.
    body = (
        "Amir is a peer specialist. Rose, a nurse on his team, keeps booking visits without "
        "asking the people he supports.\n\n"
        "## What worked\n\n"
        "Amir spoke about his own concern instead of blaming Rose. He described what he saw "
        "instead of delivering a verdict.\n"
    )
    assert mined(body) == ["delivering a verdict"]


def test_a_summing_demonstrative_looks_back_over_its_paragraph() -> None:
    body = (
        "## What makes the difference\n\n"
        "A plan built from a diagnosis describes a condition. A plan confined to reducing symptoms "
        "leaves out what matters. Those shortcuts are also the usual wrong answers on exams.\n"
    )
    found = mine(read_lesson(lesson(body)))
    assert [m.text for m in found] == [
        "A plan built from a diagnosis",
        "A plan confined to reducing symptoms",
    ]


def test_predicate_adjectives_in_a_run_of_contrast_are_kept_as_modifiers() -> None:
    body = (
        "## What the difference shows\n\n"
        "The group drifts into patterns that peer work tries to avoid. His response is "
        "authoritative and controlling. The group becomes silent and passive.\n"
    )
    found = mine(read_lesson(lesson(body)))
    assert [(m.text, m.adjectives) for m in found] == [
        ("authoritative and controlling", True),
        ("silent and passive", True),
    ]


def test_what_a_rejected_practice_turns_the_work_into_is_a_complement_of_the_heads_noun() -> None:
    """ "The chart turns the group into a contest" in a run of contrast: asked what type of
    environment to create, "An environment of contest" beside "A calm environment"."""
    from quizzes.generation import generate, load_bank

    from .lessons import BANK_PATH

    body = (
        "## What the difference shows\n\n"
        "The group drifts into patterns that peer work tries to avoid. The chart turns the group "
        "into a contest. His response is authoritative and controlling. The group becomes silent "
        "and passive.\n"
    )
    found = mine(read_lesson(lesson(body)))
    assert [(m.text, m.nominal) for m in found if m.nominal] == [("contest", True)]
    asked = lesson_input(
        body,
        title="Group climate",
        main_point="Peer specialists should create a calm, welcoming environment.",
        key_question="What type of environment should a peer specialist create?",
    )
    main = [i for i in generate(asked, bank=load_bank(BANK_PATH)).items if i.kind == "main_point"]
    assert "An environment of contest" in [c.text for c in main[0].choices]


def test_a_bare_phrase_asked_back_under_a_heading_of_contrast() -> None:
    body = (
        "## Mix-ups you'll see on tests\n\n"
        "Contemplating the need for change? That describes someone still weighing it.\n\n"
        "What does that mean? Nothing here.\n"
    )
    assert mined(body) == ["Contemplating the need for change"]


def test_a_gerund_subject_ends_at_a_verb_that_is_also_a_noun_when_an_object_follows() -> None:
    """ "leaves", "breaks", "delays" are nouns as well: followed by an object, or by the main verb
    after a clause of their own, they are the sentence's verb."""
    body = (
        "## Why it works\n\n"
        "Asking directly is safe. Several tempting alternatives fall short. Changing the subject "
        "leaves the person alone with the thought. Waiting to see whether the mood passes delays "
        "help. Promising to keep the conversation secret breaks the agency's safety policy.\n"
    )
    assert mined(body) == [
        "changing the subject",
        "waiting to see whether the mood passes",
        "promising to keep the conversation secret",
    ]


def test_an_infinitive_keeps_its_object_before_a_verb_of_seeming() -> None:
    """ "to build skills sounds protective": "skills" is the infinitive's object and "sounds",
    a verb of seeming before its adjective, the sentence's verb (English)."""
    body = (
        "## Why it works\n\n"
        "Going straight to a real job works best. Starting in a practice kitchen to build skills "
        "sounds protective, but few people ever leave it.\n"
    )
    assert mined(body) == ["starting in a practice kitchen to build skills"]


def test_a_term_saying_what_it_describes_under_contrast_is_a_rejected_answer() -> None:
    body = (
        "## Why the other answers are wrong\n\n"
        "Precontemplation describes someone who does not yet see a problem.\n\n"
        "Maintenance refers to keeping a change going over time.\n"
    )
    assert mined(body) == ["Precontemplation", "Maintenance"]


def test_a_denied_category_keeps_its_article() -> None:
    body = (
        "## Common misunderstandings\n\n"
        "- It is not a therapy technique reserved for clinicians.\n"
        "- It is not a requirement to retell one's trauma.\n"
    )
    assert mined(body) == [
        "a therapy technique reserved for clinicians",
        "a requirement to retell one's trauma",
    ]


def test_a_myth_stated_of_the_lessons_subject_is_kept_as_it_is_said() -> None:
    """Under "Myths", a paragraph opening "Self-care is selfish." states the myth; it is kept as
    "It is selfish", to be said of the subject again where an item asks about it."""
    read = read_lesson(
        lesson_input(
            "## Myths about self-care\n\n"
            "Self-care is selfish. In fact, it protects the people you serve.\n\n"
            "Self-care is something you do after a crisis. It works best as a routine.\n",
            title="Self-Care Is Part of the Job",
        )
    )
    assert [m.text for m in mine(read)] == [
        "It is selfish",
        "It is something people do after a crisis",
    ]


def test_they_needs_a_plural_or_a_person_before_it() -> None:
    assert not self_contained("Self-care is what lets them keep going")
    assert self_contained("Ask the person what they want to be different")
    assert self_contained("Helping people find their own words")


def test_a_verb_with_its_particle_ends_a_gerund_subject() -> None:
    body = (
        "## Why it works\n\n"
        "Support comes first. Other responses miss the mark too. Calling the landlord without "
        "the person takes away their voice.\n"
    )
    assert mined(body) == ["calling the landlord without the person"]


def test_a_word_that_lives_under_negation_is_not_taken_out_of_it() -> None:
    """ "not a cure for any condition": out of the negation, "any" makes no claim; "any single",
    "anyone" and "anything" have affirmative counterparts ("a single", "someone", "something")."""
    body = (
        "## Common misunderstandings\n\n"
        "- It is not a cure for any condition.\n"
        "- It is not a mandate for any single pathway.\n"
        "- It is not a treatment protocol.\n"
    )
    assert mined(body) == ["a mandate for a single pathway", "a treatment protocol"]
    assert mined_about(
        "Emergency holds",
        "A hold lasts about three days. It does not declare anyone legally incompetent.",
    ) == ["to declare someone legally incompetent"]


def test_labels_quotes_and_examples_in_a_section_going_through_the_distractors() -> None:
    """A heading naming the distractors is one of contrast. Under it a phrase before a colon
    names what the sentence comments on (unless it labels the text's own discourse, "Key phrase
    to remember:"); a quoted belief in the generic "you" is a way of acting; "Examples include A,
    B or C" gives each example."""
    body = (
        "## The distractors, one at a time\n\n"
        "A person's bank balance: an asset, but a private one.\n\n"
        "Key phrase to remember: the wider community.\n\n"
        '"You tackle every area of life at once." Nobody can.\n\n'
        "Examples include a late bus, a lost key or a rainy week.\n"
    )
    assert mined(body) == [
        "Tackling every area of life at once",
        "A person's bank balance",
        "a late bus",
        "a lost key",
        "a rainy week",
    ]


def test_list_items_regarding_a_thing_as_something_and_sorting_acts_elsewhere() -> None:
    """Under a heading of contrast, "- Seeing it as X" keeps its "it" (the question says what it
    is) and "- Actively doing Y ... is another stage." gives its gerund subject."""
    body = (
        "## Readings to avoid\n\n"
        "- Seeing it as a sign of weak character. It is nothing of the kind.\n"
        "- Quietly planning the first steps of a change is preparation.\n"
        '- Taking a bad day as proof that the person is "not ready" for help.\n'
    )
    # (a word in quotation marks is named, not said: its "not" negates nothing in the option)
    assert mined(body) == [
        "Seeing it as a sign of weak character",
        "planning the first steps of a change",
        'Taking a bad day as proof that the person is "not ready" for help',
    ]


@pytest.mark.parametrize(
    "text",
    ["A finish line marked", "Each wrong option", "The answer choices", "That the person is"],
)
def test_cut_off_phrases_and_talk_about_the_test_are_no_options(text: str) -> None:
    from quizzes.generation.distractors import _usable

    assert not _usable(text, 1)


def test_an_acronym_of_the_title_names_the_lessons_subject() -> None:
    """ "A CRP is not ..." denies something of the lesson's subject when the title spells it out
    ("Crisis Response Plans"); a list item labelled "Not a X." gives X."""
    body = (
        "## What a CRP is not\n\n"
        "- Not a court order. A CRP is not a legal order for a hospital stay.\n"
    )
    found = [m.text for m in mine(read_lesson(lesson_input(body, title="Crisis Response Plans")))]
    assert found[0] == "a court order"
    assert "a legal order for a hospital stay" in found


def test_an_explainer_going_through_quoted_choices_names_its_wrong_answers() -> None:
    """Three or more sentences opening with a quoted phrase they go on to judge: the phrases the
    article does not endorse as the answer are wrong options, however short."""
    from quizzes.generation.distractors import quoted_options

    body = (
        '"A person who uses drugs" is the person-first choice.\n\n'
        'The others fail. "A junkie" reduces someone to a habit. "The addicted" folds people '
        'into one group. "A user" works the same way.\n'
    )
    read = read_lesson(lesson(body))
    assert sorted(p for p, endorsed in quoted_options(read).values() if endorsed) == [
        "A person who uses drugs"
    ]
    assert mined(body) == ["A junkie", "The addicted", "A user"]


def test_an_enumerated_belief_under_a_heading_of_contrast() -> None:
    body = (
        "## Ideas that get this wrong\n\n"
        "One is that you should share your story at the start of every session so people "
        "trust you.\n\nAnother is that sharing is fine whenever you're upset.\n\n"
        "A third is that you should only ever share when someone asks about your past.\n\n"
        "A fourth is that sharing helps whenever you need to sort something.\n"
    )
    assert mined(body) == [
        "They should share their story at the start of every session so people trust them",
        "Sharing is fine whenever they're upset",  # (not "them're")
        # the belief as said, its "only ever" its own
        "They should only ever share when someone asks about their past",
        "Sharing helps whenever they need to sort something",  # "something" as an object
    ]


def test_what_a_predicate_judges_harmful_is_ruled_out_wherever_it_is_said() -> None:
    """A gerund subject (ended at its verb, a negated auxiliary included; "the grounds that" is a
    noun and its clause) or a quoted phrase whose predicate judges it harmful or wrong; proposals
    attributed to others; answer choices named by what they say."""
    body = (
        "## What happened next\n\n"
        "Handing the problem to a case manager doesn't build any skill.\n\n"
        'Ending the call on the grounds that family "is not the work" errs the other way.\n\n'
        "Others propose a middle path: accept the request but hide some posts.\n\n"
        "Options about fixed stages, starting over after a setback, or speed of recovery are "
        "distractors.\n"
    )
    found = mined(body)
    assert "handing the problem to a case manager" in found
    assert 'ending the call on the grounds that family "is not the work"' in found
    assert "Accept the request but hide some posts" in found
    assert {"fixed stages", "starting over after a setback", "speed of recovery"} <= set(found)


def test_courses_of_action_the_article_goes_through_keep_their_own_negation() -> None:
    """ "Some argue for simply accepting.", "Then there's the quiet option: ignore the request and
    never mention it.": each is an option the article names, whole, its "never" its own."""
    body = (
        "## The workarounds\n\nSome argue for simply accepting. That misses the point.\n\n"
        "Then there's the quiet option: ignore the request and never mention it.\n"
    )
    assert mined(body) == ["Accepting", "Ignore the request and never mention it"]


def test_an_answer_choice_the_article_quotes_and_rules_out() -> None:
    """'The option "X" describes A, not B': X is a wrong answer, B no wrong idea (the contrast
    is about the choice); a list item's later sentences explain it, they name no new option."""
    body = (
        "## Where the other options go wrong\n\n"
        "- Diagnosing the person. Having lived through an illness does not qualify anyone to "
        "diagnose it.\n\n"
        'The option "nothing, as long as it goes to a doctor" describes the general rule, '
        "not the stricter consent standard.\n"
    )
    found = mined(body)
    assert "nothing, as long as it goes to a doctor" in found
    assert "the stricter consent standard" not in found
    assert not any(f.lower().startswith("having lived") for f in found)


def test_what_the_person_a_case_faults_did_is_a_wrong_act() -> None:
    """The person the article faults (the owner of what a sentence judges: "Sam's other ideas
    miss the mark") did things in the story; told with the name or "he" as subject, each is an act
    to rule out, in the gerund, an aside between commas left out; the other person's acts are
    not."""
    body = (
        "## Two helpers\n\nAna listens while Jo plans the call. Her colleague, Sam, is quick. When "
        "Jo mentions the broken lock, he phones the landlord and, in a loud voice, demands a repair "
        "this week. Sam wants to help right away.\n\n## Discussion\n\nSam's other ideas miss "
        "the mark as well.\n"
    )
    found = mined(body)
    assert "phoning the landlord and demanding a repair this week" in found
    assert not any(f.startswith("listening") for f in found)
    assert not any(f.startswith("wanting") for f in found)  # a wish, no act


def test_a_pronoun_stands_for_the_subject_before_it_and_names_are_never_lower_case() -> None:
    """ "She drops into the chair" after "Tess meets Ray ..." is Tess, not Ray, the last named;
    "Ray" is a name here though "ray" is a word, since the lesson never writes it in lower case."""
    body = (
        "## One\n\nTess meets weekly with Ray, a peer worker. She drops into the chair.\n\n"
        "## Two\n\nRay nods. He books a room for her.\n\n"
        "## Discussion\n\nRay's choices miss the mark.\n"
    )
    found = mined(body)
    assert "booking a room for their" not in found  # (its object is the person supported)
    assert any(f.startswith("booking a room") for f in found)
    assert not any(f.startswith("dropping") for f in found)


def test_run_in_labels_after_an_announcement_each_name_a_rejected_response() -> None:
    """An announcement closing its paragraph ("Several tempting alternatives fall short.") is
    followed by paragraphs that each open with a bare phrase: each phrase is a rejected
    response; "it" in those paragraphs stands for the label, so its predicate is none. The run
    stops at the first paragraph that opens with a clause."""
    body = (
        "## Discussion\n\nReporting goes through a supervisor. Several tempting alternatives "
        "fall short.\n\nKeeping quiet out of friendship. It does not extend to covering for a "
        "colleague who hurt someone.\n\nA private word with the coworker, whether or not anyone "
        "else hears of it. The harm may go on.\n\nSupervisors decide what happens next. Waiting "
        "a week. Asking the coworker first.\n"
    )
    found = mined(body)
    assert "Keeping quiet out of friendship" in found
    assert "A private word with the coworker, whether or not anyone else hears of it" in found
    assert not any("extend" in f for f in found)
    assert not any(f.startswith(("Waiting", "Asking", "Supervisors")) for f in found)


@pytest.mark.parametrize(
    "label",
    [
        "A relative signing on the person's behalf because that is faster.",
        "Consent given once at intake that can never be taken back.",
        "Calling your supervisor because a situation has you puzzled?",
    ],
)
def test_a_label_keeps_the_clause_inside_it(label: str) -> None:
    """A relative or subordinate clause inside a run-in label leaves it a label, and its own
    negation or object pronoun describes the phrase ("that can never be taken back", "has them
    stuck"); a head with a verb of its own before the clause is a sentence, no label."""
    body = f"## Close, but not consent\n\n{label} It falls short.\n\nPeer support works because it is mutual.\n"
    found = mined(body)
    assert len(found) == 1
    assert found[0].split()[0] == label.split()[0]
    assert not any(f.startswith("Peer support works") for f in found)


def test_a_heading_of_exclusion_is_one_of_contrast() -> None:
    body = "## What stays out of the note\n\n- Personal opinions about the home\n- Guesses about a diagnosis\n"
    assert mined(body) == ["Personal opinions about the home", "Guesses about a diagnosis"]


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        ("Don't rush to fill the silence with advice.", "Rushing to fill the silence with advice"),
        (
            "Never promise to keep a secret you cannot keep.",
            "Promising to keep a secret they cannot keep",
        ),
        ("Try not to interrupt the person while they are talking.", "Interrupting the person"),
        ("Resist the urge to fix the problem for them.", "Fixing the problem for them"),
        (
            "A peer specialist should never share another person's story without permission.",
            "Sharing another person's story without permission",
        ),
        (
            "You might be tempted to reassure the person that all will be fine.",
            "Reassuring the person that all will be fine",
        ),
        ("A common mistake is to argue with the person.", "Arguing with the person"),
        (
            "It would be a mistake to push the person toward a decision.",
            "Pushing the person toward a decision",
        ),
        (
            "New workers often make the mistake of sharing too much too soon.",
            "Sharing too much too soon",
        ),
        ("Giving ultimatums is counterproductive.", "giving ultimatums"),
        ("Minimizing the person's feelings is a common trap.", "minimizing the person's feelings"),
        ("Arguing about the diagnosis only makes things worse.", "arguing about the diagnosis"),
    ],
)
def test_negative_instructions_and_named_mistakes_are_acts_to_avoid(
    sentence: str, wanted: str
) -> None:
    """A negative imperative, a duty denied to the role or the reader, a temptation, what a
    mistake consists in, and an act a predicate judges counterproductive name acts to avoid."""
    assert mined(sentence + "\n") == [wanted]


@pytest.mark.parametrize(
    "sentence",
    [
        "Don't worry if the first meeting feels awkward.",
        "Never be afraid to ask for supervision.",
        "Don't just listen for facts; listen for feelings.",
    ],
)
def test_instructions_about_feelings_or_not_just_name_no_act(sentence: str) -> None:
    assert mined(sentence + "\n") == []


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        (
            "Fixing the problem for the person is not the goal.",
            ["fixing the problem for the person"],
        ),
        ("Giving advice isn't our job.", ["giving advice"]),
        ("Handling the problem alone is never the right choice.", ["handling the problem alone"]),
        (
            "Offering a quick solution can feel helpful, but it takes the choice away.",
            ["offering a quick solution"],
        ),
        (
            "Labeling the person as noncompliant is stigmatizing.",
            ["labeling the person as noncompliant"],
        ),
        (
            "Promising confidentiality you cannot keep is a serious ethical problem.",
            ["promising confidentiality they cannot keep"],
        ),
        (
            "What doesn't help: lecturing, arguing, or threatening.",
            ["lecturing", "arguing", "threatening"],
        ),
        (
            "Peer specialists do not diagnose, prescribe or provide therapy.",
            ["Diagnosing", "Prescribing", "Providing therapy"],
        ),
        (
            "It is not our role to decide what recovery looks like for someone.",
            ["Deciding what recovery looks like for someone"],
        ),
    ],
)
def test_what_is_not_the_goal_or_the_role_is_ruled_out(sentence: str, wanted: list[str]) -> None:
    """A gerund subject said not to be the goal, the job or the right choice, or granted an
    appeal and set aside ("can feel helpful, but"), or judged stigmatizing or an ethical problem;
    what "doesn't help" lists; acts denied to the role, each of a list."""
    assert mined(sentence + "\n") == wanted


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        # a verb of harm in the past: a case's analysis looks back on the story
        (
            "Reading the file aloud at the meeting backfired within a week.",
            ["reading the file aloud at the meeting"],
        ),
        # a verb of taking away with a good as its object
        (
            "Hiding the mistake from the team removed the only safeguard there was.",
            ["hiding the mistake from the team"],
        ),
        (
            "Checking the person's phone wears away the trust the two of them built.",
            ["checking the person's phone"],
        ),
        (
            "Booking the appointment without asking took the choice away from the man.",
            ["booking the appointment without asking"],
        ),
        # a noun of fault as the predicate
        (
            "Calling the person late at night is itself a warning sign.",
            ["calling the person late at night"],
        ),
        # an idiom of failure
        (
            "Waiting for the family to call back did not hold up for long.",
            ["waiting for the family to call back"],
        ),
    ],
)
def test_a_gerund_subject_judged_harmful_in_any_tense_is_ruled_out(
    sentence: str, wanted: list[str]
) -> None:
    """Verdicts from the vocabulary: verbs of harm in the "-s" or past form, taking away a good
    ("removed the only safeguard"), a noun of fault, an idiom of failure."""
    assert mined(sentence + "\n") == wanted


@pytest.mark.parametrize(
    "sentence",
    [
        "Removing a barrier to housing helped the man stay.",
        "Asking for a second opinion is not a warning sign.",
        "Turning the offer down seemed harsh to the woman.",
        "Telling the supervisor never erodes the trust of the person.",
    ],
)
def test_no_verdict_without_harm_to_a_good_or_under_negation(sentence: str) -> None:
    """Taking away something that is no good ("a barrier") is no harm; a denied fault or harm is
    none; an appearance ("seemed harsh") is no verdict of the writer's."""
    assert mined(sentence + "\n") == []


def test_the_person_faulted_owns_the_subject_not_a_name_after_the_verdict() -> None:
    """ "...; Ana's call shows ...": a possessive after the verdict names no one faulted, so what
    Ana does in the story is no wrong option."""
    body = (
        "## The story\n\n"
        "Ana calls the clinic and asks for an earlier appointment.\n\n"
        "## Looking back\n\n"
        "The belief that rules end with the last session backfires; Ana's call shows it.\n"
    )
    assert not any("calling" in t.lower() for t in mined(body))


_TWO_VERSIONS = (
    "Omar is a peer specialist. Lena, a woman he meets each week, hands him a concert ticket.\n\n"
    "## Version one\n\n"
    "Omar smiles. He explains the agency rule and hands the ticket back to Lena.\n\n"
    "## Version two\n\n"
    "Omar smiles. He tells himself the rule is silly, pockets the ticket, and asks Lena for a "
    "second one for his brother.\n\n"
    "## Looking back\n\n"
    "In the second version, each of Omar's choices looked generous. But a gift kept in secret "
    "changes the relationship.\n"
)


def test_the_version_of_a_case_the_analysis_sets_aside_gives_its_acts() -> None:
    """ "In the second version, ... looked generous. But ...": the version named by its heading
    (the ordinal for the number) and conceded, then set aside, is the rejected one; its series
    of acts gives one option per act; what the person does in the other version is endorsed."""
    texts = mined(_TWO_VERSIONS)
    assert "pocketing the ticket" in texts
    assert "asking them for a second one for their brother" in texts
    assert not any("handing the ticket back" in t for t in texts)
    assert not any("telling themselves" in t for t in texts)  # thinking, no act


def test_an_unjudged_version_gives_nothing_of_a_person_told_twice() -> None:
    """Without a sentence judging one version, nothing tells which of the person's acts the
    lesson rejects."""
    body = _TWO_VERSIONS.replace("In the second version, each", "Each")
    assert not any("ticket" in t for t in mined(body))


def test_a_version_judged_by_its_trouble_gives_its_acts_and_only_its_acts() -> None:
    """ "In the first version Omar meant well. The trouble is that ...": a fronted phrase before
    the name, and a fault's identity setting the concession aside, judge the first version; an
    act told in the perfect there is one of its moves, and the person's act in the other version
    is none."""
    body = (
        "Omar is a peer specialist. Lena asks him where to find a used car.\n\n"
        "## The first version\n\n"
        "By noon Omar has booked a test drive at his uncle's lot.\n\n"
        "## The second version\n\n"
        "Omar gives Lena a list of dealers from the credit union.\n\n"
        "## What made the difference\n\n"
        "In the first version Omar meant well, and the car was fine. The trouble is that he "
        "stood in two roles at once.\n"
    )
    texts = mined(body)
    assert "booking a test drive at their uncle's lot" in texts
    assert not any("list of dealers" in t for t in texts)


def test_acts_that_would_have_left_the_person_without_or_punished_them_are_ruled_out() -> None:
    """A gerund subject of a counterfactual harm ("would have left Dana choosing without the
    facts", "would have punished him") names an act the lesson rules out."""
    body = (
        "Dana is looking for a car, and her peer specialist's uncle sells them.\n\n"
        "## Looking back\n\n"
        "Keeping the family tie secret would have left Dana choosing without the facts. "
        "Refusing to help with the search would have punished her for a problem that was "
        "not hers.\n"
    )
    texts = mined(body)
    assert "keeping the family tie secret" in texts
    assert "refusing to help with the search" in texts


def test_a_story_sentence_after_a_fronted_phrase_of_time_claims_nothing() -> None:
    """ "By the afternoon she has set up a viewing.": what one person did in the story, not what
    the lesson states about practice (English: the fronted phrase sets the time of the event)."""
    read = read_lesson(lesson("By the afternoon she has set up a viewing at her uncle's lot.\n"))
    assert not asserted_true("Setting up a viewing at her uncle's lot", read.sentences)


def test_a_phrase_of_time_has_the_shape_of_a_time() -> None:
    for text in (
        "Promptly after each visit",
        "At the end of the month",
        "Within a day of the contact",
        "Only when an auditor asks",
    ):
        assert shape_of(text) == "when", text
    assert shape_of("At the front desk") != "when"


def test_an_ing_word_taking_an_object_opens_a_gerund_phrase() -> None:
    assert shape_of("Setting up a viewing") == "ing"
    assert shape_of("Meeting the family at home") == "ing"
    assert shape_of("Setting goals") == "noun"  # (no determiner: a noun may be meant)


def test_an_existential_there_points_at_no_place() -> None:
    assert self_contained("Deciding there's no need to call the supervisor")
    assert not self_contained("Leaving the problem there")


@pytest.mark.parametrize(
    "sentence",
    [
        "The idea that recovery ends at discharge does not hold up.",
        "But the common belief that recovery ends at discharge is simply wrong.",
    ],
)
def test_a_belief_named_and_denied_is_a_misconception(sentence: str) -> None:
    """ "The idea that Y does not hold up": Y, as the belief it is."""
    assert mined(sentence + "\n") == ["Recovery ends at discharge"]


def test_a_belief_judged_after_its_clause_is_no_bare_phrase() -> None:
    """Under a heading of contrast, "The claim that Y doesn't hold either." is a sentence (its
    verb follows the "that" clause), not a label naming an option: Y is the option."""
    body = (
        "## Where the other answers go wrong\n\n"
        "The claim that recovery ends at discharge doesn't hold either. Both go on.\n"
    )
    assert mined(body) == ["Recovery ends at discharge"]


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        (
            "Looking back, Jo should not have called his mother about the relapse.",
            ["Calling their mother about the relapse"],
        ),
        (
            "Maya shouldn't have promised to keep the plan a secret.",
            ["Promising to keep the plan a secret"],
        ),
        (
            "Her first instinct was to change the subject, but she stayed with it.",
            ["Changing the subject"],
        ),
        ("Her first instinct was to listen closely to the man.", []),
        # an impulse of people at large, in the present, is named to be set aside
        (
            "The instinct is to reassure the person that everything will be fine.",
            ["Reassuring the person that everything will be fine"],
        ),
        (
            "When a plan falls apart, the first instinct is to draw up a new plan for the person.",
            ["Drawing up a new plan for the person"],
        ),
        # felt, then resisted
        (
            "You might feel the urge to solve the problem for the person. Resist it.",
            ["Solving the problem for the person"],
        ),
        ("You may feel the urge to help the person. That is a good instinct.", []),
        ("Resist the pull to fill every silence.", ["Filling every silence"]),
    ],
)
def test_an_act_judged_in_hindsight_or_an_impulse_set_aside(
    sentence: str, wanted: list[str]
) -> None:
    """ "should not have V-ed": the act is judged wrong; "her first instinct was to V, but ...":
    the impulse is set aside (an impulse followed is no wrong option)."""
    assert mined(sentence + "\n") == wanted


@pytest.mark.parametrize(
    "opener",
    [
        "Omar tried two different approaches, and neither worked.",
        "Omar got it wrong in both directions.",
        "The coworker's two ideas miss the point.",
    ],
)
def test_a_sentence_faulting_a_helper_opens_a_run_of_contrast(opener: str) -> None:
    """After a sentence faulting someone's moves ("neither worked", "got it wrong", "miss the
    point"), the rest of its paragraph goes through them: their gerund subjects, an adverb before
    one, an aside set off by commas (its comma inside a quotation), and a subject that sounds
    fine but is conceded."""
    body = (
        "Omar is a peer specialist. Lena, a woman he meets, talks over everyone in group.\n\n"
        "## Looking back\n\n"
        f"{opener} Ignoring the pattern for weeks is no kindness. "
        'Calling Lena out by name, with a word like "rude," embarrasses the whole room. '
        "Quietly asking her to skip the next meetings sounds simple, but it cuts her off.\n"
    )
    texts = mined(body)
    assert "ignoring the pattern for weeks" in texts
    assert "calling them out by name" in texts
    assert "asking them to skip the next meetings" in texts


def test_a_condition_of_the_person_supported_is_no_response() -> None:
    """In a run, "If a person asks for X, that request deserves respect" states the case's
    condition; a helper's "when the peer specialist picks ..." is the helper's move."""
    body = (
        "Several tempting alternatives skip that step. If a person asks for a peer of the same "
        "faith, that request deserves respect. When the peer specialist picks the goal alone, "
        "the plan is not the person's.\n"
    )
    texts = mined(body)
    assert not any("asks for a peer" in t for t in texts)
    assert "the peer specialist picks the goal alone" in texts


def test_putting_someone_on_display_or_the_defensive_is_a_verdict() -> None:
    body = (
        "Using a member's slip as a warning to the group puts the member on display. "
        "Labelling the habit an addiction put him on the defensive. "
        "Relying on a child to interpret puts the child in a hard position.\n"
    )
    assert mined(body) == [
        "using a member's slip as a warning to the group",
        "labelling the habit an addiction",
        "relying on a child to interpret",
    ]


def test_the_section_that_judges_a_helper_is_no_version_of_the_story() -> None:
    """A helper who acts in the story and is judged in the discussion ("Ravi's version fails") is
    told once: the acts of the story are the wrong options, and the sentence judging him gives no
    act of its own ("got it wrong" is no move)."""
    body = (
        "Ana meets with peer specialist Ravi.\n\n"
        "## Another approach\n\n"
        "Ravi fills in a goal form for Ana. He tells her to stop drinking at once.\n\n"
        "## Looking back\n\n"
        "Ravi started with the form. Ravi's version fails in two ways.\n"
    )
    texts = mined(body)
    assert "filling in a goal form for them" in texts
    assert "telling them to stop drinking at once" in texts
    assert not any("fail" in t for t in texts)


def test_an_attempt_then_an_act_gives_the_act() -> None:
    """ "tries again, more firmly, and eventually says ...": the conative verb names an attempt,
    the verb coordinated after it what was done; a state ("does not want ...") is no act."""
    body = (
        "Dev meets with Ravi, a peer specialist.\n\n"
        "## Another night\n\n"
        'Ravi tries again and eventually says, "You need to stop this now." '
        "Ravi believes every story matters and does not want to interrupt.\n\n"
        "## Looking back\n\n"
        "Ravi's approach fell flat.\n"
    )
    texts = mined(body)
    assert 'saying "You need to stop this now"' in texts
    assert not any("want" in t for t in texts)


def test_a_series_holding_an_act_the_lesson_rules_out_gives_each_act() -> None:
    """ "She made the case again, warned him about the risks, and asked him to trust her", where
    the lesson says "instead of arguing or warning": one act of the series is ruled out by name,
    so the series is the rejected version's moves, whoever did them."""
    body = (
        "Priya meets Dev, who snaps at her.\n\n"
        "## Looking closer\n\n"
        "In the second version, Priya pushed harder. She made the case for the group again, "
        "warned him about the risks, and asked him to trust the plan.\n\n"
        "A peer specialist reflects feelings instead of arguing or warning.\n"
    )
    texts = mined(body)
    assert "making the case for the group again" in texts
    assert "warning them about the risks" in texts
    assert "asking them to trust the plan" in texts


def test_an_act_done_to_it_points_outside_the_option() -> None:
    """ "Handing it over for signature": "it" as the act's object stands for something the stem
    does not name (the rubric's R9); "Seeing it as ..." is asked about the stem's own subject."""
    body = "## Mistakes\n\nHanding it over for a signature backfired.\n"
    assert mined(body) == []


def test_a_paragraph_opening_on_what_the_subject_is_not_names_a_rival_category() -> None:
    """Under "What a drop-in center isn't": "It isn't a clinic." opens a paragraph denying the
    section's subject a category; "either" and a generic "you" in a relative clause go."""
    body = (
        "## What a drop-in center isn't\n\n"
        "It isn't a walk-in clinic or an urgent care office. Nobody is treated there.\n\n"
        "It isn't a homeless shelter either. Nobody sleeps there.\n\n"
        "And it isn't a members' club where you pay a monthly fee. It is free.\n"
    )
    assert mined(body) == [
        "a walk-in clinic or an urgent care office",
        "a homeless shelter",
        "a members' club where people pay a monthly fee",
    ]


def test_a_paragraph_opening_on_what_a_bare_noun_subject_is_not_names_a_rival() -> None:
    """ "Recovery is not a straight line back to how things were." under a heading of contrast:
    the subject needs no article when it is a practice or an idea (English: an abstract noun
    takes none); a subject that is not the lesson's says nothing of it."""
    body = (
        "## What it is not\n\n"
        "Recovery is not a return to the person's life before the illness. It goes forward.\n\n"
        "Medication is not a sign of weakness. That is another lesson.\n"
    )
    assert mined(body) == ["a return to the person's life before the illness"]


def test_a_quoted_belief_under_contrast_keeps_its_own_negation_and_its_doer() -> None:
    """A belief quoted under a heading of contrast is stated whole (its "don't" is its own); in
    the generic "you" it is an act whose doer "they" is whoever the question is about; "It means
    V-ing" names the act the subject is taken to be."""
    body = (
        "## What it isn't\n\n"
        '- "You get a voucher once you\'ve stayed sober for a month." That is the old model.\n'
        '- "It means moving people into motels until they\'re ready." Motels are not homes.\n'
        '- "Don\'t worry, it will all work out." That is reassurance.\n'
    )
    assert mined(body) == [
        "Getting a voucher once they've stayed sober for a month",
        "Moving people into motels until they're ready",
        '"Don\'t worry, it will all work out"',
    ]


def test_an_act_denied_the_name_of_the_lessons_subject_is_a_wrong_answer() -> None:
    """ "But faxing the chart isn't a handoff.", in a lesson on the warm handoff: what the subject
    is not (a negated predicate nominal naming the lesson's subject)."""
    body = "Records have their place. But faxing the chart isn't a handoff.\n"
    read = read_lesson(lesson_input(body, title="The Warm Handoff"))
    assert [m.text for m in mine(read)] == ["faxing the chart"]
    other = read_lesson(lesson_input(body, title="Peer support and records"))
    assert [m.text for m in mine(other)] == []


def test_a_wrong_conclusion_asked_back_and_answered_no_is_its_proposition() -> None:
    """ "Am I burning out?" under "What it isn't", or any yes/no question answered "No, ..." /
    "Not necessarily.": the question's predicate is a conclusion the article rejects."""
    body = (
        "## What it isn't\n\n"
        '"Am I burning out?" That was my first fear. It passed in a week.\n\n'
        '"Did I break a rule?" Some people think so.\n\n'
        "## Another thought\n\n"
        "Isn't this what grief feels like? No, grief has a loss at its center.\n"
    )
    assert mined(body) == ["Burning out", "Breaking a rule", "Grief"]


def test_what_a_rejected_naming_calls_it_is_a_wrong_classification() -> None:
    body = "Calling it a panic attack can shame the person for being afraid.\n"
    assert "A panic attack" in mined(body)


def test_views_enumerated_and_set_aside_are_wrong_answers() -> None:
    """ "One says X. ... But ...", "Another credits Y. ..., but ...": two members or more of an
    enumeration of views, each corrected in its paragraph; "A, B and C all ..., but none of them
    ...": each member."""
    body = (
        "You may hear other stories.\n\n"
        "One says the role was invented by insurers to save money. But the work came first.\n\n"
        "Another credits the rise of social work. Social workers did good, but peers came from "
        "patients.\n\n"
        "Insurers, social work and new drugs all played a part, but none of them is where it "
        "began.\n"
    )
    texts = mined(body)
    assert texts[:2] == [
        "The role was invented by insurers to save money",
        "The rise of social work",
    ]
    assert {"Insurers", "New drugs"} <= set(texts)


def test_reasons_enumerated_and_not_set_aside_are_no_wrong_answers() -> None:
    body = (
        "One reason is that peers share experience. It builds trust.\n\n"
        "Another is that peers model hope. It shows change is possible.\n"
    )
    assert mined(body) == []


def test_a_mistake_announced_gives_what_a_helper_might_do_or_what_the_colon_names() -> None:
    """ "There is a subtler mistake too." then "A peer who wants to be kind might say ... and
    move on": the modal names the mistake's act; "Another mistake is easy to make: V-ing ...":
    what the colon delivers."""
    body = (
        'There is a subtler mistake too. A peer who wants to be kind might say "No worries" '
        "and change the subject. It feels gentle, but it closes the topic.\n\n"
        "Another mistake is easy to make: promising to keep every secret. It cannot be kept.\n"
    )
    texts = mined(body)
    assert 'Saying "No worries" and changing the subject' in texts
    assert "Promising to keep every secret" in texts


def test_a_verdict_sentence_asserts_nothing_of_its_subject() -> None:
    """ "Agreeing just to keep the peace would have closed the conversation": the sentence judges
    its subject, so an option naming the subject is not one the lesson endorses."""
    from quizzes.generation.rubric import asserted_true

    body = "Agreeing just to keep the peace would have closed the conversation.\n"
    read = read_lesson(lesson(body))
    assert not asserted_true("Agreeing just to keep the peace", read.sentences)
    assert mined(body) == ["agreeing just to keep the peace"]


def test_a_discussion_paragraph_about_a_judged_version_recounts_wrong_acts() -> None:
    """ "In the first meeting, Omar treated the cousin as the person he was helping. ... Relying
    on a relative also put Lena in a hard position. He left out ..., and ...": a paragraph opening
    on a version of the case and judging it recounts what was done wrong; a preposition stranded
    at the end of a relative clause closes its phrase; a name after a verb is its object. "He"
    is Omar: the story shows Lena is "she"."""
    body = (
        "Omar visits Lena, whose cousin offers to translate. Lena waits in her own kitchen.\n\n"
        "## Looking back\n\n"
        "In the first meeting, Omar treated the cousin as the person he was helping. "
        "Relying on a relative also put Lena in a hard position. "
        "He skipped the questions he found awkward, and one of them mattered most.\n\n"
        "In the second meeting, Omar spoke to Lena directly.\n"
    )
    texts = mined(body)
    assert "treating the cousin as the person they were helping" in texts
    assert "relying on a relative" in texts
    assert "skipping the questions they found awkward" in texts
    assert not any("spoke" in t or "speaking" in t for t in texts)


def test_what_another_person_does_in_a_judged_version_is_no_move_of_its_helper() -> None:
    """ "... put Tom in a hard position. He skipped ...": "he" is Tom, the last person named,
    whose pronouns the story does not contradict; the paragraph is Omar's version, and what Tom
    did in it is an event of the story, no wrong move of Omar's (English: a paragraph is about
    what its first sentence names)."""
    body = (
        "Omar visits Lena, whose son Tom offers to translate. Lena waits in her own kitchen.\n\n"
        "## Looking back\n\n"
        "In the first meeting, Omar treated the boy as the person he was helping. "
        "Relying on a child also put Tom in a hard position. "
        "He skipped the questions he found awkward, and one of them mattered most.\n\n"
        "In the second meeting, Omar spoke to Lena directly.\n"
    )
    texts = mined(body)
    assert "treating the boy as the person they were helping" in texts
    assert not any("skipping" in t for t in texts)


def test_a_person_of_the_case_in_an_option_is_whoever_the_stem_is_about() -> None:
    body = (
        "Kim waits with Dana. Kim listens to Dana rather than waiting for Dana's brother to "
        "arrive.\n"
    )
    assert not any("Dana" in t for t in mined(body))


def test_under_a_heading_of_what_it_wont_do_each_paragraph_denies_an_act() -> None:
    """Under "What a certificate won't do": "Stacking up courses doesn't turn you into a
    counselor." opens a paragraph on one act the heading's subject does not do, whatever the
    sentence calls it; "it isn't only for Y" denies the belief "only for Y", kept whole."""
    body = (
        "## What a certificate won't do\n\n"
        "Stacking up courses doesn't turn a peer into a counselor. Scope comes from the role.\n\n"
        "A certificate also doesn't replace supervision. The two do different jobs.\n\n"
        "And it isn't only for people planning a degree. Every peer benefits.\n"
    )
    assert mined(body) == [
        "to turn a peer into a counselor",
        "to replace supervision",
        "It is only for people planning a degree",
    ]


@pytest.mark.parametrize(
    ("sentence", "acts"),
    [
        (
            "When someone shares a slip, the most helpful response is to thank them for telling, "
            "respond without judgment, and ask what they need now.",
            [
                "Thanking them for telling",
                "Responding without judgment",
                "Asking what they need now",
            ],
        ),
        (
            "When language is a barrier, the peer specialist speaks to the person, looks at the "
            "person, and lets the interpreter carry the message.",
            [
                "Speaking to the person",
                "Looking at the person",
                "Letting the interpreter carry the message",
            ],
        ),
        (
            "When the work is ending, talk about the ending early, review the progress together, "
            "and plan the next supports.",
            [
                "Talking about the ending early",
                "Reviewing the progress together",
                "Planning the next supports",
            ],
        ),
        ("The peer specialist speaks to the person and looks at them.", []),
        # the role named generically, then three predicates or more: what the kind does
        (
            "A peer specialist shares hope, models recovery and helps the person name goals.",
            ["Sharing hope", "Modeling recovery", "Helping the person name goals"],
        ),
        (
            "Peer specialists listen closely, ask open questions and reflect what they hear.",
            ["Listening closely", "Asking open questions", "Reflecting what they hear"],
        ),
        # a pair of predicates, a modal, a state or a hedge: no norm of the kind stated
        ("A peer specialist listens closely and asks open questions.", []),
        ("A peer specialist can listen, ask questions and reflect feelings.", []),
        ("Peer specialists know the system, share hope and model recovery.", []),
        ("Peer specialists often listen, ask questions and reflect feelings.", []),
    ],
)
def test_a_principle_stated_as_a_series_after_its_scene_gives_each_act(
    sentence: str, acts: list[str]
) -> None:
    """A fronted scene, then the role's coordinated predicates, the instructions, or what "the
    most helpful response is to" do: each act of the series (English coordination); without the
    scene it is no principle stated for a case, unless the role is named generically."""
    from quizzes.generation.distractors import principle_acts

    assert principle_acts(sentence) == acts


def test_what_the_helper_a_case_holds_up_does_is_endorsed() -> None:
    """ "Nia showed real humility. She asked before assuming, was honest about what she did not
    know, and invited correction.": the acts told of the helper held up, in the paragraph of the
    sentence holding her up (or under "What Nia understood"); not the verdict itself, nor what
    anyone else did."""
    from quizzes.generation.distractors import held_up_acts

    body = (
        "Nia and Sam each meet a new participant, Lina.\n\n"
        "## Looking back\n\n"
        "Sam read a handout and applied it to Lina. "
        "Nia showed real humility. She approached Lina as the expert on her own life, was honest "
        "about the limits of her knowledge, and invited correction.\n"
    )
    read = read_lesson(lesson(body))
    assert [act for _, act in held_up_acts(read.sentences)] == [
        "Approaching them as the expert on their own life",
        "Being honest about the limits of their knowledge",
        "Inviting correction",
    ]


MODEL_CASE = (
    "Ana has been working as a peer specialist at a drop-in center for a year. Today Tom tells "
    "her about a hard week. She listens and nods.\n\n"
    "## What made the difference\n\n"
    "Ana asked what the week had meant to him instead of telling him what it meant. "
    "She named the strengths she heard in his story. "
    # ("Tom" is a word too, but the lesson writes it only as a name: the person, 2026.12-52)
    "She also waited for Tom to finish. "
    "In the first meeting, Ana steered the talk back to her checklist.\n"
)


def test_what_the_cases_peer_specialist_did_is_endorsed_when_nowhere_faulted() -> None:
    """The discussion looks back on the story in the past tense: what the case's own peer
    specialist did there is endorsed. What "instead of" sets aside is cut off; the story's own
    present tense, and a version set against another ("In the first meeting, ...") give
    nothing."""
    from quizzes.generation.distractors import model_helper_acts

    read = read_lesson(lesson(MODEL_CASE))
    assert [act for _, act in model_helper_acts(read.sentences)] == [
        "Asking what the week had meant to them",
        "Naming the strengths they heard in their story",
        "Waiting for the person to finish",
    ]


def test_a_name_that_only_opens_sentences_is_a_name_and_two_past_predicates_two_acts() -> None:
    """ "Marcus feels ...", "Marcus resisted ...": a word the lexicon does not know, opening two
    sentences, names someone; "He asked about her reasons and let her choose the next step" is
    two acts (coordinated predicates in one tense), "her" before "choose" an object."""
    from quizzes.generation.distractors import model_helper_acts, names_in

    body = (
        "Marcus has been working as a peer specialist for two years. Today a woman tells him "
        "about her skipped walks. Marcus feels the pull to give her a plan.\n\n"
        "## What made the difference\n\n"
        "Marcus resisted the urge to fix the problem. He asked about the person's own reasons and let "
        "her choose the next step.\n"
    )
    read = read_lesson(lesson(body))
    assert "Marcus" in names_in(read.sentences)
    assert [act for _, act in model_helper_acts(read.sentences)] == [
        "Resisting the urge to fix the problem",
        "Asking about the person's own reasons",
        "Letting them choose the next step",
    ]


@pytest.mark.parametrize(
    ("text", "unnamed"),
    [
        ("helping her find work", "helping them find work"),
        ("telling her what to do", "telling them what to do"),
        ("seeing her friends", "seeing their friends"),
        ("having her own room", "having their own room"),
        ("telling her she isn't ready", "telling them they aren't ready"),
        # a name as a verb's subject is singular "they", its verb agreeing
        ("asking staff whether Jerome knows about it", "asking staff whether they know about it"),
        ("calling after Dana was discharged", "calling after they were discharged"),
        # a negative contraction agrees as its verb does
        ("saying she doesn't need to know why", "saying they don't need to know why"),
        ("saying Ana doesn't need to explain", "saying they don't need to explain"),
        ("telling her she hasn't failed", "telling them they haven't failed"),
        ("saying Dana wasn't ready", "saying they weren't ready"),
        # said in general, an act's clause of later time is in the present, not the story's past
        (
            'asking Dee to stay away until she had "clean time"',
            'asking them to stay away until they have "clean time"',
        ),
        ("waiting until she felt ready", "waiting until they feel ready"),
        ("calling before Dee was discharged", "calling before they are discharged"),
        ("waiting until they put it down", "waiting until they put it down"),
    ],
)
def test_a_vignette_person_becomes_them_their_or_they_by_position(text: str, unnamed: str) -> None:
    from quizzes.generation.distractors import _unnamed

    assert _unnamed(text) == unnamed


FOIL_FIRST = (
    "Ray has been working with his peer specialist, Ben, for two months. Ray misses three "
    "appointments.\n\n"
    "Ben is frustrated. He tells Ray that missed appointments waste everyone's time.\n\n"
    "A second peer specialist, Alma, sees the same thing with another person, Leo. Alma says "
    "she is glad to see him.\n\n"
    "## What made the difference\n\n"
    "Ben's lecture pushed Ray away. Alma treated the missed appointments as information. She "
    "asked what had changed and offered to move their meetings to the afternoon.\n"
)


def test_the_model_is_the_peer_specialist_the_article_faults_nowhere() -> None:
    """With two introduced by the role, the model is the one the article does not fault ("Ben's
    lecture pushed Ray away": Ben is the foil, told first); told apart by nothing, neither is
    taken, since a foil's acts set as endorsed would give an item two right answers."""
    from quizzes.generation.distractors import model_helper_acts

    read = read_lesson(lesson(FOIL_FIRST))
    assert [act for _, act in model_helper_acts(read.sentences)] == [
        "Treating the missed appointments as information",
        "Asking what had changed",
        "Offering to move their meetings to the afternoon",
    ]
    unjudged = FOIL_FIRST.replace("Ben's lecture pushed Ray away. ", "")
    assert model_helper_acts(read_lesson(lesson(unjudged)).sentences) == ()


@pytest.mark.parametrize(
    "judged",
    [
        # a view conceded and set aside: its subject is faulted
        "Ben probably believed he was helping. But he lectured Ray.",
        # an act granted as well meant, then set aside
        "Ben's lecture was well meant, but it shut the conversation down.",
        # the doer granted good intentions, then set aside
        "Ben meant well, but he lectured Ray about attendance.",
        # a belief of his called a misreading (a noun of fault as the predicate)
        "Ben's belief that being peers means anything goes is a common misreading of the role.",
        # a concession with its reasons before the "But"
        "Ben was not unkind. He was doing what the program asked. But he lectured Ray.",
        # a concession whose subject Ben owns
        "Ben's information wasn't wrong. But he lectured Ray.",
    ],
)
def test_a_concession_set_aside_faults_its_subject(judged: str) -> None:
    from quizzes.generation.distractors import faulted_in

    body = FOIL_FIRST.replace("Ben's lecture pushed Ray away.", judged)
    assert "Ben" in faulted_in(read_lesson(lesson(body)).sentences)


def test_an_act_not_done_is_judged_not_its_doer() -> None:
    """ "Devon did not call Carl out in front of the group, which would have shamed him": the
    verdict is on the act Devon did not do, so Devon is not faulted, and the act he refrained
    from is a wrong option without the clause saying what it would have done."""
    from quizzes.generation.distractors import faulted_in

    body = (
        "Devon is a peer specialist who runs a weekly group. One member, Carl, talks the most. "
        "Devon thanks Carl and asks who else would like to share.\n\n"
        "## What Devon avoided\n\n"
        "Devon did not call Carl out in front of the group, which would have shamed him. He did "
        "not ask Carl to leave the group.\n"
    )
    read = read_lesson(lesson(body))
    assert "Devon" not in faulted_in(read.sentences)
    texts = [m.text.lower() for m in mine(read)]
    assert "calling them out in front of the group" in texts
    assert not [t for t in texts if "who else" in t]


def test_a_faulted_peer_specialist_endorses_nothing() -> None:
    from quizzes.generation.distractors import model_helper_acts

    faulted = MODEL_CASE.replace(
        "She also waited", "Ana's questions missed the point. She also waited"
    )
    read = read_lesson(lesson(faulted))
    assert model_helper_acts(read.sentences) == ()


def test_one_mistake_announced_gives_one_option() -> None:
    """ "Another mistake is easy to make: V-ing ..." announces one mistake; what the paragraph
    says next explains it ("Waiting for X can mean ..."), it names no second one."""
    body = (
        "Another mistake is easy to make: holding off on goals until the person is sure. "
        "Waiting for certainty can mean waiting forever.\n"
    )
    assert mined(body) == ["Holding off on goals until the person is sure"]


def mined_about(title: str, sentence: str) -> list[str]:
    return [m.text for m in mine(read_lesson(lesson_input(sentence + "\n", title=title)))]


@pytest.mark.parametrize(
    ("title", "sentence", "wanted"),
    [
        # what the lesson's subject is set apart from (a comparison of difference)
        ("Advocacy", "Advocacy is not the same as deciding for someone.", "deciding for someone"),
        (
            "Cultural humility",
            "Cultural humility is different from memorizing facts about cultures.",
            "memorizing facts about cultures",
        ),
        (
            "Self-advocacy",
            "Self-advocacy should not be confused with refusing every offer of help.",
            "refusing every offer of help",
        ),
        # what the subject is denied to require
        (
            "Harm reduction",
            "Harm reduction does not require abstinence from substances.",
            "abstinence from substances",
        ),
        # a belief named as a misconception
        (
            "Recovery",
            "A common misconception is that recovery means staying sober forever.",
            "Recovery means staying sober forever",
        ),
        # a duty denied to a role
        (
            "Peer roles",
            "It is not the peer specialist's job to decide what the person should do.",
            "Deciding what the person should do",
        ),
    ],
)
def test_a_difference_a_requirement_a_misconception_or_a_duty_denied_is_mined(
    title: str, sentence: str, wanted: str
) -> None:
    assert mined_about(title, sentence) == [wanted]


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        # an unwanted outcome caused, or felt
        (
            "Arguing with a person about whether they have a problem tends to increase resistance.",
            "arguing with a person about whether they have a problem",
        ),
        (
            "Correcting every error in a person's plan breeds dependence on staff.",
            "correcting every error in a person's plan",
        ),
        (
            "Offering reassurance too quickly can make the person feel unheard.",
            "offering reassurance too quickly",
        ),
        (
            "Waiting until the person is in crisis to talk about a plan leaves little room for "
            "choice.",
            "waiting until the person is in crisis to talk about a plan",
        ),
        # singular "they" agreeing with "someone" inside the option
        (
            "Pushing someone to set a quit date before they are ready often backfires.",
            "pushing someone to set a quit date before they are ready",
        ),
        # a wh-clause closing on its own verb
        (
            "Instead of telling someone what to do, a peer specialist asks what matters to them.",
            "telling someone what to do",
        ),
    ],
)
def test_an_act_judged_by_its_consequence_is_mined(sentence: str, wanted: str) -> None:
    assert mined(sentence + "\n") == [wanted]


@pytest.mark.parametrize(
    "sentence",
    [
        # not denied: nothing to mine
        "Naming what the person already has shifts attention away from what is wrong.",
        "Asking about suicide does not increase risk.",
        "Validating a feeling makes the person feel heard.",
        # "need" is said of people's needs, not of what an idea requires
        "They do not need the person's diagnosis for the appointment.",
    ],
)
def test_no_verdict_no_wrong_option(sentence: str) -> None:
    assert mined(sentence + "\n") == []


def test_a_noun_after_a_preposition_is_no_clause_of_its_own() -> None:
    """'before a job search' is a phrase: its noun is no subject, so "puts" is the main verb and
    the option never ends on it."""
    assert not any(
        m.endswith("puts")
        for m in mined(
            "## Where the wrong answers go wrong\n\nIt is quick. Requiring training before a job "
            "search puts classes between the person and a paycheck.\n"
        )
    )


@pytest.mark.parametrize(
    ("title", "sentence", "wanted"),
    [
        # a denial repeated down a series of clauses, the subject again as "it"
        (
            "Journaling",
            "Journaling is not a way of grading feelings, it is not a diagnostic tool for "
            "depression, and it is not a method for proving progress to staff.",
            [
                "a way of grading feelings",
                "a diagnostic tool for depression",
                "a method for proving progress to staff",
            ],
        ),
        # a polarity adverb closing the denial is no part of what is denied
        (
            "Goal setting",
            "Goal setting is not about meeting the agency's numbers either.",
            ["meeting the agency's numbers"],
        ),
    ],
)
def test_each_clause_of_a_repeated_denial_is_mined(
    title: str, sentence: str, wanted: list[str]
) -> None:
    assert mined_about(title, sentence) == wanted


def test_a_repeated_denial_of_something_else_is_not_mined() -> None:
    """The pronoun stands for the first clause's subject, here not the lesson's."""
    sentence = "The weather is not a reason, it is not an excuse for missing a session."
    assert mined_about("Journaling", sentence) == []


def test_a_verb_of_thinking_keeps_its_clause_inside_the_subject() -> None:
    """ "Assuming the person wants advice": "wants" is the clause's verb, "can" the sentence's."""
    options = mined("Assuming the person wants advice can close a conversation fast.\n")
    assert options == ["assuming the person wants advice"]


def test_a_section_headed_a_not_b_explains_a() -> None:
    """ "Shared, not identical" affirms "shared": what its section says is not ruled out."""
    body = (
        "## Shared, not identical\n\n"
        "Discharge status affects which services a person can get.\n\n"
        "Families often need support of their own.\n"
    )
    assert mined(body) == []


@pytest.mark.parametrize(
    ("title", "sentence", "wanted"),
    [
        # a duty denied to whoever is named: the act is no part of what the duty asks
        (
            "Workplace accommodations",
            "Employers do not have to lower the standards that apply to everyone.",
            ["to lower the standards that apply to everyone"],
        ),
        (
            "Mentoring",
            "Mentors need not attend every weekly meeting.",
            ["to attend every weekly meeting"],
        ),
        # no act after it
        ("Mentoring", "The weather does not have to be good for a walk.", []),
    ],
)
def test_a_duty_denied_gives_the_act(title: str, sentence: str, wanted: list[str]) -> None:
    assert mined_about(title, sentence) == wanted


def test_a_verb_without_its_subject_is_no_option() -> None:
    """ "members keep what is shared private": no option may open on "is"."""
    from quizzes.generation.distractors import _usable

    assert not _usable("is shared private")
    assert _usable("sharing stories in private")


def test_neither_nor_denies_both_acts_of_the_role() -> None:
    assert mined_about(
        "Group facilitation",
        "A good facilitator neither lectures the group nor takes sides in an argument.",
    ) == ["Lecturing the group", "Taking sides in an argument"]
    # denied of something else: no act to avoid
    assert (
        mined_about("Group facilitation", "The law neither requires a warning nor forbids one.")
        == []
    )


def test_items_listed_under_a_heading_of_contrast_are_stated_whole() -> None:
    """ "- No written rules" keeps its own "No"; a word in quotation marks ends nothing."""
    body = (
        "## Red flags\n\n"
        '- Free "scholarships" offered on condition that the person joins a program\n'
        "- No written rules or agreements\n"
    )
    assert mined(body) == [
        "Free scholarships offered on condition that the person joins a program",
        "No written rules or agreements",
    ]


def test_an_it_with_no_thing_before_it_points_outside_the_option() -> None:
    assert not self_contained("Coming back to it")
    assert self_contained("Taking a break and coming back to it")


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        # beyond the role, after a concession; a wh-clause with its own verb inside the subject
        (
            "Telling the person how much they can earn sounds helpful but goes beyond the role.",
            ["telling the person how much they can earn"],
        ),
        (
            "Filling in tax forms for someone falls outside the role.",
            ["filling in tax forms for someone"],
        ),
    ],
)
def test_an_act_judged_outside_the_role_is_mined(sentence: str, wanted: list[str]) -> None:
    assert mined(sentence + "\n") == wanted


def test_an_object_pronoun_never_stands_for_its_own_clauses_subject() -> None:
    assert not self_contained("Someone walking beside him")
    assert self_contained("Someone walking beside the person")


def test_a_quoted_choice_after_its_gerund_is_the_rejected_answer() -> None:
    body = (
        "## Ruling out the distractors\n\n"
        'Sharing "the whole file, just in case" is what the rule exists to prevent.\n\n'
        'Sharing "whatever a coworker asks for" skips the question of purpose.\n'
    )
    assert mined(body) == ["The whole file, just in case", "Whatever a coworker asks for"]


def test_the_sentences_own_verb_ends_the_scope_of_rather_than() -> None:
    """ "rather than failure helps people come back": "helps" is the sentence's verb."""
    options = mined(
        "A group that treats a slip as information rather than failure helps people return.\n"
    )
    assert all("helps" not in option for option in options)


def test_after_a_judged_act_instead_of_gives_what_should_happen() -> None:
    """The verdict falls on the act before "instead of", so Y is not ruled out."""
    assert (
        mined(
            "Guilt is what makes small favors a problem: it pushes a helper to act for the "
            "friendship instead of the person's own plan.\n"
        )
        == []
    )
    assert mined("Ask about the person's goals instead of assigning priorities.\n") == [
        "assigning priorities"
    ]


def test_the_head_elided_after_not_and_a_repeated_preposition_comes_back() -> None:
    assert mined_about(
        "Family peer support",
        "A family partner qualifies through experience as a caregiver, not as the person who "
        "received services.",
    ) == ["experience as the person who received services"]


def test_neither_as_a_determiner_denies_each_act_of_its_series() -> None:
    assert mined_about(
        "Family peer support",
        "Neither role diagnoses, gives legal advice or prescribes medication.",
    ) == ["Diagnosing", "Giving legal advice", "Prescribing medication"]


def test_an_act_without_evidence_is_mined_with_its_own_negative_infinitive() -> None:
    assert mined("Asking someone to sign a pledge not to drink has no evidence behind it.\n") == [
        "asking someone to sign a pledge not to drink"
    ]


def test_no_evidence_of_harm_is_no_verdict_on_the_act() -> None:
    assert mined("Asking directly about suicide has no evidence of raising risk.\n") == []


def test_each_act_of_a_series_judged_together_is_ruled_out() -> None:
    assert mined(
        "Chasing every missed appointment, lecturing about choices, or waiting until the crisis "
        "passes all miss what the mentor is there to do.\n"
    ) == [
        "chasing every missed appointment",
        "lecturing about choices",
        "waiting until the crisis passes",
    ]
    assert mined("Scolding the group and skipping the check-in are both mistakes.\n") == [
        "scolding the group",
        "skipping the check-in",
    ]
    # a clause in the series is no act: "waiting was what she did" has a verb of its own
    assert mined("Chasing calls and waiting was what she did.\n") == []


def test_a_clause_without_a_subject_after_so_or_a_semicolon_is_an_instruction() -> None:
    assert mined("Many members still qualify for help, so don't assume the door is closed.\n") == [
        "Assuming the door is closed"
    ]
    assert mined("Call the hotline; don't wait for the next visit.\n") == [
        "Waiting for the next visit"
    ]
    # ", but" and ", and" may coordinate a predicate with the sentence's own subject
    assert mined("Some people recover, and don't need a group at all.\n") == []


def test_what_good_practitioners_never_do_is_ruled_out() -> None:
    assert mined(
        "Good mentors listen before they speak, and they never compare whose loss was worse.\n"
    ) == ["Comparing whose loss was worse"]
    assert mined("Skilled facilitators never force a quiet member to speak.\n") == [
        "Forcing a quiet member to speak"
    ]
    # a generic sentence about things, or about the people served, states no norm
    assert mined("Good days never last forever.\n") == []
    assert mined("Most veterans never ask for help.\n") == []


def test_an_act_listed_under_a_heading_of_harm_keeps_its_purpose_clause() -> None:
    body = (
        "## Habits that wear trust down\n\n"
        "- Sharing a personal email address so the person can always reach you.\n"
        "- Answering texts at midnight.\n"
    )
    assert mined(body) == [
        "Sharing a personal email address so the person can always reach them",
        "Answering texts at midnight",
    ]


def test_so_before_a_subject_opens_a_clause_inside_the_judged_act() -> None:
    assert mined("Giving out a home number so the person can reach you erodes trust.\n") == [
        "giving out a home number so the person can reach them"
    ]
    # "so much" is a degree, no clause
    assert mined("Sharing so much detail shames people.\n") == ["sharing so much detail"]


def test_a_denial_of_the_lessons_subject_after_a_semicolon_is_its_own_clause() -> None:
    assert mined_about(
        "Workplace accommodations",
        "Employers may hold all staff to conduct rules; an accommodation does not excuse past "
        "misconduct.",
    ) == ["to excuse past misconduct"]
    # denied as the subject's second predicate
    assert mined_about(
        "Workplace accommodations",
        "An accommodation looks forward and does not excuse past misconduct.",
    ) == ["to excuse past misconduct"]
    # denied of something else than the lesson's subject
    assert (
        mined_about(
            "Workplace accommodations", "Staff may ask questions; a manager does not decide alone."
        )
        == []
    )


def test_a_verbless_description_under_a_heading_naming_the_subject_rules_out_its_not() -> None:
    def mined_under(heading: str) -> list[str]:
        body = f"## {heading}\n\nA quiet house with a kitchen and a garden, not a clinical unit.\n"
        return [m.text for m in mine(read_lesson(lesson_input(body, title="Peer respite")))]

    assert mined_under("What a peer respite offers") == ["a clinical unit"]
    assert mined_under("Our weekend") == []


def test_a_gerund_after_because_is_the_subject_of_its_own_clause() -> None:
    body = (
        "## Three tempting responses that go wrong\n\n"
        "- Telling the person to keep going because quitting is risky.\n"
        "- Waiting before worrying about friends helps no one.\n"
    )
    assert mined(body) == [
        "Telling the person to keep going",
        "waiting before worrying about friends",  # (a gerund subject, its verb "helps")
    ]


def test_what_some_people_do_opening_a_paragraph_of_mistakes_is_the_act_ruled_out() -> None:
    body = (
        "## Common mistakes\n\n"
        "Some mentors simply stop calling once a person seems stable, thinking it spares "
        "everyone an awkward goodbye. But an ending deserves a conversation. Some people "
        "use a last meeting to celebrate.\n"
    )
    # the act of the opening sentence, not the correction after "But"
    assert mined(body) == ["Stopping calling once a person seems stable"]
    # what some think is a belief, no act; outside a section of contrast nothing is ruled out
    assert "Thinking" not in " ".join(mined(body.replace("simply stop calling", "think")))
    assert mined(body.replace("Common mistakes", "Endings")) == []


def test_a_subject_naming_the_topic_with_a_persons_word_is_the_lessons_subject() -> None:
    assert mined_about(
        "Ending a working relationship",
        "Peer relationships do not continue as friendships after services end.",
    ) == ["to continue as friendships after services end"]


def test_words_meant_well_but_set_aside_are_ruled_out_as_said() -> None:
    assert mined(
        '"You will be fine if you just try harder" may be meant as encouragement, but it '
        "implies the person has not been trying.\n"
    ) == ['"You will be fine if you just try harder"']


def test_a_mistake_with_an_adverb_before_it_still_names_its_act() -> None:
    assert mined("It would also be a mistake to refuse a handshake from a member.\n") == [
        "Refusing a handshake from a member"
    ]


def test_what_the_subject_is_more_than_is_too_little_to_be_it() -> None:
    assert mined_about(
        "Compassion fatigue", "Compassion fatigue is more than just a bad day at work."
    ) == ["a bad day at work"]
    # an amount ("more than a week") of something else than the lesson's subject
    assert mined_about("Compassion fatigue", "The shift lasted more than a week.") == []


def test_the_means_a_rejected_belief_holds_best_is_the_act_ruled_out() -> None:
    text = (
        "They figure the best way to help someone settle in at a new service is to send over "
        "the records ahead of time, so the new team knows everything.\n"
    )
    assert mined(f"## The paperwork trap\n\nSome workers mean well. {text}") == [
        "Sending over the records ahead of time"
    ]
    # outside a section of contrast the belief is not the lesson's to rule out
    assert mined(f"## How it works\n\n{text}") == []


def test_a_label_opening_a_paragraph_may_end_on_its_adverb() -> None:
    # A sentence as written is cut nowhere: its closing adverb is its own ("indefinitely",
    # "early"), unlike a phrase cut out of a longer clause.
    body = (
        "## Pitfalls in group work\n\n"
        "Extending every meeting indefinitely. People stop coming when sessions never end.\n\n"
        "Asking newcomers to share early. Most need to watch a session or two first.\n"
    )
    assert mined(body) == [
        "Extending every meeting indefinitely",
        "Asking newcomers to share early",
    ]


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        # "before" reads as a preposition when no verb is left for the sentence after the
        # clause it seemed to open
        (
            "Demanding sobriety before a housing search puts a rule between the person and a home.",
            "demanding sobriety before a housing search",
        ),
        # a plural noun then a word that can be a verb, after the inner clause: the main verb
        (
            "Holding off until the person has been stable for two years makes support a reward.",
            "holding off until the person has been stable for two years",
        ),
    ],
)
def test_the_main_verb_is_found_after_a_subordinate_clause(sentence: str, wanted: str) -> None:
    assert mined(f"## Where these answers go wrong\n\n{sentence}\n") == [wanted]


def test_a_clause_after_before_with_its_own_subject_pronoun_stays_a_clause() -> None:
    # ("before they can get help": "they" is a subject, so "before" opens a clause, and the
    # sentence's verb comes after it)
    body = "## Where these answers go wrong\n\nMaking people wait before they can get help is unkind.\n"
    assert mined(body) == ["making people wait before they can get help"]


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        (
            "Leaving people guessing about what went wrong hurts them.",
            "leaving people guessing about what went wrong",
        ),
        (
            "Telling a newcomer what worked for the helper overrides the newcomer's choice.",
            "telling a newcomer what worked for the helper",
        ),
    ],
)
def test_a_wh_word_is_the_subject_of_the_verb_after_it(sentence: str, wanted: str) -> None:
    """ "what went wrong": the wh-word is its clause's subject, the past verb closes the clause,
    and the sentence's own verb ("hurts") comes after it."""
    assert mined(f"## Where these answers go wrong\n\n{sentence}\n") == [wanted]


def test_who_after_a_preposition_opens_the_object_the_label_needs() -> None:
    """ "Sorting by who notices": "who" after "by" opens a clause the preposition needs (its
    object), not a relative clause the phrase can lose."""
    body = (
        "## Mistakes to watch for\n\n"
        "- Sorting by who notices. Both are noticed by the person.\n"
        "- Asking about when to stop. The person decides that.\n"
    )
    assert mined(body) == ["Sorting by who notices", "Asking about when to stop"]


def test_responses_said_each_to_miss_a_test_open_a_run_of_contrast() -> None:
    """ "Her two replies each missed that test": the sentences after it in the paragraph tell the
    responses that failed (English discourse: an announcement, then its members)."""
    body = (
        "## Looking back\n\n"
        "Dana's two replies each missed that test. Changing the subject to her own week shifted "
        "the meeting onto Dana. Promising to fix the housing problem by Friday made things "
        "worse.\n"
    )
    assert mined(body) == [
        "changing the subject to their own week",
        "promising to fix the housing problem by Friday",
    ]


def test_he_or_she_in_a_listed_act_points_into_the_story() -> None:
    """ "because they asked and she wants to be open": "she" is someone of the story, so the act
    does not stand alone; a person named before the pronoun is what it stands for."""
    body = (
        "## Mistakes to watch for\n\n"
        "- Telling everything she remembers about her worst year. The person goes quiet.\n"
        "- Asking a participant what she needs first. That keeps the focus on her.\n"
    )
    assert mined(body) == ["Asking a participant what she needs first"]


_FAULTED_HELPER = (
    "## The story\n\n"
    "Sam meets Lou after a hard week. At the start, Sam's mind is on her own week. She talks "
    "about it for most of the hour. She leaves feeling better. She also books Lou a class "
    "without asking.\n\n"
    "## Why Sam's approach fell flat\n\n"
    "The hour was about the wrong person.\n"
)


def test_a_faulted_helpers_acts_after_a_function_word_opening_and_only_acts() -> None:
    """ "At the start, Sam's mind ...": "At" is no name, so the "she" after it is still Sam, the
    helper faulted, whose acts give wrong options; but "She leaves feeling better" says how she
    went, no act done to anyone, and "talking about it" keeps its "it" for something of the
    story."""
    texts = mined(_FAULTED_HELPER)
    assert "booking them a class without asking" in texts
    assert not any(t.startswith("leaving") for t in texts), texts
    assert not any(t.startswith("talking about") for t in texts), texts


def test_quoted_responses_after_the_other_responses_are_announced_are_wrong_options() -> None:
    """ "The other responses each do something different:" announces the wrong answers; each
    paragraph after it opens on one, quoted, and says what it is instead."""
    body = (
        "## Reflections\n\n"
        "A complex reflection adds meaning to what the person said.\n\n"
        "The other responses each do something different:\n\n"
        '"You need to call your sister tonight." This is advice nobody asked for.\n\n'
        '"How long has this been going on?" This is a question, not a reflection.\n'
    )
    assert mined(body) == [
        '"You need to call your sister tonight"',
        '"How long has this been going on?"',
    ]


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("Harm reduction grew out of public health work in the 1980s.", False),
        ("The program tries to reduce the harm of drug use.", False),
        ("Lecturing people harms trust.", True),
        ("Calling him names would hurt him.", True),
    ],
)
def test_a_word_of_harm_used_as_a_noun_is_no_verdict(sentence: str, verdict: bool) -> None:
    """ "Harm reduction grew out of ...": a noun modifying a noun, or one after a determiner,
    judges nothing, so the sentence is still a claim the lesson makes."""
    assert judges(sentence) is verdict


def test_a_sentence_after_the_wrong_choices_colon_is_no_list_of_them() -> None:
    """ "The usual wrong answers: A, B or C" lists the choices; "As for the wrong choices: place is
    not the test, since ..." goes on in a sentence, whose clauses are no choices."""
    assert mined("The usual wrong answers: only at intake, or only when asked.\n") == [
        "only at intake",
        "only when asked",
    ]
    assert (
        mined(
            "As for the wrong choices: place is not the test, since a harm can happen in the "
            "office and a kindness out in town.\n"
        )
        == []
    )


def test_what_the_cases_peer_specialist_is_told_not_doing_is_a_wrong_move() -> None:
    body = (
        "Omar, 52, is angry about a new rule at his shelter. His peer specialist, Nia, meets him "
        "in the lobby.\n\n"
        "Nia did not argue with the shelter rule. She asked what the rule meant for his week. "
        "By noon Nia asks what he would like to change. He doesn't say that he wants a new "
        "caseworker.\n"
    )
    found = mined(body)
    assert "arguing with the shelter rule" in found
    # ("He" after a name merely mentioned may be Omar: no act is taken from it)
    assert not any("caseworker" in text for text in found)


def test_a_helper_the_article_faults_gives_no_refrained_acts() -> None:
    # What a faulted helper failed to do is the right move, not a wrong one.
    body = (
        "Omar, 52, is angry about a new rule. His peer specialist, Nia, meets him in the lobby.\n\n"
        "Nia did not ask what the rule meant for his week.\n\n"
        "## Why Nia's response fell short\n\n"
        "Nia's silence missed the point.\n"
    )
    assert not any("rule meant" in text for text in mined(body))


def test_a_series_of_verbs_after_did_not_is_each_its_own_act() -> None:
    from quizzes.generation.distractors import _steps

    assert _steps("argue", ", lecture or diagnose", base=True) == [
        ("argue", ""),
        ("lecture", ""),
        ("diagnose", ""),
    ]


def test_rather_than_keeps_a_relative_clause_without_that() -> None:
    # ("the words the helper uses": the verb is the relative clause's, not the sentence's)
    found = mined("It is the attitude a helper brings, rather than the words the helper uses.\n")
    assert "the words the helper uses" in found


def test_the_subject_asked_about_is_no_wrong_answer_to_its_own_question() -> None:
    read = read_lesson(
        lesson_input(
            "Mutual aid also doesn't mean doing everything alone.\n",
            key_question="What does mutual aid mean in recovery?",
        )
    )
    assert not any("Mutual aid" in m.text for m in mine(read))


def test_nor_carries_a_denial_on() -> None:
    assert mined("It is not a lecture. Nor is it about comparing people with their neighbors.\n")[
        -1:
    ] == ["comparing people with their neighbors"]


def test_an_enumeration_of_mistakes_names_each_act() -> None:
    body = (
        "## Where people go wrong\n\n"
        "Two habits pass for listening. The first is planning a reply while the person talks. "
        "The second is finishing their sentences (to speed things up), which cuts them off.\n"
    )
    assert mined(body) == ["Planning a reply", "Finishing their sentences"]


def test_an_enumeration_after_a_number_of_faults_names_each_act() -> None:
    """ "There are two tempting shortcuts. One is ... The other is ...": outside any heading of
    contrast, the announcement judges every member the paragraph goes through, and none of them
    is a claim the lesson makes."""
    body = (
        "## Finding a place\n\n"
        "There are two other tempting shortcuts. One is calling the landlord yourself, so the "
        "person can relax. The other is quietly handing the search to a housing worker. Both "
        "can feel kind.\n\n"
        "## Saying no\n\n"
        "A clear answer avoids the two usual mistakes. The first is agreeing to every request "
        "because a refusal feels rude. The second is a curt refusal.\n"
    )
    read = read_lesson(lesson(body))
    assert [m.text for m in mine(read)] == [
        "Calling the landlord themselves",
        "Quietly handing the search to a housing worker",
        "Agreeing to every request",
    ]
    assert not asserted_true("Calling the landlord themselves", read.sentences)


def test_answers_that_only_sound_right_are_the_exams_distractors() -> None:
    body = (
        "Exam questions on rest often offer answers that sound sensible: wait until you feel "
        "worn out, skip breaks during busy weeks, save up for one long holiday.\n"
    )
    assert mined(body) == [
        "wait until they feel worn out",
        "skip breaks during busy weeks",
        "save up for one long holiday",
    ]


def test_a_remark_in_an_enumeration_of_mistakes_is_saying_it() -> None:
    body = (
        "A warm reply avoids two easy mistakes. The first is agreeing to every request "
        'because a refusal feels rude. The second is a curt "Rules are rules," which stings.\n'
    )
    assert mined(body)[-1] == "Saying \u201cRules are rules\u201d"


def test_a_subject_restricted_by_a_relative_clause_is_the_lessons_subject() -> None:
    """ "The self-care that really lasts is not a rescue plan ...": the relative clause restricts
    its head, which is the lesson's subject, so what it is denied to be is a wrong answer."""
    body = "The self-care that really lasts is not a rescue plan for bad weeks.\n"
    read = read_lesson(lesson_input(body, title="Self-care for peer specialists"))
    assert [m.text for m in mine(read)] == ["a rescue plan for bad weeks"]


def test_a_denied_generic_claim_about_people_is_a_belief_ruled_out() -> None:
    """ "Most people do not simply move on to another plan." denies a claim about people in
    general: the claim, hedges and all, is a belief the lesson rules out."""
    body = (
        "When a plan falls through, most people do not simply give up on their goals. "
        "People don't earn the right to choose by behaving well for long enough. Some "
        "details must be kept, and the person does not get to veto the plan as a whole.\n"
    )
    assert mined(body) == [
        "Most people simply give up on their goals",
        "People earn the right to choose by behaving well for long enough",
        "The person gets to veto the plan as a whole",
    ]
    # (in a story naming someone, the denial tells an event)
    assert mined("Dana waits; the person does not want to talk about housing today.\n") == []


def test_a_named_persons_trait_denied_the_lessons_name_is_anyones() -> None:
    """ "Rosa's pushing back is not the fixing reflex.": what a case's person does, denied the
    name of the lesson's subject, is a wrong answer to what the subject is, said of anyone."""
    body = "Rosa's pushing back is not the fixing reflex. It is a reaction to it.\n"
    read = read_lesson(lesson_input(body, title="The fixing reflex"))
    assert [m.text for m in mine(read)] == ["The person's pushing back"]


def test_making_something_worse_is_a_verdict() -> None:
    assert judges("Late coffee and bright screens usually make rest worse.")
    assert not judges("Late coffee and bright screens are common in the evening.")


def test_the_rest_of_a_set_named_elsewhere_points_outside_the_option() -> None:
    assert not self_contained("A substitute for the other basics")
    assert self_contained("Interrupting the other person")


def test_a_quotation_is_never_cut_inside() -> None:
    body = (
        "## Pitfalls\n\n"
        'Blaming the worker who "should have seen it coming" deepens guilt, and it pushes '
        "people away.\n"
    )
    assert not any(t.endswith('"should"') for t in mined(body))


def test_a_verb_of_state_denied_is_no_act_and_a_pronoun_subject_no_myth() -> None:
    body = (
        "## What stays out of the note\n\n"
        "A rumor doesn't belong in a progress note at all.\n\n"
        "## Myths\n\n"
        "This is where honest talk matters.\n"
    )
    found = mined(body)
    assert not any("belong" in t.lower() for t in found), found
    assert not any("honest talk" in t for t in found), found


def test_a_first_person_pronoun_or_an_elided_possessor_points_outside() -> None:
    assert not self_contained("A meeting's or mine")
    assert not self_contained("Not a sponsor's")
    assert self_contained("A sponsor's guidance through the steps")


def test_a_subject_and_its_lexical_verb_make_a_clause_without_an_auxiliary() -> None:
    # English: "A complex reply adds ..." is a clause as much as "A complex reply is ...".
    from quizzes.generation.distractors import shape_of

    assert shape_of("A complex reply adds a likely meaning") == "clause"
    assert shape_of("A complex reply is longer") == "clause"
    assert shape_of("A brief collaborative agreement about what to focus on") == "noun"
    assert shape_of("The person's own goals and values") == "noun"


def test_any_time_opens_a_time_as_when_does(bank: DistractorBank) -> None:
    """ "Any time a person is struggling" answers "When ...?" as "Only during business hours"
    does (English: "any time" is "whenever"), so the two stand as options of one form."""
    from quizzes.generation.distractors import shape_of

    assert shape_of("Any time a person is struggling") == "when"
    assert shape_of("Every time the plan changes") == "when"
    assert shape_of("Time spent with family") == "noun"
    body = (
        "## When to call\n\n"
        "The warm line is for any time a person is struggling, day or night.\n\n"
        "## Common misunderstandings\n\n"
        "- Only when the person is in immediate danger. The line is for any distress.\n"
        "- Only during weekday business hours. The line never closes.\n"
        "- Only after a counselor has made a referral. No referral is needed.\n"
    )
    lesson = lesson_input(
        body,
        slug="warm-line",
        title="When is it appropriate to call the warm line?",
        summary="Any time a person is struggling. The line is free.",
    )
    item = next(i for i in generate(lesson, bank=bank).items if i.kind == "main_point")
    assert item.publishable, item.rubric_failures
    assert sorted(c.text for c in item.choices if not c.is_correct) == [
        "Only after a counselor has made a referral",
        "Only during weekday business hours",
        "Only when the person is in immediate danger",
    ]


@pytest.mark.parametrize(
    ("title", "said", "denied"),
    [
        # an abbreviation the title spells out: the hyphen joins two initialled words, and "of"
        # gives none (English abbreviation)
        (
            "Unit 3: Community-Based Systems of Care",
            "A CBSC is not a new program or a building. It is a way of linking what a town has.",
            "a new program",
        ),
        # the head noun in the singular ("-ive" and its plural stem alike)
        (
            "Advance directives",
            "People write them when well. A directive is a choice, not a program requirement.",
            "a program requirement",
        ),
    ],
)
def test_the_lessons_subject_named_another_way_is_its_subject(
    title: str, said: str, denied: str
) -> None:
    """ "A CBSC is not a new program" under "Community-Based Systems of Care", "A directive is a
    choice, not ..." under "Advance directives": what is denied is denied of the lesson's
    subject."""
    body = f"## A common misreading\n\n{said}\n"
    read = read_lesson(lesson_input(body, title=title))
    assert denied in [m.text.lower() for m in mine(read)]


@pytest.mark.parametrize(
    ("said", "ruled_out"),
    [
        # a temptation is to be resisted, with or without a "but" after it
        ("It is tempting to fix the problem for the person.", "Fixing the problem for the person"),
        # an act named as the fault
        ("One common mistake is rushing to fix the problem.", "Rushing to fix the problem"),
        # a belief given to people at large
        (
            "People sometimes think that a relapse means starting over.",
            "A relapse means starting over",
        ),
        ("Many believe that peer support is just friendship.", "Peer support is just friendship"),
        # what is no substitute for the key is not the heart of the work
        ("Giving advice is no substitute for listening.", "Giving advice"),
        # a good quality denied is a verdict ("never acceptable", "not okay")
        (
            "Sharing a person's story without permission is never acceptable.",
            "Sharing a person's story without permission",
        ),
        (
            "Lending money to the people you support is not okay.",
            "Lending money to the people they support",
        ),
        # a bad quality the act is judged to have
        ("Hugging without asking can feel intrusive.", "Hugging without asking"),
        (
            "Quoting the rules at the person comes across as preachy.",
            "Quoting the rules at the person",
        ),
        # a negative imperative coordinated with another, or after a fronted condition
        (
            "Sit at an angle, keep the exit clear and do not touch the person without asking.",
            "Touching the person without asking",
        ),
        (
            "When someone is upset, do not lecture the person about consequences.",
            "Lecturing the person about consequences",
        ),
        # an act judged through the anticipatory "it" (extraposition)
        (
            "It is wrong to pressure the person into treatment.",
            "Pressuring the person into treatment",
        ),
        (
            "It would be unethical to accept money from the person.",
            "Accepting money from the person",
        ),
        ("It's never okay to share a story without consent.", "Sharing a story without consent"),
        ("It is not a good idea to lend money to the person.", "Lending money to the person"),
        # a negated infinitive after a word of care or importance
        ("It is important not to rush the person.", "Rushing the person"),
        (
            "Be careful not to promise what you cannot deliver.",
            "Promising what they cannot deliver",
        ),
        ("Make sure you don't interrupt the person.", "Interrupting the person"),
        # "refrain from" as "avoid"
        ("Refrain from lecturing the person.", "Lecturing the person"),
        # the focus of a superlative of harm, or of a negated pseudo-cleft
        ("The worst thing you can do is lecture the person.", "Lecturing the person"),
        ("What does not help is arguing with the person.", "Arguing with the person"),
        # a concessive clause grants the act its appeal, the main clause sets it aside
        (
            "While giving advice might seem helpful, it takes away the person's choice.",
            "Giving advice",
        ),
        (
            "Although it may be tempting to decide for the person, it takes away their choice.",
            "Deciding for the person",
        ),
        # a verb of what the act leaves out or wrongs
        ("Giving advice ignores the person's own expertise.", "Giving advice"),
        ("Telling the family breaches trust.", "Telling the family"),
        ("Lending money to the person crosses a boundary.", "Lending money to the person"),
        # a purpose denied with "there to"
        ("Peer specialists are not there to judge the person.", "to judge the person"),
        # an infinitive denied beside the one affirmed
        (
            "The goal is to listen closely, not to fix the problem for the person.",
            "Fixing the problem for the person",
        ),
    ],
)
def test_english_ways_of_ruling_an_idea_out_are_mined(said: str, ruled_out: str) -> None:
    body = (
        "## Working with families\n\n"
        f"Peer specialists listen first and ask what the person wants. {said} "
        "Good support starts with the person's own goals.\n"
    )
    assert ruled_out.lower() in [text.lower() for text in mined(body)]


@pytest.mark.parametrize(
    "said",
    [
        # a good quality, extraposed, judges nothing wrong
        "It is important to ask the person what they want.",
        "It is helpful to name the feeling out loud.",
        # a pseudo-cleft's subject is no rival ("the person" is not what the lesson rules out)
        "What the person does not need is a lecture.",
        # a state, not an act
        "Be careful not to be too hard on yourself.",
        # "not to mention" is an idiom ("and also"); "it" points outside the option
        "Peer specialists want to help, not to mention the person's family.",
        "The aim is to support the decision, not to substitute for it.",
        # a concession of what an act is, not of how it seems, sets nothing aside
        "While it's helpful to share your story, keep it brief.",
        "Although sharing your story can be powerful, keep it brief.",
    ],
)
def test_a_sentence_that_rules_out_no_act_gives_no_option(said: str) -> None:
    body = (
        "## Working with families\n\n"
        f"Peer specialists listen first and ask what the person wants. {said} "
        "Good support starts with the person's own goals.\n"
    )
    assert mined(body) == []


def test_a_series_of_acts_after_rather_than_gives_each_act() -> None:
    """ "rather than arguing, lecturing, or attaching a label": the contrast distributes over the
    series, past the first comma."""
    body = (
        "## Rolling with it\n\n"
        "A peer specialist reflects the person's view and explores it with curiosity, "
        "rather than arguing, lecturing, or attaching a label.\n"
    )
    texts = mined(body)
    for act in ("Arguing", "Lecturing", "Attaching a label"):
        assert act in texts


@pytest.mark.parametrize(
    ("said", "denied"),
    [
        ("Advance directives are a choice, never a program requirement.", "a program requirement"),
        # bare nouns on both sides of the contrast
        (
            "Advance directives give information, not proof that the person is unwell.",
            "proof that the person is unwell",
        ),
        # habits denied in a row are no contrast
        ("Advance directives can mean not drinking, not self-harming for a day.", None),
    ],
)
def test_what_comma_not_denies_of_the_subject_is_mined(said: str, denied: str | None) -> None:
    body = f"## Working with families\n\nPeople write them when well. {said} They say what helps.\n"
    read = read_lesson(lesson_input(body, title="Advance directives"))
    texts = [m.text.lower() for m in mine(read)]
    if denied is None:
        assert not [t for t in texts if "self-harming" in t]
    else:
        assert denied in texts


@pytest.mark.parametrize(
    ("title", "said", "denied"),
    [
        ("Safety planning", "A good safety plan is not a signed contract.", "a signed contract"),
        ("Empathy in peer support", "Genuine empathy is not a listening technique.", None),
        ("Peer support groups", "A healthy group is not a place for lectures.", None),
        # another thing, well done, is not the subject
        ("Peer support groups", "A good day is not a place for lectures.", ""),
    ],
)
def test_an_adjective_of_evaluation_keeps_the_lessons_subject(
    title: str, said: str, denied: str | None
) -> None:
    """ "A good safety plan", "genuine empathy": the subject, well done (English: evaluative
    modifiers pick out no other kind)."""
    body = f"## Working with families\n\nPeople write them when well. {said} It is theirs.\n"
    texts = [m.text.lower() for m in mine(read_lesson(lesson_input(body, title=title)))]
    if denied == "":
        assert texts == []
    else:
        wanted = denied or said.split(" is not ")[1].rstrip(".")
        assert wanted in texts


def test_a_listed_mistake_with_a_contact_clause_is_kept_whole() -> None:
    """ "- Forcing a technique the person does not want.": "the person does not want" is a
    relative clause without "that" (a noun phrase right after a noun), so the item is no sentence
    with a gerund subject cut at "does", and its negation is the clause's own."""
    body = (
        "## Common mistakes\n\n"
        "- Forcing a technique the person does not want.\n"
        "- Touching the person without asking.\n"
    )
    assert "Forcing a technique the person does not want" in mined(body)


def test_others_and_some_go_on_listing_what_some_do_under_a_heading_of_contrast() -> None:
    body = (
        "## Where people go wrong\n\n"
        "Many new peer workers jump straight to problem-solving. Others try to cheer the person "
        "up with jokes. Some even argue about whether the anger is justified.\n"
    )
    assert mined(body) == [
        "Jumping straight to problem-solving",
        "Cheering the person up with jokes",
        "Arguing about whether the anger is justified",
    ]


def test_a_quotation_after_a_preposition_stays_with_the_act_it_completes() -> None:
    """'Others try to cheer the person up with "Look on the bright side."': the quotation is the
    preposition's object; cut before it, the act would end on a stranded "with"."""
    body = (
        "## Where people go wrong\n\n"
        "Many new peer workers jump straight to problem-solving. Others try to cheer the person "
        'up with "Look on the bright side." Some even argue about whether the anger is justified.\n'
    )
    assert 'Cheering the person up with "Look on the bright side"' in mined(body)


def test_a_possessive_standing_alone_takes_the_head_noun_of_its_coordinate() -> None:
    """ "gaps between the helper's values and the person's": the second possessive's noun is
    the first one's, written out so the option does not end on a dangling "person's"."""
    body = (
        "## Some tempting misreadings\n\n"
        "Catching someone in a contradiction is not the same thing.\n\n"
        "Nor is it about gaps between the peer specialist's values and the person's.\n"
    )
    assert "gaps between the peer specialist's values and the person's values" in [
        t.lower() for t in mined(body)
    ]


def test_acts_that_leave_the_person_less_safe_are_ruled_out() -> None:
    body = (
        "## What the exam wants\n\n"
        "Asking directly is safe. Changing the subject, promising to keep it secret, or trying "
        "to handle a crisis alone all leave the person less safe.\n"
    )
    assert {"changing the subject", "promising to keep it secret"} <= {
        t.lower() for t in mined(body)
    }


def test_an_infinitive_after_a_noun_is_no_extraposed_verdict() -> None:
    """ "It is not an intake form to finish in one sitting" says what the lesson's subject is not
    (the infinitive modifies "form"); only a predicate of verdict makes "it" anticipatory."""
    body = (
        "## A strengths assessment\n\n"
        "A strengths assessment is a guided conversation. "
        "It is not an intake form to finish in one sitting.\n"
    )
    read = read_lesson(lesson_input(body, title="A strengths assessment"))
    texts = [m.text.lower() for m in mine(read)]
    assert "an intake form to finish in one sitting" in texts
    assert "finishing in one sitting" not in texts


def test_a_negated_verb_after_and_in_a_statement_is_no_instruction() -> None:
    body = "## Friends\n\nMany people want friends but don't know how to start. Groups help.\n"
    assert not [t for t in mined(body) if t.lower().startswith("knowing")]


def test_a_quality_denied_by_an_adverb_is_no_verdict() -> None:
    body = "## Check-ins\n\nAsking about the week is hardly intrusive. Most people welcome it.\n"
    assert mined(body) == []


def test_people_thinking_without_that_report_no_belief() -> None:
    body = "## Rest\n\nPeople think more clearly when they have slept. Rest is part of recovery.\n"
    assert mined(body) == []


def test_only_takes_the_shape_of_what_it_focuses() -> None:
    """English: "only" is a focusing adverb. "Only as much as is needed" is an amount, shaped like
    "The complete record"; "Only when ..." and "Only at a review" stay times."""
    from quizzes.generation.distractors import shape_of

    assert shape_of("Only as much as the task needs") == shape_of("Any amount the caller wants")
    assert shape_of("Only the person themselves") == "noun"
    assert shape_of("Only when they feel overwhelmed") == "when"
    assert shape_of("Only at a scheduled review") == "when"


def test_what_some_do_judged_by_the_next_sentence_is_ruled_out_anywhere() -> None:
    """English: a demonstrative subject ("That can hurt.", "This is a mistake.") refers to the act
    just told, so what some helpers do, or decide is the safest course, is ruled out without a
    heading of contrast; what the next sentence praises is not."""
    body = (
        "## Out in town\n\n"
        "Some new mentors avoid eye contact in public places. That can hurt.\n\n"
        "Some helpers decide the safest course is to walk away from the person. This backfires.\n\n"
        "Some mentors share a short piece of their story. That helps.\n"
    )
    found = mined(body)
    assert "Avoiding eye contact in public places" in found
    assert "Walking away from the person" in found
    assert not any("story" in text for text in found)


def test_an_excuse_quoted_then_judged_rules_out_the_act_it_excuses() -> None:
    """English: "it can't hurt to X" argues for X; a later verdict on that person's reasoning
    ("Lena's reasoning is common and well meant. But ...") rejects X. Unjudged, the excuse rules
    nothing out."""
    judged = (
        "## Two calls\n\n"
        'Lena thinks, "It can\'t hurt to pass along good news," and tells the caller.\n\n'
        'Omar thinks, "There is no harm in reading the whole chart first," and opens it.\n\n'
        "## Discussion\n\n"
        "Lena's reasoning is common and well meant. But good news still belongs to the person.\n\n"
        "Omar's thinking misses the point of the rule.\n"
    )
    found = mined(judged)
    assert "Passing along good news" in found
    assert "Reading the whole chart first" in found
    unjudged = judged.split("## Discussion")[0]
    assert not mined(unjudged)


def test_an_adverb_or_a_negation_before_a_gerund_keeps_the_gerund_shape() -> None:
    """ "Personally introducing ...", "Not yet considering change", "Only thinking about a
    plan": a manner adverb, a negation or a focusing "only" before a gerund leaves an act
    (English); an adjective before a noun ("Early warning signs") leaves a thing."""
    from quizzes.generation.distractors import shape_of

    assert shape_of("Personally introducing someone to the next service") == "ing"
    assert shape_of("Gently reflecting the feeling back") == "ing"
    assert shape_of("Not yet considering change") == "ing"
    assert shape_of("Only thinking about a plan") == "ing"
    assert shape_of("Early warning signs") == "noun"
    assert shape_of("Only when the person agrees") == "when"


def test_a_pronoun_denied_the_lessons_name_rules_out_the_subject_before_it() -> None:
    """ "Kind advice feels good. But it isn't a bridge visit either.": the pronoun is the
    previous sentence's subject, which is denied the name of the lesson's subject; the sentence
    it denies is conceded, not endorsed. "It is not a bridge visit" never makes "a bridge visit"
    a wrong answer about bridge visits."""
    from quizzes.generation.rubric import asserted_true

    body = (
        "A bridge visit is when a peer specialist goes with someone to their first appointment "
        "at a new service.\n\n"
        "## Getting there\n\n"
        "A printed map of the bus route is useful. It is not a bridge visit. Kind advice feels "
        "good. But it isn't a bridge visit either. The person meets someone at the new place "
        "while a familiar face is there."
    )
    read = read_lesson(lesson_input(body, title="Bridge Visits"))
    texts = [m.text for m in mine(read)]
    assert "Kind advice" in texts
    assert "A printed map of the bus route" in texts
    assert not any("bridge visit" in t.lower() for t in texts), texts
    assert not asserted_true("Kind advice", read.sentences)
    # (a longer sentence after it denies something else, and concedes nothing)
    plain = body.replace(
        "But it isn't a bridge visit either.", "It is not the same thing as the visit itself."
    )
    again = read_lesson(lesson_input(plain, title="Bridge Visits"))
    assert "Kind advice" not in [m.text for m in mine(again)]


def test_a_verbless_phrase_under_a_heading_naming_its_subject_denies_what_follows_not() -> None:
    """Under "What a drop-in offers", "A room with couches, not a medical clinic." describes the
    drop-in (the heading names the section's subject, whatever the title calls it), so "a
    medical clinic" is what the drop-in is not."""
    body = (
        "Tuesdays at the corner building are the busiest.\n\n"
        "## What a drop-in offers\n\n"
        "- Open doors. Anyone can walk in without an appointment.\n"
        "- Homey. A room with couches and coffee, not a medical clinic.\n"
    )
    texts = [m.text for m in mine(read_lesson(lesson_input(body, title="Somewhere to Be")))]
    assert "a medical clinic" in texts
    plain = body.replace("What a drop-in offers", "Tuesdays")
    assert "a medical clinic" not in [
        m.text for m in mine(read_lesson(lesson_input(plain, title="Somewhere to Be")))
    ]


def test_what_someone_assumed_the_subject_was_corrected_after_is_ruled_out() -> None:
    """ "Dana assumed it was some kind of crisis hotline. Her peer specialist describes it
    instead: ...": a belief reported with "assumed", which the next sentence corrects, is a wrong
    answer about the subject; with no correction it is only a belief."""
    body = (
        "Dana had heard of the warmline and assumed it was some kind of crisis hotline. Her peer "
        "specialist describes it instead: a line answered by peers, for anyone who wants to "
        "talk before things get hard.\n\n"
        "A warmline is a peer-run phone line for support and connection."
    )
    texts = [m.text for m in mine(read_lesson(lesson_input(body, title="Warmlines")))]
    assert "a crisis hotline" in texts
    uncorrected = body.replace("describes it instead:", "describes it:")
    assert "a crisis hotline" not in [
        m.text for m in mine(read_lesson(lesson_input(uncorrected, title="Warmlines")))
    ]


def test_a_reading_denied_under_a_contrast_heading_leaves_its_subject_standing() -> None:
    # The section corrects a misreading of the subject; only the reading is ruled out.
    body = (
        "Keeping notes short is part of the job.\n\n"
        "## Don't overcorrect\n\n"
        "Some workers stop writing anything down at all. That backfires. "
        "Keeping notes brief doesn't mean leaving out the plan; it means writing what matters. "
        "Skipping the follow-up section leaves the next worker guessing.\n"
    )
    texts = {m.text.lower() for m in mine(read_lesson(lesson_input(body)))}
    assert "keeping notes brief" not in texts
    assert "skipping the follow-up section" in texts  # an act the section does rule out


def test_a_polarity_item_licensed_inside_the_act_stays() -> None:
    # "stop" licenses "anything": made "something", the act ruled out would be another one
    body = (
        "Keeping notes short is part of the job.\n\n"
        "## Don't overcorrect\n\n"
        "Some workers stop writing anything down at all. That backfires.\n"
    )
    texts = [m.text for m in mine(read_lesson(lesson_input(body)))]
    assert "Stopping writing anything down" in texts
    assert not any("something" in t for t in texts)
    # ... while one taken out of a negation's scope is still said affirmatively
    denied = "Intro.\n\nA peer specialist does not declare anyone incompetent.\n"
    assert "Declaring someone incompetent" in [
        m.text for m in mine(read_lesson(lesson_input(denied)))
    ]


def test_a_run_in_label_whose_second_act_only_points_back_keeps_its_first() -> None:
    body = (
        "The rule is to tell your supervisor. Some easier routes fall short.\n\n"
        "Handing the neighbor a quiet reminder and dropping it afterward. It feels gentler, "
        "but nobody follows up.\n"
    )
    texts = [m.text for m in mine(read_lesson(lesson_input(body)))]
    assert "Handing the neighbor a quiet reminder" in texts
    assert not any("dropping it" in t for t in texts)


def test_a_pronoun_keeps_the_subject_of_the_sentence_before() -> None:
    """ "Another peer specialist, Marcus, is standing in line when he sees Ana. He asks her ...":
    "he" is Marcus, the subject the verb follows, not Ana, the name told last; Marcus is faulted
    ("meant well, but"), so what he did is ruled out, said of whoever the stem is about."""
    body = (
        "Priya, a peer specialist, sees Tom at the market. She lets Tom decide whether to say "
        "hello.\n\n"
        "A few towns over, another peer specialist, Marcus, is standing in line at the pharmacy "
        "when he sees Ana, a woman he has been meeting with. He asks her loudly about her new "
        "medication.\n\n"
        "## Why it matters\n\n"
        "Marcus meant well, but he made a disclosure that only Ana had the right to make.\n"
    )
    texts = [m.text for m in mine(read_lesson(lesson(body)))]
    assert "asking them loudly about their new medication" in [t.lower() for t in texts]


def test_an_act_told_with_its_own_negation_keeps_it() -> None:
    # What some workers do, judged by the next sentence: its "don't" and "anyone" are the act's
    # own, not a negation the option is taken out of.
    body = (
        "Chance meetings in public are common for peer workers.\n\n"
        "Some new peer workers decide the safest course is to act like they don't see anyone. "
        "That can hurt.\n"
    )
    texts = [m.text for m in mine(read_lesson(lesson(body)))]
    assert "Acting like they don't see anyone" in texts


def test_a_name_before_a_word_that_is_a_verdict_only_sometimes_is_not_faulted() -> None:
    # "Ray misses three appointments" tells what happened; "misses" judges only as "misses the
    # mark" does. A name alone is faulted before a concession only ("Ben meant well, but ...").
    from quizzes.generation.distractors import faulted_in

    faulted = faulted_in(read_lesson(lesson(FOIL_FIRST)).sentences)
    assert "Ray" not in faulted
    assert "Ben" in faulted


def test_a_numeral_or_a_name_inside_a_quotation_is_no_one_a_pronoun_stands_for() -> None:
    """ "Three months later, Walter calls": a numeral opening a sentence names no one, and the
    subject after it is the one a "he" then keeps; "For Priya, who never gave up on me" is words
    engraved, not a turn of the story to Priya."""
    from quizzes.generation.distractors import _recounted

    body = (
        "Walter meets with Priya every week. Near the end, Walter slides a box across the "
        'table. Inside is a card: "For Priya, who never gave up on me." He tells her he saved '
        "for it.\n\nThree months later, Walter calls the center. He asks for Priya by name.\n"
    )
    told = {
        sentence.plain.split()[1]: who
        for sentence, who, _ in _recounted(read_lesson(lesson(body)).sentences)
        if sentence.plain.startswith("He ")
    }
    assert told == {"tells": "Walter", "asks": "Walter"}


def test_the_good_version_recounted_in_the_discussion_gives_no_wrong_option() -> None:
    """A helper told in two versions, the second judged: only what she does in the rejected
    version is wrong. The discussion recounting the first version ("In the first ending, ...
    She named ...") is no version of its own, and what it recounts stays endorsed."""
    body = (
        "Omar gives Priya an expensive watch. He tells her he saved for it.\n\n"
        "## Ending one\n\n"
        "Priya asks whether he would write a note instead.\n\n"
        "## Ending two\n\n"
        "Priya is moved, and she doesn't want to hurt him. She thanks him, slips the watch into "
        "her bag, and decides to tell no one.\n\n"
        "## Looking back\n\n"
        "In the second ending, each of Priya's reasons sounded kind. But keeping the gift "
        "secret was a mistake.\n\n"
        "In the first ending, Priya did not reject Omar. She named what the gift meant to her, "
        "offered another way to say thanks, and brought the matter to supervision.\n"
    )
    texts = mined(body)
    assert "slipping the watch into their bag" in texts
    assert not any(t.startswith(("naming", "bringing", "offering", "asking")) for t in texts)


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        # "used to" says a past belief that has ended; the reported past is the present held
        (
            "I used to think self-care meant bubble baths. It turned out to be less glamorous.",
            ["Self-care means bubble baths"],
        ),
        (
            "We used to assume people needed to hit bottom first.",
            ["People need to hit bottom first"],
        ),
        (
            "I used to think that a relapse was the end of recovery.",
            ["A relapse is the end of recovery"],
        ),
        # a kind of people at large reported believing it, as "people think that"
        (
            "Many new peers assume that the person wants solutions. Most want to be heard.",
            ["The person wants solutions"],
        ),
        # what experts advise is no belief to correct
        ('Many trainers suggest joining the two halves with "and" instead of "but".', []),
    ],
)
def test_a_belief_no_longer_held_or_held_by_people_at_large(
    sentence: str, wanted: list[str]
) -> None:
    assert mined(sentence + "\n") == wanted


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        (
            "It isn't because peers cost less than clinicians.",
            ["Because peers cost less than clinicians"],
        ),
        (
            "The reason is not that rules matter more than people.",
            ["Because rules matter more than people"],
        ),
        (
            "It isn't because the law requires an escort either.",
            ["Because the law requires an escort"],
        ),
        # "not just because" grants the reason
        ("Recovery matters, and not just because relapse costs money.", []),
    ],
)
def test_a_reason_denied_is_a_wrong_answer_to_why(sentence: str, wanted: list[str]) -> None:
    assert mined(sentence + "\n") == wanted


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        (
            "Don't tell a person who is grieving that everything happens for a reason.",
            ["Telling a person who is grieving that everything happens for a reason"],
        ),
        (
            "Don't assume that someone who is quiet is doing fine.",
            ["Assuming that someone who is quiet is doing fine"],
        ),
        # a head that says who it is keeps losing its clause, as before
        (
            "Never act as a junior case manager who takes paperwork off the team.",
            ["Acting as a junior case manager"],
        ),
    ],
)
def test_a_light_head_of_people_keeps_its_relative_clause(sentence: str, wanted: list[str]) -> None:
    assert mined(sentence + "\n") == wanted


def test_an_adverb_after_a_word_of_degree_stays_in_the_subject() -> None:
    assert mined("Giving advice too early is a common mistake.\n") == ["giving advice too early"]


@pytest.mark.parametrize(
    ("title", "sentence", "wanted"),
    [
        ("Safety plans", "A safety plan is not a no-suicide contract.", ["a no-suicide contract"]),
        ("Warmlines", "A warmline is not a crisis line.", ["a crisis line"]),
        ("Relapse prevention plans", "The plan is not a contract.", ["a contract"]),
        # a quality or a bare noun denied: the claim, as said
        (
            "Housing First",
            "Housing First isn't anti-treatment.",
            ["Housing First is anti-treatment"],
        ),
        ("Hope in peer support", "Hope isn't decoration.", ["Hope is decoration"]),
        ("Recovery", "Recovery is not over.", []),
        # another subject's category is no answer to what the lesson's subject is
        ("Warmlines", "A hotline is not a warmline.", []),
        # a difference is mined as a difference
        ("Advocacy", "Advocacy is not the same as deciding for someone.", ["deciding for someone"]),
    ],
)
def test_the_lessons_subject_denied_a_category_anywhere_gives_that_category(
    title: str, sentence: str, wanted: list[str]
) -> None:
    body = f"Peer work takes many forms.\n\n## Working together\n\nIt starts small. {sentence}\n"
    assert [m.text for m in mine(read_lesson(lesson_input(body, title=title)))] == wanted


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        (
            "She could have told him to find a new sponsor, but she didn't.",
            ["telling them to find a new sponsor"],
        ),
        (
            "It would have been easy to promise him a bed that night.",
            ["promising them a bed that night"],
        ),
        ("Her first instinct was to call his mother.", ["calling their mother"]),
        ("Maria was tempted to share her own relapse story.", ["sharing their own relapse story"]),
        (
            "Maria notices an urge to reach over and touch his arm.",
            ["reaching over and touching their arm"],
        ),
        # another person's impulse is no move of the helper's
        ("Darnell was tempted to skip the meeting.", []),
        ("Darnell shrugs. He was tempted to skip the meeting.", []),
    ],
)
def test_a_move_the_helper_had_in_view_and_did_not_make_is_ruled_out(
    sentence: str, wanted: list[str]
) -> None:
    body = (
        "Maria is a peer specialist at a drop-in center. Darnell, a participant, tells her he "
        f"drank last night.\n\n## What happened\n\nMaria listens. {sentence} She asks what he "
        "wants.\n"
    )
    read = read_lesson(lesson_input(body, title="Responding to a lapse"))
    assert [m.text for m in mine(read)] == wanted


def test_a_second_helper_named_in_the_role_and_called_the_trouble_is_the_foil() -> None:
    """ "a peer specialist named Alan" introduces a helper of the case as "Alan, a peer
    specialist" does, and "The trouble in Alan's case is that ..." faults him: his acts are what
    the article rules out."""
    from quizzes.generation.distractors import case_helpers, faulted_in

    body = (
        "Keisha is a peer specialist at a recovery center. When Devon asks her to be his "
        "sponsor, Keisha explains the difference between the roles and asks what he hopes for.\n\n"
        "At a different agency, a peer specialist named Alan gets the same request from Pete. "
        "Alan says yes on the spot. He gives Pete his personal cell number.\n\n"
        "## Two roles\n\n"
        "The trouble in Alan's case is that he merged two roles that work by different rules.\n"
    )
    read = read_lesson(lesson(body))
    assert case_helpers(read.sentences) == ("Keisha", "Alan")
    assert set(faulted_in(read.sentences)) == {"Alan"}
    assert "saying yes on the spot" in [m.text for m in mine(read)]
    # a fault noun naming no one of the case, or a name that is not the possessor, faults no one
    # (and a second helper brought in as a parallel case, "at a different agency ... the same
    # request", is the foil whatever the fault noun says: see test_vignettes.py)
    neutral = body.replace("The trouble in Alan's case", "The trouble in such cases").replace(
        "At a different agency, a peer specialist named Alan gets the same request",
        "Later, a peer specialist named Alan gets a request",
    )
    assert faulted_in(read_lesson(lesson(neutral)).sentences) == {}


def test_what_rather_than_sets_aside_is_the_act_its_verb_and_preposition_govern() -> None:
    """ "focusing on X rather than Y": the verb and its preposition govern both sides, so the act
    set aside is "Focusing on Y", as well as Y itself; a thing's verb ("The plan centers on")
    names no act of anyone's."""
    found = mined(
        "A peer specialist listens first, focusing more on shared experience rather than "
        "treatment plans.\n"
    )
    assert "Focusing on treatment plans" in found
    assert "treatment plans" in found
    assert "Working on weaknesses" in mined(
        "Peer specialists work on strengths rather than weaknesses.\n"
    )
    assert not [
        t
        for t in mined("The plan centers on the person's goals rather than the team's rules.\n")
        if t.startswith("Centering")
    ]


def test_an_act_done_instead_of_another_is_endorsed() -> None:
    """ "responds ... with curiosity instead of a verdict", "Instead of arguing, Aaron asks ...":
    the act chosen over the one set aside is endorsed; not when the sentence judges it, nor for
    a person the article faults, nor a thing's doing ("The plan focuses on ...")."""
    from quizzes.generation.distractors import preferred_acts

    body = (
        "Aaron is a peer specialist who runs a group. Aaron listens. Dale runs another group.\n\n"
        "## What made the difference\n\n"
        "In Aaron's group, members treat each other as partners, and the facilitator responds "
        "to a hard disclosure with curiosity instead of a verdict. Instead of arguing, Aaron "
        "asks what the week was like. Peer specialists ask about strengths rather than "
        "deficits. The plan focuses on goals rather than deficits. Dale lectures the group "
        "instead of listening, which shuts the conversation down.\n"
    )
    acts = [a for _, a in preferred_acts(read_lesson(lesson(body)).sentences)]
    assert acts == [
        "Responding to a hard disclosure with curiosity",
        "Asking what the week was like",
        "Asking about strengths",
    ]


def test_a_temptation_names_an_act_whoever_the_case_person_is() -> None:
    """ "It is tempting to reassure him ...": the pull conceded is an act to avoid, its person
    whoever the stem is about; "would be tempting" concedes it too, "easy" does not."""
    body = (
        "Maria is a peer specialist. Tom, a participant, tells Maria that he relapsed. "
        "Maria listens.\n\n"
        "## What happened next\n\n"
        "It is tempting to reassure him that everything will be fine. It would be tempting to "
        "call his sponsor for him. It is easy to ask for help at the center.\n"
    )
    found = mined(body)
    assert "Reassuring them that everything will be fine" in found
    assert "Calling their sponsor for them" in found
    assert not [t for t in found if t.startswith("Asking")]


def test_a_faulted_helpers_acts_are_told_past_a_fronted_time_and_his_pronoun() -> None:
    """English anaphora: "She" opening a sentence after one that named only Nora is Nora; a "she"
    inside a sentence naming Sam ("Sam asks what goals she'd like to set") may be someone unnamed
    and tells nothing of Sam. "At the end Sam asks ...": a short phrase of time before the
    subject. In the question the helper asks, "she'd" is the person asked ("they'd")."""
    from quizzes.generation.distractors import genders, names_in

    body = (
        "Nora, 60, was referred by the clinic where she gets her care. She agreed to one "
        "meeting.\n\n"
        "The peer specialist, Sam, meets Nora with a stack of forms. He works through the forms "
        "in order. At the end Sam asks what goals she'd like to set. She says, \"Whatever you "
        'think."\n\n'
        "## What went wrong\n\n"
        "Sam was not unkind. He was doing what his program asked. But he treated the meeting as a "
        "task to finish.\n"
    )
    read = read_lesson(lesson(body))
    assert genders(read.sentences, names_in(read.sentences)) == {"Nora": "she", "Sam": "he"}
    texts = [text.lower() for text in mined(body)]
    assert "working through the forms in order" in texts
    assert "asking what goals they'd like to set" in texts
    assert not any("whatever you think" in text for text in texts)


def test_acts_said_to_fall_outside_a_roles_scope_are_wrong_options() -> None:
    # English: a role's scope bounds what it may do; "But" links the sentence, no act of the
    # series.
    body = (
        "## Why the first response is better\n\n"
        "Both peers cared. But diagnosing conditions, recommending specific medications and "
        "giving medical advice fall outside a peer specialist's scope of practice.\n"
    )
    texts = [text.lower() for text in mined(body)]
    assert {
        "diagnosing conditions",
        "recommending specific medications",
        "giving medical advice",
    } <= set(texts)


def test_the_plural_subjects_of_a_section_of_contrast_are_its_alternatives_and_a_mistake_needs_an_act() -> (
    None
):
    # English: a paragraph's topic is its first sentence's subject; under "Not the other
    # medications" each is an alternative ruled out. "The mistake is still visible" describes a
    # mistake written down, no act ("Stilling visible").
    body = (
        "Antipsychotics are the classic link.\n\n"
        "## Not the other medications\n\n"
        "Antidepressants have their own side effects.\n\n"
        "Benzodiazepines like lorazepam are associated with drowsiness.\n\n"
        "Stimulants used for ADHD can cause tics.\n\n"
        "## Fixing a note\n\n"
        "Draw one line through it. The mistake is still visible, and so is the fix.\n"
    )
    texts = mined(body)
    assert {"Antidepressants", "Benzodiazepines like lorazepam", "Stimulants used for ADHD"} <= set(
        texts
    )
    assert not any(text.lower().startswith("stilling") for text in texts)


def test_a_name_owning_the_object_of_a_conceded_act_is_not_the_one_judged() -> None:
    # English: "A peer might close Marcus's file. But ...": the peer is judged, Marcus acted on.
    from quizzes.generation.distractors import faulted_in

    body = (
        "Marcus asks his peer specialist, Ellen, for a loan. Marcus asks about a payment "
        "extension.\n\n"
        "## Another mistake\n\n"
        "A peer who feels uneasy might decide the request crossed a line and close Marcus's "
        "file. But asking for help is no violation.\n"
    )
    assert "Marcus" not in faulted_in(read_lesson(lesson(body)).sentences)


def test_what_a_noun_of_advising_says_is_advised_is_an_act_of_suggesting_it() -> None:
    """ "Skipping doses is medical advice ...": the helper's fault is suggesting it; the
    skipping would be the person's own act, nothing a peer specialist does."""
    options = mined(
        "A person says the new pill leaves her foggy. Skipping doses is medical advice a peer "
        "is not qualified to give.\n"
    )
    assert "Suggesting skipping doses" in options
    assert not any(o.lower() == "skipping doses" for o in options)
