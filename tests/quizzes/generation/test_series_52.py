"""Rules of 2026.12-52 (stories and sentences of our own).

- The case's helper: a coordinator opening a sentence ("And she offered ...") stands before its
  subject, and so does an aside set off by commas ("Luis, on the other hand, declined ...") before
  the verb; a heading naming one person of the story ("What Teresa did") makes them the topic its
  section's first "he" or "she" takes up; a possessive ("Marcus's new peer specialist, Jordan") or
  "another" introduces a helper by the role, and a phrase after the role may say which one ("the
  peer specialist on the unit, Beth"); a name may carry an accent ("Tomás"), and a name the lexicon
  knows ("Tom") is a name where the lesson shows it is.
- Told acts: a clause of time, a relative clause and a perfect conditional told of the story's past
  are set in the present once the act is one to do at any time; coordinated acts keep their own
  words, past an adverb after "and" ("and only then helped"); a phase verb with "by" names its act
  by the means; a numeral heading a verb's object ("Listing three") counts things named elsewhere.
- Verdicts: a verb of harm that is a noun too ("shame") is the noun after a colon or a determiner.
- Items: a scenario item's options may say "they" of the "someone" its stem names; a lead
  announcing what follows its colon ("The lesson is this:") leaves the principle after it, whose
  "it" takes up the one thing its scene ends on, and an avoid item is asked in the occasion its
  endorsed acts state; a negative inside a clause of manner ("Acting like they don't see anyone")
  leaves the option affirmative (R6).
- Forms: a phrase whose verb is a wh-clause's ("Comparing whose time was harder") or a thinking
  verb's clause ("Assuming the door is closed") is no statement; "What makes X work?" is answered
  by the cause without "Because"; "the role is to V" answers a question for the response or the
  step, and after "help" with its object and a bare infinitive, a verb after "and" is the
  infinitive's ("help the parent prepare and speak"); "P, so you Q" answers what to do with Q; a
  headline's "What to Do When X" names the occasion a title "When X" does.
- The point: "So when ..., ..." draws the conclusion as a rule for an occasion; a cut never ends on
  "not".
"""

from __future__ import annotations

from quizzes.generation import DistractorBank, generate, read_lesson
from quizzes.generation.distractors import model_helper_acts
from quizzes.generation.mainpoint import main_point

from .lessons import lesson_input

_COMPLAINT = lesson_input(
    "Andre tells his peer specialist, Teresa, that a clerk at the pharmacy window mocked him in "
    "front of other customers. He wants to complain. Teresa listens first. She pulls up the "
    "agency's grievance policy and reads it with him.\n\n"
    "## Another way it could go\n\n"
    "Picture a different peer specialist, Glen, hearing the same story. Glen marches to the "
    "pharmacy himself.\n\n"
    "Each of those moves may come from care. Each also takes the decision away from the person "
    "it belongs to. Confronting the clerk puts Glen's judgment in place of the formal process. "
    "Filing the complaint for him without involving him turns him into a bystander. Telling him "
    "to drop the matter teaches him that his rights are too risky to use.\n\n"
    "## What Teresa did\n\n"
    "She validated what he went through. She explained how the grievance process worked. And she "
    "offered support while he spoke up for himself, instead of speaking for him.\n",
    title="A complaint at the pharmacy window",
    key_question="What should a peer specialist do when someone wants to complain?",
)


def test_the_heading_s_person_is_the_sections_she_and_and_opens_no_subject() -> None:
    """ "## What Teresa did" / "She validated ...": the "she" is Teresa, not Gina, a foil named
    last before the heading; "And she offered ..." tells an act of hers too. Under a heading
    naming no one, "she" is the foil's, whose acts are no model's."""
    foil = _COMPLAINT.body.replace("Glen", "Gina").replace("pharmacy himself", "pharmacy herself")
    acts = [act for _, act in model_helper_acts(read_lesson(lesson_input(foil)).sentences)]
    assert "Validating what they went through" in acts
    assert any(act.startswith("Offering support") for act in acts)
    untitled = foil.replace("## What Teresa did", "## Looking back")
    acts = [act for _, act in model_helper_acts(read_lesson(lesson_input(untitled)).sentences)]
    assert acts == []


def test_a_clause_of_time_in_a_told_act_is_set_in_the_present() -> None:
    """English: "while he spoke up for himself", told of the story, is "while they speak up for
    themselves" in an act to do at any time; a clause of another kind keeps its tense ("what
    they went through")."""
    acts = [act for _, act in model_helper_acts(read_lesson(_COMPLAINT).sentences)]
    assert "Offering support while they speak up for themselves" in acts
    assert "Validating what they went through" in acts


