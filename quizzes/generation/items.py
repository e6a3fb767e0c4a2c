"""Question builders: overgenerate drafts of each kind, check them with the rubric, keep the best.

Kinds:

- ``main_point``: asks the lesson's key question; the correct option is the main point.
- ``best_statement``: "Which statement best reflects...?"; the correct option is something the
  lesson says a peer specialist does; the others are ideas the lesson rules out.
- ``cloze``: a sentence of the lesson with the main point blanked, with context before it.
- ``not_question``: "Which ... is NOT ...?"; the answer is something outside the role or to avoid,
  the others are true statements from the lesson.
"""

from __future__ import annotations

import hashlib
import itertools
import random
import re
import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from .distractors import (
    DistractorBank,
    Klass,
    TrueOption,
    WrongOption,
    from_bank,
    mine,
    true_statements,
)
from .explain import explanation
from .forms import Form, Phrase, capitalise, render, to_gerund
from .lesson import BODY_ANCHOR, LessonInput, ReadLesson, Sentence, read_lesson
from .mainpoint import MainPoint, Shape, locate, main_point, shape_of
from .rubric import BLANK, GENERIC_STEMS, asserted_true, check
from .words import content_stems, jaccard, plain, recall
from .words import stem as stem_of

GENERATOR_VERSION = "2026.11-3"

Kind = Literal["main_point", "best_statement", "cloze", "not_question"]
KINDS: tuple[Kind, ...] = ("main_point", "best_statement", "cloze", "not_question")
ROLE = "a Certified Peer Specialist"


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


