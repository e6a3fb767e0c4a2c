"""Words for matching: typographic normalisation, content-word stems and overlap measures."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache, wraps
from typing import TypeVar

from lemminflect import getAllInflections, getAllLemmas

from . import rx
from .vocabulary import alternation, vocabulary

T = TypeVar("T")
R = TypeVar("R")


def per_lesson(function: Callable[[T], R]) -> Callable[[T], R]:
    """`function` of one lesson's sentences (or of the read lesson itself), remembered for the
    last few lessons by the identity of what it was given (a read lesson and its sentences never
    change, and several stages ask the same question of them). What it returns is shared: return
    something immutable."""
    memo: dict[int, tuple[T, R]] = {}

    @wraps(function)
    def remembered(sentences: T) -> R:
        kept = memo.get(id(sentences))
        if kept is not None and kept[0] is sentences:
            return kept[1]
        if len(memo) >= 64:
            memo.clear()
        found = function(sentences)
        memo[id(sentences)] = (sentences, found)
        return found

    return remembered


@lru_cache(maxsize=1 << 16)
def lemmas_of(word: str, upos: str | None = None) -> dict[str, tuple[str, ...]]:
    """lemminflect's `getAllLemmas`, remembered: the lexicon's answer for a word never changes,
    and one lesson asks it about the same words thousands of times (a fifth of generation time
    went to lemminflect copying its answer). The dict is shared: read it, never change it."""
    return getAllLemmas(word, upos=upos) if upos else getAllLemmas(word)


@lru_cache(maxsize=1 << 14)
def verb_inflections(lemma: str) -> dict[str, tuple[str, ...]]:
    """lemminflect's `getAllInflections` of a verb, remembered for the same reason as
    `lemmas_of` (it copies its answer on every call). Shared: read it, never change it."""
    return getAllInflections(lemma, upos="VERB")


# One character for one character, so offsets found in the plain text are offsets in the original.
_PLAIN = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u2013": "\u2014",
        "\u2012": "\u2014",
        "\u2015": "\u2014",
        "\u2212": "-",
        "\u00a0": " ",
    }
)


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of `text`, as a set (for long word lists)."""
    return frozenset(text.split())


STOPWORDS = word_set(
    """
    a about above after again against all also am an and any are as at be because been before being
    below between both but by can could did do does doing down during each even ever every few for
    from further had has have having he her here hers herself him himself his how however i if in
    into is it its itself just let lets like may me might more most much must my myself no nor not of
    off on once one only or other our ours ourselves out over own quite rather really same she should
    simply so some such than that the their theirs them themselves then there these they this those
    through to too under until up upon very was we were what when where which while who whom why will
    with within without would yet you your yours yourself yourselves s t ll re ve d m
    isn aren wasn weren doesn don didn won can't
    toward towards across along among amongst around behind beside beyond near onto per via
    """
)

# Names for the same thing, folded into one token before stemming (see vocabulary.yaml).
_VOCABULARY = vocabulary()
_ROLE = re.compile(rf"\b(?:{alternation(_VOCABULARY.role_words)})(?:'s|s)?\b")
_PERSON = re.compile(rf"\b(?:{alternation(_VOCABULARY.person_words)})\b")
_IRREGULAR = {
    "heard": "hear",
    "felt": "feel",
    "built": "build",
    "led": "lead",
    "understood": "understand",
    "told": "tell",
    "gave": "give",
    "given": "give",
    "made": "make",
    "kept": "keep",
    "shown": "show",
    "known": "know",
}
_SUFFIXES = (
    "ational",
    "ations",
    "ation",
    "ating",
    "ated",
    "ates",
    "ate",
    "ings",
    "ing",
    "ities",
    "ity",
    "ives",
    "ive",
    "ied",
    "ies",
    "ed",
    "es",
    "ly",
    "s",
)
# A number spelled digit by digit with hyphens ("2-1-1", "9-8-8", a phone line's name) is one word,
# as it is said ("two-one-one"); its digits alone say nothing (English orthography). A range
# ("10-25 years") keeps its two numbers.
_TOKEN = re.compile(r"\b\d(?:-\d)+\b(?!-)|[a-z0-9]+(?:'[a-z]+)?")


# The folded role token: says who acts, never what the answer is.
ROLE_STEMS = frozenset({"cps"})


def plain(text: str) -> str:
    """Straight quotes and one kind of dash; the result has the same length as `text`."""
    return text.translate(_PLAIN)


