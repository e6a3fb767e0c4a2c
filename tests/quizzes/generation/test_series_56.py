"""Rules of 2026.12-56 (articles of our own).

- Mining: a passive predicate denied of the lesson's subject as a paragraph opens under a heading
  of contrast ("And it isn't limited to people with a diagnosis.", "It isn't judged by what the
  caller intended.") says what kind of thing the subject is not, as a category denied does. The
  verb after "what" and its subject is the free relative clause's own, no participle cut off.
- Options: such a participle phrase beside a key that is a simple noun phrase takes the key's head
  noun ("A line limited to people with a diagnosis" beside "A free, peer-run phone line"); beside
  any other key it would be the one predicate among things, so it is left out, except under a
  stem ending on a copula ("A warmline is:"), whose complement may take any form.
- Stems: what a party brings ("The person brings:" beside "The provider brings:") is brought to
  the activity the title names: "In shared decision-making, which of the following does the
  person bring?" (`test_generate.test_lists_led_by_a_doer_and_a_verb_ask_what_each_one_does`).
- Options: an act denied of a thing whose key names a means ("It doesn't score anybody's mood
  or risk." beside "A short written tool ...") is what it is not a way to do: "A way to score
  somebody's mood or risk"; an act listed under a heading of things to avoid is no denial of the
  thing and stays as it is.
- Options: the fault a stem presupposes is its occasion, no answer to it. Asked what to do "when
  they learn of a likely boundary violation by a coworker", an option from "Selling things to a
  person receiving services is a boundary violation" (or one doing what that subject does) is
  left out; so is one doing what the stem's scene tells someone did ("... has sold things to a
  man he supports").
- Mining: the act a rejected belief holds the best way ("the best way to prepare a new member
  is to email the ground rules ahead of time") is not ruled out when the paragraph grants its
  thing a place ("Ground rules have their place."): only its being the best way is. A passive
  gerund ("Being handed a rules sheet at the door") tells what is done to the person, no act of
  the role's to avoid.
- R9: an act and a bare definite noun after its preposition ("Arguing with the decision") points
  outside a stem that names only the role and what it should avoid, as "Forcing the formula"
  does; a known referent stands ("Talking with the supervisor").
- Keys: asked what best describes a thing, a definition's genus with its adjectives and nothing
  after the noun ("A brief, everyday lapse") says what kind of thing it is but not which; its
  relative clause, the definition's difference, stays ("A brief, everyday lapse that a person
  notices and stops quickly ..."), and a participle denied of the subject takes the genus's head
  beside such a key too ("A line limited to people with a diagnosis").
- Mining: a particle after a modal's base form ("before the work can go on") ends its phrase, as
  after an inflected verb ("until the person gives in").
"""

from __future__ import annotations

from quizzes.generation import QuestionDraft, read_lesson
from quizzes.generation.answers import answer_for
from quizzes.generation.distractors import mine
from quizzes.generation.forms import participial
from quizzes.generation.items import _acts_ruled_out
from quizzes.generation.rubric import pointing_problem

from .lessons import drafts_alone, lesson_input

_WARMLINE = (
    "A warmline is a free, peer-run phone line that people call to talk before things reach a "
    "crisis. The people who answer have lived experience of their own.\n\n"
    "## What a warmline is not\n\n"
    "A warmline isn't a suicide hotline or an emergency service. Those lines handle danger "
    "that is happening now.\n\n"
    "It isn't a therapy session by phone, either. Nobody on the line diagnoses or treats.\n\n"
    "And it isn't limited to people with a diagnosis. Anyone who wants to talk can call.\n\n"
    "## The short version\n\n"
    "A warmline is a free, peer-run phone line for talking things through early, before a "
    "crisis.\n"
)
_TITLE = "What Is a Warmline?"


def _items(body: str = _WARMLINE, title: str = _TITLE, **fields: str) -> list[QuestionDraft]:
    return drafts_alone(body, title=title, **fields)


