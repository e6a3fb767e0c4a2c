"""Rules of 2026.12-53 (articles of our own).

- Forms: asked what X means or what best describes it, a point saying what anyone does in X
  ("In Open Door, people get a seat ...") answers as the act ("Getting a seat ..."), the form of the
  acts the article rules out; not where a pronoun of the predicate takes up the doer it drops.
- The case's helper: a verb of handling or responding with "by" names the act by its means
  ("handled the same moment by asking ..." is "Asking ..."), also in a sentence holding the
  helper up. A helper faulted only in one version of the case ("Ending two", or a paragraph "In the
  second ending, ..." frames) is the model of the other, whose own section tells its acts in
  either tense ("thanks him and asks ...") and whose frame ("In the first ending, ...") opens a
  paragraph of them. One assigned to work with a person of the case ("Lin is assigned to work
  with Mateo") is a helper; "His mistake ..." faults the subject of the sentence before it; a
  section headed "A better start" tells the model's acts in the present too, past a phrase of
  time before the subject, and a closing phrase of means ("through the agency's contract") goes
  from an act too long for an option. The faulted version alone gives the helper's acts as wrong
  options, without a reason set off by a comma (", because he asked ..."); "he wants" told in the
  present is "they want", and a name before a modal its subject ("whether they can"). A told act
  too long for an option is cut before an adjunct at its end (", starting well before ..."), never
  inside a series; one going on after "and" in the story's past ("and brought it ...") is no
  option. An "it" after the verb of the second of coordinated acts takes up the last noun phrase
  with "the" of the first ("acknowledged the generosity behind the offer, declined it warmly"); a
  modal after "and" ("and might make it harder") opens no act of its own.
- Verdicts: taking a good away from a person ("takes that ability away") judges what does it;
  taking a burden away ("takes the pressure away") does not.
- Told acts: a clause of time set in the present keeps the copula agreeing ("while they were
  still small" is "while they are still small", not "be").
- Stems: a "who" opening a relative clause in a case's scene ("A person you support, who works as a
  baker, ...") asks for no person; only the question's own sentence is read for one.
- Mining: "as long as" opens a clause inside a gerund phrase ("Accepting the trade as long as it
  seems fair"), whose verb is the clause's, not the phrase's.
- The point: a definition framed for the role ("For a peer specialist, family means ...") is a
  candidate whatever the title names; under a title naming an occasion ("When the Story Speeds
  Up") the response the article judges best outranks the principle behind it.
- Items: an avoid item asks in the occasion its principle names with that principle's acts as its
  wrong options first; a second key takes any three, asked without the occasion.
"""

from __future__ import annotations

from quizzes.generation import DistractorBank, generate, read_lesson
from quizzes.generation.distractors import (
    _acts_told,
    _past_pairs,
    _present_clauses,
    _unnamed,
    case_helpers,
    faulted_in,
    mine,
    model_helper_acts,
)
from quizzes.generation.mainpoint import main_point
from quizzes.generation.rubric import judges

from .lessons import lesson_input

_OPEN_DOOR = (
    "In Open Door, people get a seat at the table without first having to prove sobriety or "
    "enrollment in treatment. New volunteers ask about it first.\n\n"
    "## What it is not\n\n"
    "Open Door is not about earning a place by finishing a program first. It is not about holding "
    "people on a waiting list until a counselor approves them. It does not mean checking each "
    "visitor's records at the door.\n"
)


def test_a_plural_doer_s_predicate_answers_what_x_means_as_an_act() -> None:
    """English: "people get a seat ..." says what anyone does in Open Door; as the key of "What
    does Open Door mean?" it is the act, "Getting a seat ...", in the form of the acts the article
    rules out (item writing: options of one form)."""
    result = generate(
        lesson_input(_OPEN_DOOR, title="What Does Open Door Mean?"),
        bank=DistractorBank(entries=()),
    )
    item = next(i for i in result.items if i.kind == "main_point")
    assert item.publishable, item.rubric_failures
    key = next(c.text for c in item.choices if c.is_correct)
    assert key.startswith("Getting a seat at the table without first having to prove")
    assert "Earning a place by finishing a program first" in [c.text for c in item.choices]


def test_a_pronoun_taking_up_the_doer_keeps_the_statement() -> None:
    """English: in "people get a seat ... without having to prove they are sober" the "they" takes
    up "people"; dropped with the subject, it would take up nothing, so no act is made of it."""
    body = _OPEN_DOOR.replace("prove sobriety or enrollment in treatment", "prove they are sober")
    result = generate(
        lesson_input(body, title="What Does Open Door Mean?"), bank=DistractorBank(entries=())
    )
    keys = [c.text for i in result.items for c in i.choices if c.is_correct]
    assert not any(k.startswith("Getting a seat") for k in keys)


