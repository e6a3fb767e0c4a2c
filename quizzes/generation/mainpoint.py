"""The lesson's main point: taken from the front matter, or inferred from the cues of explanatory writing.

Inference scores candidate phrases found by cue patterns (a rhetorical question answered by the
next sentence; "it's all about X"; "X: that's the core of their role"; "the most vital role is X";
"at the heart of ... is X"; "explore how X"), adding overlap with the title and summary, restatement
elsewhere in the lesson (the main point usually returns in the conclusion) and position. The best
candidate's confidence compares it with the best candidate that says something else.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

from .forms import Phrase, base_of_third_person, from_gerund, is_gerund
from .lesson import ReadLesson, Sentence
from .words import content_stems, jaccard, plain, recall, word_set

REVIEW_THRESHOLD = 0.55


@dataclass(frozen=True)
class MainPoint:
    """The idea a lesson's questions are keyed to, and how sure the generator is of it."""

    text: str
    confidence: float
    source_sentence_id: str
    flagged_for_review: bool
    from_front_matter: bool


@dataclass(frozen=True)
class Candidate:
    text: str
    sentence_id: str
    cue: str
    score: float


ShapeKind = Literal["verb", "gerund_subject", "noun", "helps", "statement"]


@dataclass(frozen=True)
class Shape:
    """How a main point can be asked about.

    - ``verb``: "ensuring peers feel heard" (what is the role? -> "Ensuring ...")
    - ``gerund_subject``: "sharing stories fosters hope" (how can a CPS foster hope? -> "By sharing ...")
    - ``noun``: "empathy and understanding are what establish trust" (what is essential to establish
      trust? -> "Empathy and understanding")
    - ``helps``: "empathy helps a CPS build relationships" (why is empathy crucial? -> "It helps build ...")
    - ``statement``: anything else; only asked about as a whole statement.
    """

    kind: ShapeKind
    answer: Phrase
    subject: str = ""
    predicate: str = ""
    predicate_as_written: str = ""


_PREDICATES = word_set(
    """
    fosters helps builds creates establishes is are makes allows gives inspires brings sparks ignites
    leads lets enables promotes encourages empowers grows nurtures strengthens matters keeps protects
    prevents reduces sustains instills instils opens deepens restores shows
    """
)
_SUBORDINATORS = frozenset({"that", "whether", "if", "how", "what", "why", "when", "where"})
_ROLE_OBJECT = (
    r"(?:a |the )?(?:certified peer specialists?|peer support specialists?|peer specialists?|"
    r"cpss?|specialists?|them|peer supporters?)"
)


def _lower_first(text: str) -> str:
    first = text.split(" ", 1)[0]
    if first.isupper() and len(first) > 1:
        return text
    return text[:1].lower() + text[1:]


def clean_phrase(text: str) -> str:
    """Trim a phrase found by a cue: leading fillers, trailing clauses and punctuation."""
    text = plain(text).strip()
    text = re.sub(r"^(?:that|about|is about|simply|really|just)\s+", "", text, flags=re.I)
    for stop in (";", "\u2014", " - ", "(", ":", ", but ", ", which ", ", while ", ", so "):
        cut = text.find(stop)
        if cut > 0 and len(text[:cut].split()) >= 2:
            text = text[:cut]
    if "," in text:
        head = text.split(",", 1)[0]
        if len(head.split()) >= 3:
            text = head
    text = text.strip(" .!?\"'")
    return _lower_first(text)


