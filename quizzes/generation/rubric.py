"""The rubric every generated draft is checked against; a draft that fails any rule is never published.

- R1 three or four options, exactly one correct, no duplicates or near-duplicates, no "all/none of
  the above".
- R2 the correct option is grounded in its source sentence; a ``main_point`` item's correct option
  (read with its stem) states the lesson's main point.
- R3 every wrong option has a source (a sentence id of this lesson or a bank entry), and polarity
  matches the stem: under a positive stem no wrong option is endorsed by the lesson (nor is a known
  true statement); under a negative stem ("is NOT", "should avoid") every wrong option is one the
  lesson endorses and the key is not.
- R4 no clue in the stem: it holds none of the correct option's distinctive words.
- R5 options alike: one grammatical shape (an option that should start with a verb starts with one;
  under a stem asking a difference, every option states one); the correct option is not more
  than 2.25 times as long as any other, nor out of line with the others' median.
- R6 no absolute (always, never, only, completely...) that singles out one option: an absolute in the
  key alone, or in one wrong option alone, is a clue; negatives ("not") in options are confusing.
- R7 the stem stands alone: a question (its last sentence asks one) or an incomplete statement ending
  in ":" or "...", never "the lesson", "this" or "you" leaning on text outside it.
- R8 (whole lesson, checked in `generate`): the same lesson and generator version give identical
  output, the key's position is balanced, and no two items share a key.
- R9 every option stands alone: no "this", "those", "your" pointing outside it.
- R10 a hedge or quantifier of the source ("many", "often", "may") is kept in the option taken from it.
- R11 the reviewed bank is a last resort: at most one bank option in an item.

Calibrated on real exam items: `tests/quizzes/generation/test_rubric.py` runs the option rules (R1,
R4, R5, R6, R9) over the 22 real items of the corpus and at least 20 pass.
"""

from __future__ import annotations

import functools
import itertools
import re
import statistics
from collections.abc import Sequence

from . import rx
from .answers import (
    ACTION_ASKED,
    CONTRAST_ASIDE,
    DIFFERENCE_STEM,
    PREPOSITIONS,
    both_alike,
    compared_names,
    counted,
    finite_verb,
    reversed_difference,
    series_of,
    word_stem,
)
from .distractors import (
    DEMONSTRATIVE_OBJECT,
    addressed,
    announced_faults,
    as_addressee,
    attributes_view,
    compared_pronoun,
    contrast_anchors,
    contrast_runs,
    held_up_acts,
    instructions_after_colon,
    is_claim,
    judges,
    model_helper_acts,
    pointing_inside,
    preferred_acts,
    principle_acts,
    rejecting_lead,
    relational_object,
    shape_of,
    story_people,
    that_determiner,
)
from .forms import generic_you, gerund_clause, is_gerund, is_participle, is_verb, to_gerund
from .lesson import examples_heading, is_contrast_heading
from .types import ChoiceDraft, QuestionDraft, Sentence
from .vocabulary import alternation, any_of, vocabulary, word_list
from .words import (
    content_stems,
    jaccard,
    lemmas_of,
    names_someone,
    plain,
    recall,
    stem_sentences,
    stems_within,
    tokens,
    unknown_plural,
    unquoted,
    verb_inflections,
)

# One line per rule, in words for the staff pages (the module docstring above says each in full).
RULES = {
    "R1": "three or four options, one correct, no duplicates, no all/none of the above",
    "R2": "correct option grounded in its source (and the main point, for main-point items)",
    "R3": "every wrong option has a source, and none is endorsed by the lesson (under a NOT stem, "
    "every wrong option is one it endorses)",
    "R4": "no clue to the answer in the stem",
    "R5": "options alike in grammatical form and length",
    "R6": "no absolute that singles out one option, no stray negatives in options",
    "R7": "the stem stands alone",
    "R8": "deterministic, answer positions balanced, no two items with one key",
    "R9": "every option stands alone (no 'this', 'those', 'your' pointing outside it)",
    "R10": "a hedge or quantifier of the source ('many', 'often', 'may') is kept",
    "R11": "at most one option from the reviewed bank, in the form of the others",
}

BLANK = "_____"
_V = vocabulary()
# Nouns of people ("People", "Persons"): a word the lexicon also reads as a verb, never one here.
_PERSON_NOUNS = frozenset(w.lower() for w in _V.person_words)
# A noun for one person: the vocabulary's singular person words, and a group's "member".
_ONE_PERSON = alternation(
    (*(w for w in _V.person_words if not w.endswith("s") and w != "people"), "member")
)
# "that person", "that member": a demonstrative before a noun for one person.
_PERSON_THAT = re.compile(rf"\bthat\s+(?:{_ONE_PERSON})\b(?!\s+specialist)", re.I)
# A stem whose scene names someone ("someone", "a person", "one member", "a client" ...).
_SCENE_PERSON = re.compile(
    rf"\b(?:someone|somebody|(?:a|an|the|one)\s+(?:[a-z-]+\s+)?(?:{_ONE_PERSON})"
    r"(?!\s+specialist))\b",
    re.I,
)
_ROLE_WORD = re.compile(rf"(?:{'|'.join(re.escape(w.lower()) for w in _V.role_words)})s?")
_ABOVE = re.compile(r"\b(?:all|none|both|neither) of (?:the )?(?:above|these|them)\b", re.I)
_ABSOLUTE = any_of(_V.absolutes)
_COMPOUND = re.compile(r"\b\w+(?:-\w+)+")
_NEGATIVE = re.compile(r"\b(?:not|nor|neither|nobody|cannot)\b|n't\b", re.I)
_NEGATIVE_STEM = re.compile(r"\b(?:NOT|EXCEPT|LEAST)\b|\bshould (?:\w+ )?avoid\b")
_DENIAL = re.compile(
    r"\b(?:not|never|neither|nor|cannot|avoid\w*|rather than|instead|misconception|myth|mistake|"
    # ("warning signs", "a warning label": the noun modifier names a kind of sign, no warning)
    r"isn't|doesn't|don't|aren't|wrong|less helpful|warn\w*(?<!warning)|warning(?!\s+\w+s\b)|"
    # ("it is more than a rough week": not merely that, English comparison as contrast)
    r"(?:is|are|was|were)\s+(?:much\s+|far\s+)?more\s+than|"
    r"but|sure|of course|"
    r"(?:realm|domain|province|job) of|while|other (?:\w+ )?(?:professionals|providers))\b|n't\b",
    re.I,
)
_FRAME_STEMS = frozenset({"cps", "help"})
# Words every lesson uses; sharing them with the stem gives nothing away.
GENERIC_STEMS = frozenset({"cps", "person", "support", "help", "peer", "work", "role", "recover"})
_VAGUE_STEM = re.compile(r"\b(?:the lesson|this lesson|the article|this article|the text)\b", re.I)
_POINTING_STEM = re.compile(r"^(?:this|these|those|it|they)\b", re.I)
_WH = re.compile(r"\b(?:which|what|why|how|who|when|where)\b", re.I)
_HEDGE = frozenset(_V.hedges)
# Words that point at text outside the option: demonstratives ("this", "that training") and the
# first and second person. "They", "their" may stand for the stem's subject, so they are allowed.
_DEMONSTRATIVE = re.compile(
    # ("this week": a time said from the speaker's now, no pointer to a thing outside the option)
    r"\b(?:this(?!\s+(?:week|month|year|morning|afternoon|evening|time|once)\b)|these|you|your|"
    r"yours|i|me|my|mine|we|us|our|ours)\b|"
    # ("those affected", "those who ...": "those" heading its own modifier points nowhere)
    r"\bthose(?!\s+(?:who|whom|whose|that|with|in|at|[a-z]+ed|[a-z]+ing)\b)|"
    # ("with that of others": "that of" stands for a noun the option named before it)
    r"\b(?:having|with|of|in|on|for|about|from|by|under|like|without)\s+that\b(?!\s+of\b)",
    re.I,
)
_VERB_OBJECT = frozenset(
    [
        *("the", "a", "an", "them", "their", "his", "her", "people", "someone", "to"),
        # a verb's particle ("Hold off until ...", "Set up a meeting")
        *("off", "up", "out", "down", "back", "away"),
    ]
)
# Verbs whose noun reading never takes "with", "for" or "in" at the start of an option ("Start
# with what matters", "Listen for both sides"), unlike "Support for families" (a noun phrase).
_BARE_VERBS = frozenset(["start", "begin", "listen", "check", "follow", "stay", "wait", "work"])


def options_problem(texts: Sequence[str], correct_count: int, stem: str = "") -> str:
    """R1 for any list of option texts: "" when fine, else the reason. Under a difference `stem`
    an option and its reversal ("Enabling protects ..." and "Supporting protects ...") share
    their words and differ in which thing is which: two answers, not one twice; so do an option
    and its trait said of both ("Both enabling and supporting protect ...")."""
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
            reversal = stem and any(
                turn(stem, x) == y
                for turn in (reversed_difference, both_alike)
                for x, y in ((a, b), (b, a))
            )
            if jaccard(a, b) >= 0.7 and not reversal:
                return "has near-duplicate options"
    return ""


def restated_option(wrong: Sequence[str]) -> str:
    """R1: a wrong option that says nothing another does not ("Keep the secret" beside "Promise to
    keep a secret whatever the person discloses"; "A violent act" beside "An open act of
    violence"): the reason, else "". Item writing: two options of one meaning are both wrong, so a
    reader rules out both at once. Not between statements, whose words may be the same and their
    claims opposite, nor for a name ("Crisis Plan" beside "Post-Crisis Plan": two members)."""
    for a, b in itertools.permutations(wrong, 2):
        said = content_stems(a)
        if (
            said
            and stems_within(said, content_stems(b))
            and not _states(a)
            and not _states(b)
            and not all(w[:1].isupper() for w in rx.findall(r"[\w'-]+", plain(a)) if len(w) > 3)
        ):
            return f"{a!r} says nothing {b!r} does not"
    return ""


def clue_problem(stem: str, correct: str, others: Sequence[str]) -> str:
    """R4: "" when the stem gives nothing away, else the reason."""
    distinctive = content_stems(correct) - frozenset().union(*(content_stems(o) for o in others))
    distinctive -= GENERIC_STEMS
    outside_quote = stem if BLANK not in stem else stem.replace(BLANK, " ")
    if correct[:1] in '"\u201c':
        # 'A person says, "I've been to rehab three times." Which response ...?' keyed by a
        # quoted reply: a reply takes up what was said to it (English: a response's topic is
        # given), so only the stem's own words, outside the quotation, can give it away.
        outside_quote = unquoted(outside_quote)
    # One shared word is how real items are written ("harm reduction ... reducing the harms"); a
    # clue is two of the key's own words echoed, or the key holding nothing else of its own.
    echoed = distinctive & content_stems(outside_quote)
    if len(echoed) >= 2 or (echoed and echoed == distinctive):
        return "stem repeats the correct option's distinctive words"
    if rx.search(rf"\b(?:a|an)\s+{re.escape(BLANK)}", stem, re.I):
        return "a/an before the blank"
    # "What is the first step ...?" keyed "Begin with the person's history" or "Raise the topic
    # early": the key alone says it comes first (item writing: a word of the stem's order in the
    # key alone answers for it), unless every option says so.
    if (
        _ASKS_FIRST.search(unquoted(stem))
        and _SAYS_FIRST.search(correct)
        and not all(_SAYS_FIRST.search(o) for o in others)
    ):
        return "the key alone says it comes first"
    return ""


