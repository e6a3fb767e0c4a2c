"""The generator's data: every frozen dataclass the stages pass along (a leaf: imports nothing of ours).

Import order of the package, one way only (a test parses the imports and fails on a cycle):
``types`` and ``vocabulary`` <- ``words`` <- ``forms`` <- ``lesson`` <- ``mainpoint`` <- ``answers``;
``lesson`` <- ``distractors`` <- ``rubric`` <- ``authored``; ``answers`` and ``rubric`` <- ``concept``
<- ``examples``; ``explain``; all of them <- ``items``
(the assembler) <- ``__init__``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Literal

GENERATOR_VERSION = "2026.12-63"

Role = Literal["summary", "body", "conclusion"]
Kind = Literal[
    "main_point",
    "concept",
    "example",
    "sibling",
    "sequence",
    "list_member",
    "not_question",
    "scenario",
    "practice",
]
KINDS: tuple[Kind, ...] = (
    "main_point",
    "concept",
    "example",
    "sibling",
    "sequence",
    "list_member",
    "not_question",
    "scenario",
    "practice",
)
Klass = Literal["never", "not_primary", "misconception", "avoid"]
KLASSES: tuple[Klass, ...] = ("never", "not_primary", "misconception", "avoid")


@dataclass(frozen=True)
class LessonInput:
    """A lesson as the generator needs it. `main_point` and `key_question` may be empty."""

    slug: str
    title: str
    summary: str
    topic: str
    main_point: str
    key_question: str
    body: str


@dataclass(frozen=True)
class Sentence:
    """One sentence: `text` as written (for display), `plain` with straight quotes (for matching).

    `list_id` names the Markdown list the sentence is an item of ("" when it is not in a list:
    ``"<anchor>/list-<n>"``), `item` the item's position in that list (from 0) and `lead` the
    sentence that introduced the list (often ending in a colon), if any; `ordered` says the list is
    numbered ("1.", "2."), which English uses for steps taken in order.
    """

    id: str
    anchor: str
    index: int
    role: Role
    text: str
    plain: str
    paragraph: int
    heading: str
    list_id: str = ""
    item: int = -1
    first_in_item: bool = False
    lead: str = ""
    ordered: bool = False


@dataclass(frozen=True)
class ReadLesson:
    """A lesson split into sentences, in reading order (summary first)."""

    lesson: LessonInput
    sentences: tuple[Sentence, ...]

    @cached_property
    def _positions(self) -> dict[str, int]:
        """Each sentence's place in reading order, by its id (ids are unique in a lesson)."""
        return {sentence.id: at for at, sentence in enumerate(self.sentences)}

    def _position(self, sentence: Sentence) -> int:
        at = self._positions.get(sentence.id)
        if at is None or self.sentences[at] != sentence:
            return self.sentences.index(sentence)  # (a sentence not of this lesson: ValueError)
        return at

    def by_id(self, sentence_id: str) -> Sentence | None:
        at = self._positions.get(sentence_id)
        return self.sentences[at] if at is not None else None

    def previous(self, sentence: Sentence) -> Sentence | None:
        """The sentence before `sentence` in the same paragraph, if any."""
        position = self._position(sentence)
        if position == 0:
            return None
        before = self.sentences[position - 1]
        return before if before.paragraph == sentence.paragraph else None

    def following(self, sentence: Sentence) -> Sentence | None:
        """The sentence after `sentence` in the same paragraph, if any."""
        position = self._position(sentence)
        if position + 1 >= len(self.sentences):
            return None
        after = self.sentences[position + 1]
        return after if after.paragraph == sentence.paragraph else None

    def next_any(self, sentence: Sentence) -> Sentence | None:
        """The sentence after `sentence`, in any paragraph."""
        position = self._position(sentence)
        return self.sentences[position + 1] if position + 1 < len(self.sentences) else None

    def lists(self) -> dict[str, list[Sentence]]:
        """Each list's items (their first sentences), in order, by list id."""
        found: dict[str, list[Sentence]] = {}
        for sentence in self.sentences:
            if sentence.list_id and sentence.first_in_item:
                found.setdefault(sentence.list_id, []).append(sentence)
        return found


@dataclass(frozen=True)
class Phrase:
    """An option's content before it is put into a form: a verb phrase (base form), a noun phrase,
    or a whole clause (`clause`, used as written)."""

    verb: str = ""
    noun: str = ""
    clause: str = ""


@dataclass(frozen=True)
class MainPoint:
    """The idea a lesson's questions are keyed to, and how sure the generator is of it.

    `evidence` lists the cues that found it ("title question", "definition", "summary"...).
    """

    text: str
    confidence: float
    source_sentence_id: str
    flagged_for_review: bool
    from_front_matter: bool
    evidence: tuple[str, ...] = ()


class BankError(ValueError):
    """A malformed distractors file: the message names the file and the line."""


@dataclass(frozen=True)
class BankEntry:
    """One reviewed wrong idea, in the wordings a question may need (shortest first)."""

    id: str
    klass: Klass
    topics: tuple[str, ...]
    # The stems of each phrase that names the idea ("take over": both words, together).
    match: frozenset[frozenset[str]]
    verbs: tuple[str, ...]
    nouns: tuple[str, ...]
    rationale: str

    def fits(self, topic: str) -> bool:
        return "any" in self.topics or topic in self.topics


@dataclass(frozen=True)
class DistractorBank:
    entries: tuple[BankEntry, ...]


@dataclass(frozen=True)
class WrongOption:
    """A wrong idea with its wordings, provenance, class and reason."""

    variants: tuple[Phrase, ...]
    source: str
    klass: Klass
    rationale: str
    concept: str
    evidence: str


@dataclass(frozen=True)
class ChoiceDraft:
    """One option. `source` is a sentence id ("the-takeaway:0"), "bank:<id>" or "main_point";
    `klass` is None for a true option, else never / not_primary / misconception / avoid."""

    text: str
    is_correct: bool
    source: str
    klass: str | None
    rationale: str


@dataclass(frozen=True)
class QuestionDraft:
    """A generated question. Publishable only when `rubric_failures` is empty."""

    kind: Kind
    stem: str
    choices: tuple[ChoiceDraft, ...]
    explanation: str
    anchor: str
    source_sentence_id: str
    fingerprint: str
    rubric_failures: tuple[str, ...]
    negative: bool = False

    @property
    def publishable(self) -> bool:
        return not self.rubric_failures

    @property
    def correct_index(self) -> int:
        return next(i for i, c in enumerate(self.choices) if c.is_correct)


@dataclass(frozen=True)
class GenerationResult:
    """Everything `generate` found for one lesson.

    `items`: the drafts kept after selection, at most one per kind, in `KINDS` order.
    `rejected`: (rule id, number of candidate drafts that failed it), for every rule that failed.
    """

    slug: str
    generator_version: str
    main_point: MainPoint
    items: tuple[QuestionDraft, ...]
    rejected: tuple[tuple[str, int], ...]
    candidates_checked: int