def test_handling_a_moment_by_an_act_is_the_act() -> None:
    """English: "Lena handled the same moment by asking ..." and "She responded by naming ..." name
    what she did by its means; "handled" holding her up does not leave the sentence's own act
    unread, and what "instead of" sets aside is cut off."""
    body = (
        'Marco tells his peer specialist, Lena, that he is done with the group. "Nobody there '
        'gets it," he says. Another peer specialist, Rick, heard the same thing from Marco last '
        "year.\n\n"
        "## Looking back\n\n"
        "Rick argued with him and listed the group's benefits. That pushed Marco further away.\n\n"
        "Lena handled the same moment by asking what the group had missed instead of defending "
        "it. She responded by naming the frustration in his words.\n"
    )
    acts = [act for _, act in model_helper_acts(read_lesson(lesson_input(body)).sentences)]
    assert acts == ["Asking what the group had missed", "Naming the frustration in their words"]


_TWO_ENDINGS = (
    "Dev has been meeting with his peer specialist, Nora, for a year. At their last meeting he "
    "hands her a new phone he bought for her.\n\n"
    "## Ending one\n\n"
    "Nora thanks him and asks what the year has meant to him.\n\n"
    "## Ending two\n\n"
    "Nora accepts the phone. She hides the gift from her supervisor and slips the phone into her "
    "coat.\n\n"
    "## Looking back\n\n"
    "In the second ending, Nora meant well. But the secret now sits between them.\n\n"
    "In the first ending, Nora honored the gesture. She explained the agency's rule, offered "
    "another way to say thanks and brought the offer to supervision.\n\n"
    "The lesson is this: when a peer offers a costly gift, the peer specialist thanks them "
    "warmly, declines it in line with agency policy, and tells their supervisor.\n"
)


def test_a_helper_faulted_in_one_version_is_the_model_of_the_other() -> None:
    """English discourse: "In the second ending, Nora meant well. But ..." faults Nora in the
    version "Ending two" names, not in "Ending one", whose story, told in the present, and the
    paragraph "In the first ending" frames tell what she did well."""
    sentences = read_lesson(lesson_input(_TWO_ENDINGS)).sentences
    assert "Nora" in faulted_in(sentences)
    acts = [act for _, act in model_helper_acts(sentences)]
    assert "Asking what the year has meant to them" in acts
    assert "Explaining the agency's rule" in acts
    assert "Bringing the offer to supervision" in acts
    assert not any("phone" in act or "Hiding" in act for act in acts)


def test_a_fault_in_the_discussion_not_scoped_to_a_version_leaves_no_model() -> None:
    """A fault the discussion states of the helper without naming the version it is about ("Nora
    meant well. But ...") may be about either: no act of hers is a model's."""
    unscoped = _TWO_ENDINGS.replace("In the second ending, Nora meant well.", "Nora meant well.")
    sentences = read_lesson(lesson_input(unscoped)).sentences
    assert model_helper_acts(sentences) == ()


def test_an_avoid_item_asks_in_its_principle_s_occasion_then_without_it() -> None:
    """Item writing: the principle's three acts ("thanks them warmly, declines it ..., tells their
    supervisor") are the wrong options of the avoid item set in its occasion; a second key,
    whose occasion's acts that item already offers, is asked over any three, without it."""
    result = generate(
        lesson_input(_TWO_ENDINGS, title="A phone at the last meeting"),
        bank=DistractorBank(entries=()),
    )
    avoid = [i for i in result.items if i.kind == "not_question" and i.publishable]
    stems = [i.stem for i in avoid]
    assert stems == [
        "What should a peer specialist avoid when a peer offers a costly gift?",
        "Which of the following should a peer specialist avoid?",
    ]
    wrong = {c.text for c in avoid[0].choices if not c.is_correct}
    assert wrong == {
        "Thanking them warmly",
        "Declining the gift in line with agency policy",
        "Telling their supervisor",
    }