@lru_cache(maxsize=8192)
def unquoted(text: str) -> str:
    """`text` without its quoted words: a word in quotation marks is mentioned, not used, so a
    negation inside them ('the person is "not ready"') is not the text's own (English)."""
    text = rx.sub(r"[\"\u201c][^\"\u201d]{1,240}[\"\u201d]", " ", text)
    # A quotation that runs on into the next sentence ('So he says, "Hey, you've got ...') is
    # quoted to the sentence's end; one closing a quotation opened before ('... without you."')
    # from its start (English: a quotation may span sentences).
    text = rx.sub(r"(?:(?<=\s)|^)[\"\u201c](?=\w).*$", " ", text)
    return rx.sub(r"^[^\"\u201c\u201d]*?\w[.!?,]?[\"\u201d](?=\s|$)", " ", text)


# A final double consonant left by taking off "-ing" or "-ed" (English spelling doubles it after a
# short vowel: "sit", "sitting"); "ll", "ss" and "zz" belong to the stem ("falling", "missed").
_DOUBLED = re.compile(r"([bcdfgkmnprtv])\1$")


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A light stemmer: enough to match "validated", "validation" and "validate"."""
    word = _IRREGULAR.get(word, word)
    short = rx.match(r"^(?P<r>[aeiou][b-df-hj-np-tv-z])(?:ing|ed)$", word)
    if short:
        # "using", "used", "owing", "aged": a two-letter root whose silent "e" the suffix took
        # ("use", "owe", "age"), as "uses" keeps it (English spelling)
        return f"{short.group('r')}e"
    for suffix in _SUFFIXES:
        if suffix == "s" and word.endswith("ss"):
            break  # "process", "stress": the stem's own "ss" ("processes" takes off "es")
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            if suffix in ("ing", "ings", "ed") and len(word) >= 4 and _DOUBLED.search(word):
                word = word[:-1]  # "sitting", "planned": the consonant doubled before the suffix
            break
    if word.endswith("e") and len(word) > 3:
        word = word[:-1]
    if len(word) > 3 and word.endswith("y") and word[-2] not in "aeiou":
        word = word[:-1]
    return word


def tokens(text: str) -> list[str]:
    """Lower-case word tokens, with the peer-specialist role and the people it serves folded."""
    lowered = plain(text).lower().replace("'s ", " ").replace("s' ", "s ")
    lowered = _ROLE.sub(" cps ", lowered)
    lowered = _PERSON.sub(" person ", lowered)
    return [t.split("'")[0] if t.endswith("'s") else t for t in _TOKEN.findall(lowered)]


@lru_cache(maxsize=8192)
def content_stems(text: str) -> frozenset[str]:
    """The stems of the content words of `text` (stopwords left out)."""
    return frozenset(stem(t) for t in tokens(text) if t not in STOPWORDS and len(t) > 1)


def recall(expected: str | frozenset[str], found: str | frozenset[str]) -> float:
    """Share of the content stems of `expected` that occur in `found` (0 when nothing expected)."""
    want = content_stems(expected) if isinstance(expected, str) else expected
    have = content_stems(found) if isinstance(found, str) else found
    if not want:
        return 0.0
    return len(want & have) / len(want)


def jaccard(a: str | frozenset[str], b: str | frozenset[str]) -> float:
    """Overlap of two texts' content stems, 0..1."""
    sa = content_stems(a) if isinstance(a, str) else a
    sb = content_stems(b) if isinstance(b, str) else b
    if not sa or not sb:
        return 0.0
    return len(sa & sb) / len(sa | sb)