# A stem asking what comes first (outside its quotations), and words saying that a thing does:
# "Begin with ...", "... first", "Raise the topic early" (not "Early warning signs", where the
# adjective names a kind).
_ASKS_FIRST = re.compile(
    r"\bfirst (?:step|thing|move)\b|\b(?:do|say|ask)\s+first\b|\bbegin\b", re.I
)
_SAYS_FIRST = re.compile(
    r"^(?:begin|start|open)\b|\b(?:first|initially)\b|\bearly(?:\s+on)?\s*(?:$|[,;.])|"
    r"\bat the (?:start|outset|beginning)\b",
    re.I,
)


def wording_problem(texts: Sequence[str], correct: str | None = None) -> str:
    """R6: "" when no absolute singles out one option and no option holds a negative."""
    # ("all-or-nothing thinking", "a never-ending list": a word bound into a hyphenated
    # compound modifies a noun, it quantifies nothing; English word formation)
    # ("every day, including weekends": "every" before a unit of time says how often, a
    # frequency, and claims nothing of all things; English, a distributive adverbial of time)
    marked = [
        t for t in texts if _ABSOLUTE.search(_FREQUENCY.sub("", _COMPOUND.sub("", _unreported(t))))
    ]
    if correct is None:
        for text in texts:
            if _negated(text) and not text.rstrip().endswith("?"):
                return f"negative in option {text!r}"
        # Hand-written questions: any absolute is flagged for a person to look at.
        return f"absolute in option {marked[0]!r}" if marked else ""
    # Calibrated on real exam items: their wrong options often carry "only" or "never", and a
    # "not" inside an option's clause ("change they are not yet considering") is no trick; what
    # gives an item away is an absolute in the key alone, or a negative key among positive
    # options (the one option unlike the others).
    if marked == [correct] and len(texts) > 1:
        return f"absolute in the correct option {correct!r}"
    negative = [t for t in texts if _negated(t) and not t.rstrip().endswith("?")]
    if negative == [correct]:
        return f"negative in the correct option alone {correct!r}"
    return ""


# The person a verb's infinitive or clause is said to ("telling someone ...", "asking the
# person ...").
_ADDRESSEE = (
    r"(?:someone|somebody|anyone|them|him|her|people|others|(?:the|a|an|their|his|her)\s+[a-z]+)"
)
# "Telling someone not to worry because everything will be fine": an act of saying, its object,
# and what is said, reported.
_REPORTING = re.compile(
    r"^(?P<act>(?:telling|saying|promising|assuring|reassuring|insisting|claiming|tell|say|"
    rf"promise|assure|reassure|insist|claim)\b(?:\s+{_ADDRESSEE})?)\s+(?:that|not\s+to|to)\s",
    re.I,
)


@functools.lru_cache(maxsize=8192)
def _unreported(text: str) -> str:
    """`text` without the words an act of saying reports ("Telling someone not to worry because
    everything will be fine": "Telling someone"): an absolute in them is the reassurance's, the
    option does not assert it (English: indirect speech reports another's claim), as a quotation's
    words are another's."""
    reported = _REPORTING.match(unquoted(text))
    return reported.group("act") if reported else text


# "a promise not to harm themselves", "telling someone not to worry": "not" before the infinitive
# a noun or a verb's object takes negates only that infinitive; the option itself affirms
# (English: the complement has its own polarity). After an auxiliary or the copula ("is not to
# fix") the "not" is the clause's own.
_COMPLEMENT_NOT = re.compile(
    r"\b(?P<n>(?:(?:a|an|the|their|his|her|its|this|that)\s+[a-z]+|(?!(?:is|are|was|were|be|"
    r"been|being|am|do|does|did|should|must|can|could|will|would|may|might|shall|has|have|had|"
    rf"ought|need|needs)\b)[a-z]+ing\s+{_ADDRESSEE})\s+)not\s+(?=to\s)",
    re.I,
)


@functools.lru_cache(maxsize=8192)
def _negated(text: str) -> bool:
    """Whether an option holds a negative of its own, outside quotations: not "whether or not",
    which says either way holds (English: a disjunction of both polarities denies nothing), nor
    one inside a clause modifying a noun or setting a condition ("progress that does not follow
    a straight line", "someone who cannot manage them", "if the person later cannot decide"),
    whose option still affirms (English: negation scopes over its own clause). Calibrated on the
    real items of the corpus and the unseen sets, whose keys say so often."""
    said = _COMPLEMENT_NOT.sub(r"\g<n>", unquoted(text))
    said = _EITHER_WAY.sub(" ", said)
    said = _SUBORDINATE_CLAUSE.sub(" ", said)
    return bool(_NEGATIVE.search(said))


_EITHER_WAY = re.compile(r"\bwhether or not\b", re.I)
# "every day", "every week": how often, a unit of time after "every" (not "turning every meeting
# into ...", where "every" quantifies the verb's object).
_FREQUENCY = re.compile(
    r"(?<!ing )(?<!ing the )\bevery\s+(?:day|night|morning|evening|week|weekend|month|year)\b",
    re.I,
)
# A relative or conditional clause, up to the next comma or semicolon (or the end).
_SUBORDINATE_CLAUSE = re.compile(
    r"(?<=\w)\s+(?:that|who|which|whose|whom|if|unless|when|whenever|until|as if|as though|"
    # ("Acting like they don't see anyone": "like" before a subject opens a clause of manner)
    r"like(?=\s+(?:they|he|she|you|we|i|it|nothing|no one|someone|everything)\b))\s+[^,;]*",
    re.I,
)


@functools.lru_cache(maxsize=8192)
def _shape(text: str) -> str:
    """The option's shape for R5: clauses and noun phrases count as one; a verb-first option is
    its own shape ("Ask the family ...")."""
    words = text.split()
    if text[:1] in '"\u201c':
        return "quote"  # words someone says: a question or a statement, they answer alike
    if text.rstrip().endswith("?"):
        return "question"  # quoted questions (an item asking for an example of one)
    if rx.match(r"^(?:yes|no|not yet)\b\s*[;,:.\u2014]", text, re.I):
        return "yesno"  # "Yes; they keep rights ...", "No; ...": answers to a yes-no question
    if rx.match(r"^(?:never|always|at any time|any ?time)\b", text, re.I):
        return "when"  # "Never, not even a handshake": a time, as "Only when ..." is
    if rx.match(r"^so(?: that)? (?:they|he|she|it|the|a|an|people|you|we)\b", text, re.I):
        return "because"  # "So they can send each person ...": a purpose gives a reason too
    adverbed = rx.match(r"^(?P<a>[a-z]+ly)\s+(?P<v>[a-z]+)\s", text, re.I)
    if (
        adverbed
        and set(lemmas_of(adverbed.group("a").lower())) <= {"ADV", "ADJ"}
        and "ADV" in lemmas_of(adverbed.group("a").lower())
        and adverbed.group("v") in lemmas_of(adverbed.group("v")).get("VERB", ())
        and adverbed.group("v") not in _PERSON_NOUNS
    ):
        return "base"  # "Kindly decline ...", "Quietly do the task": a manner adverb, then a verb
    words_ = text.split()
    if (
        len(words_) >= 2
        and "ADJ" in lemmas_of(words_[0].lower())
        and words_[1].lower().strip(",")
        != lemmas_of(words_[1].lower().strip(",")).get("NOUN", (words_[1].lower().strip(","),))[0]
        and "NOUN" in lemmas_of(words_[1].lower().strip(","))
    ):
        return "noun"  # "Open questions, ...", "Direct quotes and ...": an adjective and its plural
    if _FRONTED_CLAUSE.match(text):
        return "noun"  # "After a setback, recovery has to ...": a clause, its adverbial first
    if rx.match(
        # ("At least 150 minutes a week": "at least" bounds an amount, no time)
        r"^(?:[a-z]+ly\s+)?(?:at(?!\s+(?:least|most)\b)|during|before|after|whenever|only when|"
        r"within)\s",
        text,
        re.I,
    ):
        # "At the first meeting", "Promptly after each contact": a time, like "When ..." (under
        # "When ...?")
        return "when"
    if (
        len(words) >= 2
        and (is_participle(words[0]) or _participle(words[0].lower()))
        and words[1].lower() in _AFTER_PARTICIPLE
    ):
        # "Built after a crisis", "Based on the person's goals": a passive predicate, what is
        # done to the thing, neither a thing ("A no-suicide contract") nor an act ("Replacing
        # ...") (English: a past participle before its preposition; "Informed consent", before
        # a noun, is a noun phrase)
        return "participle"
    if len(words) >= 2 and subjectless_predicate(words):
        # "Refers every trauma survivor to therapy": a verb in the third person with no subject
        # says what some thing does, neither a thing nor an act beside "Waiting for ..." or "A
        # way of ..." (English: a finite verb agrees with a subject the option lacks)
        return "predicate"
    if rx.match(r"^(?:through|via|from)\s", text, re.I):
        # "Through a planned process", "From the person's interests": a means or a source, a
        # prepositional phrase, not a thing or an act beside "Keeping services open"
        return "pp"
    # A verb-first option: its verb before an object ("Ask the family ...", "Limit what ..."), or a
    # word that can only be a verb ("Create vague targets").
    # A verb before a clause or its preposition ("Check that ...", "Start with ...") is one too.
    first = words[0].rstrip(",") if words else ""
    if (
        len(words) >= 2
        and is_verb(first)
        # ("People the person can ask" is a noun phrase: it opens on no verb)
        and first.lower() not in _PERSON_NOUNS
        and (
            words[1].lower() in _VERB_OBJECT
            or words[1].lower() in ("what", "which", "who", "how", "whether", "when", "that")
            or (words[1].lower() in ("with", "for", "in") and first.lower() in _BARE_VERBS)
            or set(lemmas_of(first.lower())) == {"VERB"}
            # a participle before the object's noun ("Report suspected abuse")
            or _participle(words[1].lower())
        )
    ):
        return "base"
    shape = shape_of(text)
    # Noun phrases, gerund phrases and clauses read alike as answers to "what/which"; a bare verb,
    # "To ...", "By ..." or "When ..." opening is a different grammatical shape. A clause whose
    # subject is a pronoun ("They tend to land as blame") is a clause like any other ("People in
    # recovery cannot ..."); the checks below still single out a statement among phrases.
    return "noun" if shape in ("noun", "clause", "ing", "it") else shape


# Words that open a verb's object or complement, never a noun phrase's next word after a plural.
_OBJECT_OPENERS = frozenset(
    [
        *("every", "all", "a", "an", "the", "their", "his", "her", "its", "each", "any"),
        *("people", "them", "someone", "everyone", "anyone", "no", "that", "whether"),
    ]
)


def subjectless_predicate(words: Sequence[str]) -> bool:
    """Whether the option opens on a verb's "-s" form ("Resists re-traumatization") or on one
    before its object ("Refers every survivor ...", "Requires people to ..."), not on a plural
    noun ("Reports of abuse", "Needs vary")."""
    first = words[0].strip(",").lower()
    lemmas = lemmas_of(first)
    verbs = lemmas.get("VERB", ())
    return (
        first.endswith("s")
        and bool(verbs)
        and first not in verbs
        and any(first in verb_inflections(v).get("VBZ", ()) for v in verbs)
        # (a word that is a verb only, "Resists", or one before its object)
        and (set(lemmas) == {"VERB"} or words[1].lower().strip(",") in _OBJECT_OPENERS)
        and words[0][:1].isupper()
    )


