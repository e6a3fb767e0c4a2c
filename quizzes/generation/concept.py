"""The lesson's concept, and the statements the lesson makes about it (rules of English).

An explanatory article is about one thing ("recovery capital", "SMART goals", "confidentiality"),
named in its title or its key question and repeated through the text. Exam items ask what is true of
that thing; the lesson's sentences whose subject it is (or a pronoun standing for it) are what the
lesson says of it.

- `lesson_concept`: the subject of a definitional main point ("X is/means/refers to ..."); else the
  noun phrase of the title (or key question) that the text repeats most often.
- `statements_about`: the lesson's plain, positive sentences whose subject is the concept, with an
  opening "It"/"They" replaced by the concept when the sentence before was about it (anaphora).
- `said_of`: a ruled-out idea said of the concept ("Recovery is a competition between peers").
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import replace

from . import rx
from .answers import claim, finite_verb
from .distractors import Mined, addressed, self_contained, story_people
from .forms import (
    base_of_third_person,
    capitalise,
    is_gerund,
    is_instruction,
    one_of,
    third_person,
)
from .lesson import is_contrast_heading
from .mainpoint import compress
from .rubric import GENERIC_STEMS
from .types import MainPoint, ReadLesson, Sentence
from .vocabulary import alternation, any_of, vocabulary
from .words import STOPWORDS, content_stems, lemmas_of, names_someone, per_lesson, plain

_V = vocabulary()
_ROLE = re.compile(rf"\b(?:{alternation(_V.role_words)})s?\b", re.I)
# Section labels and reading frames in titles ("Section 4.3:", "Module 6:", "Understanding ...").
_TITLE_LABEL = re.compile(
    r"\b(?:chapter|section|unit|part|module|reference section|lesson)\s*[\w.,]*\s*[:\u2014-]\s*",
    re.I,
)
_TITLE_WORDS = _V.title_frames
# A definition: "X is / are / means / refers to / is defined as ...".
_DEFINITION = re.compile(
    # (a term may quote a word of itself, 'An "I" statement': a word mentioned, not used)
    # (not a subordinate clause's subject, "When language is a barrier, ...": English, the main
    # clause follows the comma)
    r"^(?:in [^,]{3,40},\s+)?(?!(?:when|whenever|if|once|while|because|although|though|since|"
    r"after|before|until|unless)\b)"
    r"(?:the |an? )?(?P<x>(?:[\"\u201c][\w' -]{1,30}[\"\u201d]\s)?"
    r"[A-Za-z][\w' -]{1,50}?)\s+(?:in peer support\s+)?"
    r"(?:is|are|means|refers to|is defined as|are defined as)\s(?!not\b)",
    re.I,
)
_COPULA_AFTER = re.compile(r"(?P<x>[A-Za-z][\w' -]{1,50}?)\s+(?:is|are)\s(?!not\b)", re.I)


def titled_subject(read: ReadLesson, text: str, start: int, subject: str) -> str:
    """`subject` (found at `start` in `text`) run on to the copula when the title or key question
    names that longer phrase: in "Lethal means safety is ...", "means" is a word of the name
    "Lethal Means Safety", not the verb (English: the subject is the noun phrase before the verb)."""
    longer = _COPULA_AFTER.match(text, start)
    named = plain(f"{read.lesson.title} {read.lesson.key_question}").lower()
    if longer is None:
        return subject
    phrase = longer.group("x").strip()
    if phrase.lower().startswith(subject.lower()) and phrase.lower() in named:
        return phrase
    return subject


# A sentence that qualifies or denies what it says is not a plain statement about the concept.
# ("while respecting the other person": "while" before a participle says what goes on at the same
# time, no contrast; English, a temporal subordinator)
_NOT_PLAIN = re.compile(
    r"\b(?:not|never|no|nor|rather than|instead|but|however|although|though|while(?!\s+[a-z]+ing\b)|"
    r"myth|misconception|mistake|wrong|mistaken|confus(?:e|ed|es|ing))\b|n't\b|"
    r"[?\"\u201c\u201d:;()]",
    re.I,
)
# Words every lesson uses ("peer", "support", "person"): never a lesson's subject alone. "Recovery"
# is one too in the rubric's sense, but a lesson can be about recovery itself.
_EVERY_LESSON = GENERIC_STEMS - {"recover"}
_MODALS = frozenset(["can", "may", "might", "should", "must", "will", "could", "would", "does"])
_COPULAS = frozenset(["is", "are", "means", "mean", "includes", "include"])
_FREQUENCY = frozenset(
    ["often", "usually", "sometimes", "generally", "typically", "also", "rarely"]
)


def _noun_phrase_ok(words: Sequence[str]) -> bool:
    """A candidate name: no stopword or title word at either end, a noun (or acronym) last."""
    if not words or words[0].lower() in STOPWORDS or words[-1].lower() in STOPWORDS:
        return False
    if any(w.lower() in _TITLE_WORDS for w in (words[0], words[-1])):
        return False
    last = words[-1]
    if last.isupper() and len(last) > 1:
        return True
    if is_gerund(words[0].lower()) and len(words) > 1:
        return False  # "Setting SMART goals": an activity, not a name
    lemmas = lemmas_of(last.lower().strip("'"))
    if not lemmas:
        # A word the lexicon lacks ("reflection", "postvention") is a noun by its derivational
        # suffix (English morphology: "-tion", "-ment", "-ness" ... make nouns).
        return (
            rx.search(r"(?:tion|sion|ment|ness|ity|ance|ence|ship|ism|ist|ery|age)s?$", last, re.I)
            is not None
        )
    return "NOUN" in lemmas


@functools.lru_cache(maxsize=4096)
def pattern_of(name: str) -> re.Pattern[str]:
    """`name` in running text, singular or plural, any case."""
    parts = name.split()
    last = parts[-1]
    if last.lower().endswith("s") and not last.lower().endswith(("ss", "us", "is")):
        last = last[:-1]  # the name may be plural ("open-ended questions"), the text singular
    words = [re.escape(w) for w in parts[:-1]] + [re.escape(last) + r"(?:s|es)?"]
    return re.compile(r"(?<![\w-])" + r"[\s-]+".join(words) + r"(?![\w-])", re.I)


# Words an acronym may leave out ("Individual Placement and Support (IPS)").
LITTLE_WORDS = frozenset(["of", "and", "for", "the", "to", "in", "on", "with", "a", "an"])

# An acronym in parentheses after the words it stands for: " (PAD)".
_GLOSS = re.compile(r"\s+\([A-Z]{2,6}s?\)")


def acronym_of(read: ReadLesson, name: str) -> str:
    """The acronym the lesson glosses `name` with ("a psychiatric advance directive (PAD)",
    "PAD (psychiatric advance directive)"), or "": its capitals, two to six of them, in parentheses
    right after the name, or the name in parentheses right after them (English: an acronym is
    defined where it is first given beside the words it stands for)."""
    if not name.strip():
        return ""
    written = pattern_of(name).pattern
    # (the title may gloss it: "Section 4: The Wellness Recovery Action Plan (WRAP)")
    for text in (read.lesson.title, *(s.plain for s in read.sentences)):
        if "(" not in text:
            continue  # (no gloss: the search is skipped, most sentences have none)
        glossed = rx.search(
            rf"{written}\s+\((?P<a>[A-Z]{{2,6}})s?\)|\b(?P<b>[A-Z]{{2,6}})s?\s+\({written}\)",
            text,
            re.I,
        )
        if glossed:
            acronym = glossed.group("a") or glossed.group("b")
            # (the capitals are the initials of the name's words, its little words with them or
            # not: "PAD" for "psychiatric advance directive", "ROSC" for "recovery-oriented
            # system of care")
            words = [w for w in rx.split(r"[\s-]+", name) if w]
            initials = {
                "".join(w[0] for w in words).upper(),
                "".join(w[0] for w in words if w.lower() not in LITTLE_WORDS).upper(),
            }
            if acronym.isupper() and acronym in initials:
                return acronym
    return ""


def _display(name: str) -> str:
    """A name as it reads mid-sentence: lower case unless an acronym or a proper name."""
    words = name.split()
    return " ".join(w if w[:2].isupper() or w[1:] != w[1:].lower() else w.lower() for w in words)


def _named_mid_sentence(name: str, texts: Sequence[str]) -> bool:
    """Whether `name`, each word capitalised, stands inside a sentence of `texts`."""
    if not all(w[:1].isupper() for w in name.split()):
        return False
    pattern = re.compile(rf"(?<=[a-z,;] ){re.escape(name)}\b")
    return any(pattern.search(t) for t in texts)


@per_lesson
def _named_in_heading(read: ReadLesson) -> str:
    """The noun phrase of the title or key question that the lesson's sentences repeat most."""
    sources = [read.lesson.key_question, read.lesson.title]
    texts = [s.plain for s in read.sentences]
    best: tuple[bool, int, int, str] | None = None
    for source in sources:
        text = _ROLE.sub(" | ", plain(source))
        text = _TITLE_LABEL.sub(" | ", text)
        # Words split at punctuation: a name never runs across ":", "?" or ",".
        for run in rx.split(r"[:?,;!.()\"|\u2014]|\s-\s|'s\b", text):
            words = [w.strip("'") for w in run.split() if w.strip("'")]
            for size in (3, 2, 1):
                for start in range(0, len(words) - size + 1):
                    gram = words[start : start + size]
                    name = " ".join(gram)
                    # A name the text writes capitalised mid-sentence ("In Housing First, people
                    # get ...") is a proper name, whatever words it holds (English: capitals
                    # mark names), "First" and all.
                    proper = size > 1 and _named_mid_sentence(name, texts)
                    if not proper and not _noun_phrase_ok(gram):
                        continue
                    if not proper and any(w.lower() in _TITLE_WORDS for w in gram):
                        continue
                    if not content_stems(name) - _EVERY_LESSON:
                        continue  # "peer support": every lesson's words, no lesson's subject
                    pattern = pattern_of(name)
                    count = sum(1 for t in texts if pattern.search(t))
                    if count < 3:
                        continue
                    # The longest name the text repeats is the most specific ("open-ended
                    # questions" over "questions"); among names of one length, the most repeated.
                    # An acronym the title or key question glosses a name with is the name of
                    # the thing itself ("Family" inside "Community Reinforcement and Family
                    # Training (CRAFT)" is a word of that name, not the subject; English: the
                    # parenthesis abbreviates the name before it). ("SAMHSA's principles" names
                    # an owner, glossing nothing.)
                    acronym = size == 1 and f"({name})" in source
                    score = (acronym, size, count, name)
                    if best is None or score[:3] > best[:3]:
                        best = score
    if best is None:
        return ""
    # Written as the text writes it mid-sentence (a title capitalises every word).
    pattern = pattern_of(best[3])
    found = [
        (m.start() > 0, " ".join(m.group(0).split())) for t in texts for m in pattern.finditer(t)
    ]
    written = [name for mid, name in found if mid]
    if not written:
        return _display(best[3])
    # A noun the text writes in the plural is a count noun, which a stem cannot name bare in the
    # singular ("the purpose of ride card"): the plural (English: only count nouns take a
    # plural; a generic count noun is plural or takes an article).
    plural = next((name for mid, name in found if _plural(name) and mid), "") or next(
        (_display(name) for _, name in found if _plural(name)), ""
    )
    if plural and not _plural(written[0]) and count_noun(read, written[0]):
        return plural
    return written[0]


