"""The rubric every generated draft is checked against; a draft that fails any rule is never published.

- R1 three or four options, exactly one correct, no duplicates or near-duplicates, no "all/none of
  the above".
- R2 the correct option is grounded in its source sentence; a ``main_point`` item's correct option
  (read with its stem) states the lesson's main point.
- R3 every wrong option has a source (a sentence id of this lesson or a bank entry) and is not
  asserted as true anywhere in the lesson, nor the same as a known true statement (another lesson's
  main point).
- R4 no clue in the stem: it holds none of the correct option's distinctive words, and no "a"/"an"
  before a blank.
- R5 options alike: one grammatical form; the correct option is not the longest by more than 30%,
  and is 0.5 to 1.75 times the median length of the others.
- R6 no absolutes (always, never, only, all, none...) or negatives inside options.
- R7 the stem stands alone: a real question, or a sentence with enough context around its blank.
- R8 (whole lesson, checked in `generate`): the same lesson and generator version give identical
  output, and the correct option's position is balanced across the lesson's items.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from .forms import form_of
from .lesson import Sentence
from .words import content_stems, jaccard, plain, recall

if TYPE_CHECKING:
    from .items import ChoiceDraft, QuestionDraft

BLANK = "_____"
_ABOVE = re.compile(r"\b(?:all|none|both|neither) of (?:the )?(?:above|these|them)\b", re.I)
_ABSOLUTE = re.compile(
    r"\b(?:always|never|only|all|none|every|everyone|everything|nothing|completely|solely|entirely)\b",
    re.I,
)
_NEGATIVE = re.compile(r"\b(?:not|no|nor|neither|nobody|cannot)\b|n't\b", re.I)
_DENIAL = re.compile(
    r"\b(?:not|never|avoid\w*|rather than|instead|only a small|misconception|some might|"
    r"steer clear|realm of|other (?:healthcare )?(?:professionals|providers)|wouldn't|without|"
    r"isn't|doesn't|don't|aren't|but|while|warn\w*|mistake|myth)\b",
    re.I,
)
_FRAME_STEMS = frozenset({"cps", "help"})
# Words every lesson uses; sharing them with the stem gives nothing away.
GENERIC_STEMS = frozenset({"cps", "person", "support", "help", "peer", "work", "role", "recover"})
_PRONOUN_START = re.compile(r"^[\"']?(?:it|they|this|that|these|those|he|she|them)\b", re.I)
_VAGUE_STEM = re.compile(r"\b(?:you|your|this|these|those|it)\b", re.I)
_QUESTION_START = re.compile(r"^(?:according to [^,]+,\s*)?(?:which|what|why|how|who|when)\b", re.I)


def options_problem(texts: Sequence[str], correct_count: int) -> str:
    """R1 for any list of option texts: "" when fine, else the reason."""
    if not 3 <= len(texts) <= 4:
        return "needs three or four options"
    if correct_count != 1:
        return "needs exactly one correct option"
    if any(_ABOVE.search(t) for t in texts):
        return 'has an "all/none of the above" option'
    normalised = [" ".join(plain(t).lower().split()).strip(" .") for t in texts]
    if len(set(normalised)) != len(normalised):
        return "has duplicate options"
    for i, a in enumerate(texts):
        for b in texts[i + 1 :]:
            if jaccard(a, b) >= 0.7:
                return "has near-duplicate options"
    return ""


def clue_problem(stem: str, correct: str, others: Sequence[str]) -> str:
    """R4: "" when the stem gives nothing away, else the reason."""
    distinctive = content_stems(correct) - frozenset().union(*(content_stems(o) for o in others))
    distinctive -= GENERIC_STEMS
    outside_quote = stem if BLANK not in stem else stem.replace(BLANK, " ")
    if distinctive & content_stems(outside_quote):
        return "stem repeats the correct option's distinctive words"
    if re.search(rf"\b(?:a|an)\s+{re.escape(BLANK)}", stem, re.I):
        return "a/an before the blank"
    return ""


def wording_problem(texts: Iterable[str]) -> str:
    """R6: "" when no option holds an absolute or a negative, else the reason."""
    for text in texts:
        if _ABSOLUTE.search(text):
            return f"absolute in option {text!r}"
        if _NEGATIVE.search(text):
            return f"negative in option {text!r}"
    return ""


def form_problem(correct: str, others: Sequence[str]) -> str:
    """R5: "" when the options are alike in form and length, else the reason."""
    forms = {form_of(t[:1].upper() + t[1:]) for t in [correct, *others]}
    if len(forms) != 1:
        return "options are not in one grammatical form"
    if not others:
        return ""
    longest = max(len(o) for o in others)
    median = statistics.median(len(o) for o in others)
    if len(correct) > 1.3 * longest:
        return "correct option is the longest by more than 30%"
    if not 0.5 * median <= len(correct) <= 1.75 * median:
        return "correct option's length is out of line with the others"
    return ""


def stem_problem(stem: str, kind: str) -> str:
    """R7: "" when the stem stands alone, else the reason."""
    if kind == "cloze":
        if stem.count(BLANK) != 1:
            return "cloze needs exactly one blank"
        quoted = re.search(r"[\"\u201c](.+)[\"\u201d]", stem)
        passage = quoted.group(1) if quoted else stem
        if len(passage.replace(BLANK, " ").split()) < 7:
            return "too little context around the blank"
        if _PRONOUN_START.match(passage.strip()):
            return "cloze passage opens with a pronoun"
        return ""
    if not stem.rstrip().endswith("?"):
        return "stem is not a question"
    if not _QUESTION_START.match(stem.strip()):
        return "stem does not ask a question"
    if _VAGUE_STEM.search(stem):
        return "stem leans on words outside it (you, this, it)"
    return ""


def _core(choice: ChoiceDraft) -> str:
    text = re.sub(r"^(?:by|it helps|a peer specialist)\s+", "", choice.text, flags=re.I)
    return text


# Memo for _plain_claims, by the identity of a lesson's sentence tuple: hashing the tuple itself
# (every Sentence, field by field) on each of the thousands of calls cost more than the work.
# Each entry keeps its tuple alive, so an id is never reused while it is a key.
_claims_memo: dict[int, tuple[Sequence[Sentence], tuple[frozenset[str], ...]]] = {}


def _plain_claims(sentences: Sequence[Sentence]) -> tuple[frozenset[str], ...]:
    """The content stems of the sentences that state something without denying or warning."""
    memo = _claims_memo.get(id(sentences))
    if memo is not None and memo[0] is sentences:
        return memo[1]
    claims = tuple(content_stems(s.plain) for s in sentences if not _DENIAL.search(s.plain))
    if len(_claims_memo) >= 64:
        _claims_memo.clear()
    _claims_memo[id(sentences)] = (sentences, claims)
    return claims


def clear_claims_memo() -> None:
    _claims_memo.clear()


def asserted_true(text: str, sentences: Sequence[Sentence]) -> bool:
    """Whether some sentence says `text` plainly, with no negation, contrast or warning."""
    core = content_stems(text) - _FRAME_STEMS
    if len(core) < 2:
        return False
    needed = 0.8 * len(core)
    return any(len(core & claim) >= needed for claim in _plain_claims(sentences))


def check(
    draft: QuestionDraft,
    lesson_sentences: Sequence[Sentence],
    main_point: str,
    *,
    known_true: Sequence[str] = (),
) -> tuple[str, ...]:
    """The ids of the rules `draft` fails, in order ("R1".."R7")."""
    failures: list[str] = []
    texts = [c.text for c in draft.choices]
    correct = [c for c in draft.choices if c.is_correct]
    wrong = [c for c in draft.choices if not c.is_correct]
    by_id = {s.id: s for s in lesson_sentences}

    if options_problem(texts, len(correct)):
        failures.append("R1")
    if not correct:
        return (*failures, "R2")
    answer = correct[0]

    source = by_id.get(answer.source)
    grounded_in = source.plain if source else (main_point if answer.source == "main_point" else "")
    grounded = (
        bool(grounded_in)
        and recall(content_stems(_core(answer)) - _FRAME_STEMS, grounded_in) >= 0.6
    )
    if draft.kind == "main_point" and recall(main_point, answer.text + " " + draft.stem) < 0.6:
        grounded = False
    if draft.kind == "not_question":
        # The answer is what the lesson rules out: grounded when its source is real.
        grounded = answer.source in by_id or answer.source.startswith("bank:")
    if not grounded:
        failures.append("R2")

    false_ones = [answer] if draft.kind == "not_question" else wrong
    r3 = False
    for choice in draft.choices:
        if choice.is_correct and draft.kind != "not_question":
            continue
        if not choice.source or not (choice.source in by_id or choice.source.startswith("bank:")):
            r3 = True
    for choice in false_ones:
        if choice.klass != "not_primary" and asserted_true(_core(choice), lesson_sentences):
            r3 = True
        if any(
            recall(truth, _core(choice)) >= 0.6 or recall(_core(choice), truth) >= 0.6
            for truth in known_true
        ):
            r3 = True
    if r3:
        failures.append("R3")

    if clue_problem(draft.stem, answer.text, [c.text for c in wrong]):
        failures.append("R4")
    if form_problem(answer.text, [c.text for c in wrong]):
        failures.append("R5")
    if wording_problem(texts):
        failures.append("R6")
    if stem_problem(draft.stem, draft.kind):
        failures.append("R7")
    return tuple(failures)
