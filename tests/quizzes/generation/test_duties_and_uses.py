"""Rules of 2026.12-34 (sentences of our own): what a thing is used for, a duty after a
prohibition, answer choices quoted with a generic "your", claims denied true, and verdicts
distributed over the moves a paragraph goes through."""

from __future__ import annotations

from quizzes.generation import DistractorBank, generate, read_lesson
from quizzes.generation.answers import answer_for, finite_verb
from quizzes.generation.distractors import addressed, mine, self_contained
from quizzes.generation.forms import from_gerund, gerund_predicate, is_instruction
from quizzes.generation.items import _in_shape, _title_as_question
from quizzes.generation.mainpoint import _after_cue, candidates
from quizzes.generation.rubric import asserted_true, form_problem, pointing_problem
from quizzes.generation.words import content_stems, tokens

from .lessons import lesson_input


def test_a_number_spelled_digit_by_digit_is_one_word() -> None:
    """ "9-8-8" is the name of a line, said as one word; its digits alone are no content word,
    and a range keeps its two numbers."""
    assert "9-8-8" in tokens("Call 9-8-8 for a crisis.")
    assert "9-8-8" in content_stems("The 9-8-8 line")
    assert tokens("10-25 years") == ["10", "25", "years"]
    assert tokens("a 12-step group") == ["a", "12", "step", "group"]


def test_a_title_asking_what_a_numbered_line_is_used_for_is_answered_by_its_sentence() -> None:
    """The opening sentence whose subject is the line ("Calling 9-8-8 ...") answers the title's
    question, not a later one about the number's history."""
    lesson = lesson_input(
        "Calling 9-8-8 reaches a trained crisis counselor at any hour. "
        "The line was set up by regulators in 2020 for crisis calls nationwide.\n",
        title="What is the 9-8-8 line used for?",
    )
    best = candidates(read_lesson(lesson))[0]
    assert best.text.startswith("Calling 9-8-8 reaches a trained crisis counselor")


def test_asked_what_a_thing_is_used_for_the_answer_is_a_gerund_phrase() -> None:
    assert answer_for(
        "What is the 9-8-8 line used for?",
        "Calling 9-8-8 reaches a trained crisis counselor at any hour",
    ) == ("Reaching a trained crisis counselor at any hour")


def test_asked_what_to_do_the_duty_after_a_prohibition_answers() -> None:
    """ "must never A ...; they should B": B is what to do, its "they" the role; a prohibition
    is no act ("Must never ..." was the key)."""
    stem = "A coworker asks a peer specialist to sign a visit log for a visit that never happened. What should the peer specialist do?"
    statement = (
        "Peer specialists must never sign for visits that did not happen, even when asked; "
        "they should refuse, write down what did happen and tell a supervisor."
    )
    assert answer_for(stem, statement) == (
        "Refuse, write down what did happen and tell a supervisor"
    )
    assert not answer_for(
        stem, "Peer specialists must never sign for visits that did not happen."
    ).startswith("Must")


def test_a_verb_before_a_comma_and_an_instruction_opens_a_series_of_instructions() -> None:
    for text, series in (
        ("Refuse, write down what did happen and tell a supervisor", True),
        ("Support, hope and connection", False),
        ("Housing, food and work", False),
    ):
        assert is_instruction(text.split(" ")) is series


def test_a_possessive_your_in_a_quoted_answer_choice_is_the_doers() -> None:
    """ "Insisting on your point of view ..." quoted as an answer choice stands alone (real items
    so word ways of acting); a "you" of its own points at someone else, and a phrase cut from
    running text keeps its "your" as the reader's."""
    assert addressed("Insisting on your point of view", bound=True) == (
        "Insisting on one's point of view"
    )
    assert addressed("Supporting the recovery you want", bound=True) == (
        "Supporting the recovery you want"
    )
    assert not self_contained("talking over your shoulder")
    assert self_contained("Insisting on your point of view", bound=True)
    assert (
        pointing_problem(["Insisting on your point of view until the other person gives in"]) == ""
    )
    body = (
        "## Why the other choices are wrong\n\n"
        '"Keeping your opinions to yourself to avoid an argument" is passive communication.\n\n'
        '"Raising your voice until the other person gives in" is aggressive communication.\n\n'
        '"Agreeing to the plan and then ignoring it" is passive-aggressive communication.\n'
    )
    texts = [m.text for m in mine(read_lesson(lesson_input(body)))]
    assert "Raising your voice until the other person gives in" in texts
    assert "Keeping your opinions to yourself to avoid an argument" in texts


