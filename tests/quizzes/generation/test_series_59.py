"""Rules of 2026.12-59 (sentences of our own).

- Forms: an adverb before the verb ("gently check in", a split infinitive's "to gently check in")
  stays before the gerund ("gently checking in"); it has no gerund of its own.
- Keys: a role set off at the end of a key (", as full members", ", as equals") is an adjunct; the
  claim is whole before it, a shorter wording ("as well as", "as long as" join, and stay). A
  relative clause opening on a quantifier ("..., many of whom ...") is cut before the quantifier,
  which belongs to it.
- List items: a stem naming a set in words that do not tie it to the lesson ("something agencies
  commonly require") opens on the scene the title sets ("When lending equipment to members,
  which ..."); a stem sharing a word with the title is tied already, and a title that may be a
  compound noun ("Housing Searches") sets no scene.
- Sibling items: a list whose heading names no kind of member ("Meet the five") holds the kind
  the sentence leading into it names ("It has four sections, in order:") or the title counts when
  it counts as many ("The Five Pillars of ...": "Which pillar is described as ...?"); techniques,
  strategies and reasons are kinds too. A list of run-in labels ("Money. A tight budget ...") has
  its lead sentence before its first label; a description opening on "A" reads "a" mid-sentence. A
  member illustrated by a quotation is asked by its kind too ("Which stage does the question ...
  illustrate?"), and barriers are a kind.
- Stems: a name the title glosses with its acronym ("Whole Health Action Management (WHAM)",
  little words aside) keeps its capitals in a stem's scene; other title words go to lower case.
- One lesson, one key per idea: an act keyed as an instruction in one item ("Go with their gut")
  and as a gerund in another ("Going with their gut") is one key, however few its content words.
"""

from __future__ import annotations

import pytest

from quizzes.generation import DistractorBank, QuestionDraft, generate
from quizzes.generation.answers import shorter
from quizzes.generation.forms import to_gerund
from quizzes.generation.items import _one_key, _title_words
from tests.quizzes.generation.lessons import lesson_input


def _published(body: str, title: str, *kinds: str) -> list[QuestionDraft]:
    """The published items of `kinds` of a lesson made of `body` under `title`, generated with an
    empty bank (every option the lesson's own)."""
    lesson = lesson_input(body, title=title)
    return [
        i
        for i in generate(lesson, bank=DistractorBank(())).items
        if i.kind in kinds and i.publishable
    ]


@pytest.mark.parametrize(
    ("act", "gerund"),
    [
        (
            "gently ask what they need, name the options, and offer a break",
            "gently asking what they need, naming the options, and offering a break",
        ),
        ("calmly repeat the agreement", "calmly repeating the agreement"),
        ("never promise secrecy", "never promising secrecy"),
        ("first ask permission", "first asking permission"),
        # (a word that is an adverb and a verb too is the verb, as before)
        ("supply the forms", "supplying the forms"),
        ("even the odds", "evening the odds"),
    ],
)
def test_an_adverb_before_the_verb_stays_before_its_gerund(act: str, gerund: str) -> None:
    assert to_gerund(act) == gerund


@pytest.mark.parametrize(
    ("key", "cut"),
    [
        (
            "The degree to which volunteers are welcomed, trusted and heard across the whole "
            "organization, as full partners",
            "The degree to which volunteers are welcomed, trusted and heard across the whole "
            "organization",
        ),
        ("A group where members share their stories, plans and hopes, as equals", None),
    ],
)
def test_a_role_set_off_at_the_end_is_cut(key: str, cut: str | None) -> None:
    assert (cut or key.rpartition(",")[0]) in shorter(key)


@pytest.mark.parametrize(
    ("tail", "cut"),
    [(", as equals", True), (", as well as friends", False), (", as long as possible", False)],
)
def test_as_well_as_and_as_long_as_are_no_role(tail: str, cut: bool) -> None:
    claim = "Over time, members who attend the group each week"
    assert (claim in shorter(claim + tail)) is cut


