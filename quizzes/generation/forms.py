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
- ``"to"``: "To prescribe medication" (answers "What is the purpose of ...?")
- ``"clause"``: a whole clause as the lesson wrote it ("It acts as a foundation")

Inflection is lemminflect's (its lexicon ships inside the wheel), not hand-written verb lists.
"""

from __future__ import annotations

import re
from typing import Literal

from lemminflect import getInflection, getLemma

from . import rx
from .types import Phrase
from .vocabulary import alternation, vocabulary
from .words import lemmas_of, verb_inflections

Form = Literal["ing", "by", "base", "to", "it_helps", "statement", "noun", "clause"]
VERB_FORMS: tuple[Form, ...] = ("ing", "by", "base", "to", "it_helps", "statement")

STATEMENT_SUBJECT = "A peer specialist"

# Words ending in -ing that are nouns or adjectives in explanatory prose, never a verb heading an
# option (English: lemminflect knows "meaning" as a lemma of "mean", but "a meaning" is a noun).
_NOT_GERUNDS = frozenset(
    [
        "something",
        "nothing",
        "anything",
        "everything",
        "thing",
        "things",
        "morning",
        "evening",
        "during",
        "ceiling",
        "spring",
        "string",
        "king",
        "ring",
        "wellbeing",
        "well-being",
        "belonging",
        "understanding",
        "feeling",
        "feelings",
        "meaning",
        "training",
        "setting",
        "settings",
        "building",
        "beginning",
        "nothing",
    ]
)


def is_gerund(word: str) -> bool:
    """Whether `word` is the -ing form of a verb (lemminflect's lexicon, not a suffix rule)."""
    word = word.lower()
    if not word.endswith("ing") or len(word) <= 4 or word in _NOT_GERUNDS:
        return False
    # ("bring", "sing", "spring": a verb whose own base ends in "-ing" is its base, no gerund)
    lemmas = lemmas_of(word, upos="VERB")
    return bool(lemmas) and word not in lemmas.get("VERB", ())


def gerund_clause(words: list[str]) -> bool:
    """Whether the words open on a one-word gerund subject and its verb ("Enabling shields ...",
    "Supporting helped ..."): the verb inflected, neither its base nor another gerund."""
    if len(words) < 3 or not is_gerund(words[0]):
        return False
    verb = words[1].lower()
    lemmas = lemmas_of(verb).get("VERB", ())
    return bool(lemmas) and verb not in lemmas and not is_gerund(verb)


def is_past(word: str) -> bool:
    """Whether `word` is a verb's simple past ("came", "decided"), by the lexicon."""
    lower = word.lower()
    verbs = lemmas_of(lower).get("VERB", ())
    return bool(verbs) and lower not in verbs and _inflect(verbs[0], "VBD") == lower


def bare_infinitives(phrase: str) -> str:
    """ "use your own tools and to tell your supervisor" -> "use your own tools and tell your
    supervisor": infinitives coordinated after a first one lose their "to" with it, when the
    series is said in the base form (English: an instruction's verbs are bare)."""
    return rx.sub(
        r"(\b(?:and|or)|,)\s+to\s+(?=(?P<v>[a-z]+)\b)",
        lambda found: found.group(0) if not is_verb(found.group("v")) else f"{found.group(1)} ",
        phrase,
    )


def is_verb(word: str) -> bool:
    """Whether `word` can be a verb's base form (so "still" or "often" cannot start a verb phrase).
    An adverb's comparative is no adverb in its base form, so "lower" and "better" can be verbs."""
    lower = word.lower()
    lemmas = lemmas_of(lower)
    return "VERB" in lemmas and lower in lemmas["VERB"] and lower not in lemmas.get("ADV", ())


def is_instruction(words: list[str] | tuple[str, ...]) -> bool:
    """Whether a sentence opens with a bare verb, an instruction: a verb that is no noun ("Revisit
    the inventory ..."), or one followed by what follows a verb, not by a verb of its own as a
    subject would be ("Refer them to ...", "Think of X as ...")."""
    if not words:
        return False
    first = words[0].lower().rstrip(",;:")
    lemmas = lemmas_of(first)
    if "VERB" not in lemmas or first not in lemmas["VERB"]:
        return False
    if words[0].endswith(",") and "NOUN" not in lemmas:
        return True  # "Accept, but ...": a verb that is no noun, then a clause of its own
    if words[0].endswith(",") and len(words) > 2 and is_instruction(words[1:]):
        # "Decline, record what happened and take the concern ...": a verb before a comma and an
        # instruction after it is the first of a series of instructions (English: coordinated
        # imperatives), though the word alone may be a noun ("a decline").
        return True
    # ("decline kindly, explain why ...": the word's comma is no part of it)
    following = words[1].lower().rstrip(",;:") if len(words) > 1 else ""
    objects = (
        *("how", "what", "the", "a", "an", "them", "him", "her", "their", "it", "your", "his"),
        *("our", "my", "nothing", "everything", "something"),
    )
    if following in ("of", "about"):
        # "Think of X as Y" (a verb regarding something as something) vs "Amount of time"; "Talk
        # about the ending ahead of time" (no verb follows for a noun subject "Talk about ...").
        return (
            "NOUN" not in lemmas
            or bool(rx.search(r"\sas\s", " ".join(words[2:])))
            or (following == "about" and not _verb_next(words[2:8]))
        )
    focus = " ".join(w.lower() for w in words[1:3])
    if rx.match(r"^(?:at least|at most|only|just|even|also|always|never)\b", focus):
        # "Keep at least a minimum ...", "Share only what ...": a focusing adverb between a verb
        # and its object (English); after a noun subject its verb would come first ("Keep
        # changes at least ..." is no reading of "Keep at least ..."). Before the adverbs in
        # "-ly": "only" is one of these ("Appropriate only with consent": an adjective).
        rest = words[3:] if focus.startswith("at ") else words[2:]
        after = rest[0].lower() if rest else ""
        if after in objects or after in ("what", "as", "one", "each", "every", "any"):
            return True
        # ("Use only approved platforms": a bare object. Before a preposition or conjunction, a
        # word that is no adjective is a verb, "Share only when asked"; "Appropriate only with
        # consent" is the adjective with its complement.)
        if not after or after in _NOT_OBJECTS:
            return "ADJ" not in lemmas
        # ("Change only happens slowly": a subject, its verb after the adverb)
        return not (after.endswith("s") and "VERB" in lemmas_of(after))
    if following.endswith("ly") and "ADV" in lemmas_of(following):
        # "Ask directly and ...": an adverb after the verb; "Hope rarely arrives": a subject's
        # adverb, its verb after it.
        after = words[2].lower() if len(words) > 2 else ""
        return not (after.endswith("s") and "VERB" in lemmas_of(after))
    if following == "to" and len(words) > 2:
        # "Refuse to share ...", "Plan to attend ...": a verb taking an infinitive (a noun before
        # "to" and a verb would be a subject still waiting for its own verb)
        after = words[2].lower()
        return after in lemmas_of(after).get("VERB", ()) and not _verb_next(words[3:])
    return "NOUN" not in lemmas or following in objects


# Words that open no object: prepositions and subordinating conjunctions.
_NOT_OBJECTS = frozenset(
    [
        *("with", "without", "when", "whenever", "if", "unless", "until", "while", "after"),
        *("before", "in", "on", "at", "for", "from", "by", "under", "during", "within", "to"),
        "because",
    ]
)


def _verb_next(words: list[str] | tuple[str, ...]) -> bool:
    """Whether a finite verb comes soon: "Permission to share something is ..." has one."""
    return any(
        w.lower() in ("is", "are", "was", "were", "can", "will", "may", "must")
        or (w.lower().endswith("s") and set(lemmas_of(w.lower())) == {"VERB"})
        for w in words[:4]
    )


def _inflect(word: str, tag: str) -> str:
    lower = word.lower()
    found = getInflection(lower, tag=tag)
    return found[0] if found else lower


# A copular or resultative verb, its object and the adjective it takes, ending the text before a
# conjunction ("keep your voice low", "stay calm").
_COMPLEMENT_BEFORE = re.compile(
    r"\b(?:keep|keeping|stay|staying|remain|remaining|make|making|get|getting|be|being)\s+"
    r"(?:[\w'-]+\s+){0,3}[a-z]+\s*$",
    re.I,
)
# A verb coordinated with the first one ("ask directly and connect them"): it takes the same form.
_COORDINATED = re.compile(
    r"(?<=\s)(?:and|or|but)\s+(?:then\s+|never\s+|also\s+|always\s+|still\s+|[a-z]{3,}ly\s+)?"
    # (or the comma before what a verb of saying quotes: "and saying, "...")
    # (the word after the verb looked at, not taken: "clearly and kindly and keep the refusal"
    # leaves "and keep" to be matched in its turn; a conjunction is no verb)
    r"(?P<v>(?!(?:and|or|but)\b)[a-z]+)\b(?=(?P<next>\s+[a-z]+|,\s+[\"\u201c]|\W*$)?)"
)


# A subordinate clause whose subject is a plural noun, still open (no comma since): "if
# symptoms stick around or get worse", where a verb's base form after "or" may be the clause's
# (plural agreement) as well as the instruction's.
_INNER_CLAUSE = re.compile(
    r"\b(?:if|when|whenever|unless|until|because|while|once)\s+(?:the\s+|their\s+|your\s+)?"
    r"(?:people|[a-z]+[^s\W]s)\s+[a-z]+[^,]*$",
    re.I,
)


def _base_verb(word: str) -> bool:
    lemmas = lemmas_of(word)
    return "VERB" in lemmas and word in lemmas["VERB"] and "NOUN" not in lemmas


def _adjective_next(text: str) -> bool:
    """Whether the next word of `text` is an adjective only, or a hyphenated compound
    ("role-consistent"): what opens a verb's object, never follows a noun."""
    found = rx.match(r"\s+([\w'-]+)", text)
    if found is None:
        return False
    word = found.group(1).lower()
    lemmas = lemmas_of(word)
    return ("-" in word and word[0].isalpha()) or ("ADJ" in lemmas and "NOUN" not in lemmas)


# A series closed by its serial comma: all before the last ", and" or ", or", and the rest.
_SERIAL_LAST = re.compile(r"^(?P<s>[^;:]*,)(?P<t>\s(?:and|or)\s(?:(?!,\s(?:and|or)\s)[^;:])*)$")


# The object and bare infinitive after "help", "let" or "make": "the parent prepare".
_BARE_INFINITIVE = re.compile(
    r"^(?:(?:the|a|an|their|his|her|each|every)\s+)?[\w'-]+\s+(?P<i>[a-z]+)(?:\s+[^,;:]*)?$"
)


def to_gerund(verb: str) -> str:
    """ "prescribe medication" -> "prescribing medication" (the first word is the verb); a verb
    coordinated with it goes with it ("ask and connect" -> "asking and connecting")."""
    first, _, rest = verb.partition(" ")
    lemmas = lemmas_of(first.lower())
    following = rest.partition(" ")[0].lower()
    if (
        "ADV" in lemmas
        and ("VERB" not in lemmas or first.lower() in _FOCUSING)
        and following in lemmas_of(following).get("VERB", ())
    ):
        # "gently check in, ..." -> "gently checking in, ...": an adverb before the verb (a split
        # infinitive's, "to gently check in") modifies it and stays before it; the verb after it
        # takes the form (English: an adverb has no gerund).
        return f"{first} {to_gerund(rest)}"
    # "Accept, but ...": the verb's punctuation stays after its new form.
    first, mark = rx.match(r"^(.*?)([,;:]*)$", first).groups()

    def coordinated(m: re.Match[str]) -> str:
        word = m.group("v")
        after = (m.group("next") or "").strip().lower()
        lemmas = lemmas_of(word)
        before = m.string[: m.start()]
        if rx.search(r"\bbetween\s+(?:\S+\s+){0,3}$", before, re.I):
            return m.group(0)  # "between work and home": "between" takes two nouns (English)
        if m.string[m.end("v") : m.end("v") + 1] in ("-", "'"):
            return m.group(0)  # "and long-term housing": the word is part of a compound
        if (
            m.group(0).startswith("or")
            and after not in ("the", "a", "an", "their", "his", "her", "them", "it")
            and "NOUN" in lemmas
        ) and rx.search(
            r"\b(?:about|of|for|with|on|in|from|into|like|over|under|at|by|through|against|"
            r"toward|towards|without|across)\s+(?:[a-z'-]+\s+){0,2}[a-z'-]+s?\s*$",
            before,
        ):
            # "talk with their supervisor about adjustments or time off": after a preposition's
            # object, a word that is a noun too is the object's coordinate (English: like joins
            # like), not a second verb
            return m.group(0)
        opened = rx.search(r"\bto\s+(?P<i>[a-z]+)\b[^,;:]*$", before)
        if opened and opened.group("i") in lemmas_of(opened.group("i")).get("VERB", ()):
            # "tell them to wait a few months and reapply": a verb coordinated after an open
            # infinitive, no comma between, is the infinitive's (English: the nearest verb
            # takes the coordinate)
            return m.group(0)
        bare = _BARE_INFINITIVE.match(before.strip())
        if (
            first.lower() in ("help", "let", "make")
            and bare
            and bare.group("i") in lemmas_of(bare.group("i")).get("VERB", ())
        ):
            # "help the parent prepare and speak for themselves": after "help", "let" or "make"
            # with its object and a bare infinitive, the verb coordinated is the infinitive's
            # (English: the nearest verb takes the coordinate), not a second act
            return m.group(0)
        last = before.split()[-1].lower().strip(",") if before.split() else ""
        if (
            not after
            and "ADJ" in lemmas_of(last)
            and "ADJ" in lemmas
            and _COMPLEMENT_BEFORE.search(f"{first}{before}")
        ):
            # "keep your voice low and steady": the adjective a copular or resultative verb takes
            # ("keep ... low") and a word that is an adjective too, ending the phrase, are
            # coordinate adjectives, no second verb (English: coordination joins like with like)
            return m.group(0)
        if m.group(0).startswith("or") and _INNER_CLAUSE.search(before):
            # "get help if symptoms stick around or get worse": a condition's alternatives are
            # the condition's, a verb after "or" there the clause's own (English coordination)
            return m.group(0)
        if word in _FOCUSING and after not in OBJECT_OPENERS:
            # ("offer real choices, even small ones": a focusing adverb, a closed class of English
            # that is verbs too, "even the odds", is the adverb unless an object follows it)
            return m.group(0)
        # A verb that is a noun too ("wait", "put") is a verb here when what follows it is what
        # follows a verb: an object, a particle, or nothing ("... and wait").
        verb_here = (
            _base_verb(word)
            or (
                "VERB" in lemmas
                and word in lemmas["VERB"]
                and (
                    not after
                    or after in OBJECT_OPENERS
                    # ("and offer role-consistent alternatives": an adjective after the word opens
                    # its object; a noun is not followed by one)
                    or _adjective_next(m.string[m.end("v") :])
                    # ("provide or help locate ...": a verb taking a bare infinitive, then it)
                    or (
                        word in ("help", "let", "make")
                        and after in lemmas_of(after).get("VERB", ())
                    )
                )
            )
        )
        return m.group(0).replace(word, _inflect(word, "VBG"), 1) if verb_here else m.group(0)

    def infinitive(m: re.Match[str]) -> str:
        word = m.group("v")
        if word not in lemmas_of(word).get("VERB", ()):
            return m.group(0)
        return f"{m.group('c')} {_inflect(word, 'VBG')}"

    # "remind the group and to address breaches": a second infinitive coordinated with the first
    # verb takes its form too ("reminding ... and addressing breaches").
    rest = rx.sub(r"\b(?P<c>and|or)\s+to\s+(?P<v>[a-z]+)\b", infinitive, rest)
    joined = _COORDINATED.sub(coordinated, f" {rest}").strip()
    series = rx.match(r"^(?P<s>[^;:]*?)(?P<t>\s(?:and|or)\s.*)$", joined)
    # ("say no clearly and kindly, keep ..., and move on": an "and" inside the first member; the
    # series' own is the last one, after English's serial comma)
    serial = _SERIAL_LAST.match(joined)
    series = serial or series
    listed = series and "," in series.group("s")
    if joined != rest.strip() and series:
        # "name the boundary, explain why and offer ...", "listen, reflect and ask": a series
        # whose last member, after "and", is a verb coordinated with the first; the members
        # between, after commas, are verbs of it too when they open on one. When none does and
        # the last is one word ("prescribe medication, therapy and support"), it is a noun of
        # the object's series, as they are (English: "A, B and C" coordinates like terms).
        between = ("," if mark == "," else "") + series.group("s")
        members = _SERIES_MEMBER.sub(coordinated, between)
        # ("offer food, water and rest": after a verb with its object, one-word members are
        # the object's series, however verb-like; "listen, reflect and ask" has no object)
        bare = all(len(m.split()) == 1 for m in series.group("s").split(",")[1:])
        one_word_last = len(series.group("t").split()) == 2
        if "," in between and one_word_last and (members == between or (bare and mark != ",")):
            joined = rest.strip()
        else:
            joined = members.removeprefix(",") + series.group("t")
    elif listed:
        # "follow up ..., tell your supervisor, and document according to policy": a member
        # between that is a verb with its object makes the series one of acts, and its last
        # member's verb takes their form too, whatever follows it (English coordination).
        between = ("," if mark == "," else "") + series.group("s")
        members = _SERIES_MEMBER.sub(coordinated, between)
        last = rx.match(r"^(?P<c>\s(?:and|or)\s+)(?P<v>[a-z]+)\b(?P<r>.*)$", series.group("t"))
        # (a member opening on a verb and its object, "tell your supervisor"; a bare word,
        # "water" in "offer food, water and rest", is a noun of the object's series)
        acting = any(
            (m.group("next") or "").strip().lower() in OBJECT_OPENERS
            and m.group("v") in lemmas_of(m.group("v")).get("VERB", ())
            for m in _SERIES_MEMBER.finditer(between)
        )
        if acting and last and last.group("v") in lemmas_of(last.group("v")).get("VERB", ()):
            tail = f"{last.group('c')}{_inflect(last.group('v'), 'VBG')}{last.group('r')}"
            joined = members.removeprefix(",") + tail
    if not listed:
        # "say no kindly, keep the refusal short": a member after a comma opening on a verb and
        # its object is a coordinated instruction without "and" (English: asyndeton), and
        # takes the form too.
        joined = _SERIES_MEMBER.sub(coordinated, joined)
    return _continuing(f"{_inflect(first, 'VBG')}{mark} {joined}".strip())


def _continuing(phrase: str) -> str:
    """ "keeping supporting the person" -> "continuing to support the person": "keep" with a
    gerund after it, itself a gerund, doubles the "-ing" that English avoids; "continue to" says
    the same (English: the double-"-ing" constraint on aspectual verbs)."""
    kept = rx.match(r"^(?P<k>[Kk])eeping\s+(?P<g>[a-z]+ing)\b", phrase)
    if kept is None or not is_gerund(kept.group("g")):
        return phrase
    opening = "Continuing" if kept.group("k") == "K" else "continuing"
    return f"{opening} to {_lemma(kept.group('g'))}{phrase[kept.end() :]}"


# Focusing and degree adverbs that are verbs as well ("even", "still", "further").
_FOCUSING = frozenset(["even", "still", "further", "just", "only", "yet"])


# A member of a series after its comma ("..., explain why ..."), as `_COORDINATED` reads one.
_SERIES_MEMBER = re.compile(r"(?<=,)\s*(?P<v>[a-z]+)\b(?P<next>\s+[a-z]+|\W*$)?")


def _lemma(word: str) -> str:
    lemma = getLemma(word.lower(), upos="VERB")
    return lemma[0] if lemma else word.lower()


def from_gerund(phrase: str) -> str:
    """ "sharing personal stories" -> "share personal stories"; a gerund coordinated with it goes
    with it ("asking and connecting" -> "ask and connect")."""
    first, _, rest = phrase.partition(" ")
    if not is_gerund(first):
        return phrase
    rest = _COORDINATED.sub(
        lambda m: (
            m.group(0).replace(m.group("v"), _lemma(m.group("v")), 1)
            if is_gerund(m.group("v"))
            and (
                "NOUN" not in lemmas_of(m.group("v"))
                # ("and writing it down": a word that is a noun too takes an object here)
                or (m.group("next") or "").strip().lower() in OBJECT_OPENERS
                or (m.group("next") or "").startswith(",")  # (its quotation as object)
            )
            else m.group(0)
        ),  # "support and housing": a noun, not a second verb
        f" {rest}",
    ).strip()
    if _COORDINATED.search(f" {rest}"):
        # "talking ..., reviewing ... and connecting ...": the members of a series before its
        # last ("and connect") are verbs alike (English coordination), not "including" and its
        # kind, which introduce members of what came before
        rest = rx.sub(
            r"(?<=,\s)(?P<v>[a-z]+ing)\b",
            lambda m: (
                _lemma(m.group("v"))
                if is_gerund(m.group("v"))
                and "NOUN" not in lemmas_of(m.group("v"))
                and m.group("v") not in _PREPOSITION_GERUNDS
                else m.group("v")
            ),
            rest,
        )
    return f"{_lemma(first)} {rest}".strip()


# Gerunds used as prepositions ("including", "following"): no verb of a series.
_PREPOSITION_GERUNDS = frozenset(
    ["including", "following", "regarding", "concerning", "according", "excluding", "during"]
)


def third_person(verb: str) -> str:
    """ "share stories" -> "shares stories"."""
    first, _, rest = verb.partition(" ")
    return f"{_inflect(first, 'VBZ')} {rest}".strip()


def base_of_third_person(word: str) -> str:
    """ "fosters" -> "foster", "establishes" -> "establish", "carries" -> "carry"."""
    lower = word.lower()
    lemmas = lemmas_of(lower, upos="VERB").get("VERB")
    return lemmas[0] if lemmas else lower


def base_form(word: str) -> str:
    """The base form of any verb form ("gave" -> "give"); the word itself when it is no verb."""
    lower = word.lower()
    lemmas = lemmas_of(lower, upos="VERB").get("VERB")
    return lemmas[0] if lemmas else lower


def base_predicate(verb: str, rest: str) -> str:
    """A finite predicate in the base form ("asks ... and connects them" -> "ask ... and connect
    them"): the verb, and a verb coordinated with it in the same form."""

    def coordinated(match: re.Match[str]) -> str:
        word = match.group("v")
        lemmas = lemmas_of(word).get("VERB")
        if word.endswith("s") and lemmas and word not in lemmas:
            return match.group(0).replace(word, lemmas[0], 1)
        return match.group(0)

    def listed(match: re.Match[str]) -> str:
        # "thanks them, responds without judgment and ...": a verb after a comma in the series,
        # when it can only be a verb, or is followed by what follows a verb ("looks at the
        # person"); a noun there would be a list inside the object
        word = match.group("v")
        lemmas = lemmas_of(word)
        takes = (match.group("n") or "").lower() in OBJECT_OPENERS | {"at", "into", "over"}
        if ("NOUN" in lemmas and not takes) or not lemmas.get("VERB") or word in lemmas["VERB"]:
            return match.group(0)
        return match.group("pre") + lemmas["VERB"][0]

    rest = _COORDINATED.sub(coordinated, f" {rest}")
    # (", then plans the next step": a step after its comma, "then" marking the order)
    rest = rx.sub(r"(?P<pre>,\s+(?:then\s+)?)(?P<v>[a-z]+s)\b(?=\s+(?P<n>\S+))?", listed, rest)
    return f"{base_form(verb)} {rest.strip()}".strip()


# A verb in "-s" coordinated with the predicate's first ("meets ... and works to ...", "thanks
# them, declines it and tells ..."), before what it takes (`OBJECT_OPENERS`: words that open a
# verb's object or complement).
# Verbs taking an adjective as complement (English copular and resultative verbs): "stays calm",
# "makes sure".
_COPULAR = frozenset(["make", "keep", "stay", "remain", "become", "get", "feel", "seem", "sound"])
# Words that open an object noun phrase (a determiner or an object pronoun).
_NOUN_PHRASE_OPENERS = frozenset(
    [
        *("the", "a", "an", "their", "his", "her", "its", "this", "that", "these", "those"),
        *("some", "any", "them", "him", "it", "us", "you", "me", "people", "everyone"),
    ]
)
_COORDINATED_FINITE = re.compile(
    r"(?P<pre>(?:,\s+(?:and\s+|or\s+)?|\s+(?:and|or|but)\s+)"
    r"(?:then\s+|never\s+|also\s+|always\s+|still\s+|[a-z]{3,}ly\s+)?)(?P<v>[a-z]+s)\b"
    # ("and says, "Honestly, ...": a verb of saying, its comma and the words it quotes)
    r"(?=(?P<q>,)?\s+(?P<n>\S+))"
)
OBJECT_OPENERS = frozenset(
    [
        *("a", "an", "the", "to", "it", "them", "him", "her", "their", "his", "its", "what"),
        *("how", "whether", "with", "on", "for", "in", "up", "out", "back", "that", "this"),
        "people",
        *("nothing", "everything", "something", "all", "some", "no"),
        # determiners, which open a noun phrase object too ("offer another time")
        *("another", "each", "every", "these", "those", "your", "our", "my"),
    ]
)


def gerund_predicate(verb: str, rest: str) -> str:
    """A finite predicate as a gerund phrase ("meets people where they are and works to reduce"
    -> "meeting people where they are and working to reduce"): the verb, and each verb in "-s"
    coordinated with it (one that takes an object or a complement next: "and works to", not
    "and needs"), in the same form (English: coordinated predicates share their form)."""

    def coordinated(match: re.Match[str]) -> str:
        word = match.group("v")
        lemmas = lemmas_of(word).get("VERB")
        following = match.group("n").lower()
        # What it takes: an object or complement, or a verb it governs ("helps keep").
        if match.group("q") and not following.startswith(('"', "\u201c")):
            return match.group(0)  # (a comma with no quotation after it ends the verb's phrase)
        takes = (
            bool(match.group("q"))  # the quotation is what is said
            or following in OBJECT_OPENERS
            or following in lemmas_of(following).get("VERB", ())
            or is_gerund(following)  # "stops caring": a verb and its gerund complement
            # "responds without judgment": a word that is only ever a verb is one
            or "NOUN" not in lemmas_of(word)
            # "makes sure the person ...": a verb of being or making with its adjective
            or (bool(lemmas) and lemmas[0] in _COPULAR and "ADJ" in lemmas_of(following))
        )
        if not lemmas or word in lemmas or not takes:
            return match.group(0)
        before = rx.findall(r"[a-z'-]+", match.string[: match.start()].lower())[-1:]
        if (
            before
            and match.group("pre").strip() in ("and", "or")
            and before[0].endswith("s")
            and set(lemmas_of(before[0])) == {"NOUN"}
            and "NOUN" in lemmas_of(word)
            and following not in _NOUN_PHRASE_OPENERS
        ):
            # ("observations and questions in writing": a plural noun's coordinate, no object
            # after it; "members and offers them resources" takes one, a verb)
            return match.group(0)
        return match.group("pre") + _inflect(lemmas[0], "VBG")

    def denied(match: re.Match[str]) -> str:
        word = match.group("v")
        if word not in lemmas_of(word).get("VERB", ()):
            return match.group(0)
        return f"{match.group('c')} not {_inflect(word, 'VBG')}"

    # ("reflects and explores their view": the rest may open on the coordinator itself)
    rest = _COORDINATED_FINITE.sub(coordinated, f" {rest}").strip()
    # "responds warmly but does not decide alone": a coordinated denial takes the same form, its
    # "do" gone ("but not deciding alone"; English: "do"-support belongs to the finite verb).
    rest = rx.sub(
        r"\b(?P<c>and|but|or)\s+(?:does not|doesn't|do not|don't)\s+(?P<v>[a-z]+)\b", denied, rest
    )
    return _continuing(f"{_inflect(base_form(verb), 'VBG')} {rest}".strip())


def one_of(name: str) -> str:
    """One member of a plural name, with its article: "open-ended questions" -> "an open-ended
    question", "External assets" -> "an external asset" (English: singular noun, indefinite
    article; a title-cased word that is no acronym reads in lower case mid-sentence)."""
    words = name.split()
    last = words[-1]
    if last.lower().endswith("s") and not last.lower().endswith(("ss", "us", "is")):
        lemma = getLemma(last.lower(), upos="NOUN")
        words[-1] = lemma[0] if lemma else last
    phrase = " ".join(words)
    if not phrase[:2].isupper():
        phrase = phrase[:1].lower() + phrase[1:]
    # (the article goes by the word's first letter, past a quotation mark: 'an "I" statement')
    first = phrase.lstrip("\"'\u201c\u2018")[:1].lower()
    return ("an " if first and first in "aeiou" else "a ") + phrase


def indefinite_article(word: str, capital: bool = False) -> str:
    """ "an" before a vowel letter, else "a" ("an early warning sign", "a 12-step sponsor");
    "An"/"A" with a `capital`. By spelling, as the lexicon has no sounds ("an hour" is missed)."""
    article = "an" if word[:1].lower() in "aeiou" else "a"
    return article.capitalize() if capital else article


def plural_of(noun: str) -> str:
    """ "sign" -> "signs", "crisis" -> "crises" (lemminflect's lexicon); unchanged without one."""
    found = getInflection(noun.lower(), tag="NNS")
    return found[0] if found else noun


def capitalise(text: str) -> str:
    """`text` opening on a capital, inside an opening quotation mark too ('"Why" questions')."""
    at = 1 if text[:1] in '"\u201c' else 0
    return text[: at + 1].upper() + text[at + 1 :]


def render(phrase: Phrase, form: Form) -> str:
    """The option text for `phrase` in `form` (no final full stop except for statements)."""
    if form == "noun":
        return capitalise(phrase.noun)
    if form == "clause":
        return capitalise(phrase.clause)
    verb = phrase.verb
    if form == "ing":
        return capitalise(to_gerund(verb))
    if form == "by":
        return "By " + to_gerund(verb)
    if form == "base":
        return capitalise(verb)
    if form == "to":
        return "To " + verb
    if form == "it_helps":
        return "It helps " + verb
    return f"{STATEMENT_SUBJECT} {third_person(verb)}."


_GENERIC_YOU = {"you": "they", "your": "their", "yourself": "themselves", "yours": "theirs"}
_CONTRACTED_BE = {"'re": "is", "\u2019re": "is", "'ve": "has", "\u2019ve": "has"}


def as_anyone(text: str) -> str:
    """A belief said to a generic "you" ("If you slip, you're back at square one") said of anyone:
    its first "you" as "a person", the verb agreeing, later ones as "they" (English: generic
    "you" is "one", "a person"); the text as it was when it opens on no such "you"."""
    found = rx.match(
        r"^(?P<pre>(?:(?:if|when|once|after|before|unless|until)\s+)?)you(?P<c>['\u2019](?:re|ve))?"
        r"(?:\s+(?P<v>[a-z]+))?\b",
        text,
        re.I,
    )
    if found is None or (not found.group("c") and not found.group("v")):
        return text
    rest = generic_you(text[found.end() :])
    if found.group("c"):
        said = f"a person {_CONTRACTED_BE[found.group('c').lower()]}"
        if found.group("v"):
            said += f" {found.group('v')}"
    else:
        verb = found.group("v")
        modal = verb.lower() in ("can", "could", "will", "would", "should", "must", "may", "might")
        if not modal and not is_verb(verb):
            return text
        said = f"a person {verb if modal else 'is' if verb == 'are' else third_person(verb)}"
    return capitalise(f"{found.group('pre')}{said}{rest}")


# "they" with its verb, contracted or not ("they'll", "they didn't", "they take").
_THEY_CLAUSE = re.compile(
    r"\bthey(?:(?P<c>['\u2019](?:ll|re|ve|d))|\s+(?P<v>[a-z]+n['\u2019]t|[a-z]+))\b", re.I
)
_THEY_CONTRACTED = {"ll": "will", "re": "is", "ve": "has", "d": "would"}
_THEY_AGREES = {
    **{"are": "is", "were": "was", "have": "has", "do": "does"},
    **{"don't": "doesn't", "don\u2019t": "doesn\u2019t"},
}


def they_as_anyone(text: str) -> str:
    """A belief quoted with a "they" it gives no antecedent ("Naloxone is dangerous if they
    didn't take opioids", "They'll be forced into treatment") said of the person it is about:
    the first "they" as "the person", its verb agreeing, later ones left to refer back (English:
    a pronoun without an antecedent in the quotation takes the situation's person, and singular
    "they" refers back to "the person"). The text as it was when a noun before "they" could be
    its antecedent ("Peers think they know best") or the verb cannot be made to agree."""
    found = _THEY_CLAUSE.search(text)
    if found is None:
        return text
    if text.rstrip().endswith("?") or rx.search(r"\b(?:you|your|i|me|my|we|us|our)\b", text, re.I):
        # ('"Why do you think they treat you that way?"': words said to someone, whose "they"
        # the speakers share; a belief stated of no one in particular has no "I" or "you")
        return text
    before = rx.findall(r"[A-Za-z'-]+", text[: found.start()])
    if any(
        word.lower().endswith("s")
        and word.lower() not in lemmas_of(word.lower()).get("NOUN", (word.lower(),))
        for word in before
    ):
        return text  # (a plural noun before it may be what "they" stands for)
    if found.group("c"):
        verb = _THEY_CONTRACTED[found.group("c")[1:].lower()]
    else:
        verb = found.group("v").lower()
        modal = verb in ("will", "would", "can", "could", "should", "must", "may", "might")
        if verb in _THEY_AGREES:
            verb = _THEY_AGREES[verb]
        elif verb.replace("\u2019", "'") in ("aren't", "haven't", "weren't"):
            verb = {"aren't": "isn't", "haven't": "hasn't", "weren't": "wasn't"}[
                verb.replace("\u2019", "'")
            ]
        elif (
            modal
            or verb.endswith(("n't", "n\u2019t"))
            or verb not in lemmas_of(verb).get("VERB", ())
        ):
            pass  # (a modal, a past form, "didn't", "can't": they agree with any subject)
        else:
            verb = third_person(verb)
    subject = "The person" if found.start() == 0 else "the person"
    return text[: found.start()] + f"{subject} {verb}" + text[found.end() :]


def generic_you(text: str) -> str:
    """Generic "you" in a list of answers stands for whoever the question is about (English):
    "they" as a subject, "them" after a verb or a preposition ("tells you their story"). Beside a
    "they" of its own, a "you" that would become "they" or "their" ("your story explains theirs",
    "so you see their posts") is someone else, so it stays (English: two persons, two referents).
    """
    own_third = rx.search(r"\b(?:they|them|their|theirs|themselves)\b", text, re.I)

    def replace(match: re.Match[str]) -> str:
        word = match.group(0).lower()
        opened = text[: match.start()]
        if opened.count('"') % 2 or opened.count("\u201c") > opened.count("\u201d"):
            return match.group(0)  # a quotation's "you" is its speaker's listener: words said
        before = opened.split()
        after = text[match.end() :].split()
        # A verb's base form next makes "you" its subject ("the people you serve").
        subject = bool(after) and (
            after[0].lower() in lemmas_of(after[0].lower()).get("VERB", ())
            or after[0].lower() in _AUXILIARIES_AFTER_SUBJECT  # "a secret you cannot keep"
        )
        if rx.match(r"['\u2019](?:re|ve|ll|d)\b", text[match.end() :]):
            subject = True  # "you're", "you've": "you" is the subject of the contracted verb
        if word == "you" and before and before[-1].lower() not in _CLAUSE_OPENERS and not subject:
            return "them"
        collided.append(own_third is not None)
        return _GENERIC_YOU[word]

    collided: list[bool] = []
    converted = rx.sub(r"\b(?:you|your|yourself|yours)\b", replace, text, flags=re.I)
    return text if any(collided) else converted


_AUXILIARIES_AFTER_SUBJECT = frozenset(
    [
        *("can", "cannot", "can't", "could", "will", "won't", "would", "should", "must", "may"),
        *("might", "do", "don't", "did", "didn't", "are", "aren't", "were", "have", "had"),
    ]
)
# Words after which "you" opens a clause as its subject ("when you feel ...").
_CLAUSE_OPENERS = frozenset(
    [
        *("when", "if", "that", "because", "and", "or", "but", "while", "as", "so", "after"),
        *("before", "until", "unless", "where", "who", "whether", "once", "since", "what", "how"),
    ]
)


def is_participle(word: str) -> bool:
    """A verb's past participle ("built", "written", "based"), by its lemma's inflections."""
    lower = word.lower()
    return any(
        lower in verb_inflections(lemma).get("VBN", ())
        for lemma in lemmas_of(lower).get("VERB", ())
    )


# A past participle and the preposition of its complement: "limited to older adults", "defined by
# what the speaker intended" (the participle's own "to" is no infinitive's).
_PARTICIPIAL = re.compile(r"^(?P<p>[a-z]+)\s+(?:to|by|for|in|on|as|with|from|at)\s+\S", re.I)


def participial(text: str) -> bool:
    """Whether `text` is a participle phrase, a passive predicate without its subject ("Limited to
    older adults", "Cured in 28 days"): it says what a thing is, it names no thing (English: a
    past participle with its complement modifies a noun or follows a copula)."""
    found = _PARTICIPIAL.match(text.strip())
    if found is None:
        return False
    word = found.group("p").lower()
    # (a regular verb's participle is its past form, "limited", which lemminflect lists as past)
    regular = any(
        word in verb_inflections(lemma).get("VBD", ()) and word.endswith("ed")
        for lemma in lemmas_of(word).get("VERB", ())
    )
    return (is_participle(word) or regular) and word not in lemmas_of(word).get("VERB", ())


def verb_forms(lemma: str) -> list[str]:
    """A verb's forms that can head a predicate: "-s", past, participle and base (after a modal),
    longest first (an alternation then tries "erodes" before "erode")."""
    forms = verb_inflections(lemma)
    return sorted(
        {lemma, *(f for tag in ("VBZ", "VBD", "VBN") for f in forms.get(tag, ()))},
        key=lambda f: (-len(f), f),
    )


def harm_done() -> str:
    """A pattern (no groups) for harm done, from vocabulary.yaml (English evaluation): a verb of
    harm in any tense ("backfired", "erodes"), or a verb of taking away with a good as its object
    ("removed the one safeguard", "took the choice away from her", "wear boundaries down")."""
    words = vocabulary()
    # (a base form that is a noun too, "shame", "harm", is the noun after a determiner, a
    # preposition or a colon: "facing: shame about medication", "the harm"; English)
    noun = r"(?<!\bthe )(?<!\ba )(?<!\bno )(?<!\bof )(?<!\bwith )(?<!\bin )(?<!\band )(?<!: )"
    harm = "|".join(
        # (the form looked ahead for first: the look-behinds run only where it stands)
        (f"(?={form}){noun}{form}" if form == lemma and "NOUN" in lemmas_of(lemma) else form)
        for lemma in words.harm_verbs
        for form in verb_forms(lemma)
    )
    goods = alternation(tuple(words.goods))
    removal = []
    for phrase in words.removal_verbs:
        verb, _, particle = phrase.partition(" ")
        forms = "|".join(verb_forms(verb))
        if particle:
            # "wears away the trust", "took the choice away"
            removal.append(
                rf"(?:{forms})\s+(?:{particle}\s+(?:[\w'-]+\s+){{0,3}}?(?:{goods})|"
                rf"(?:[\w'-]+\s+){{0,3}}?(?:{goods})\s+{particle})"
            )
        else:
            removal.append(rf"(?:{forms})\s+(?:[\w'-]+\s+){{0,3}}?(?:{goods})")
    return rf"{harm}|{'|'.join(removal)}"


# "before services began", "once the meeting ended": a clause of time, its subject and a verb.
_TIME_CLAUSE_PAST = re.compile(
    r"\b(?P<c>before|after|when|whenever|while|until|once|each time|every time)\s+"
    r"(?P<s>(?:the\s+)?[a-z]+)\s+(?P<v>[a-z]+)\b"
)


def _time_clause_present(found: re.Match[str]) -> str:
    """A clause of time's past verb in the present, agreeing with its subject."""
    verb, subject = found.group("v"), found.group("s").split()[-1]
    if not is_past(verb) or verb in ("was", "were", "had"):
        return found.group(0)
    lemma = base_form(verb)
    plural = subject in ("they", "we", "you") or rx.search(r"[^su]s$", subject) is not None
    present = lemma if plural else third_person(lemma)
    return f"{found.group('c')} {found.group('s')} {present}"


def time_clauses_present(act: str) -> str:
    """An act's clauses of time told in the past set in the present ("before services began" ->
    "before services begin"): English, the sequence of tenses follows a gerund or an instruction,
    which has none, so the act is done at any time."""
    # ("Saying plainly what the effect was" -> "what the effect is": an embedded question's
    # copula follows the act's time as well)
    act = _ASKED_COPULA_PAST.sub(
        lambda m: f"{m.group('w')} {m.group('s')} {'is' if m.group('v') == 'was' else 'are'}", act
    )
    return _TIME_CLAUSE_PAST.sub(_time_clause_present, act)


# An embedded question with a copula in the past: "what the effect was", "how they were".
_ASKED_COPULA_PAST = re.compile(
    r"\b(?P<w>what|how|why|where|whether|who)\s+(?P<s>(?:the\s+)?[a-z]+)\s+(?P<v>was|were)\b"
)