# Prepositions a passive predicate goes on with ("built after ...", "kept in ...", "done with").
_AFTER_PARTICIPLE = PREPOSITIONS | {"after", "before", "during", "until", "through", "without"}
_FRONTED_CLAUSE = re.compile(
    # (words after the comma up to the verb: a subject; "and" there continues a series inside
    # the clause: "When it is brief, purposeful and serves ...")
    # ("Before the meeting, based on what is planned": a participle and its preposition open a
    # phrase, no subject)
    r"^(?:after|before|when|if|once|during|whenever)\b[^,]{3,60},\s+"
    r"(?![a-z]+(?:ed|en)\s+(?:on|by|in|at|with|to|from)\b)"
    # ("Whenever the person seems upset, since comfort is ...": a second subordinate clause
    # after the comma opens no main clause)
    r"(?!(?:since|because|as|so|unless|although|though|while|if|when)\b)"
    r"(?:(?!(?:and|or)\b)\w+\s+){0,3}?"
    # ("If a person slips, they're back ...": a contracted verb after its subject)
    r"(?:is|are|was|were|has|have|had|can|must|should|will|may|might|\w+s|\w+['\u2019](?:re|s|ve|ll|d))\b",
    re.I,
)


def _noun_before_preposition(text: str) -> bool:
    """Whether `text` opens on a word that is a noun too, then a preposition ("Damage to a
    person's reputation", "Access to housing")."""
    words = text.lower().split()
    return (
        len(words) >= 3
        and "NOUN" in lemmas_of(words[0].strip(","))
        and words[1] in ("to", "of", "for", "with", "on", "in", "from", "about")
    )


@functools.lru_cache(maxsize=8192)
def _base_first(text: str) -> bool:
    """The option opens with a verb in its base form ("Say nothing", "Stay calm")."""
    if rx.match(r"^[\w-]+,\s+[\w-]+,", text):
        return False  # "Mind, body, spirit": a series of nouns
    first = text.split()[0].strip(",").lower() if text.split() else ""
    return first in lemmas_of(first).get("VERB", ())


def _participle(word: str) -> bool:
    """A past participle ("suspected", "written"): an inflected verb form in "-ed" or "-en"."""
    lemmas = lemmas_of(word).get("VERB", ())
    return bool(lemmas) and word not in lemmas and word.endswith(("ed", "en"))


# "Which type of medication ...?", "What kind of environment ...?": a stem asking for a kind.
_KIND_ASKED = re.compile(r"\b(?:which|what)\s+(?:type|kind|class|category|sort)s?\s+of\b", re.I)


# "Which response is a paraphrase?": one of the options asked for as an instance of a class.
_INSTANCE_STEM = re.compile(
    r"\bwhich (?:\w+ )?(?:response|reply|statement|remark|question|of the following)s? "
    r"(?:is|would be) (?:an? |the )?(?:best )?(?:example of (?:an? )?)?(?P<x>[^?]+)\?\s*$",
    re.I,
)


def kind_asked(stem: str) -> bool:
    """Whether `stem` asks which kind of thing (its options name kinds, never acts)."""
    return bool(_KIND_ASKED.search(stem))


def form_problem(correct: str, others: Sequence[str]) -> str:
    """R5: "" when the options are alike in form and length, else the reason."""
    texts = [correct, *others]
    shapes = [_shape(t) for t in texts]
    if shapes[0] == "participle" and "participle" not in shapes[1:]:
        # "Built after a crisis" keying "A no-suicide contract" and "Replacing ...": the key
        # alone says what is done to the thing. A wrong option may (the real item keys "A
        # shared, written set of standards" beside "Determined by an individual"): form is a
        # clue only when it singles out the key (item writing).
        return "the key alone is a passive predicate"
    shapes = ["noun" if shape == "participle" else shape for shape in shapes]
    if "yesno" in shapes:
        # ("Yes; ...", "No; ...", "Only if a family member requests them": a condition answers a
        # yes-no question as a qualified yes)
        shapes = [
            "yesno" if rx.match(r"^only (?:if|when)\b", t, re.I) else shape
            for t, shape in zip(texts, shapes, strict=True)
        ]
    if shapes.count("base") == 1 and set(shapes) - {"base"} == {"noun"}:
        # ("Access to safe, affordable housing" among "A person's blood type" and "The dose of a
        # medicine": a word that is a noun as well as a verb, its preposition after it, is the
        # noun among noun phrases; English, context settles a word's part of speech)
        shapes = [
            "noun" if shape == "base" and _noun_before_preposition(t) else shape
            for t, shape in zip(texts, shapes, strict=True)
        ]
    if shapes.count("base") >= 2 or all(_base_first(t) for t in texts):
        # Among instructions, an option opening with a verb's base form reads as one too
        # ("Support self-advocacy", "Say nothing, ...", "Stay calm, ...").
        shapes = [
            "base" if _base_first(t) else shape for t, shape in zip(texts, shapes, strict=True)
        ]
    shapes = set(shapes)
    if len(shapes) != 1:
        return _NOT_ONE_FORM
    if shapes == {"noun"} and _act_among_things(texts):
        return "an act among things"
    if shapes == {"noun"} and _statement_among_acts(texts):
        return "a statement among acts"
    if shapes == {"noun"} and _act_among_statements(texts):
        return "an act among statements"
    # (an instruction, "Listen for ...", states nothing)
    if _frame_broken(correct, others):
        return "the key alone breaks the options' frame"
    stating = [t for t in texts if _shape(t) == "noun" and _plainly_states(t)]
    if (
        len(others) >= 3
        and len(stating) == 1
        # (a gerund phrase holding a clause, "Pretending the roles are identical", names an act;
        # the clause's verb is not the phrase's own)
        and sum(_states(t) and not is_gerund(t.split()[0].lower()) for t in texts) == 1
        # (a noun phrase holding a relative clause, "A condition that appears only after ...",
        # predicates something too, and reads as near a statement as the statement does)
        and not any(_RELATIVE_WORD.search(t) for t in texts if t not in stating)
    ):
        # One statement ("People get housing without ...", "Peer support was invented by ...")
        # among phrases ("Getting housing once ...", "A waiting room", "New medications"): the
        # phrases name what the question asks for, the statement says something else is so,
        # and its form marks it out (item writing: options parallel in form).
        return "one statement among phrases"
    if (
        len(others) >= 3
        and _subject_states(correct)
        and not any(map(_states, others))
        and not _relative_clause(correct)
    ):
        # "An error in the record is corrected with a single line through it" among "Correction
        # fluid or correction tape" and "Leaving a known error in place": the key alone says
        # that something is so, and its form singles it out (item writing: form is a clue when
        # it marks the key).
        return "the key alone is a statement"
    if not others:
        return ""
    longest = max(len(o) for o in others)
    median = statistics.median(len(o) for o in others)
    if len(correct) > 2.25 * longest and len(correct) - longest > 25:
        # Two and a quarter times the longest wrong option is the clue: of the 262 real items of
        # the corpus and the twenty read sets, 72 key an option over 1.5 times their longest wrong
        # one, 18 over twice (a definition of 133 characters beside wrong ones up to 66), and 6
        # over 2.25 times. (Short options differ in length a lot without a clue: "A person
        # living with X" among "An addict" and "A schizophrenic" is the real item.)
        return "correct option is the longest, over 2.25 times any other's length"
    # (with a wrong option about as long as the key, the key is not the one long option: real
    # items key up to two and a half times their wrong options' median then, 2.38 in one set)
    matched = any(0.85 * len(correct) <= len(o) <= len(correct) / 0.85 for o in others)
    widest = 2.5 if matched else 2.25
    if median >= 20 and not 0.4 * median <= len(correct) <= widest * median:
        # (beside options of a word or two, "A person living with X" is no length clue)
        return "correct option's length is out of line with the others"
    return ""


_NOT_ONE_FORM = "options are not in one grammatical form"


_HEDGING_ADVERBS = frozenset(
    ["usually", "often", "mostly", "generally", "typically", "mainly", "largely", "primarily"]
)


def _identity(predicate: str) -> bool:
    """Whether a predicate says what its subject is: "is a treatment plan", "is saying ...", "is
    diagnosis or treatment" (a copula and its complement); not "is aimed at ...", "is now used
    ...", "often follows ..." (a passive, an adverb, another verb)."""
    words = predicate.lower().split()
    if len(words) < 2 or words[0] not in ("is", "are"):
        return False
    if len(words) > 2 and words[1] in _HEDGING_ADVERBS:
        # ("is usually a habit more than a decision": an adverb of frequency or degree before
        # the complement hedges the identity, it is still one; English)
        words = [words[0], *words[2:]]
    after = words[1].strip(",")
    if after in ("about", "not", "less", "more"):
        return True  # ("is about hope", "is not ...", "is less a mood than ...")
    lemmas = lemmas_of(after)
    passive = "NOUN" not in lemmas and (
        is_participle(after) or (after.endswith("ed") and "VERB" in lemmas)
    )
    return not ("ADV" in lemmas or after in PREPOSITIONS or passive)


def _frame_broken(correct: str, others: Sequence[str]) -> bool:
    """Whether options sharing one subject say what it is ("WRAP is a discharge form", "WRAP is a
    treatment plan", ...) while the key alone says something else of it ("WRAP is now used for
    ..."): the frame the others share singles the key out (item writing: parallel options)."""
    if len(others) < 3:
        return False
    texts = [correct, *others]
    # The subject is the words all options open with, up to the copula: with its article, "A
    # PAD is ...", or of two words, "Assertive communication is ..." (the frame is the same).
    words = [[w.lower() for w in t.split()] for t in texts]
    size = 0
    while (
        size < 5
        and all(len(w) > size + 1 for w in words)
        and len({w[size] for w in words}) == 1
        and words[0][size] not in ("is", "are")
    ):
        size += 1
    if not size:
        return False
    rests = [" ".join(t.split()[size:]) for t in texts]
    return all(_identity(r) for r in rests[1:]) and not _identity(rests[0])


def _key_in_common_form(key: str, wrong: Sequence[ChoiceDraft]) -> bool:
    """Whether the key has the shape all but one of the wrong options share."""
    shape = _shape(key)
    return sum(_shape(c.text) == shape for c in wrong) >= len(wrong) - 1 >= 2


def _act_among_things(texts: Sequence[str]) -> bool:
    """One gerund phrase among noun phrases that open with an article ("Angling toward a screen"
    beside "A guide to ...", "A screening tool ..."): an act answers "what does one do", a thing
    "what is it" (item writing: every option answers the same question). Real items do set one
    thing among acts ("A flexible schedule" among "Removing ...", "Lowering ..."), where the acts
    name what is given, so only the act alone among things fails. One list ("Forming, storming,
    norming and performing") among single answers is no parallel option either, and the list
    stands out as the inclusive one (item writing)."""
    if len(texts) >= 3 and sum(map(_series_of_names, texts)) == 1:
        return True
    kinds = [thing_or_act(t) for t in texts]
    if "" in kinds:
        return False
    return kinds.count("act") == 1