def test_a_proposition_denied_true_is_a_belief_the_lesson_corrects() -> None:
    body = (
        "On the other hand, it isn't true that a landlord can never ask about income. "
        "It is not the case that every lease needs a cosigner.\n"
    )
    texts = [m.text for m in mine(read_lesson(lesson_input(body)))]
    assert "A landlord can never ask about income" in texts
    assert "Every lease needs a cosigner" in texts


def test_moves_judged_no_better_are_each_ruled_out() -> None:
    """ "Some tempting shortcuts are no better." judges the category its paragraph goes through:
    each gerund subject after it is a move ruled out."""
    body = (
        "Some tempting shortcuts are no better. Signing the form without reading it is still "
        "agreeing to something unknown. And backdating the entry does not make it accurate.\n"
    )
    texts = [m.text.lower() for m in mine(read_lesson(lesson_input(body)))]
    assert "signing the form without reading it" in texts
    assert "backdating the entry" in texts


def test_a_verdict_said_of_each_move_rules_out_the_moves_the_paragraph_names() -> None:
    body = (
        "Each of those moves may come from kindness. Each also takes the decision away from the "
        "person. Calling the landlord for her overrides her choice. Writing the letter for her "
        "without asking shuts her out of her own dispute.\n"
    )
    texts = [m.text.lower() for m in mine(read_lesson(lesson_input(body)))]
    assert "calling the landlord for them" in texts
    assert "writing the letter for them without asking" in texts


def test_a_verb_of_saying_and_its_quotation_take_the_form_of_the_verb_before() -> None:
    assert (
        gerund_predicate("frowns", 'and says, "Just drop it"')
        == 'frowning and saying, "Just drop it"'
    )
    assert from_gerund('frowning and saying, "Just drop it"') == 'frown and say, "Just drop it"'
    assert gerund_predicate("listens", "and nods, then asks") == "listening and nods, then asks"


def test_asked_which_body_does_something_the_subject_answers() -> None:
    """ "Which agency ...?" asks for the doer: the statement's subject, a generic plural said as
    the one body of its kind; a pronoun or a person names no body."""
    stem = "A tenant wants help with a repair the landlord ignores. Which agency handles this?"
    assert answer_for(stem, "Local housing inspectors enforce the repair code.") == (
        "The Local housing inspector"
    )
    assert answer_for(stem, "The county code office enforces the repair code.") == (
        "The county code office"
    )
    assert not answer_for(stem, "It enforces the repair code.").startswith("The")


def test_asked_which_practice_works_best_the_condition_it_works_best_under_answers() -> None:
    stem = "Which team practice best supports new volunteers?"
    statement = (
        "Volunteers settle in best when the team assigns a mentor and explains the house rules, "
        "preventing early dropout."
    )
    assert answer_for(stem, statement) == "Assigning a mentor and explaining the house rules"


def test_asked_what_a_document_must_include_what_it_specifies_answers() -> None:
    stem = "Which of the following must a valid crisis plan include?"
    statement = "A valid crisis plan specifies what will be done, by whom and until when."
    assert answer_for(stem, statement) == "What will be done, by whom and until when"


def test_items_under_a_heading_of_what_a_thing_does_not_need_name_the_thing_for_it() -> None:
    body = (
        "A lease sets out what a tenant and a landlord agree to.\n\n"
        "## What a lease does not need\n\n"
        "- A parent's or guardian's signature approving it. The tenant is an adult.\n"
        "- A deposit larger than the law allows.\n"
        "- A copy of the tenant's medical records.\n"
    )
    texts = [m.text for m in mine(read_lesson(lesson_input(body, title="Leases")))]
    assert "A parent's or guardian's signature approving the lease" in texts