def count_noun(read: ReadLesson, name: str) -> bool:
    """Whether the lesson writes `name` as a count noun: in the singular after a determiner ("a
    clubhouse", "the clubhouse", "each clubhouse"), bare at most once in four ("Relapse often
    follows ...": a mass noun); a plural, a name or a word never written is none (English: a
    singular count noun needs a determiner)."""
    last = name.split()[-1]
    # (an acronym is a common noun when its words are, "a PAD", "the WRAP": counted like one)
    if (name[:1].isupper() and not rx.fullmatch(r"[A-Z]{2,6}", name)) or _plural(name):
        return False
    determined = bare = 0
    for sentence in read.sentences:
        for found in pattern_of(name).finditer(sentence.plain):
            if found.group(0).split()[-1].lower() != last.lower():
                continue  # the plural
            if (
                sentence.plain[found.end() :].startswith(":")
                and len(sentence.plain[: found.start()].split()) <= 2
            ):
                # ("Collecting summary: gathers ..."): a run-in label drops its article, as a
                # heading does (English: block language), and says nothing of the noun's count
                continue
            if sentence.plain[: found.start()].endswith("("):
                continue  # ("a personal crisis plan (PCP)": a gloss, no noun phrase of its own)
            before = [
                w.lower().strip("\"'\u201c(,") for w in sentence.plain[: found.start()].split()
            ]
            # (past the adjectives before it: "the best affirmation", "a real one", and the
            # nouns modifying it, "a wellness calendar", "a cheap paper calendar"; English: a
            # noun premodifier leaves the head noun the determiner's)
            modifiers = 0
            while (
                len(before) > 1
                and before[-1] not in _SINGULAR_DETERMINERS
                and (
                    "ADJ" in lemmas_of(before[-1])
                    # (a word the lexicon lacks, "wellness", is most likely a noun)
                    or (
                        modifiers < 2
                        and before[-1].isalpha()
                        and (not lemmas_of(before[-1]) or "NOUN" in lemmas_of(before[-1]))
                    )
                )
            ):
                modifiers += "ADJ" not in lemmas_of(before[-1])
                before.pop()
            word = before[-1] if before else ""
            if word in _SINGULAR_DETERMINERS or word.endswith(("'s", "\u2019s")):
                determined += 1
            else:
                bare += 1
    # (one bare use among many, "reassurance, not affirmation", is the word's other sense)
    return determined > 0 and bare * 3 <= determined