def _act_among_statements(texts: Sequence[str]) -> bool:
    """One bare gerund phrase ("Measuring a person's strengths") among options that each state
    something ("Childhood adversity rarely affects adult health"): the act answers no question
    the statements answer (item writing: every option answers the same question)."""
    acts = [t for t in texts if thing_or_act(t) == "act" and not _states(t)]
    stating = [t for t in texts if _states(t) and thing_or_act(t) != "act"]
    return len(acts) == 1 and len(stating) == len(texts) - 1


@functools.lru_cache(maxsize=8192)
def thing_or_act(text: str) -> str:
    """ "thing" for a noun phrase (opening with an article, or a plural noun after its modifiers:
    "Personal opinions", "Private details about roommates"), "act" for a gerund phrase, else ""."""
    words = text.split()
    first = words[0].lower() if words else ""
    if first in ("a", "an", "the"):
        return "thing"
    if is_gerund(first):
        return "act"
    # (a bare plural head before any preposition, its modifiers before it: English noun phrases
    # need no article in the plural)
    # ("Benzodiazepines like lorazepam", "Stimulants used for ADHD": "like" and a participle
    # open the head's modifiers too)
    before = list(
        itertools.takewhile(
            lambda w: (
                w.lower() not in PREPOSITIONS
                and w.lower() != "like"
                and not (is_participle(w) or _participle(w.lower()))
            ),
            words,
        )
    )
    head = before[-1].lower().strip(",.") if before else ""
    nouns = lemmas_of(head).get("NOUN", ())
    plural = (bool(nouns) and head not in nouns and head.endswith("s")) or unknown_plural(head)
    # ("Health and wellness", "Work and education": nouns coordinated, no verb among them, name
    # things too; English: "and" joins like with like)
    coordinated = (
        len(words) >= 3
        and len(words) <= 6
        and any(w.lower() in ("and", "or") for w in words[1:-1])
        and all(
            w.lower() in ("and", "or")
            # (a word the lexicon lacks, "wellness", is a noun here: it is coordinated with one)
            or "NOUN" in (lemmas := lemmas_of(w.lower().strip(",.")))
            or not lemmas
            for w in words
        )
    )
    return "thing" if (plural or coordinated) and shape_of(text) == "noun" else ""


@functools.lru_cache(maxsize=8192)
def _series_of_names(text: str) -> bool:
    """A series of names ("Forming, storming, norming and performing"), not a series of acts
    whose gerunds take complements ("Staying calm, speaking slowly and quietly")."""
    if not _SERIES_OF_NAMES.match(text):
        return False
    if rx.match(r"^(?:an?|the)\s+[\w-]+,", text, re.I):
        # ("A brief, everyday remark or action": an article before the first word alone makes
        # it an adjective coordinated with the next, one noun phrase; English)
        return False
    members = rx.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", text.rstrip("."))
    return not any(len(m.split()) > 1 and is_gerund(m.split()[0].lower()) for m in members)


def _statement_among_acts(texts: Sequence[str]) -> bool:
    """One statement ("Triggers are outside events") among gerund phrases ("Sorting by type of
    problem", "Treating the two as one list"): the acts answer "what does one do", the statement
    "what is so" (item writing: every option answers the same question)."""
    if len(texts) < 4:
        return False
    acts = [bool(t.split()) and is_gerund(t.split()[0].lower()) for t in texts]
    if acts.count(False) == 1 and _states(texts[acts.index(False)]):
        return True
    # One statement ("A warmline is only for people in services") among things named by a noun
    # phrase ("A crisis hotline", "A therapy service"): the things answer "what is it", the
    # statement "what is so" (the same rule).
    # (a subject of a few words and its verb: "A personal plan the person writes ..." is a noun
    # phrase with a relative clause, its verb after a second determiner)
    stated = [bool(_SUBJECT_THEN_VERB.match(t)) for t in texts]
    if len({tuple(t.lower().split()[:2]) for t in texts}) == 1:
        # ("The home is certified ..." beside "The home offers ...", "The home requires ...":
        # options opening on one subject are all said of it, statements alike, whatever verb
        # the lexicon knows as a noun too)
        return False
    return stated.count(True) == 1 and all(
        t.split()[0].lower() in ("a", "an", "the") for t in texts if t.split()
    )


_SUBJECT_THEN_VERB = re.compile(
    r"^(?:an?|the)\s+(?:(?!(?:an?|the|their|his|her|its|this|that|who|which)\b)[\w'-]+\s+){1,3}?"
    r"(?:is|are|was|were|can|cannot|should|must|will|does|do|has|have)\b",
    re.I,
)


_RELATIVE_WORD = re.compile(r"\b(?:that|which|who|whom|whose|where)\b", re.I)


def _relative_clause(text: str) -> bool:
    """Whether `text` holds a relative clause: a relative word right after a noun ("a line that
    ...", "the person who ..."); after a comma or a verb, "who" and "where" ask ("says what will
    be shared, who will receive it": an embedded question, English)."""
    for match in _RELATIVE_WORD.finditer(text):
        before = text[: match.start()].rstrip()
        if before and not before.endswith((",", ";", ":")):
            word = before.split()[-1].lower()
            if "NOUN" in lemmas_of(word) or word in ("one", "those", "anyone", "someone"):
                return True
    return False


_NOT_SUBJECTS = frozenset(
    ["to", "who", "what", "which", "how", "where", "when", "whether", "why", "if"]
)
_AUXILIARY = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "can",
        "cannot",
        "will",
        "would",
        "should",
        "must",
    ]
)


@functools.lru_cache(maxsize=8192)
def _plainly_states(text: str) -> bool:
    """A clause opening on its subject, a word or three and then its verb, with more after it
    ("People get permanent housing ...", "The person has kept up ..."); not a phrase that holds a
    clause ("Offering the person options ...", "A personal plan the person writes ...")."""
    words = [w.lower().strip(",") for w in text.rstrip(".").split()]
    if not words or is_gerund(words[0]) or words[0] in _NOT_SUBJECTS:
        return False  # ("Who is present": a question word opens a clause that is a name)
    if _SUBJECT_THEN_VERB.match(text):
        return True
    at = finite_verb(words)
    if at <= 0:
        # ("Peer support was invented ...": an auxiliary is a finite verb wherever it stands)
        at = next((i for i, w in enumerate(words[1:4], start=1) if w in _AUXILIARY), -1)
    return (
        words[0] not in ("a", "an", "the")
        # (a fourth word may still be the verb when it is never a noun: "State rehabilitation
        # agencies provide counseling")
        and (0 < at <= 3 or (at == 4 and "NOUN" not in lemmas_of(words[at])))
        and at < len(words) - 1
        and words[at - 1] not in ("and", "or")
        # ("People the person can ask ...": a second determiner opens a relative clause)
        and not {"a", "an", "the", "their", "his", "her", "its"} & set(words[1:at])
    )


_CLAUSE_WORDS = frozenset(
    ["how", "what", "who", "which", "that", "when", "where", "why", "whether"]
)


@functools.lru_cache(maxsize=8192)
def _subject_states(text: str) -> bool:
    """A clause whose subject opens with its article and runs, through prepositional phrases, to
    its finite verb ("An error in the chart is corrected with one line"); not a noun phrase with a
    relative clause, whose second determiner follows a noun ("A personal plan the person
    writes")."""
    words = [w.lower().strip(",") for w in text.rstrip(".").split()]
    # (a quantifier opens a subject as an article does: "One person has more than one disorder")
    if not words or words[0] not in ("a", "an", "the", "one", "each", "every", "no"):
        return False
    at = next((i for i, w in enumerate(words[1:9], start=1) if w in _AUXILIARY), -1)
    # ("A valid release says what will be shared ...": a verb in "-s" that is never a noun is the
    # subject's verb as surely as an auxiliary is, and comes first)
    verb = next(
        (
            i
            for i, w in enumerate(words[2:5], start=2)
            if w.endswith("s")
            and "VERB" in lemmas_of(w)
            and "NOUN" not in lemmas_of(w)
            and w not in lemmas_of(w)["VERB"]
        ),
        -1,
    )
    if verb > 0 and (at < 0 or verb < at):
        at = verb
    if at < 2 or at >= len(words) - 1:
        return False
    if any(w in _CLAUSE_WORDS or is_gerund(w) for w in words[1:at]):
        # ("A change in the job or how work is done", "The person understanding what they are
        # agreeing to": the verb is a clause's inside the phrase)
        return False
    return not any(
        w in ("a", "an", "the", "their", "his", "her", "its") and words[i - 1] not in PREPOSITIONS
        for i, w in enumerate(words[1:at], start=1)
    )


@functools.lru_cache(maxsize=8192)
def _states(text: str) -> bool:
    """A clause with a verb of its own ("Triggers are outside events", "Recovery takes time")."""
    words = [w.lower().strip(",") for w in text.rstrip(".").split()]
    # ("Each person having the right to ...": a gerund clause with its subject names a state of
    # affairs; a verb after the gerund is inside it)
    gerund = next((i for i, w in enumerate(words[1:4], start=1) if is_gerund(w)), 0)
    if (
        gerund
        and not 0 < finite_verb(words) < gerund
        and not _AUXILIARY & set(words[1:gerund])  # ("Recovery is going back": a progressive)
    ):
        return False
    # ("A flexible schedule so the employee can attend therapy": a verb of a clause of purpose or
    # reason after the phrase is that clause's, not the phrase's own; English, a subordinate
    # clause asserts nothing of the main one)
    words = words[: _subordinate_at(words)]
    # ("A change in how work is done": a verb inside a clause the phrase holds is not its own)
    copula = next((i for i, w in enumerate(words) if w in ("is", "are", "was", "were")), 0)
    opened = {"how", "what", "that", "which", "who", "when", "where", "whether", "if"}
    return finite_verb(words) > 0 or (copula > 0 and not opened & set(words[:copula]))


_SUBORDINATORS = frozenset(["because", "although", "though", "unless", "whereas"])
_SO_SUBJECTS = frozenset(["that", "the", "they", "he", "she", "it", "people", "their", "we", "you"])


def _subordinate_at(words: Sequence[str]) -> int:
    """Where a clause of reason, concession or purpose opens after the first word ("so the
    employee can ...", "because it ..."), or the end."""
    for i, w in enumerate(words[1:], start=1):
        if w in _SUBORDINATORS or (
            w == "so" and i + 1 < len(words) and words[i + 1] in _SO_SUBJECTS
        ):
            return i
    return len(words)


# "Forming, storming, norming and performing": three or more members of a word or two each.
_SERIES_OF_NAMES = re.compile(
    r"^[\w-]+(?: [\w-]+)?(?:, [\w-]+(?: [\w-]+)?)+,? (?:and|or) (?:later |then )?[\w-]+(?: [\w-]+)?\.?$",
    re.I,
)


# A few irregular past participles lemminflect reads only as adjectives or nouns.
_IRREGULAR_PARTICIPLES = frozenset(["left", "told", "kept", "held", "sent", "made", "taken"])


def asks_action(stem: str) -> bool:
    """Whether the stem asks what someone should do ("What is the most appropriate response?")."""
    return bool(ACTION_ASKED.search(stem))


# (and "Which statement ...?": a statement, an act or a quotation answers it, real items show
# all three; "A harsh tone" or "Possible" states nothing)
_RESPONSE_ASKED = re.compile(
    r"\bwhich (?:[\w-]+ )?(?:response|reply|answer|statement)s?\b|"
    r"\bwhich of the following (?:[\w-]+ )?statements?\b",
    re.I,
)