def test_under_the_other_choices_a_paragraph_opening_on_a_named_body_names_a_rival() -> None:
    body = (
        "Housing inspectors enforce the repair code.\n\n"
        "## Why the other choices are wrong\n\n"
        "The Internal Revenue Service collects taxes. It does not inspect housing.\n\n"
        "The state Medicaid office runs health coverage. It does not inspect housing.\n"
    )
    texts = [m.text for m in mine(read_lesson(lesson_input(body)))]
    assert "The Internal Revenue Service" in texts
    assert "The state Medicaid office" in texts


def test_a_statement_key_among_names_is_one_form_too_many() -> None:
    """A clause whose verb in "-s" is never a noun ("says", "provide" after four words) states
    something; among noun phrases it is a key in its own form. Its "who" after a comma asks,
    it opens no relative clause."""
    names = [
        "The county housing code enforcement office",
        "The state Medicaid eligibility office",
        "The regional tax assessment office",
    ]
    assert form_problem("State vocational employment agencies provide job training", names)
    assert form_problem("A valid plan says who to call, who will come, and why", names)
    assert not form_problem("The local housing inspection office", names)


def test_a_norm_said_with_should_after_a_circumstance_is_a_generic_rule() -> None:
    lesson = lesson_input(
        "Kim signed the log anyway.\n\n"
        "## What it comes down to\n\n"
        "Deadlines do matter, and managers do carry authority. But a log is a legal record. "
        "When asked to sign for a visit that never happened, a peer specialist should refuse, "
        "write down what did happen and tell a supervisor.\n"
    )
    ranked = candidates(read_lesson(lesson))
    assert ranked[0].text.startswith("When asked to sign for a visit that never happened")
    assert ranked[0].cue == "generic rule"
    # (the conclusion's sentence granted before "But" is no point of the article)
    assert not any(c.text.startswith("Deadlines do matter") for c in ranked)


def test_a_heading_naming_what_went_right_and_wrong_is_no_heading_of_contrast() -> None:
    lesson = lesson_input(
        "Ana met a family at the door.\n\n"
        "## What went right, and what went wrong\n\n"
        "The principle is simple: a peer specialist should explain their role plainly and "
        "correct a wrong title kindly.\n"
    )
    ranked = candidates(read_lesson(lesson))
    assert ranked[0].text.startswith("a peer specialist should explain their role plainly")


def test_a_series_of_nouns_is_not_cut_at_its_last_member() -> None:
    """ "needs, feelings and views": "views" after "and" closes a series of nouns, it is no
    second verb of the subject's."""
    assert answer_for(
        "Which of the following best describes active listening?",
        "Active listening means hearing the person's words, feelings and hopes fully and "
        "patiently while holding back advice and judgment about what they should do",
    ).startswith("Hearing the person's words, feelings and hopes fully")


def test_two_modifiers_sharing_one_noun_are_one_option() -> None:
    body = (
        "A recovery plan should be the person's own, rather than a copy of a clinic or hospital "
        "template.\n"
    )
    texts = [m.text.lower() for m in mine(read_lesson(lesson_input(body)))]
    assert "hospital template" not in texts
    assert "a copy of a clinic or hospital template" in texts


def test_what_a_thing_does_not_need_is_never_said_to_be_what_it_is() -> None:
    """Under "What a lease does not need", "A copy of the tenant's medical records" is no wrong
    answer to what a lease is: "A lease is a copy of ..." asserts an identity nobody denied."""
    lesson = lesson_input(
        "A lease is a written agreement between a tenant and a landlord. A lease sets the rent. "
        "A lease names the people who may live in the home. A lease lasts for a set term.\n\n"
        "## What a lease does not need\n\n"
        "- A copy of the tenant's medical records.\n"
        "- A parent's signature for an adult tenant.\n"
        "- A record of the tenant's income history.\n",
        title="What is a lease?",
        key_question="What is a lease?",
        main_point="A lease is a written agreement between a tenant and a landlord",
    )
    result = generate(lesson, bank=DistractorBank(entries=()))
    said = [c.text for i in result.items for c in i.choices]
    assert not any(t.startswith("A lease is a copy") for t in said)


