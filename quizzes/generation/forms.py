"""Grammatical rewriting of option phrases: verb forms and the shapes an option can take.

A wrong or right option is held as a `Phrase`: a verb phrase in its base form ("prescribe
medication") or a noun phrase ("an authoritarian attitude"). A question renders all its options
in one `Form`:

- ``"ing"``: "Prescribing medication"
- ``"by"``: "By prescribing medication" (answers a "How ...?" question)
- ``"base"``: "Prescribe medication" (answers "... help them do?")
- ``"it_helps"``: "It helps prescribe medication" (answers "Why ...?")
- ``"statement"``: "A peer specialist prescribes medication."
- ``"noun"``: "An authoritarian attitude"
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .words import word_set

Form = Literal["ing", "by", "base", "it_helps", "statement", "noun"]
VERB_FORMS: tuple[Form, ...] = ("ing", "by", "base", "it_helps", "statement")

STATEMENT_SUBJECT = "A peer specialist"

# Verbs whose base form ends in a silent "e", so "sharing" gives back "share".
_E_VERBS = word_set(
    """
    accommodate achieve advocate argue arrange assume become believe breathe care celebrate change
    choose close collaborate come communicate compare complete continue create cultivate cure debate
    decide define describe diagnose dictate disclose dispense dominate embrace emphasize
    encourage endure engage enhance ensure escalate evaluate excuse explore facilitate force gauge
    generate give guide hone hope ignore imagine impose improve include inspire introduce involve
    isolate issue judge lecture leave live lose love make manage medicate minimise minimize moralise
    moralize motivate move navigate note notice nurture organise organize overcome pace persuade
    pathologise pathologize place pose practise praise prepare prescribe pressure produce promote
    provide pursue raise rate realise realize receive recognise recognize reduce refuse reinforce
    relate remove replace require resolve rescue restore revise rule save scare secure serve shame
    shape share solve stabilise stabilize state stigmatise stigmatize strive structure substitute
    summarise summarize supervise take terminate trade translate use validate value welcome write
    """
)
_DOUBLED = {
    "run": "running",
    "put": "putting",
    "get": "getting",
    "set": "setting",
    "sit": "sitting",
    "stop": "stopping",
    "plan": "planning",
    "let": "letting",
    "cut": "cutting",
    "hit": "hitting",
    "admit": "admitting",
    "commit": "committing",
    "refer": "referring",
    "prefer": "preferring",
    "control": "controlling",
    "drop": "dropping",
    "step": "stepping",
    "shop": "shopping",
    "nag": "nagging",
    "swap": "swapping",
    "grab": "grabbing",
    "rob": "robbing",
    "dig": "digging",
}
_UNDOUBLED = {ing: base for base, ing in _DOUBLED.items()}
_IRREGULAR_3SG = {"be": "is", "have": "has", "do": "does", "go": "goes"}
_IRREGULAR_BASE = {"is": "be", "are": "be", "has": "have", "does": "do", "goes": "go"}
_NOT_GERUNDS = word_set(
    """
    something nothing anything everything thing things morning evening during ceiling spring string
    king ring wellbeing well-being belonging understanding feeling feelings meaning training setting
    building beginning
    """
)


@dataclass(frozen=True)
class Phrase:
    """An option's content before it is put into a form: a verb phrase (base form) or a noun phrase."""

    verb: str = ""
    noun: str = ""

    def can_render(self, form: Form) -> bool:
        return bool(self.noun) if form == "noun" else bool(self.verb)


def is_gerund(word: str) -> bool:
    word = word.lower()
    return word.endswith("ing") and len(word) > 4 and word not in _NOT_GERUNDS