def shape_of(main_point: str) -> Shape:
    """Read the grammar of a main point so it can become a question's correct option."""
    text = clean_sentence(main_point)
    text = re.sub(r"^(?:it'?s |it is )?(?:all )?about\s+", "", text, flags=re.I)
    words = text.split()
    if not words:
        return Shape(kind="statement", answer=Phrase())
    if words[0].lower() == "to" and len(words) > 1:
        return Shape(kind="verb", answer=Phrase(verb=_lower_first(" ".join(words[1:]))))
    what = re.match(r"^(.+?) (?:is|are) what (.+)$", text, flags=re.I)
    if what:
        return Shape(
            kind="noun",
            answer=Phrase(noun=_lower_first(what.group(1))),
            predicate=_base_predicate(what.group(2)),
        )
    if is_gerund(words[0]):
        for position, word in enumerate(words[1:], start=1):
            if word.lower() in _PREDICATES and position >= 2:
                if {w.lower() for w in words[1:position]} & _SUBORDINATORS:
                    break
                subject = " ".join(words[:position])
                return Shape(
                    kind="gerund_subject",
                    answer=Phrase(verb=from_gerund(_lower_first(subject))),
                    subject=_lower_first(subject),
                    predicate=_base_predicate(" ".join(words[position:])),
                    predicate_as_written=" ".join(words[position:]),
                )
        return Shape(kind="verb", answer=Phrase(verb=from_gerund(_lower_first(text))))
    helps = re.match(
        rf"^(.+?) (?:helps|allows|enables|lets) (?:({_ROLE_OBJECT}) )?(?:to )?(.+)$",
        text,
        flags=re.I,
    )
    if helps and len(helps.group(1).split()) <= 4:
        return Shape(
            kind="helps",
            answer=Phrase(verb=_lower_first(helps.group(3))),
            subject=_lower_first(helps.group(1)),
        )
    if len(words) <= 4:
        return Shape(kind="noun", answer=Phrase(noun=_lower_first(text)))
    return Shape(kind="statement", answer=Phrase())


def _base_predicate(predicate: str) -> str:
    first, _, rest = predicate.partition(" ")
    return f"{base_of_third_person(first)} {rest}".strip()


def clean_sentence(text: str) -> str:
    return plain(text).strip().rstrip(".!").strip()


# --- inference ------------------------------------------------------------------------------------

Extractor = Callable[[re.Match[str], Sentence, ReadLesson], str | None]


def _group(match: re.Match[str], _sentence: Sentence, _read: ReadLesson) -> str | None:
    return clean_phrase(match.group("x"))


def _after_dash(match: re.Match[str], sentence: Sentence, read: ReadLesson) -> str | None:
    found = match.group("x")
    if "\u2014" in found:
        found = found.split("\u2014", 1)[1]
    return clean_phrase(found)


def _answered_question(match: re.Match[str], sentence: Sentence, read: ReadLesson) -> str | None:
    """A question the lesson asks, answered by the next sentence."""
    answer = read.following(sentence)
    if answer is None or answer.plain.rstrip().endswith("?"):
        return None
    text = clean_sentence(answer.plain)
    if re.match(r"^(?:let's|here's|think|imagine|picture|you|well,? let)", text, flags=re.I):
        return None
    if len(text.split()) > 22 or len(content_stems(text)) < 2:
        return None
    why = re.search(
        r"\bwhy (?:is|are) (?P<s>.+?) (?:so )?(?:crucial|important|essential|vital|key|necessary)",
        sentence.plain,
        flags=re.I,
    )
    if why and re.match(r"^(?:it|they)\s", text, flags=re.I):
        text = why.group("s") + " " + text.split(" ", 1)[1]
    all_about = re.match(r"^(?:it'?s|it is|that'?s) (?:all )?about (?P<x>.+)$", text, flags=re.I)
    if all_about:
        noun = clean_phrase(all_about.group("x"))
        purpose = _purpose_before(sentence, read)
        if purpose and not is_gerund(noun.split()[0]):
            verb = "are" if " and " in noun else "is"
            return f"{noun} {verb} what {purpose}"
        return noun
    return _lower_first(text)


_PURPOSE = re.compile(
    r"\bto (?P<v>[a-z]+(?: [a-z-]+){0,4}?)(?= (?:is|isn't|are|aren't|was|can|will)\b|[,;.])"
)