def test_steps_a_heading_gives_to_an_agency_are_not_the_roles_acts() -> None:
    """Under "Steps for an agency ...", the steps are the agency's: no item asks what a peer
    specialist should avoid among them (the sequence item, asked of the activity, stays)."""
    lesson = lesson_input(
        "Hiring peers is the easy part. Making the role work inside a clinical agency is harder.\n\n"
        "## Steps for an agency preparing to hire peers\n\n"
        "1. Involve people with lived experience in designing the role.\n"
        "2. Write the job description around peer functions.\n"
        "3. Train all staff on the role before peers are hired.\n"
        "4. Review how the role is working after six months.\n\n"
        "## What does not work\n\n"
        "- Giving peers the same job description as case managers. The role disappears.\n"
        "- Using peers to fill whatever gaps appear in the schedule. Drift follows.\n",
        title="Integrating peer specialists",
    )
    result = generate(lesson, bank=DistractorBank(entries=()))
    stems = [i.stem for i in result.items if i.publishable]
    assert "Which of the following should a peer specialist avoid?" not in stems
    assert "What is the first step in integrating peer specialists?" in stems


def test_a_longer_plural_subject_takes_a_verb_that_is_never_a_noun() -> None:
    """ "Good Samaritan overdose laws encourage ...": the verb after a four-word subject, asked
    what the laws do, gives the predicate in its base form; inside a clause the subject holds
    ("by how fast symptoms fade") a verb is that clause's."""
    assert (
        answer_for(
            "What do state naloxone access laws generally do?",
            "State naloxone access laws encourage pharmacies to stock naloxone.",
        )
        == "Encourage pharmacies to stock naloxone"
    )
    assert finite_verb(["Measuring", "recovery", "by", "how", "fast", "symptoms", "fade"]) == -1


def test_a_quoted_choice_about_the_stems_subject_is_its_predicate() -> None:
    """Asked what a thing does, "They arrest people in crisis" is said as the act."""
    assert _in_shape("They arrest people in crisis", "base") == "Arrest people in crisis"
    assert _in_shape("They arrest people in crisis", "ing") == "Arresting people in crisis"
    assert _in_shape("They say \u201cno\u201d to everyone", "ing") == ""


def test_whether_fills_no_gap_and_scare_quotes_stay_in_the_phrase() -> None:
    body = (
        'Peer specialists should not question whether someone on medication is "really" in '
        "recovery.\n"
    )
    texts = [m.text for m in mine(read_lesson(lesson_input(body)))]
    assert 'Questioning whether someone on medication is "really" in recovery' in texts
    assert "Questioning whether someone on medication is" not in texts


def test_asked_where_to_get_a_thing_its_provider_answers() -> None:
    assert (
        answer_for(
            "Under state rules, where can a person get a replacement ID card?",
            "Replacement ID cards are issued only by the state motor vehicle office, unlike "
            "birth certificates.",
        )
        == "Only through the state motor vehicle office"
    )


def test_asked_what_a_term_refers_to_its_what_clause_answers() -> None:
    """ "X is what a person does ..." asked what X refers to: the "what" clause, not X again."""
    answer = answer_for(
        'In Ana\'s recovery work, what does the term "daily anchor" refer to?',
        "A daily anchor is what a person does each morning, such as work, a walk or a prayer, "
        "to start the day steady.",
    )
    assert answer.startswith("What a person does each morning")