def test_a_better_start_tells_the_assigned_helper_s_acts() -> None:
    """English: "Lin is assigned to work with Mateo" puts Lin in the helper's role; "Paul did
    nothing unkind. His mistake ..." faults Paul, so Lin's acts under "A better start", told in
    the present, are the model's ("During the meeting" before the subject, "through the agency's
    contract" cut from an act of thirteen words)."""
    body = (
        "Paul, a peer specialist, meets Rosa, who is hard of hearing. Paul talks fast and turns to "
        "his screen while he types.\n\n"
        "## A better start\n\n"
        "At another agency, Lin is assigned to work with Mateo, who also has hearing loss. Lin "
        "asks her supervisor to book a captioning service for the session through the agency's "
        "contract. During the meeting Lin faces Mateo and checks at the end whether the plan "
        "makes sense to him.\n\n"
        "## Why it fell short\n\n"
        "Paul did nothing unkind. His mistake came from a common assumption about hearing.\n"
    )
    sentences = read_lesson(lesson_input(body)).sentences
    assert case_helpers(sentences) == ("Paul", "Lin")
    assert set(faulted_in(sentences)) == {"Paul"}
    acts = [act for _, act in model_helper_acts(sentences)]
    assert "Asking their supervisor to book a captioning service for the session" in acts
    assert "Checking at the end whether the plan makes sense to them" in acts


def test_only_the_faulted_version_gives_wrong_options() -> None:
    """Nora is faulted "in that version", the one "What it could have looked like" tells: what
    she does there is a wrong option, cut before its reason; what she does under "What Nora did"
    is the model's, told in the present with "he wants" as "they want" (English agreement)."""
    body = (
        "Dev has been meeting with his peer specialist, Nora, for a year. At their last meeting "
        "he hands her a new phone he bought for her.\n\n"
        "## What Nora did\n\n"
        "Nora asks the director whether Dev can keep coming to the group. She thanks him and "
        "asks what he wants to remember about the year.\n\n"
        "## What it could have looked like\n\n"
        "Picture Nora taking the phone. She hides the gift from her supervisor, because he asked "
        "her to keep it quiet. Nora's intentions in that version are good. But the secret now "
        "sits between them.\n"
    )
    read = read_lesson(lesson_input(body))
    acts = [act for _, act in model_helper_acts(read.sentences)]
    assert "Asking what they want to remember about the year" in acts
    assert [m.text for m in mine(read, "")] == ["hiding the gift from their supervisor"]


def test_a_name_before_a_modal_is_they() -> None:
    """English: "whether Dev can keep coming": the name is the modal's subject, "they"."""
    assert _unnamed("asking whether Dev can keep coming", {"Dev"}) == (
        "asking whether they can keep coming"
    )


def test_a_long_told_act_is_cut_before_an_adjunct_not_inside_a_series() -> None:
    """English: ", starting well before the last meeting" is an adjunct the act is whole without;
    "a goal that was small, specific, measurable and her own" cut after "small" would leave its
    series unfinished, and the act, too long for an option, is left out."""
    acts = _acts_told(
        [
            (
                "treat",
                "the close as something to plan with her, starting well before the last visit",
            ),
            ("help", "her shape a goal that was small, specific, measurable and her own"),
        ],
        frozenset(),
    )
    assert acts == ["Treating the close as something to plan with them"]


def test_an_act_going_on_in_the_story_s_past_after_and_is_no_option() -> None:
    """English coordination joins like forms: "Writing them into the plan and brought it to him"
    is ill-formed, so the faulted helper's act is left out; his others stay."""
    body = (
        "Marcus, 19, meets his peer specialist, Alan. Alan asks Marcus's mother which goals "
        "matter. She lists three. Alan wrote them into the plan and brought it to Marcus to sign. "
        "He also lectured Marcus about curfews.\n\n"
        "## Looking back\n\n"
        "Alan's approach missed the mark. Marcus never owned the plan.\n"
    )
    mined = [m.text for m in mine(read_lesson(lesson_input(body)), "")]
    assert "lecturing them about curfews" in mined
    assert not any("brought" in text for text in mined)


def test_a_definition_framed_for_the_role_is_the_point() -> None:
    """English: "For a peer specialist, family means ..." defines the term as the role uses it; a
    figurative title ("Seats at the Table") names no concept, and the closing's first sentence is
    background."""
    body = (
        "Rita asks her peer specialist, Sol, to invite her friend Bea to the planning meeting. Her "
        "brother will not be there.\n\n"
        "## Who counts\n\n"
        "For a peer specialist, family means whoever the person says is family, whether or not "
        "they are related by blood or law.\n\n"
        "## Closing\n\n"
        "Many people in recovery have drifted from their relatives over the years. Ask the person "
        "who belongs in the plan.\n"
    )
    point = main_point(read_lesson(lesson_input(body, title="Seats at the Table")))
    assert point.text.startswith("Family means whoever the person says is family")