_SINGULAR_DETERMINERS = frozenset(
    [
        *("a", "an", "the", "this", "that", "each", "every", "one", "any", "another", "no"),
        *("your", "their", "his", "her", "our", "its", "my", "which", "whose", "what"),
    ]
)


def lesson_concept(read: ReadLesson, point: MainPoint) -> str:
    """What the lesson is about, as a noun phrase fit for a stem ("recovery capital"), or ""."""
    # (an acronym glossing the name, "A personal crisis plan (PCP) is ...", is no part of it)
    text = _GLOSS.sub("", compress(point.text))
    definition = _DEFINITION.match(text)
    if definition and len(definition.group("x").split()) <= 5:
        subject = titled_subject(read, text, definition.start("x"), definition.group("x").strip())
        # (nor a person of the case, "Ray is sixty-one and ...": a story's people are no
        # concept a stem asks to describe)
        if (
            not rx.match(r"^(?:it|this|that|they|what|which|one)\b", subject, re.I)
            and not _ROLE.fullmatch(subject)
            and not set(subject.split()) & story_people(read.sentences)
        ):
            return _display(subject)
    return _named_in_heading(read) or _defined_in_title(read)


def _defined_in_title(read: ReadLesson) -> str:
    """The term a sentence of the lesson defines ("Teach-back is the practice of ...") when the
    title names it: a lesson defines the concept it is about (article writing), whatever its
    main point says; "" when none is."""
    named = content_stems(f"{read.lesson.title} {read.lesson.key_question}")
    for sentence in read.sentences:
        text = compress(sentence.plain)
        definition = _DEFINITION.match(text)
        if definition is None or len(definition.group("x").split()) > 3:
            continue
        subject = definition.group("x").strip()
        stems = content_stems(subject)
        if (
            stems
            and stems <= named
            and not rx.match(r"^(?:it|this|that|they|what|which|one)\b", subject, re.I)
            and not _ROLE.fullmatch(subject)
            and not names_someone(subject)
        ):
            return _display(titled_subject(read, text, definition.start("x"), subject))
    return ""