_LENDING = (
    "Some peer programs lend laptops, phones and bus passes to the people they serve. Lending "
    "equipment helps people reach appointments, job interviews and support groups.\n\n"
    "## What agencies commonly require\n\n"
    "- A signed loan agreement\n"
    "- A record of the item's serial number\n"
    "- A return date agreed in advance\n"
    "- A named staff member who checks items back in\n\n"
    "## Common misunderstandings\n\n"
    "Lending equipment is not a gift. It is not a reward for attendance, either. It is not "
    "a way to track where people go.\n"
)


@pytest.mark.parametrize(
    ("title", "opening"),
    [
        ("Section 4.2: Lending Equipment to Members", "When lending equipment to members, which"),
        # (the title names no scene; a title sharing the stem's words ties it already)
        ("Notes", "Which"),
        ("Section 4.2: Meeting Agency Requirements", "Which"),
        # ("When housing searches": an -ing word that is a noun too may head a compound)
        ("Section 4.2: Housing Searches", "Which"),
    ],
)
def test_a_list_stem_opens_on_the_title_s_scene_when_nothing_ties_it(
    title: str, opening: str
) -> None:
    stems = [i.stem for i in _published(_LENDING, title, "list_member", "not_question")]
    assert stems
    assert all(s.startswith(f"{opening} of the following is") for s in stems), stems
    assert all("something agencies commonly require?" in s for s in stems)


_PILLARS = (
    "Good group facilitation rests on a handful of habits that anyone can learn.\n\n"
    "## Meet the {count}\n\n"
    "- Welcome: greeting each member by name as they arrive\n"
    "- Rhythm: opening and closing every meeting the same way\n"
    "- Balance: making room for quiet members as well as talkative ones\n"
    "- Follow-through: doing what the group agreed at the last meeting\n"
    "- Repair: naming a rupture and talking it through together\n"
)


@pytest.mark.parametrize(
    ("count", "title", "opening"),
    [
        ("five", "The Five Pillars of Group Facilitation", "Which pillar is described as"),
        # (a title counting another number of pillars counts another set; one counting none
        # names no kind)
        (
            "five",
            "The Four Pillars of Group Facilitation",
            "Which of the following is described as",
        ),
        ("five", "Group Facilitation", "Which of the following is described as"),
    ],
)
def test_a_sibling_stem_names_the_kind_the_title_counts(
    count: str, title: str, opening: str
) -> None:
    stems = [i.stem for i in _published(_PILLARS.format(count=count), title, "sibling")]
    assert stems
    assert all(s.startswith(opening) for s in stems), stems


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        ("Go with their gut", "Going with their gut", True),
        ("Doing the right thing", "Do the right thing", True),
        # (other acts, or another object, are other keys)
        ("Go with their gut", "Going with the group", False),
        ("Asking first", "Asking twice", False),
    ],
)
def test_an_act_as_instruction_and_as_gerund_is_one_key(a: str, b: str, one: bool) -> None:
    assert _one_key(a, b) is one


_STAGES = (
    "People move through change at their own pace, and a peer specialist meets them where they "
    "are.\n\n"
    "In precontemplation, a person is not yet thinking about changing the behavior at all.\n\n"
    "In contemplation, a person weighs the reasons to change against the reasons to stay the "
    "same.\n\n"
    "In preparation, a person has decided to change and is making a concrete plan to start "
    "soon.\n\n"
    "In action, a person is changing the behavior and working hard to keep it going.\n"
)


def test_a_sibling_stem_over_a_named_set_names_its_kind() -> None:
    stems = [i.stem for i in _published(_STAGES, "Meeting People Where They Are", "sibling")]
    assert len(stems) == 4
    assert all(s.startswith("Which stage means that a person ") for s in stems), stems