def test_a_scenario_item_s_options_say_they_of_the_stem_s_someone() -> None:
    """Item writing: "What should a peer specialist do when someone wants to complain?" binds the
    options' "they" ("Validating what they went through"): the case's model act is the key, and
    the acts the article faults are the wrong options."""
    result = generate(_COMPLAINT, bank=DistractorBank(entries=()))
    scenario = [i for i in result.items if i.kind == "scenario" and i.publishable]
    assert len(scenario) == 1
    choices = {c.text: c.is_correct for c in scenario[0].choices}
    assert choices == {
        "Validating what they went through": True,
        "Confronting the clerk": False,
        "Filing the complaint for them without involving them": False,
        "Telling them to drop the matter": False,
    }


def test_an_aside_between_the_helper_and_the_verb_leaves_the_acts_told() -> None:
    """English: "Luis, on the other hand, declined ..." has its verb after the aside the commas
    set off; the acts of the series are his."""
    body = (
        "Dale offers his peer specialist, Luis, a share in his new food truck. Luis thanks him.\n\n"
        "## What Luis did\n\n"
        "Luis, on the other hand, declined clearly and kindly, named the risk to their work and "
        "turned the talk back to the business plan.\n"
    )
    acts = [act for _, act in model_helper_acts(read_lesson(lesson_input(body)).sentences)]
    assert acts[:2] == ["Declining clearly and kindly", "Naming the risk to their work"]


def test_a_helper_introduced_after_a_possessive_is_a_helper() -> None:
    """English: "Marcus's new peer specialist, Jordan" introduces Jordan by the role, as "his new
    peer specialist, Jordan" would; a possessive is a determiner."""
    from quizzes.generation.distractors import case_helpers

    body = (
        "Marcus's new peer specialist, Jordan, is 26. She asks Marcus what a good week would look "
        "like.\n"
    )
    assert case_helpers(read_lesson(lesson_input(body)).sentences) == ("Jordan",)
    # (a phrase after the role saying which one, and "another", introduce one too)
    body = (
        "On Tuesday the peer specialist on the unit, Beth, sees the schedule. Another peer "
        "specialist, Gwen, meets Jerome later. Beth calls Jerome.\n"
    )
    assert case_helpers(read_lesson(lesson_input(body)).sentences) == ("Beth", "Gwen")


def test_a_numeral_heading_the_object_counts_things_named_elsewhere() -> None:
    """English ellipsis: "Listing three" counts the goals a sentence before named; "Listing three
    goals" and "Counting to ten" name what they speak of."""
    from quizzes.generation.distractors import self_contained

    assert not self_contained("Listing three")
    assert not self_contained("Naming the two")
    assert self_contained("Listing three goals")
    assert self_contained("Counting to ten")


def test_a_name_may_carry_an_accent() -> None:
    """ "Tomás", "Inés": a name is a capitalised word whatever its letters; read as ASCII,
    "Tomás" had been "Tom" and "s", and the case had no helper."""
    from quizzes.generation.distractors import case_helpers, names_in

    body = (
        "Tomás has been a peer specialist for three years. On Monday he meets Inés. Tomás "
        "listens to Inés.\n"
    )
    sentences = read_lesson(lesson_input(body)).sentences
    assert {"Tomás", "Inés"} <= names_in(sentences)
    assert case_helpers(sentences) == ("Tomás",)


def test_a_verb_of_harm_that_is_a_noun_too_is_the_noun_after_a_colon_or_determiner() -> None:
    """English: "what she was facing: shame about medication" names a feeling, no verdict on the
    helper who saw it; "Tomás's joke shamed her" judges."""
    from quizzes.generation.distractors import faulted_in

    story = (
        "Rosa meets her peer specialist, Tomás, after group.\n\n"
        "## Discussion\n\n"
        "Tomás chose one small piece of his story because it spoke to what Rosa was facing: "
        "shame about medication. {judged}\n"
    )
    kind = story.format(judged="He kept it short.")
    assert "Tomás" not in faulted_in(read_lesson(lesson_input(kind)).sentences)
    harsh = story.format(judged="Tomás's joke about it shamed her.")
    assert "Tomás" in faulted_in(read_lesson(lesson_input(harsh)).sentences)


def test_a_told_act_s_perfect_conditional_is_said_of_any_time() -> None:
    """English: "left out details that would have shifted the focus to him", told of the past, is
    "Leaving out details that would shift the focus ..." as an act to do at any time."""
    from quizzes.generation.distractors import _present_clauses

    assert _present_clauses("Leaving out details that would have shifted the focus to them") == (
        "Leaving out details that would shift the focus to them"
    )
    assert _present_clauses("Saying it would have to wait") == "Saying it would have to wait"


