"""The moment a case study opens on, as the situation of a scenario stem.

A case article ("Forty Dollars Until Friday") tells of a person who says something to their peer
specialist, then of how the peer specialist answered, and then why. Real exam items put the
same moment to the candidate in the person's own words: 'A person tells their peer specialist,
"Could you spot me forty bucks until payday?" What is the most helpful response?'. Rules (English
discourse and item writing, no phrase of any one article):

- The moment is the first thing the case's person says in quotation marks, in the article's
  opening (before its first heading), when no one of the role has spoken before it: a story
  tells the request before the response.
- The speaker is known from the attribution next to the quotation ("he says", "Marcus asks"): a
  name of the story that is not a peer specialist of it, or a pronoun that cannot stand for the
  peer specialist: theirs is the other one, or, theirs untold, it is the supported person's as
  the role's introduction gives it ("his peer specialist, Ellen": "he"). A quotation with no
  attribution after a sentence of its paragraph is that sentence's subject's (the action beat:
  'One afternoon he tells Renee that ... "Some weekends it's fine."'); a peer specialist the
  opening has not named yet is no one its pronouns stand for. Any other unattributed quotation
  is left alone.
- The words stand alone in a stem: no name of the story and no "he", "she", "this" or "these"
  pointing at what only the story says; a few words at least and not too many to read.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import rx
from .distractors import case_helpers, genders, names_in
from .types import ReadLesson, Sentence
from .vocabulary import alternation, vocabulary

# Where the article opens, before its first heading.
_OPENING = ("lesson-summary", "lesson-body")
_QUOTED = re.compile(r'"(?P<q>[^"]{2,400})"')
_SAYING = r"(?:says|said|asks|asked|adds|added|tells\s+\w+|told\s+\w+|blurts\s+out|writes|wrote)"
# 'he says', 'Marcus asks quietly': the attribution after a quotation (English: the speaker and a
# verb of saying, either order, may follow the words said).
_AFTER = re.compile(
    rf"^\s*,?\s*(?:(?P<w>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+|he|she|they)\s+(?:[a-z]+ly\s+)?{_SAYING}|"
    rf"{_SAYING}\s+(?P<v>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+))\b",
)
# 'Carla wipes her eyes and says, ': the attribution before a quotation, closing on a comma or a
# colon just before it; its speaker the nearest name or pronoun that opens it.
_BEFORE = re.compile(
    # ('she said something that surprised them both: "..."': the verb of saying, what it says
    # about the words, then a colon; English, the colon introduces the quotation)
    rf"(?:[\w']+,?\s+){{0,8}}?{_SAYING}(?:,\s+[\w' ]{{1,30}}|\s+[\w' ]{{1,40}}(?=:))?[,:]\s*$"
)
_WHO = re.compile(r"\b(?:[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+|[Hh]e|[Ss]he|[Tt]hey)\b")
# Words of the quotation that point at what only the story tells: a third person, or "this" and
# "these" standing for a thing ("this stuff", "Can you look at this?"); a demonstrative before a
# noun of the scene ("this building") points at the place both speakers share.
_POINTING = re.compile(
    r"\b(?:he|him|his|she|her|hers)\b|"
    r"\b(?:this|these|those|that)\s+(?:stuff|things?|ones?|kind|sort)\b|"
    r"\b(?:this|these|those)(?=\s*[.,?!;]|\s+(?:is|are|was|were|means|'s)\b)",
    re.I,
)


# The question a case's opening words are asked with.
SCENE_QUESTION = "What is the most helpful response?"


def vignette_situation(read: ReadLesson) -> str:
    """'A person asks their peer specialist, "Can I get a hug?" What is the most helpful
    response?': the case's opening request (module docstring), or "" when the article opens on
    none."""
    said = opening_words(read.sentences)
    if not said:
        return ""
    verb = "asks" if said.rstrip('"').endswith("?") else "tells"
    return f'A person {verb} their peer specialist, "{said}" {SCENE_QUESTION}'


def opening_words(sentences: Sequence[Sentence]) -> str:
    """The words the case's person says first in the article's opening, joined across an
    attribution that interrupts them ('"Everybody here is useless," he says. "Honestly, ..."');
    "" when the opening has none that a stem could quote (module docstring)."""
    helpers = case_helpers(sentences)
    if not helpers:
        return ""
    names = names_in(sentences)
    pronouns = genders(sentences, names)
    paragraphs: dict[tuple[str, int], list[str]] = {}
    for sentence in sentences:
        if sentence.anchor not in _OPENING:
            break
        paragraphs.setdefault((sentence.anchor, sentence.paragraph), []).append(sentence.plain)
    # (a pronoun of the opening stands for someone it has named: a helper brought in later, a
    # foil in "A different afternoon", is no one it can mean; English anaphora)
    opening = " ".join(" ".join(p) for p in paragraphs.values())
    present = [h for h in helpers if rx.search(rf"\b{h}\b", opening)] or list(helpers)
    helper_pronouns = {pronouns.get(h, "") for h in present}
    last_actor = ""
    for paragraph in paragraphs.values():
        text = " ".join(paragraph)
        parts: list[str] = []
        speaker, end = "", 0
        actor, last_actor = last_actor, _actor(paragraph[-1], names)
        for quoted in _QUOTED.finditer(text):
            who = _speaker(text[: quoted.start()], text[quoted.end() :])
            if not who and quoted.start() == 0 and actor:
                # (a quotation opening its paragraph with no attribution is the words of the
                # person the paragraph before ends on: "Darnell's jaw tightens." then '"Man, you
                # sound just like my probation officer ..."'; English discourse, a reply set
                # apart follows the one who was acting)
                who = actor
            if not who and rx.search(r"[.!?]\s+$", text[: quoted.start()]):
                # ('One afternoon he tells his peer specialist, Renee, that ... "Some weekends
                # it's fine."': a quotation after a sentence of its paragraph, with no
                # attribution, is the words of that sentence's subject; English discourse, the
                # action beat names the speaker)
                who = _beat_subject(text[: quoted.start()], names)
            if parts:
                # ('," he says. "': only an attribution between, the same speaker goes on)
                between = text[end : quoted.start()]
                if not rx.fullmatch(
                    rf"\s*,?\s*(?:{re.escape(speaker)}|he|she|they)\s+{_SAYING}"
                    r"\s*[.,:]\s*",
                    between,
                    re.I,
                ):
                    break
                parts.append(quoted.group("q"))
                end = quoted.end()
                continue
            pronoun = who.lower() in ("he", "she", "they")
            if (
                not who
                or who in helpers
                or (pronoun and who.lower() in helper_pronouns)
                or (pronoun and "" in helper_pronouns and who.lower() != _supported(sentences))
                or (not pronoun and who not in names)
            ):
                # (the role speaks first, or who speaks is not known to be someone else: no
                # request opens the case)
                return ""
            speaker, end = who, quoted.end()
            parts.append(quoted.group("q"))
        if parts:
            return _quotable(parts, names)
    return ""


# "Marcus has been meeting with his peer specialist, Ellen": the possessive before the role is the
# supported person's pronoun (English: "his peer specialist" is the peer specialist of "him").
_SUPPORTED_BY = re.compile(
    rf"\b(?P<p>his|her|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{alternation(vocabulary().role_words)}),"
    r"\s+[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+\b|\b[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+,\s+(?P<q>his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    rf"(?:{alternation(vocabulary().role_words)})\b",
    re.I,
)


def _supported(sentences: Sequence[Sentence]) -> str:
    """ "he", "she" or "they" for the person the case's peer specialist supports, as the
    possessive of the first introduction by the role says ("his peer specialist, Ellen"), or ""."""
    for sentence in sentences:
        if (found := _SUPPORTED_BY.search(sentence.plain)) is not None:
            said = (found.group("p") or found.group("q")).lower()
            return {"his": "he", "her": "she", "their": "they"}[said]
    return ""


def _beat_subject(before: str, names: frozenset[str]) -> str:
    """The subject of the last sentence of `before`: a name of the story or "he" or "she", after
    a fronted phrase of time ("One afternoon he tells ..."), or ""."""
    last = rx.split(r"(?<=[.!?])\s+", before.strip())[-1]
    found = rx.match(
        r"^(?:(?:one|that|this|the next|later that)\s+\w+\s+|at\s+[^,]{3,40},\s+)?"
        r"(?P<w>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+|he|she)\s+[a-z]+\b",
        last,
        re.I,
    )
    if found is None:
        return ""
    who = found.group("w")
    return who if who.lower() in ("he", "she") or who in names else ""


def _actor(sentence: str, names: frozenset[str]) -> str:
    """The story's person a sentence opens on, as subject or possessor ("Darnell's jaw
    tightens.", "Keisha looks down."), or ""."""
    found = rx.match(r"^(?P<n>[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+)(?:'s|\u2019s)?\s", sentence.strip())
    return found.group("n") if found and found.group("n") in names else ""


def _speaker(before: str, after: str) -> str:
    """Who says a quotation, from the attribution before it or the one after it ("" if none)."""
    for who in reversed([*_WHO.finditer(before)]):
        if _BEFORE.match(before, who.end() + 1) and before[who.end() : who.end() + 1] == " ":
            return who.group(0)
    found = _AFTER.match(after)
    # ('"Hi!" Luis writes back, "Job."': an attribution running on into a quotation introduces
    # that one)
    if found is not None and not rx.match(r"[^.!?\"]{0,40}[,:]\s*\"", after[found.end() :]):
        return found.group("w") or found.group("v")
    return ""


def _quotable(parts: list[str], names: frozenset[str]) -> str:
    """The words joined into sentences, or "" when they point outside themselves or run long."""
    joined = " ".join(
        rx.sub(r",$", ".", part.strip()) if not rx.search(r"[.!?]$", part.strip()) else part.strip()
        for part in parts
    )
    words = joined.split()
    if not 4 <= len(words) <= 40:
        return ""
    if _POINTING.search(joined) or any(w.strip(".,!?;:'\"") in names for w in words):
        return ""
    return joined[:1].upper() + joined[1:]