def test_it_in_a_coordinated_act_is_the_thing_the_act_before_names() -> None:
    """English: in "acknowledged the generosity behind the offer, declined it warmly" the "it"
    takes up "the offer", so the act is "Declining the offer warmly", an option that stands
    alone."""
    body = (
        "Mei, a peer specialist, has been meeting Omar for a year. Omar offers to fix her car for "
        "free. Another peer specialist, Rob, took a similar offer last spring.\n\n"
        "## Looking back\n\n"
        "Rob's choice blurred the relationship.\n\n"
        "Mei acknowledged the generosity behind the offer, declined it warmly and explained the "
        "reason in plain terms.\n"
    )
    acts = [act for _, act in model_helper_acts(read_lesson(lesson_input(body)).sentences)]
    assert "Declining the offer warmly" in acts


def test_a_modal_after_and_opens_no_act() -> None:
    """English: in "saw that a visit would blur the relationship, and might make it harder" the
    modal goes on with the clause before it ("might" is no past tense of an act, "Maying ...")."""
    pairs = _past_pairs(
        [("see", "that a visit would blur the relationship, and might make it harder")],
        present=True,
    )
    assert [verb for verb, _ in pairs] == ["see"]


def test_taking_a_good_away_is_a_verdict() -> None:
    """English: "takes that ability away" deprives the person of a good, a verdict on the peer
    who does it (so "Carrying the message" is no act the lesson endorses); "takes the pressure
    away" removes a burden, and judges nothing."""
    assert judges(
        "Peer support builds a person's ability to speak up, and a peer who always carries the "
        "message gradually takes that ability away."
    )
    assert judges("Deciding for them took away their choice.")
    assert not judges("A short walk takes the pressure away.")


_TRADE = (
    "A person Jo supports, who works as a baker, offers her free bread every week in return for "
    "her help.\n\n"
    "## What to do\n\n"
    "A peer specialist should thank the person and decline the trade, explaining that such an "
    "exchange would change the helping relationship.\n\n"
    "## Common mistakes\n\n"
    "- Accepting the trade as long as it seems fair\n"
    "- Accepting the trade and writing it down in the record\n"
    "- Taking the bread only on holidays\n"
)


def test_a_relative_who_in_the_scene_asks_for_no_person() -> None:
    """English: ", who works as a baker," is a relative clause about the person in the scene; the
    question, "What is the most appropriate response?", asks for an act, so the acts the lesson
    rules out are its wrong options (not only names of people)."""
    lesson = lesson_input(
        _TRADE,
        title="Bread for Help",
        key_question=(
            "A person you support, who works as a baker, offers you free bread in exchange for "
            "your help. What is the most appropriate response?"
        ),
        main_point="Thank the person and decline the trade, explaining why",
    )
    result = generate(lesson, bank=DistractorBank(entries=()))
    item = next(i for i in result.items if i.kind == "main_point")
    assert item.publishable, item.rubric_failures
    assert "Accept the trade and write it down in the record" in [c.text for c in item.choices]


def test_as_long_as_opens_a_clause_inside_the_gerund_phrase() -> None:
    """English: in "Accepting the trade as long as it seems fair" the verb "seems" is the
    clause's that "as long as" opens; the phrase, ruled out under "Common mistakes", is whole."""
    mined = [m.text for m in mine(read_lesson(lesson_input(_TRADE)), "")]
    assert "Accepting the trade as long as it seems fair" in mined


def test_under_a_title_naming_an_occasion_the_judged_response_is_the_point() -> None:
    """English: a "when" clause standing as a title names the situation the article answers for,
    so "the helpful response is to ..." is its point; under a title naming a topic, the principle
    stated first keeps its place."""
    body = (
        "Ana starts telling her peer specialist, Lee, about a car crash, faster and faster, and "
        "her hands begin to shake.\n\n"
        "## What matters\n\n"
        "The principle is that the person, not the peer specialist, decides how much to share. "
        "When someone begins to disclose and shows signs of distress, the helpful response is to "
        "check in gently and offer a pause.\n"
    )
    occasion = main_point(read_lesson(lesson_input(body, title="When the Story Speeds Up")))
    assert occasion.text == "To check in gently and offer a pause"
    topic = main_point(read_lesson(lesson_input(body, title="Pacing a Hard Story")))
    assert topic.text.startswith("The person, not the peer specialist, decides")


def test_a_time_clause_s_copula_agrees_in_the_present() -> None:
    """English agreement: set in the present, "while they were still small" is "while they are
    still small" (the base form "be" is no finite verb), and "until they had" is "until they
    have"; a verb of another kind takes its base form ("while they speak up")."""
    assert _present_clauses("Raising questions while they were still small") == (
        "Raising questions while they are still small"
    )
    assert _present_clauses("Waiting until they had time") == "Waiting until they have time"
    assert _present_clauses("Offering support while they spoke up") == (
        "Offering support while they speak up"
    )