_NEGATED_AUXILIARY = re.compile(
    r"^\w[\w' -]*?\s(?:(?:do|does|did|is|are|was|were|can|will|should|has|have)(?:n't|\s+not)|"
    r"cannot|won't)\b",
    re.I,
)


def action_problem(stem: str, texts: Sequence[str]) -> str:
    """R5 under a stem asking what to do: "" when every option is something a person does (a
    verb phrase: an instruction, a gerund phrase, "By ...") or something they say (a quotation),
    else the reason ("De-escalation starts with ..." states, it does not act)."""
    if _RESPONSE_ASKED.search(stem) and not ACTION_ASKED.search(stem):
        # "Which response best reflects ...?": an act, or what is said (a quotation or a
        # statement); a bare noun phrase ("Medication for opioid use disorder") is neither
        for text in texts:
            quoted = text.startswith(('"', "\u201c")) or text.rstrip().endswith(("?", '"'))
            if (
                quoted
                or shape_of(text) in ("ing", "by", "base", "clause")
                or _states(text)
                or _plainly_states(text)
                # ("Confidentiality doesn't apply in groups": a negated auxiliary after its
                # subject is a clause's verb)
                or _NEGATED_AUXILIARY.search(text)
            ):
                continue
            return f"option is no response: {text!r}"
        return ""
    if not ACTION_ASKED.search(stem):
        return ""
    for text in texts:
        if text.rstrip().endswith(("?", '"', "\u201d")) or text.startswith(('"', "\u201c")):
            continue
        if passive_gerund(text):
            return f"option is not an action: {text!r}"
        if _shape(text) == "base" or shape_of(text) in ("ing", "by", "base"):
            continue
        first = text.split()[0].lower() if text.split() else ""
        if first in lemmas_of(first).get("VERB", ()) and first not in _PERSON_NOUNS:
            # asked what to do, "Support self-advocacy" reads as an instruction ("People in
            # recovery" names people, whatever "to people" is)
            continue
        return f"option is not an action: {text!r}"
    return ""


def _adverb(word: str) -> bool:
    """An adverb that may stand between a subject and its verb ("only", "rarely")."""
    lower = word.lower()
    return lower in ("only", "also", "often", "never", "always", "rarely", "still", "just") or (
        lower.endswith("ly") and "ADV" in lemmas_of(lower)
    )


# Two gerunds coordinated, a plural subject, and the word after them ("Enabling and supporting
# are ...": English agreement).
_GERUND_PAIR = re.compile(r"^(?P<a>[A-Za-z]+ing)\s+(?:and|or)\s+(?P<b>[a-z]+ing)\s+(?P<v>[a-z]+)\b")


def difference_problem(stem: str, texts: Sequence[str]) -> str:
    """R5 under a stem asking a difference ("What is the difference between A and B?", "How does A
    differ from B?"): "" when every option states something (a clause: "A violation harms the
    person, while ..."), else the reason. A difference is a relation between two things, so each
    answer to it says how they stand (item writing: options answer the stem's question); an act
    ("Making every phone call for someone") or a thing named in a few words ("Clinical
    interventions") is one side's example, no difference."""
    asked = DIFFERENCE_STEM.search(stem)
    if not asked:
        return ""
    compared = content_stems(" ".join(g for g in asked.groups() if g))
    for text in texts:
        words = text.split()
        pair = _GERUND_PAIR.match(text)
        if (
            pair
            and content_stems(f"{pair.group('a')} {pair.group('b')}") <= compared
            and "VERB" in lemmas_of(pair.group("v").lower())
            and not is_gerund(pair.group("v").lower())
        ):
            continue  # "Enabling and supporting are ...": the two compared, and what they are
        # (an adverb between a gerund subject and its verb: "Enabling only applies to ...")
        unadverbed = [words[0], *words[2:]] if len(words) > 2 and _adverb(words[1]) else words
        if shape_of(text) == "ing" and not (
            gerund_clause(unadverbed) and content_stems(words[0]) <= compared
        ):
            # A gerund states a difference only as the subject of one, and then it is one of
            # the two things compared ("Enabling only applies to ..."); any other act names
            # none, whatever verb it holds: "Sorting by who notices" (a clause inside it),
            # "Making excuses to a landlord" (a plural noun that could be a verb).
            return f"option states no difference: {text!r}"
        if (
            _states(text)
            or gerund_clause(words)
            or shape_of(text) == "clause"
            # ("Both A and B oversee ...": a statement of the two, its subject a pair)
            or rx.match(r"^(?:both|neither)\s", text, re.I)
        ):
            continue
        if (
            shape_of(text) == "ing"
            or (len(words) <= 4 and finite_verb(words) < 0)
            # (a noun phrase of any length, "A review of the participant's progress on ...", is
            # one side's example too: no word of it can be a verb in "-s")
            or (finite_verb(words) < 0 and not any(map(_verb_s, words[1:])))
        ):
            return f"option states no difference: {text!r}"
    return ""


def _verb_s(word: str) -> bool:
    """A word that can be a verb in "-s" ("works", "needs"), no base form."""
    word = word.lower().strip(",.;:")
    verbs = lemmas_of(word).get("VERB", ())
    return word.endswith("s") and bool(verbs) and word not in verbs


def passive_gerund(text: str) -> bool:
    """ "Being left with questions" ("Be left with questions"): a passive gerund or base form says
    what happens to someone, not what they do (English: the passive's subject undergoes the
    act)."""
    words = text.split()
    return (
        len(words) >= 2
        and words[0].lower() in ("being", "getting", "be", "get")
        and (_participle(words[1].lower()) or words[1].lower() in _IRREGULAR_PARTICIPLES)
    )


# A stem stating a situation: a clause of time or condition, or a scene before its question.
_SITUATION = re.compile(
    r"\b(?:when|whenever|if|after)\s+(?:a|an|the|someone|they|he|she)\b|[.!]\s+\w", re.I
)
_SAID_OF_SITUATION = re.compile(
    r"(?P<c>\b(?:that|because|since))\s+(?:this|that)\s+(?=(?:is|was|isn't|wasn't|would|will|"
    r"can|may|might|falls?|goes|needs?)\b)",
    re.I,
)


# An act and a definite noun, nothing more ("Naming the reason").
_BARE_DEFINITE = re.compile(
    # ("Arguing with the hold": the noun as a preposition's object after the act's verb, too)
    r"^(?P<v>[A-Za-z]+)\s+(?:(?:with|to|about|for|on|into|from|at|over|against)\s+)?"
    r"the\s+(?P<n>[a-z][a-z-]*)$"
)
# The words of a stem asking only what the role should do or avoid ("Which of the following should
# a peer specialist avoid?").
_BARE_STEM = content_stems("Which of the following should a peer specialist do or avoid?")
_KNOWN_REFERENTS = frozenset(word_list("known_referents")) | frozenset(
    w.lower() for w in _V.other_roles
)


def pointing_problem(texts: Sequence[str], stem: str = "") -> str:
    """R9: "" when every option stands alone. Options that all open with "It" or "They" are
    parallel answers about the stem's subject (English: the pronoun's antecedent is in the stem);
    under a stem that speaks to "you" ("A person you support sends a request to your account"),
    an option's "you" and "your" are that reader's (real items: "Accept the request but restrict
    what the person can see on your profile")."""
    if rx.search(r"\b(?:you|your)\b", unquoted(stem), re.I):
        texts = [as_addressee(t) for t in texts]
    if _SITUATION.search(unquoted(stem)):
        # ("What should a peer specialist do when a person asks for a diagnosis?": "Explain that
        # this is outside the peer role": the demonstrative subject of a reported clause is the
        # situation the stem states; English anaphora across the question and its answer)
        texts = [_SAID_OF_SITUATION.sub(r"\g<c> it ", t) for t in texts]
    scene = len(stem_sentences(stem)) >= 2 if stem else False
    openings = {t.split(" ", 1)[0].lower() for t in texts if t}
    if len(openings) == 1 and openings <= {"it", "they"}:
        texts = [t.split(" ", 1)[1] if " " in t else t for t in texts]
    for text in texts:
        if text.rstrip().endswith("?"):
            continue
        if rx.search(r"\b(?:differently|similarly|otherwise)\W*$", unquoted(text), re.I) or (
            compared_pronoun(unquoted(text))
        ):
            # "Handled a bit differently", "Doing something simpler": a comparison whose
            # standard is said elsewhere
            return f"option compares with something outside it: {text!r}"
        # "That a person may have ...": "that" opening a clause is a conjunction, not pointing.
        complement = rx.match(
            r"^that\s+(?:an?|the|people|someone|everyone|each|every)\b", text, re.I
        ) or _plural_subject_clause(text)
        # Words in quotation marks are the speaker's: their "this" is no pointing of the option;
        # nor is "those consequences" after "the consequences" in the option (its antecedent).
        if (
            _DEMONSTRATIVE.search(addressed(pointing_inside(unquoted(text)), bound=True))
            # ("Treating the two as one list": a numeral standing for its noun, "the two",
            # points to things named outside the option; English, a pronominal numeral needs
            # its antecedent)
            or _PRONOMINAL_NUMERAL.search(unquoted(text))
            or (rx.match(r"^that\b", text, re.I) and not complement)
            or that_determiner(text)
            # ("Acknowledging what that person has contributed": a singular noun for a person
            # takes a determiner, so "that" before it is one whatever follows; no bare singular
            # count noun is a clause's subject. Under a stem whose scene names someone, "... when
            # one member dominates a group?", "that person" is that one: English anaphora across
            # the question and its answer, as for "it" after a scene)
            or (_PERSON_THAT.search(unquoted(text)) and not _SCENE_PERSON.search(unquoted(stem)))
        ):
            return f"option points outside itself: {text!r}"
        # "Replacing it with ...": "it" as the object of the option's opening verb stands for
        # something outside the option ("the time it takes" has its antecedent inside); after a
        # scene the stem sets ("A person discloses ... What should you do?"), the scene is what
        # "it" stands for (real items: "Keep it confidential ...", "Raise it privately ...").
        if (
            rx.match(r"^(?!because\b|when\b|if\b|whenever\b|since\b)\S+\s+it\b", text, re.I)
            and not scene
        ) or DEMONSTRATIVE_OBJECT.match(text):
            return f"option points outside itself: {text!r}"
        # ("Forcing the formula", "Accepting the title": an act and a bare definite noun, under a
        # stem that names nothing but the role and what it should do, refers to a thing only the
        # article introduced; English definiteness, the referent must be known to the reader, or
        # bridged from a thing the stem names, "the first step in a planned ending": "Raise the
        # topic")
        bare = _BARE_DEFINITE.match(text.strip())
        if (
            bare
            and stem
            and not content_stems(stem) - _BARE_STEM
            and (is_verb(bare.group("v")) or is_gerund(bare.group("v")))
            and bare.group("n").lower() not in _PERSON_NOUNS | _KNOWN_REFERENTS
            and not _ROLE_WORD.fullmatch(bare.group("n").lower())
        ):
            return f"option names a thing outside it: {text!r}"
        # ("Naming the reason", "Explain the reason simply": an act on a relational noun with
        # "the" and nothing it relates to, under a stem that neither names the noun nor asks why,
        # leaves the reader to guess the reason for what; English, a relational noun takes its
        # argument, said in the phrase or known from the question)
        relational = relational_object(text)
        if (
            relational
            and not content_stems(relational) & content_stems(stem)
            and not rx.search(r"\bwhy\b", stem, re.I)
        ):
            return f"option names a thing outside it: {text!r}"
        # ("Trying to write around it": an "it" closing the option after a preposition, with no
        # thing named before it, stands for something outside; after a scene, the scene's)
        closing = rx.search(_CLOSING_IT, unquoted(text), re.I)
        if (
            closing
            and not scene
            and not rx.search(
                r"\b(?:a|an|the|their|his|her|its|one's|this|any|each|every|some)\s+[\w-]+",
                text[: closing.start()],
                re.I,
            )
        ):
            return f"option points outside itself: {text!r}"
    return ""