def _plural(concept: str) -> bool:
    last = concept.split()[-1].lower()
    return last.endswith("s") and not last.endswith(("ss", "us", "is"))


def _predicate(text: str, concept: str) -> str:
    """The rest of `text` after the concept as its subject, when a finite verb follows, else ""."""
    match = rx.match(
        r"^(?:(?:so|also|in short|in peer support|in practice|in recovery),?\s+)?"
        r"(?:the |an? )?" + pattern_of(concept).pattern + r"\s+(?P<rest>\w+\b.*)$",
        text,
        re.I,
    )
    if match is None:
        return ""
    rest = match.group("rest")
    words = rest.split()
    # ("Voices often connect to ...": an adverb of frequency before the verb is part of the
    # predicate, and stays in it as the hedge it is; English word order)
    adverb = len(words) > 1 and words[0].lower() in _FREQUENCY
    verb = words[1 if adverb else 0].lower()
    lemmas = lemmas_of(verb)
    finite = (
        verb in _MODALS
        or verb in _COPULAS
        or ("VERB" in lemmas and verb.endswith("s") and not is_gerund(verb))
    )
    # ("ACE score describes ...": a word before a verb in the third person is a noun of the
    # subject, the compound "ACE score", no verb of its own; English word order)
    after = words[2 if adverb else 1].lower() if len(words) > (2 if adverb else 1) else ""
    following = lemmas_of(after)
    compound = (
        after.endswith("s")
        and "NOUN" not in following
        and after not in following.get("VERB", (after,))
    )
    if _plural(concept) and "VERB" in lemmas and verb in lemmas["VERB"] and not compound:
        finite = True  # "SMART goals give ..."
    return rest if finite else ""