def _purpose_before(sentence: Sentence, read: ReadLesson) -> str:
    """For a vague question ("what's the secret sauce?"): the goal named just before it."""
    if len(content_stems(sentence.plain) - {"secret", "sauc", "key", "answer"}) > 1:
        return ""
    before = read.previous(sentence)
    if before is None:
        return ""
    match = _PURPOSE.search(before.plain)
    return match.group("v") if match else ""


def _previous_sentence(match: re.Match[str], sentence: Sentence, read: ReadLesson) -> str | None:
    """ "That's the crux of it all." points back to the sentence before."""
    before = read.previous(sentence)
    if before is None:
        return None
    question = read.previous(before)
    if question is not None and question.plain.rstrip().endswith("?"):
        answered = _answered_question(match, question, read)
        if answered:
            return answered
    return _lower_first(clean_sentence(before.plain))


_ROLE_WORDS = r"(?:role|responsibility|job|task|work|purpose|goal|aim|focus)"
_CUES: tuple[tuple[str, re.Pattern[str], float, Extractor], ...] = (
    (
        "question_answered",
        re.compile(r"^(?:so,?\s+)?(?:why|what|how)\b.*\?$", re.I),
        2.5,
        _answered_question,
    ),
    (
        "all_about",
        re.compile(r"(?<!not )(?<!n't )\b(?:it's|it is|is|are) all about (?P<x>[^.?!]+)", re.I),
        2.5,
        _group,
    ),
    (
        "core_of_role",
        re.compile(
            r"^(?P<x>[^:]{8,}):\s*that'?s the (?:core|heart|crux|essence|centre|center) of", re.I
        ),
        4.0,
        _group,
    ),
    (
        "points_back",
        re.compile(r"^that'?s the (?:crux|core|heart|essence) of it(?: all)?\.?$", re.I),
        3.5,
        _previous_sentence,
    ),
    (
        "most_vital",
        re.compile(
            rf"\bthe (?:most (?:vital|important|essential|crucial)|key|primary|main|central) "
            rf"{_ROLE_WORDS} (?:is|lies in) (?:about )?(?P<x>[^.?!]+)",
            re.I,
        ),
        3.0,
        _group,
    ),
    (
        "crux_lies_in",
        re.compile(
            rf"\bthe (?:crux|heart|core|essence) of (?:their|the|a|this) (?:\w+ )?{_ROLE_WORDS} "
            r"(?:lies in|is) (?P<x>[^.?!]+)",
            re.I,
        ),
        2.5,
        _group,
    ),
    (
        "heart_of_is",
        re.compile(r"\bat the heart of [^.?!]*? (?:is|lies) (?P<x>[^.?!]+)", re.I),
        1.5,
        _after_dash,
    ),
    (
        "is_at_heart",
        re.compile(r"^(?P<x>[^,]{3,60}?) (?:is|are) at the (?:heart|core) of", re.I),
        1.5,
        _group,
    ),
    ("explore", re.compile(r"\bexplore (?:how|why) (?P<x>[^.?!]+)", re.I), 2.0, _group),
    (
        "cornerstone",
        re.compile(
            r"^(?:you know what\?\s*)?(?P<x>[^,]{8,}?) (?:is|are) (?:a|the) cornerstone", re.I
        ),
        2.5,
        _group,
    ),
    (
        "vital_role_in",
        re.compile(r"\bplays? an? (?:vital|crucial|key|central) role in (?P<x>[^.?!]+)", re.I),
        1.0,
        _group,
    ),
    ("remember", re.compile(r"\bremember(?: this)?:\s*(?P<x>[^.?!]+)", re.I), 1.0, _group),
)