_PRONOMINAL_NUMERAL = re.compile(
    r"\bthe\s+(?:two|three|four|five)\b(?=\s+(?:as|are|were|is|of\s+them|together|apart|"
    r"into|in|on|at|and|or|with)\b|\W*$)",
    re.I,
)

_CLOSING_IT = (
    r"\b(?:in|on|of|with|for|to|about|from|into|through|around|after|without|behind|over)"
    r"\s+it\W*$"
)


def _plural_subject_clause(text: str) -> bool:
    """ "That families have a primary role in ...": "that" before a bare plural noun and its verb
    opens a clause (a conjunction), no demonstrative (English: "that" + subject + finite verb is
    a content clause; a demonstrative takes a singular noun)."""
    words = text.split()[1:]
    if len(words) < 2 or words[0].lower() in ("this", "these", "those", "they", "it"):
        return False
    first = words[0].lower()
    # (a plural noun, a gerund or an indefinite pronoun as the subject: "That attending is
    # optional", "That everything said ... will stay confidential"; a singular count noun after
    # "that" reads as its determiner's, "That part matters")
    # (a word no lexicon knows, ending in "-s", reads as a plural too: "That antidepressants ...")
    plural = first.endswith("s") and (
        ("NOUN" in lemmas_of(first) and first not in lemmas_of(first).get("NOUN", ()))
        or (not lemmas_of(first) and not first.endswith(("ss", "us", "is")))
    )
    subject = plural or is_gerund(first) or first in _INDEFINITE_SUBJECTS
    between = lemmas_of(words[1].lower())
    if len(words) > 2 and "ADV" in between and not {"NOUN", "VERB"} & set(between):
        # ("That antidepressants often need several weeks": an adverb of frequency stands between
        # the subject and its verb; English word order)
        words = [words[0], *words[2:]]
    # ("attending is": the lexicon may read a gerund's verb as no verb; an auxiliary is one)
    return subject and (finite_verb(words) >= 1 or words[1].lower() in _AUXILIARIES)


_AUXILIARIES = frozenset(
    ["is", "are", "was", "were", "can", "will", "may", "must", "should", "would", "could"]
)


_INDEFINITE_SUBJECTS = frozenset(
    ["everything", "nothing", "something", "anything", "all", "most", "many", "some", "no"]
)


def _names_outside(stem: str, texts: Sequence[str], sentences: Sequence[Sentence]) -> str:
    """R9: an option naming a person of the lesson's story whom the stem does not name ("Label
    Glen" under a stem about "a case manager") points to the story, outside the item."""
    absent = story_people(sentences) - set(rx.findall(r"[A-Za-z]+", stem))
    for text in texts:
        if absent & set(rx.findall(r"[A-Za-z]+", text)):
            return f"option names someone the stem does not: {text!r}"
    return ""


def thing_outside(stem: str, texts: Sequence[str], sentences: Sequence[Sentence]) -> str:
    """R9: an option naming by "the" a thing the lesson's story brought in with "a" ("Slipping the
    watch into their bag", after "Ana hands her a silver watch") whose stem does not name it
    points to the story, outside the item: "the" presupposes the thing is known, and only the
    story makes it known (English: definiteness; a first mention takes "a")."""
    people = story_people(sentences)
    if not people:
        return ""
    asked = content_stems(stem)
    told = {
        (sentence.anchor, sentence.paragraph)
        for sentence in sentences
        if people & set(rx.findall(r"[A-Za-z]+", sentence.plain))
    }
    for text in texts:
        for named in rx.finditer(
            r"\bthe\s+(?P<n>[a-z]{3,}(?:\s+[a-z]{3,}){0,2})\b", unquoted(text)
        ):
            # (the head: the first noun after "the", past its adjectives: "the silver watch")
            noun = next(
                (w for w in named.group("n").split() if "NOUN" in lemmas_of(w)),
                "",
            )
            if (
                not noun
                or content_stems(noun) <= asked
                or noun in _PERSON_NOUNS
                or _ROLE_WORD.fullmatch(noun)
            ):
                continue
            mentions = [
                ((sentence.anchor, sentence.paragraph), mention)
                for sentence in sentences
                if (
                    mention := rx.search(
                        rf"(?:\b(?P<d>an?|the|this|that|these|those|his|her|their|its|my|your|"
                        rf"our|some|any|one)\s+)?(?:\b[\w-]+\s+){{0,2}}?\b{noun}s?\b(?!-)",
                        sentence.plain,
                        re.I,
                    )
                )
            ]
            # (brought in with "a", and named nowhere but in the story: a paragraph naming one of
            # its people; "the agency", also said of agencies at large, is anyone's)
            if (
                mentions
                and (mentions[0][1].group("d") or "").lower() in ("a", "an")
                and all(where in told for where, _ in mentions)
            ):
                return f"option names a thing of the story the stem does not: {text!r}"
    return ""


def _possessor_outside(stem: str, texts: Sequence[str]) -> str:
    """R9: an option opening with "Their", "His" or "Her" needs someone the possessive can stand
    for; with no person nor plural noun in the stem ("Which best describes vicarious trauma?":
    "Their own history") it points outside the item (English anaphora)."""
    words = rx.findall(r"[A-Za-z'-]+", stem.lower())
    someone = any(
        w in _PERSON_NOUNS
        or w in ("they", "them", "he", "she", "someone", "anyone", "everyone", "who")
        or _ROLE_WORD.fullmatch(w)
        or (w.endswith("s") and "NOUN" in lemmas_of(w) and w not in lemmas_of(w)["NOUN"])
        for w in words
    )
    for text in texts:
        if rx.match(r"^(?:their|his|her)\b", unquoted(text).strip(), re.I) and not someone:
            return f"option points outside itself: {text!r}"
    return ""


def stem_problem(stem: str, kind: str) -> str:
    """R7: "" when the stem stands alone, else the reason."""
    text = stem.strip()
    if _VAGUE_STEM.search(text):
        return "stem mentions the lesson"
    if text.endswith((":", "...", "\u2026")):
        return ""  # an incomplete statement, completed by the options
    if not text.rstrip("\"\u201d\u2019'").endswith("?"):
        # (a question ending on a quoted question closes inside its quotation marks: '..., such
        # as "Why did you skip your appointment?"')
        return "stem is not a question"
    last = stem_sentences(text)[-1]
    if not _WH.search(last) and not rx.match(r"^(?:is|are|does|do|can|should)\b", last, re.I):
        return "stem does not ask a question"
    if _POINTING_STEM.match(text):
        return "stem leans on words outside it"
    if len(tokens(text)) < 4:
        return "stem too short to stand alone"
    return ""


_WHICH_PERSON = re.compile(
    rf"\bwhich (?:{alternation(tuple(_V.person_words))}|person|people|individual)\b", re.I
)
_NAMES_PERSON = re.compile(
    rf"^(?:(?:only|a|an|the|any|some|no)\s+)?(?:[\w'-]+\s+){{0,2}}?"
    rf"(?:{alternation(tuple(_V.person_words))}|person|people|one|someone|anyone|everyone|"
    r"individuals?|employees?|workers?|applicants?|adults?|students?|tenants?|members?|"
    r"patients?)\b",
    re.I,
)


def person_problem(stem: str, texts: Sequence[str]) -> bool:
    """Asked "Which person ...?", an option that names no one ("Timing of use") answers another
    question (item writing: every option answers the stem)."""
    return bool(_WHICH_PERSON.search(stem)) and not all(_NAMES_PERSON.match(t) for t in texts)


# "Which resource ...?", "Which program ...?": a stem asking for a thing of a named kind.
_WHICH_THING = re.compile(
    r"\bwhich (?:(?:[\w-]+ ){0,2})?(?:resources?|programs?|services?|benefits?|agenc(?:y|ies)|"
    r"organi[sz]ations?|tools?|laws?|documents?|medications?|settings?|places?)\b",
    re.I,
)


def act_problem(stem: str, texts: Sequence[str]) -> bool:
    """Asked "Which resource ...?", an option that names an act ("Suggesting the person drop
    care") answers another question: what to do, not which thing (item writing: every option
    answers the stem)."""
    return bool(_WHICH_THING.search(stem)) and any(thing_or_act(t) == "act" for t in texts)


def option_rules(stem: str, correct: str, wrong: Sequence[str]) -> tuple[str, ...]:
    """The option rules (R1, R4, R5, R6, R9) of any item: what the recalibration test runs."""
    texts = [correct, *wrong]
    failures = []
    if options_problem(texts, 1, stem):
        failures.append("R1")
    if clue_problem(stem, correct, wrong):
        failures.append("R4")
    if (
        form_problem(correct, wrong)
        or difference_problem(stem, texts)
        or person_problem(stem, texts)
        or act_problem(stem, texts)
    ):
        failures.append("R5")
    if wording_problem(texts, correct):
        failures.append("R6")
    if pointing_problem(texts, stem):
        failures.append("R9")
    return tuple(failures)


# Memo for _plain_claims, by the identity of a lesson's sentence tuple.
_claims_memo: dict[int, tuple[Sequence[Sentence], tuple[frozenset[str], ...]]] = {}


def _plain_claims(sentences: Sequence[Sentence]) -> tuple[frozenset[str], ...]:
    """The content stems of the sentences that state something without denying or warning."""
    return tuple(claim for _, claim in _claiming(sentences))


_REPORTED_SPEECH = re.compile(
    r"^[\"\u201c][^\"\u201d]{3,}[,.!?]?[\"\u201d],?\s+(?:he|she|they|[A-Z][a-z]+)\s+"
    r"(?:says|said|asks|asked|adds|added|tells|told|replies|replied|suggests|suggested)\b"
)


def _claiming(sentences: Sequence[Sentence]) -> tuple[tuple[Sentence, frozenset[str]], ...]:
    """The sentences that state something without denying or warning, each with its claim's
    content stems."""
    memo = _claims_memo.get(id(sentences))
    if memo is not None and memo[0] is sentences:
        return memo[1]
    contrast = contrast_anchors(sentences)
    # (a member of an enumeration of faults, "One is explaining ...", is one of them)
    runs = contrast_runs(sentences) | announced_faults(sentences)
    claims = tuple(
        (s, content_stems(said))
        for s in sentences
        if (said := _affirmed_part(s.plain))
        and is_claim(s, contrast, runs)
        and not _narrates(s.plain)
        # ("One says peer support was invented by managed care": a view reported, not claimed)
        and not attributes_view(s.plain)
        # ("Agreeing just to keep the peace would have closed the conversation": a verdict)
        and not judges(s.plain)
        # ('"A lot of people just skip the night dose," she says.': a speaker's words, not
        # the writer's claim; English: reported speech)
        and not _REPORTED_SPEECH.search(s.plain)
    )
    if len(_claims_memo) >= 64:
        _claims_memo.clear()
    _claims_memo[id(sentences)] = (sentences, claims)
    return claims