_CONTRACTED = re.compile(r"^(?P<p>it|they)['\u2019](?P<c>s|re)\s+(?P<next>\w+)", re.I)


def _spelled_out(match: re.Match[str]) -> str:
    if match.group("c").lower() == "re":
        verb = "are"
    else:
        verb = "has" if match.group("next").lower() in ("been", "got") else "is"
    return f"{match.group('p')} {verb} {match.group('next')}"


def statements_about(read: ReadLesson, concept: str) -> list[tuple[Sentence, str]]:
    """Plain, positive statements the lesson makes about `concept`, each as a full sentence that
    stands alone (its subject the concept, named)."""
    if not concept:
        return []
    found: list[tuple[Sentence, str]] = []
    about_previous = False
    for sentence in read.sentences:
        # The claim alone: a contrast tail (", not a box that gets ticked once") cut off.
        text = claim(sentence.plain.strip())
        rest = _predicate(text, concept)
        previous = read.previous(sentence)
        if not rest and about_previous and previous is not None:
            # The subject pronoun goes on with the sentence before's subject (English anaphora),
            # read before `claim` strips "It's" as a frame: "It's a set of skills ..." is a
            # statement about the concept, "it's" spelled out as "it is" ("it has" before "been").
            raw = _CONTRACTED.sub(_spelled_out, sentence.plain.strip())
            pronoun = rx.match(r"^(?:it|they)\s+(?P<rest>\w+\b.*)$", raw, re.I)
            if pronoun and (pronoun.group(0).lower().startswith("they") == _plural(concept)):
                rest = _predicate(claim(f"{concept} {pronoun.group('rest')}"), concept)
        about_previous = bool(rest)
        if not rest:
            continue
        if (
            sentence.heading
            and is_contrast_heading(sentence.heading)
            and not _correction(read, sentence)
        ):
            continue
        if statement := _statement(text, rest, concept):
            found.append((sentence, statement))
    return found


def _correction(read: ReadLesson, sentence: Sentence) -> bool:
    """Whether a sentence under a heading of contrast sets right what the sentence before it in
    its paragraph rejects ('"Another name for PTSD" is a common mix-up. ... Moral injury is a
    wound to conscience ...'): prose after the rejected idea states what is so (English
    discourse: a correction follows what it corrects). A list's members, and a paragraph's first
    sentence, are what such a section rejects."""
    if sentence.list_id:
        return False
    before = read.previous(sentence)
    return (
        before is not None
        and before.paragraph == sentence.paragraph
        and before.anchor == sentence.anchor
        and not rx.search(r"[\"\u201c\u201d]", sentence.plain)
    )


def stated_about(text: str, concept: str) -> str:
    """`text` as a plain, positive statement about `concept` that stands alone, or "" (see
    `statements_about`)."""
    said = claim(text.strip())
    rest = _predicate(said, concept)
    opening = rx.match(r"^(?:(?:an?|the)\s+)?" + pattern_of(concept).pattern, said, re.I)
    # (the subject as the lesson words it, its article kept: "A warmline is ...")
    return _statement(said, rest, concept, opening.group(0) if opening else "") if rest else ""


def _statement(text: str, rest: str, concept: str, subject: str = "") -> str:
    """The statement "<Concept> <rest>." (or "<subject> <rest>.") when it is plain, of a readable
    length, and names nothing outside itself or from a story; else ""."""
    if _NOT_PLAIN.search(rest):
        return ""
    rest = rest.rstrip(" .!")
    written = pattern_of(concept).search(text)
    if not subject and written and _plural(written.group(0)) != _plural(concept):
        rest = _agreeing(rest, _plural(concept))
    activity = rx.match(r"^(?P<v>means|is|are|involves|requires)\s+(?P<g>[a-z]+ing\b.*)$", rest)
    if activity and is_gerund(activity.group("g").split()[0]):
        # ("Assertive communication means stating your own needs ...": the gerund's understood
        # subject is anyone who does it, and "your" is theirs, said "one's"; English: generic
        # "you", as an instruction's)
        rest = f"{activity.group('v')} {addressed(activity.group('g'), bound=True)}"
    statement = f"{capitalise(subject or concept)} {rest}."
    if not 5 <= len(statement.split()) <= 24 or not self_contained(rest):
        return ""
    if _plural(subject or concept) and rx.search(r"\b(?:it|its|itself)\b", rest, re.I):
        # ("A plan may limit inpatient days if it applies ..." said of "plans": the pronoun
        # still stands for one, and agrees with no subject the statement has; English)
        return ""
    if rx.search(r"\b[A-Z][a-z]{2,}\b", rest) and not rx.search(r"\b[A-Z]{2,}\b", rest):
        return ""  # a named person from a vignette: not a statement about the concept
    return statement


