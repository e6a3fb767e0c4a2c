"""Quoted examples: "Which of the following is an example of an open-ended question?" (English and
item writing).

Lessons on a skill quote what it sounds like ("Example: "If you could wave a magic wand ...?"") and,
to set it apart, what the contrasting thing sounds like ("Closed questions, by contrast, ...
Examples:" then a list of quotations). The first are examples of the lesson's concept; the second,
examples of something else, are the wrong options.

- An example of the concept: a quotation opening a sentence labelled "Example:", "For example," or
  "For instance," outside a section of contrast, a quotation the text says "is an example of"
  the concept, or one after "such as" in a sentence saying what the concept is or does ("the
  best affirmation recognizes a strength, such as "You kept going ...""), outside contrast.
- An example of something else: a list item that is a quotation, in a list whose lead sentence
  sets its subject against another ("by contrast", "unlike", "on the other hand", "in contrast"),
  or in a section of contrast.

Manuals also define coordinate terms one after another, each with its examples ("Trigger: an
outside event that may set off distress. Examples include a bill arriving or a loss." "Early
warning sign: an inner change ..., such as sleeping less or ..."). `term_examples` reads them: the
examples of one term are members of it and of none of the terms defined beside it.

`model_example` finds the one quotation a lesson holds up as what its concept sounds like, for a
stem asking for an example ("Which is the best example of X?"): labelled "Example:", in apposition
to "the model sentence", said to be "a clear X", or given after "such as" in a sentence about X.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from . import rx
from .concept import pattern_of
from .distractors import self_contained
from .forms import one_of
from .lesson import is_contrast_heading
from .types import ReadLesson, Sentence
from .vocabulary import alternation, word_list
from .words import content_stems, lemmas_of

_QUOTE = r"\"(?P<q>[^\"]{8,200}?)\""
# The label and the quotation make the whole sentence ("For instance, "Q" becomes ..." is not one).
_LABELLED = re.compile(
    rf"^(?:example|for example|for instance|e\.g\.)\s*[:,]?\s*{_QUOTE}[.!?]?$", re.I
)
_CONTRASTED_LEAD = re.compile(
    r"\b(?:by contrast|in contrast|unlike|on the other hand|as opposed to)\b", re.I
)


def _clean(quote: str) -> str:
    return " ".join(quote.strip(" ,").split())


def _contrasted_leads(read: ReadLesson) -> dict[str, str]:
    """Lead sentences that set their subject against another, themselves or in the sentence just
    before them ("Closed questions, by contrast, usually begin with ... Examples:"), with the
    sentence that makes the contrast."""
    found: dict[str, str] = {}
    for sentence in read.sentences:
        if sentence.list_id:
            continue
        before = read.previous(sentence)
        if _CONTRASTED_LEAD.search(sentence.plain):
            found[sentence.plain.strip()] = sentence.text
        elif before is not None and _CONTRASTED_LEAD.search(before.plain):
            found[sentence.plain.strip()] = before.text
    return found


def examples(
    read: ReadLesson, concept: str
) -> tuple[list[tuple[Sentence, str]], list[tuple[Sentence, str]]]:
    """(examples of `concept`, examples of something the lesson sets against it), as quotations."""
    if not concept:
        return [], []
    named = pattern_of(concept).pattern
    example_of = re.compile(
        rf"{_QUOTE}\s+is\s+(?:an?\s+)?(?:\w+\s+)?example\s+of\s+(?:an?\s+)?{named}", re.I
    )
    positive: list[tuple[Sentence, str]] = []
    negative: list[tuple[Sentence, str, str]] = []
    contrasted_leads = _contrasted_leads(read)
    for sentence in read.sentences:
        text = sentence.plain.strip()
        contrast = bool(sentence.heading and is_contrast_heading(sentence.heading))
        labelled = _LABELLED.match(text)
        if labelled and not contrast and not sentence.list_id:
            positive.append((sentence, _clean(labelled.group("q"))))
        for stated in example_of.finditer(text):
            positive.append((sentence, _clean(stated.group("q"))))
        such = rx.search(rf"\bsuch as\s+{_QUOTE}", text)
        if such and not contrast and rx.search(named, text[: such.start()], re.I):
            # (English: "such as" introduces a member of the class just named)
            positive.append((sentence, _clean(such.group("q"))))
        if sentence.first_in_item:
            whole = rx.fullmatch(rf"{_QUOTE}\.?", text)
            lead = sentence.lead.strip()
            if whole and (contrast or lead in contrasted_leads):
                because = contrasted_leads.get(lead) or sentence.heading
                negative.append((sentence, _clean(whole.group("q")), because))
    for labelled_positive, labelled_negative in _labelled_pairs(read, concept):
        # (whole quotations under a label come first: "such as" may quote only a part)
        positive = labelled_positive + positive
        negative += labelled_negative
    # The one quotation the lesson holds up as its model ("Compare each of these with the model
    # sentence "..."") is an example of the concept, wherever it stands (looked for only when
    # three quotations of something else make an item possible: the search reads every
    # paragraph).
    if len(negative) >= 3 and (model := model_example(read, concept)) is not None:
        quoted = _clean(model[1].strip('"\u201c\u201d'))
        # (with the stop the lesson closes it on, as the other quotations keep theirs)
        closing = rx.search(re.escape(quoted) + r"([.!?])[\"\u201d]", model[0].plain)
        quoted += closing.group(1) if closing else ""
        if quoted.lower() not in {q.lower() for _, q in positive}:
            positive.append((model[0], quoted))
    seen = {q.lower() for _, q in positive}
    negative = [n for n in negative if n[1].lower() not in seen]
    return positive, negative


# 'Objective: "Participant arrived 20 minutes late ..."': a list item labelling a quotation.
_LABELLED_QUOTE = re.compile(r"^(?P<label>[A-Z][\w-]*(?: [\w-]+)?):\s+\"(?P<q>.+)$")


def _labelled_pairs(
    read: ReadLesson, concept: str
) -> list[tuple[list[tuple[Sentence, str]], list[tuple[Sentence, str, str]]]]:
    """Lists that set quotations under two labels in turn ("Opinion: "..."", "Objective:
    "...""): when one label names the concept, its quotations are examples of it, the other's of
    what it is set against (English: labels classify what they head; two labels in turn compare).
    A quotation may run over the item's later sentences."""
    wanted = content_stems(concept)
    found = []
    for items in read.lists().values():
        labelled: list[tuple[str, Sentence, str]] = []
        for sentence in items:
            match = (
                _LABELLED_QUOTE.match(sentence.plain.strip()) if sentence.first_in_item else None
            )
            if match is None:
                continue
            quote = " ".join(
                [match.group("q")]
                + [
                    s.plain.strip()
                    for s in read.sentences
                    if s.list_id == sentence.list_id
                    and s.item == sentence.item
                    and not s.first_in_item
                ]
            )
            if quote.count('"') != 1 or not quote.rstrip().endswith('"'):
                continue  # the quotation must close where the item ends
            labelled.append((match.group("label"), sentence, _clean(quote.rstrip().rstrip('"'))))
        labels = {label for label, _, _ in labelled}
        if len(labels) != 2 or len(labelled) < 4:
            continue
        named = [label for label in labels if wanted and content_stems(label) <= wanted]
        if len(named) != 1:
            continue
        (other,) = labels - set(named)
        found.append(
            (
                [(s, q) for label, s, q in labelled if label == named[0]],
                [(s, q, other) for label, s, q in labelled if label == other],
            )
        )
    return found


def example_stem(concept: str) -> str:
    return f"Which of the following is an example of {one_of(concept)}?"


@dataclass(frozen=True)
class TermExamples:
    """A term the lesson defines (`sentence`), with the examples it gives of it, as options."""

    term: str
    sentence: Sentence
    listed_in: Sentence  # the sentence giving the examples (the definition, or the one after it)
    form: str  # "label" ("Trigger: ...") or "plural" ("Risk factors are ...")
    examples: tuple[str, ...]
    ruled_out: bool  # defined under a heading of contrast: never a key


# "Trigger: an external event ...": a term labelling its definition (a list item or a paragraph).
_LABEL = re.compile(r"^(?P<term>[A-Z][\w'-]*(?: [\w'-]+){0,3})\s*:\s+(?P<d>\S.{11,})$")
# "Risk factors are longer-standing conditions ...": a plural term defined as a class (English:
# a bare plural subject with "are" + a noun phrase states what every member is).
_PLURAL = re.compile(
    r"^(?P<term>[A-Z][\w'-]*(?: [\w'-]+){0,3}s) are (?!not\b)(?P<d>(?:[\w'-]+ ){0,3}?[\w'-]+s\b.{8,})$"
)
_CUE = re.compile(
    rf"(?:,|\(|\u2014|;)\s*(?:{alternation(word_list('example_cues'))})\s*,?\s+(?P<x>[^)]+)",
    re.I,
)
_LIST_OPENER = re.compile(
    rf"^(?:{alternation(word_list('example_list_openers'))})\s*:?\s+(?P<x>.+)$", re.I
)
_POINTING = re.compile(r"\b(?:this|that|these|those|it|its|they|them|their|you|your)\b", re.I)


def _members(listed: str) -> tuple[str, ...]:
    """ "the anniversary of a loss, a conflict with a family member, a bill arriving or hearing a
    certain song" as four phrases (English: a series is comma-separated, its last member joined by
    "or" or "and"). A series of fewer than two members, or a member too long to be a phrase, is
    not read."""
    text = listed.strip().rstrip(".!").strip()
    if rx.search(r"[\"\u201c\u201d:;?]", text):
        return ()  # quoted words or a clause list: not a series of phrases
    parts = [p.strip() for p in text.split(",")]
    last = rx.split(r"^(?:and|or)\s+|\s+(?:and|or)\s+", parts.pop(), maxsplit=1)
    parts = [*parts, *last]
    parts = [rx.sub(r"^(?:and|or)\s+", "", p).strip() for p in parts if p.strip()]
    if len(parts) < 2 or any(not 1 <= len(p.split()) <= 8 for p in parts):
        return ()
    return tuple(
        p[:1].upper() + p[1:] for p in parts if self_contained(p) and not _POINTING.search(p)
    )


def term_examples(read: ReadLesson) -> list[TermExamples]:
    """The terms the lesson defines with examples: "Term: definition, such as A, B or C", or a
    definition followed in its paragraph (or list item) by "Examples include A, B or C."."""
    found: list[TermExamples] = []
    for position, sentence in enumerate(read.sentences):
        text = sentence.plain.strip()
        label = _LABEL.match(text)
        plural = None if label else _PLURAL.match(text)
        defined = label or plural
        if defined is None:
            continue
        term = defined.group("term").strip()
        if _POINTING.search(term) or not content_stems(term):
            continue
        listed = _CUE.search(defined.group("d"))
        examples = _members(listed.group("x")) if listed else ()
        listed_in = sentence
        after = read.sentences[position + 1] if position + 1 < len(read.sentences) else None
        if (
            not examples
            and after is not None
            and after.paragraph == sentence.paragraph
            and after.list_id == sentence.list_id
            and after.item == sentence.item
            and (opened := _LIST_OPENER.match(after.plain.strip()))
        ):
            examples = _members(opened.group("x"))
            listed_in = after
        if examples:
            found.append(
                TermExamples(
                    term=term,
                    sentence=sentence,
                    listed_in=listed_in,
                    form="label" if label else "plural",
                    examples=examples,
                    ruled_out=bool(sentence.heading and is_contrast_heading(sentence.heading)),
                )
            )
    return found


_OPEN = '["\u201c]'
_QUOTED = r"(?P<m>[\"\u201c])(?P<q>[^\"\u201d]{8,300}?)[\"\u201d]"
_EXAMPLE_LABEL = re.compile(
    rf"^(?:example|for example|for instance|e\.g\.)\s*[:,]?\s*{_OPEN}", re.I
)


def _paragraph_from(read: ReadLesson, sentence: Sentence) -> str:
    """The sentence and the two after it in its paragraph: a quotation of two sentences is split
    where its first ends, so it is read whole here."""
    text, at = sentence.plain.strip(), sentence
    for _ in range(2):
        after = read.following(at)
        if after is None:
            break
        text, at = f"{text} {after.plain.strip()}", after
    return text


def _quote_at(text: str, start: int) -> tuple[str, str] | None:
    """(quote mark, quotation) of the quotation opening at `start`, when it is a whole utterance:
    it opens with a capital (English: a quoted fragment, "arrived late and said ...", is part of a
    sentence, not a specimen of one)."""
    quoted = re.compile(_QUOTED).match(text, start)
    if quoted is None or not quoted.group("q")[:1].isupper():
        return None
    return quoted.group("m"), " ".join(quoted.group("q").strip(" ,").split())


def model_example(read: ReadLesson, concept: str) -> tuple[Sentence, str] | None:
    """The quotation the lesson holds up as a specimen of `concept`, with its sentence, in quote
    marks as the lesson writes them; None unless exactly one quotation is held up so (item
    writing: one best answer). Outside sections of contrast, a quotation:

    - labelled "Example:", "For example," (English: the label names what follows);
    - in apposition to "the model sentence", "the ideal response" (apposition names one thing
      twice, and the model is the one to copy);
    - the subject of "is a clear/good/true X" (English: "Q is an X" says Q is one of the Xs);
    - after "such as" in a sentence naming X (English: "such as" introduces an instance).
    """
    if not concept:
        return None
    named = pattern_of(concept).pattern
    model = re.compile(
        rf"\bthe\s+(?:{alternation(word_list('model_adjectives'))})\s+"
        rf"(?:{alternation(word_list('model_nouns'))})\s*[:,]?\s*(?={_OPEN})",
        re.I,
    )
    graded = re.compile(
        rf"^\s*(?:is|are)\s+(?:an?|the)\s+(?:(?:{alternation(word_list('instance_adjectives'))})"
        rf",?\s+)*{named}\b",
        re.I,
    )
    such_as = re.compile(rf"{named}\b[^\"\u201c]*?\bsuch as\s+(?={_OPEN})", re.I)
    found: dict[str, tuple[Sentence, str]] = {}
    for sentence in read.sentences:
        text = _paragraph_from(read, sentence)
        # The model named so is the model even where the lesson lists what misses it ("Compare
        # each of these with the model sentence ...").
        starts = [m.end() for m in model.finditer(sentence.plain)]
        if not (sentence.heading and is_contrast_heading(sentence.heading)):
            if (label := _EXAMPLE_LABEL.match(text)) and not sentence.list_id:
                starts.append(label.end() - 1)
            one = _ONE_LABEL.match(text)
            if one and content_stems(one.group("n")) == content_stems(concept.split()[-1]):
                # 'A reframe: "You've gone back and tried again ..."' in a lesson on reframing:
                # a label naming one instance of the concept (its count noun, "a reframe" for
                # "reframing") names the quotation after it (English: a label names what
                # follows).
                starts.append(one.end())
            starts += [m.end() for m in such_as.finditer(sentence.plain)]
            quoted = re.compile(_QUOTED).match(text)
            if quoted and graded.match(text[quoted.end() :].lstrip(".,!?")):
                starts.append(0)
        for start in starts:
            if (quote := _quote_at(text, start)) is not None:
                mark, words = quote
                words = words.rstrip(" .")  # an option ends without its full stop
                close = "\u201d" if mark == "\u201c" else mark
                found.setdefault(words.lower().strip(" .!"), (sentence, f"{mark}{words}{close}"))
    return next(iter(found.values())) if len(found) == 1 else None


# "A reframe: "...": an article, one noun, a colon, a quotation.
_ONE_LABEL = re.compile(r"^(?:an?|the)\s+(?P<n>[\w-]+)\s*:\s*(?=[\"\u201c])", re.I)
# "Desire ("I want to ..."), ... and Need ("I have to do something about this")": a quotation in
# parentheses right after a name gives an instance of what it names (English: a parenthesis after
# a noun phrase is in apposition to it).
_PARENTHESISED_QUOTE = re.compile(r"\(\s*[\"\u201c](?P<q>[^\"\u201d()]{6,200}?)[\"\u201d]\s*\)")
# A quotation that stops on a word that cannot end an English sentence ("I'm going to", "I'd save
# so much money if"), or on an ellipsis, is the opening of a specimen, not a whole one.
_UNFINISHED = re.compile(
    r"(?:\.\.\.|\u2026|\b(?:to|if|a|an|the|and|or|but|of|for|with|that|because|so))[.!?]?$", re.I
)
# A sentence that sets what it names against something ("unlike", "rather than", "not ...") may
# quote the other thing.
_SETS_AGAINST = re.compile(
    r"\b(?:not|n't|never|unlike|rather than|instead of|by contrast|in contrast|versus|vs)\b", re.I
)


def _outside_contrast(read: ReadLesson) -> Iterator[tuple[Sentence, Sentence]]:
    """Each sentence outside the sections of contrast, with its paragraph's first sentence
    (what the paragraph is about)."""
    opens: dict[tuple[str, int], Sentence] = {}
    for sentence in read.sentences:
        first = opens.setdefault((sentence.anchor, sentence.paragraph), sentence)
        if not (sentence.heading and is_contrast_heading(sentence.heading)):
            yield sentence, first


def named_instances(read: ReadLesson, concept: str) -> list[tuple[Sentence, str]]:
    """Quotations in parentheses after the names of the forms of `concept`, in a paragraph whose
    first sentence names the concept ("Change talk comes in several forms: Desire ("I want
    to..."), ... Need ("I have to do something about this")."), outside sections of contrast and
    sentences setting one thing against another: each is an instance of a form of the concept,
    so of the concept (English: a paragraph is about what its first sentence names, and a
    parenthesis after a noun phrase gives an instance of it). Only whole utterances: a capital
    first, at least three words, and an ending a sentence can have. Each is in straight quote
    marks, as `model_example` gives its quotation."""
    if not concept:
        return []
    named = pattern_of(concept)
    found: list[tuple[Sentence, str]] = []
    for sentence, first in _outside_contrast(read):
        if sentence.list_id or not named.search(first.plain):
            continue
        if _SETS_AGAINST.search(sentence.plain):
            continue
        for quoted in _PARENTHESISED_QUOTE.finditer(sentence.plain):
            words = " ".join(quoted.group("q").split()).rstrip(" ,")
            if words[:1].isupper() and len(words.split()) >= 3 and not _UNFINISHED.search(words):
                found.append((sentence, f'"{words.rstrip(".")}"'))
    return found


# "Nodding, saying "mm-hmm" or repeating a key word are all examples.": a series said to be
# examples (of the concept named, or of what its paragraph is about).
_ALL_EXAMPLES = re.compile(
    r"^(?P<s>.+?)\s+(?:are|is)\s+(?:all\s+)?(?:good\s+|common\s+|typical\s+)?examples?"
    r"(?:\s+of\s+(?P<x>[^.]+?))?\s*[.!]?$",
    re.I,
)


def listed_instances(read: ReadLesson, concept: str) -> list[tuple[Sentence, str]]:
    """The acts of a series the lesson says are examples of `concept` ("Nodding, saying ... or
    repeating a single key word the person just used ("Evicted?") are all examples."), in a
    paragraph whose first sentence names the concept or naming it itself, outside sections of
    contrast: each gerund phrase of the series, its parenthesis dropped, without quotations
    (English: a series shares its predicate, so each member is an example)."""
    if not concept:
        return []
    named = pattern_of(concept)
    found: list[tuple[Sentence, str]] = []
    for sentence, first in _outside_contrast(read):
        said = _ALL_EXAMPLES.match(sentence.plain.strip())
        if said is None:
            continue
        about = said.group("x") or first.plain
        if not named.search(about):
            continue
        series = rx.sub(r"\s*\([^)]*\)", "", said.group("s"))
        series = rx.sub(r"\"[^\"]*\"", '""', series)  # (quoted words: no member of their own)
        # (members are split at commas, and at "or"/"and" before another act)
        parts = rx.split(r",\s*|\s+(?:or|and)\s+(?=[a-z]+ing\b)", series)
        for part in parts:
            part = rx.sub(r"^(?:or|and)\s+", "", part).strip(" .")
            first = part.split()[0].lower() if part.split() else ""
            if (
                '"' not in part
                and len(part.split()) >= 2
                and first.endswith("ing")
                and "VERB" in lemmas_of(first)
                and self_contained(part)
            ):
                found.append((sentence, part[:1].upper() + part[1:]))
    return found


# ", like telling someone not to worry ...": an act introduced as an instance of what precedes it
# (English: "like" and "such as" before a member of the class just named).
_CITED_ACT = re.compile(
    r"(?:,\s*|\s)(?:like|such as|for example,?|for instance,?)\s+(?P<g>[a-z]+ing\b[^;:.!?()\u2014]*)",
    re.I,
)


def cited_instances(read: ReadLesson, concept: str) -> list[tuple[Sentence, str]]:
    """Acts a sentence naming `concept` gives as instances of it ("A communication roadblock is
    any reply that ..., and the sneakiest ones are the kind ones, like telling someone not to
    worry because everything will be fine"), outside sections of contrast and sentences setting
    it against something else: each is an example of the concept (English: "like" or "such as"
    after a class introduces a member)."""
    if not concept:
        return []
    named = pattern_of(concept)
    found: list[tuple[Sentence, str]] = []
    for sentence, _first in _outside_contrast(read):
        concept_at = named.search(sentence.plain)
        if sentence.list_id or concept_at is None:
            continue
        for cited in _CITED_ACT.finditer(sentence.plain, concept_at.end()):
            if _SETS_AGAINST.search(sentence.plain[: cited.start()]):
                break  # ("not X, like ...": the instance may be of what is denied)
            act = cited.group("g").strip(" ,")
            first = act.split()[0].lower()
            if (
                "VERB" in lemmas_of(first)
                and len(act.split()) >= 3
                and '"' not in act
                and self_contained(act)
            ):
                found.append((sentence, act[:1].upper() + act[1:]))
    return found


_ORDINALS = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4}
# "Only the first one is a paraphrase.", "The fourth one is advice.": members of a list named by
# their place and classed (English: an ordinal with "one"/"option" points back into a list).
_ORDINAL_VERDICT = re.compile(
    r"^(?P<only>only\s+)?the\s+(?P<o>first|second|third|fourth|fifth|last)"
    r"(?:\s+(?:one|option|response|answer|reply|statement|example|choice))?\s+(?:is|was)\s+"
    r"(?P<x>(?:an?\s+|the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3})\s*[.!]?$",
    re.I,
)