def stems_within(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether every content stem of `a` is in `b`, a word of one family counting as the same
    ("violent act" within "an open act of violence"; English: derivation keeps a long common
    root, six letters here)."""
    return all(w in b or (len(w) >= 6 and any(v[:6] == w[:6] for v in b)) for w in a)


def states(expected: str, found: str, threshold: float = 0.6) -> bool:
    """Whether `found` states `expected`: content-word recall of at least `threshold`."""
    return recall(expected, found) >= threshold


# (letters beyond ASCII too: "Tomás", "Zoë" and "Inés" are names as much as "Tom")
_CAPITALISED = re.compile(r"\b[A-Z][^\W\dA-Z_]{2,}\b")


# A sentence break in a stem: after a full stop, "!" or "?" that ends a word of two letters or
# more or a quotation, before a capital; not after an initial or a one-letter abbreviation ("the
# U.S. Supreme Court", "Olmstead v. L.C." go on).
_STEM_BREAK = re.compile(r"(?:(?<=[a-z0-9][a-z0-9][.!?])|(?<=[\"'\u201d)][.!?]))\s+(?=[A-Z])")


def stem_sentences(stem: str) -> list[str]:
    """The sentences of a stem: a scene, then the question."""
    return _STEM_BREAK.split(stem.strip())


def names_someone(text: str, names: frozenset[str] = frozenset()) -> bool:
    """Whether a text names a person: a capitalised word the English lexicon does not know (case
    vignettes are about people: "Priya, 34, is starting services...", "Monica's part was ..."),
    or one of `names`, the lesson's `story_names`."""
    if names and any(w in names for w in _CAPITALISED.findall(text)):
        return True
    # (a function word, "The", "Their", "From", is unknown to the lexicon of open-class words
    # but names no one; nor does a word the lexicon lacks that ends in a suffix deriving abstract
    # nouns, "Wellness", "Empowerment": English morphology, not a name)
    return any(
        not lemmas_of(w.lower()) and w.lower() not in STOPWORDS and not _ABSTRACT_NOUN.search(w)
        for w in _CAPITALISED.findall(text)
    )


_ABSTRACT_NOUN = re.compile(r"(?:ness|ment|tion|sion|ity|ism|ship|hood)$")


# A capitalised word in mid-sentence, after a lower-case word, with no capitalised word after it:
# "protected Ray from", "told Grace that"; not "Twelve Steps" (a name of several words).
_MID_SENTENCE_CAPITAL = re.compile(r"\b(?P<before>[a-z]+),? (?P<w>[A-Z][a-z]{2,})\b(?! [A-Z])")
# (a proper noun takes no determiner: "the Court", "an Act" are common nouns made titles)
_DETERMINERS = frozenset(["the", "a", "an", "this", "that", "these", "those", "his", "her", "its"])
_DETERMINERS |= frozenset(["our", "their", "my", "your", "each", "every", "any", "some", "no"])


def story_names(texts: Sequence[str]) -> frozenset[str]:
    """The words `texts` use as a character's name though the lexicon knows them as common words
    ("Ray", "Grace", "Frank"): capitalised in mid-sentence and never in lower case (English: a
    common noun is capitalised only where a sentence or a title begins, a name wherever it
    stands), and, as a story's people are, brought back: said three times or more, once at
    least as a sentence's subject ("Ray frowns."). `names_someone` reads one text alone, and a
    name that is also a word escapes it."""
    joined = "\n".join(texts)
    lower = {w.lower() for w in re.findall(r"\b[a-z][a-z'-]*\b", joined)}
    return frozenset(
        word
        for found in _MID_SENTENCE_CAPITAL.finditer(joined)
        if found.group("before") not in _DETERMINERS
        and (word := found.group("w")).lower() not in lower
        and word.lower() not in STOPWORDS
        and lemmas_of(word.lower())
        and len(re.findall(rf"\b{word}\b", joined)) >= 3
        and any(re.match(rf"{word}(?:'s)? [a-z]", text) for text in texts)
    )


def unknown_plural(word: str) -> bool:
    """A long word the lexicon lacks ending in a plural "-s" ("antipsychotics", "benzodiazepines"):
    a plural noun of a specialist vocabulary (English morphology; "-ss", "-us" and "-is" end
    singulars)."""
    word = word.lower().strip(",.;:")
    return (
        len(word) >= 6
        and word.isalpha()
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and not lemmas_of(word)
    )


# The memos `per_text` makes, which `clear_caches` forgets.
_TEXT_MEMOS: list[Callable[[str], object]] = []


def per_text(function: Callable[[str], R]) -> Callable[[str], R]:
    """`function` of one text, remembered for the last 4,096 texts (mining asks some questions of
    one sentence at a dozen places), and forgotten by `clear_caches`. What it returns is shared:
    return something immutable."""
    remembered = lru_cache(maxsize=4096)(function)
    _TEXT_MEMOS.append(remembered)
    return remembered


def clear_caches() -> None:
    """Forget memoised stems, lemmas and answers per text (the bench clears them to time a cold
    run; the per-lesson memos are keyed by a lesson's own sentences and carry nothing from one
    lesson to the next)."""
    stem.cache_clear()
    content_stems.cache_clear()
    lemmas_of.cache_clear()
    verb_inflections.cache_clear()
    for memo in _TEXT_MEMOS:
        memo.cache_clear()  # type: ignore[attr-defined]