_NUMBER_PAIRS = (("is", "are"), ("was", "were"), ("has", "have"), ("does", "do"))


def _agreeing(predicate: str, plural: bool) -> str:
    """A predicate whose finite verb agrees with a subject of the other number ("A test strip
    lets ..." said of "test strips": "let ..."), English subject-verb agreement; a modal or a
    past tense agrees with either."""
    verb, _, rest = predicate.partition(" ")
    lower = verb.lower()
    for singular, plural_form in _NUMBER_PAIRS:
        if lower == (singular if plural else plural_form):
            return f"{plural_form if plural else singular} {rest}".strip()
    if plural and lower.endswith("s") and "VERB" in lemmas_of(lower):
        return f"{base_of_third_person(lower)} {rest}".strip()
    if not plural and lower in lemmas_of(lower).get("VERB", ()):
        return third_person(predicate)
    return predicate


_LINKING = re.compile(rf"^(?:{alternation(_V.linking_openers)}),?\s+", re.I)
_META = any_of(_V.meta_words)
_PERSON = re.compile(r"\b(?:you|your|yours|yourself|i|me|my|we|us|our|ours)\b", re.I)
_SUBORDINATE = re.compile(
    r"^(?:if|when|whenever|unless|because|since|as|after|before|once)\b", re.I
)


def _names_someone(text: str) -> bool:
    """A named person (`words.names_someone`), or any capitalised word mid-sentence but an
    acronym: a claim that stands alone about a concept names no one ("Riley assumes ...")."""
    if names_someone(text):
        return True
    return any(
        word[1:] == word[1:].lower()
        for word in rx.findall(r"(?<!^)(?<![.!?] )\b[A-Z][a-z]+\b", text)
    )


def claims_naming(read: ReadLesson, concept: str) -> list[tuple[Sentence, str]]:
    """Plain, general, positive claims that name the concept anywhere in them ("Having one steady
    relationship is among the best predictors of resilience."), each a sentence that stands alone:
    a linking opener taken off ("That's why ..."), a sentence of two clauses joined by ";" read as
    two. Not a claim: a question, an instruction, a condition, speech to the reader, a vignette's
    named people, a sentence about the exam, or one that qualifies or denies what it says."""
    if not concept:
        return []
    pattern = pattern_of(concept)
    found: list[tuple[Sentence, str]] = []
    for sentence in read.sentences:
        if sentence.heading and is_contrast_heading(sentence.heading):
            continue
        for clause in sentence.plain.split(";"):
            text = claim(_LINKING.sub("", clause.strip()))
            # "so often" leans on the sentence before ("That's why X so often ..."): plain "often".
            text = rx.sub(r"\bso (?=(?:often|many|much|rarely|easily)\b)", "", text, flags=re.I)
            text = text.strip().rstrip(" .!")
            words = text.split()
            if not pattern.search(text) or not 6 <= len(words) <= 24:
                continue
            if _NOT_PLAIN.search(text) or _PERSON.search(text) or _META.search(text):
                continue
            if _SUBORDINATE.match(text) or is_instruction(words) or not self_contained(text):
                continue
            lead = rx.match(r"^([^,]{1,30}),", text)
            if (
                lead
                and not pattern.search(lead.group(1))
                and not rx.search(r"\b(?:is|are|was|were|has|have|can|will)\b", lead.group(1))
            ):
                continue  # "A process, recovery can ...": a fragment in front of the claim
            if any(
                "NOUN" in lemmas and "VERB" not in lemmas
                for lemmas in (
                    lemmas_of(m.group(1).lower())
                    for m in rx.finditer(r"\b(?:that|this|these|those)\s+(\w+)", text, re.I)
                )
            ):
                continue  # "that effort": a demonstrative pointing at the sentence before
            if _names_someone(text):
                continue  # a vignette's people: what is said of them is not said of the concept
            if rx.search(
                r"\b(?:the|this|that|these|those)\s+" + pattern.pattern, text, re.I
            ) or rx.search(r"'s\s+" + pattern.pattern, text, re.I):
                continue  # "the plan", "Darnell's plan": one instance the story is about, not X at large
            found.append((sentence, capitalise(text) + "."))
    return found