@dataclass(frozen=True)
class OrdinalChoice:
    """A list of quotations one of which a later sentence picks out by its place and classes
    ("Only the first one is a paraphrase."): the class named, the member picked, the others."""

    label: str  # "a paraphrase"
    key: tuple[Sentence, str]
    others: tuple[tuple[Sentence, str], ...]
    verdict: Sentence


def ordinal_choices(read: ReadLesson) -> list[OrdinalChoice]:
    """Lists of three or more quotations (each item one whole quotation) followed, within the
    next dozen sentences, by a sentence naming one member by its place and what it is. With
    "only" the others are not that; without, only the members the text classes otherwise are
    (English: "only" excludes the rest of the set)."""
    found: list[OrdinalChoice] = []
    for items in read.lists().values():
        quoted = []
        for sentence in items:
            whole = rx.fullmatch(rf"{_QUOTED}\.?", sentence.plain.strip())
            if whole is None:
                break
            quoted.append((sentence, _clean(whole.group("q"))))
        if len(quoted) < 3 or len(quoted) != len(items):
            continue
        after = read.sentences.index(items[-1]) + 1
        labels: dict[int, tuple[str, bool, Sentence]] = {}
        for sentence in read.sentences[after : after + 12]:
            if sentence.list_id:
                continue
            verdict = _ORDINAL_VERDICT.match(sentence.plain.strip())
            if verdict is None:
                continue
            place = verdict.group("o").lower()
            at = len(quoted) - 1 if place == "last" else _ORDINALS[place]
            if at < len(quoted) and at not in labels:
                labels[at] = (verdict.group("x").strip(), bool(verdict.group("only")), sentence)
        for at, (label, only, sentence) in labels.items():
            others = tuple(
                member
                for i, member in enumerate(quoted)
                if i != at
                and (only or (i in labels and content_stems(labels[i][0]) != content_stems(label)))
            )
            if len(others) >= 3:
                found.append(OrdinalChoice(label, quoted[at], others, sentence))
    return found