def candidates(read: ReadLesson) -> list[Candidate]:
    """Every cue match in the lesson, scored."""
    found: list[tuple[str, Sentence, str, float]] = []
    for sentence in read.sentences:
        text = sentence.plain.strip()
        for cue, pattern, weight, extract in _CUES:
            match = pattern.search(text)
            if not match:
                continue
            phrase = extract(match, sentence, read)
            if not phrase or len(content_stems(phrase)) < 1 or len(phrase.split()) > 22:
                continue
            phrase = re.sub(r"^(?:it'?s |it is )?(?:all )?about\s+", "", phrase, flags=re.I)
            source = sentence
            if cue == "question_answered":
                source = read.following(sentence) or sentence
            elif cue == "points_back":
                source = read.previous(sentence) or sentence
            found.append((phrase, source, cue, weight))

    title_and_summary = content_stems(read.lesson.title + " " + read.lesson.summary)
    scored: list[Candidate] = []
    for phrase, sentence, cue, weight in found:
        stems = content_stems(phrase)
        breadth = min(1.0, len(stems) / 3)
        overlap = len(stems & title_and_summary) / len(stems) if stems else 0.0
        restated = max(
            (recall(stems, other.plain) for other in read.sentences if other.id != sentence.id),
            default=0.0,
        )
        agreeing = sum(
            1
            for other_phrase, other_sentence, _, _ in found
            if other_sentence.id != sentence.id and jaccard(phrase, other_phrase) >= 0.5
        )
        position = {"summary": 0.4, "conclusion": 0.8, "body": 0.0}[sentence.role]
        score = (
            weight
            + 1.5 * overlap * breadth
            + 1.5 * restated * breadth
            + 0.6 * min(agreeing, 3)
            + position
            - (1.5 if len(stems) < 2 else 0.0)
        )
        scored.append(Candidate(text=phrase, sentence_id=sentence.id, cue=cue, score=score))
    scored.sort(key=lambda c: (-c.score, c.sentence_id, c.text))
    return scored


def infer(read: ReadLesson) -> MainPoint:
    """The best-supported candidate, with a confidence in 0..1; flagged below REVIEW_THRESHOLD."""
    ranked = candidates(read)
    if not ranked:
        first = read.sentences[0] if read.sentences else None
        return MainPoint(
            text=clean_sentence(first.text) if first else read.lesson.title,
            confidence=0.0,
            source_sentence_id=first.id if first else "",
            flagged_for_review=True,
            from_front_matter=False,
        )
    best = ranked[0]
    fuller = [
        c
        for c in ranked
        if c.score >= best.score - 1.5
        and recall(best.text, c.text) == 1.0
        and len(c.text.split()) <= 14
        and len(content_stems(c.text)) > len(content_stems(best.text))
    ]
    if fuller:
        best = max(fuller, key=lambda c: (len(content_stems(c.text)), c.score))
    rival = next((c for c in ranked[1:] if jaccard(c.text, best.text) < 0.4), None)
    rival_score = rival.score if rival else 0.0
    confidence = best.score / (best.score + rival_score) if best.score > 0 else 0.0
    confidence = round(min(1.0, confidence * min(1.0, best.score / 4.0) * 1.3), 3)
    text = best.text[:1].upper() + best.text[1:]
    return MainPoint(
        text=text,
        confidence=confidence,
        source_sentence_id=best.sentence_id,
        flagged_for_review=confidence < REVIEW_THRESHOLD,
        from_front_matter=False,
    )


def locate(read: ReadLesson, text: str) -> Sentence | None:
    """The sentence that best states `text` (ties go to the conclusion, then the body, then the
    earliest)."""
    best: tuple[float, int, int] | None = None
    chosen = None
    for order, sentence in enumerate(read.sentences):
        score = recall(text, sentence.plain)
        key = (score, {"conclusion": 2, "body": 1, "summary": 0}[sentence.role], -order)
        if best is None or key > best:
            best, chosen = key, sentence
    if best is None or best[0] < 0.5:
        return None
    return chosen


def main_point(read: ReadLesson) -> MainPoint:
    """The front matter's main point when there is one, else the inferred one."""
    given = read.lesson.main_point.strip()
    if not given:
        return infer(read)
    source = locate(read, given)
    return MainPoint(
        text=given,
        confidence=1.0,
        source_sentence_id=source.id if source else "",
        flagged_for_review=False,
        from_front_matter=True,
    )