def _main_item(body: str = _WARMLINE, title: str = _TITLE, **fields: str) -> QuestionDraft:
    """The lesson's main-point item, which must pass the rubric."""
    item = next(i for i in _items(body, title, **fields) if i.kind == "main_point")
    assert item.publishable, item.rubric_failures
    return item


def _options(item: QuestionDraft) -> list[str]:
    return [c.text for c in item.choices]


def _all_options(body: str = _WARMLINE, title: str = _TITLE, **fields: str) -> list[str]:
    """Every option of every draft of the lesson."""
    return [o for item in _items(body, title, **fields) for o in _options(item)]


def test_a_participle_phrase_is_told_from_other_phrases() -> None:
    assert participial("Limited to older adults")
    assert participial("judged by what the caller intended")
    assert participial("Cured in 28 days")
    # (a noun phrase with a participle inside, a gerund, a participle that is its base form too)
    assert not participial("A program run by doctors")
    assert not participial("Setting limits with a caller")
    assert not participial("set in stone")


def test_a_denied_participle_takes_the_keys_head_noun() -> None:
    """English: a participle phrase modifies the noun before it, so the denial "it isn't limited to
    ..." gives a thing of the key's kind; item writing: options of one form."""
    item = _main_item()
    assert "A line limited to people with a diagnosis" in _options(item)
    assert not any(o.startswith("Limited") for o in _options(item))


def test_a_completion_stem_takes_the_bare_participle() -> None:
    """A stem ending on its copula is completed by a predicative of any form, as real items do
    ("... Ethics are:" over "Determined by an individual")."""
    item = _main_item(
        key_question="A warmline is:",
        main_point="A warmline is a free, peer-run phone line for talking things through "
        "before a crisis.",
    )
    assert "Limited to people with a diagnosis" in _options(item)


def test_no_bare_participle_beside_a_key_without_a_simple_head() -> None:
    """A key whose last word is a preposition's object ("A service of peers on the phone") has no
    head to lend; the participle alone would be the one predicate among things."""
    options = _all_options(
        main_point="A warmline is a service of peers on the phone for talking things through "
        "before a crisis."
    )
    assert not any(o.lower().startswith("limited to") for o in options), options
    assert not any("line limited" in o or "phone limited" in o for o in options), options


def test_a_denial_by_its_agent_is_mined_whole() -> None:
    """English: in "what the caller intended" the verb is the free relative clause's own, so the
    phrase ends whole; the denied predicate is a category the section rules out."""
    body = _WARMLINE.replace(
        "And it isn't limited to people with a diagnosis.",
        "And it isn't judged by what the caller intended.",
    )
    mined = [m.text for m in mine(read_lesson(lesson_input(body, title=_TITLE)), "")]
    assert "judged by what the caller intended" in mined


def test_a_particle_after_a_modal_ends_a_phrase() -> None:
    """English: "go on" after "can" is a phrasal verb whose particle ends its clause, as after an
    inflected verb ("gives in"), so the phrase set aside by "rather than" is whole."""
    body = (
        "In a recovery group, a slip is treated as something to learn from rather than a "
        "failure that must be punished before the work can go on.\n"
    )
    mined = [m.text for m in mine(read_lesson(lesson_input(body, title="Slips")), "")]
    assert "a failure that must be punished before the work can go on" in mined, mined


_CHECK_IN = (
    "A check-in card is a short written tool that a person fills in before a group meets, so the "
    "facilitator knows who wants time to talk.\n\n"
    "## What a check-in card is not\n\n"
    "It is not a sign-in sheet for attendance. Nobody is counted or reported.\n\n"
    "It doesn't score anybody's mood or risk. The card asks what the person wants from the "
    "group, nothing more.\n\n"
    "It is not a treatment plan written by staff. The person writes it.\n"
)


def test_an_act_denied_of_a_means_is_what_it_is_not_a_way_to_do() -> None:
    """English: "a way to" with an infinitive names a means by its use, the form of a key whose
    head is a means ("tool"); item writing: options of one form."""
    item = _main_item(_CHECK_IN, "What Is a Check-In Card?")
    assert "A way to score somebody's mood or risk" in _options(item)