def test_coordinated_acts_keep_their_own_words() -> None:
    """English coordination: in "started by exploring Tom's reasons, for and against, and only
    then helped him shape a goal that was small and his own", the second act follows "and only
    then", and the "and" inside it ("small and his own") stays in it; a phase verb with "by"
    names its act by the means ("Starting by exploring ..." is "Exploring ...")."""
    from quizzes.generation.distractors import _acts_told, _past_pairs

    steps = _past_pairs(
        [
            (
                "start",
                "by exploring the reasons, for and against, and only then helped him shape a "
                "goal that was small and his own",
            )
        ]
    )
    assert steps == [
        ("start", "by exploring the reasons, for and against"),
        ("help", "him shape a goal that was small and his own"),
    ]
    assert _acts_told(steps, frozenset()) == [
        "Exploring the reasons, for and against",
        "Helping them shape a goal that was small and their own",
    ]


def test_a_name_the_lexicon_knows_is_a_name_where_the_lesson_shows_it_is() -> None:
    """ "Tom", "Ray" are words too ("tom", "ray"); a lesson that writes them only capitalised shows
    they are names, and a told act says them as the person: "Exploring the person's own
    reasons", not an act pointing into the story ("Exploring Tom's own reasons")."""
    from quizzes.generation.distractors import _unnamed

    assert _unnamed("exploring Tom's own reasons") == "exploring Tom's own reasons"
    assert _unnamed("exploring Tom's own reasons", {"Tom"}) == "exploring their own reasons"
    assert _unnamed("making sure Ray knows the way", {"Ray"}) == ("making sure they know the way")
    body = (
        "Tom meets his peer specialist, Rosa, after work. Tom drinks most nights.\n\n"
        "## What made the difference\n\n"
        "Rosa started by exploring Tom's own reasons, for and against.\n"
    )
    acts = [act for _, act in model_helper_acts(read_lesson(lesson_input(body)).sentences)]
    assert acts == ["Exploring the person's own reasons, for and against"]


def test_a_relative_clause_in_a_told_act_is_set_in_the_present() -> None:
    """English: "a setting that matched their interests", told of the past, is one "that matches"
    in an act to do at any time, agreeing with its noun ("groups that match"); a modal or a state
    keeps its form."""
    from quizzes.generation.distractors import _present_clauses

    assert _present_clauses("Connecting them to a setting that matched their needs") == (
        "Connecting them to a setting that matches their needs"
    )
    assert _present_clauses("Finding groups that met weekly") == "Finding groups that meet weekly"
    assert _present_clauses("Naming a worry that was real") == "Naming a worry that was real"


def test_a_negative_inside_a_clause_of_manner_leaves_the_option_affirmative() -> None:
    """English: "Acting like they don't see anyone" affirms acting; its "don't" scopes over the
    clause "like" opens, as one in a relative clause does. So a key saying so among endorsed acts
    is no "negative in the correct option alone" (R6); "Not acting at all" still is."""
    from quizzes.generation.rubric import wording_problem

    options = [
        "Acting like they don't see anyone",
        "Waiting for them to make the first move",
        "Keeping any greeting short",
        "Following up later to learn their preference",
    ]
    assert wording_problem(options, options[0]) == ""
    options[0] = "Not acting at all"
    assert wording_problem(options, options[0]).startswith("negative in the correct option")


_GIFTS = lesson_input(
    "Gifts come up often in peer work.\n\n## What goes wrong\n\n"
    "Keeping the gift from their supervisor is a mistake.\n\n"
    "## The rule\n\nThe lesson is this: when a peer offers an expensive gift, the peer specialist "
    "thanks them sincerely, declines it in line with agency policy, and lets their supervisor "
    "know.\n",
    title="Expensive gifts",
)


def test_a_principle_after_an_announcing_colon_takes_it_for_the_scene_s_thing() -> None:
    """English: "The lesson is this:" points forward to the principle after its colon, and the
    "it" of "declines it" takes up the one thing its scene ends on ("an expensive gift")."""
    from quizzes.generation.distractors import principle_acts, principle_scene

    rule = read_lesson(_GIFTS).sentences[-1].plain
    assert principle_acts(rule) == [
        "Thanking them sincerely",
        "Declining the gift in line with agency policy",
        "Letting their supervisor know",
    ]
    assert principle_scene(rule) == "when a peer offers an expensive gift"
    assert principle_scene("Peer specialists listen.") == ""