_DETERMINERS = frozenset(["a", "an", "the", "any", "some", "one", "each", "no"])
# Suffixes of abstract nouns, which English uses without an article ("compliance with treatment").
_MASS_SUFFIXES = ("ance", "ence", "ment", "ness", "ity", "tion", "sion", "ship", "ism", "ing")


def _bare_head(phrase: str) -> str:
    """The head of a noun phrase without a determiner (its last word before a preposition), or ""
    when it opens with one (or lists several things)."""
    if phrase.lower().split()[0] in _DETERMINERS or "," in phrase:
        return ""
    head = rx.split(r"\s(?:of|for|with|to|in|on|from|about|between|by)\s", phrase.lower())[0]
    return head.split()[-1]


def _plural_word(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("ss", "us", "is"))


# What follows a verb as its object or complement, never a noun's next word in a noun phrase
# that opens bare ("Cover all ...", "Pay for ...", "Cover unlimited ...").
_AFTER_VERB = frozenset(
    ["all", "every", "any", "the", "a", "an", "their", "them", "for", "unlimited", "no", "only"]
)


def _opens_on_predicate(words: Sequence[str]) -> bool:
    """Whether `words` open on a verb's base form and then what a verb takes."""
    if len(words) < 3:
        return False
    first = words[0].lower()
    return first in lemmas_of(first).get("VERB", ()) and words[1].lower() in _AFTER_VERB


def _determined(phrase: str) -> bool:
    """Whether a noun phrase can follow "is" as it stands: it opens with a determiner, or its head
    is plural or an abstract noun."""
    head = _bare_head(phrase)
    return not head or head.endswith(_MASS_SUFFIXES) or _plural_word(head)


# Suffixes of nouns naming an action or a process (English derivation: "empowerment", "recovery").
_EVENT_SUFFIXES = ("ment", "tion", "sion", "ance", "ence", "ing", "ery", "ure", "sis")


def _eventive(concept: str) -> bool:
    """Whether the concept names an activity or a process, of which an activity can be said ("X
    is doing Y"): its head is a gerund, a noun of action by its suffix, or a verb's base form as
    well ("support", "care"). The head is the last word before a preposition ("music in
    recovery": music), and a plural is no verb's base ("test strips": things, English)."""
    words = concept.lower().split()
    cut = next((at for at, word in enumerate(words) if at and word in _PREPOSITIONS), len(words))
    head = words[cut - 1].rsplit("-", 1)[-1]  # ("self-care": care)
    return head.endswith(_EVENT_SUFFIXES) or head in lemmas_of(head).get("VERB", ())


_PREPOSITIONS = frozenset(
    [
        *("of", "for", "with", "to", "in", "on", "from", "about", "between", "by", "at"),
        *("into", "through", "among", "over", "under"),
    ]
)


def _is_clause(phrase: str) -> bool:
    """A subject and its verb: a noun followed by a verb in "-s" ("the specialist picks"), not
    a plural after a preposition ("between peers") or a determiner."""
    words = phrase.lower().split()
    # The last word is a plural head ("relapse prevention plans"), not a verb without its object.
    for before, word in itertools.pairwise(words[:-1]):
        if not word.endswith("s") or is_gerund(word):
            continue
        if before in _PREPOSITIONS or before in _DETERMINERS or before.endswith("'s"):
            continue
        if "VERB" in lemmas_of(word) and "NOUN" in lemmas_of(before):
            return True
    return False


def _bare_plural(phrase: str) -> bool:
    """A noun phrase with no determiner whose head is plural ("textbooks")."""
    return _plural_word(_bare_head(phrase))


