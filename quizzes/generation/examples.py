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
"""

from __future__ import annotations

import re

from .concept import pattern_of
from .forms import one_of
from .lesson import is_contrast_heading
from .types import ReadLesson, Sentence

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
        such = re.search(rf"\bsuch as\s+{_QUOTE}", text)
        if such and not contrast and re.search(named, text[: such.start()], re.I):
            # (English: "such as" introduces a member of the class just named)
            positive.append((sentence, _clean(such.group("q"))))
        if sentence.first_in_item:
            whole = re.fullmatch(rf"{_QUOTE}\.?", text)
            lead = sentence.lead.strip()
            if whole and (contrast or lead in contrasted_leads):
                because = contrasted_leads.get(lead) or sentence.heading
                negative.append((sentence, _clean(whole.group("q")), because))
    seen = {q.lower() for _, q in positive}
    negative = [n for n in negative if n[1].lower() not in seen]
    return positive, negative


def example_stem(concept: str) -> str:
    return f"Which of the following is an example of {one_of(concept)}?"