def test_an_avoid_item_is_asked_in_the_occasion_its_endorsed_acts_state() -> None:
    """Item writing: a stem states the situation its options are judged in. The three acts the
    lesson endorses are its principle for an occasion, so the item asks what to avoid there."""
    result = generate(_GIFTS, bank=DistractorBank(entries=()))
    avoid = [i for i in result.items if i.kind == "not_question" and i.publishable]
    assert [i.stem for i in avoid] == [
        "What should a peer specialist avoid when a peer offers an expensive gift?"
    ]
    assert {c.text for c in avoid[0].choices if c.is_correct} == {
        "Keeping the gift from their supervisor"
    }


def test_a_phrase_holding_a_clause_after_a_wh_word_is_no_statement() -> None:
    """English: in "Comparing whose time was harder" the verb is the clause's after "whose", and
    in "Assuming the door is closed" the clause a verb of thinking takes: each names an act, and
    "Because comparing whose time was harder" was no reason."""
    from quizzes.generation.items import _gerund_subject, _plain_statement

    assert not _plain_statement("Comparing whose time was harder")
    assert not _gerund_subject("Comparing whose time was harder")
    assert not _plain_statement("Assuming the door is closed")
    assert _plain_statement("Peer workers are cheaper than clinicians")
    assert _gerund_subject("Asking for gas money keeps it fair")


def test_what_makes_a_thing_work_is_the_cause_without_because() -> None:
    """English: "because" answers "why"; "What makes X work?" asks for what does, so "X works
    because shared experience builds trust" answers "Shared experience builds trust"."""
    from quizzes.generation.answers import answer_for

    assert (
        answer_for(
            "What makes veteran peer support work?",
            "Veteran peer support works because shared military experience builds trust with people",
        )
        == "Shared military experience builds trust with people"
    )


_SCHOOL = lesson_input(
    "Lena asks her family peer specialist, Dana, to come to her son's school meeting. \"I never "
    'know what to say in there," she says.\n\n'
    "## What the peer is there for\n\n"
    "A family peer specialist at a school meeting is there for the parent. So when a parent asks "
    "a family peer specialist to come along to a school meeting, the role is to help the parent "
    "prepare and speak for themselves, not to speak for them, diagnose the child, or side with the "
    "school.\n",
    title="At the school meeting",
)


def test_a_conclusion_drawn_with_so_as_a_rule_for_an_occasion_is_the_point() -> None:
    """English discourse: "So when ..., ..." draws the conclusion from what came before, as a rule
    for an occasion; it outranks the conclusion's first sentence. A cut never ends on "not"."""
    from quizzes.generation.mainpoint import compress

    assert main_point(read_lesson(_SCHOOL)).text == (
        "When a parent asks a family peer specialist to come along to a school meeting, the role "
        "is to help the parent prepare and speak for themselves"
    )
    assert not compress(_SCHOOL.body.split("parent. ")[1]).endswith(" not")


def test_what_the_role_is_to_do_answers_a_question_for_the_response() -> None:
    """English: "the role is to V" says what the one in the role does; asked for the most helpful
    response, the act ("Helping the parent prepare and speak for themselves", the verb after the
    bare infinitive the infinitive's), asked what to do, the instruction."""
    from quizzes.generation.answers import answer_for

    point = "When a parent asks, the role is to help the parent prepare and speak for themselves"
    assert answer_for(
        'A parent says, "Come with me." What is the most helpful response?', point
    ) == ("Helping the parent prepare and speak for themselves")
    assert answer_for("What should the peer specialist do?", point) == (
        "Help the parent prepare and speak for themselves"
    )


def test_a_headline_s_what_to_do_when_names_the_occasion() -> None:
    """English: a headline's "What to Do When X" (or "How to Respond When X") asks what one should
    do when X, as a title "When X" does."""
    from quizzes.generation.items import _title_as_situation

    assert (
        _title_as_situation(
            '"You Should Come!" What to Do When Someone You Support Invites You to a Party', ""
        )
        == "What should a peer specialist do when someone they support invites them to a party?"
    )
    assert _title_as_situation("How to Respond When a Peer Relapses", "") == (
        "What should a peer specialist do when a peer relapses?"
    )


def test_what_so_says_the_reader_does_answers_what_to_do() -> None:
    """English: "P, so you Q" gives Q as what follows for the one addressed; asked what the role
    should do, Q is the instruction."""
    from quizzes.generation.answers import answer_for

    point = (
        "An invitation is a boundary decision, so you respond warmly and check your agency's policy"
    )
    assert answer_for("What should a peer specialist do when invited to a party?", point) == (
        "Respond warmly and check your agency's policy"
    )