def to_gerund(verb: str) -> str:
    """ "prescribe medication" -> "prescribing medication" (the first word is the verb)."""
    first, _, rest = verb.partition(" ")
    lower = first.lower()
    if lower in _DOUBLED:
        ing = _DOUBLED[lower]
    elif lower.endswith("ie"):
        ing = lower[:-2] + "ying"
    elif lower.endswith(("ee", "ye", "oe")) or lower == "be":
        ing = lower + "ing"
    elif lower.endswith("e") and len(lower) > 2:
        ing = lower[:-1] + "ing"
    else:
        ing = lower + "ing"
    return f"{ing} {rest}".strip()


def from_gerund(phrase: str) -> str:
    """ "sharing personal stories" -> "share personal stories"."""
    first, _, rest = phrase.partition(" ")
    lower = first.lower()
    if not is_gerund(lower):
        return phrase
    if lower in _UNDOUBLED:
        base = _UNDOUBLED[lower]
    elif lower.endswith("eeing"):
        base = lower[:-3]
    elif lower.endswith("ying") and lower[:-4] + "ie" in {"lie", "die", "tie"}:
        base = lower[:-4] + "ie"
    else:
        base = lower[:-3]
        if base + "e" in _E_VERBS:
            base += "e"
        elif (
            len(base) > 2
            and base[-1] == base[-2]
            and base[-1] not in "lsz"
            and base not in {"add", "err", "egg"}
        ):
            base = base[:-1]
    return f"{base} {rest}".strip()


def third_person(verb: str) -> str:
    """ "share stories" -> "shares stories"."""
    first, _, rest = verb.partition(" ")
    lower = first.lower()
    if lower in _IRREGULAR_3SG:
        conjugated = _IRREGULAR_3SG[lower]
    elif lower.endswith("y") and lower[-2:-1] not in tuple("aeiou"):
        conjugated = lower[:-1] + "ies"
    elif lower.endswith(("s", "sh", "ch", "x", "z", "o")):
        conjugated = lower + "es"
    else:
        conjugated = lower + "s"
    return f"{conjugated} {rest}".strip()


def base_of_third_person(word: str) -> str:
    """ "fosters" -> "foster", "establishes" -> "establish", "carries" -> "carry"."""
    lower = word.lower()
    if lower in _IRREGULAR_BASE:
        return _IRREGULAR_BASE[lower]
    if lower.endswith(("us", "ss", "is")):
        return lower
    if lower.endswith("ies") and len(lower) > 4:
        return lower[:-3] + "y"
    if lower.endswith(("sses", "shes", "ches", "xes", "zes")):
        return lower[:-2]
    if lower.endswith("uses") and lower[:-1] not in _E_VERBS:
        return lower[:-2]
    if lower.endswith("s") and not lower.endswith("ss"):
        return lower[:-1]
    return lower


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


def render(phrase: Phrase, form: Form) -> str:
    """The option text for `phrase` in `form` (no final full stop except for statements)."""
    if form == "noun":
        return capitalise(phrase.noun)
    verb = phrase.verb
    if form == "ing":
        return capitalise(to_gerund(verb))
    if form == "by":
        return "By " + to_gerund(verb)
    if form == "base":
        return capitalise(verb)
    if form == "it_helps":
        return "It helps " + verb
    return f"{STATEMENT_SUBJECT} {third_person(verb)}."


def form_of(text: str) -> str:
    """The grammatical shape of an option's text, for checking that options are parallel."""
    words = text.split()
    if not words:
        return "empty"
    first = words[0].lower()
    if first == "by":
        return "by"
    if first == "to":
        return "to"
    if text.startswith("It helps "):
        return "it_helps"
    if text.startswith(STATEMENT_SUBJECT + " ") and text.endswith("."):
        return "statement"
    if is_gerund(first):
        return "ing"
    return "other"


_ARTICLE = re.compile(r"^(?:a|an)\s", re.IGNORECASE)


def starts_with_article(text: str) -> str:
    """ "a", "an" or "" for the option's first word."""
    match = _ARTICLE.match(text)
    return match.group(0).strip().lower() if match else ""