def said_of(concept: str, mined: Mined) -> str:
    """A ruled-out idea stated of the concept (English: "X is/are <noun phrase or gerund>",
    "X <verb>s ..." for an "It <verb>s ..." option), or "" when it cannot be."""
    text = mined.text.strip(" .")
    if mined.participant:
        return ""  # "Decisions are the prescribing psychiatrist": who decides is no decision
    words = text.split()
    if _opens_on_predicate(words):
        # "Cover all treatment at no cost", "Pay for peer support services in every state": a
        # verb's base form and what it takes, a predicate with no subject (an answer to "What
        # does the law require plans to do?"), is neither a claim nor what X is (English)
        return ""
    if (
        mined.priority == 0
        and words
        and not is_gerund(words[0].lower())
        # (a negated auxiliary is finite too: "Confidentiality doesn't apply in groups", and so
        # is a copula: "A warmline is only for emergencies")
        and (
            finite_verb(words) > 0
            or rx.search(r"^(?:\S+\s+){1,4}(?:\w+n't|cannot|is|are|was|were)\b", text, re.I)
        )
        and not rx.match(r"^[\"\u201c\u2018']", text)  # (words said to someone, no claim)
        and not rx.search(r"\b(?:I|me|my|we|us|our|you|your)\b", text)
        and not text.endswith("?")
        and self_contained(text)
    ):
        # '"The facilitator can guarantee that nothing leaves the room."' set out under "Three
        # statements that do not hold up": a claim the lesson quotes and rejects is already a
        # statement in its own words, with its own subject (English: a whole clause needs no
        # subject lent to it).
        return f"{capitalise(text)}."
    if content_stems(concept) <= content_stems(text):
        return ""  # "A recovery plan" said of recovery: no statement about it
    plural = _plural(concept)
    subject = capitalise(concept)
    reduced = mined.shape == "clause" and rx.match(
        r"^(?:an?|the)\s+(?:[a-z-]+\s+){1,2}(?P<g>[a-z]+ing)\b", text, re.I
    )
    if reduced and "VERB" in lemmas_of(reduced.group("g").lower()):
        # ("a young person trying to act older than they are": a noun and the participle phrase
        # that modifies it, a noun phrase for all its verb; English, a reduced relative clause)
        mined = replace(mined, shape="noun")
    if mined.shape in ("noun", "ing") and not rx.match(r"^(?:to|it|they)\b", text, re.I):
        if rx.match(r"^[\"\u201c\u2018']", text):
            # 'Affirmations are "Great job!"': a quotation is one thing someone said, an
            # instance, not what a kind of thing is (English: a quoted wording is mentioned, not
            # predicated of a class).
            return ""
        if mined.shape == "noun" and not _determined(text):
            return ""
        if mined.shape == "noun" and _is_clause(text):
            return ""  # "the peer specialist picks ...": a clause, not what X is
        if mined.shape == "noun" and not plural and _bare_plural(text):
            return ""  # "Empathy is textbooks": a bare plural is not what one thing is
        if mined.shape == "ing" and mined.option.klass == "avoid":
            # "Postvention is passing on rumors": an act to avoid while doing X is no account of
            # what X is (English: "X is V-ing" of an activity says what the activity consists
            # of; the article rules the act out of doing X, not out of X's definition)
            return ""
        if mined.shape == "ing" and not _eventive(concept):
            return ""  # "Recovery capital is assigning priorities": an activity said of a thing
        if mined.shape == "ing" and plural:
            # "Veteran peers are comparing ...", "Triggers are sorting by who notices": with a
            # plural subject, "are" and a gerund is the progressive, what they are doing now, not
            # what they are (English; a singular activity, "Empowerment is providing ...", reads
            # as an identity)
            return ""
        if mined.shape == "ing":
            # ("Assertive communication is insisting on your point of view ...": the gerund's
            # "your" is its understood subject's, anyone who does it, said "one's" as the key's
            # is; English binding, see `addressed`)
            text = addressed(text, bound=True)
        if plural and mined.shape == "noun" and rx.match(r"^an?\s", text, re.I):
            # ("Safety plans are a no-suicide contract": a plural subject and a singular
            # complement disagree in number; one of them is one thing, "A safety plan is a
            # no-suicide contract"; English, a copula's complement agrees with its subject)
            subject, plural = capitalise(one_of(concept)), False
        return f"{subject} {'are' if plural else 'is'} {text[:1].lower() + text[1:]}."
    if mined.shape == "it":
        pronoun, _, rest = text.partition(" ")
        words = rest.split()
        if not words or (pronoun.lower() == "they") != plural:
            if not words:
                return ""
            verb = words[0]
            if plural and verb.lower() in ("is", "was", "has"):
                words[0] = {"is": "are", "was": "were", "has": "have"}[verb.lower()]
            elif plural and verb.endswith("s"):
                words[0] = base_of_third_person(verb)
            else:
                return ""
        return f"{subject} {' '.join(words)}."
    return ""