# "A relapse is a return to old patterns, not an erasure of ...": what comes before a contrast
# that closes the sentence is affirmed (English: in "A, not B" the negation scopes over B alone).
_CONTRAST_CLOSING = re.compile(r"(?:,\s+not|\s+rather than|,?\s+instead of)\s[^,;:]+$", re.I)


def _affirmed_part(text: str) -> str:
    """The part of a sentence that states something without denying or warning: the whole
    sentence, what comes before a closing contrast, or its clauses joined by ", and" that deny
    nothing; "" when it denies or warns throughout."""
    # ("in a way that puts them, not you, at the center": a contrast set off by commas denies
    # only its own words, English)
    text = CONTRAST_ASIDE.sub(" ", text)
    if not _DENIAL.search(text):
        return text
    closing = _CONTRAST_CLOSING.search(text.rstrip(" ."))
    if closing and closing.start() > 0 and not _DENIAL.search(text[: closing.start()]):
        return text[: closing.start()]
    # "Good peers ask before they assume, and they never compare ...": each clause of a
    # coordination says its own thing; the one that denies nothing is affirmed (English).
    clauses = rx.split(r",\s+and\s+(?=(?:they|it|he|she|we|you|this|that|the|a|an)\s)", text)
    kept = [c for c in clauses if not _DENIAL.search(c)] if len(clauses) > 1 else []
    return kept[0] if kept else ""


# ("Uneasy, she ...", "By the afternoon she has ...": past a fronted word or phrase of time)
_STORY_SUBJECT = re.compile(
    r"^(?:[\w-]+,\s+|(?:at|by|after|before|on|in|during|over|later|that|this)\s+"
    r"(?:[\w'-]+\s+){0,3}?)?(?:he|she)\b",
    re.I,
)


def _narrates(text: str) -> bool:
    """A sentence of a case story ("Uneasy, she changes the subject ..."): what one person did,
    not something the lesson states about practice (the story's wrong turn is told this way)."""
    return bool(_STORY_SUBJECT.match(text)) or names_someone(text)


def role_owns(text: str) -> bool:
    """Whether the text names the role as a possessor ("the peer specialist's values"): whose a
    thing is, which tells one claim from another about the same thing (English: the genitive
    names the owner)."""
    owners = rx.findall(r"\b((?:[\w-]+\s)?[\w-]+)['\u2019]s?(?=\s)", text)
    return bool(owners) and "cps" in content_stems(" ".join(owners))


# What a difference item's "no difference" option says of its two terms (`items._no_difference`).
SAME_THING = "are the same thing"
# What says two things are one: "no real difference", "the same thing", "interchangeable".
_SAID_ALIKE = re.compile(
    r"\b(?:no (?:real )?difference|the same thing|interchangeabl[ey]|synonym(?:s|ous))\b", re.I
)
_NEGATED = re.compile(r"\b(?:not|nor|never|no longer)\b|n't\b", re.I)


def says_alike(sentences: Sequence[Sentence]) -> bool:
    """Whether the lesson says, unnegated, that two things are one ("the terms are
    interchangeable"); "Nor are the terms interchangeable" says they are not."""
    return any(_SAID_ALIKE.search(s.plain) and not _NEGATED.search(s.plain) for s in sentences)


_COPULAS = frozenset(["is", "are", "was", "were"])


_SETS_APART = re.compile(
    r"\b(?:while|whereas|but|unlike|instead|however|in contrast|rather than|not)\b|;|n't\b", re.I
)


def reversal_asserted(stem: str, text: str, sentences: Sequence[Sentence]) -> bool:
    """Whether the lesson says a difference key turned round (`answers.reversed_difference`)
    plainly, any half of it of the thing it is now said of ("Each relapse is a short slip ...",
    "Both a lapse and a relapse are ..."). A sentence setting the two apart ("A lapse stops,
    while a relapse lasts") holds the words of both halves whichever way round they go: it says
    neither (English: the contrast, not the words, carries the claim)."""
    names = compared_names(stem)
    if names is None:
        return False
    heads = [word_stem(name[-1]) for name in names]
    for half in rx.split(r",?\s+(?:while|whereas)\s+|;\s+", text):
        words = {word_stem(w) for w in half.split()}
        said_of = next((h for h in heads if h in words), None)
        if said_of is None:
            continue
        other = next(h for h in heads if h != said_of)
        about = [
            sentence
            for sentence in sentences
            if said_of in (found := {word_stem(w) for w in sentence.plain.split()})
            and not (other in found and _SETS_APART.search(sentence.plain))
        ]
        if asserted_true(half, about):
            return True
    return False


@functools.lru_cache(maxsize=64)
def _endorsed_in_case(sentences: tuple[Sentence, ...]) -> frozenset[tuple[str, str]]:
    """The acts a case's discussion endorses, with their sentences' ids: what the helper it holds
    up does, what its unfaulted helper did, what a helper does instead of another act. Once per
    lesson: every negative draft of it asks."""
    return frozenset(
        (s.id, act)
        for s, act in (
            *held_up_acts(sentences),
            *model_helper_acts(sentences),
            *preferred_acts(sentences),
        )
    )


def asserted_true(text: str, sentences: Sequence[Sentence]) -> bool:
    """Whether some sentence says `text` plainly, with no negation, contrast or warning."""
    if text.endswith(f" {SAME_THING}"):
        # "A and B are the same thing" claims a relation, which its content words do not carry:
        # only a sentence saying two things are alike asserts it (English: the predicate is the
        # claim).
        return says_alike(sentences)
    core = content_stems(text) - _FRAME_STEMS
    if role_owns(text):
        # "Gaps between the peer specialist's values and the person's": the role as possessor
        # is whose the thing is, part of what the option says (a claim about the person's own
        # values does not say it)
        core |= {"cps"}
    if len(core) < 2:
        return False
    needed = 0.8 * len(core)
    # A statement's claim is its predicate ("Early warning signs are what other people see"): a
    # sentence about its subject that says nothing of what it predicates does not assert it, so
    # more than half the predicate's words (English: the predicate says what is claimed of the
    # subject).
    # (only a statement whose copula comes early, "Early warning signs are ...": a phrase naming
    # an act, "Checking the setting", predicates nothing)
    words = text.split()
    verb = next((at for at, w in enumerate(words[1:6], start=1) if w.lower() in _COPULAS), 0)
    said = (
        content_stems(" ".join(words[verb:])) - _FRAME_STEMS
        if verb and not is_gerund(words[0].lower())
        else frozenset()
    )
    # Words in quotation marks are mentioned, not used: 'Asking "Do you understand?"' is said
    # only by a sentence that quotes the same words ("ask ... what they understood" says
    # another thing; English: use and mention).
    quoted = [_letters(q) for q in rx.findall(r'["\u201c]([^"\u201d]{3,})["\u201d]', text)]
    return any(
        len(core & claim) >= needed
        and (not said or len(said & claim) > 0.5 * len(said))
        and all(q in _letters(sentence.plain) for q in quoted)
        for sentence, claim in _claiming(sentences)
    )


def _letters(text: str) -> str:
    """`text` lowercased with its punctuation gone, words single-spaced."""
    return " ".join(rx.sub(r"[^\w\s']", " ", text.lower()).split())


def hedge_problem(
    choices: Sequence[ChoiceDraft], by_id: dict[str, Sentence], stem: str = ""
) -> str:
    """R10: an option taken from a sentence keeps the sentence's hedge before the words it took,
    unless the stem carries it ("What is usually the most useful step ...?")."""
    asked = {w.lower() for w in rx.findall(r"[A-Za-z'-]+", stem)}
    for choice in choices:
        source = by_id.get(choice.source)
        if source is None:
            continue
        words = [w.lower() for w in rx.findall(r"[A-Za-z'-]+", source.plain)]
        option = {w.lower() for w in rx.findall(r"[A-Za-z'-]+", choice.text)}
        # The span the option was taken from: the longest run of source words that are all in
        # the option (a hedge one word before it counts). A hedge elsewhere qualifies another
        # clause ("...; some relatives may be ...").
        start, end, run_start = 0, -1, 0
        for i, word in enumerate(words):
            if word not in option:
                run_start = i + 1
            elif i - run_start > end - start:
                start, end = run_start, i
        for i, word in enumerate(words[:-1]):
            if not start - 1 <= i <= end:
                continue
            if word in _HEDGE and word not in option | asked and words[i + 1] in option:
                if not choice.is_correct and word in _MODALS and _names_act(choice.text):
                    # "A facilitator ... might say 'Thanks for sharing' and hurry on": the modal
                    # tells what someone may do, and the wrong option names that act, claiming
                    # nothing the modal qualified (English: a modal of possibility on an act)
                    continue
                following = words[i + 1 : i + 4]
                if sum(w in option for w in following) >= 2 and not _own_modifier(
                    choice.text, words[i + 1], word
                ):
                    return f"hedge {word!r} dropped from {choice.text!r}"
    return ""


# Modals of possibility: on an act, they say what someone may do, not how sure a claim is.
_MODALS = frozenset(["might", "may", "could", "can"])


def _names_act(text: str) -> bool:
    """Whether an option names an act: a gerund phrase or an instruction ("Say ...")."""
    first = text.split()[0].lower().strip("\"'\u201c") if text.split() else ""
    return is_gerund(first) or first in lemmas_of(first).get("VERB", ())


def _own_modifier(text: str, noun: str, hedge: str) -> bool:
    """Whether the option sets an adjective of its own before `noun` where the source has the
    hedge ("the main things" for the source's "several things"): the hedge is reworded, not
    dropped; an article alone ("the things") drops it."""
    words = [w.lower() for w in rx.findall(r"[A-Za-z'-]+", text)]
    return any(
        after == noun
        and before != hedge
        and "ADJ" in lemmas_of(before)
        and not is_gerund(before)  # ("Gathering things ...": the act, no modifier)
        for before, after in itertools.pairwise(words)
    )


def _listed_label(text: str, source: Sentence) -> bool:
    """Whether `text` is the label of a list item outside a section of contrast ("Giving full
    attention: phone away, ..."): being listed there is what the lesson endorses, whatever the
    description goes on to say ("..., but you walked out feeling brushed off")."""
    if not source.first_in_item or is_contrast_heading(source.heading):
        return False
    if rejecting_lead(source.lead):
        return False  # ("Common mistakes include:": a list of what the lesson rules out)
    label = rx.split(r"\s*(?::|\u2014|\s-)\s", source.plain, maxsplit=1)[0]
    # (an item that is one sentence is its own label: "- Asking questions that open a topic up
    # instead of shutting it down.")
    said = " ".join(plain(text).lower().rstrip(".!").split())
    label = " ".join(label.lower().rstrip(".!").split())
    # ("1. Call for help: ...": a step told as an instruction is endorsed as the act it names,
    # its first clause too: "Provide information, avoiding ...")
    clause = label.split(",")[0]
    return said in (label, generic_you(to_gerund(label)), generic_you(to_gerund(clause)))


def is_negative_stem(stem: str) -> bool:
    return bool(_NEGATIVE_STEM.search(stem))