def test_a_cue_in_a_relative_clause_or_in_a_characters_mouth_is_no_cue() -> None:
    """ "the answer he is hoping for" is an object with a relative clause, and '"The point is
    you," Monique says' is a person's words: neither announces the article's point."""
    assert _after_cue("She doesn't give him the answer he is hoping for, but she listens.") == ""
    lesson = lesson_input(
        "Dee asks about the group.\n\n"
        '"The point is you," Monique says. "You have carried this alone."\n\n'
        "## What the group offers\n\n"
        "A family group is a place where relatives focus on their own recovery.\n"
    )
    assert not any(c.cue == "explicit cue" for c in candidates(read_lesson(lesson)))


def test_under_the_other_answers_names_the_lexicon_does_not_know_are_rivals() -> None:
    """ "Clonidine is ...", "Lofexidine (Lucemyra) eases ...", "Tramadol, like codeine,
    relieves ...": each paragraph opens on one rival term, its aside set aside."""
    body = (
        "Gabapentin is used for nerve pain.\n\n"
        "## Why the other answers are wrong\n\n"
        "Clonidine is approved for blood pressure, not for nerve pain.\n\n"
        "Lofexidine (Lucemyra) eases withdrawal symptoms. It does nothing for nerve pain.\n\n"
        "Tramadol, like codeine, relieves pain through opioid receptors. It is not the answer.\n"
    )
    texts = [m.text for m in mine(read_lesson(lesson_input(body)))]
    assert {"Clonidine", "Lofexidine", "Tramadol"} <= set(texts)


def test_a_one_word_key_stands_among_terms_not_acts() -> None:
    lesson = lesson_input(
        "Gabapentin is used for nerve pain. A peer specialist does not prescribe or recommend a "
        "particular drug.\n\n"
        "## Why the other answers are wrong\n\n"
        "Clonidine is approved for blood pressure, not for nerve pain.\n\n"
        "Lofexidine (Lucemyra) eases withdrawal symptoms. It does nothing for nerve pain.\n\n"
        "Tramadol, like codeine, relieves pain through opioid receptors. It is not the answer.\n",
        key_question="Which of the following medications is used for nerve pain?",
        main_point="Gabapentin",
    )
    result = generate(lesson, bank=DistractorBank(entries=()))
    item = next(i for i in result.items if i.kind == "main_point")
    assert sorted(c.text for c in item.choices) == [
        "Clonidine",
        "Gabapentin",
        "Lofexidine",
        "Tramadol",
    ]


def test_answer_choices_described_by_what_they_claim_are_ruled_out_whole() -> None:
    body = (
        "Warmlines answer calls from people who want to talk before things become a crisis.\n\n"
        "## The bottom line\n\n"
        "Options claiming they dispatch police, or that they only take calls at night, have it "
        "backwards. So does any answer suggesting they require a diagnosis first.\n"
    )
    named = {m.text for m in mine(read_lesson(lesson_input(body))) if m.priority == 0}
    assert {
        "They dispatch police",
        "They only take calls at night",
        "They require a diagnosis first",
    } <= named
    # (what an answer choice claims is the choice's, never the lesson's own claim)
    assert not asserted_true("They dispatch police", read_lesson(lesson_input(body)).sentences)


def test_asked_what_research_shows_about_a_topic_its_finding_is_said_of_it() -> None:
    """The topic the stem names is the subject whole ("services" inside it is no verb), and
    what is found is said of it by a pronoun."""
    assert (
        answer_for(
            "What does research show about crisis services teams?",
            "Crisis services teams reduce emergency room visits and connect people to care.",
        )
        == "They reduce emergency room visits and connect people to care"
    )


def test_a_title_naming_its_topic_before_a_question_of_finding_asks_about_it() -> None:
    assert (
        _title_as_question(
            "Warmlines: What Ten Years of Research Actually Found", "People call warmlines ..."
        )
        == "What does ten years of research find about warmlines?"
    )


def test_a_need_that_still_holds_is_no_failure_of_the_act() -> None:
    """ "Choosing someone as family does not remove the need for consent" says a requirement
    still holds; it does not fault the choosing (as "does not remove the conflict" would)."""
    body = "Choosing someone as family does not remove the need for consent.\n"
    texts = [m.text.lower() for m in mine(read_lesson(lesson_input(body)))]
    assert "choosing someone as family" not in texts