_CARD = (
    "A crisis card is short enough to carry in a wallet. It has four {kind}, in the order a "
    "person fills them in:\n\n"
    "- Signals: the moods, places or thoughts that come before a hard night for this person\n"
    "- Calming moves: things the person can do alone to settle, such as a shower or a song\n"
    "- Safe people: names and numbers of people the person is willing to call\n"
    "- Services: the local warmline, the crisis line and the nearest urgent care\n"
)


@pytest.mark.parametrize(
    ("kind", "opening"),
    [
        ("sections", "Which section is described as"),
        ("techniques", "Which technique is described as"),
        ("headings to fill", "Which of the following is described as"),
    ],
)
def test_a_sibling_stem_names_the_kind_its_lead_sentence_names(kind: str, opening: str) -> None:
    stems = [i.stem for i in _published(_CARD.format(kind=kind), "Notes", "sibling")]
    assert stems
    assert all(s.startswith(opening) for s in stems), stems


@pytest.mark.parametrize(
    ("key", "cut"),
    [
        (
            "A peer-run program for adults with mental health conditions, many of whom also "
            "live with chronic pain",
            "A peer-run program for adults with mental health conditions",
        ),
        (
            "Community groups for families of people in recovery, some of which meet online",
            "Community groups for families of people in recovery",
        ),
    ],
)
def test_a_partitive_relative_clause_is_cut_with_its_quantifier(key: str, cut: str) -> None:
    assert cut in shorter(key)
    assert not any(w.endswith((", many", ", some")) for w in shorter(key))


_BREAKFAST = (
    "Some people skip breakfast for reasons that have nothing to do with willpower. Here are a "
    "few of the reasons a person might not eat in the morning:\n\n"
    "- Shift work. Many night workers are asleep when others eat breakfast.\n"
    "- Medication. Some prescriptions dull the appetite for hours after waking.\n"
    "- Money. A tight budget often gets stretched by dropping one meal.\n"
    "- Habit. Plenty of people simply never learned to eat early.\n"
)


def test_run_in_labels_take_their_kind_from_the_lead_sentence() -> None:
    stems = {
        next(c.text for c in i.choices if c.is_correct): i.stem
        for i in _published(_BREAKFAST, "Notes", "sibling")
    }
    assert all(s.startswith("Which reason ") for s in stems.values()), stems
    assert stems["Money"] == (
        "Which reason means that a tight budget often gets stretched by dropping one meal?"
    )


_STAGE_QUESTIONS = (
    "A peer meeting moves through stages, and each has a question at its heart. The four "
    "stages:\n\n"
    '- Arriving: "How are you doing today?"\n'
    '- Choosing: "What would you like to talk about?"\n'
    '- Exploring: "What has helped before?"\n'
    '- Closing: "What will you take with you?"\n'
)


def test_a_member_illustrated_by_a_question_is_asked_by_its_kind() -> None:
    stems = [i.stem for i in _published(_STAGE_QUESTIONS, "Notes", "sibling")]
    assert "Which stage does the question \u201cWhat has helped before?\u201d illustrate?" in stems
    assert all(s.startswith("Which stage does the question") for s in stems), stems


@pytest.mark.parametrize(
    ("title", "words"),
    [
        (
            "Chapter 9: Whole Health Action Management (WHAM)",
            "Whole Health Action Management (WHAM)",
        ),
        (
            "Individual Placement and Support (IPS) in Practice",
            "Individual Placement and Support (IPS) in practice",
        ),
        # (capitals that are not the words' initials gloss no name)
        ("Unit 2: Group Rules for Everyone (XYZ)", "group rules for everyone (XYZ)"),
        (
            "Section 6.4: Transporting People in a Personal Vehicle",
            "transporting people in a personal vehicle",
        ),
    ],
)
def test_a_name_glossed_by_its_acronym_keeps_its_capitals(title: str, words: str) -> None:
    assert _title_words(title) == words