def fingerprint(kind: str, stem: str, choices: Sequence[ChoiceDraft]) -> str:
    """sha256 of kind, normalised stem, sorted option texts and the correct text (no version)."""

    def norm(text: str) -> str:
        return " ".join(plain(text).lower().split())

    correct = next((c.text for c in choices if c.is_correct), "")
    parts = [kind, norm(stem), *sorted(norm(c.text) for c in choices), "correct:" + norm(correct)]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def seeded_rng(slug: str) -> random.Random:
    digest = hashlib.sha256(f"{slug}\x1f{GENERATOR_VERSION}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


# --- building blocks -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Option:
    text: str
    source: str
    klass: str | None
    rationale: str
    concept: str


@dataclass(frozen=True)
class _Plan:
    kind: Kind
    stem: str
    correct: _Option
    wrong: tuple[_Option, ...]
    evidence: str
    anchor: str
    source_sentence_id: str


def _render(phrase: Phrase, form: Form, *, lower: bool) -> str:
    text = render(phrase, form)
    if lower and form in ("ing", "base", "noun"):
        first = text.split(" ", 1)[0]
        if not (first.isupper() and len(first) > 1):
            text = text[:1].lower() + text[1:]
    return text


def _wrong_candidates(
    wrong: WrongOption, form: Form, *, lower: bool, target: int
) -> _Option | None:
    """The wording of `wrong` in `form` whose length is closest to `target`."""
    texts = [_render(v, form, lower=lower) for v in wrong.variants if v.can_render(form)]
    if not texts:
        return None
    # The lesson's own wording comes first; keep it unless its length would stand out.
    if 0.6 * target <= len(texts[0]) <= 1.5 * target:
        text = texts[0]
    else:
        text = min(texts, key=lambda t: (abs(len(t) - target), len(t)))
    return _Option(
        text=text,
        source=wrong.source,
        klass=wrong.klass,
        rationale=wrong.rationale,
        concept=wrong.concept,
    )


def _pick_wrong(
    correct: _Option,
    pool: Sequence[WrongOption],
    form: Form,
    *,
    lower: bool = False,
    count: int = 3,
) -> list[tuple[_Option, ...]]:
    """Sets of `count` wrong options, best first: lesson-sourced, varied classes, lengths in line."""
    answer_words = content_stems(correct.text) - GENERIC_STEMS
    options = [
        o
        for o in (_wrong_candidates(w, form, lower=lower, target=len(correct.text)) for w in pool)
        # A wrong option sharing the answer's own words reads as half right: leave it out.
        if o is not None and not (content_stems(o.text) & answer_words)
    ]
    options = options[:9]
    # Near-duplicate pairs, worked out once rather than again in every combination.
    alike = {
        (i, j)
        for i, j in itertools.combinations(range(len(options)), 2)
        if jaccard(options[i].text, options[j].text) >= 0.5
    }
    sets: list[tuple[float, int, tuple[_Option, ...]]] = []
    for order, picked in enumerate(itertools.combinations(range(len(options)), count)):
        combo = tuple(options[i] for i in picked)
        if len({o.concept for o in combo}) < count:
            continue
        if any(pair in alike for pair in itertools.combinations(picked, 2)):
            continue
        texts = [o.text for o in combo]
        lengths = [len(t) for t in texts]
        median = statistics.median(lengths)
        fits = len(correct.text) <= 1.3 * max(lengths) and (
            0.5 * median <= len(correct.text) <= 1.75 * median
        )
        from_lesson = sum(1 for o in combo if not o.source.startswith("bank:"))
        classes = len({o.klass for o in combo})
        score = (2.0 if fits else 0.0) + 0.4 * from_lesson + 0.5 * classes
        sets.append((-score, order, combo))
    sets.sort(key=lambda s: (s[0], s[1]))
    return [combo for _, _, combo in sets[:3]]


def _pool(
    read: ReadLesson,
    bank: DistractorBank,
    mined: Sequence[WrongOption],
    classes: tuple[Klass, ...],
    known_true: Sequence[str],
) -> list[WrongOption]:
    """Mined wrong options of the allowed classes first, then the bank's, none of them true."""
    chosen = [w for w in mined if w.klass in classes]
    seen = {w.concept for w in mined}
    extra = from_bank(bank, read.lesson.topic, exclude=seen, classes=classes)
    # A different, stable order of bank entries for each lesson, so lessons do not share options.
    extra.sort(key=lambda w: hashlib.sha256(f"{read.lesson.slug}\x1f{w.concept}".encode()).digest())
    chosen += extra
    usable = []
    for wrong in chosen:
        first = wrong.variants[0]
        text = first.verb or first.noun
        if wrong.klass != "not_primary" and asserted_true(text, read.sentences):
            continue
        if any(recall(t, text) >= 0.6 or recall(text, t) >= 0.6 for t in known_true):
            continue
        usable.append(wrong)
    return usable


# --- stems -----------------------------------------------------------------------------------------


def _according(question: str) -> str:
    question = plain(question).strip()
    question = re.sub(r"^(?:so|and|but|now|well),?\s+", "", question, flags=re.I)
    if re.match(r"^according to", question, re.I):
        return capitalise(question)
    return "According to the lesson, " + question[:1].lower() + question[1:]


def _form_for(question: str, shape: Shape) -> Form | None:
    """The option form that answers `question` with a main point of this shape."""
    wh = re.sub(r"^according to [^,]+,\s*", "", plain(question).strip(), flags=re.I)
    first = wh.split(" ", 1)[0].lower() if wh else ""
    if shape.kind == "helps":
        return "it_helps" if first == "why" else None
    if shape.kind in ("verb", "gerund_subject"):
        if first == "how":
            return "by"
        if first in ("what", "which"):
            return "base" if re.search(r"\bdo\?$", wh) else "ing"
        return None
    if shape.kind == "noun" and first in ("what", "which"):
        return "noun"
    return None


def _template(shape: Shape) -> tuple[str, Form] | None:
    if shape.kind == "verb":
        return ("Which of the following best states the main point of the lesson?", "ing")
    if shape.kind == "gerund_subject" and shape.predicate_as_written:
        return (f"According to the lesson, what {shape.predicate_as_written}?", "ing")
    if shape.kind == "noun" and shape.predicate:
        return (
            f"According to the lesson, what is essential for {ROLE} to {shape.predicate}?",
            "noun",
        )
    if shape.kind == "helps":
        return (f"According to the lesson, why is {shape.subject} crucial for {ROLE}?", "it_helps")
    return None


def _rhetorical_question(read: ReadLesson, source: Sentence | None) -> str:
    """The lesson's own question just before the main point's sentence, if it stands alone."""
    if source is None:
        return ""
    before = read.previous(source)
    if before is None or not before.plain.rstrip().endswith("?"):
        return ""
    question = re.sub(r"^(?:so|and|but|now|well),?\s+", "", before.plain.strip(), flags=re.I)
    if not re.match(r"^(?:why|what|how)\b", question, re.I):
        return ""
    if len(content_stems(question) - {"cps"}) < 2 or re.search(
        r"\b(?:you|your|it|this)\b", question, re.I
    ):
        return ""
    return question


# --- the four kinds --------------------------------------------------------------------------------


def _main_point_option(shape: Shape, form: Form, source: str) -> _Option:
    return _Option(
        text=render(shape.answer, form),
        source=source,
        klass=None,
        rationale="",
        concept="main_point",
    )


_MAIN_CLASSES: dict[Form, tuple[Klass, ...]] = {
    "it_helps": ("never", "misconception", "avoid"),
}
_ALL_CLASSES: tuple[Klass, ...] = ("never", "not_primary", "misconception", "avoid")


def _main_point_plans(
    read: ReadLesson,
    point: MainPoint,
    shape: Shape,
    bank: DistractorBank,
    mined: Sequence[WrongOption],
    known_true: Sequence[str],
) -> list[_Plan]:
    source = read.by_id(point.source_sentence_id)
    stems: list[tuple[str, Form]] = []
    for question in (read.lesson.key_question, _rhetorical_question(read, source)):
        if question:
            form = _form_for(question, shape)
            if form:
                stems.append((_according(question), form))
    template = _template(shape)
    if template:
        stems.append(template)
    answer_text = shape.answer.verb or shape.answer.noun
    stated = locate(read, answer_text) if answer_text else None
    if stated is not None and recall(answer_text, stated.plain) >= 0.6:
        source = stated
    plans = []
    for stem, form in stems:
        correct = _main_point_option(shape, form, source.id if source else "main_point")
        pool = _pool(read, bank, mined, _MAIN_CLASSES.get(form, _ALL_CLASSES), known_true)
        for wrong in _pick_wrong(correct, pool, form):
            plans.append(
                _Plan(
                    kind="main_point",
                    stem=stem,
                    correct=correct,
                    wrong=wrong,
                    evidence=_with_context(read, source) if source else point.text,
                    anchor=source.anchor if source else BODY_ANCHOR,
                    source_sentence_id=source.id if source else "",
                )
            )
    return plans


def _answer_span(sentence: Sentence, answer: Phrase) -> tuple[int, int, Form] | None:
    """Where `sentence` states the answer: (start, end, form), allowing small wording changes
    ("people" for "individuals", "experience" for "experiences")."""
    words = list(re.finditer(r"[A-Za-z][A-Za-z'-]*", sentence.plain))
    if answer.verb:
        phrase, base = answer.verb, answer.verb.split()[0].lower()
        starts = {base: "base", to_gerund(base).split()[0]: "ing"}
    else:
        phrase, starts = answer.noun, {answer.noun.split()[0].lower(): "noun"}
    wanted = content_stems(phrase)
    last = [stem_of(w) for w in re.findall(r"[A-Za-z'-]+", phrase.lower()) if stem_of(w) in wanted]
    if not last:
        return None
    for i, word in enumerate(words):
        form = starts.get(word.group(0).lower())
        if form is None:
            continue
        for j in range(i, min(len(words), i + len(phrase.split()) + 4)):
            if stem_of(words[j].group(0).lower()) == last[-1]:
                start, end = word.start(), words[j].end()
                tail = re.search(
                    r"((?:\s+[a-z']+)*)$", phrase.lower().split(words[j].group(0).lower())[-1]
                )
                if (
                    tail
                    and tail.group(1)
                    and sentence.plain[end:].lower().startswith(tail.group(1))
                ):
                    end += len(tail.group(1))
                if recall(wanted, sentence.plain[start:end]) >= 0.8:
                    return start, end, form  # type: ignore[return-value]
                break
    return None


def _cloze_plans(
    read: ReadLesson,
    shape: Shape,
    bank: DistractorBank,
    mined: Sequence[WrongOption],
    known_true: Sequence[str],
) -> list[_Plan]:
    answer = shape.answer
    if not (answer.verb or answer.noun):
        return []
    ordered = sorted(read.sentences, key=lambda s: (s.role != "conclusion", s.role == "summary"))
    plans: list[_Plan] = []
    for sentence in ordered:
        span = _answer_span(sentence, answer)
        if span is None:
            continue
        at, end, form = span
        before = sentence.plain[:at].lower()
        if form == "base" and not re.search(r"\b(?:to|helps?|can)\s+$", before):
            continue
        span_text = sentence.plain[at:end]
        if ("," in span_text and "," not in answer.verb + answer.noun) or "\u2014" in span_text:
            continue
        text = sentence.text[:at] + BLANK + sentence.text[end:]
        context = _context_before(read, sentence)
        passage = " ".join([*context, text])
        starts = at == 0
        correct = _Option(
            text=sentence.plain[at:end] if not starts else capitalise(sentence.plain[at:end]),
            source=sentence.id,
            klass=None,
            rationale="",
            concept="main_point",
        )
        stem_text = f"Complete the sentence from the lesson: \u201c{passage}\u201d"
        pool = _pool(read, bank, mined, _ALL_CLASSES, known_true)
        for wrong in _pick_wrong(correct, pool, form, lower=not starts):
            plans.append(
                _Plan(
                    kind="cloze",
                    stem=stem_text,
                    correct=correct,
                    wrong=wrong,
                    evidence=_with_context(read, sentence),
                    anchor=sentence.anchor,
                    source_sentence_id=sentence.id,
                )
            )
        if len(plans) >= 6:
            break
    return plans


def _with_context(read: ReadLesson, sentence: Sentence) -> str:
    """The sentence to quote, with the one before it when it opens with a pronoun ("It helps...")."""
    if re.match(r"^(?:it|they|this|that|these|those)\b", sentence.plain, re.I):
        before = read.previous(sentence)
        if before is not None:
            return f"{before.text} {sentence.text}"
    return sentence.text


def _context_before(read: ReadLesson, sentence: Sentence) -> list[str]:
    """Sentences before `sentence` in its paragraph, enough for the passage to stand alone."""
    context: list[str] = []
    current = sentence
    words = len(sentence.text.split())
    while len(context) < 2:
        opens_with_pronoun = re.match(
            r"^(?:it|they|this|that|these|those|he|she)\b", plain(current.text), re.I
        )
        if words >= 16 and not opens_with_pronoun and not current.plain.rstrip().endswith("?"):
            break
        before = read.previous(current)
        if before is None or (len(before.text.split()) < 5 and not context):
            break
        context.insert(0, before.text)
        words += len(before.text.split())
        current = before
    return context


_BEST_CLASSES: tuple[Klass, ...] = ("never", "misconception", "avoid")


def _true_ranked(
    read: ReadLesson, point: MainPoint, truths: Sequence[TrueOption]
) -> list[TrueOption]:
    topic_words = content_stems(read.lesson.title + " " + point.text + " " + read.lesson.topic)
    return sorted(
        truths,
        key=lambda t: (
            -len(content_stems(t.phrase.verb) & topic_words),
            -min(len(t.phrase.verb.split()), 8),
            read.sentences.index(t.sentence),
        ),
    )


def _best_statement_plans(
    read: ReadLesson,
    point: MainPoint,
    truths: Sequence[TrueOption],
    bank: DistractorBank,
    mined: Sequence[WrongOption],
    known_true: Sequence[str],
) -> list[_Plan]:
    stem = "Which statement best reflects what the lesson says about a peer specialist's work?"
    plans: list[_Plan] = []
    pool = _pool(read, bank, mined, _BEST_CLASSES, known_true)
    for truth in _true_ranked(read, point, truths)[:3]:
        correct = _Option(
            text=render(truth.phrase, "statement"),
            source=truth.sentence.id,
            klass=None,
            rationale="",
            concept="truth",
        )
        for wrong in _pick_wrong(correct, pool, "statement"):
            plans.append(
                _Plan(
                    kind="best_statement",
                    stem=stem,
                    correct=correct,
                    wrong=wrong,
                    evidence=truth.sentence.text,
                    anchor=truth.sentence.anchor,
                    source_sentence_id=truth.sentence.id,
                )
            )
    return plans


def _not_question_plans(
    read: ReadLesson,
    point: MainPoint,
    truths: Sequence[TrueOption],
    bank: DistractorBank,
    mined: Sequence[WrongOption],
    known_true: Sequence[str],
) -> list[_Plan]:
    if len(truths) < 3:
        return []
    stem = f"According to the lesson, which of the following is NOT part of {ROLE}'s role?"
    ranked = _true_ranked(read, point, truths)
    pool = _pool(read, bank, mined, ("never", "avoid"), known_true)
    plans: list[_Plan] = []
    for wrong in pool[:4]:
        for combo in itertools.islice(itertools.combinations(ranked[:6], 3), 6):
            options = [
                _Option(
                    text=render(t.phrase, "ing"),
                    source=t.sentence.id,
                    klass=None,
                    rationale="",
                    concept="truth",
                )
                for t in combo
            ]
            target = int(statistics.median(len(o.text) for o in options))
            answer = _wrong_candidates(wrong, "ing", lower=False, target=target)
            if answer is None:
                continue
            first_mined = wrong.source if not wrong.source.startswith("bank:") else ""
            evidence_sentence = read.by_id(first_mined) if first_mined else None
            plans.append(
                _Plan(
                    kind="not_question",
                    stem=stem,
                    correct=answer,
                    wrong=tuple(options),
                    evidence=evidence_sentence.text if evidence_sentence else "",
                    anchor=evidence_sentence.anchor
                    if evidence_sentence
                    else combo[0].sentence.anchor,
                    source_sentence_id=first_mined or combo[0].sentence.id,
                )
            )
    return plans


# --- assembling ------------------------------------------------------------------------------------


def _choices(plan: _Plan, order: Sequence[int], correct_at: int) -> tuple[ChoiceDraft, ...]:
    wrong = [plan.wrong[i] for i in order]
    flagged_true = plan.kind == "not_question"
    drafts = [
        ChoiceDraft(
            text=o.text,
            is_correct=False,
            source=o.source,
            klass=None if flagged_true else o.klass,
            rationale=o.rationale,
        )
        for o in wrong
    ]
    answer = plan.correct
    drafts.insert(
        min(correct_at, len(drafts)),
        ChoiceDraft(
            text=answer.text,
            is_correct=True,
            source=answer.source,
            klass=answer.klass if flagged_true else None,
            rationale=answer.rationale,
        ),
    )
    return tuple(drafts)


def _draft(
    plan: _Plan,
    choices: tuple[ChoiceDraft, ...],
    read: ReadLesson,
    point: MainPoint,
    known_true: Sequence[str],
) -> QuestionDraft:
    draft = QuestionDraft(
        kind=plan.kind,
        stem=plan.stem,
        choices=choices,
        explanation=explanation(
            kind=plan.kind, choices=choices, evidence=plan.evidence, anchor=plan.anchor
        ),
        anchor=plan.anchor,
        source_sentence_id=plan.source_sentence_id,
        fingerprint=fingerprint(plan.kind, plan.stem, choices),
        rubric_failures=(),
    )
    failures = check(draft, read.sentences, point.text, known_true=known_true)
    return QuestionDraft(**{**draft.__dict__, "rubric_failures": failures})


def generate(
    lesson: LessonInput, *, bank: DistractorBank, known_true: Sequence[str] = ()
) -> GenerationResult:
    """Question drafts for one lesson: at most one per kind, each checked against the rubric.

    `known_true`: statements that are true about peer support (for instance the other lessons'
    main points); no wrong option may say any of them.
    """
    read = read_lesson(lesson)
    point = main_point(read)
    shape = shape_of(point.text)
    mined = mine(read, bank)
    truths = true_statements(read)

    plans_by_kind: dict[Kind, list[_Plan]] = {
        "main_point": _main_point_plans(read, point, shape, bank, mined, known_true),
        "best_statement": _best_statement_plans(read, point, truths, bank, mined, known_true),
        "cloze": _cloze_plans(read, shape, bank, mined, known_true),
        "not_question": _not_question_plans(read, point, truths, bank, mined, known_true),
    }

    rejected: Counter[str] = Counter()
    checked = 0
    chosen: list[tuple[_Plan, tuple[str, ...]]] = []
    for kind in KINDS:
        best: tuple[int, int, _Plan, tuple[str, ...]] | None = None
        for order, plan in enumerate(plans_by_kind[kind]):
            identity = tuple(range(len(plan.wrong)))
            failures = _draft(
                plan, _choices(plan, identity, 0), read, point, known_true
            ).rubric_failures
            checked += 1
            rejected.update(failures)
            key = (len(failures), order)
            if best is None or key < (best[0], best[1]):
                best = (len(failures), order, plan, failures)
        if best is not None:
            chosen.append((best[2], best[3]))

    rng = seeded_rng(lesson.slug)
    positions = [0, 1, 2, 3]
    rng.shuffle(positions)
    items: list[QuestionDraft] = []
    for number, (plan, _) in enumerate(chosen):
        order = list(range(len(plan.wrong)))
        rng.shuffle(order)
        choices = _choices(plan, order, positions[number % len(positions)])
        items.append(_draft(plan, choices, read, point, known_true))

    return GenerationResult(
        slug=lesson.slug,
        generator_version=GENERATOR_VERSION,
        main_point=point,
        items=tuple(items),
        rejected=tuple(sorted(rejected.items())),
        candidates_checked=checked,
    )


def position_counts(items: Sequence[QuestionDraft]) -> Counter[int]:
    """How often the correct option sits at each position (R8 wants these balanced)."""
    return Counter(item.correct_index for item in items)