# A stem asking for an instance of a kind (English: "an example of X", "the best example of X",
# "a good example of X"): the answer is a specimen of X. X ends before a phrase that sets the scene
# ("an affirmation as used in motivational interviewing").
# Where a definition turns to its examples ("..., such as mutual-aid groups").
_EXAMPLES_GIVEN = re.compile(r",?\s+(?:such as|including|like|for example|for instance)\s", re.I)
# "X is/means/refers to a/the N ...": a definition by genus and difference, its term and what it
# says every X is (a bare plural, "X is laws and policies that ...", names kinds of X instead).
_DEFINITION = re.compile(
    r"^(?P<s>[A-Z][\w' -]{1,50}?)\s+(?:is|are|means|refers to|is defined as)\s+"
    r"(?P<p>(?:the|an?)\s.{8,})$"
)
# "Structural stigma is stigma built into the rules ...": a definition whose genus is the head
# noun of the term itself, bare (English: a kind of N is N with a difference).
_GENUS_REPEATED = re.compile(
    r"^(?P<s>[A-Z][\w' -]{0,50}?\b(?P<h>[a-z]{3,}))\s+(?:is|are)\s+(?P<p>(?P=h)\b.{8,})$"
)
EXAMPLE_STEM = re.compile(
    r"\b(?:an?|the)\s+(?:[a-z]+\s+)?example\s+of\s+(?:an?\s+|the\s+)?"
    r"(?P<x>[^?]+?)(?:\s+(?:as|in|for|when|from|during)\b[^?]*)?\?\s*$",
    re.I,
)


def _quoted_on(source: Sentence, sentences: Sequence[Sentence], text: str) -> str:
    """`source`'s text, and the sentences after it in its paragraph when `text` is a quotation
    that runs on past the full stop where the sentence was split ("Example: "You kept going ...
    hard. That took real determination."")."""
    if not rx.match(r"[\"\u201c]", text) or source not in sentences:
        return source.plain
    at = sentences.index(source)
    run = [s for s in sentences[at : at + 3] if s.paragraph == source.paragraph]
    return " ".join(s.plain for s in run)


def check(
    draft: QuestionDraft,
    lesson_sentences: Sequence[Sentence],
    main_point: str,
    *,
    known_true: Sequence[str] = (),
) -> tuple[str, ...]:
    """The ids of the rules `draft` fails, in order ("R1".."R11")."""
    failures: list[str] = []
    texts = [c.text for c in draft.choices]
    correct = [c for c in draft.choices if c.is_correct]
    wrong = [c for c in draft.choices if not c.is_correct]
    by_id = {s.id: s for s in lesson_sentences}
    negative = draft.negative or is_negative_stem(draft.stem)

    # A generated item has four options, as the exam's items do (hand-written ones may have three).
    if (
        options_problem(texts, len(correct), draft.stem)
        or len(texts) != 4
        or restated_option([c.text for c in wrong])
    ):
        failures.append("R1")
    if not correct:
        return (*failures, "R2")
    answer = correct[0]

    source = by_id.get(answer.source)
    grounded_in = (
        _quoted_on(source, lesson_sentences, answer.text)
        if source
        else (main_point if answer.source == "main_point" else "")
    )
    core = content_stems(answer.text) - _FRAME_STEMS
    if "continu" in core and "keep" in content_stems(grounded_in):
        # ("Continuing to support the person" for "keep supporting Denise": the generator says
        # "keep" + gerund as "continue to", so the source's "keep" grounds it)
        core = (core - {"continu"}) | {"keep"}
    grounded = bool(grounded_in) and (
        recall(core, grounded_in) >= 0.6 or recall(core, main_point) >= 0.6
    )
    example_of = EXAMPLE_STEM.search(draft.stem) or (
        # ("Which response is a paraphrase?", keyed by a quotation: an instance asked for, as an
        # example is)
        _INSTANCE_STEM.search(draft.stem) if answer.text[:1] in '"\u201c' else None
    )
    if draft.kind == "main_point" and example_of:
        # Asked by an example, the point is applied, not restated: the main point must be about
        # what the stem asks an example of (and the key, an example, grounded in its source);
        # "as used in motivational interviewing" only says in which sense.
        # (or the main point is the example itself, the article's own answer to its question
        # "Which is an example of person-first language?": "A person living with ...")
        is_point = recall(main_point, answer.text) >= 0.8 and recall(answer.text, main_point) >= 0.8
        grounded = grounded and (is_point or recall(example_of.group("x"), main_point) >= 0.6)
        # A definition of X (or of a wider term X names) is no example of X: "Recovery capital
        # is the total stock of resources ..." does not answer "Which is an example of
        # community recovery capital?" (English: an example is a member, a definition says what
        # every member is).
        defined = _DEFINITION.match(main_point.strip()) or _GENUS_REPEATED.match(main_point.strip())
        if (
            defined
            and content_stems(defined.group("s")) <= content_stems(example_of.group("x"))
            and recall(answer.text, _EXAMPLES_GIVEN.split(defined.group("p"))[0]) >= 0.6
        ):
            grounded = False
    elif draft.kind == "main_point" and recall(answer.text, main_point + " " + draft.stem) < 0.6:
        grounded = False
    elif (
        draft.kind == "main_point"
        and (beyond := content_stems(answer.text) - content_stems(draft.stem))
        and recall(frozenset(beyond), main_point) < 0.5
    ):
        # "A trauma-informed approach" under a stem naming "a trauma-informed program": what the
        # key says beyond the question's own words must be the main point's (item writing: the
        # stem's words ground nothing, a key echoing them is a clue, not the point).
        grounded = False
    if negative:
        # The key is what the lesson rules out: grounded when its source is real.
        grounded = answer.source in by_id or answer.source.startswith("bank:")
    if not grounded:
        failures.append("R2")

    r3 = False
    for choice in draft.choices:
        if choice.is_correct and not negative:
            continue
        if not choice.source or not (choice.source in by_id or choice.source.startswith("bank:")):
            r3 = True
    if negative:
        if asserted_true(answer.text, lesson_sentences):
            r3 = True
        held_up = _endorsed_in_case(tuple(lesson_sentences))
        for choice in wrong:
            source = by_id.get(choice.source)
            if source is None or not (
                asserted_true(choice.text, [source])
                or _listed_label(choice.text, source)
                # one act of the principle the lesson states as a series ("the most helpful
                # response is to thank them ..., respond without judgment, and ...")
                or choice.text in principle_acts(source.plain)
                # (or one of a series of instructions a colon announces: "The best response is
                # the one Ellen gave: say no to the loan clearly and kindly, keep ...")
                or choice.text in instructions_after_colon(source.plain)
                # what the helper the case holds up is told doing ("She approached Mai as ...")
                or (source.id, choice.text) in held_up
            ):
                r3 = True  # under a negative stem every wrong option is something endorsed
    elif draft.kind not in ("sibling", "sequence"):
        # A sibling's wrong options are other members of its list, a sequence's the later steps:
        # endorsed, and wrong for what the stem asks (which member is described so, which comes
        # first).
        count = counted(draft.stem)
        for choice in wrong:
            # The key turned round ("Supporting protects ..." for "Enabling protects ...") shares
            # its words and says the opposite of which is which: no restatement of it, and
            # asserted only by a sentence that says it of the other thing.
            if choice.text == reversed_difference(draft.stem, answer.text):
                r3 = r3 or reversal_asserted(draft.stem, choice.text, lesson_sentences)
                continue
            # The key's trait said of both ("Both enabling and supporting shield ..."): false
            # unless the lesson says it of the other thing too, or says the two are alike.
            if choice.text == both_alike(draft.stem, answer.text):
                turned = reversed_difference(draft.stem, answer.text)
                r3 = r3 or says_alike(lesson_sentences) or not turned
                r3 = r3 or reversal_asserted(draft.stem, turned, lesson_sentences)
                continue
            # A quoted question asserts nothing ("Do you feel okay about this program?"): an
            # example item's wrong options are examples of something else, not false claims.
            # Words someone says in a scene (an option in quotation marks) likewise: the
            # lesson quotes them, it does not claim them.
            said = choice.text[:1] in '"\u201c'
            # Listed under "Examples of individual advocacy", asked "Which is an example of
            # systems advocacy?": an example of another kind, true of it and wrong for the stem.
            source = by_id.get(choice.source)
            other_kind = bool(
                example_of
                and source is not None
                and (kind := examples_heading(source.heading))
                and content_stems(kind) != content_stems(example_of.group("x"))
            )
            # Asked for a set ("Which four elements make up X?"), another set of that size the
            # lesson names is true of something else, and wrong for what the stem asks.
            other_set = bool(count) and bool(series_of(choice.text, count))
            if (
                not said
                and not other_set
                and not other_kind
                and not choice.text.rstrip().endswith("?")
                and asserted_true(choice.text, lesson_sentences)
            ):
                r3 = True
            # One shared word is not one statement ("Making decisions for the individual" vs
            # "... encouraging decisions led by the person"): at least two, and most of either.
            if any(
                len((content_stems(choice.text) & content_stems(truth)) - GENERIC_STEMS) >= 2
                and (recall(truth, choice.text) >= 0.6 or recall(choice.text, truth) >= 0.6)
                for truth in known_true
            ):
                r3 = True
    if r3:
        failures.append("R3")

    if clue_problem(draft.stem, answer.text, [c.text for c in wrong]):
        failures.append("R4")
    form = form_problem(answer.text, [c.text for c in wrong])
    if (
        not form
        and kind_asked(draft.stem)
        and not is_gerund(answer.text.split()[0].lower())
        and any(is_gerund(c.text.split()[0].lower()) for c in wrong)
    ):
        form = "an act where a kind is asked"
    if (
        form == _NOT_ONE_FORM
        and draft.kind == "sibling"
        and _key_in_common_form(answer.text, wrong)
    ):
        # A sibling item's options are the names a list gives its members ("Triggers", "Crisis
        # Plan", "When Things Are Breaking Down"): one name unlike the rest, a wrong option,
        # points away from itself, never to the key (item writing: form is a clue only when it
        # singles out the key).
        form = ""
    if (
        form
        or action_problem(draft.stem, texts)
        or difference_problem(draft.stem, texts)
        or person_problem(draft.stem, texts)
        or act_problem(draft.stem, texts)
    ):
        failures.append("R5")
    if wording_problem(texts, answer.text):
        failures.append("R6")
    if stem_problem(draft.stem, draft.kind):
        failures.append("R7")
    if (
        pointing_problem(texts, draft.stem)
        or _names_outside(draft.stem, texts, lesson_sentences)
        or thing_outside(draft.stem, texts, lesson_sentences)
        or _possessor_outside(draft.stem, texts)
    ):
        failures.append("R9")
    if hedge_problem(draft.choices, by_id, draft.stem):
        failures.append("R10")
    banked = [c.text for c in draft.choices if c.source.startswith("bank:")]
    if len(banked) > 1 or (
        # A bank option is a last resort, and only in the form of the lesson's own: one that
        # states nothing ("A detailed account of the person's trauma") among options that each
        # state something answers another question (item writing: options parallel).
        banked
        and not _states(banked[0])
        and all(_states(c.text) for c in draft.choices if not c.source.startswith("bank:"))
        and len(draft.choices) - len(banked) >= 3
    ):
        failures.append("R11")
    return tuple(failures)
