"""Wrong options: statements a lesson marks as not the answer, topped up from a reviewed bank.

Mining looks for negations ("a CPS doesn't prescribe medications"), contrasts ("rather than
clinical interventions", "it's not the primary focus", "only a small piece"), warnings ("avoid
focusing on shortcomings", "an authoritarian attitude") and misconceptions ("some might think it's
all about quick fixes"). "Not just X", "isn't only X" and the like mean "X and more", so nothing in
their scope ever becomes a wrong option.

This module also finds the lesson's true statements about what a peer specialist does, which
`not_question` items need as their right-but-not-the-answer options.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import yaml

from .forms import Phrase, base_of_third_person, from_gerund, is_gerund
from .lesson import ReadLesson, Sentence
from .words import STOPWORDS, content_stems, jaccard, plain, stem, tokens, word_set

Klass = Literal["never", "not_primary", "misconception", "avoid"]
KLASSES: tuple[Klass, ...] = ("never", "not_primary", "misconception", "avoid")

CLASS_RATIONALE: dict[str, str] = {
    "never": "This is outside a peer specialist's role.",
    "not_primary": "The lesson treats this as part of the work at most, not its heart.",
    "misconception": "The lesson names this as a common misconception about the role.",
    "avoid": "The lesson warns against this: it works against a person's recovery.",
}


class BankError(ValueError):
    """A malformed entry in the distractor bank."""


@dataclass(frozen=True)
class BankEntry:
    """One reviewed wrong idea, in the wordings a question may need (shortest first)."""

    id: str
    klass: Klass
    topics: tuple[str, ...]
    match: frozenset[str]
    verbs: tuple[str, ...]
    nouns: tuple[str, ...]
    rationale: str

    def fits(self, topic: str) -> bool:
        return "any" in self.topics or topic in self.topics

    def matches(self, text: str) -> bool:
        return bool(self.match & content_stems(text))


@dataclass(frozen=True)
class DistractorBank:
    entries: tuple[BankEntry, ...]

    def matching(self, text: str, prefer: str | None = None) -> BankEntry | None:
        """The entry naming the same idea as `text`, if any: most shared words, then the class
        `prefer`, then the first listed."""
        stems = content_stems(text)
        best: tuple[int, int, int] = (0, 0, 0)
        chosen = None
        for order, entry in enumerate(self.entries):
            overlap = len(entry.match & stems)
            key = (overlap, 1 if entry.klass == prefer else 0, -order)
            if overlap and key > best:
                best, chosen = key, entry
        return chosen


@dataclass(frozen=True)
class WrongOption:
    """A wrong idea with its wordings (as the lesson put it first), provenance, class and reason."""

    variants: tuple[Phrase, ...]
    source: str
    klass: Klass
    rationale: str
    concept: str
    evidence: str


@dataclass(frozen=True)
class TrueOption:
    """Something the lesson says a peer specialist does."""

    phrase: Phrase
    sentence: Sentence


def load_bank(path: str | Path) -> DistractorBank:
    """Read `content/distractors.yaml`; raise BankError naming the entry that is malformed."""
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    if not isinstance(raw, list):
        raise BankError(f"{path}: expected a list of entries")
    entries: list[BankEntry] = []
    seen: set[str] = set()
    for number, item in enumerate(raw, start=1):
        where = f"{path}: entry {number}"
        if not isinstance(item, dict):
            raise BankError(f"{where}: expected a mapping")
        entry_id = str(item.get("id") or "")
        klass = item.get("class")
        if not entry_id or entry_id in seen:
            raise BankError(f"{where}: missing or duplicate id {entry_id!r}")
        if klass not in KLASSES:
            raise BankError(f"{where} ({entry_id}): class must be one of {', '.join(KLASSES)}")
        topics = item.get("topics", "any")
        topic_list = ("any",) if topics == "any" else tuple(str(t) for t in topics)
        verbs = tuple(str(v) for v in item.get("verb") or ())
        nouns = tuple(str(n) for n in item.get("noun") or ())
        rationale = str(item.get("rationale") or "").strip()
        if not (verbs or nouns) or not rationale:
            raise BankError(f"{where} ({entry_id}): needs a verb or noun wording and a rationale")
        match = frozenset(stem(t) for word in item.get("match") or () for t in tokens(str(word)))
        seen.add(entry_id)
        entries.append(
            BankEntry(
                id=entry_id,
                klass=klass,
                topics=topic_list,
                match=match,
                verbs=verbs,
                nouns=nouns,
                rationale=rationale,
            )
        )
    return DistractorBank(entries=tuple(entries))


# --- cleaning mined phrases ------------------------------------------------------------------------

_AND_MORE = re.compile(
    r"(?:\bnot|n't)\s+(?:just|only|merely|simply|solely|all about)\b|\bmore than (?:just|merely)\b",
    re.I,
)
_ADVERBS = re.compile(
    r"\b(?:simply|merely|solely|only|just|always|never|constantly|really|even|typically|usually|"
    r"often|sometimes|more|truly|automatically)\s+",
    re.I,
)
_BAD_WORDS = frozenset(
    [
        "you",
        "your",
        "yours",
        "i",
        "me",
        "my",
        "we",
        "our",
        "us",
        "this",
        "these",
        "those",
        "it",
        "its",
        "he",
        "she",
        "his",
        "her",
        "him",
        "that's",
    ]
)
_STOP_AT = re.compile(
    r"\s*(?:[,;:.?!()\u2014\"]|\s-\s|\b(?:with no|without|because|while|when|which|who|so that|"
    r"like|but|even|instead)\b)",
    re.I,
)


def _trim(text: str) -> str:
    """Cut a mined phrase at the end of its clause and drop hedging adverbs."""
    text = plain(text).strip()
    cut = _STOP_AT.search(text)
    if cut and cut.start() > 0:
        text = text[: cut.start()]
    text = _ADVERBS.sub("", text + " ").strip()
    text = re.sub(r"\b(?:them|someone|somebody)\b", "people", text)
    return text.strip(" .,'\"")


def _usable(text: str) -> bool:
    if re.search(r"\b(?:not|no|never|none|nothing)\b|n't\b", text, re.I):
        return False
    words = text.lower().split()
    if not 1 <= len(words) <= 10:
        return False
    if any(w.strip(".,") in _BAD_WORDS for w in words):
        return False
    return bool(content_stems(text))


def _verb_parts(text: str, *, gerund: bool) -> list[str]:
    """ "prescribe medications or lead therapy sessions" -> both verb phrases, in base form."""
    parts = re.split(r"\s+(?:or|and|nor)\s+", text)
    if len(parts) > 1 and all(_looks_like_verb(p.split()[0], gerund=gerund) for p in parts if p):
        pieces = parts
    else:
        pieces = [text]
    out = []
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        out.append(from_gerund(piece) if gerund else piece)
    return out


def _looks_like_verb(word: str, *, gerund: bool) -> bool:
    lower = word.lower()
    if gerund:
        return is_gerund(lower)
    return lower not in STOPWORDS and not lower.endswith("ly") and lower.isalpha()


# --- mining --------------------------------------------------------------------------------------

_ROLE_SUBJECT = (
    r"(?:certified peer specialists?|peer support specialists?|peer specialists?|cpss?|"
    r"specialists?|peer supporters?|they)"
)

Kind = Literal["verb", "gerund", "noun"]
# (pattern name, regex with group x, what x is, class or None to take the bank's/default)
_PATTERNS: tuple[tuple[str, re.Pattern[str], Kind, Klass | None], ...] = (
    (
        "negated_role_verb",
        re.compile(
            rf"\b{_ROLE_SUBJECT}\s+(?:doesn't|does not|don't|do not|shouldn't|should not|"
            r"never)\s+(?P<x>[a-z][^.;:?!\u2014]*)",
            re.I,
        ),
        "verb",
        "never",
    ),
    (
        "other_professionals",
        re.compile(
            r"\bother (?:healthcare |health care |mental health )?(?:professionals|providers|"
            r"clinicians)[^.]*?(?:like|such as) (?P<x>[a-z]+ing [^.;:)\u2014]+)",
            re.I,
        ),
        "gerund",
        "never",
    ),
    (
        "realm_of_clinicians",
        re.compile(
            r"(?:^|[,;]\s)(?P<x>[A-Za-z]+ing [^,.;]+?) (?:is|are) (?:typically |usually )?the "
            r"(?:realm|job|domain|work|role) of (?:licensed|trained|other|clinical)",
            re.I,
        ),
        "gerund",
        "never",
    ),
    (
        "avoid",
        re.compile(r"\bavoid(?:s|ing)? (?P<x>[a-z]+ing [^.;:?!\u2014]+)", re.I),
        "gerund",
        "avoid",
    ),
    (
        "steer_clear",
        re.compile(r"\b(?:steer|stay|keep) clear of (?P<x>[^.;:?!\u2014]+)", re.I),
        "noun",
        "avoid",
    ),
    (
        "approach_with",
        re.compile(r"\bif you approach (?:them|people|clients|someone) with (?P<x>[^,.;]+)", re.I),
        "noun",
        "avoid",
    ),
    (
        "not_primary_focus",
        re.compile(
            r"(?P<x>\b[a-z]+ing\b[^,.;\u2014]*?) (?:is|may|can|might) [^.]*?but (?:it'?s not|"
            r"it is not|it isn't|that'?s not|that isn't) the (?:primary|main|central) "
            r"(?:focus|goal|point)",
            re.I,
        ),
        "gerund",
        "not_primary",
    ),
    (
        "small_piece",
        re.compile(
            r"\b(?:includes?|involves?|means?) (?P<x>[a-z]+ing [^,.;]+), but[^.]*?\bonly a "
            r"small (?:piece|part)",
            re.I,
        ),
        "gerund",
        "not_primary",
    ),
    (
        "rather_than",
        re.compile(
            r"\b(?P<gov>focus(?:es|ing)?|center(?:s|ing)?|centre(?:s|ing)?|rel(?:y|ies|ying)|"
            r"work(?:s|ing)?|build(?:s|ing)?) (?:more |mainly |mostly )?(?P<prep>on|about|with|in) "
            r"[^,.;]+? "
            r"rather than (?P<x>[^,.;\u2014]+)",
            re.I,
        ),
        "noun",
        None,
    ),
    (
        "goal_is_not",
        re.compile(r"\bthe (?:goal|aim|point) (?:isn't|is not) to (?P<x>[^,.;]+)", re.I),
        "verb",
        "avoid",
    ),
    (
        "not_built_on",
        re.compile(r"\b(?:isn't|is not|aren't|are not) built on (?P<x>[^.;\u2014]+)", re.I),
        "noun",
        "not_primary",
    ),
    (
        "having_is_great_but",
        re.compile(
            r"\bhaving (?P<x>[^,]+?) is (?:great|good|helpful|important|useful|fine)[^.]*?,\s*but",
            re.I,
        ),
        "noun",
        "not_primary",
    ),
    (
        "simply_focusing",
        re.compile(
            r"\b(?:simply|merely|solely) (?P<x>[a-z]+ing [^,.;']+?) (?:can|could|may|might|will|"
            r"misses|miss)\b",
            re.I,
        ),
        "gerund",
        None,
    ),
    (
        "wouldnt_want",
        re.compile(
            r"\bwouldn't want (?:someone|a \w+|anyone) to (?:simply |just )?(?P<x>[^,.;?]+)", re.I
        ),
        "verb",
        "avoid",
    ),
    (
        "some_might_think",
        re.compile(
            r"\bsome (?:might|may|would|people) (?:think|believe|assume|say) (?:that )?"
            r"(?:it'?s (?:all )?about |the (?:role|job) is (?:all )?about )?(?P<x>[^,.;\u2014]+)",
            re.I,
        ),
        "gerund",
        "misconception",
    ),
    (
        "misconception_that",
        re.compile(
            r"\b(?:misconception|myth) (?:is )?that (?:it'?s about |peer specialists? )?"
            r"(?P<x>[^,.;\u2014]+)",
            re.I,
        ),
        "gerund",
        "misconception",
    ),
)


def _default_class(text: str, bank_entry: BankEntry | None) -> Klass:
    return bank_entry.klass if bank_entry else "not_primary"


def mine(read: ReadLesson, bank: DistractorBank) -> list[WrongOption]:
    """The wrong options the lesson itself names, in reading order (an idea named in several
    sentences appears once per sentence; `concept` tells them apart from different ideas)."""
    found: list[WrongOption] = []
    for sentence in read.sentences:
        text = sentence.plain
        for name, pattern, kind, klass in _PATTERNS:
            for match in pattern.finditer(text):
                if _AND_MORE.search(text[max(0, match.start("x") - 30) : match.start("x")]):
                    continue
                if (
                    name == "negated_role_verb"
                    and match.group(0).lower().startswith("they")
                    and not _they_is_role(read, sentence, match.start())
                ):
                    continue
                raw = match.group("x")
                if re.match(r"^(?:just|only|merely)\b", raw.strip(), re.I):
                    continue
                for phrase in _phrases(name, match, kind):
                    entry = bank.matching(phrase.verb or phrase.noun, prefer=klass)
                    chosen_class = klass or _default_class(phrase.verb or phrase.noun, entry)
                    if entry and entry.klass in ("never", "avoid") and klass != "not_primary":
                        chosen_class = entry.klass
                    concept = entry.id if entry else (phrase.verb or phrase.noun)
                    if any(w.concept == concept and w.source == sentence.id for w in found):
                        continue
                    variants = [phrase]
                    if entry and entry.klass == chosen_class:
                        if phrase.verb:
                            variants += [Phrase(verb=v) for v in entry.verbs]
                        if phrase.noun:
                            variants += [Phrase(noun=n) for n in entry.nouns]
                    rationale = (
                        entry.rationale
                        if entry and entry.klass == chosen_class
                        else CLASS_RATIONALE[chosen_class]
                    )
                    found.append(
                        WrongOption(
                            variants=_unique(variants),
                            source=sentence.id,
                            klass=chosen_class,
                            rationale=rationale,
                            concept=concept,
                            evidence=sentence.text,
                        )
                    )
    return found


def _phrases(name: str, match: re.Match[str], kind: Kind) -> list[Phrase]:
    text = _trim(match.group("x"))
    if not text:
        return []
    if name == "rather_than":
        verb = match.group("gov").lower()
        verb = from_gerund(verb) if is_gerund(verb) else base_of_third_person(verb)
        governor = f"{verb} {match.group('prep').lower()}"
        if is_gerund(text.split()[0]):
            return [Phrase(verb=from_gerund(text))] if _usable(text) else []
        if not _usable(text):
            return []
        return [Phrase(verb=f"{governor} {text}", noun=text)]
    if kind == "noun":
        nouns = [n.strip() for n in re.split(r"\s+or\s+", text) if n.strip()]
        if name == "approach_with":
            return [Phrase(verb=f"approach people with {text}", noun=text)] if _usable(text) else []
        return [Phrase(noun=_lower(n)) for n in nouns if _usable(n)]
    if kind == "gerund" and not is_gerund(text.split()[0]):
        return []
    verbs = _verb_parts(text, gerund=kind == "gerund")
    return [Phrase(verb=_lower(v)) for v in verbs if _usable(v)]


def _lower(text: str) -> str:
    first = text.split(" ", 1)[0]
    return text if first.isupper() and len(first) > 1 else text[:1].lower() + text[1:]


def _unique(variants: list[Phrase]) -> tuple[Phrase, ...]:
    seen: list[Phrase] = []
    for variant in variants:
        if variant not in seen:
            seen.append(variant)
    return tuple(seen)


def from_bank(
    bank: DistractorBank, topic: str, *, exclude: set[str], classes: tuple[Klass, ...]
) -> list[WrongOption]:
    """Bank entries for the topic, in file order, skipping ideas already represented."""
    return [
        WrongOption(
            variants=tuple(Phrase(verb=v) for v in entry.verbs)
            + tuple(Phrase(noun=n) for n in entry.nouns),
            source=f"bank:{entry.id}",
            klass=entry.klass,
            rationale=entry.rationale,
            concept=entry.id,
            evidence="",
        )
        for entry in bank.entries
        if entry.fits(topic) and entry.id not in exclude and entry.klass in classes
    ]


# --- true statements -----------------------------------------------------------------------------

_DOER = re.compile(
    r"(?:^|[,;]\s+(?:and\s+)?|\bwhen\s+|\binstead,\s+)(?:so,?\s+)?(?:a |the |these |many )?"
    r"(?P<subj>certified peer specialists?|peer support specialists?|peer specialists?|cpss?|they)"
    r"(?: who (?P<who>[a-z]+s? [^,]+?(?= (?:helps|creates|builds|offers|provides|supports|"
    r"shares|encourages|fosters|validates|models|respects|guides|makes|gives|brings|shows)\b)))?"
    r"\s+(?:can |also |often |will |should )*(?P<v>[a-z]+) ",
    re.I,
)
_NOT_DOING = word_set(
    """
    is are was were be been have has had can may might must do does did feel feels seem seems get
    play plays
    gets become becomes come comes avoid avoids steer steers abound abounds wear practice practices
    know knows need needs find finds say says think thinks believe believes wonder don't doesn't
    isn't aren't not never
    """
)
_VERB_END = re.compile(
    r"\s*(?:[,;:.?!()\u2014\"]|\s-\s|\b(?:because|while|which|who|so that|but|even|when|as|"
    r"whether|than)\b)",
    re.I,
)


def true_statements(read: ReadLesson) -> list[TrueOption]:
    """What the lesson says a peer specialist does ("they help clients identify strengths")."""
    found: list[TrueOption] = []
    for sentence in read.sentences:
        if "?" in sentence.plain:
            continue
        text = sentence.plain
        if re.search(r"\b(?:not|never|avoid|instead of|rather than)\b|n't\b", text, re.I):
            continue
        for match in _DOER.finditer(text):
            subject = match.group("subj").lower()
            if subject == "they" and not _they_is_role(read, sentence, match.start("subj")):
                continue
            plural = subject in ("they", "cpss") or subject.endswith("s")
            pieces = []
            if match.group("who"):
                pieces.append((match.group("who"), False))
            pieces.append((match.group("v") + " " + text[match.end() :], plural))
            for raw, is_plural in pieces:
                phrase = _true_phrase(raw, plural=is_plural)
                if phrase:
                    found.append(TrueOption(phrase=Phrase(verb=phrase), sentence=sentence))
    unique: list[TrueOption] = []
    for option in found:
        if all(jaccard(option.phrase.verb, kept.phrase.verb) < 0.3 for kept in unique):
            unique.append(option)
    return unique


def _they_is_role(read: ReadLesson, sentence: Sentence, position: int) -> bool:
    """Whether "they" at `position` most likely refers to the peer specialists."""
    before = sentence.plain[:position]
    found = _ROLE.search(before)
    if found:
        return not _OTHERS.search(before[found.end() :])
    earlier = read.previous(sentence)
    for _ in range(3):
        if earlier is None:
            return False
        opening = _OPENING.sub("", earlier.plain)
        if _ROLE.match(opening):
            return True
        if _OTHERS.match(opening):
            return False
        earlier = read.previous(earlier)
    return False


_ROLE = re.compile(
    r"\b(?:certified peer specialists?|peer specialists?|peer support specialists?|cpss?|"
    r"specialists)\b",
    re.I,
)
_OTHERS = re.compile(r"\b(?:clients?|individuals?|people|persons?|peers)\b", re.I)
_OPENING = re.compile(r"^(?:so,?\s+|instead,\s+|when\s+)?(?:a|the|these|many)?\s*", re.I)


def _true_phrase(raw: str, *, plural: bool) -> str:
    text = plain(raw).strip()
    listed = re.match(r"^([^,.;:?!\u2014]+(?:, [^,.;:?!\u2014]+)+,? and [^,.;:?!\u2014]+)", text)
    if (
        listed
        and listed.group(1).count(",") >= 2
        and all(
            len(item.split()) <= 4 and not is_gerund(item.split()[0])
            for item in re.split(r",? and |, ", listed.group(1))[1:]
            if item.split()
        )
    ):
        text = listed.group(1)
    else:
        cut = _VERB_END.search(text)
        if cut and cut.start() > 0:
            text = text[: cut.start()]
    text = _ADVERBS.sub("", text + " ").strip(" .,")
    # "help them set goals": right after the verb, "them" is the people being supported.
    text = re.sub(r"^(\S+) them\b", r"\1 people", text)
    words = text.split()
    if len(words) < 3 or len(words) > 12:
        return ""
    verb = words[0].lower()
    if verb in _NOT_DOING or verb in STOPWORDS or verb.endswith(("ly", "ing", "ed")):
        return ""
    if not plural:
        if not verb.endswith("s"):
            return ""
        verb = base_of_third_person(verb)
    elif verb.endswith("s") and not verb.endswith("ss"):
        return ""
    if any(w.lower().strip(".,'") in _BAD_WORDS | {"them"} for w in words[1:]):
        return ""
    if words[1].lower() in ("that", "what"):
        return ""
    return " ".join([verb, *words[1:]])