def test_an_act_listed_to_avoid_is_no_means() -> None:
    """Acts under "Practices to avoid" are done to the record, not denied of it: they are no
    uses a record is not a way to."""
    body = (
        "A progress note is a legal document that records each contact with the person.\n\n"
        "## Practices to avoid\n\n"
        "- Scribbling over an entry.\n- Removing pages from the chart.\n"
        "- Writing in pencil.\n"
    )
    options = _all_options(body, "What Is a Progress Note?")
    assert not any(o.startswith("A way to") for o in options), options


_REPORT = (
    "Tomas has worked at a drop-in center for a year. A man he supports mentions that another "
    "staff member, Lee, sold him a used phone last month and still has not handed it over.\n\n"
    "## Discussion\n\n"
    "Selling things to a person receiving services is a boundary violation that puts the "
    "worker's interests first.\n\n"
    "When a peer specialist learns of a likely boundary violation by a coworker, the expectation "
    "is to report it to a supervisor, following agency policy. Several tempting alternatives "
    "fall short.\n\n"
    "Keeping quiet out of friendship. Loyalty to a coworker does not stretch to protecting them "
    "at the expense of the people served.\n\n"
    "Warning the coworker privately and leaving it there. Nobody would know whether it happened "
    "again.\n"
)


def test_the_fault_a_stem_presupposes_is_no_option() -> None:
    """Item writing: every option answers the stem's question; the violation the stem names as
    its occasion, or the act its scene tells, is what happened, not a response to it."""
    point = (
        "When a peer specialist learns of a likely boundary violation by a coworker, the "
        "expectation is to report it to a supervisor."
    )
    for asked in (
        "What should a peer specialist do when they learn of a likely boundary violation by a "
        "coworker?",
        "A peer specialist learns that a coworker has sold things to a man he supports. What is "
        "the most appropriate action?",
    ):
        options = _all_options(
            _REPORT, "Loyalty and a Report", key_question=asked, main_point=point
        )
        assert not any("sell" in o.lower() for o in options), options


def test_a_granted_means_and_a_passive_are_no_acts_to_avoid() -> None:
    """English: a concession ("X have their place") keeps what it grants, so only the belief that
    the act is the best way is rejected; "being" and a participle make the person the patient."""
    body = (
        "A welcome call is a short phone call a peer specialist makes before someone's first "
        "group.\n\n"
        "## The email trap\n\n"
        "Some staff figure the best way to prepare a new member is to email the ground rules "
        "ahead of time. Ground rules have their place. But an email isn't a welcome.\n\n"
        "## Where it goes wrong\n\n"
        "- Being handed a rules sheet at the door.\n"
        "- Reading the rules aloud to the new member.\n"
        "- Skipping the call when the week is busy.\n"
    )
    read = read_lesson(lesson_input(body, title="The Welcome Call"))
    acts = [option.text for _, option in _acts_ruled_out(read, mine(read, ""))]
    assert acts == ["Reading the rules aloud to the new member", "Skipping the call"]


def test_a_bare_definite_object_of_a_preposition_points_outside() -> None:
    """English definiteness: "the decision" must be known to the reader; a stem asking only what
    the role should avoid has introduced no decision. The supervisor is the workplace's own."""
    bare = "Which of the following should a peer specialist avoid?"
    assert pointing_problem(["Arguing with the decision", "Offering choices"], bare)
    assert not pointing_problem(["Talking with the supervisor", "Offering choices"], bare)


def test_a_description_keeps_its_difference() -> None:
    """English: a restrictive relative clause says which of the genus is meant, so "Which best
    describes a slip?" is not answered by the genus and its adjectives alone."""
    key = answer_for(
        "Which of the following best describes a slip?",
        "A slip is a brief, everyday lapse that a person notices and stops quickly before it "
        "grows into a full return to use",
    )
    assert key.startswith("A brief, everyday lapse that a person notices and stops quickly")
    item = _main_item(
        main_point="A warmline is a free, peer-run phone line that people call to talk things "
        "through before a crisis.",
    )
    assert "A line limited to people with a diagnosis" in _options(item)
