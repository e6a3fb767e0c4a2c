"""The assembler: overgenerate items of each kind, check each with the rubric, keep the best.

Kinds (rules of item writing):

- ``main_point``: the lesson's key question, or a question the article itself gives: the one it says
  an exam asks, its title turned into a question, "What is the first step in X?" for "X starts with
  Y", "What should the peer specialist do when C?" for "When C, the peer specialist does Y", "What
  is usually the most useful step when C?", "When should ...?", or "What does X mean?"; tried in the
  point's own form too when the key question's form admits too few wrong options. The key is the
  main point realised for the stem; wrong options are what the article rules out. A key question
  asking for an example is answered by the lesson's own example.
- ``concept``: "Which statement about X is accurate?": one statement the lesson makes about its
  concept, against the ideas it rejects, stated about the same concept.
- ``example``: "Which of the following is an example of X?": a quotation the lesson gives as an
  example of its concept, against quotations it gives as examples of what it sets X against.
- ``sibling``: from a list defining the members of a category ("Specific: ...", "Measurable: ..."):
  which member is described so; the other members are the wrong options. Also from lists led by
  coordinate categories ("Internal assets:", "External assets:"): which is an external asset.
- ``sequence``: "What is the first step in <activity>?" from a numbered list of instructions.
- ``list_member``: "Which of the following is one of <the list's heading>?": a list item against
  ideas the lesson rules out.
- ``not_question``: "Which ... is NOT ...?" only when the lesson endorses three members of a list (or
  three statements about its concept, or three things the role does: "should avoid") and rejects
  the fourth.
"""

from __future__ import annotations

import functools
import hashlib
import itertools
import random
import re
import statistics
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from . import rx
from .answers import (
    COUNTS,
    DIFFERENCE_STEM,
    NUMERALS,
    PREPOSITIONS,
    SET_NAMED,
    acts_closed,
    answer_for,
    both_alike,
    claim,
    counted,
    finite_verb,
    measure_asked,
    purpose_of,
    reversed_difference,
    series_of,
    shorter,
)
from .concept import (
    LITTLE_WORDS,
    acronym_of,
    claims_naming,
    count_noun,
    lesson_concept,
    pattern_of,
    said_of,
    stated_about,
    statements_about,
    titled_subject,
)
from .distractors import (
    MAX_ACT_WORDS,
    REGARDED_AS,
    Mined,
    beyond_quotations,
    contrast_runs,
    denies_need,
    elided_own,
    from_bank,
    held_up_acts,
    instructions_after_colon,
    is_gerund_clause,
    mine,
    model_helper_acts,
    preferred_acts,
    principle_acts,
    principle_scene,
    quoted_options,
    self_contained,
    shape_of,
    story_people,
)
from .examples import (
    cited_instances,
    example_stem,
    examples,
    listed_instances,
    model_example,
    named_instances,
    ordinal_choices,
    term_examples,
)
from .explain import explanation
from .forms import (
    as_anyone,
    bare_infinitives,
    base_form,
    base_predicate,
    capitalise,
    from_gerund,
    generic_you,
    gerund_clause,
    gerund_predicate,
    is_gerund,
    is_instruction,
    is_participle,
    is_past,
    is_verb,
    one_of,
    participial,
    third_person,
    to_gerund,
)
from .lesson import BODY_ANCHOR, examples_heading, is_contrast_heading, read_lesson
from .mainpoint import MainPoint, infer, main_point, strip_frames, title_asks
from .rubric import (
    EXAMPLE_STEM,
    GENERIC_STEMS,
    SAME_THING,
    act_problem,
    asks_action,
    asserted_true,
    check,
    difference_problem,
    form_problem,
    is_negative_stem,
    kind_asked,
    options_problem,
    passive_gerund,
    person_problem,
    restated_option,
    reversal_asserted,
    role_owns,
    says_alike,
    subjectless_predicate,
    thing_or_act,
    thing_outside,
    wording_problem,
)
from .types import (
    GENERATOR_VERSION,
    KINDS,
    ChoiceDraft,
    DistractorBank,
    GenerationResult,
    Kind,
    LessonInput,
    QuestionDraft,
    ReadLesson,
    Sentence,
    WrongOption,
)
from .vignette import SCENE_QUESTION, vignette_situation
from .vocabulary import alternation, any_of, vocabulary, word_list
from .words import (
    STOPWORDS,
    content_stems,
    jaccard,
    lemmas_of,
    names_someone,
    plain,
    recall,
    stem,
    stem_sentences,
    stems_within,
    story_names,
    tokens,
    unquoted,
    verb_inflections,
)

_V = vocabulary()

__all__ = [
    "GENERATOR_VERSION",
    "KINDS",
    "ChoiceDraft",
    "GenerationResult",
    "QuestionDraft",
    "fingerprint",
    "generate",
    "position_counts",
]

# Enough for a lesson to be practised without repeats; a list-rich lesson does not crowd the bank.
MAX_ITEMS = 8


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


@dataclass(frozen=True)
class _Option:
    text: str
    source: str
    klass: str | None
    rationale: str
    named: bool = False  # an answer choice the article itself names as wrong (quoted, labelled)


@dataclass(frozen=True)
class _Plan:
    kind: Kind
    stem: str
    correct: _Option
    wrong: tuple[_Option, ...]
    evidence: str
    anchor: str
    source_sentence_id: str
    negative: bool = False
    # The options the wrong ones were picked from, when there were more than three: another
    # three may be picked where an item already kept offers these (see `generate`).
    pool: tuple[_Option, ...] = ()


# --- option forms ----------------------------------------------------------------------------------


# "A versus B", "A vs. B", "A compared with B": two values set side by side.
_CONTRASTS_TWO = re.compile(r"\bversus\b|\bvs\.?(?=\s)|\bcompared (?:with|to)\b", re.I)


_PROGRESSIVE = re.compile(
    r"^(?:the person|a person|someone|they|he|she)\s+(?P<aux>is|are|has|have)\s+"
    r"(?P<p>(?:(?:not|yet|only|still|already|just|actively)\s+)*(?P<v>[a-z]+(?:ing|ed|en))\s+"
    r"[^.;:?!]+)$",
    re.I,
)


# Words opening a clause inside a phrase, whose verb is that clause's.
_WH_CLAUSE = frozenset(
    ["that", "what", "whether", "how", "who", "whom", "whose", "which", "why", "where"]
)


def _plain_statement(text: str) -> bool:
    """A clause opening on a subject of a few words with its finite verb, unquoted and whole: no
    condition, question or speech before it ("Peer workers are cheaper than clinicians")."""
    words = text.rstrip(".").split()
    at = finite_verb(words)
    # (a copula or a modal after a subject of up to seven words: "Asking about a person's
    # reasons is ...", "People in recovery cannot ...")
    copula = next(
        (
            i
            for i, w in enumerate(words[:8])
            if w.lower() in ("is", "are", "was", "were", "cannot", "can't", "won't")
        ),
        -1,
    )
    at = copula if copula > 0 and not 0 < at < copula else at
    return (
        text[:1] not in '"\u201c'
        and 0 < at <= 7
        and not rx.match(r"^(?:if|when|because|since|although|while|whether|so)\b", text, re.I)
        and not text.rstrip().endswith("?")
        # ("Promising that removing means makes ...": a verb after "that" is the inner clause's,
        # and the text names an act, no claim)
        # ("Comparing whose time was harder": so is one after "whose", "which", "why" ...)
        and not {w.lower() for w in words[1:at]} & _WH_CLAUSE
        # ("Clinical shorthand and acronyms the person would not know", "Information the team
        # needs": a determiner or a pronoun after the head noun opens a relative clause without
        # "that", whose verb is no statement's; a gerund subject may hold one, "Asking about a
        # person's reasons is ...")
        and not (
            not is_gerund(words[0].lower())
            and {w.lower() for w in words[1:at]} & _CONTACT_CLAUSE_OPENERS
        )
        # ("Assuming the door is closed": a verb of saying or thinking takes its clause without
        # "that", and the text names the act)
        and not set(lemmas_of(words[0].lower()).get("VERB", ())) & _CLAUSE_TAKING
    )


# Words that open a relative clause without "that" after its noun ("the information the team
# needs", "acronyms they would not know").
_CONTACT_CLAUSE_OPENERS = frozenset(
    ["the", "a", "an", "their", "his", "her", "its", "they", "you", "we", "he", "she"]
)


# "Believing a clinician must approve the revocation", "Promising that revoking erases what was
# said": an act of holding or saying something true, whose object is the clause believed or said
# (English: a verb of belief or saying takes a finite clause, "that" optional).
_HOLDING = re.compile(
    r"^(?:believing|assuming|thinking|presuming|supposing|promising|claiming|insisting|"
    r"saying|telling\s+(?:the\s+person|them|him|her|people))\s+(?:that\s+)?(?P<c>.+)$",
    re.I,
)
# "Treating the expiration date as binding": taking a thing to be what "as" names (English: the
# object of "treat ... as" is said to be its complement).
_TREATED_AS = re.compile(
    r"^(?:treating|regarding|seeing|viewing)\s+(?P<s>(?:the|an?|their|its)\s[\w' -]{1,50}?)\s+"
    r"as\s+(?P<p>[^,;:]{3,60})$",
    re.I,
)


def _states_of_gerund(text: str) -> bool:
    """Whether `text` states something of a one-word gerund subject: a verb beyond doubt right
    after it, an auxiliary ("Quitting will make ...") or an "-s" form before its particle or
    object ("Smoking speeds up the breakdown ...", "Drinking makes it worse"). (A longer gerund
    phrase may hold a clause of its own, "Disclosing a relationship with someone a peer is
    assigned to", whose verb is no statement's.)"""
    words = [w.lower().strip(",.") for w in text.split()]
    return (
        len(words) > 2
        and is_gerund(words[0])
        and (
            words[1] in _FINITE_AUXILIARIES
            or (
                words[1].endswith("s")
                and "VERB" in lemmas_of(words[1])
                and words[2] in _OBJECT_STARTS | _PARTICLES
            )
        )
    )


# Adverbs that make a phrasal verb with the verb before them ("speeds up", "wears down").
_PARTICLES = frozenset(["up", "down", "out", "off", "away", "back", "over"])


def _as_statement(text: str) -> str:
    """A mistaken act of belief or regard said as the statement it takes to be true ("A
    clinician or program director must approve the revocation", "The expiration date is
    binding"), or "" when `text` is no such act."""
    held = _HOLDING.match(text.strip(" ."))
    # (scare quotes around a word mark the writer's irony, not the claim: "erases")
    said = held and rx.sub(r"[\"\u201c]([\w'-]+(?: [\w'-]+)?)[\"\u201d]", r"\1", held.group("c"))
    if (
        said
        and _plain_statement(said)
        # ("Telling the person that they must stay": "They must stay" points outside itself)
        and said.split()[0].lower() not in ("they", "he", "she", "it", "this", "that", "these")
    ):
        return capitalise(generic_you(said))
    treated = _TREATED_AS.match(text.strip(" ."))
    head = treated.group("s").split()[-1].lower() if treated else ""
    if treated and "NOUN" in lemmas_of(head) and head not in NUMERALS:
        # (its object a noun phrase with a noun for head: "the two" is no thing said to be)
        plural = head != lemmas_of(head).get("NOUN", (head,))[0]
        return capitalise(f"{treated.group('s')} {'are' if plural else 'is'} {treated.group('p')}")
    return ""


# Verbs a pronoun subject may take that name no act of the thing's own.
_NOT_PREDICATES = frozenset(
    ["is", "are", "was", "were", "has", "have", "can", "may", "might", "will", "would", "should"]
)


# Verbs whose object may be a clause ("Telling them the decision is final"), and words that
# open a clause inside a phrase ("Holding off until the mother agrees"): a finite verb after
# either is that clause's, not the phrase's own.
_CLAUSE_TAKING = frozenset(
    [
        "tell",
        "say",
        "assume",
        "believe",
        "think",
        "insist",
        "promise",
        "explain",
        "suggest",
        "warn",
        "remind",
        "claim",
        "argue",
        "hope",
        "feel",
        "decide",
        "act",
        "pretend",
        "show",
    ]
)
_CLAUSE_OPENERS = frozenset(
    [
        "until",
        "unless",
        "if",
        "when",
        "whenever",
        "as",
        "because",
        "while",
        "since",
        "like",
        "that",
        "so",
        "though",
        "although",
        "before",
        "after",
        "where",
        "whether",
        "who",
        "whom",
        "whose",
        "which",
        "what",
        "how",
        "why",
    ]
)


_FINITE_AUXILIARIES = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "has",
        "can",
        "will",
        "would",
        "should",
        "may",
        "might",
        "must",
        "does",
        "isn't",
        "aren't",
        "doesn't",
        "won't",
        "can't",
    ]
)
_OBJECT_STARTS = frozenset(
    [
        "it",
        "them",
        "him",
        "her",
        "someone",
        "somebody",
        "people",
        "a",
        "an",
        "the",
        "that",
        "you",
        "everyone",
        "nothing",
        "everything",
        "things",
        "no",
    ]
)


def _gerund_subject(text: str) -> bool:
    """Whether `text` is a gerund phrase with a verb of its own after it, the phrase its subject
    ("Asking for gas money keeps it fair", "Writing a report means someone is in trouble"): a
    belief stated, no act."""
    return _gerund_subject_verb(text) >= 2


def _gerund_subject_verb(text: str) -> int:
    """Where the verb of `_gerund_subject`'s statement is among `text`'s words; -1 if none."""
    words = [w.lower().strip(",.") for w in text.split()]
    if not words or not is_gerund(words[0]):
        return -1
    if set(lemmas_of(words[0]).get("VERB", ())) & _CLAUSE_TAKING:
        return -1
    # (a verb beyond doubt: an auxiliary, or a verb in "-s" with its object or subject after it,
    # "keeps it fair", "means someone ..."; "sleep disorders" and "follow requests" are nouns)
    at = next(
        (
            i
            for i, w in enumerate(words[2:], start=2)
            if w in _FINITE_AUXILIARIES
            or (
                w.endswith("s")
                and "VERB" in lemmas_of(w)
                and i + 1 < len(words)
                and words[i + 1] in _OBJECT_STARTS
            )
        ),
        -1,
    )
    if at < 2 or any(
        w in _CLAUSE_OPENERS or is_gerund(w) or w.endswith("ing") for w in words[1:at]
    ):
        return -1
    return at


def _belief_of_act(text: str) -> bool:
    """Whether `text` states what an act is or does, its subject a short gerund phrase with one
    object at most ("Writing a report means someone is in trouble"), not an act whose object
    holds a clause of its own ("Pulling together the points the person has made": a second
    determiner opens the clause's subject; "Cutting the call short on the grounds that ...": a
    noun after a preposition, no verb)."""
    at = _gerund_subject_verb(text)
    if at < 2:
        return False
    before = [w.lower() for w in text.split()[1:at]]
    # (nor a noun after an adjective, "the main points the person has made"; nor the verb of a
    # clause inside the object, after a word that opens one, "ignore rules that could put them
    # at risk", "whose time was harder", or after its own subject, "information someone has
    # asked for")
    last = before[-1] if before else ""
    return (
        sum(w in _DETERMINERS for w in before) <= 1
        and last not in _PREPOSITIONS | _DETERMINERS | _PRONOUNS
        and "ADJ" not in lemmas_of(last)
        and not set(before) & _CLAUSE_WORDS
        # (nor an infinitive's object, "to ignore rules that ...")
        and not (len(before) >= 2 and before[-2] == "to")
    )


_PREPOSITIONS = frozenset(["on", "in", "at", "of", "for", "with", "to", "from", "by", "about"])
_PRONOUNS = frozenset(
    ["someone", "they", "he", "she", "you", "we", "i", "it", "anyone", "everyone"]
)
_CLAUSE_WORDS = frozenset(
    ["that", "which", "who", "whom", "whose", "what", "where", "when", "whether", "if", "how"]
)


_MEANS_NOUNS = frozenset(word_list("means_nouns"))
# A sentence denying something of its subject ("It doesn't rate anybody's risk.", "The plan does
# not promise ..."), not an act listed under a heading of things to avoid.
_DENIED_OF_SUBJECT = re.compile(
    r"^(?:[\w'-]+\s+){1,4}?(?:is|are|does|do|can)(?:n't|\s+not)\s", re.I
)
# A stem the option completes as the copula's complement: "Peer Recovery Specialist Ethics are:".
_COMPLETES_COPULA = re.compile(r"\b(?:is|are|was|were)\s*:?$", re.I)


def _simple_head(text: str) -> str:
    """The head of a noun phrase that is an indefinite article, modifiers and a head noun, no more
    ("workshop" of "A peer-led group workshop", "remark or action" of "A brief, everyday remark or
    action", with or without a relative clause after it), else "": "A network of services and
    supports" ends on a preposition's object, not its head (English: the head of a simple noun
    phrase is its last noun)."""
    words = [w.lower().strip(",") for w in text.strip(" .").split()]
    # (a relative clause after the head restricts it and leaves it the head: "A brief, everyday
    # remark or action that sends ..."; English, a postmodifier follows its noun)
    relative = next((i for i, w in enumerate(words) if w in ("that", "who", "which")), len(words))
    words = words[:relative]
    if not 2 <= len(words) <= 6 or words[0] not in ("a", "an"):
        return ""
    # (two heads coordinated, "remark or action": the pair is the head)
    size = 3 if len(words) >= 4 and words[-2] in ("or", "and") else 1
    heads, modifiers = words[-size:], words[1:-size]
    if any(w in PREPOSITIONS or w in _NOT_MODIFIERS for w in modifiers):
        return ""
    if not all("NOUN" in lemmas_of(w) for w in heads[::2]):
        return ""
    return " ".join(heads)


# Words that end a simple noun phrase's modifiers: a relative word or a conjunction.
_NOT_MODIFIERS = frozenset(["that", "who", "which", "where", "whose", "or", "and"])


def _in_shape(text: str, shape: str) -> str:
    """`text` (a mined option) rewritten in `shape`, or "" when it cannot be (English grammar)."""
    own = shape_of(text)
    nominal = ("noun", "clause", "ing")
    if shape == "clause" and own == "ing" and (stated := _as_statement(text)):
        # Beside a key that states something ("A release ... can be revoked at any time"), a
        # mistaken belief is the statement believed, so all four options are statements (item
        # writing: options parallel in form).
        return stated
    if shape == "clause" and text[:1] in '"\u201c':
        # '"If you slip, you're back at square one"' among statements: the belief said of
        # anyone ("If a person slips, they're back at square one"), not to the reader
        said = text.strip('"\u201c\u201d ')
        if (anyone := as_anyone(said)) != said:
            return anyone
    words = text.split()
    if shape == "ing" and len(words) >= 2 and subjectless_predicate(words):
        # "Refers every trauma survivor to therapy" beside "Resisting re-traumatization": what
        # some thing does, said as the act itself ("Referring every trauma survivor to
        # therapy"; English: a predicate without its subject is a gerund phrase's verb phrase).
        return capitalise(gerund_predicate(words[0].lower(), " ".join(words[1:])))
    if shape == "ing" and own != "ing" and is_instruction(text.split()):
        # "Accept, but hide some posts" beside "Declining the request ...": the instruction as
        # the act it names, its coordinated verbs in the same form.
        return capitalise(to_gerund(text[:1].lower() + text[1:]))
    if shape == "ing" and own == "ing" and _belief_of_act(text):
        # "Writing a report means someone is in trouble" beside "Telling a supervisor ...": a
        # gerund subject with its verb states a belief, it names no act (English: the gerund
        # clause is the subject; item writing: every option answers the stem's question).
        return ""
    if own == shape or (own in nominal and shape in nominal and (own, shape) != ("clause", "ing")):
        return capitalise(text)
    progressive = _PROGRESSIVE.match(text.strip('"\u201c\u201d .'))
    if shape == "ing" and own == "clause" and progressive:
        # '"The person is only thinking about a plan"' beside "Actively changing the behavior":
        # what a generic person is doing, as the act itself ("Only thinking about a plan";
        # English: a progressive's predicate is a gerund phrase, "has V-ed" is "having V-ed").
        perfect = progressive.group("aux").lower() in ("has", "have")
        if perfect == progressive.group("v").lower().endswith("ing"):
            return ""  # ("is finished": a passive; "has been doing": not this form)
        predicate = progressive.group("p")
        if perfect:
            # ("has finished recovery": the act "having finished recovery", its adverbs first)
            words = predicate.split()
            at = next(i for i, w in enumerate(words) if w == progressive.group("v"))
            predicate = " ".join([*words[:at], "having", *words[at:]])
        return capitalise(predicate)
    if shape == "it" and own in ("clause", "ing") and _plain_statement(text):
        # Asked why or how, beside "They tend to land as blame": a claim the lesson rules out
        # ("People in recovery cannot reliably explain their own behavior") is a reason that
        # does not hold, said as the finite clause it is (English: a reason is a clause, its
        # subject whatever the claim is about).
        return capitalise(text)
    if shape == "because" and own == "it":
        return "Because " + text[:1].lower() + text[1:]
    said_of = rx.match(r"^(?:they|it)\s+(?P<v>[a-z]+)\s+(?P<r>.+)$", text.strip(' ."'), re.I)
    if (
        shape in ("base", "ing")
        and own == "it"
        and said_of
        and is_verb(said_of.group("v"))
        and not rx.search(r"[\"\u201c\u201d]", said_of.group("r"))  # (speech inside: as said)
    ):
        # Asked what a thing does ("Encourage people to call ..."), a quoted choice about it
        # ("They require bystanders to give naloxone") is its predicate, the pronoun being the
        # stem's subject (English: the answer ellipts the given subject).
        verb, rest = said_of.group("v"), said_of.group("r")
        if verb.lower() in _NOT_PREDICATES:
            return ""
        if shape == "base":
            return capitalise(base_predicate(verb, rest))
        return capitalise(gerund_predicate(verb, rest))
    if shape == "because" and own in ("clause", "noun", "ing") and _plain_statement(text):
        # Asked why, a claim the lesson rules out ("Peer workers are cheaper than clinicians") is
        # a reason that does not hold: "Because peer workers are cheaper than clinicians"
        # (English: "because" takes a finite clause; item writing: a false premise is the
        # plausible wrong reason).
        words = text.split()
        # (a name keeps its capital: an acronym, "ROSC", or a name of two capitalised words,
        # "Housing First")
        keep = (len(words[0]) > 1 and words[0].isupper()) or (
            len(words) > 1 and words[1][:1].isupper()
        )
        return "Because " + (text if keep else text[:1].lower() + text[1:])
    if shape in ("base", "by", "to") and own == "ing" and _gerund_subject(text):
        # "Asking for gas money keeps it fair": a gerund subject with its verb states a belief;
        # no act to turn into an instruction ("Ask for gas money keeps it fair"; English: the
        # gerund clause is the subject, not the predicate).
        return ""
    if shape == "base" and own in ("ing", "to"):
        verb = (
            bare_infinitives(text[3:]) if own == "to" else from_gerund(text[:1].lower() + text[1:])
        )
        return capitalise(verb)
    if shape == "by" and own in ("ing", "to"):
        verb = text[3:] if own == "to" else from_gerund(text[:1].lower() + text[1:])
        return "By " + to_gerund(verb)
    if shape == "to" and own == "ing":
        return "To " + from_gerund(text[:1].lower() + text[1:])
    if shape in ("ing", "noun", "clause") and own == "to":
        # (among noun phrases, an act is named by its gerund: "Removing a job's duties")
        return capitalise(to_gerund(text[3:]))
    if shape == "it" and own == "to" and is_verb(text.split()[1]):
        # Asked why X matters ("It keeps skills current ..."), what X is denied doing ("to
        # replace supervision") is said of X: "It replaces supervision".
        return "It " + third_person(text[3:])

    if shape == "when" and own in ("clause", "noun", "ing", "it"):
        # Asked when: a belief's time or condition ("you should tell your story at the start of
        # every session") is the answer it gives (English: the adjunct answers "when").
        adjunct = _TIME_ADJUNCT.search(text)
        if adjunct and len(adjunct.group(0).split()) >= 3:
            time = rx.sub(r"^only ever\b", "only", adjunct.group(0).strip(" ."))
            if rx.search(r"\bonly\b", text[: adjunct.start()], re.I) and not time.startswith(
                "only"
            ):
                time = "only " + time  # "they only ever share when ...": "only" is the time's
            return capitalise(time)
        return ""
    if (
        shape == "to"
        and own == "noun"
        and rx.match(r"^(?:an?\s|the\s|[a-z]+\s+of\s)", text, re.I)
        # ("the person using substances": a person is no purpose a thing serves as)
        and not rx.match(rf"(?:{_GENERIC_PERSON.pattern})\b", text, re.I)
    ):
        # Asked what a thing is for, "a legal order for X" is what it would serve as (English:
        # "to serve as" + a noun phrase states a purpose).
        means = rx.match(r"^an?\s+(?:way|means|tool|place)\s+to\s+(?P<v>\w+\b.*)$", text, re.I)
        if means and is_verb(means.group("v").split()[0]):
            return "To " + means.group("v")  # "a way to document X": to document X
        return "To serve as " + text[:1].lower() + text[1:]
    regarded = REGARDED_AS.match(text)
    if shape == "as" and own == "ing" and regarded:
        # "Treating the behavior as a deliberate attempt ..." answers "How should X understand
        # it?" as "As a deliberate attempt ..." (the complement of "treat ... as").
        return "As " + regarded.group("x")
    return ""


# "A warmline is the same as a crisis hotline", "Treating a warmline as a therapy service": a
# thing said to be (or taken for) a noun phrase. "just", "only" or "merely" before the noun phrase
# denies only its restriction ("not just a chat line" grants that it is one) and is left out.
_IS_A = re.compile(
    r"^(?P<s>(?:an?|the)\s[\w' -]{1,50}?)\s(?:is|are)\s(?:the same (?:thing )?as\s|"
    r"a (?:kind|form|type|version) of\s)?(?P<np>(?:an?|the)\s(?!same\b)[^,;:]{3,60})$",
    re.I,
)
_TAKEN_AS = re.compile(
    r"^(?:treating|seeing|viewing|using|running)\s(?P<s>(?:an?|the)\s[\w' -]{1,50}?)\s"
    r"as\s(?P<np>(?:an?|the)\s[^,;:]{3,60})$",
    re.I,
)


def _said_to_be(text: str, asked: frozenset[str]) -> str:
    """The noun phrase a rejected statement says the lesson's subject is ("A crisis hotline"), as
    a wrong answer to what the subject is; "" when the statement is of another form or about
    another thing (English: the predicate nominal of "X is Y" names what X is said to be)."""
    said = _IS_A.match(text) or _TAKEN_AS.match(text)
    if said is None or not content_stems(said.group("s")) & asked:
        return ""
    phrase = said.group("np").strip(" .")
    if _RELATIVE_OPENING.search(phrase) or finite_verb(phrase.split()) > 0:
        return ""  # ("a place where ...": a clause inside, no plain noun phrase)
    return capitalise(phrase)


_RELATIVE_OPENING = re.compile(r"\b(?:that|which|who|where|when)\b", re.I)


_TIME_ADJUNCT = re.compile(
    r"\b(?:only (?:ever )?)?(?:whenever|when|once|after|before|until|during|every time|"
    r"at the (?:start|end|beginning) of|at the first)\b(?:(?!\s(?:so|because|since|which)\b)[^,;])*",
    re.I,
)


_WHOLE_QUOTE = re.compile(r"[\"\u201c][^\"\u201c\u201d]+[\"\u201d]")


_NUMBERS = re.compile(r"\b\d[\d,.]*\b")


# '"I'll ask the person whether ..."', '"I will just call him"': a speaker's stated intention.
_INTENTION = re.compile(
    r"^[\"\u201c](?:I'll|I\u2019ll|I will|I'm going to|I\u2019m going to)\s+(?:just\s+)?"
    r"(?P<vp>[a-z][^\"\u201d]+?)[.!]?[\"\u201d]$"
)


def _intended_act(text: str) -> str:
    """The act a quoted intention names, in the base form ('"I'll ask the person whether they
    want it reported"' -> "ask the person whether they want it reported"; English: "will" + a
    verb phrase states the speaker's next act), or "" when the quote states none or its verb
    phrase points back to the speaker ("I'll tell my supervisor": whose supervisor is outside
    the option)."""
    match = _INTENTION.match(text.strip())
    if match is None:
        return ""
    vp = match.group("vp")
    if not is_verb(vp.split()[0]) or rx.search(r"\b(?:I|me|my|myself|we|us|our)\b", vp):
        return ""
    return vp


def _wrong_options(
    key: _Option,
    mined: Sequence[Mined],
    bank: Sequence[WrongOption],
    read: ReadLesson,
    shape: str = "",
    *,
    predicative: bool = False,
) -> list[_Option]:
    """Mined options in the key's shape (or `shape`) that the lesson does not endorse; then one
    bank option. `predicative`: the stem ends on a copula ("Peer Recovery Specialist Ethics
    are:"), whose complement may be a noun phrase, an adjective or a participle alike (English:
    predicatives of any form)."""
    if not shape and shape_of(key.text) == "ing" and _states_of_gerund(key.text):
        # "Smoking speeds up the breakdown of clozapine": a gerund phrase with a verb after it is
        # the subject of a statement, and the wrong options are statements too ("Quitting will
        # make it stop working", "Nicotine patches can't be used"; English: the clause's form is
        # its verb's, not its subject's)
        shape = "clause"
    shape = shape or shape_of(key.text)
    key_stems = content_stems(key.text)
    found: list[_Option] = []
    # "A collaborative environment": the head noun that rejected adjectives may modify.
    headed = rx.match(
        r"^(?:an?|the)\s+(?:[\w-]+,?\s+(?:and\s+)?)+?(?P<head>[a-z]+)\.?$", key.text, re.I
    )
    if headed and (shape != "noun" or "NOUN" not in lemmas_of(headed.group("head").lower())):
        # (a clause, "A complex reflection goes beyond ... what the person said", has no head
        # noun at its end: "said" is its last verb's)
        headed = None
    # What the lesson is about (its title and key question): a rejected "X is Y" said of it
    # gives Y as a wrong answer to what it is.
    asked = content_stems(f"{read.lesson.title} {read.lesson.key_question}")
    for item in mined:
        if item.thing_done and shape == "base":
            # ("It doesn't protect the role": what a thing is denied doing is no act of anyone's,
            # and may be what the role should do, so it is no wrong instruction; polarity)
            continue
        if item.adjectives:
            if not headed:
                continue
            article = "An" if item.text[:1].lower() in "aeiou" else "A"
            text = f"{article} {item.text} {headed.group('head')}"
        elif item.nominal:
            if not headed:
                continue
            head = headed.group("head")
            article = "An" if head[:1].lower() in "aeiou" else "A"
            text = f"{article} {head} of {item.text}"
        elif (
            shape == "noun"
            and _DENIED_OF_SUBJECT.match(item.option.evidence)
            and (means := _as_means(item.text, key.text))
        ):
            text = means
        elif participial(item.text) and not predicative:
            # ("It is not limited to older adults" beside "A peer-led group workshop"): a passive
            # predicate denied of the subject describes a thing of the key's kind, said with the
            # key's head noun ("A workshop limited to older adults"; English: a participle phrase
            # modifies the noun before it; item writing: options of one form). Beside a key with
            # no such head, it would be the one predicate among things or statements.
            if not (shape == "noun" and (head := _simple_head(key.text))):
                continue
            article = "An" if head[:1].lower() in "aeiou" else "A"
            text = f"{article} {head} {item.text[:1].lower()}{item.text[1:]}"
        elif shape == "noun" and (named := _said_to_be(item.text, asked)):
            text = named
        elif (
            shape in ("base", "ing")
            and item.option.klass == "misconception"
            and (intended := _intended_act(item.text))
        ):
            # ('"I'll ask the person whether they want it reported"' among the misunderstandings,
            # beside "Telling a supervisor ...": the act the speaker means to do, in the key's form)
            text = capitalise(intended if shape == "base" else to_gerund(intended))
        elif _WHOLE_QUOTE.fullmatch(key.text.strip()) and _WHOLE_QUOTE.fullmatch(item.text.strip()):
            # ('"It sounds like ..."' beside a quoted key: words said are mentioned whole, in
            # the one form of quotations, whatever their first word)
            text = item.text
        else:
            text = _in_shape(item.text, shape)
        if not text:
            continue
        if shape in ("base", "ing") and _bare_verb(text) and len(key.text.split()) > 1:
            # ("Punish", from "... to learn from events and prevent them, not to punish"): a verb
            # alone, its object left to the sentence (English ellipsis), beside a key that says
            # what is done to what. The real items set one-word acts only among names of stages
            # ("Storming", "Forming"), each option one word.
            continue
        if len(text.split()) == 1 and len(key.text.split()) >= 4:
            # ("Liability", a section's label, beside "Written approval from a supervisor"): a
            # word alone beside a key of a phrase stands out by its form, and none of the 310
            # real items sets one so (item writing: options parallel in form and length).
            continue
        # ("30 minutes a week" beside "At least 150 minutes a week": amounts that differ in
        # their number are other answers, whatever words they share; English: the number is
        # what a measure says)
        numbers = set(_NUMBERS.findall(text))
        other_amount = bool(numbers) and numbers != set(_NUMBERS.findall(key.text))
        if jaccard(text, key.text) >= 0.5 and not other_amount:
            continue
        if (
            recall(text, key.text) >= 0.6
            and not other_amount
            and not (role_owns(text) and "cps" not in key_stems)
        ):
            continue  # (the key's words again, unless the role owns what the key's person does)
        if key_stems and key_stems <= content_stems(text) and not other_amount:
            continue  # an option holding the whole key ("Remember: contemplation means ...")
        if asserted_true(text, read.sentences) and not (item.example and text[:1] in '"\u201c'):
            # (an utterance shown as an instance of another kind is mentioned, not asserted)
            continue
        if any(jaccard(text, o.text) >= 0.5 for o in found):
            continue
        if restated_option([text, *(o.text for o in found)]):
            # ("Keep the secret" and "Promise to keep a secret whatever the person discloses":
            # one meaning twice is one wrong option, the first found; R1's restated option, so a
            # later one, or the bank's, may take the place)
            continue
        found.append(
            _Option(
                text,
                item.option.source,
                item.option.klass,
                item.option.rationale,
                named=item.priority == 0,
            )
        )
    # The reviewed bank is a last resort: at most one option, only when two came from the lesson,
    # and never beside options built on the key's head noun ("A silent and passive environment"):
    # a bank phrase there would be the one option that is not a kind of that noun.
    if len(found) >= 2 and not any(item.adjectives or item.nominal for item in mined if headed):
        for entry in bank:
            for variant in entry.variants:
                if shape == "ing" and variant.verb:
                    text = capitalise(to_gerund(variant.verb))
                elif shape == "to" and variant.verb:
                    text = "To " + variant.verb
                elif shape == "base" and variant.verb:
                    text = capitalise(variant.verb)
                elif shape in ("noun", "clause") and variant.noun:
                    text = capitalise(variant.noun)
                    if shape == "noun":
                        text = _as_means(text, key.text) or text
                else:
                    continue
                # (a word shared with the key is an echo of it, a clue, except the field's own
                # words every option may hold: "person", "support")
                if (
                    (content_stems(text) & key_stems) - GENERIC_STEMS
                    or any(jaccard(text, o.text) >= 0.4 for o in found)
                    or restated_option([text, *(o.text for o in found)])
                ):
                    continue
                found.append(_Option(text, entry.source, entry.klass, entry.rationale))
                break
            if any(o.source.startswith("bank:") for o in found):
                break
    return found


# A fault named by its noun ("a boundary violation", "a breach", "a red flag"; vocabulary.yaml).
_FAULT_NAMED = re.compile(
    rf"\b(?:is|are|was|were)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){{0,2}}?"
    rf"(?P<f>{alternation(word_list('fault_nouns'))})\b",
    re.I,
)


def _the_premise(option: _Option, asked: str, read: ReadLesson) -> bool:
    """Whether `option` is the fault the stem names as its occasion ("... learns of a likely
    ethics violation by a colleague?"): it comes from a sentence judging its subject a fault of
    that noun ("Borrowing money from a person receiving services is a boundary violation"), or
    it does what that subject does in other words ("To lend money to the people they support",
    the bank's), or it does what the stem's scene tells someone did ("A peer specialist learns
    that a coworker has borrowed money ..." beside "Borrowing money from a person ...")."""
    own = content_stems(option.text) - GENERIC_STEMS
    first = option.text.split()[0].lower() if option.text.split() else ""
    # (the scene tells the act as done, "has borrowed money": its past form, the act and its
    # object; "tells their peer specialist" frames the scene, and a belief about an act,
    # "Quitting will make it stop working", is no act)
    done = {
        form
        for lemma in lemmas_of(first).get("VERB", ())[:1]
        for tag in ("VBD", "VBN")
        for form in verb_inflections(lemma).get(tag, ())
        if form != lemma  # ("quit": a past like the base form tells nothing done)
    }
    if (
        is_gerund(first)
        and not _gerund_subject(option.text)
        and done & set(rx.findall(r"[a-z]+", asked.lower()))
        and (own - {stem(first)}) & content_stems(asked)
    ):
        return True
    for sentence in read.sentences:
        judged = _FAULT_NAMED.search(sentence.plain)
        if judged is None:
            continue
        head = judged.group("f").split()[-1].lower()
        # (the fault is the stem's occasion, in its clause of time or condition, not what it asks
        # for: "Which is an early warning sign of burnout?" asks for a sign)
        if not rx.search(
            rf"\b(?:when|if|after|once|learns? of|finds? out about|hears? about|witness(?:es)?)"
            rf"\b[^?]*\b{re.escape(head)}s?\b",
            asked,
            re.I,
        ):
            continue
        if option.source == sentence.id:
            return True
        subject = sentence.plain[: judged.start()]
        if (content_stems(subject) & content_stems(option.text)) - GENERIC_STEMS:
            return True
    return False


def _as_means(act: str, key: str) -> str:
    """A gerund or infinitive phrase said as a means beside a key that names one ("Rating
    somebody's relapse risk" beside "A structured way to tell ...", asked what SBAR is: "A way to
    rate somebody's relapse risk"), else "": an act denied of a means is what it is not a way to
    do (English: "a way to" with an infinitive names a means by its use; item writing, options of
    one form)."""
    if _head_noun(key.split()) not in _MEANS_NOUNS:
        return ""
    if shape_of(act) == "to":
        return f"A way {act[:1].lower()}{act[1:]}"  # ("to rate ...": the use, as written)
    if shape_of(act) != "ing" or _gerund_subject(act):
        return ""
    return f"A way to {from_gerund(act[:1].lower() + act[1:])}"


def _content_pairs(text: str) -> set[tuple[str, str]]:
    """Two content words written next to each other ("bus route"): a named thing."""
    words = tokens(text)
    return {
        (stem(a), stem(b))
        for a, b in itertools.pairwise(words)
        if a not in STOPWORDS and b not in STOPWORDS and len(a) > 1 and len(b) > 1
    }


def _acts(text: str) -> set[str]:
    """The acts an option names: its gerunds' verbs, beyond the empty ones ("being", "having")
    and the verbs of saying, whose act is what is said ('Saying "Great job!"'); after a light
    verb, the act its object names ("Making decisions for ..." decides, as "Deciding for ..."
    does; English: a light verb and a nominalisation name the noun's verb)."""
    words = tokens(text)
    found = {_root(w) for w in words if is_gerund(w) and w not in _LIGHT_GERUNDS}
    for at, light in enumerate(words[:-1]):
        if light in ("making", "taking", "giving", "having"):
            after = next((w for w in words[at + 1 : at + 3] if w not in _DETERMINERS), "")
            if "NOUN" in lemmas_of(after):
                found.add(_root(after))
    return found


def _root(word: str) -> str:
    """A word's stem without a suffix that makes a noun of a verb ("decision", "management"), and
    without the consonant or "e" the verb ends on: "decide" and "decision" share "deci"."""
    root = rx.sub(r"(?:sions?|tions?|ments?|ances?|ences?|als?)$", "", stem(word)) or stem(word)
    return root[:-1] if len(root) > 4 and root[-1] in "dste" else root


_DETERMINERS = frozenset(["a", "an", "the", "their", "his", "her", "its", "some", "any"])


_LIGHT_GERUNDS = frozenset(
    [
        *("being", "having", "making", "doing", "getting", "going"),
        *("saying", "telling", "asking", "answering", "replying", "responding"),
    ]
)


def _best_three(key: _Option, pool: Sequence[_Option]) -> tuple[_Option, ...] | None:
    """Three wrong options whose lengths sit best with the key's (item writing: no length clue)."""
    if len(pool) < 3:
        return None
    best: tuple[float, int, tuple[_Option, ...]] | None = None
    key_words = content_stems(key.text)
    key_acts = _acts(key.text)
    key_thing = thing_or_act(key.text) == "thing"
    # Each option's words, named things and acts, read once: the 56 sets of three that eight
    # options make would read each option 21 times.
    read_once = {
        id(o): (
            content_stems(o.text),
            {p for p in _content_pairs(o.text) if not set(p) & key_words},
            _acts(o.text) - key_acts,
        )
        for o in pool[:8]
    }
    for order, combo in enumerate(itertools.combinations(pool[:8], 3)):
        stems, pairs, acts = zip(*(read_once[id(o)] for o in combo), strict=True)
        if any(a and stems_within(a, b) for a, b in itertools.permutations(stems, 2)):
            # "Many pathways" beside "Recovery occurs via many pathways": one idea twice ("Why did
            # you do that?" has no content word to repeat)
            continue
        # "... over the bus route" beside "... barriers like the bus route": one thing twice
        # (a pair with a word of the key, "recovery capital includes", is the item's frame).
        if any(a & b for a, b in itertools.combinations(pairs, 2)):
            continue
        # "Watching and reporting" beside "Monitoring medication and reporting noncompliance":
        # two options doing the same act ("reporting") are one idea.
        if any(a & b for a, b in itertools.combinations(acts, 2)):
            continue
        lengths = [len(o.text) for o in combo]
        median = statistics.median(lengths)
        spread = abs(len(key.text) - median) / max(median, 1)
        longest = len(key.text) > 1.3 * max(lengths)
        bank = sum(o.source.startswith("bank:") for o in combo)
        texts = [o.text for o in combo]
        rules = (
            bool(wording_problem([key.text, *texts], key.text))
            + bool(form_problem(key.text, texts))
            + bool(options_problem([key.text, *texts], 1))
        )
        # The answer choices the article names as wrong ("The other options ...") before what a
        # negation elsewhere rules out: they are the article's own item.
        unnamed = sum(not o.named for o in combo) if any(o.named for o in pool) else 0
        # The bank is a last resort: a set of the lesson's own options that breaks no rule wins
        # over one with a bank option, whatever their lengths.
        # A one-word term for a key ("Naltrexone") stands among terms: an act beside it ("Prescribing or
        # recommending a particular drug") is of another kind, though a noun slot admits it
        # (item writing: options of the kind the stem asks for).
        # (so too a key naming a thing with its article, "A legal document": acts beside it,
        # "Removing or rewriting pages", answer what is done, not what it is)
        unlike = (
            sum(shape_of(t) == "ing" for t in texts)
            if (len(key.text.split()) == 1 and shape_of(key.text) == "noun") or key_thing
            else 0
        )
        score = (
            10.0 * rules
            + spread
            + (1.0 if longest else 0.0)
            + 4.0 * bank
            + 1.5 * unnamed
            + 0.75 * unlike
        )
        if best is None or (score, order) < (best[0], best[1]):
            best = (score, order, combo)
    return best[2] if best else None


def _from_sentence(
    kind: Kind, stem: str, sentence: Sentence, text: str, pool: Sequence[_Option]
) -> _Plan | None:
    """An item keyed to `text`, taken from `sentence` (its evidence and anchor), with the three
    wrong options from `pool` that sit best beside it; None when the pool has fewer than three."""
    key = _Option(text, sentence.id, None, "")
    wrong = _best_three(key, pool)
    if not wrong:
        return None
    return _Plan(
        kind=kind,
        stem=stem,
        correct=key,
        wrong=wrong,
        evidence=sentence.text,
        anchor=sentence.anchor,
        source_sentence_id=sentence.id,
    )


# --- stems ---------------------------------------------------------------------------------------


def _question_stem(question: str, read: ReadLesson | None = None) -> str:
    question = plain(question).strip()
    question = rx.sub(r"^(?:so|and|but|now|well),?\s+", "", question, flags=re.I)
    if read is not None:
        question = _sentence_case(question, read)
    return capitalise(question)


_AUXILIARY_WORDS = frozenset(
    [
        *("is", "are", "was", "were", "does", "do", "did", "can", "could", "should", "would"),
        *("will", "may", "might", "must", "has", "have", "had"),
    ]
)


def _sentence_case(question: str, read: ReadLesson) -> str:
    """A question written in title case ("What Does Person-Centered Mean in Peer Support?") in
    sentence case, as an exam stem is: each capitalised word after the first in lower case, unless
    the lesson writes it capitalised inside its sentences too ("Housing First", a name) or it is
    an abbreviation (English: title case is a headline style, not the words' own spelling)."""
    words = [w.strip("\"'\u201c\u201d?,:;()") for w in question.split()[1:]]
    # (title case capitalises every word but short function words, "Stage of Change Is a Person
    # in", verbs included; "What is a Certified Peer Specialist?" is a sentence, its "is" in
    # lower case, with a name in it)
    content = [w for w in words if w[:1].isalpha() and w.lower() not in STOPWORDS]
    if (
        len(content) < 2
        or not all(w[:1].isupper() for w in content)
        or any(w in _AUXILIARY_WORDS for w in words)
    ):
        return question  # written in sentence case already
    named = {w for s in read.sentences for w in rx.findall(r"(?<=[a-z,;] )[A-Z][\w'-]*", s.plain)}

    def lowered(match: re.Match[str]) -> str:
        word = match.group(0)
        if word in named or (len(word) > 1 and word[1:2].isupper()) or word == "I":
            return word
        return word.lower()

    head, _, rest = question.partition(" ")
    return f"{head} " + rx.sub(r"\b[A-Z][\w'-]*", lowered, rest) if rest else question


_TITLE_NOISE = re.compile(
    r"^(?:(?:chapter|section|unit|part|module)\s+[\w.]+[,:]?\s*)+|^(?:understanding|exploring|"
    r"why|how|what)\s+",
    re.I,
)


# A clause opened by a subordinating word ("When language is a barrier, ...") has its subject
# inside it: the main clause's subject comes after the comma (English).
_NOT_SUBORDINATE = (
    r"(?!(?i:when|whenever|if|once|with|for|without|because|although|though|while|since|as|"
    r"after|before|until|unless)\b)"
)


# A setting fronted before the subject ("In the Stages of Change model, action is ..."): the
# frame the claim holds in, set off by its comma (English: a fronted adverbial).
_SETTING = r"[Ii]n (?!(?:short|sum|brief|other words|fact|general|practice)\b)[^,]{3,40},\s+"


# A series of single words named together as one subject ("Fight, flight and freeze are ..."):
# English coordination, the members set off by commas and the last by "and" or "or".
_SERIES = r"[A-Za-z][\w'-]*(?:,\s[a-z][\w'-]*)+,?\s(?:and|or)\s[a-z][\w'-]*"


# A term that quotes a word of itself ('An "I" statement', 'The "minimum necessary" rule'): the
# quotation marks are part of the name (English: a word mentioned, not used).
_QUOTED_TERM = r"(?:An?|The)\s[\"\u201c][\w' -]{1,30}[\"\u201d](?:\s[\w'-]+){1,3}?"


def _concept(read: ReadLesson, point: MainPoint) -> str:
    """The lesson's concept: the subject of its main point when that is a definition."""
    said = claim(point.text)
    match = rx.match(
        rf"^(?:{_SETTING})?{_NOT_SUBORDINATE}(?P<x>[A-Za-z][\w' -]{{1,50}}?|{_SERIES}|{_QUOTED_TERM})\s+"
        r"(?:in peer support\s+)?(?:is|are|means|refers to|(?:happens|occurs)(?= when))\s",
        said,
    )
    if (
        match
        and len(match.group("x").split()) <= 5
        # not "Triggers are outside events ..., while early warning signs are ...": a claim
        # setting two subjects side by side defines neither alone, its question is how they
        # differ (English: contrastive "while"/"whereas" joins two clauses of equal weight)
        and not rx.search(r",\s+(?:while|whereas)\s", point.text, re.I)
        and content_stems(match.group("x")) - {"person", "cps"}  # not "People are ...": no concept
        # not "Ray is sixty-one and ...": a person of the case is no concept
        and not set(match.group("x").split()) & story_people(read.sentences)
        # not "The best response is ...": a superlative names the answer to a question, no
        # concept (English: "the best X" picks one X out by a judgment)
        and not rx.match(r"^the\s+(?:best|most|first|right|main|only)\b", match.group("x"), re.I)
        # not "Hope-supporting language says recovery is ...": a verb inside the subject makes
        # it a clause, whose "is" belongs to a clause after "says" (English)
        and not any(
            word.endswith("s") and set(lemmas_of(word.lower())) == {"VERB"}
            for word in match.group("x").split()[1:]
        )
    ):
        subject = titled_subject(read, said, match.start("x"), match.group("x").strip())
        subject = rx.sub(r"^(?:A|An|The)\b", lambda m: m.group(0).lower(), subject)
        first = subject.split()[0]
        named = rx.search(r"['\u2019]s$", first) and not lemmas_of(first[:-2].lower())
        # (a name written with its capital inside a sentence of the lesson is a name too: the
        # whole name, since "the Safety Planning Intervention" makes "Safety plans" no name)
        inside = rx.search(rf"(?<=[a-z,;] ){re.escape(subject)}\b", read.lesson.body)
        if subject.isupper() or named or inside:
            return subject  # an acronym or a name ("WRAP", "Tuckman's stages") keeps its capital
        return subject[:1].lower() + subject[1:]
    return ""


def _description_question(point: MainPoint, concept: str) -> str:
    """ "Which of the following best describes X?", with the setting the claim holds in ("In the
    Stages of Change model, which ... describes action?": "action" alone would be any action)."""
    setting = rx.match(_SETTING, claim(point.text))
    if setting:
        return f"{setting.group(0)}which of the following best describes {concept}?"
    if owned := _OWNED_FUNCTION.fullmatch(concept):
        # "A first meeting's main job" asked as "What is the main job of a first meeting?"
        # (English: the possessive is the "of" genitive; a function is asked what it is, not
        # described)
        owner = owned.group("x")
        owner = owner[:1].lower() + owner[1:] if not owner[:2].isupper() else owner
        return f"What is the {owned.group('n')} of {owner}?"
    return f"Which of the following best describes {concept}?"


# "A first meeting's main job", "the program's purpose": a function owned by what the possessive
# names.
_OWNED_FUNCTION = re.compile(
    r"(?P<x>[A-Za-z][\w -]{2,50}?)(?:'s|\u2019s)\s+(?P<n>(?:(?:main|primary|first|central|chief|"
    r"real|core|key)\s+)?(?:job|role|purpose|goal|aim|focus|task|duty|function|point))",
    re.I,
)


def _main_point_stem(read: ReadLesson, point: MainPoint, scene: bool = True) -> str:
    """The question the main point answers; `scene`: a case's opening request may be it."""
    lesson = read.lesson
    if lesson.key_question.strip():
        return _question_stem(lesson.key_question, read)
    title = plain(lesson.title).strip()
    if title_asks(title):
        return _question_stem(title, read)
    # The article's own question that the main point answers.
    source = read.by_id(point.source_sentence_id)
    if source is not None:
        position = read.sentences.index(source)
        before = read.sentences[position - 1] if position else None
        if (
            before is not None
            and before.plain.rstrip().endswith("?")
            and rx.match(r"^(?:so,?\s+)?(?:what|which|why|how)\b", before.plain, re.I)
            and not rx.search(r"\b(?:you|your|this|these|it)\b", before.plain, re.I)
            and len(content_stems(before.plain) - {"cps", "person"}) >= 2
            # A question about the lesson's subject, not a figure of speech ("the secret sauce").
            and content_stems(before.plain) & (content_stems(lesson.title) - {"cps", "person"})
        ):
            return _question_stem(before.plain)
    if source is not None and (asked := _purpose_asked(read, source, point)):
        return asked
    if source is not None and (asked := _stated_purpose_question(read, source, point)):
        return asked
    if source is not None and (asked := _who_question(read, source, point)):
        return asked
    # "When C, the most useful step is X": the question is what the step is when C.
    # (or in the point as cued: "Trainees should be able to state that, in X, the practice that
    # best ... is Y")
    if (source is not None and (asked := _situated_superlative(_they_named(read, source)))) or (
        asked := _situated_superlative(point.text)
    ):
        return _in_setting(asked, lesson.title)
    if source is not None and (asked := _superlative_subject_question(source.plain)):
        return asked
    # The question the article says an exam asks ("When an exam asks what principle is essential
    # ..., the answer is X"), in the sentence that gives the main point or one agreeing with it.
    for sentence in read.sentences:
        asked = _embedded_question(sentence.plain)
        answered = read.following(sentence) if asked else None
        # ("If a test asks how much activity adults should get, you'll see distractors like ...
        # Don't overthink it: the baseline is at least 150 minutes a week.": the sentence after
        # the question, in its paragraph, answers it, and says the point's head, before the
        # comma that sets off its elaboration; English, a question and then its answer)
        head = point.text.split(",", 1)[0]
        if asked and (
            sentence is source
            or recall(point.text, sentence.plain) >= 0.6
            or (
                answered is not None
                and (answered.anchor, answered.paragraph) == (sentence.anchor, sentence.paragraph)
                and len(content_stems(head)) >= 2
                and recall(head, answered.plain) >= 0.6
            )
        ):
            return asked
    if source is not None and (asked := _specified_question(source.plain, point.text)):
        return asked
    if source is not None and (asked := _practice_question(read, source)):
        return asked
    if asked := _singled_out_question(read, point.text):
        return asked
    if asked := _superlative_own_question(point.text):
        return asked
    if asked := _specified_superlative_question(read, point):
        return asked
    if source is not None and (asked := _heading_asked(source, point, lesson_concept(read, point))):
        return asked
    if asked := _difference_asked(lesson.title, point):
        return asked
    titled = _title_as_question(lesson.title, lesson.body)
    if not (content_stems(titled) - {"person", "cps"}) & content_stems(point.text):
        # ("What the Chart Says About Dana" and a point about recovery-oriented language: a
        # question the point answers names what the point is about)
        titled = ""
    asked = (
        titled
        or (_title_as_situation(lesson.title, lesson.body) if _reads_as_act(point.text) else "")
        or _signified_question(point.text)
        or _classified_question(point.text)
        or _condition_question(point.text)
        or _first_step_question(point.text)
        or _in_setting(_situation_question(point.text), lesson.title)
        or _role_question(point.text)
        or _reason_or_object_question(point.text)
        or _benefit_question(point.text)
        # (a case that opens on a person's request asks what to do about it)
        or (vignette_situation(read) if scene and _reads_as_act(point.text) else "")
        # (an instruction for a point, in no scene the title or the case names: asked what the
        # role should do, as the practice item asks; item writing: the stem asks for what the
        # key is, an act)
        # (a gerund phrase names the act as the options do: "Putting the prior relationship on
        # the table with their supervisor ...", the act a case's point says its helper did; a
        # phrase with no verb of its own, in a case, where a point names an act)
        or (
            _avoid_stem(lesson.title, "do")
            if shape_of(point.text) == "base"
            or _case_act(read, point.text)
            # ("Peer support leans toward self-advocacy: helping people build the skills ...":
            # what the colon specifies, an act, in a case)
            or _case_act(read, _specified_act(point.text))
            # ("A peer specialist should always represent their role accurately ...": what a
            # modal of obligation requires of the role is what to do; English, the norm)
            or _MODAL_ACT.match(point.text.strip())
            else ""
        )
    )
    if asked:
        return asked
    concept = _concept(read, point)
    if concept:
        plural = concept.endswith("s") and not concept.endswith("ss")
        if rx.search(r"\b(?:means?|refers? to|is defined as)\b", claim(point.text), re.I):
            return f"What {'do' if plural else 'does'} {concept} mean in peer support?"
        # "X is the essential technique": a description, not a definition of the word.
        return _description_question(point, concept)
    subject = _subject(read, point.text)
    if subject and not _GENERIC_PERSON.fullmatch(subject):
        # ("People are more likely to act on ideas they reach themselves": "people" in general
        # is no concept an option could describe; English: a generic plural names anyone)
        if owned := _OWNED_FUNCTION.fullmatch(subject):
            owner = _mid_sentence(owned.group("x"))
            return f"What is the {owned.group('n')} of {owner}?"  # (as `_description_question`)
        return f"Which of the following best describes {_mid_sentence(subject)}?"
    return ""


def _specified_act(text: str) -> str:
    """What a colon after a whole clause specifies, when it is a gerund phrase ("Peer support
    leans toward self-advocacy: helping people build ..." -> "Helping people build ..."), cut
    before a second act joined by ", and"; "" otherwise (English: a colon of specification)."""
    before, colon, after = text.partition(": ")
    if not colon or finite_verb([w.lower() for w in before.split()]) < 0:
        return ""
    act = rx.split(r",\s+and\s+(?=[a-z]+ing\b)", after.strip(" ."))[0]
    return capitalise(act) if shape_of(act) == "ing" else ""


def _case_act(read: ReadLesson, text: str) -> bool:
    """Whether a case's point is an act: a gerund phrase of four words or more with no clause of
    its own ("Putting the prior relationship on the table with their supervisor ..."), in
    a lesson telling a story ("Warning signs are ..." states; "Engaging" names)."""
    words = text.split()
    return (
        shape_of(text) == "ing"
        and len(words) >= 4
        # (no clause: "Warning signs are ..." states; "Helping people build ..." takes a verb's
        # bare infinitive, no verb of its own)
        and not _states(text)
        and not rx.search(r"\b(?:is|are|was|were)\b", text)
        and bool(story_people(read.sentences))
    )


_GENERIC_PERSON = re.compile(
    rf"(?:an?\s+|the\s+|most\s+|many\s+|some\s+)?(?:{alternation(tuple(_V.person_words))}|"
    r"someone|somebody|anyone|everyone|they|it|this|that)",
    re.I,
)


_HEADING_QUESTION = re.compile(
    r"^(?:so|and|but|then|now),?\s+(?:what|which|why|how|when|where|who)\b"
    r"|^(?:what|which|why|how|when|where|who)\b",
    re.I,
)


def _heading_asked(source: Sentence, point: MainPoint, concept: str = "") -> str:
    """The question a section's heading asks ("So when does sharing make sense?"), when the main
    point is a sentence of that section and answers it: the heading shares a content word with the
    point (English: a heading that is a question is answered by the text under it; sharing its
    words is what makes the point that answer). Not a question about the reader or the sentence
    before ("What would you do?", "Why does this matter?"): it must stand alone as a stem.
    "So what are they, exactly?" asks what the lesson's `concept` is ("What are recovery high
    schools?"): a heading's "it" or "they" stands for the topic the title names (English
    anaphora: a heading continues its title), when the two agree in number."""
    heading = plain(source.heading).strip()
    if not heading.endswith("?") or not _HEADING_QUESTION.match(heading):
        return ""
    plural = concept.endswith("s") and not concept.endswith("ss")
    topic = rx.fullmatch(
        r"(?:(?:so|and|but|then|now),?\s+)?what\s+(?P<v>is\s+it|are\s+they)"
        r"(?:,?\s+(?:exactly|really|anyway|then))?\s*\?",
        heading,
        re.I,
    )
    if concept and topic and topic.group("v").lower().startswith("are") == plural:
        return f"What {'are' if plural else 'is'} {concept}?"
    if rx.search(r"\b(?:you|your|this|these|that|those|it|they|them)\b", heading, re.I):
        return ""
    asked = content_stems(heading) - {"cps", "person"}
    if len(asked) < 2 or not asked & content_stems(point.text):
        return ""
    return _question_stem(heading)


# Two clauses side by side, each with its own subject: "A trigger happens to you; an early
# warning sign happens in you", "Enabling shields ..., while supporting helps ..." (English:
# parallel contrast, by a semicolon or by "while" / "whereas").
_PARALLEL_CLAUSES = re.compile(r"^(?P<a>[^;]+?)(?:;\s+|,\s+(?:while|whereas)\s+)(?P<b>[^;]+)$")
_PRONOUN_SUBJECTS = frozenset(["it", "they", "this", "that", "these", "those", "he", "she", "we"])


def _clause_subject(clause: str) -> str:
    """The subject of a clause: its words before the finite verb, one to five of them and no
    pronoun ("an early warning sign", "Supporting"), else ""."""
    words = clause.split()
    at = finite_verb(words)
    if gerund_clause(words):
        at = 1  # "Enabling shields people ...": a gerund subject, then its verb
    subject = words[:at] if 1 <= at <= 5 else []
    if (
        not subject
        or subject[0].lower() in _PRONOUN_SUBJECTS
        or not content_stems(" ".join(subject))
    ):
        return ""
    return " ".join(subject).strip(",")


def _difference_asked(title: str, point: MainPoint) -> str:
    """ "What is the difference between A and B?": the main point sets two clauses side by side
    whose subjects are two things the title names ("Enabling or Supporting? Finding the Line",
    "Triggers and Early Warning Signs"). A title naming both says the article is about the two;
    a point saying one thing of each, in parallel, is how it tells them apart (English: parallel
    contrast; item writing: a difference is asked as one)."""
    sides = _PARALLEL_CLAUSES.match(point.text.strip(" ."))
    if sides is None:
        return ""
    first, second = (_clause_subject(sides.group(g)) for g in "ab")
    named = content_stems(title)
    a, b = content_stems(first), content_stems(second)
    # ("Clinical supervision ..., while peer-specific supervision ...", under "Supervision That
    # Fits the Peer Role": two kinds of the one thing the title names, told apart by their
    # modifiers; English: a shared head noun, contrasting modifiers)
    kinds = (
        bool(first and second)
        and first.split()[-1].lower() == second.split()[-1].lower()
        and len(first.split()) >= 2
        and len(second.split()) >= 2
        and content_stems(first.split()[-1]) <= named
    )
    if not (first and second) or a == b or not (kinds or (a <= named and b <= named)):
        return ""
    return f"What is the difference between {_mid_sentence(first)} and {_mid_sentence(second)}?"


# A heading naming what a thing is for ("What they're actually for", "Purpose", "The aim of a
# check-in"): its sentences say the purpose (English: a fused relative "what X is for" is X's use).
_PURPOSE_HEADING = re.compile(
    r"^(?:the\s+)?(?:purpose|aim)\b|\bwhat\s+(?:[\w'\u2019-]+\s+){0,4}?"
    r"(?:is|are|was|were|[\w-]+['\u2019](?:re|s))\s+(?:\w+ly\s+)?for\b",
    re.I,
)
_PURPOSE_SHELL = re.compile(r"^(?:the|its|their)\s+(?:\w+\s+)?(?:purpose|aim)\s+(?:is|was)\b", re.I)


def _purpose_asked(read: ReadLesson, source: Sentence, point: MainPoint) -> str:
    """ "What is the purpose of X?": the main point says what the lesson's concept does (it opens
    with the concept), under a heading naming what X is for or after a sentence about its purpose
    ("The purpose is narrow and useful.") in its paragraph (English discourse: the heading or the
    shell says which question the sentence answers)."""
    concept = lesson_concept(read, point)
    if not concept or not rx.match(
        r"^(?:an? |the )?" + pattern_of(concept).pattern, point.text, re.I
    ):
        return ""
    before = read.previous(source)
    shell = (
        before is not None
        and (before.anchor, before.paragraph) == (source.anchor, source.paragraph)
        and bool(_PURPOSE_SHELL.match(strip_frames(before.plain)))
    )
    if not (shell or _PURPOSE_HEADING.search(plain(source.heading))):
        return ""
    return f"What is the purpose of {_generic(read, concept)}?"


_PURPOSE_OF = re.compile(
    r"\b(?:the|its|their)\s+(?:(?:main|primary|chief|real|whole)\s+)?(?:purpose|aim|point)\s+"
    r"(?:of\s+(?P<x>[^,;.]{2,60}?)\s+)?(?:is|was)\s+to\s+(?P<v>[a-z]+)\b",
    re.I,
)


_DOER_DOES = re.compile(
    r"^(?P<s>(?:[Tt]he|[Aa]n?)\s[\w' -]{2,50}?)\s+(?P<v>[a-z]+)\s+"
    r"(?P<o>(?:the|an?|their|its)\s[^,;.]{3,60})"
)


def _who_question(read: ReadLesson, source: Sentence, point: MainPoint) -> str:
    """ "In shared decision-making, who makes the final decision?" for a main point that opens its
    section under a heading asking who ("Who has the final say?") and says what someone does
    ("The person receiving services makes the final decision, after ..."): the heading is the
    article's own question, asked in the words of the sentence that answers it, whose subject is
    the answer (English: a "who" question stands in for the subject). The title names the
    setting unless the question holds all its words."""
    heading = plain(source.heading).strip()
    if not rx.match(r"^who\b.*\?$", heading, re.I):
        return ""
    at = read.sentences.index(source)
    if at and read.sentences[at - 1].anchor == source.anchor:
        return ""  # (the answer opens the section the heading asks)
    said = _DOER_DOES.match(claim(point.text))
    verbs = lemmas_of(said.group("v")).get("VERB", ()) if said else ()
    if said is None or not verbs or said.group("v").endswith("ing"):
        return ""
    # ("The group members set ...": "who" takes the verb in the singular, English)
    question = f"who {third_person(verbs[0])} {said.group('o').strip()}?"
    setting = _TITLE_NOISE.sub("", plain(read.lesson.title)).strip(" :")
    if setting and not content_stems(setting) <= content_stems(question):
        words = " ".join(_untitled(w, read.lesson.body) for w in setting.split())
        return f"In {words[:1].lower()}{words[1:]}, {question}"
    return capitalise(question)


def _stated_purpose_question(read: ReadLesson, source: Sentence, point: MainPoint) -> str:
    """ "What is the purpose of X?" for a main point that is the infinitive its sentence
    predicates of a purpose ("...; the purpose of the format is to give the person clarity ...").
    English: an infinitive complement of "purpose" (or "aim", "point") says what a thing is for.
    X is the thing the sentence names when the title names it too; a definite noun of one word
    ("the format", "this log") is an anaphor, as is a phrase the title does not name, and X is
    then what the title names: its gerund phrase ("Setting SMART Goals With Peers") or the lesson's concept."""
    said = _PURPOSE_OF.search(source.plain)
    words = point.text.split()
    if said is None or len(words) < 3 or words[0].lower() != "to":
        return ""
    if words[1].lower() != said.group("v").lower():
        return ""  # (the point is some other infinitive of the sentence)
    title = plain(read.lesson.title)
    named = (said.group("x") or "").strip() or _possessor(read, source, said)
    anaphor = rx.fullmatch(r"(?:the|this|that|these|those|its|their)\s+[a-z-]+", named, re.I)
    # ("the purpose of rehearsing": a gerund without its object says not what is rehearsed;
    # the title's gerund phrase does, "Rehearsing Refusal Skills")
    # (but a gerund the title names alone, "Flashbacks and Anchoring", is the practice's name)
    bare = (
        len(named.split()) == 1
        and is_gerund(named.lower())
        and not rx.search(rf"\b{re.escape(named)}\s*(?:$|[:,?;]|and\b|&)", title, re.I)
    )
    if named and not anaphor and not bare and content_stems(named) & content_stems(title):
        return f"What is the purpose of {named}?"
    last = title.split(":")[-1].strip().split()
    if (
        len(last) >= 2
        and last[0].lower().endswith("ing")
        and "VERB" in lemmas_of(last[0].lower())
        and not title.endswith("?")
    ):
        phrase = " ".join(_untitled(w, read.lesson.body) for w in last)
        return f"What is the purpose of {phrase[:1].lower()}{phrase[1:]}?"
    concept = lesson_concept(read, point)
    return f"What is the purpose of {_generic(read, concept)}?" if concept else ""


# The subject of a sentence that says what a thing is or does: a determiner, up to four words, and
# its verb or an appositive set off by a comma ("A wellness calendar, a simple daily record ...,
# is ...").
_SUBJECT_NAMED = re.compile(
    r"^(?P<x>(?:an?|the)\s+[\w-]+(?:\s+[\w-]+){0,3}?)(?:,|\s+(?:is|are|was|were|has|have)\b)",
    re.I,
)


def _possessor(read: ReadLesson, source: Sentence, said: re.Match[str]) -> str:
    """The thing "Its main purpose is to ..." opening `source` is the purpose of: the subject of
    the sentence before it in its paragraph ("A wellness calendar, ..., is one of ..."), "" when
    there is none. English discourse: a possessive pronoun opening a sentence takes up the
    previous sentence's subject, the most salient thing it names; "their" a plural one."""
    if said.start() != 0 or said.group("x"):
        return ""
    before = read.previous(source)
    subject = _SUBJECT_NAMED.match(strip_frames(before.plain)) if before else None
    if subject is None:
        return ""
    named = subject.group("x")
    named = named[:1].lower() + named[1:]  # (its determiner, no longer opening a sentence)
    plural = named.split()[-1].lower().endswith("s") and not named.lower().startswith(("a ", "an "))
    return named if plural == (said.group(0).split()[0].lower() == "their") else ""


# An indirect question put by an exam or a question ("When an exam asks what X is ...", "when
# you're asked what skill a CPS should possess"): not a person's question in a story.
_EMBEDDED = re.compile(
    r"\b(?:an? |the )?(?:exam|test|question|quiz|item)s? (?:asks?|asked)\s+(?:you\s+)?"
    r"(?P<q>(?:what|which|how|why|who)\b[^,.;:?]+)|"
    r"\byou(?:'re| are) asked\s+(?P<r>(?:what|which|how|why|who)\b[^,.;:?]+)",
    re.I,
)
_AUXILIARIES = frozenset(["should", "can", "must", "would", "could", "will", "may", "is", "are"])
_SUBJECT_OPENERS = frozenset(["a", "an", "the", "their", "his", "her", "its", "peer", "people"])
# "how much", "how many", "how long": a wh-phrase asking a measure, with a noun after it or not.
_MEASURES = frozenset(["much", "many", "long", "often", "far", "old"])


def _bare_subject(word: str) -> bool:
    """Whether `word` alone can be a clause's subject: a pronoun, or a bare plural noun
    ("adults")."""
    word = word.lower()
    if word in ("they", "we", "you", "he", "she", "it", "people", "someone", "anyone"):
        return True
    return word.endswith("s") and not word.endswith("ss") and "NOUN" in lemmas_of(word)


def _embedded_question(text: str) -> str:
    """The indirect question an exam asks, as a direct one (English: "how X verbs" takes
    do-support; "what skill a CPS should possess" puts the auxiliary before the subject)."""
    match = _EMBEDDED.search(text)
    if match is None:
        return ""
    question = (match.group("q") or match.group("r")).strip()
    words = question.split()
    measured = words[0].lower() == "how" and len(words) > 2 and words[1].lower() in _MEASURES
    if words[0].lower() in ("how", "why") and not measured:
        return _title_as_question(question)
    at = next((i for i, w in enumerate(words) if w.lower() in _AUXILIARIES), -1)
    subject = next(
        (i for i, w in enumerate(words[1:at], start=1) if w.lower() in _SUBJECT_OPENERS), -1
    )
    if measured and at > 2 and subject < 0 and _bare_subject(words[at - 1]):
        # "how much activity | adults | should get": a bare plural or a pronoun just before the
        # auxiliary is the subject, the "how much" phrase before it the object (English)
        subject = at - 1
    if at > 0 and subject > 0:
        # "what important skill | a CPS | should | possess" -> "what important skill should a CPS
        # possess": the wh-phrase is the object, the subject follows it.
        words = [*words[:subject], words[at], *words[subject:at], *words[at + 1 :]]
    elif at <= 0 and not _wh_subject(words):
        return ""
    return capitalise(" ".join(words)) + "?"


def _wh_subject(words: list[str]) -> bool:
    """Whether an indirect question's wh-phrase is its subject, its verb straight after ("which
    needs form the foundation", "who decides"): the direct question keeps that order (English:
    no inversion for a subject question). Not when a subject opens before the verb ("which
    needs the person names" asks for the object, and takes do-support), nor after "what", whose
    bare noun may be the subject itself ("what research shows": what it shows)."""
    if len(words) < 2 or words[0].lower() not in ("which", "who"):
        return False
    head = words[1:3] if words[0].lower() != "who" else words[1:2]
    return not any(w.lower() in _SUBJECT_OPENERS for w in head) and any(
        "VERB" in lemmas_of(w.lower()) for w in head
    )


_CONDITIONED = re.compile(
    r"^(?:the lesson is that\s+|in short,?\s+)?(?P<s>[A-Za-z][\w' -]{2,60}?)\s+(?P<m>should|must|can)\s+"
    r"(?P<vp>[a-z][^,;:]{3,80}?)\s+(?:whenever|when|once|before|after)\s",
    re.I,
)


# "Touch is appropriate only when ...": a norm restricted to a condition (see mainpoint).
_NORM_CONDITIONED = re.compile(
    r"^(?P<s>[A-Za-z][^,;:]{2,80}?)\s+(?P<c>is|are)\s+(?P<a>appropriate|acceptable|okay|allowed|"
    r"permitted|justified|warranted|ethical)\s+only\s+(?:when|if)\s",
    re.I,
)


_FIRST_JOB = re.compile(
    r"^(?P<w>(?:with|for|when|if)\s[^,]{5,60}),\s+the\s+first\s+(?:job|step|task|move|"
    r"priority|thing to do)\s+is\s+to\s+(?P<v>[a-z]+)\b",
    re.I,
)


def _first_step_question(text: str) -> str:
    """An activity that "starts with" or "begins with" doing something ("Helping a family identify
    supports starts with asking ...") asks "What is the first step in helping a family identify
    supports?" (English: what a process starts with is its first step). "With someone who is
    unsure, the first job is to listen ..." asks what to do first in the circumstance the fronted
    phrase names: "What should a peer specialist do first with someone who is unsure?"."""
    job = _FIRST_JOB.match(claim(text))
    if job and is_verb(job.group("v")):
        circumstance = job.group("w")
        return (
            f"What should a peer specialist do first {circumstance[:1].lower()}{circumstance[1:]}?"
        )
    match = rx.match(
        r"^(?P<x>[A-Z][a-z]+ing\b[^,;:]{5,90}?)\s+(?:starts|begins) with\s+[a-z]+ing\b", claim(text)
    )
    if match is None:
        return ""
    activity = match.group("x")
    return f"What is the first step in {activity[:1].lower() + activity[1:]}?"


def _importance_as_purpose(question: str) -> str:
    """ "Why are boundaries important in the peer relationship?" asked as "What is the main purpose
    of boundaries in the peer relationship?" (English: why a thing matters is what it is for; the
    answer "To keep ..." takes the gerund phrases an article rules out, "Being distant", as "To
    be distant", where "They keep ..." takes none)."""
    match = rx.match(
        r"^why (?:is|are) (?P<x>[\w' -]{3,60}?) (?:so )?(?:important|essential|crucial|vital|"
        r"necessary|needed|valuable)(?P<rest> (?:in|for|to|within) [^?]{3,80})?\?$",
        question.strip(),
        re.I,
    )
    if match is None or rx.match(r"^(?:it|this|that|they)\b", match.group("x"), re.I):
        return ""
    return f"What is the main purpose of {match.group('x')}{match.group('rest') or ''}?"


def _beginning_as_first_step(question: str) -> str:
    """ "How would S begin to help a family ...?" asked as "What is the first step in helping a
    family ...?" (English: how one begins is the first step; the gerund takes noun-phrase options
    as well as "By ..." ones)."""
    match = rx.match(
        r"^how (?:would|should|can|could|might|does|do) .+? (?:begin|start) "
        r"(?:to (?P<v>[a-z]+)|(?P<g>[a-z]+ing))\b(?P<rest>[^?]*)\?$",
        question.strip(),
        re.I,
    )
    if match is None:
        return ""
    verb = match.group("g") or to_gerund(match.group("v"))
    return f"What is the first step in {verb}{match.group('rest')}?"


# A fronted adverbial of time: a clause ("When ...", "Once everyone is safe", "After making a
# referral") or a phrase naming an occasion ("At the very first meeting", "On a first contact",
# "During a crisis"), not one of the idioms of discourse that open with the same words ("On the
# other hand", "At the same time", "At the end of the day").
_OCCASION = (
    r"(?:(?P<w>when|if|whenever|once|after|before|as soon as) (?P<c>[^,]{5,120})"
    r"|(?P<p>at|on|during) (?P<o>(?!(?:the )?(?:other|one) hand\b|the same time\b|the end of the "
    r"day\b|the whole\b|the very least\b|the other\b)(?:the|a|an|each|every|any|their) [^,]{3,60}))"
)
_SITUATED = re.compile(
    rf"^{_OCCASION},\s+(?P<s>(?:the |a |an )?(?:certified |family )?"
    rf"(?:{alternation(_V.role_words)}))s?\s+(?:still\s+|also\s+|first\s+|then\s+)?"
    # (the act in the present, "asks", or required by a modal, "should decline": English, the
    # modal of obligation states the norm the present tense describes)
    r"(?:(?:should|must|needs to|ought to)\s+(?:always\s+|first\s+)?(?P<b>[a-z]+)|(?P<v>[a-z]+s))"
    r"(?:,\s*|\s+)(?P<rest>.+)$",
    re.I,
)


_INSTRUCTED = re.compile(rf"^{_OCCASION},\s+(?P<rest>.+)$", re.I)
_SUPERLATIVE_SITUATED = re.compile(
    # (or an evaluative adjective that singles one out as "best" does: "the right step", "the
    # accurate reply"; English, an adjective of correctness before a definite noun names the one
    # answer the situation calls for)
    # (the occasion a clause or a phrase of time: "On a first contact, the main focus is ...")
    rf"^(?:so,?\s+)?{_OCCASION},\s+(?P<np>the (?:(?:most|best|first|main|"
    r"single most|right|correct|accurate|appropriate|proper) [\w -]{2,40}?|expectation|"
    r"obligation|standard practice|"
    # (or a function owned, "the peer specialist's job": on the occasion, what the function is)
    r"[\w -]{2,40}?['\u2019]s (?:main |first |real )?(?:job|role|task|part|focus|purpose))) "
    r"(?:is|would be) "
    r"(?P<h>usually |often |generally |typically )?\S",
    re.I,
)


# An aside between commas inside a fronted condition, coordinated or giving instances ("When a
# peer specialist's own interests, or those of family or friends, touch ..."): no boundary of
# the condition (English: a parenthetical is set off on both sides).
_CONDITION_ASIDE = re.compile(
    r"^(?P<c>(?:so,?\s+)?(?:when|whenever|if)\s[^,]{3,100}),\s+(?:or|and|including|such as|"
    r"especially|like)\s[^,]{2,60},\s+",
    re.I,
)


_SUPERLATIVE_CHOSEN = re.compile(
    r"^in (?P<c>[^,]{3,60}),\s+the (?P<n>[a-z]+) (?:that|which) (?P<d>best|most) "
    r"(?P<v>[a-z]+s\s[^,]{2,60}?) is\s\S",
    re.I,
)


_SUPERLATIVE_NAMED = re.compile(
    r"^(?P<x>[A-Z][^;:]{3,80}?)\s+(?:is|are)\s+the\s+(?P<n>[a-z]+)\s+(?:that|which)\s+"
    r"(?P<d>best|most)\s+(?P<v>[a-z]+s\b[^,;:]{2,60}?)\.?$"
)


# "A, B and C are warning signs.": a sentence classing things under a plural noun, which a
# "they" opening the next sentence's condition takes up.
_CLASSED_AS = re.compile(r"^.+?\s+are\s+(?P<n>(?:[a-z-]+\s+){0,2}[a-z-]+s)\.?$")


def _they_named(read: ReadLesson, sentence: Sentence) -> str:
    """`sentence` with "When they appear" naming what "they" stands for, when the sentence
    before classes things under a plural noun ("Giving away belongings, withdrawing and
    canceling appointments are warning signs. When they appear, ...": "When warning signs
    appear"; English anaphora, the class just named is the topic continued)."""
    text = sentence.plain.strip()
    position = read.sentences.index(sentence)
    before = read.sentences[position - 1] if position else None
    opening = rx.match(r"^(?P<w>when|if|once|whenever)\s+they\b", text, re.I)
    if opening is None or before is None or before.paragraph != sentence.paragraph:
        return text
    classed = _CLASSED_AS.match(before.plain.strip())
    if classed is None:
        return text
    return f"{opening.group('w')} {classed.group('n')}{text[opening.end() :]}"


def _situated_superlative(sentence: str) -> str:
    """ "So when a person says they want friends ..., the most useful step is usually X" asks
    "What is the most useful step when a person says they want friends ...?" (English: the
    fronted condition is the situation, the superlative noun phrase what is asked)."""
    match = _SUPERLATIVE_SITUATED.match(plain(sentence).strip()) or _SUPERLATIVE_SITUATED.match(
        _CONDITION_ASIDE.sub(r"\g<c> ", plain(sentence).strip(), count=1)
    )
    if match is None:
        # "In a trauma-informed approach, the practice that best supports voice and choice is X"
        # asks "In a trauma-informed approach, which practice best supports voice and choice?"
        # (English: the head noun of the superlative relative clause is what is asked)
        chosen = _SUPERLATIVE_CHOSEN.match(plain(sentence).strip())
        named = _SUPERLATIVE_NAMED.match(plain(sentence).strip())
        if chosen is None and named is not None:
            # "A regular wake-up time ... is the habit that most steadies the body clock" asks
            # "Which habit most steadies the body clock?" (English: the subject of an identity
            # with a superlative relative clause is what "which N" asks for)
            return f"Which {named.group('n')} {named.group('d')} {named.group('v')}?"
        if chosen is None:
            return ""
        return (
            f"In {chosen.group('c')}, which {chosen.group('n')} {chosen.group('d')} "
            f"{chosen.group('v')}?"
        )
    if rx.match(
        r"^(?:they|it|this|these|those|he|she|them)\b", match.group("c") or match.group("o"), re.I
    ):
        # "When they appear, the most helpful first step is X": a condition about a pronoun
        # points at the sentence before; a stem must stand alone (item writing).
        return ""
    hedge = match.group("h") or ""  # kept in the stem (R10)
    return f"What is {hedge}{match.group('np')} {_occasion(match)}?"


def _situation_question(text: str) -> str:
    """A main point saying what the peer worker does in a situation ("When someone expresses
    thoughts of suicide, the peer specialist asks directly ...") asks "What should the peer
    specialist do when someone expresses thoughts of suicide?" (English: the fronted condition
    stays as the situation, the predicate becomes the action asked for)."""
    match = _SITUATED.match(claim(text) if not _INSTRUCTED.match(text) else text)
    if match is None or "VERB" not in lemmas_of((match.group("v") or match.group("b")).lower()):
        # "When a working relationship is coming to a close, talk about the ending ...": an
        # instruction in a lesson for peer specialists is addressed to one (English: the
        # imperative's subject is the reader the text addresses).
        told = _INSTRUCTED.match(text)
        if told is None or not is_instruction(told.group("rest").split()):
            return ""
        return f"What should a peer specialist do {_occasion(told)}?"
    subject = match.group("s")
    return f"What should {subject[:1].lower() + subject[1:]} do {_occasion(match)}?"


def _in_setting(stem: str, title: str) -> str:
    """`stem` set in the activity the title names ("In street outreach with people experiencing
    homelessness, what is the main focus on a first contact?") when it names none of it: an
    occasion ("on a first contact", "once everyone is safe") is one of that activity, which a
    stem read alone would not know (item writing: the stem states the situation; R7)."""
    setting = _setting(title)
    if (
        not stem
        or not setting
        or content_stems(stem) & content_stems(setting)
        # (a condition already sets the scene: "... when warning signs appear?")
        or rx.search(r"\b(?:when|whenever|if)\b", stem, re.I)
    ):
        return stem
    return f"{setting}, {stem[:1].lower()}{stem[1:]}"


def _occasion(match: re.Match[str]) -> str:
    """The occasion an `_OCCASION` names, as a question's adjunct: "when ..." for a condition
    ("if" and "whenever" too: the question asks what is done on the occasion), the clause's own
    subordinator for a time before or after ("once everyone is safe", "after making a
    referral"), the preposition and its noun phrase for a phrase ("at the very first meeting")."""
    if match.group("p"):
        return f"{match.group('p').lower()} {match.group('o')}"
    word = match.group("w").lower()
    return f"{'when' if word in ('when', 'if', 'whenever') else word} {match.group('c')}"


# "The main purpose of a summary is (to) ...", "the most important part of de-escalation is what
# the peer specialist does first: ...": a definite noun phrase, its head qualified by "of" or
# "behind", that the rest of the sentence specifies.
_SPECIFIED = re.compile(
    r"(?:^|[;:]\s+|,\s+)(?P<np>the\s+(?:[\w'-]+\s+){0,3}?[\w'-]+\s+(?:of|behind)\s+"
    r"(?P<x>[^,;:]{2,60}?))\s+(?P<v>is|are)\s+(?:[^:;]{0,80}:\s*)?$",
    re.I,
)
# A noun phrase that only points back ("the format", "this", "it"): its referent is elsewhere.
_ANAPHOR = re.compile(
    r"^(?:(?:the|this|that|these|those)\s+[\w-]+|it|its|this|that|them|they)$", re.I
)


def _specified_question(sentence: str, point: str) -> str:
    """The question a specificational sentence answers, when the main point is what it specifies:
    "The main purpose of a summary is to pull together ..." asks "What is the main purpose of a
    summary?" (English: in "the N of X is Y" the subject is the variable, Y its value; the point
    was cut from the sentence after its frame)."""
    opening = " ".join(plain(point).split()[:4]).lower()
    text = plain(sentence)
    at = text.lower().find(opening)
    if len(opening.split()) < 2 or at <= 0:
        return ""
    prefix = text[:at]
    if prefix.rstrip().lower().endswith(" to"):
        prefix = prefix.rstrip()[:-3] + " "  # "is to pull ...": the infinitive is the point's
    match = _SPECIFIED.search(prefix)
    if match is None or _ANAPHOR.match(match.group("x").strip()):
        return ""
    phrase = match.group("np")
    return f"What {match.group('v').lower()} {phrase[:1].lower()}{phrase[1:]}?"


# "Best practice is to plan the ending together ...", "The right move is to tell a supervisor
# ...": a sentence naming the act a practice calls for, with the occasion left to its context.
_PRACTICE_IS = re.compile(
    r"^(?:(?:so|then|here),?\s+)?(?P<np>(?:(?:best|standard|good|recommended|sound)\s+practice)|"
    r"the\s+(?:best|right|safest|wisest|most\s+helpful)\s+(?:move|response|approach|step|course))"
    r"\s+(?:is|was)\s+to\s+[a-z]",
    re.I,
)


# "Calling for help and giving naloxone are the first priorities": a subject picked out by a
# superlative or ordinal predicate (English: "the first N" identifies one answer).
_SINGLED_OUT = re.compile(
    r"^(?P<s>[A-Z][^,;:]{3,80}?)\s+(?P<v>is|are)\s+(?P<np>the\s+(?:first|most|best|main|top|"
    r"single most)\s+[a-z][\w -]{2,40})$"
)


# "While they wear many hats, the most vital role is about creating a space where ...": a
# superlative or ordinal subject specified by its predicate (English: a specificational copular
# sentence, "the N is X", identifies the one X, as "X is the first N" does in the other order).
_SUPERLATIVE_SPECIFIED = re.compile(
    r"(?:^|[,;:]\s+)the\s+(?P<np>(?:single\s+)?most\s+[a-z]+|main|primary|first|biggest)\s+"
    r"(?P<n>role|responsibility|job|task|duty|priority|goal|skill|part)\s+"
    r"(?:of\s+(?P<of>(?:an?|the)\s+[^,;]{3,50}?)\s+)?is\s+(?:about\s+|to\s+)?(?P<y>[^;]{8,})$",
    re.I,
)


# The role a title names, with its article ("a Certified Peer Specialist") or in the plural.
_ROLE_WITH_ARTICLE = re.compile(rf"\b(?:an?|the)\s+(?:{alternation(_V.role_words)})s?\b", re.I)
_ROLES_PLURAL = re.compile(rf"\b(?:{alternation(_V.role_words)})s\b", re.I)


def _specified_superlative_question(read: ReadLesson, point: MainPoint) -> str:
    """ "What is the most vital role of a Certified Peer Specialist?" for a point that a sentence
    of the article gives as the value of a superlative role ("the most vital role is about
    creating a space where peers feel heard and validated"): the point's content words mostly in
    that value. Whose role it is: the sentence's "of" phrase, else the role the title names with
    its article; "" when neither names one (a stem must say whose)."""
    for sentence in read.sentences:
        found = _SUPERLATIVE_SPECIFIED.search(sentence.plain.strip().rstrip("."))
        if found is None or recall(point.text, found.group("y")) < 0.6:
            continue
        owner = found.group("of") or ""
        if not owner:
            title = plain(read.lesson.title)
            named = _ROLE_WITH_ARTICLE.search(title) or _ROLES_PLURAL.search(title)
            owner = named.group(0) if named else ""
        if owner:
            return f"What is the {found.group('np').lower()} {found.group('n').lower()} of {owner}?"
    return ""


# "The best way to establish ground rules is to create them ...": a sentence opening on the
# superlative it answers (English: the subject noun phrase, "the best way to X", is what "What
# is ...?" asks for, the complement the answer).
_SUPERLATIVE_SUBJECT = re.compile(
    r"^(?P<np>the\s+(?:single\s+)?(?:best|most\s+[a-z]+|safest|right)\s+"
    r"(?:way|approach|response|time|place|step|thing)\s+(?:to|for)\s+[^,;:]{3,80}?)\s+"
    r"(?:is|would be)\s+(?!not\b)\S",
    re.I,
)


def _superlative_subject_question(sentence: str) -> str:
    """ "What is the best way to establish ground rules?" for a sentence that opens on it."""
    match = _SUPERLATIVE_SUBJECT.match(plain(sentence).strip())
    if match is None or rx.search(r"\b(?:this|that|these|those|it|them|they)\b", match["np"], re.I):
        return ""  # (a stem must stand alone: "the best way to handle it" points outside)
    return f"What is {match['np'][:1].lower()}{match['np'][1:]}?"


# "For adults, contact ... has been found to be the most effective way to reduce stigma": a
# superlative predicate that names its own occasion ("way to reduce stigma"), a scope set off
# before the subject (English: the superlative identifies one answer, the infinitive says for
# what).
_SUPERLATIVE_OWN = re.compile(
    r"^(?P<f>(?:among|for|in|with|across)\s+[^,]{2,40},\s+)?(?P<s>[^,;:]{3,90}?)\s+"
    r"(?P<v>is|are|(?:has|have) been (?:found|shown) to be|(?:was|were) found to be)\s+"
    r"(?P<np>the\s+(?:single\s+)?(?:most\s+[a-z]+|best|strongest|safest)\s+"
    r"(?:ways?|approach(?:es)?|strateg(?:y|ies)|methods?|means|tools?|predictors?)\s+"
    r"(?:to|of|for)\s+[^,;]{3,80})$",
    re.I,
)


def _superlative_own_question(text: str) -> str:
    """ "For adults, what has been found to be the most effective way to reduce public stigma?"
    for a point that says what it is (the subject, then the superlative with its occasion)."""
    match = _SUPERLATIVE_OWN.match(text.strip().rstrip("."))
    if match is None or _ANAPHOR.match(match.group("s").split()[0]):
        return ""
    fronted = match.group("f") or ""
    opening = f"{fronted[:1].upper()}{fronted[1:]}what" if fronted else "What"
    return f"{opening} {match.group('v').lower()} {match.group('np')}?"


def _singled_out_question(read: ReadLesson, text: str) -> str:
    """ "What are the first priorities when responding to a suspected opioid overdose?" for a point
    saying what the first priorities are, its occasion the title's activity; "" when the title
    names none (a stem must say in what the thing is first)."""
    match = _SINGLED_OUT.match(claim(text).strip(" ."))
    if match is None or _ANAPHOR.match(match.group("s").split()[0]):
        return ""
    if rx.search(r"\b(?:of|in|for|when|to)\b", match.group("np")):
        return ""  # the predicate says its own occasion: not this rule's
    activity = _activity(plain(read.lesson.title).split(":")[-1])
    if not activity:
        return ""
    activity = " ".join(_untitled(w, read.lesson.body) for w in activity.split())
    return f"What {match.group('v')} {match.group('np')} when {activity}?"


def _practice_question(read: ReadLesson, source: Sentence) -> str:
    """The question a sentence naming the act a practice calls for answers, its occasion taken
    from the title's activity ("Ending a Peer Support Relationship": "What is best practice when
    ending a peer support relationship?") or from a "when" clause opening the sentence before
    ("When someone describes a plan to hurt a named person, ...": "What should a peer specialist
    do when someone describes ...?"); "" when neither gives one (English: the occasion of an
    instruction is set by its context)."""
    named = _PRACTICE_IS.match(plain(source.plain))
    if named is None:
        return ""
    title = plain(read.lesson.title).split(":")[-1]
    if activity := _activity(title):
        activity = " ".join(_untitled(w, read.lesson.body) for w in activity.split())
        np = named.group("np")
        return f"What is {np[:1].lower()}{np[1:]} when {activity}?"
    before = read.previous(source)
    occasion = _INSTRUCTED.match(plain(before.plain)) if before is not None else None
    if (
        occasion is None
        or before.paragraph != source.paragraph
        or rx.search(r"\b(?:you|your|I|we)\b", _occasion(occasion), re.I)
    ):
        return ""
    return f"What should a peer specialist do {_occasion(occasion)}?"


# "Feeling drained ... is an early warning sign of burnout": a subject said to be a member of a
# class ("a(n) N of X"), asked as "Which of the following is an early warning sign of burnout?"
# (English: an indefinite predicate nominal classifies its subject).
_CLASSIFIED = re.compile(
    r"^(?P<s>[A-Z][^;:]{8,140}?)\s+is\s+(?P<np>(?:an?|one)\s+[\w' -]{2,40}?\s+of\s+"
    r"[\w' -]{3,60})$"
)


# A word opening a clause inside a noun phrase ("What she said next", "People who ...").
_CLAUSE_OPENER = r"\b(?:that|which|who|whom|whose|what|when|whenever|where|if|because|since)\b"


def _classified_question(text: str) -> str:
    """The class question of a point saying what its subject is a member of; "" otherwise (not
    for a subject that only points back, "This is a sign of ...", nor one holding a clause)."""
    match = _CLASSIFIED.match(claim(text).strip(" ."))
    if match is None:
        return ""
    subject = match.group("s")
    if _ANAPHOR.match(subject.split()[0]) or rx.search(_CLAUSE_OPENER, subject, re.I):
        return ""
    return f"Which of the following is {match.group('np')}?"


# "Intrusive images, trouble sleeping or feeling numb ... are signs of secondary traumatic
# stress": a series of what shows, said to signal one condition (English: "signs of X" names
# what the signs point to).
_SIGNS_OF = re.compile(
    r"^(?P<s>[A-Z][^;:]{8,220}?)\s+(?P<v>are|is)\s+(?:(?:common|typical|classic|early|likely)\s+)?"
    r"(?P<n>(?:warning\s+)?(?:signs?|symptoms?|hallmarks?|indicators?|red flags?))\s+of\s+"
    r"(?P<x>[\w' -]{3,60})$"
)


def _signified_question(text: str) -> str:
    """ "A, B, or C ... are signs of:" for a point saying a series of signs points to one
    condition; the condition completes it (item writing: given the signs, name what they are
    signs of, as an incomplete statement). Only for a series (two commas, or a coordinator):
    one sign "is a sign of X" asks which is one (`_classified_question`)."""
    match = _SIGNS_OF.match(claim(text).strip(" ."))
    if match is None:
        return ""
    subject = match.group("s")
    if rx.match(r"^(?:this|that|these|those|it|they|such)\b", subject, re.I) or not (
        subject.count(",") >= 2 or rx.search(r"\b(?:and|or)\b", subject)
    ):
        return ""
    return f"{subject} {match.group('v')} {match.group('n')} of:"


# "Certified Peer Specialists play a vital role in supporting individuals ...": what the subject
# does, framed as its role (English: "play a role in" + a gerund names a function).
_PLAYS_ROLE = re.compile(
    r"^(?P<s>[A-Z][\w' -]{2,60}?)\s+(?P<v>plays?|play)\s+an?\s+(?:[\w-]+\s+){0,2}?role\s+in\s+"
    r"(?P<y>[a-z]+ing\b.+)$"
)


def _role_question(text: str) -> str:
    """ "What role do X play?" for a point saying X plays a role in doing something; "" else."""
    match = _PLAYS_ROLE.match(claim(text).strip(" ."))
    if match is None or _ANAPHOR.match(match.group("s").split()[0]):
        return ""
    verb = "does" if match.group("v") == "plays" else "do"
    return f"What role {verb} {_mid_sentence(match.group('s'))} play?"


def _mid_sentence(subject: str) -> str:
    """A sentence's subject as it reads inside a question: the sentence's capital goes
    ("Recovery coaches" → "recovery coaches"); a name's stays ("Certified Peer Specialists", whose
    other words are capitalised too; "ROSC")."""
    first, _, rest = subject.partition(" ")
    if not (first.isupper() and len(first) > 1) and (
        rest == rest.lower() or first.lower() in ("a", "an", "the")
    ):
        return f"{first[:1].lower()}{first[1:]} {rest}".strip()
    return subject


# "Peer support for someone coming home centers on the person's own priorities": what the
# subject's attention goes to; "Veteran-to-veteran support works because ...": why it works
# (English: a verb with "on" and its object, a verb of success and its reason clause).
_OBJECT_ON = re.compile(
    r"^(?P<s>[A-Z][^,;:]{3,80}?)\s+(?P<v>focuses|focus|centers|center|centres|centre|relies|rely)"
    r"\s+on\s+\S"
)
_WORKS_BECAUSE = re.compile(
    r"^(?P<s>[A-Z][^,;:]{3,80}?)\s+(?P<v>works|work|helps|help|succeeds|succeed|matters|matter)"
    r"\s+because\s+\S"
)


def _reason_or_object_question(text: str) -> str:
    """ "What does X focus on?" or "Why does X work?" for a point saying so of a subject that
    names something (no pronoun, no instruction before it); "" otherwise."""
    point = claim(text).strip(" .")
    for pattern, ask in (
        (_OBJECT_ON, "What {aux} {s} {v} on?"),
        (_WORKS_BECAUSE, "Why {aux} {s} {v}?"),
    ):
        match = pattern.match(point)
        if match is None:
            continue
        subject = match.group("s")
        words = subject.split()
        if _ANAPHOR.match(words[0]) or rx.search(_CLAUSE_OPENER, subject, re.I):
            return ""
        if is_instruction(words) or rx.search(r"\band\b", subject):
            return ""  # "Strip it down and X works ...": a frame, not the subject
        verb = match.group("v").lower()
        base = lemmas_of(verb).get("VERB", (verb,))[0]
        aux = "does" if verb != base else "do"
        return ask.format(aux=aux, s=_mid_sentence(subject), v=base)
    return ""


# "Letting silence sit for a moment gives the person time to think": an act of the helper's, as
# a gerund subject, and what it does for the person.
_ACT_SERVES = re.compile(
    r"^(?P<g>[A-Z][a-z]+ing\b[^,;]{2,60}?)\s+(?P<v>gives|helps|lets|allows|offers|buys|shows|"
    r"tells|protects|keeps)\s+(?P<r>(?:the|a|an|people|someone|them|their)\b.{8,})$"
)


def _benefit_question(text: str) -> str:
    """ "Why might a peer specialist let silence sit for a moment?" for a point saying what an
    act does for the person ("Letting silence sit for a moment gives the person the time they
    need ..."): what an act does for someone is why one does it (English: an effect stated of an
    act answers "why" as a purpose; item writing: a reason asked of the reader's own act)."""
    served = _ACT_SERVES.match(claim(text).strip(" ."))
    if served is None:
        return ""
    act = served.group("g").split()
    if not is_gerund(act[0].lower()) or _ANAPHOR.match(act[0]):
        return ""
    return f"Why might a peer specialist {from_gerund(served.group('g'))}?"


def _condition_question(text: str) -> str:
    """A main point that says when to act ("Peer specialists should seek supervision whenever they
    need guidance ...") asks "When should peer specialists seek supervision?" (English: a question
    of the time adjunct, the modal before the subject)."""
    norm = _NORM_CONDITIONED.match(plain(text).strip())
    if norm and not rx.match(r"^(?:it|this|that|they|these|those)\b", norm.group("s"), re.I):
        # "Physical touch is appropriate only when ...": "When is physical touch appropriate?"
        # (English: the question of the condition, the copula before the subject)
        subject = norm.group("s")
        first = subject.split()[0]
        # (an acronym keeps its capitals, "WRAP"; "A" is a word of one letter)
        subject = (
            subject if len(first) > 1 and first.isupper() else subject[:1].lower() + subject[1:]
        )
        return f"When {norm.group('c').lower()} {subject} {norm.group('a').lower()}?"
    match = _CONDITIONED.match(plain(text).strip())
    if match is None or rx.match(r"^(?:it|this|that|they|he|she|you|we)\b", match.group("s"), re.I):
        return ""
    if rx.match(
        r"^(?:because|since|although|though|if|unless|while|as|whereas)\b", match.group("s"), re.I
    ):
        return ""  # "Because naloxone can wear off ...": a subordinate clause, not the subject
    subject = match.group("s")
    subject = subject if subject[:2].isupper() else subject[:1].lower() + subject[1:]
    return f"When {match.group('m').lower()} {subject} {match.group('vp')}?"


def _title_as_question(title: str, body: str = "") -> str:
    """A title that is an indirect question ("How Peer Specialists Ignite Hope in Clients", "Why
    Hope Comes First", "What Housing First Actually Means") as the direct question (English
    grammar of indirect questions):

    - the wh-word as subject keeps the order ("What Makes Group Work" -> "What makes group
      work?");
    - an auxiliary or modal moves before the subject ("Why Peers Should Know ..." -> "Why should
      peers know ...?", "What X Is" -> "What is X?");
    - a lexical verb takes do-support in its own tense and the base form ("What X Means" -> "What
      does X mean?", "Where X Came From" -> "Where did X come from?").

    An intensifier that only says the answer is the true one ("really", "actually") is dropped.
    Title case is undone except for names the body writes with their capital."""
    text = plain(title).split(":")[-1].strip()
    match = rx.match(r"^(how|why|what|where|who)\s+(.+)$", text, re.I)
    if not match or text.endswith("?"):
        return ""
    wh = match.group(1).capitalize()
    titled = [w for w in match.group(2).split() if w.lower() not in _INTENSIFIERS]
    words = [_untitled(w, body) if body else (w if w.isupper() else w.lower()) for w in titled]
    for i in range(len(words) - 1, 0, -1):
        # (a name of several words keeps all its capitals: "Housing First", where the body's
        # sentence may open on "Housing")
        if words[i] != words[i].lower() and f"{titled[i - 1]} {titled[i]}" in body:
            words[i - 1] = titled[i - 1]
    for i in range(1, len(words)):
        # (and its words after the first, which the body writes after a capital: "of Housing
        # First")
        if words[i - 1] != words[i - 1].lower() and f"{titled[i - 1]} {titled[i]}" in body:
            words[i] = titled[i]
    if wh in ("What", "Who") and _third_person(words[0].lower()):
        return f"{wh} {' '.join(words)}?"  # the wh-word is the subject
    at = next(
        (
            i
            for i, w in enumerate(words[1:6], start=1)
            if w.lower() in _AUXILIARIES
            or (
                "VERB" in (lemmas := lemmas_of(w))
                and ("NOUN" not in lemmas or w.endswith("s") or is_past(w))
                # (not after an adjective, whose noun it is; a word no lexicon knows,
                # "warmlines", is a noun)
                and not (lemmas_of(words[i - 1]).keys() or {"NOUN"}) <= {"ADJ"}
            )
        ),
        -1,
    )
    if at <= 0:
        return ""
    subject = " ".join(words[:at])
    if subject.lower().split()[0] in _NO_CONCEPT:
        return ""  # "Why That Matters": a pronoun points outside the question
    verb = words[at].lower()
    rest = " ".join(words[at + 1 :])
    if verb in _AUXILIARIES:
        if verb in ("is", "are") and wh == "How":
            return ""  # "How X Is Changing": a progressive, not a question of manner
        return f"{wh} {verb} {subject} {rest}".strip() + "?"
    if is_past(verb):
        auxiliary = "did"
    else:
        plural = subject.lower().endswith("s") and not subject.lower().endswith("ss")
        auxiliary = "do" if plural else "does"
    topic = plain(title).split(":")[0].strip() if ":" in title else ""
    if (
        topic
        and not rest
        and base_form(verb) in _VERBS_OF_FINDING
        and 1 <= len(topic.split()) <= 6
        # (a noun phrase: no auxiliary, no question of its own)
        and not {w.lower() for w in topic.split()} & _AUXILIARIES
        and not rx.match(r"^(?:how|why|what|when|where|who)\b", topic, re.I)
    ):
        # "Syringe Services Programs: What Thirty Years of Research Actually Found": what was
        # found is found about the topic the title names before its colon (English: the
        # heading's topic is the question's).
        named = " ".join(_untitled(w, body) if body else w.lower() for w in topic.split())
        rest = f"about {named}"
    return f"{wh} {auxiliary} {subject} {base_form(verb)} {rest}".strip() + "?"


_VERBS_OF_FINDING = frozenset(["find", "show", "say", "tell", "reveal", "suggest", "learn"])


_INTENSIFIERS = frozenset(["really", "actually", "truly"])


def _untitled(word: str, body: str) -> str:
    """A title's word as running text writes it: lowercased, unless it is "I", an acronym, a
    word the body capitalises mid-sentence, or a name (a word no dictionary knows that the body
    writes with its capital)."""
    bare = word.strip("\"'\u201c\u201d")
    # (after a word in lower case: after a capital the word may be a name's second word, "the
    # Office of Mental Health", which says nothing of "health" in "Physical Health")
    inside = rx.search(rf"(?:^|\s)[a-z][\w'-]*[,;]? {re.escape(bare)}\b", body)
    name = not lemmas_of(bare.lower()) and rx.search(rf"\b{re.escape(bare)}\b", body)
    # ("I'm": the pronoun keeps its capital in its contractions; a word opening a quotation,
    # '"Just', opens the sentence quoted, and keeps its capital too; English capitalisation)
    pronoun = rx.fullmatch(r"I(?:['\u2019](?:m|ve|ll|d))?", bare)
    if pronoun or bare.isupper() or inside or name or word[:1] in '"\u201c':
        return word
    return word.lower()


def _reads_as_act(text: str) -> bool:
    """Whether a main point may say what to do, as far as its form shows: anything but a
    statement of what a thing is ("Vicarious trauma is the slow change ...", "Intrusive images
    ... are signs of secondary traumatic stress"), which answers no question of what to do
    (English: a copula with a noun phrase after it classifies or defines its subject)."""
    said = claim(text).strip()
    if rx.search(r",\s+so\s+you\s+[a-z]+", said, re.I):
        return True  # ("X is a boundary decision, so you respond warmly ...": what to do follows)
    defined = rx.match(
        r"^(?P<s>[A-Za-z][^;:]{2,160}?)\s+(?:is|are|means|refers to)\s+(?P<p>(?:an?|the|one|"
        r"signs?|symptoms?|examples?)\b.*)$",
        said,
        re.I,
    )
    if defined is None:
        return True
    subject = defined.group("s").lower()
    # (what the role or a person does is said of them: "The peer's job is to ...")
    return bool(_ROLE_MENTION.search(subject)) or bool(rx.match(r"^to\s", defined.group("p")))


def _title_as_situation(title: str, body: str) -> str:
    """A title naming an occasion ("When Family Calls") asks what the role does on it: "What
    should a peer specialist do when family calls?"; "When to Ask for Supervision" asks "When
    should a peer specialist ask for supervision?" (English: a "when" clause standing alone as a
    title names the situation the text answers for; "when to V" is "when one should V"). Title
    case is undone except for names, words the body capitalises mid-sentence, and the reader
    ("you") becomes the peer specialist the question is about."""
    part = next(
        (p.strip() for p in reversed(plain(title).split(":")) if rx.match(r"\s*when\s", p, re.I)),
        "",
    )
    # ('"You Should Come!" What to Do When Someone You Support Invites You to a Party': a
    # headline's "what to do when X", "how to respond when X", asks the same; English, an
    # infinitival question names what one should do)
    headline = rx.search(r"\b(?:what to do|how to respond)\s+(?P<w>when\s.+)$", plain(title), re.I)
    if not part and headline:
        part = headline.group("w").strip()
    words = part.split()[1:]
    if len(words) < 2 or part.endswith("?"):
        return ""
    # ("When You See Someone You Support": "you" as a subject is "they", as an object "them")
    clause = generic_you(
        " ".join(w.lower() if _untitled(w, body) == w.lower() else w for w in words)
    )
    if words[0].lower() == "to":
        return f"When should a peer specialist {clause[3:]}?"
    return f"What should a peer specialist do when {clause}?"


def _subject(read: ReadLesson, text: str) -> str:
    """A short noun-phrase subject of the main point's clause ("Hope acts as ..." -> "hope").

    Its verb is one of a few verbs of description, or any verb in the third person of the present
    when the subject names what the lesson is about, sharing a content word with the title or a
    heading ("An objective note records ...": English's generic present says what a kind of thing
    does)."""
    said = claim(text)
    if not rx.match(_NOT_SUBORDINATE, said):
        return ""
    words = said.split()
    for length in range(1, min(5, len(words))):
        subject, verb = words[:length], words[length]
        if not all(rx.fullmatch(r"[A-Za-z][\w'-]*", w) for w in subject):
            return ""
        if verb in _DESCRIBING or _third_person(verb):
            break
    else:
        return ""
    topic = " ".join([read.lesson.title, *{s.heading for s in read.sentences}])
    if (
        is_gerund(subject[0])
        or subject[0].lower() in _NO_CONCEPT
        # ("Ray is sixty-one and ...": a person of the case is no concept a stem asks about)
        or set(subject) & story_people(read.sentences)
        or not content_stems(" ".join(subject))
        # (the clause as `answer_for` parses it, which makes the key: "Peer support traces back
        # to ..." is read there with "support traces" as a noun phrase, so it is asked nothing)
        or (verb not in _DESCRIBING and finite_verb(words) != length)
        or (verb not in _DESCRIBING and not content_stems(" ".join(subject)) & content_stems(topic))
    ):
        return ""
    named = " ".join(subject)
    return named if named[:2].isupper() else named[:1].lower() + named[1:]


def _third_person(word: str) -> bool:
    """A verb's third person singular present ("records", "teaches"), not a plural noun alone."""
    verbs = lemmas_of(word).get("VERB", ())
    return word.endswith("s") and bool(verbs) and word not in verbs


_DESCRIBING = frozenset(
    [
        "is",
        "are",
        "acts",
        "act",
        "gives",
        "give",
        "helps",
        "help",
        "means",
        "builds",
        "creates",
        "starts",
        "works",
        "matters",
        "comes",
    ]
)
# A pronoun, a relative word or the infinitive's "to" names no concept ("She writes ...", "There
# is ...", "It means ...", "To give ...").
_NO_CONCEPT = frozenset(
    [
        "i",
        "you",
        "he",
        "she",
        "it",
        "we",
        "they",
        "this",
        "that",
        "these",
        "those",
        "there",
        "which",
        "who",
        "what",
        "someone",
        "everyone",
        "to",
    ]
)


# --- the kinds -----------------------------------------------------------------------------------


# A fronted adjunct of circumstance ("With a court-mandated participant, ..."); one of time or
# condition ("When someone is in crisis, ...") may be the very answer a "When ...?" asks for.
_FRONTED_ADJUNCT = re.compile(
    r"^(?:with|without|for|by|from|under|among|between|through|despite|regardless of)\b", re.I
)


def key_wordings(answer: str) -> list[str]:
    """The answer and its shorter wordings. A shorter wording is a key only while it still states
    something: a head and what qualifies it, three content words at least ("An ongoing process" has
    lost what recovery is a process of)."""
    # (the least cut first: the longest wording that makes a good item keeps most of the claim)
    # (a cut ends where a phrase can end: "asking about thoughts, and" is cut at its comma)
    cuts = [rx.sub(r",?\s+(?:and|or|but)$|,$", "", t) for t in shorter(answer)]
    found = [
        t
        for t in dict.fromkeys(cuts)
        if len(content_stems(t)) >= 3
        and t != answer
        # ("... with lived experience, used": a cut leaving one word after its comma leaves that
        # word's phrase unsaid)
        and not rx.search(r",\s*\S+$", t)
        # ("With a court-mandated participant", cut from "With a court-mandated participant,
        # the peer specialist should explain ...": a fronted adjunct alone says nothing of what
        # the clause after it states; English, the adjunct only sets the scene)
        and not (_FRONTED_ADJUNCT.match(t) and answer.startswith(t + ","))
        # ("... explore their ambivalence by weighing", cut from "by weighing, in their own
        # words, the pros and cons ...": a gerund after a preposition, its object after the
        # aside the cut falls at, is left without it; English, a transitive verb's object)
        and not (
            rx.search(r"\b(?:by|of|for|about|from|through)\s+[a-z]+ing$", t)
            and rx.match(
                r",\s+[^,]{2,40},\s+(?:the|a|an|their|his|her|its|what|how)\b", answer[len(t) :]
            )
        )
        # ("A guided conversation that gathers a person's skills", cut from "... a person's
        # skills, talents, interests, personal qualities and hopes": the first member of a
        # series said as if it were the whole; English, the members after the comma are
        # coordinate with the word before it, not a phrase set off from it)
        # (a cut that is the series' first member and no more, "Recovery community
        # organizations", is one instance of what the series lists, and stays)
        and not (answer.startswith(t) and _series_goes_on(t, answer[len(t) :]) and _holds_member(t))
    ]
    return [answer, *sorted(found, key=len, reverse=True)]


# What follows a cut that leaves a series unfinished: more members, short and comma-separated,
# up to the "and" or "or" before the last (", talents, interests and hopes").
_SERIES_GOES_ON = re.compile(
    r"^,\s+(?P<m>[\w'-]+(?:\s+[\w'-]+)?)(?:,\s+[\w'-]+(?:\s+[\w'-]+)?)*,?\s+(?:and|or)\s+\w"
)


def _series_goes_on(cut: str, rest: str) -> bool:
    """Whether `rest`, what `cut` leaves off, is the rest of a series of words of one or two
    ("talents, interests and hopes"); not a phrase set off by a comma that opens with a
    preposition or an adverb (", unlike passive or ...", ", usually a supervisor, ..."), nor a
    participle's phrase after a noun (", following policy and ..."): members of a series are
    alike in form, so an -ing member follows an -ing phrase ("checking the rules, consulting
    and weighing options"; English: coordination joins like with like)."""
    found = _SERIES_GOES_ON.match(rest)
    if found is None:
        return False
    first = found.group("m").split()[0].lower()
    if is_gerund(first) and not any(is_gerund(w.lower()) for w in cut.split()[-3:]):
        return False
    lemmas = lemmas_of(first)
    return first not in PREPOSITIONS | _SET_OFF_BY and not (
        lemmas and set(lemmas) <= {"ADV", "ADP"}
    )


def _holds_member(cut: str) -> bool:
    """Whether a cut holds a series' first member inside a phrase of its own (after a verb, a
    preposition or a relative word: "... that gathers a person's skills"), whose claim the rest
    of the series completes."""
    words = [w.lower().strip(",;:") for w in cut.split()]
    return finite_verb(words) >= 0 or any(
        w in PREPOSITIONS or w in ("before", "after", "that", "which", "who", "what", "to")
        for w in words
    )


# Words that open a phrase set off by a comma, never a series' member ("unlike", "including").
_SET_OFF_BY = frozenset(["unlike", "like", "including", "except", "despite", "without", "than"])


def _main_point_plans(
    read: ReadLesson, point: MainPoint, mined: Sequence[Mined], bank: Sequence[WrongOption]
) -> list[_Plan]:
    stem = _main_point_stem(read, point)
    if not stem:
        return []
    plans = _main_point_stem_plans(read, point, stem, mined, bank)
    if (unset := _main_point_stem(read, point, scene=False)) and unset != stem:
        # (a case's opening request asked first, then the question the point answers without
        # the scene, tried when the scene's drafts fail: item writing, the scenario item where
        # the article gives its options, else the concept's)
        plans += _main_point_stem_plans(read, point, unset, mined, bank)
    # The point asked in its own form ("X starts with Y": "What is the first step in X?"), tried
    # when the key question's form admits too few wrong options ("How would ... begin?" wants
    # "By ..." options; the article rules out noun phrases).
    source = read.by_id(point.source_sentence_id)
    purpose = _importance_as_purpose(stem)
    own = (
        _condition_question(point.text)
        or _first_step_question(point.text)
        or (_situated_superlative(source.plain) if source is not None else "")
        or _beginning_as_first_step(stem)
        or purpose
    )
    if own and own != stem:
        plans += _main_point_stem_plans(read, point, own, mined, bank)
        # The same question without its setting ("... of boundaries", not "... of boundaries in
        # the peer relationship"), for a key that repeats the setting's words (R4: a clue).
        bare = rx.sub(r" (?:in|for|to|within) [^?]{3,80}\?$", "?", own)
        if own == purpose and bare != own:
            plans += _main_point_stem_plans(read, point, bare, mined, bank)
    # A definition asked as a description ("A WRAP is a plan the person designs ..."): the form
    # that takes the noun phrases an article rules out ("It is not a treatment plan ...") when
    # the key question's form ("What is the purpose of ...?" wants "To ...") takes none.
    concept = _concept(read, point)
    described = _description_question(point, concept) if concept else ""
    modified = rx.search(rf"\b(?P<m>[a-z][\w-]+) {re.escape(concept)}\b", stem, re.I)
    # (a word of the closed classes before it, "does validation", "of validation", modifies
    # nothing: an auxiliary, a preposition or a determiner is no modifier, English)
    if concept and modified and modified.group("m").lower() not in STOPWORDS:
        # "Which is an example of community recovery capital?" is about a kind of the concept
        # ("recovery capital"): what the article rules out answers for that kind, and may be
        # another kind of the concept itself (English: a modifier narrows its head noun).
        described = ""
    if described and described not in (stem, own):
        plans += _main_point_stem_plans(read, point, described, mined, bank)
    return plans


# "A person notices ...", "Someone asks ...": a doer standing for anyone.
_GENERIC_DOER = re.compile(r"^(?:(?:a|the) person|someone|somebody|anyone)\s+(?=[a-z]+s\b)", re.I)
# "People get ...", "Peers share ...": a plural doer standing for anyone.
_GENERIC_DOERS = re.compile(r"^(?:people|peers)\s+(?=[a-z]+\b)", re.I)
# Verbs of a plural subject that say no act: the copula and the auxiliaries ("People are ...").
_NOT_ACTS = frozenset(
    ["are", "were", "be", "have", "do", "can", "could", "may", "might", "must", "should", "will"]
)
# "What does X mean?", "Which of the following best describes X?": a question for what X is.
_DESCRIBED = re.compile(r"\bbest describes\b|\bmean\?$", re.I)


# A negation in a statement ("Compliance is not one of the principles", "never", "isn't").
_DENIES = re.compile(r"\b(?:not|no|never|neither|nor)\b|n't\b", re.I)


def _denied_by(point: str, key: str) -> bool:
    """Whether `key` says what a clause of `point` denies: "Compliance with treatment" in
    "Compliance with treatment is not one of the principles", not "Specific and timely" in "It is
    specific and timely; it never targets character" (English: a negation's scope is its clause;
    clauses are joined by a semicolon, or by a comma and a conjunction)."""
    wanted = content_stems(key)
    return any(
        _DENIES.search(clause) and len(wanted & content_stems(clause)) >= len(wanted) / 2
        for clause in rx.split(r";\s+|,\s+(?:but|while|whereas|and)\s+", point)
    )


def _main_point_stem_plans(
    read: ReadLesson,
    point: MainPoint,
    stem: str,
    mined: Sequence[Mined],
    bank: Sequence[WrongOption],
) -> list[_Plan]:
    source = read.by_id(point.source_sentence_id)
    if speech := _speech_plan(read, stem, mined, point):
        return [speech]
    answer = answer_for(stem, point.text)
    if not answer:
        return []
    endorsed = [
        (sentence_id, phrase) for sentence_id, (phrase, yes) in quoted_options(read).items() if yes
    ]
    asked_example = EXAMPLE_STEM.search(stem)
    model = asked_example and (
        model_example(read, asked_example.group("x"))
        # Else an instance the lesson gives of one of the concept's forms: any instance of X
        # answers "Which is an example of X?" (the one of most words, nearest in form to the
        # whole utterances quoted as examples of something else).
        or max(
            named_instances(read, asked_example.group("x"))
            # (or an act of a series said to be examples of X: "Nodding, ... or repeating a
            # single key word ... are all examples.")
            or listed_instances(read, asked_example.group("x"))
            # (or an act cited as one: "..., like telling someone not to worry ...")
            or cited_instances(read, asked_example.group("x")),
            key=lambda found: len(found[1].split()),
            default=None,
        )
    )
    if asked_example and len(endorsed) == 1:
        # "Which is an example of X?": the example the article endorses as the answer, not the
        # definition of X ('"A person living with X" is the person-first choice.').
        sentence_id, answer = endorsed[0]
        source = read.by_id(sentence_id) or source
    elif model:
        # "Which is the best example of X?": the quotation the lesson holds up as an X ("the model
        # sentence "I feel ..."") answers it, not the definition of X (item writing: asked for an
        # instance, the key is an instance, in the form of the quotations it stands among).
        source, answer = model
    plans: list[_Plan] = []
    # A quotation is the speaker's words: no shorter wording of it is tried (English: a cut
    # quotation misquotes).
    variants = [answer] if model and answer == model[1] else key_wordings(answer)
    # (asked what X means or what describes it, "People get housing without ..." is said of
    # X as what anyone does in it: "Getting housing without ...")
    described = asked_example or _DESCRIBED.search(stem)
    # (the point as it answers a question for what X is: "In Housing First, people get ..." says
    # it after its setting)
    said = point.text if asked_example else answer
    doer = (
        (_GENERIC_DOER.match(said) or _GENERIC_DOERS.match(said))
        if described and not model
        else None
    )
    if doer:
        # "Which is an example of urge surfing?" + "A person notices a craving, pays attention
        # ..., and rides it out ...": what anyone does in it is the example, as an act
        # ("Noticing a craving, paying attention ..., and riding it out ..."), the form of the
        # acts an article rules out (English: a generic subject's predicate names the act); the
        # whole predicate, then its shorter wordings, so no act of the series is lost.
        verb, _, rest = said[doer.end() :].partition(" ")
        lemmas = lemmas_of(verb.lower()).get("VERB", ())
        # (a plural doer's verb is its base form, "People get ...": one agreeing with it, not
        # an auxiliary or the copula, which say what people are or may do, not an act)
        plural = doer.re is _GENERIC_DOERS
        agrees = (
            verb.lower() in lemmas and verb.lower() not in _NOT_ACTS
            if plural
            else verb.lower() not in lemmas
        )
        # (a pronoun taking up the doer, "the person understands what they agree to", loses its
        # antecedent with the subject; asked for an example, the gerund's doer is anyone)
        dangles = not asked_example and _THEY.search(rest)
        if lemmas and agrees and not dangles:
            acts = capitalise(gerund_predicate(lemmas[0], rest.strip(" .")))
            variants += [w for w in key_wordings(acts) if w not in variants]
    # "By asking ..." and "Ask ..." answer "How would ...?" and "What action ...?" as a gerund
    # phrase does ("Asking ..."), and a gerund phrase sits in one form with the noun phrases an
    # article rules out ("A list of clinical providers"): tried after the stem's own form.
    for text in list(variants):
        shape = shape_of(text)
        if _PURPOSE_STEM.search(stem) and (does := _DEFINED_BY_FUNCTION.match(text)):
            # "What is X used for?" + "An emergency antagonist that reverses an overdose": what a
            # thing is for is what its defining relative clause says it does (English), as an
            # act: "Reversing an overdose", the form of the uses an article rules out.
            verb = does.group("v").lower()
            lemmas = lemmas_of(verb).get("VERB", ())
            if lemmas and verb != lemmas[0]:
                act = gerund_predicate(verb, does.group("r").strip(" ."))
                variants.append(capitalise(_CONTRAST_TAIL_KEY.sub("", act).strip(" .,")))
        said_does = _SUBJECT_DOES.match(text) if _PURPOSE_STEM.search(stem) else None
        named = content_stems(said_does.group("s")) if said_does else frozenset()
        # (a subject the stem names: "It reverses ..." names nothing, whatever "it" was)
        if named and named <= content_stems(stem):
            # "Naloxone is used for what purpose?" + "Naloxone reverses an opioid overdose": what
            # the thing asked about does is its use, as an act ("Reversing an opioid overdose"),
            # the form of the uses an article rules out (English: the subject is given by the
            # stem, its predicate answers).
            verb = said_does.group("v").lower()
            lemmas = lemmas_of(verb).get("VERB", ())
            if lemmas and verb != lemmas[0] and verb not in _NO_USE_VERBS:
                act = gerund_predicate(verb, said_does.group("r").strip(" ."))
                variants.append(capitalise(_CONTRAST_TAIL_KEY.sub("", act).strip(" .,")))
        means = _BY_MEANS.search(text)
        if (
            means
            # (not "by nothing", "by something": a pronoun in "-thing" is no gerund)
            and not means.group("g").lower().startswith(("nothing", "something", "anything"))
            and (_ACTION_STEM.search(stem) or asks_action(stem))
            and len(text[: means.start()].split()) >= 3  # (a clause before it, not "By ...")
        ):
            # "Facilitators protect every member's chance to speak by setting gentle limits ...":
            # asked what to do, the means is the answer ("Setting gentle limits ..."), the form
            # of the acts an article rules out (English: "by" + gerund names how a thing is done).
            variants.append(capitalise(means.group("g")))
        if shape == "to" and (_ACTION_STEM.search(stem) or asks_action(stem)):
            # "The best response is to listen ...": asked what to do, the infinitive's act is an
            # instruction ("Listen ..."), the form an action stem takes (English: "to" only
            # marks the infinitive).
            variants.append(acts_closed(capitalise(bare_infinitives(text[3:]))))
        modal = _MODAL_ACT.match(text)
        if modal and rx.match(r"^how (?:should|would|can|do|does)\b", stem, re.I):
            # "How should a peer specialist approach spirituality?" + "It should explore what
            # gives the person meaning ...": the manner asked is the act the modal requires, as
            # a means ("By exploring ...", English: "how" is answered by "by" + gerund); its
            # shorter wordings too.
            means = "By " + to_gerund(modal.group("vp").strip(" ."))
            variants += [v for v in key_wordings(means) if v not in variants]
        elif (specified := _specified_act(text)) and (
            _ACTION_STEM.search(stem) or asks_action(stem)
        ):
            # "Peer support leans toward self-advocacy: helping people build ...", asked what to
            # do: the act the colon specifies (English: a colon of specification).
            variants += [v for v in key_wordings(specified) if v not in variants]
        elif modal and (_ACTION_STEM.search(stem) or asks_action(stem)):
            # "A peer specialist should always represent their role accurately ...", asked what
            # a peer specialist should do: the act the modal requires ("Representing their role
            # accurately"), the form of the acts an article rules out (English: the norm's verb
            # phrase names the act; "always" only says the norm holds everywhere).
            act = rx.sub(r"^(?:always|first|also)\s+", "", modal.group("vp").strip(" ."))
            variants += [v for v in key_wordings(capitalise(to_gerund(act))) if v not in variants]
        if shape == "by":
            variants.append(capitalise(text[3:]))
        elif rx.match(r"^(?:through|via|from)\s+(?:an?|the|their|the person's)\s", text, re.I):
            # "Through a planned, collaborative process": the means named by the preposition's
            # object, a noun phrase like the things an article rules out (item writing: options
            # of one form).
            variants.append(capitalise(text.split(" ", 1)[1]))
        elif shape == "base" and is_verb(text.split()[0]) and _verb_here(text):
            variants.append(capitalise(to_gerund(text[:1].lower() + text[1:])))
        elif required := _REQUIRED_OF.match(text):
            # "The person must understand what they agree to", asked what is required: the
            # requirement as a thing ("The person understanding what they agree to"), the form
            # of the things an article rules out ("A signature on the form"); English: a gerund
            # clause with its subject names the state of affairs the modal requires.
            variants.append(
                f"{required.group('s')} {to_gerund(required.group('v') + required.group('r'))}"
            )
        elif thing := _that_clause_as_thing(text):
            # "That the person directs the goals ...", beside acts ("Following the team's
            # plan"): the content clause as the state of affairs it names ("The person directing
            # the goals ..."; English: a gerund clause with its subject is a noun phrase).
            variants.append(thing)
    if (
        source is not None
        and not model
        and (_ACTION_STEM.search(stem) or asks_action(stem))
        and shape_of(answer) not in _ACT_SHAPES
        and source.plain.strip(" .") != point.text.strip(" .")
    ):
        # A main point given in other words than the sentence it rests on ("De-escalation starts
        # with your own calm") may not answer the stem in its form ("What should the peer
        # specialist do first?"), where the article's own sentence does ("...: staying calm,
        # speaking slowly ..."): its answer is tried after the point's (item writing: the key
        # is the article's answer to the stem).
        said = answer_for(stem, source.plain)
        first = said.split()[0].lower() if said else ""
        if said and (
            shape_of(said) in _ACT_SHAPES or (is_verb(first) and first == base_form(first))
        ):
            variants += [w for w in key_wordings(said) if w not in variants]
    purpose = purpose_of(point.text) if _PURPOSE_STEM.search(stem) else ""
    if purpose and purpose not in variants and not model:
        # "What is the purpose of postvention?": besides the definition's head ("The organized
        # response after a death"), what its relative clause says it does ("To support those
        # affected ..."), the form of the purposes an article rules out ("To get back to
        # normal"); its shorter wordings too
        variants += [w for w in key_wordings(purpose) if w not in variants]
    variants += [g for v in list(variants) if (g := _given_dropped(v, stem)) not in variants]
    # "Listening ... and offering resources but sharing nothing about the person": the act held
    # back said without the absolute, "without sharing anything about the person" (English: "V
    # nothing" after a contrast is "without V-ing anything"; item writing: no absolute in the
    # key alone).
    variants += [
        w for v in list(variants) if (w := _HELD_BACK.sub(r" without \g<v> anything", v)) != v
    ]
    # "Responding warmly but not deciding alone": the act held back said with "without"
    # ("Responding warmly without deciding alone"; English: "A but not B-ing" is "A without
    # B-ing"; item writing: no negative in the key alone)
    variants += [w for v in list(variants) if (w := _BUT_NOT.sub(r" without \g<v>", v)) != v]
    for text in variants:
        plan = _main_point_plan(read, point, stem, source, text, mined, bank)
        if plan is not None:
            plans.append(plan)
    if _DESCRIBED.search(stem) and not asked_example:
        # Asked what X means, the article's other definition of X ("Adultism means adults
        # assuming ..." in its conclusion) words the same answer again; its wordings are tried
        # after the point's own (discourse: a conclusion restates the definition).
        for sentence, said in _restated_definitions(read, point, stem, source):
            for text in key_wordings(said):
                if text not in variants:
                    plan = _main_point_plan(read, point, stem, sentence, text, mined, bank)
                    if plan is not None:
                        plans.append(plan)
    return plans


# A definition by a verb of defining ("X means ...", "X refers to ...", "X is defined as ...").
_DEFINING_VERB = r"(?:means|refers to|is defined as|are defined as)"


def _restated_definitions(
    read: ReadLesson, point: MainPoint, stem: str, source: Sentence | None
) -> list[tuple[Sentence, str]]:
    """Sentences other than the point's own that define its concept by a verb of defining, with
    the answer each gives to `stem`, when that answer agrees with the point (half its content
    words or more are the point's: the same definition, not another sense)."""
    concept = _concept(read, point)
    if not concept:
        return []
    defining = re.compile(rf"^(?:the\s+)?{re.escape(concept)}\s+{_DEFINING_VERB}\s", re.I)
    found = []
    for sentence in read.sentences:
        if sentence is source or not defining.match(strip_frames(sentence.plain)):
            continue
        said = answer_for(stem, sentence.plain)
        if said and recall(said, point.text) >= 0.5:
            found.append((sentence, said))
    return found


# A person the stem names without naming them: someone the options' "they" may take up.
_SOMEONE = re.compile(r"\b(?:someone|somebody|(?:a|the) (?:person|peer|participant))\b", re.I)
_THEY = re.compile(r"\b(?:they|them|their|themselves)\b")


def _scenario_plans(
    read: ReadLesson,
    point: MainPoint,
    stem: str,
    mined: Sequence[Mined],
    bank: Sequence[WrongOption],
) -> list[_Plan]:
    """ "What should a peer specialist do when family calls?" keyed by what the case's model peer
    specialist did, as the discussion recounts it ("He listened, pointed her to support of her
    own, and then took the question back to the person it belonged to"), with the responses the
    article faults as the wrong options (item writing: a scenario's right response is the act
    the article holds up; `model_helper_acts` keeps only a helper the article faults nowhere)."""
    if not (_ACTION_STEM.search(stem) or asks_action(stem)):
        # (a title naming an occasion asks what to do on it, whatever the main point says)
        stem = _title_as_situation(read.lesson.title, read.lesson.body) or vignette_situation(read)
    if not stem:
        return []
    plans: list[_Plan] = []
    # (or what the helper the discussion holds up did: "Carla showed cultural humility. She
    # approached Mai as the expert ...")
    modelled = [*model_helper_acts(read.sentences), *held_up_acts(read.sentences)]
    # (the stem's "someone" is whom the act's "they" and "them" stand for: "What should a peer
    # specialist do when someone wants to complain? Validating what they went through"; English
    # anaphora, the singular "they" takes up an indefinite person)
    person = _SOMEONE.search(_ROLE_MENTION.sub("", stem))
    for sentence, act in dict.fromkeys(modelled):
        alone = _THEY.sub("people", act) if person else act
        if len(act.split()) < 3 or not self_contained(alone):
            continue
        if _OMITTING.match(act):
            # ("Leaving out details that would shift the focus to them": asked for a response,
            # what the helper left out is how they did it, no response; item writing, the key
            # answers the question asked)
            continue
        plan = _main_point_plan(read, point, stem, sentence, act, mined, bank)
        if plan is not None:
            plans.append(replace(plan, kind="scenario"))
    return plans


# An act of leaving something out ("Leaving out details", "Holding back the story"): what a
# response omits, no response itself.
_OMITTING = re.compile(
    r"^(?:leaving|keeping|holding|skipping)\s+(?:out|back|off)\b|^(?:avoiding|refraining|"
    r"omitting|withholding|not)\b",
    re.I,
)


# "It should explore ...", "Peer specialists must ask ...": an act a modal requires of the role.
_MODAL_ACT = re.compile(
    rf"^(?:it|they|peers?|(?:an?\s+|the\s+)?(?:certified\s+)?(?:{alternation(_V.role_words)})s?)\s+"
    r"(?:should|must|needs? to|ought to)\s+(?P<vp>(?!be\b|have\b)[a-z]+\b.*)$",
    re.I,
)


_BUT_NOT = re.compile(r",?\s+but\s+not\s+(?P<v>[a-z]+ing)\b")
_HELD_BACK = re.compile(r",?\s+(?:but|and|yet)\s+(?P<v>[a-z]+ing)\s+nothing\b")


_THAT_SUBJECTS = frozenset(["a", "an", "the", "each", "every", "people", "their"])


def _that_clause_as_thing(text: str) -> str:
    """ "That each person has the right to ..." -> "Each person having the right to ...": a
    content clause opening on a determined subject of a few words and a verb in the present, as
    a gerund clause; "" for any other text."""
    words = text.split()
    if len(words) < 5 or words[0].lower() != "that" or words[1].lower() not in _THAT_SUBJECTS:
        return ""
    at = next(
        (
            i
            for i, w in enumerate(words[2:7], start=2)
            if w.lower() in ("has", "is") or _third_person(w.lower())
        ),
        0,
    )
    if not at or at >= len(words) - 1:
        return ""
    subject = " ".join(words[1:at])
    act = to_gerund(f"{base_form(words[at])} {' '.join(words[at + 1 :])}")
    return f"{capitalise(subject)} {act}"


# "The person must understand ...": a subject of a few words, a modal of necessity, its verb.
_REQUIRED_OF = re.compile(
    r"^(?P<s>(?:the|a|an|each|every) [\w'-]+(?: [\w'-]+)?) (?:must|needs to|has to) "
    # (not "must not share": a requirement negated is no state of affairs to name)
    r"(?!(?:not|never)\b)(?P<v>[a-z]+)(?P<r>\s.+)$",
    re.I,
)


_PREPOSITION = r"(?:on|in|at|within|for|from|about|during|with|to|of|by)\b"
_PREPOSITIONAL = re.compile(
    rf"\s(?:on|in|at|within|for|from|about|during)\s(?:(?:the|a|an|their|his|her)\s)?"
    # (a wh-word there opens a clause, "about whether they count", no noun phrase to drop)
    r"(?!(?:whether|what|who|how|when|where|which|why)\b)"
    rf"(?P<n>(?!{_PREPOSITION})[\w'-]+(?:\s(?!{_PREPOSITION})[\w'-]+){{0,2}})"
)


def _given_dropped(key: str, stem: str) -> str:
    """The key without a prepositional phrase that only repeats the stem ("Address a conflict with
    a coworker on the treatment team directly" under a stem set "on the treatment team"): what
    the stem has said is given, and a key repeating it is a clue (English: given information is
    left implicit; item writing: no stem words in the key). The phrase ends at its noun: the
    longest run of words all of which the stem holds."""
    given = content_stems(stem)
    for match in _PREPOSITIONAL.finditer(key):
        words = match.group("n").split()
        for size in range(len(words), 0, -1):
            said = content_stems(" ".join(words[:size]))
            if said and said <= given:
                end = match.start("n") + len(" ".join(words[:size]))
                if rx.match(r"\s+of\b", key[end:]):
                    break  # ("at the start of a meeting": the noun's complement goes on)
                if rx.match(r"\s+[a-z]", key[end:]) and not rx.match(
                    rf"\s+(?:{_PREPOSITION}|and|or|but|that|which|who|when|while|if|so|because|"
                    r"[a-z]+ly\b)",
                    key[end:],
                ):
                    break  # ("on the person's own terms": the noun phrase goes on past them)
                shorter = f"{key[: match.start()]}{key[end:]}"
                if len(content_stems(shorter)) >= 3:
                    return shorter
                break
    return key


# An act of saying or believing and its content clause: "Saying (that) triggers are ...".
_SAYING = re.compile(
    r"^(?:saying|thinking|assuming|believing|claiming|insisting|arguing)\s+(?:that\s+)?"
    r"(?P<c>[a-z][\w' -]+)$",
    re.I,
)


# A verb of naming, its object and a quoted complement: 'Calling peer support "a cheaper form"'.
_CALLING = re.compile(
    r"^(?:calling|labell?ing|describing)\s+(?P<x>[\w' -]{2,40}?)\s+(?:as\s+)?"
    r"[\"\u201c](?P<y>(?:an?|the)\s[^\"\u201d]{3,80})[\"\u201d]$",
    re.I,
)


def _claim_said(text: str) -> str:
    """ "Saying triggers are outside events" -> "Triggers are outside events": the content clause of
    a verb of saying or believing, when it holds a finite verb of its own (English: what is said
    is the claim, and the act of saying it is wrong because the claim is). 'Calling peer support
    "a cheaper form of therapy"' -> "Peer support is a cheaper form of therapy": a verb of naming
    predicates its complement of its object (English: the object complement). "" otherwise."""
    called = _CALLING.match(text)
    if called:
        subject = called.group("x")
        return f"{capitalise(subject)} {_copula_for(subject)} {called.group('y')}"
    said = _SAYING.match(text)
    words = said.group("c").lower().split() if said else []
    if not words or not (
        finite_verb(words) >= 1 or any(w in ("is", "are", "was", "were") for w in words[1:])
    ):
        return ""
    return capitalise(said.group("c"))


def _copula_for(subject: str) -> str:
    """ "is" or "are" for a subject noun phrase: plural when its head (last word) is a plural noun
    or it joins two with "and" (English agreement)."""
    head = subject.split()[-1].lower()
    plural = " and " in f" {subject.lower()} " or (
        head.endswith("s")
        and not head.endswith("ss")
        and "NOUN" in lemmas_of(head)
        and head not in lemmas_of(head).get("NOUN", ())
    )
    return "are" if plural else "is"


def _as_difference(stem: str, key: str, source: str = "") -> str:
    """ "Built on shared lived experience", asked the difference between peer support and
    therapy -> "Peer support is built on shared lived experience": a key that is a predicate
    without its subject (a past participle, adjective or noun phrase) said of the thing it was
    said of (English: the predicate needs the subject the question supplies; item writing: under
    a difference stem every option is a statement). Its subject is the one the `source` sentence
    gives it ("A lapse is a short slip ...") when that is one of the two compared, else the first
    the stem names. The key unchanged otherwise."""
    asked = DIFFERENCE_STEM.search(stem)
    words = key.split()
    if asked is None or not words:
        return key
    first = words[0].lower()
    lemmas = lemmas_of(first)
    noun_phrase = first in ("a", "an", "the") and len(words) >= 2
    # (a verb inside a relative clause is the clause's, "a short slip that the person stops")
    relative = next((i for i, w in enumerate(words) if w.lower() in ("that", "who", "which")), None)
    if finite_verb(words[:relative] if noun_phrase else words) >= 0:
        return key
    if not is_participle(first) and "ADJ" not in lemmas and not noun_phrase:
        return key
    terms = [g.strip(" ,") for g in asked.groups() if g]
    subject = terms[0]
    said = rx.search(
        rf"(?P<s>[\w' -]+?)\s+(?:is|are)\s+{re.escape(first)}\s+{re.escape(key.split(' ', 1)[1])}"
        if len(words) >= 2
        else rf"(?P<s>[\w' -]+?)\s+(?:is|are)\s+{re.escape(first)}\b",
        source,
        re.I,
    )
    if said is not None:
        own = content_stems(said.group("s"))
        named = [t for t in terms if own and own <= content_stems(t)]
        if len(named) == 1:
            subject = named[0]
        elif noun_phrase:
            return key
    elif noun_phrase:
        # (a noun phrase no sentence says of either: it may name a third thing)
        return key
    if rx.match(r"(?:that|those|this|these|it|they)\b", subject, re.I):
        return key
    return f"{capitalise(subject)} {_copula_for(subject)} {first}{key[len(words[0]) :]}"


def _saying(read: ReadLesson, key: _Option) -> Sentence | None:
    """The sentence a key comes from, or, for a key given without one (an editor's main point),
    the sentence that says most of it (three in five of its words at least)."""
    if (source := read.by_id(key.source)) is not None:
        return source
    best = max(read.sentences, key=lambda s: recall(key.text, s.plain), default=None)
    return best if best is not None and recall(key.text, best.plain) >= 0.6 else None


def _no_difference(stem: str, key: _Option, read: ReadLesson) -> _Option | None:
    """ "Enabling and supporting are the same thing", under "What is the main difference between
    enabling and supporting?": a question asking a difference presupposes one, so the answer
    that there is none is wrong by the question's own terms, and it is the confusion a learner
    who cannot tell the two apart would choose (item writing: the standard wrong option of a
    difference item). Not when the article itself says the two are alike, and not for terms
    that point elsewhere ("that of a sponsor") or run long."""
    asked = DIFFERENCE_STEM.search(stem)
    if asked is None:
        return None
    first, second = (g.strip(" ,") for g in asked.groups() if g)
    if any(
        len(term.split()) > 5 or rx.match(r"(?:that|those|this|these|it|they|them)\b", term, re.I)
        for term in (first, second)
    ):
        return None
    source = _saying(read, key)
    if says_alike(read.sentences) or source is None:
        return None
    return _Option(
        text=f"{capitalise(first)} and {second} {SAME_THING}",
        source=source.id,
        klass="misconception",
        rationale=f"The article sets the two apart: \u201c{source.plain.strip()}\u201d",
    )


def _reversed_difference(stem: str, key: _Option, read: ReadLesson) -> _Option | None:
    """The key with the two things compared trading places (`answers.reversed_difference`), as
    a wrong option: not when the article says any part of it plainly of the thing it is now said
    of ("Each relapse is a short slip ...", "Both a lapse and a relapse are ..."), half by half
    for a key naming both ("A violation harms ..., while a crossing ..."). A sentence that sets
    the two apart shares the words of both halves whichever way round they go: it says neither."""
    text = reversed_difference(stem, key.text)
    if text and reversal_asserted(stem, text, read.sentences):
        return None
    return _misplaced(text, key, read, "The article says this of the other one")


def _shared_trait(stem: str, key: _Option, read: ReadLesson) -> _Option | None:
    """What the key says sets one of the two apart, said of both (`answers.both_alike`), as a
    wrong option."""
    return _misplaced(
        both_alike(stem, key.text), key, read, "The article says this of one of the two only"
    )


def _misplaced(text: str, key: _Option, read: ReadLesson, why: str) -> _Option | None:
    """`text`, the key said of the wrong thing, as a wrong option sourced where the key is said."""
    source = _saying(read, key)
    if not text or source is None:
        return None
    return _Option(
        text=text,
        source=source.id,
        klass="misconception",
        rationale=f"{why}: \u201c{source.plain.strip()}\u201d",
    )


def _verb_here(text: str) -> bool:
    """Whether an opening word that may be a verb is one here: a word that is an adjective too is
    a verb only where it reads as an instruction ("Appropriate only with consent" is the
    adjective, whose "-ing" form would be another word)."""
    words = text.split()
    return "ADJ" not in lemmas_of(words[0].lower()) or is_instruction(words)


# A stem asking for a member of a named kind: "Which principle ...?", "What stage ...?".
_CATEGORY_STEM = re.compile(
    r"\b(?:which|what)\s+(?:\w+\s+)?(?:principle|stage|law|right|theory|model|framework|element|"
    r"dimension|component|domain|value|phase|task)s?\b",
    re.I,
)
# A stem asking what a thing is for ("is used for what purpose?", "What is X used for?").
_PURPOSE_STEM = re.compile(r"\bwhat purpose\b|\bused for\b|\bpurpose of\b", re.I)
# A definition by function: "An emergency opioid antagonist that reverses opioid overdose".
_DEFINED_BY_FUNCTION = re.compile(
    r"^(?:an?|the)\s[^,;:]{3,80}?\s(?:that|which)\s(?P<v>[a-z]+s)\s(?P<r>[^:]{3,160})$", re.I
)
# A clause whose subject does something: "Naloxone reverses an opioid overdose".
_SUBJECT_DOES = re.compile(
    r"^(?P<s>[A-Z][^,;:]{1,60}?)\s+(?P<v>[a-z]+s)\s+(?P<r>[a-z][^;:]{3,160})$"
)
# Verbs saying what a thing is or has, not what it does (English: copulas and possession).
_NO_USE_VERBS = frozenset(["is", "has", "does", "means", "seems", "remains", "becomes", "needs"])
# What a key says it is not ("; it is not a maintenance treatment"): no part of the act.
_CONTRAST_TAIL_KEY = re.compile(r"(?:[;,]\s*|\s+)(?:it|they)?\s*(?:is|are)?\s*not\b.*$", re.I)


def _main_point_plan(
    read: ReadLesson,
    point: MainPoint,
    stem: str,
    source: Sentence | None,
    text: str,
    mined: Sequence[Mined],
    bank: Sequence[WrongOption],
) -> _Plan | None:
    key = _Option(
        text=_as_difference(stem, text, source.plain if source else ""),
        source=source.id if source else "main_point",
        klass=None,
        rationale="",
    )
    negative = is_negative_stem(stem)
    if negative:
        # Under "Which is NOT ...?" the wrong options are things the lesson endorses: list members.
        shape = shape_of(key.text)
        members = [
            _Option(t, s.id, None, "")
            for items in read.lists().values()
            for s in items
            if (t := _list_option(s))
            and shape_of(t) == shape
            and jaccard(t, key.text) < 0.5
            and asserted_true(t, read.sentences)
        ]
        wrong = _best_three(key, members) or tuple(members[:3])
        key = replace(key, klass="misconception")
        # The sentence that rules the key out is its evidence.
        ruling = next((m for m in mined if jaccard(m.text, key.text) >= 0.5), None)
        if ruling is None and not _denied_by(point.text, key.text):
            # "Which is NOT a characteristic of constructive feedback?" keyed "Specific, timely
            # and about behavior ...", from "Constructive feedback is specific, timely ...; it
            # never targets the person's character": a key the lesson rules out nowhere, taken
            # from a clause of the point that denies nothing, is one of the things the stem
            # excludes, and the item would be mis-keyed (item writing: under a negative stem
            # the key is the exception).
            return None
        if ruling is not None:
            source = read.by_id(ruling.option.source) or source
            key = replace(key, source=ruling.option.source, rationale=ruling.option.rationale)
    else:
        # Asked what someone does, a key opening with a verb's base form is an instruction
        # ("Support self-advocacy"), though its verb is a noun too.
        words = key.text.split()
        acting = (
            _ACTION_STEM.search(stem)
            and words
            and is_verb(words[0])
            and words[0].lower() in lemmas_of(words[0].lower()).get("VERB", ())
        )
        if (
            _ACTION_STEM.search(stem)
            or asks_action(stem)
            or rx.search(r"\b(?:practice|move|response|approach|step)\b", stem, re.I)
        ) and not _PURPOSE_STEM.search(stem):
            # Asked what someone should do, what a thing is denied doing ("Peer relationships do
            # not continue as friendships") is no act of anyone's ("To continue as friendships").
            mined = [m for m in mined if not m.thing_done]
        # "Which principle is central to IPS?" asks for a member of a kind the article names; a
        # bank entry is an idea of the field, no principle or stage of anything (item writing:
        # every option is of the kind the stem asks for). The field's own list of the kind is.
        siblings = _category_siblings(key.text, read)
        pool = siblings or _wrong_options(
            key,
            mined,
            [] if _CATEGORY_STEM.search(stem) else bank,
            read,
            shape="base" if acting else "",
            predicative=bool(_COMPLETES_COPULA.search(stem)),
        )
        if siblings and len(siblings) < 3:
            # "Administrative" beside the other two of "three functions: administrative,
            # educational and supportive": a third wrong name the article rules out in the form
            # of the members ('answer choices ... such as "clinical"'), a term, not an idea
            # (item writing: every option of the kind the stem asks for).
            pool += [
                o
                for o in _wrong_options(key, mined, [], read)
                if len(o.text.split()) <= len(max((s.text for s in siblings), key=len).split())
                and shape_of(o.text) == "noun"
                and all(jaccard(o.text, s.text) < 0.5 for s in siblings)
            ]
        if DIFFERENCE_STEM.search(stem):
            # "Saying early warning signs are what other people see", ruled out: asked a
            # difference, what was said is the wrong answer, as the claim it makes.
            pool = [replace(o, text=said) if (said := _claim_said(o.text)) else o for o in pool]
        # (asked a difference, only statements of one answer it: see `difference_problem`)
        pool = [o for o in pool if not difference_problem(stem, [o.text])]
        # ("Which person is protected ...?": options naming no one answer another question)
        pool = [o for o in pool if not person_problem(stem, [o.text])]
        # ("Which resource ...?": an act is no resource)
        pool = [o for o in pool if not act_problem(stem, [o.text])]
        # ("Slipping the watch into their bag": a thing only the story brought in, R9; the bank's
        # option, or another the article rules out, may take its place)
        pool = [o for o in pool if not thing_outside(stem, [o.text], read.sentences)]
        # ("To borrow money from a person receiving services", asked what to do on learning of
        # an ethics violation, from "Borrowing money ... is a boundary violation"): the fault the
        # stem presupposes, named by the same noun, is the occasion, no answer to it (item
        # writing: every option answers the stem's question)
        pool = [o for o in pool if not _the_premise(o, stem, read)]
        reversal = _reversed_difference(stem, key, read) if len(pool) < 3 else None
        if reversal is not None and all(jaccard(o.text, reversal.text) < 0.8 for o in pool):
            # (a last resort too: the article's own wrong answers first, then the key turned
            # round, then the denial that there is any difference)
            pool.append(reversal)
        if len(pool) < 3 and (alike := _no_difference(stem, key, read)):
            # (a last resort, as the bank is: the article's own wrong answers come first)
            pool.append(alike)
        if len(pool) < 3 and reversal is not None and (shared := _shared_trait(stem, key, read)):
            # (only beside the key turned round: a trait the article says of the other thing
            # too is no wrong answer said of both)
            pool.append(shared)
        if kind_asked(stem) and thing_or_act(key.text) == "thing":
            # "... linked to which type of medication?": every option names a type, and an act
            # ("Adjusting medication", "Diagnosing") or a time ("Right away") names none (item
            # writing: options answer the question the stem asks)
            pool = [o for o in pool if thing_or_act(o.text) == "thing"]
        # (a key opening with its article is a noun phrase, whatever clause modifies its noun:
        # "The person's own list of things they already do ...")
        noun_key = shape_of(key.text) == "noun" or rx.match(r"^(?:an?|the)\s", key.text, re.I)
        if noun_key and (placed := _placed_elsewhere(read, stem)):
            # (what the article puts in another part first: the confusions a learner makes)
            pool = [
                *placed,
                *(o for o in pool if all(jaccard(o.text, p.text) < 0.5 for p in placed)),
            ]
        count = counted(stem)
        if count and series_of(key.text, count):
            # "Which four elements make up X?" keyed by a set of four: each option is a set of
            # four (item writing: options of one form), the lesson's other sets of that size
            # first, the ones a learner mixes up with the key.
            pool = _other_series(read, count, key.text) + [
                o for o in pool if series_of(o.text, count)
            ]
        # (in the question itself, the stem's last sentence: "A person you support, who works as
        # a mechanic, offers ..." opens a relative clause, no question for a person)
        if rx.search(r"(?:^|,\s*)who\b", rx.split(r"(?<=[.!])\s+", stem)[-1], re.I):
            # "Who makes the final decision?" asks for people; the bank holds ideas, and a clause
            # ("The provider withholds an opinion") says what someone does, it names no one.
            pool = [
                o
                for o in pool
                if not o.source.startswith("bank:")
                and shape_of(o.text) == "noun"
                and finite_verb(o.text.split()) < 0
            ]
        asks_thing = rx.match(r"^which of the following is (?:an?|one)\b", stem, re.I) or (
            shape_of(key.text) == "noun"
            and rx.search(
                r"\bdefine[sd]?\b|^what (?:is|are)\b|\bdescribes?\b|\bdefinition\b|\bmeans?\b",
                stem,
                re.I,
            )
        )
        if asks_thing and not rx.search(
            r"\b(?:response|action|approach|step|way|strateg(?:y|ies)|skill|technique|practice)s?\b",
            stem,
            re.I,
        ):
            # "Which of the following is a warning sign ...?", "Resilience is defined as:" ask for
            # a member of a class of things or what a thing is; what a helper should not do
            # ("Assuming the person is exaggerating") is neither, when the lesson names enough
            # that are.
            members = [o for o in pool if o.klass not in ("avoid", "never")]
            pool = members if len(members) >= 3 else pool
        if (
            _ACTION_STEM.search(stem) or asks_action(stem) or _PURPOSE_STEM.search(stem)
        ) and shape_of(key.text) == "ing":
            # (asked what a thing is for, likewise: a use is an act, "A long-term treatment" is
            # what it is)
            # A stem asking what someone does wants actions: "A substitute friendship" names a
            # thing, not something a person can do (English: an action is a verb phrase). So does
            # "What is the most appropriate response?" (item writing: a response is an act).
            # ("Being left with questions" happens to someone: no act, R5 would refuse it)
            pool = [o for o in pool if shape_of(o.text) == "ing" and not passive_gerund(o.text)]
        if shape_of(key.text) == "noun" and _CONTENTS_STEM.search(stem):
            # "Which of the following belongs in the progress note?" keyed "An account of what
            # happened": what a record holds is a thing said or written in it; an act ("Writing
            # during the conversation") is how it is made, and the bank holds ideas and acts of
            # the role, no part of a record: neither answers the stem (item writing: options
            # answer the stem's question in its form).
            pool = [
                o for o in pool if shape_of(o.text) != "ing" and not o.source.startswith("bank:")
            ]
        kind_of = rx.search(r"\b(?:what|which) (?:type|kind|sort) of (?P<n>[a-z]+)\b", stem, re.I)
        if kind_of and kind_of.group("n").lower() in key.text.lower().split():
            # "What type of environment ...?" keyed "A collaborative environment": an act
            # ("Running a tight ship") is no type of environment (item writing: options answer
            # the stem's question in its form).
            pool = [o for o in pool if shape_of(o.text) != "ing"]
        described = rx.search(r"\bbest describes (?P<x>[\w' -]+?)\?$", stem)
        # (a difference described is a relation, whose statements name both things compared)
        if described and not DIFFERENCE_STEM.search(stem):
            # "Which best describes active listening?": "Passive listening" names a rival of the
            # same kind (shares its head noun), it does not describe it (item writing: options
            # answer the stem's question).
            # (its head noun: "stage" in "the maintenance stage of change", before the "of"
            # phrase that modifies it, English: a noun phrase's head precedes its complement)
            head = content_stems(rx.split(r" of ", described.group("x"))[0].split()[-1])
            # (a noun phrase of the same head with words that say what it is, "A treatment plan
            # written by a clinical team", describes: it is what the lesson says X is not; a
            # clause about X, "Recovery goes through set stages", states, it describes nothing)
            pool = [
                o
                for o in pool
                if not content_stems(o.text) & head
                or (
                    len(o.text.split()) >= 5
                    and finite_verb(o.text.split()) < 0
                    and not content_stems(o.text.split()[0]) & head
                )
            ]
        key_words = key.text.split()
        if (
            shape_of(key.text) in ("noun", "clause")
            and key_words
            and not is_gerund(key_words[0].lower())
            and (described or _PURPOSE_STEM.search(stem))
        ):
            # "Whatever gives the person meaning ..." or "An emergency opioid antagonist" names a
            # thing: "Steering people toward a faith community" is an act, the answer to another
            # question (item writing: no act among things).
            pool = [
                o for o in pool if shape_of(o.text) != "ing" or o.klass not in ("avoid", "never")
            ]
        if measure_asked(stem, key.text):
            # "How much ... each week?" is answered by an amount: "Starting small" is an act,
            # no amount (item writing: options of the kind the stem asks for).
            pool = [o for o in pool if shape_of(o.text) not in ("ing", "base")]
        if EXAMPLE_STEM.search(stem):
            # "Which is an example of a communication roadblock?": a non-example is one the
            # lesson sets apart from X; the bank's faults are wrong for a peer specialist
            # anywhere, and as likely as not examples of an X that is a fault too ("Confronting
            # the person about their denial" is a roadblock; item writing: one defensible key).
            pool = [o for o in pool if not o.source.startswith("bank:")]
        # Too few wrong options: still drafted (it fails R1), so staff see the key and can write them.
        wrong = _best_three(key, pool) or tuple(pool)
        if rx.match(r"[\"\u201c]", key.text):
            # A quoted key among words the lesson quotes: each is shown as the quotation it is
            # (item writing: options of one form).
            wrong = tuple(_as_quoted(o, read) for o in wrong)
        others = [o.text for o in wrong]
        key = replace(key, text=_parallel_subject(_parallel_condition(key.text, others), others))
    return _Plan(
        negative=negative,
        kind="main_point",
        stem=stem,
        correct=key,
        wrong=wrong,
        evidence=source.text if source else point.text,
        anchor=source.anchor if source else BODY_ANCHOR,
        source_sentence_id=source.id if source else "",
    )


def _other_series(read: ReadLesson, count: int, key: str) -> list[_Option]:
    """The lesson's other series of `count` short members ("Engaging, focusing, evoking and
    planning are the four processes of MI"; "Acceptance includes absolute worth, accurate
    empathy, autonomy support and affirmation"): a sentence's subject, or a set it names after a
    colon or "includes". A series sharing members with the key restates it."""
    key_members = [
        content_stems(m) for m in rx.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", key)
    ]
    found: list[_Option] = []
    for sentence in read.sentences:
        text = sentence.plain
        candidates = [series_of(text, count, 5, subject=True)]
        candidates += [series_of(text[m.end() :], count, 5) for m in SET_NAMED.finditer(text)]
        for series in filter(None, candidates):
            members = rx.split(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", series)
            shared = sum(any(content_stems(m) & k for k in key_members) for m in members)
            if 2 * shared >= count or any(jaccard(series, o.text) >= 0.5 for o in found):
                continue
            rationale = f"The article gives this set for something else: \u201c{sentence.text.strip()}\u201d"
            found.append(_Option(series, sentence.id, "misconception", rationale))
    return found


def _as_quoted(option: _Option, read: ReadLesson) -> _Option:
    """`option` in quote marks when its source quotes it (marks as the source writes them)."""
    source = read.by_id(option.source)
    text = option.text.strip()
    if source is None or rx.match(r"[\"\u201c]", text):
        return option
    quoted = rx.search(r"(?P<m>[\"\u201c])" + re.escape(text) + r"[.,!?]?[\"\u201d]", source.plain)
    if quoted is None:
        return option
    mark = quoted.group("m")
    close = "\u201d" if mark == "\u201c" else mark
    return replace(option, text=f"{mark}{text}{close}")


# A stem asking for something said: "Which response ...?", "What is the most helpful thing to
# say?", "Which statement is an example of reflective listening?".
_SPEECH_STEM = re.compile(
    r"\bwhich (?:\w+ )?(?:response|reply|statement)s?\b|\bwhat (?:is|would be) the (?:most |best )?"
    r"(?:\w+ )?(?:response|reply|thing to say)\b|\bwhat should [^?]+ say\b",
    re.I,
)
_SPOKEN = re.compile(r"[\"\u201c](?P<x>[^\"\u201d]{12,200}?)[\"\u201d]")


def _speech_plan(
    read: ReadLesson, stem: str, mined: Sequence[Mined], point: MainPoint | None = None
) -> _Plan | None:
    """A scenario item whose options are things said, as the vignettes said them: asked for a
    response, the key is the words the article quotes and judges outside its sections of contrast
    ('"It sounds like you're frustrated ..." doesn't push anywhere'); the wrong options are the
    words it quotes and rejects there, and the words a rejected act was said in ("Telling him to
    sit his family down is advice": the vignette's "You should sit them down ..."). Item
    writing: options of one form, each what someone in the scene says."""
    if not _SPEECH_STEM.search(stem):
        return None
    spoken: list[tuple[str, Sentence]] = []
    for sentence in read.sentences:
        for match in _SPOKEN.finditer(sentence.plain):
            words = match.group("x").strip(" ,.")
            if len(words.split()) >= 4 and all(w != words for w, _ in spoken):
                spoken.append((words, sentence))
    # (four quotations at least: the key and three to set beside it, the key perhaps the stated
    # answer outside the body)
    stated = point is not None and bool(_SPOKEN_WORDS.search(point.text))
    if len(spoken) < (3 if stated else 4):
        return None
    judged = quoted_options(read) or {
        s.id: (q.group("x"), False)
        for s in read.sentences
        if (q := _SPOKEN.match(s.plain.strip())) and len(s.plain) - q.end() >= 8
    }
    contrast = {
        s.id for s in read.sentences if s.heading and is_contrast_heading(s.heading)
    } | contrast_runs(read.sentences)
    keys = [
        (phrase, read.by_id(sentence_id))
        for sentence_id, (phrase, _) in judged.items()
        if sentence_id not in contrast
    ]
    rejected = [m for m in mined if m.priority <= 1 and m.option.source in contrast]
    wrong: list[_Option] = []
    for item in rejected:
        said = item.text.strip('"') if item.priority == 0 else ""
        if not said and is_gerund(item.text.split()[0].lower()):
            # The act rejected, said in the vignette: the quotation sharing most of its words
            # beyond the stem's (the person's own words are in the stem).
            act = content_stems(item.text) - content_stems(stem)
            overlap, said = max(
                ((len(content_stems(w) & act), w) for w, _ in spoken if w not in stem),
                default=(0, ""),
            )
            said = said if overlap >= 2 else ""
        if said and all(jaccard(said, o.text) < 0.5 for o in wrong):
            wrong.append(
                _Option(
                    f"\u201c{said.strip(' ,.')}\u201d",
                    item.option.source,
                    item.option.klass,
                    item.option.rationale,
                )
            )
    if not keys and stated and not point.text.startswith(('"', "\u201c")):
        # The article's stated answer is the response itself ("Correct answer: "Drinking is how
        # you unwind ..."", taken out of the body as the main point): words said to the person,
        # in the first or second person, are the key, quoted as the others are.
        keys = [(point.text, read.by_id(point.source_sentence_id))]
        if keys[0][1] is None and len(wrong) >= 3:
            phrase = point.text
            if any(jaccard(phrase, o.text) >= 0.5 for o in wrong):
                return None
            return _Plan(
                kind="main_point",
                stem=stem,
                correct=_Option(f"\u201c{phrase.strip(' ,.')}\u201d", "main_point", None, ""),
                wrong=tuple(wrong[:3]),
                evidence=point.text,
                anchor=BODY_ANCHOR,
                source_sentence_id="",
                negative=False,
            )
    if len(keys) != 1 or keys[0][1] is None or len(wrong) < 3:
        return None
    phrase, sentence = keys[0]
    if any(jaccard(phrase, o.text) >= 0.5 for o in wrong):
        return None
    key = _Option(f"\u201c{phrase.strip(' ,.')}\u201d", sentence.id, None, "")
    return _Plan(
        kind="main_point",
        stem=stem,
        correct=key,
        wrong=tuple(wrong[:3]),
        evidence=sentence.text,
        anchor=sentence.anchor,
        source_sentence_id=sentence.id,
        negative=False,
    )


# Words of the first or second person: something said to someone, not said about them (not a
# part of a compound word: "an I-statement" is said about one).
_SPOKEN_WORDS = re.compile(r"(?<![\w-])(?:you|your|you're|i|i'm|i've|we|my|me)(?![\w-])", re.I)


def _category_siblings(key: str, read: ReadLesson) -> list[_Option]:
    """The other members of the field's named set the key belongs to ("Preparation": the other
    stages of change), where the article names at least two of them, each with the first sentence
    naming it as its source; one member it does not name may follow, as a bank option (item
    writing: coordinate siblings are the plausible wrong answers to "Which stage ...?")."""
    wanted = key.strip(" .").lower()
    for name, members in vocabulary().categories:
        if not any(wanted in names for names in members):
            continue
        named: list[_Option] = []
        unnamed: list[_Option] = []
        for names in members:
            if wanted in names:
                continue
            pattern = re.compile(rf"\b(?:{'|'.join(re.escape(n) for n in names)})\b", re.I)
            sentence = next((s for s in read.sentences if pattern.search(s.plain)), None)
            text = capitalise(names[0])
            if sentence is not None:
                rationale = f"Another of the {name}: \u201c{sentence.text.strip()}\u201d"
                named.append(_Option(text, sentence.id, "misconception", rationale))
            else:
                unnamed.append(
                    _Option(text, f"bank:{name}", "misconception", f"Another of the {name}.")
                )
        if len(named) >= 2:
            return named + unnamed[:1]
    return _series_siblings(wanted, read)


# A coordinate series of short names: "forming, storming, norming and performing".
_MEMBER = r"[A-Za-z][\w-]*(?: [A-Za-z][\w-]*)?"
_NAME_SERIES = re.compile(
    rf"(?<![\w-] )(?P<s>{_MEMBER}(?:, {_MEMBER})+,? (?:and|or) (?:later |then |finally )?{_MEMBER})"
    r"(?=[.;:)]|,? (?:and|or) |$)"
)


def _series_siblings(wanted: str, read: ReadLesson) -> list[_Option]:
    """The other members of a series of names the lesson lists with the key among them ("four
    stages: forming, storming, norming and performing"; key "Storming"): coordinates of one kind,
    the plausible wrong answers to "Which stage ...?" (item writing: coordinate siblings). Only
    for a key of a word or two, and a series of three to six members of a word or two each."""
    if not 1 <= len(wanted.split()) <= 2:
        return []
    for sentence in read.sentences:
        for found in _NAME_SERIES.finditer(sentence.plain):
            members = [
                rx.sub(r"^(?:later|then|finally) ", "", m.strip(), flags=re.I)
                for m in rx.split(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+", found.group("s"))
            ]
            lowered = [m.lower() for m in members]
            if wanted not in lowered or not 3 <= len(members) <= 6:
                continue
            if any(
                m.lower() in ("a", "an", "the") or m.split()[0].lower() in ("a", "an", "the")
                for m in members
            ):
                continue  # "a plan, a date and a friend": phrases, not names of one kind
            rationale = f"Another in the same list: \u201c{sentence.text.strip()}\u201d"
            return [
                _Option(capitalise(m), sentence.id, "misconception", rationale)
                for m in members
                if m.lower() != wanted
            ]
    return []


def _parallel_condition(key: str, others: Sequence[str]) -> str:
    """A condition opening with "If" among options opening with "When" (or the reverse) takes
    their conjunction: for a general condition the two say the same (item writing: no option
    stands out by its form)."""
    opener = key.split(" ", 1)[0]
    if opener not in ("If", "When") or not others:
        return key
    other = "When" if opener == "If" else "If"
    if all(o.split(" ", 1)[0] == other for o in others):
        return other + key[len(opener) :]
    return key


def _parallel_subject(key: str, others: Sequence[str]) -> str:
    """A statement about "a person" among statements about "the person" takes their article: said
    of anyone in a stage or a situation, the generic "a person" and "the person" say the same
    (English: generic reference), and one option alone in the other form stands out (item
    writing)."""
    opener = rx.match(r"^An? (?P<n>[a-z]+) ", key)
    if opener is None or not others:
        return key
    if all(o.startswith(f"The {opener.group('n')} ") for o in others):
        return f"The {key[opener.end('n') - len(opener.group('n')) :]}"
    return key


# Stems that ask what a record or a document holds: "Which of the following belongs in the note?",
# "What should be included in the plan?" (English: "belong in", "go in", "be included in").
_CONTENTS_STEM = re.compile(
    r"\b(?:belongs?|goes|go) (?:in|into)\b|\b(?:be |is |are )?(?:included|recorded|documented|"
    r"written) in\b|\bshould (?:a|an|the) [\w -]+ (?:contain|include)\b",
    re.I,
)


# "What belongs in the Assessment section?": the part of a whole asked about.
_PART_ASKED = re.compile(
    r"\b(?:belongs?|goes|go|should go|is recorded|are recorded|is written|are written) "
    r"(?:in|into) (?:the |an? )?(?P<x>[A-Z][\w-]*(?: [\w-]+)?)(?: section| part| box)?\b"
)
# "The next steps and the next meeting date belong in Plan.", "..., so they go in Data.": what
# is placed in some part, the part named by a capitalised name.
_PLACED = re.compile(
    r"(?:^|,\s+so\s+)(?P<s>[A-Za-z][\w' -]{2,80}?)\s+(?:belongs?|goes|go|is recorded|are "
    r"recorded|is written|are written)\s+(?:in|into)\s+(?:the\s+)?"
    r"(?P<z>[A-Z][\w-]*(?: [A-Z][\w-]*)?)(?:\s+section)?\s*[.;]?$"
)


# "In a WRAP, what is the Wellness Toolbox?": a part of a whole asked what it is.
_PART_DEFINED = re.compile(r"\bwhat (?:is|are) the (?P<x>[A-Za-z][\w' -]{2,40}?)\?$", re.I)
_PLACED_NAMED = re.compile(
    r"^(?P<s>[A-Za-z][\w' -]{2,80}?)\s+(?:belongs?|goes|go|is recorded|are recorded|is written|"
    r"are written)\s+(?:in|into)\s+(?P<z>(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})"
    r"(?:\s+section)?\s*[.;]?$"
)


def _placed_elsewhere(read: ReadLesson, stem: str) -> list[_Option]:
    """Asked what belongs in one part of a whole (a section of a note, a column of a form),
    what the article places in another of its parts ("Direct quotes and observations ... go in
    Data"): a plausible wrong answer that belongs elsewhere (item writing: the confusions between
    sibling parts are the distractors). A subject pronoun ("so they go in Data") stands for the
    subject of the clause before it (English: a pronoun's antecedent is the previous subject)."""
    asked = _PART_ASKED.search(stem)
    defined = None if asked else _PART_DEFINED.search(stem)
    if asked is None and defined is None:
        return []
    part = (asked or defined).group("x").lower()
    found: list[_Option] = []
    for sentence in read.sentences:
        if defined is None:
            placed = _PLACED.search(sentence.plain.strip())
        elif sentence.heading and is_contrast_heading(sentence.heading):
            # "In a WRAP, what is the Wellness Toolbox?" (a part, by its definite article) under
            # "A few common mix-ups": "The list of people to call belongs in the crisis plan":
            # what the article sets in a sibling part is the confusion (a part in lower case too)
            placed = _PLACED_NAMED.search(sentence.plain.strip())
        else:
            continue
        if placed is None or placed.group("z").lower() in (part, f"the {part}"):
            continue
        subject = placed.group("s").strip()
        if subject.lower() in ("they", "it", "these", "those"):
            before = sentence.plain[: placed.start()]
            copula = rx.match(r"^(?P<s>[A-Za-z][\w' -]{2,60}?)\s+(?:is|are)\b", before)
            if copula is None:
                continue
            subject = copula.group("s")
        if finite_verb(subject.split()) >= 0 or not self_contained(subject):
            continue
        rationale = (
            f"The article puts this in {placed.group('z')}: \u201c{sentence.text.strip()}\u201d"
        )
        found.append(_Option(capitalise(subject), sentence.id, "misconception", rationale))
    return found


# Stems that ask for an action: "What action would ...", "How would/should/can ...", "What should
# ... do?".
_BY_MEANS = re.compile(r"\sby\s+(?P<g>[a-z]+ing\b[^.;]{3,})$")


# The shapes of an act ("Listen ...", "Listening ...", "By listening ...", "To listen ...").
_ACT_SHAPES = frozenset(["base", "ing", "by", "to"])
_ACTION_STEM = re.compile(
    r"\bwhat (?:action|step)s?\b|^how (?:would|should|can|could|might|do|does)\b|"
    r"\bwhat (?:would|should|could|can) [^?]+ do\b|"
    # ("Which of the following should a peer specialist do?": the same question over options)
    r"\bwhich of the following (?:would|should|could|can) [^?]+ do\b",
    re.I,
)


_DEFINED_ITEM = re.compile(
    r"^(?P<term>[A-Z][\w'() -]{1,40}?)\s*(?::|\u2014| - )\s+(?P<desc>.{12,})$"
)


# An example and the kind it is, in brackets after it ('"Don't worry, you'll be great."
# (reassuring)'): the kind names the member, the quotation illustrates it.
_LABELLED_QUOTE = re.compile(
    r"^(?P<desc>[\"\u201c][^\"\u201c\u201d]{8,}[\"\u201d])\s+\((?P<term>[A-Za-z][\w -]{1,30})\)\.?$"
)


_NEGATIVE_NAME = re.compile(r"^(?:non-?|no\s+|not\s+|un(?=[a-z]{4}))", re.I)
_NEGATION_WORDS = frozenset(["not", "no", "neither", "nor", "never", "without"])


def _names_member(desc: str, name: str) -> bool:
    """Whether a description says what a member's name says, with its polarity: "..., not a
    clinical unit" names "Non-clinical" (both deny "clinical"); "neither fighting nor fleeing"
    does not name "Fight" (English: a negation scopes over the words after it)."""
    negative = bool(_NEGATIVE_NAME.match(name))
    wanted = content_stems(_NEGATIVE_NAME.sub("", name))
    if not wanted:
        return False
    words = tokens(desc)
    found: set[str] = set()
    for position, word in enumerate(words):
        if stem(word) in wanted:
            before = words[max(0, position - 3) : position]
            denied = bool(set(before) & _NEGATION_WORDS) or any(w.endswith("n't") for w in before)
            if denied == negative:
                found.add(stem(word))
    return found == wanted  # every word of the name, said as the name says it


def _bare_adjective(term: str) -> bool:
    """A one-word term that can only be an adjective ("Optional")."""
    lemmas = lemmas_of(term.strip().lower())
    return len(term.split()) == 1 and "ADJ" in lemmas and "NOUN" not in lemmas


def _run_in_label(sentence: Sentence) -> str:
    """A list item's opening sentence of a few words without a verb ("Voluntary.", "Short
    stays."), as the label it is; "" otherwise."""
    words = sentence.plain.rstrip().split()
    if not 1 <= len(words) <= 4 or not sentence.plain.rstrip().endswith("."):
        return ""
    if finite_verb(words) >= 0 or any(w.lower() in ("is", "are", "was", "were") for w in words):
        return ""
    return sentence.plain.strip().rstrip(".")


def _set_member(heading: str) -> str:
    """ "element" under "The five elements", "principle" under "Notes on selected principles":
    the kind of member a list's heading names (its last plural noun of the vocabulary's set
    nouns), "" when it names none."""
    nouns = [w.lower().strip(":?,.") for w in plain(heading).split()]
    for word in reversed(nouns):
        if word.endswith("s") and word[:-1] in _SET_NOUNS:
            return word[:-1]
    return ""


_SET_NOUNS = frozenset(word_list("set_member_nouns"))


def _listed_member(read: ReadLesson, first: Sentence, count: int) -> str:
    """The kind of member a list of `count` opening on `first` holds: the one its heading names,
    else the one the sentence leading into it names ("Its sections, in order:"), else the one the
    title counts when it counts as many ("Meet the eight" under "... the Eight Dimensions of
    Wellness", "the four major dimensions": "dimension"). English: a sentence ending on a colon
    announces what follows it, and a numeral before a plural noun names the whole set, a list of
    that many members being it."""
    if member := _set_member(first.heading):
        return member
    at = read.sentences.index(first)
    while first.list_id and at and read.sentences[at - 1].list_id == first.list_id:
        at -= 1  # ("Trauma. For some survivors, ...": the list opens on the label's sentence)
    lead = read.sentences[at - 1] if at else None
    if (
        lead is not None
        and not lead.list_id
        and lead.plain.rstrip().endswith(":")
        and (member := _set_member(lead.plain))
    ):
        return member
    words = [w.lower().strip(":?,.") for w in plain(read.lesson.title).split()]
    for at, number in enumerate(words):
        if COUNTS.get(number, int(number) if number.isdigit() else 0) != count:
            continue
        # (the numeral's noun after up to two modifiers: "the four major dimensions")
        for noun in words[at + 1 : at + 4]:
            if noun.endswith("s") and noun[:-1] in _SET_NOUNS:
                return noun[:-1]
    return ""


# Members that are beliefs or rules "hold" what their description says; others "mean" it.
_HOLDING_NOUNS = frozenset(["principle", "value", "belief", "assumption", "tenet"])


def _clause_description(words: list[str]) -> bool:
    """Whether a description is a clause of its own: a short subject, then its finite verb ("the
    goal fits ...", "Members are polite ...", "there is a way ..."); not a noun phrase whose
    relative clause has a verb ("things the person can do", "events that can set off ..."), nor
    an instruction, a gerund phrase or a subordinate clause."""
    if not words:
        return False
    first = words[0].lower()
    if first == "there" and len(words) > 1 and words[1].lower() in ("is", "are"):
        return True
    if is_instruction(words) or is_gerund(first) or first in _SUBORDINATORS:
        return False
    at = finite_verb(words)
    if at < 1:
        # (a copula or an auxiliary is a finite verb too: "Members are polite ...")
        at = next((i for i, w in enumerate(words[1:7], start=1) if w.lower() in _FINITE_AUX), -1)
    if not 1 <= at <= 6 or any(w.endswith((",", ";", ":")) for w in words[: at + 1]):
        return False  # (a comma inside: "names and phone numbers, with a note ..." is a list)
    # (a relative word, or a second determiner not after a preposition, before the verb opens
    # a clause inside the subject: "things the person can do"; "members of the team" is a noun
    # and its complement)
    return not any(
        w.lower() in _IN_SUBJECT
        or (w.lower() in ("a", "an", "the") and i > 0 and words[i - 1].lower() not in PREPOSITIONS)
        for i, w in enumerate(words[:at])
    )


_SUBORDINATORS = frozenset(
    ["if", "when", "where", "why", "how", "what", "whether", "because", "since", "while", "as"]
)
_IN_SUBJECT = frozenset(["that", "which", "who", "whom", "whose", "what", "where", "when"])
_FINITE_AUX = frozenset(
    ["is", "are", "was", "were", "has", "have", "had", "can", "will", "may", "must", "should"]
)


# "Some people ...", "Many autistic people ...", "In many communities, ...": a description opening
# on a quantified subject or setting.
_SOME_OF_THEM = re.compile(r"^(?:in\s+)?(?:some|many|most|few|certain)\s+(?!of\b)[a-z]", re.I)


def _in_lower_case(text: str) -> str:
    """A description opening on a common word, as read inside a sentence: "Members are polite",
    "A tight budget ..." (the article "A" too, one letter long) in lower case; a name, an acronym
    or "I" as it is. (Unlike `_mid_sentence`, for subjects, a capital later in the description,
    "In many communities, including some Indigenous ...", leaves its first word common.)"""
    if text[1:2].islower() or text.startswith("A "):
        return text[:1].lower() + text[1:]
    return text


def _described_stem(desc: str, member: str = "") -> str:
    """ "Which of the following is described as "..."?"; a member given by words someone says
    ('"Would you rather meet here ...?"') is illustrated by them, not described (English: a
    quotation is an example), and is asked so, its quotation marks not doubled. A description
    that is a clause ("the goal fits the person's resources") is what the member means ("Which
    element means that the goal fits ...?"): "described as" takes a noun phrase (English), and
    the stem names the kind of member the list's heading names, when it names one."""
    quoted = rx.fullmatch(r"[\"\u201c](?P<q>[^\"\u201c\u201d]{8,})[\"\u201d]", desc.strip())
    which = f"Which {member}" if member else "Which of the following"
    words = desc.split()
    if quoted is None and words and words[0].lower() in ("where", "when"):
        return f"{which} is {desc}?"  # ("where the writer pulls together ...": a place in it)
    # ("Some people think better looking at the wall": a statement about some people, or some
    # places, tells of cases where the member is found, not what it means; English, a quantified
    # generic gives instances, so it is quoted as the article's description)
    if quoted is None and _clause_description(words) and not _SOME_OF_THEM.match(desc):
        verb = "holds" if member in _HOLDING_NOUNS else "means"
        return f"{which} {verb} that {_in_lower_case(desc)}?"  # ("Members are polite")
    if quoted is None:
        return f"{which} is described as \u201c{desc}\u201d?"
    if quoted.group("q").rstrip().endswith("?"):
        return f"{which} does the question \u201c{quoted.group('q')}\u201d illustrate?"
    return f"{which} do the words \u201c{quoted.group('q')}\u201d illustrate?"


def _pronoun_as_whole(desc: str, heading: str) -> str:
    """A member's description opening on "it" or "they" under a heading naming the whole its
    members are features of ("Features of constructive feedback": "Timely: it is offered soon
    after the event") with the whole as its subject: "the feedback is offered ..." (English: the
    pronoun takes up the heading's topic, here the noun after "of"; singular "it" a singular
    noun, "they" a plural)."""
    pronoun = rx.match(r"^(?P<p>it|they)\s+", desc, re.I)
    whole = rx.search(
        r"\bof\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?P<n>[a-z][\w-]*)$", plain(heading)
    )
    if pronoun is None or whole is None or not _set_member(heading):
        return desc
    noun = whole.group("n")
    plural = noun.endswith("s") and not noun.endswith("ss")
    if plural != (pronoun.group("p").lower() == "they"):
        return desc
    return f"the {noun} {desc[pronoun.end() :]}"


def _sibling_plans(read: ReadLesson) -> list[_Plan]:
    """Lists whose items define the members of one category: which member is described so?"""
    plans: list[_Plan] = []
    groups: list[list[tuple[Sentence, str, str]]] = []
    # (a run-in label's sentence, which names the member, by the sentence describing it: the
    # key's source, where its words are)
    label_of: dict[str, str] = {}
    for items in read.lists().values():
        defined = [
            (s, _DEFINED_ITEM.match(s.plain) or _LABELLED_QUOTE.match(s.plain)) for s in items
        ]
        pairs = [(s, capitalise(m.group("term").strip()), m.group("desc")) for s, m in defined if m]
        if len(pairs) >= 3 and 3 * len(pairs) >= 2 * len(items):
            groups.append(pairs)  # a list defining its members (most of its items "Term: ...")
            continue
        # "- Voluntary. Guests decide when to come and when to leave.": a run-in label, set off by
        # its own full stop, names what the item's next sentence describes (English typography:
        # a run-in heading).
        labelled = [
            (after, label, after.plain)
            for first in items
            if (label := _run_in_label(first))
            and (after := read.following(first)) is not None
            and after.list_id == first.list_id
            and after.item == first.item
        ]
        if len(labelled) >= 3 and 3 * len(labelled) >= 2 * len(items):
            groups.append(labelled)
            for first in items:
                if _run_in_label(first) and (after := read.following(first)) is not None:
                    label_of[after.id] = first.id
    # A run of sentences defining one term each ("Health means ... Home means ...") in a paragraph.
    run: list[tuple[Sentence, str, str]] = []
    for sentence in (*read.sentences, None):
        found = _TERM_MEANS.match(sentence.plain) if sentence is not None else None
        if (
            found
            and sentence is not None
            and (not run or run[-1][0].paragraph == sentence.paragraph)
        ):
            run.append((sentence, found.group("term"), found.group("desc")))
            continue
        if len(run) >= 3:
            groups.append(run)
        run = [(sentence, found.group("term"), found.group("desc"))] if found and sentence else []
    for pairs in groups:
        if len(pairs) < 3:
            continue
        # ("- Optional: a request" among "The situation", "The feeling": a label saying how the
        # item counts, no name of a member, so no item is keyed on it; English: the members of
        # a set named by noun phrases with their article are noun phrases)
        named = sum(bool(rx.match(r"(?:the|an?)\s", p[1], re.I)) for p in pairs) >= 3
        for position, (sentence, term, desc) in enumerate(pairs):
            if named and _bare_adjective(term):
                continue
            desc = _one_clause(desc)
            if content_stems(term) & content_stems(desc):
                continue  # the description would give the term away
            desc = _pronoun_as_whole(desc, sentence.heading)
            if rx.match(r"^(?:this|that|these|those|it|they)\b", desc, re.I):
                continue  # ("This has four parts: ...": it points back to the term, R7)
            if rx.match(r"^(?:where|when|if|whenever|while)\s+[^,]{1,20},", desc, re.I):
                # ("where possible, the person has asked for it": a fronted adverbial, then a
                # clause whose "it" is the list's subject, outside the stem; R7)
                continue
            if _CONTRASTS_TWO.search(desc):
                # "episodes of care ..., versus support across the lifespan": two values set side
                # by side describe the respect they differ in, not the term (a table's row label),
                # so "is described as" would misread them (item writing: the stem must be true).
                continue
            # (a member whose name the description holds, "Non-clinical" beside "..., not a
            # clinical unit", would be a second key; a label saying how an item counts,
            # "Optional", is no member to choose)
            others = [
                p
                for p in pairs
                if p[1] != term
                and not _names_member(desc, p[1])
                and not (named and _bare_adjective(p[1]))
            ] + [
                # ... though the noun phrase its item opens with names it ("Optional: a request,
                # such as ...": "A request")
                (s, capitalise(np.group(0)), d)
                for s, t, d in pairs
                if named
                and t != term
                and _bare_adjective(t)
                and (
                    np := rx.match(
                        r"(?:an?|the)\s+[a-z][^,.;:]{1,40}?(?=,|\s+such as\b|\.?$)", d.strip()
                    )
                )
                and len(np.group(0).split()) <= 5
            ]
            # (one member per name: labels repeated down a list, "Objective: ..." thrice, are one
            # option, never three)
            others = [
                p
                for at, p in enumerate(others)
                if p[1].lower() not in {o[1].lower() for o in others[:at]} | {term.lower()}
            ]
            if not others:
                continue
            rotated = others[position % len(others) :] + others[: position % len(others)]
            wrong = tuple(
                _Option(
                    text=t,
                    source=s.id,
                    klass="not_primary",
                    rationale=f"{t} is another member of the list: {_one_clause(d)}.",
                )
                for s, t, d in rotated[:3]
            )
            if len(wrong) < 3:
                # Three members of a named set of the field ("Fight", "Flight", "Freeze"): its
                # member the list leaves out is the fourth option, as plausible as the listed
                # ones (item writing: coordinate siblings), when the set holds all three.
                listed = {t.lower() for _, t, _ in pairs}
                siblings = _category_siblings(term, read)
                extra = [o for o in siblings if o.text.lower() not in listed]
                if len(siblings) - len(extra) != len(others) or not extra:
                    continue
                wrong = (*wrong, extra[0])
            plans.append(
                _Plan(
                    kind="sibling",
                    stem=_described_stem(desc, _listed_member(read, pairs[0][0], len(pairs))),
                    correct=_Option(term, label_of.get(sentence.id, sentence.id), None, ""),
                    wrong=wrong,
                    evidence=sentence.text,
                    anchor=sentence.anchor,
                    source_sentence_id=sentence.id,
                )
            )
    return plans


# A heading reviewing an item's answer choices ("How the other choices map to different stages",
# "Where the other options go wrong"): it says what each wrong choice is.
_CHOICES_HEADING = re.compile(
    r"\b(?:other|wrong|answer|remaining) (?:choices|options|answers)\b|\bdistractors\b", re.I
)


@functools.lru_cache(maxsize=512)
def _member_opening(names: tuple[str, ...]) -> re.Pattern[str]:
    """ "In contemplation, a person ...", "Contemplation is the stage in which ...": a setting or
    a definition of a member of a named set (English), not a verdict ("is even further off the
    mark")."""
    alternation = "|".join(re.escape(n) for n in names)
    return re.compile(
        rf"^(?:(?:in|during) (?:the )?(?:{alternation})(?: stage| phase)?,\s+"
        rf"(?P<d1>(?:a|the|someone|people|they|he|she)\b.{{12,}})|"
        rf"(?:the )?(?:{alternation})(?: stage| phase| dimension)? (?:is|means|describes|"
        rf"refers to|involves) (?P<d2>(?:the|a|an|when|where|someone|people|how)\b.{{12,}}))$",
        re.I,
    )


@functools.lru_cache(maxsize=512)
def _member_named_last(names: tuple[str, ...]) -> re.Pattern[str]:
    """ "Weighing the pros and cons ... is contemplation.", '"The person is making a plan"
    describes preparation.': a description as subject, the member's bare name as the predicate,
    identifies what the description is of (English: an equative sentence). A review of the answer
    choices says so of each wrong choice, and it is true there: the choice is wrong for the
    question asked, not as a description of its member."""
    alternation = "|".join(re.escape(n) for n in names)
    return re.compile(
        rf"^(?:(?P<d3>[A-Z][a-z]+ing\b[^\"]{{12,}}?)|\"(?P<d4>[^\"]{{12,}}?)\"),? "
        rf"(?:is|describes|points to) (?:the )?(?:{alternation})(?: stage| phase)?"
        r"(?:,[^.;:]*)?\.?$",
        re.I,
    )


def _category_description_plans(read: ReadLesson) -> list[_Plan]:
    """Members of a named set of the field (the vocabulary's categories) that the article
    describes one sentence each ("Contemplation is the stage in which ...", "In preparation, a
    person ..."): which member is described so? The wrong options are the set's other members,
    those the article names first, one more from the set at most (item writing: coordinate
    siblings)."""
    plans: list[_Plan] = []
    text = " ".join(s.plain for s in read.sentences).lower()
    for name, members in vocabulary().categories:
        described: list[tuple[Sentence, str, str]] = []
        for names in members:
            if not any(n.lower() in text for n in names):
                continue  # (a member the lesson never names is described nowhere in it)
            opening = _member_opening(tuple(names))
            reversed_ = _member_named_last(tuple(names))
            found = next(
                (
                    (sentence, capitalise(names[0]), match.group("d1") or match.group("d2"))
                    for sentence in read.sentences
                    if (match := opening.match(sentence.plain.strip()))
                    and not is_contrast_heading(sentence.heading)
                ),
                None,
            ) or next(
                (
                    (sentence, capitalise(names[0]), match.group("d3") or match.group("d4"))
                    for sentence in read.sentences
                    if (match := reversed_.match(sentence.plain.strip()))
                    and (
                        not is_contrast_heading(sentence.heading)
                        or _CHOICES_HEADING.search(sentence.heading)
                    )
                ),
                None,
            )
            if found is not None:
                described.append(found)
        if not described:
            continue
        siblings_of = {term: _category_siblings(term, read) for _, term, _ in described}
        for sentence, term, desc in described:
            desc = _one_clause(desc).rstrip(" .")
            desc = _in_lower_case(desc)  # quoted mid-sentence, in the stem's case
            wrong = siblings_of[term]
            if len(wrong) < 3 or content_stems(term) & content_stems(desc):
                continue  # too few siblings, or the description gives the term away
            if _CONTRASTS_TWO.search(desc):
                continue  # two values compared: no description of the term
            plans.append(
                _Plan(
                    kind="sibling",
                    # ("Which stage is described as ...?": the kind the set's name counts, as a
                    # list's heading gives it)
                    stem=_described_stem(desc, _set_member(name)),
                    correct=_Option(term, sentence.id, None, ""),
                    wrong=tuple(wrong[:3]),
                    evidence=sentence.text,
                    anchor=sentence.anchor,
                    source_sentence_id=sentence.id,
                )
            )
    return plans


# A list's lead that is only the name of a category ("External assets:"; a parenthesis aside).
_CATEGORY_LEAD = re.compile(r"^(?P<name>[A-Z][\w'-]*(?: [\w'-]+){0,3}):$")
_FAMILY_HEADING = re.compile(
    r"^(?:the\s+)?(?:forms|types|kinds|sources|categories|areas)\s+of\s+(?P<x>[\w' -]{3,40})$", re.I
)


def _member_text(sentence: Sentence) -> str:
    """A list item as an option: its first clause, before an example list ("such as", "including")."""
    text = rx.split(
        r",?\s+(?:such as|including|like)\s|,\s+(?:for example|for instance|e\.g\.)\b",
        _one_clause(sentence.plain),
    )[0]
    text = text.strip(" .,")
    return capitalise(text) if 2 <= len(text.split()) <= 12 and self_contained(text) else ""


def _coordinate_list_plans(read: ReadLesson) -> list[_Plan]:
    """Two lists in one section, each led by the name of a category ("Internal assets:", "External
    assets:"), name coordinate categories (English: parallel leads under one heading): "Which of
    the following is an external asset?" with a member of one list as the key and members of the
    other as the wrong options."""
    by_section: dict[str, list[tuple[str, list[tuple[Sentence, str]]]]] = {}
    for items in read.lists().values():
        first = items[0]
        named = _CATEGORY_LEAD.match(rx.sub(r"\s*\([^)]*\)", "", plain(first.lead)).strip())
        if named is None or is_contrast_heading(first.heading):
            continue
        name = named.group("name")
        if not name.split()[-1].lower().endswith("s"):
            continue  # a category is named in the plural ("External assets")
        members = [(s, t) for s in items if (t := _member_text(s))]
        by_section.setdefault(first.anchor, []).append((name, members))
    plans: list[_Plan] = []
    for anchor, groups in by_section.items():
        if len(groups) < 2:
            continue
        heading = next((s.heading for s in read.sentences if s.anchor == anchor), "")
        family = _FAMILY_HEADING.match(plain(heading).strip())
        context = f" in {family.group('x').strip()}" if family else ""
        for name, members in groups:
            others = [m for other, ms in groups if other != name for m in ms]
            if not members or len(others) < 3:
                continue
            pool = [
                _Option(
                    t, s.id, "not_primary", f"The lesson lists this under {s.lead.rstrip(':')}."
                )
                for s, t in others
            ]
            stem = f"Which of the following is {one_of(name)}{context}?"
            doer = _DOER_LEAD.match(name)
            verb = lemmas_of(doer.group("v").lower()).get("VERB", ()) if doer else ()
            if doer and verb and verb[0] != doer.group("v").lower():
                # "The person brings:" beside "The provider brings:": a subject and its verb,
                # whose objects the items are (English: a lead clause left open by its colon),
                # asked as "What does the person bring?".
                subject = doer.group("s")
                subject = subject if subject[:2].isupper() else subject[:1].lower() + subject[1:]
                stem = f"Which of the following does {subject} {verb[0]}?"
                if setting := _setting(read.lesson.title):
                    # ("In shared decision-making, which of the following does the person
                    # bring?": what a party brings is brought to the activity the title names;
                    # item writing, a stem states the situation its options are judged in)
                    stem = f"{setting}, {stem[:1].lower()}{stem[1:]}"
            elif doer:
                continue  # no category and no clause: "Which is a the person bring?" asks nothing
            # (its first two members: one may say what a key may not, a "not" read as a stray
            # negative, R6)
            for sentence, text in members[:2]:
                plan = _from_sentence("sibling", stem, sentence, text, pool)
                if plan is not None:
                    plans.append(plan)
    return plans


def _kind_named(name: str) -> str:
    """A kind as "an example of ..." names it: one of a plural ("open questions" -> "an open
    question"); a singular written without an article in a heading is a mass noun and stays bare
    ("systems advocacy", "change talk"; English: mass nouns take no indefinite article)."""
    last = name.split()[-1].lower()
    if last.endswith("s") and not last.endswith(("ss", "us", "is", "cs")):
        return one_of(name)
    return name if name[:2].isupper() else name[:1].lower() + name[1:]


def _heading_example_plans(read: ReadLesson) -> list[_Plan]:
    """Lists headed "Examples of X" and "Examples of Y" in one lesson give the examples of two
    coordinate kinds (English: parallel headings); an example of one is an example of none of the
    others, so the others' examples are the wrong options (item writing: siblings as wrong
    options): "Which of the following is an example of systems advocacy?" with "Testifying at a
    hearing about a policy that affects many people" as the key and the examples of individual
    advocacy as the wrong options."""
    groups: dict[str, list[tuple[Sentence, str]]] = {}
    for items in read.lists().values():
        kind = examples_heading(items[0].heading)
        if not kind:
            continue
        members = groups.setdefault(kind, [])
        # (an example is a whole scene, "Going with a person to ask their provider for a
        # different case manager": longer than a list's names, as real items' examples are)
        members += [(s, t) for s in items if (t := _list_option(s, most=16))]
    plans: list[_Plan] = []
    for kind, members in groups.items():
        pool = [
            _Option(t, s.id, "not_primary", f"This is an example of {other}.")
            for other, theirs in groups.items()
            if other != kind
            for s, t in theirs
        ]
        if len(pool) < 3:
            continue
        stem = f"Which of the following is an example of {_kind_named(kind)}?"
        for sentence, text in members[:2]:
            if plan := _from_sentence("example", stem, sentence, text, pool):
                plans.append(plan)
    return plans


# A list's lead naming a doer and an act ("The person brings", "Each party decides"): a clause.
_DOER_LEAD = re.compile(r"^(?P<s>(?:the|a|an|each|every)\s+[\w' -]+?)\s+(?P<v>[a-z]+s)$", re.I)


_TERM_MEANS = re.compile(
    r"^(?P<term>[A-Z][\w-]*(?: [\w-]+){0,2}) (?:means|refers to|is about) (?P<desc>.{12,})$"
)


def _one_clause(text: str) -> str:
    """The first clause, before its examples or a restatement ("..., that is, ...")."""
    text = rx.split(
        r";|\s\u2014\s|\(|, such as |, (?:that is|i\.e\.|in other words),", plain(text)
    )[0]
    return text.strip(" .,")


def _category(sentence: Sentence) -> str:
    """What a list's items are members of: its heading, or the sentence leading into it."""
    heading = plain(sentence.heading).strip(" :")
    words = rx.sub(r"^(?:the|a|an|\w+ (?=\w+s\b))\s*", "", heading, flags=re.I).split()
    # A category is a plural noun phrase ("Forms of recovery capital", "The ten principles"), not
    # an action ("Building a goal") or a question. (its head is the last word before a
    # preposition: "The ten whole health and resiliency factors"; English: the head noun)
    head = _head_noun(words)
    plural = any(
        w.lower().endswith("s") and not w.lower().endswith("ss") for w in [*words[:3], head]
    )
    # "What it involves", "How peers help build it": a clause (a wh-word, a pronoun), no name.
    clause = bool(
        rx.match(r"^(?:what|how|why|when|where|which|who|whose)\b", heading, re.I)
        or rx.search(r"\b(?:it|they|you|we)\b", heading, re.I)
        # ("So what is a collegiate recovery program?": a question, whatever word opens it)
        or heading.endswith("?")
    )
    if (
        heading
        and len(heading.split()) <= 8
        and words
        and not is_gerund(words[0])
        and plural
        and not clause
    ):
        heading = rx.sub(r"^(?:the|a|an)\s+", "", heading, flags=re.I)
        return heading[:1].lower() + heading[1:] if not heading[:2].isupper() else heading
    return ""


def _bare_plural(category: str) -> bool:
    """A plural category of up to three words with nothing after its head ("required elements",
    "five stages"): a relational noun ("elements", "practices") left without its complement, which
    a heading takes from the title above it (English: a definite description's content)."""
    words = category.split()
    return (
        len(words) <= 3
        and not any(w.lower() in _POSTMODIFIER_OPENERS or w in ("to", "that", "who") for w in words)
        and not any(w[:1].isupper() for w in words)
        and _head_noun(words) == words[-1]
    )


_POSTMODIFIER_OPENERS = frozenset(["of", "for", "in", "to", "that", "which", "with", "on", "at"])


def _head_noun(words: Sequence[str]) -> str:
    """The head of a noun phrase: its last word before a preposition or a relative clause
    ("factors" of "ten whole health and resiliency factors", "forms" of "forms of recovery
    capital"; English: premodifiers come before the head, postmodifiers after it)."""
    before: list[str] = []
    for word in words:
        if word.lower() in _POSTMODIFIER_OPENERS:
            break
        before.append(word)
    return before[-1].lower().strip(",.:;") if before else ""


# Nouns of evidence (English: what someone shows, that another observes): a list of "signs that
# tension is rising" holds what the person does or shows, never the helper's acts.
_EVIDENCE_NOUNS = frozenset(word_list("evidence_nouns"))


# Singular nouns naming a whole made of ordered or related parts (English: collective nouns of
# procedure); a heading of one over a list ("The decision-making process") names the whole the
# items are parts of.
_WHOLE_NOUNS = frozenset(
    ["process", "sequence", "cycle", "model", "framework", "routine", "procedure", "method"]
)
# "What supervision typically covers", "What helps": a free relative heading, which names the
# things its clause is true of (English: "what" = "the things that").
_WHAT_HEADING = re.compile(r"^what\s+(?P<x>[a-z][\w' -]+)$", re.I)


def _heading_whole(heading: str) -> str:
    """The whole a heading names, when it is a singular noun phrase headed by a noun of
    procedure ("The decision-making process" -> "the decision-making process", "A sequence for
    giving feedback" -> "the sequence for giving feedback"), or ""."""
    heading = plain(heading).strip(" :.")
    words = heading.split()
    if not words or len(words) > 8 or _head_noun(words) not in _WHOLE_NOUNS:
        return ""
    if rx.search(r"\b(?:it|its|they|their|you|your|we|our|this|these)\b", heading, re.I):
        return ""  # pointing at words outside the stem
    if rx.match(r"^(?:what|how|why|when|where|which|who)\b", heading, re.I):
        return ""
    if is_gerund(words[0].lower()):
        return ""  # ("Using the model in practice": a gerund heads its phrase, an activity)
    if not (len(words[0]) > 1 and words[0].isupper()):
        words = [words[0].lower(), *words[1:]]
    if words[0] in ("a", "an"):
        # (the list is the one the article sets out: definite once named)
        words = ["the", *words[1:]]
    elif words[0] != "the":
        words = ["the", *words]
    return " ".join(words)


def _things_said(heading: str) -> str:
    """What a free relative heading says of the things it names, fit to follow "something"
    ("What supervision typically covers" -> "supervision typically covers", "What actually
    helps" -> "that actually helps"), or "" for a heading pointing outside itself."""
    match = _WHAT_HEADING.match(plain(heading).strip(" :."))
    if match is None:
        return ""
    clause = match.group("x").strip()
    words = clause.split()
    if rx.search(r"\b(?:it|its|they|them|their|you|your|we|us|our|this|that)\b", clause, re.I):
        return ""
    if words[0].lower() in ("to", "not", "if", "is", "are", "does", "do", "can", "should"):
        return ""  # "What to expect", "What is ...": no clause naming things
    first = words[0].lower()
    # ("counts as": a word that is a noun too is the verb before a preposition)
    following = words[1].lower() if len(words) > 1 else ""
    verb_first = (
        first.endswith("s")
        and "VERB" in lemmas_of(first)
        and ("NOUN" not in lemmas_of(first) or following in _POSTMODIFIER_OPENERS | {"as"})
    )
    adverb_first = first.endswith("ly") and len(words) > 1 and words[1].lower().endswith("s")
    if verb_first or adverb_first:
        return f"that {clause}" if len(words) <= 8 else ""
    # (a subject and its verb, or its modal: "What a routine can include")
    finite = finite_verb(words) > 0 or any(w.lower() in _AUXILIARY_WORDS for w in words[1:5])
    return clause if finite and len(words) <= 8 else ""


# A clause of reason set off after a list item's act ("Encouraging connection, since relationships
# protect"): an adjunct saying why, not part of the act (English: adverbial clauses of reason).
_REASON_TAIL = re.compile(r",\s+(?:since|because|as)\s.*$", re.I)


# A clause of time put first ("Before you meet, ", "At the first session, "), then the rest.
_FRONTED_TIME = re.compile(
    r"^(?P<t>(?:before|after|once|at|during|by the end of)\s[^,]{3,60}),\s+(?P<i>[a-z].+)$", re.I
)
# "they" with its verb, as "the person" takes it: "they are" -> "the person is".
_THEY_AGREES = {"are": "is", "were": "was", "have": "has", "do": "does", "don't": "doesn't"}
_THEY_AGREES |= {"aren't": "isn't", "weren't": "wasn't", "haven't": "hasn't"}
_MODALS = frozenset(["can", "could", "will", "would", "may", "might", "must", "should", "shall"])


def person_for_they(text: str) -> str:
    """An instruction about the person supported with its first "they", "them" or "their"
    spelled out as the person ("Ask where they are today" -> "Ask where the person is today"),
    the verb agreeing; `text` unchanged when a noun before the pronoun could be what it stands
    for, or no instruction opens it (English: in steps addressed to a helper, the third person
    is the one helped; spelled out, an option stands alone)."""
    words = text.split()
    first = words[0].lower().strip(",") if words else ""
    # (an instruction, or a step opening on a verb's base form: "Offer to help them ...")
    if not words or not (is_instruction(words) or (is_verb(first) and first == base_form(first))):
        return text
    found = rx.search(r"\b(?:they|them|their|theirs)\b", text, re.I)
    if found is None:
        return text
    before = text[: found.start()].split()
    if any(
        "NOUN" in lemmas_of(w.lower().strip(","))
        and w.lower().strip(",") not in _NOT_NOUNS
        # ("to help them": after "to", a verb)
        and not (before[at - 1].lower() == "to" and "VERB" in lemmas_of(w.lower()))
        for at, w in enumerate(before[1:], start=1)
    ):
        # ("Ask the family what they need", "Speak with the member without shaming them": a
        # noun before the pronoun may be what it stands for)
        return text

    def they(match: re.Match[str]) -> str:
        verb = match.group("v")
        lower = verb.lower()
        if lower in _THEY_AGREES:
            return f"the person {_THEY_AGREES[lower]}"
        if lower in _MODALS or not is_verb(lower) or lower != base_form(lower):
            return f"the person {verb}"  # (a modal or a past form agrees with any subject)
        return f"the person {third_person(lower)}"

    # The first pronoun only: spelled out, "the person" is what the later ones stand for
    # ("Help the person fill in their form", not "... the person's form").
    word = found.group(0).lower()
    rest = text[found.start() :]
    if word == "they":
        rest = rx.sub(r"^they\s+(?P<v>[\w']+)", they, rest, count=1, flags=re.I)
    else:
        rest = {"them": "the person", "their": "the person's", "theirs": "the person's"}[
            word
        ] + rest[len(word) :]
    return text[: found.start()] + rest


# Words the lexicon also lists as nouns that name nothing a pronoun could stand for here.
_NOT_NOUNS = frozenset(["where", "how", "what", "when", "why", "whether", "that", "if", "who"])


def _list_option(sentence: Sentence, most: int = 12) -> str:
    """A list item as an option, of `most` words at most."""
    text = _one_clause(sentence.plain)
    fronted = _FRONTED_TIME.match(text)
    if fronted and is_instruction(fronted.group("i").split()):
        # "Before you meet, notice your own agenda": an instruction after its fronted clause of
        # time is the same instruction with the clause after it (English: an adverbial clause
        # may stand either side), and an option opens on its verb as the others do.
        text = f"{capitalise(fronted.group('i').rstrip(' .'))} {fronted.group('t')[:1].lower()}{fronted.group('t')[1:]}"
    if not self_contained(text):
        text = person_for_they(text)
    text = _REASON_TAIL.sub("", text) if len(_REASON_TAIL.sub("", text).split()) >= 2 else text
    term = _DEFINED_ITEM.match(sentence.plain)
    if term:
        # "Giving full attention: phone away, ...": the label names the member (a phrase of two
        # words or more; a one-word name is a term for the sibling kind).
        label = term.group("term").strip()
        return label if 2 <= len(label.split()) <= 8 and self_contained(label) else ""
    head = rx.split(r":\s", text)[0]
    if head != text and len(head.split()) >= 3:
        # "Invite the person to reflect on past crises: what helped, what did not": what follows
        # the colon elaborates the item, which its head states (English: the colon); so does an
        # example announced before it ("Explain the purpose in plain words, for example: ...")
        text = rx.sub(
            r",?\s+(?:for example|for instance|e\.g\.|such as|like)$", "", head, flags=re.I
        )
    example = rx.search(r",\s+(?:for example|for instance|e\.g\.|such as)\b", text, re.I)
    if example and len(text[: example.start()].split()) >= 3:
        # "Build bridges between intercepts, for example helping a person ...": the example
        # illustrates the item, which is whole before it (English: an appositive example); a cut
        # inside the example would leave it half said
        text = text[: example.start()]
    if len(text.split()) > most:
        # a long item in its shorter wording that still states it, in line with the others'
        # lengths (item writing: no length clue)
        text = next((w for w in key_wordings(text)[1:] if len(w.split()) <= most), text)
    if rx.search(r"\b(?:say|tell|explain|state|mention|ask)\s+[a-z]+ly$", text.rstrip(" ."), re.I):
        return ""  # ("..., and say plainly": a verb of saying cut off from what is said)
    return capitalise(text) if 2 <= len(text.split()) <= most and self_contained(text) else ""


# A sentence leading into a list that names the whole the items are parts of (English: "X is a set
# of behaviors:", "X includes:", "X involves the following:").
_WHOLE_LEAD = re.compile(
    r"^(?P<x>[A-Z][\w' -]{2,50}?)\s+(?:(?:is|are)\s+(?:a|an)\s+(?:set|list|series|combination|"
    r"mix|group)\s+of\s+[\w -]+|includes?|involves?|consists? of|is made up of|are made up of|"
    r"requires?)(?:\s+(?:the following|these|several|a few|three|four|five|six)"
    r"(?:\s+[\w-]+)?)?\s*:$",
)


def _whole(sentence: Sentence) -> str:
    """What a list's lead sentence says its items are parts of ("active listening"), or ""."""
    match = _WHOLE_LEAD.match(plain(sentence.lead).strip())
    if match is None:
        return ""
    whole = match.group("x").strip()
    if rx.match(r"^(?:it|this|that|they|these|those|here|there)\b", whole, re.I):
        return ""  # a pronoun: the whole is named elsewhere
    if _ROLE_MENTION.search(whole) or not content_stems(whole) - GENERIC_STEMS:
        return ""  # "Peer specialists include:" lists what people do, not parts of a whole
    if rx.match(r"^(?:some\s+|common\s+|other\s+)?examples?\b", whole, re.I):
        return ""  # "Examples include:": instances of something named before, no whole
    return whole if whole[:2].isupper() else whole[:1].lower() + whole[1:]


def _near(text: str, members: Sequence[tuple[Sentence, str]], read: ReadLesson) -> bool:
    """Whether a rejected idea shares a word with a member of the list (beyond the lesson's title
    words): "financial resources to pay for treatment" is too close to "income and basic financial
    stability" to be called not a member (an article may reject it as the definition only)."""
    title = content_stems(read.lesson.title) | {"cps", "person", "recoveri", "recovery", "support"}
    own = content_stems(text) - title
    # (the members of this list, in full: another list of the lesson, "Signs tension is
    # rising" beside "What to do", names other things, whose words a rejected idea may share)
    whole_list = read.lists().get(members[0][0].list_id, []) if members else []
    # (and the lists beside it in its section, "Internal assets:" and "External assets:" under
    # "Forms of recovery capital": members of one category split in two)
    section = members[0][0].anchor if members else None
    beside = [
        s
        for items in read.lists().values()
        for s in items
        if section is not None and s.anchor == section and items is not whole_list
    ]
    listed = [t for _, t in members] + [s.plain for s in (*whole_list, *beside)]
    return any(own & (content_stems(t) - title) for t in listed)


def _opens_alike(text: str, members: Sequence[str]) -> bool:
    """Whether an idea opens as the list's members all do, so that it could pass for one (item
    writing: parallel options): with their common first word ("Recovery emerges ...", "Recovery
    occurs ..."), with an article only if they have one ("Finances and benefits" beside "An intake
    form ..." stands out), as a clause if they are clauses."""
    firsts = {m.split()[0].lower() for m in members if m.split()}
    words = text.split()
    if not words or not firsts:
        return False
    first = words[0].lower()
    if len(members) >= 3 and len(firsts) == 1 and first not in firsts:
        return False
    articles = ("a", "an", "the")
    if first in articles and not firsts & set(articles):
        return False
    # (an instruction, "Ask what the person wants", is no clause though a clause sits inside it)
    clauses = [finite_verb(m.split()) > 0 and not is_instruction(m.split()) for m in members]
    return not (all(clauses) and (finite_verb(words) <= 0 or is_instruction(words)))


def _parallel(text: str, shape: str) -> bool:
    """Whether an idea rewritten in a list's `shape` reads as its members do: no clause among
    things or acts ("Writing a report means someone is in trouble"), no description among acts
    ("Limited to older adults"), no gerund among instructions (item writing: parallel options)."""
    if shape == "base":
        return shape_of(text) != "ing"
    if shape == "clause":
        return _states(text)  # ("A clinical translation" among statements)
    if shape == "noun" and shape_of(text) == "ing":
        return False  # ("Filling out the document" among the things a document holds)
    return not _states(text) and not (shape == "ing" and _describes(text))


def _states(text: str) -> bool:
    """Whether a phrase is a clause stating something: a gerund subject with its verb ("Writing a
    report means ...") or a plain statement ("Peer workers are cheaper ...")."""
    words = text.split()
    if words and is_gerund(words[0].lower()):
        return is_gerund_clause(text)
    return _plain_statement(text)


def _describes(text: str) -> bool:
    """Whether a phrase opens on an adjective or a past participle with its complement ("Limited
    to older adults", "Unable to ..."): it describes, where an act would open on its verb
    (English)."""
    words = text.lower().split()
    if len(words) < 2 or words[1] not in ("to", "by", "for", "with", "from", "on", "in", "of"):
        return False  # ("Advanced therapeutic techniques": an adjective before its noun)
    lemmas = lemmas_of(words[0])
    participle = words[0].endswith("ed") and "VERB" in lemmas and words[0] not in lemmas["VERB"]
    return participle or set(lemmas) == {"ADJ"}


def _opens_gerund(words: Sequence[str]) -> bool:
    """Whether a phrase opens with a gerund. "Building a goal": an -ing word with an object (a
    determiner next) is a gerund even when the word alone reads as a noun ("a building")."""
    return bool(words) and (
        is_gerund(words[0].lower())
        or (
            words[0].lower().endswith("ing")
            and "VERB" in lemmas_of(words[0].lower())
            and len(words) > 1
            and words[1].lower() in ("a", "an", "the", "your", "their")
        )
    )


def _too_long(plan: _Plan) -> bool:
    """Whether the key stands out from its wrong options by its length alone (R5)."""
    problem = form_problem(plan.correct.text, [o.text for o in plan.wrong])
    return "length" in problem or "longest" in problem


# A heading naming a role's work: "Role of the peer specialist", "The peer specialist's part".
_DUTY_HEADING = re.compile(
    rf"^(?:the\s+)?(?:(?P<w>role|part|job|work|tasks|duties)\s+of\s+(?:the\s+|a\s+)?"
    rf"(?P<r>(?:{alternation(_V.role_words)}))|(?P<r2>(?:{alternation(_V.role_words)}))['\u2019]s\s+"
    rf"(?P<w2>role|part|job|work|tasks|duties))$",
    re.I,
)


def _way_asked(heading: str, concept: str) -> str:
    """What a "how" heading asks the manner of, fit to follow "one way" ("How peers help build
    it" -> "peers help build resilience", "How to validate" -> "to validate"), or "". A heading's
    "it" stands for what the article is about, its concept (English: a heading's pronoun takes
    the topic as its antecedent); another pronoun, or a question ("How does it work?"), gives ""."""
    match = rx.match(r"^how\s+(?P<x>[^?]+)$", plain(heading).strip(" :."), re.I)
    if match is None:
        return ""
    clause = match.group("x").strip()
    words = clause.split()
    if words[0].lower() == "to":
        if len(words) < 2 or not is_verb(words[1].lower()):
            return ""
    elif finite_verb(words) <= 0 or words[0].lower() in _QUESTION_AUXILIARIES:
        return ""  # no subject and verb, or a question's auxiliary first ("How does ...")
    if concept and not concept.lower().endswith("s"):
        clause = rx.sub(r"\bit\b", concept, clause)
    if rx.search(
        r"\b(?:it|its|they|them|their|this|that|these|those|you|your|we|us)\b", clause, re.I
    ):
        return ""
    return clause if len(clause.split()) <= 8 else ""


def _named_in_full(activity: str, read: ReadLesson) -> str:
    """ "Running the drill" in a lesson saying "A refusal drill is ...": the definite noun as
    the lesson names the thing it defines ("running a refusal drill"; English: a definite
    description takes its content from the discourse, which a stem standing alone lacks)."""
    bare = rx.search(r"\bthe (?P<n>[a-z]+)\b", activity)
    if bare is None:
        return activity
    noun = bare.group("n")
    for sentence in read.sentences[:12]:
        found = rx.match(
            rf"^(?:an?|the)\s+(?P<m>[A-Za-z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}})\s+(?P<h>{noun})"
            r"(?:\s+\([^)]{1,20}\))?\s+(?:is|means|refers to)\b",
            sentence.plain,
            re.I,
        )
        if found is None or found.group("m").lower() in STOPWORDS:
            continue
        named = found.group("m")
        if named[:1].isupper():
            # ("the Sequential Intercept Model": a name keeps its capitals and its "the")
            head = found.group("h")
            return f"{activity[: bare.start()]}the {named} {head}{activity[bare.end() :]}"
        article = "an" if named[:1].lower() in "aeio" else "a"
        return f"{activity[: bare.start()]}{article} {named.lower()} {noun}{activity[bare.end() :]}"
    return activity


# The auxiliary that opens a question ("How does it work?"): no subject and verb of a clause.
_QUESTION_AUXILIARIES = frozenset(
    ["do", "does", "did", "is", "are", "was", "were", "can", "could", "should", "will", "would"]
)


def _unmistakable_setting(title: str) -> bool:
    """Whether the title's setting cannot be misread: "In" and a noun of action, or "When" and a
    word that is only a verb ("When transporting people ..."), or one with its object's
    determiner after it ("When building a goal ..."). "Housing searches" is a compound noun as
    likely as a gerund and its object ("When housing searches" would read as nonsense; English
    grammar alone does not tell them apart), so a stem that reads whole without a setting is
    left without one."""
    setting = _setting(title) or ""
    opener, _, activity = setting.partition(" ")
    words = activity.split()
    if opener != "When" or not words:
        return bool(setting)
    determiners = ("a", "an", "the", "your", "their", "someone")
    return (
        "NOUN" not in lemmas_of(words[0].lower())
        or (len(words) > 1 and words[1].lower() in determiners)
        # ("When working through an ethical dilemma": a word in "-ing" with a preposition and
        # its determiner after it is a verb and its complement; a compound noun takes no
        # prepositional object so, "When housing through a" reads as nothing)
        or (
            len(words) > 2
            and words[0].lower().endswith("ing")
            and words[1].lower() in PREPOSITIONS | {"through", "to", "over", "around", "after"}
            and words[2].lower() in determiners
        )
    )


def _modified_as_titled(category: str, title: str) -> str:
    """ "the warning signs to know" under the title "Recognizing and Responding to Suicide Warning
    Signs": the category with the modifier the title gives its head ("the suicide warning signs
    to know"). A heading leaves to the title what kind of thing its noun names; a stem read alone
    must say it (English: the heading's noun takes its restriction from the title; item writing,
    R7)."""
    head = rx.match(r"^(?P<d>the\s+)?(?P<n>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\b", category)
    if head is None or not content_stems(head.group("n")):
        return category
    for noun in (head.group("n"), head.group("n").split()[0]):
        named = rx.search(rf"\b(?P<m>[A-Za-z][\w-]+)\s+{re.escape(noun)}\b", title, re.I)
        if named is None:
            continue
        modifier = named.group("m").lower()
        if (
            modifier in STOPWORDS
            or modifier in category.lower().split()
            or not {"NOUN", "ADJ"} & set(lemmas_of(modifier))
            # ("Managing Warning Signs": a gerund and its object, no modifier)
            or modifier.endswith("ing")
        ):
            return category
        return f"{head.group('d') or ''}{modifier} {category[len(head.group('d') or '') :]}"
    return category


def _list_plans(
    read: ReadLesson, mined: Sequence[Mined], bank: Sequence[WrongOption], concept: str = ""
) -> list[_Plan]:
    plans: list[_Plan] = []
    for items in read.lists().values():
        first = items[0]
        if first.heading and rx.search(
            r"\bkey points?\b|\bsteps?\b|\bexample", first.heading, re.I
        ):
            continue
        if first.heading and is_contrast_heading(first.heading):
            continue
        category = _category(first)
        if category and len(category.split()) == 1:
            # "Guidelines" over a list: a bare plural heading's complement is the topic the title
            # names ("guidelines for writing strengths-based progress notes"); without one the
            # stem would not say whose guidelines (English: the heading's implied complement).
            activity = _title_activity(read.lesson.title)
            category = f"{category} for {activity}" if activity else ""
        elif category and _bare_plural(category):
            # "Required elements", "Core practices": a plural heading that only modifies its head
            # leaves its complement to the title as well ("core practices for street outreach
            # with people experiencing homelessness"); kept as it is where the title names no
            # activity, or repeats the heading's words.
            activity = _title_activity(read.lesson.title)
            if activity and not content_stems(category) & content_stems(activity):
                category = f"{category} for {activity}"
        category = _modified_as_titled(category, read.lesson.title)
        members = [(s, _list_option(s)) for s in items]
        members = [(s, t) for s, t in members if t]
        if len(members) < 3:
            continue
        shape = shape_of(members[0][1])
        members = [(s, t) for s, t in members if shape_of(t) == shape]
        if len(members) < 3:
            continue
        stem = f"Which of the following is one of the {category}?"
        whole = _whole(first) or _heading_whole(first.heading)
        said = _things_said(first.heading) if not category and not whole else ""
        # (a heading's "it" is the title's topic: a concept the title does not name is no
        # antecedent for it)
        titled = concept if content_stems(concept) <= content_stems(read.lesson.title) else ""
        way = _way_asked(first.heading, titled) if not category and not whole else ""
        if whole and not category:
            stem = f"Which of the following is part of {whole}?"
        elif said:
            # "What supervision typically covers" over its topics: each is one of the things
            # the clause is true of (English: a free relative names them).
            stem = f"Which of the following is something {said}?"
        elif way and shape in ("ing", "base"):
            # "How peers help build it" over "Noticing small comebacks", ...: each item is one
            # way of doing what the heading asks how to do (English: a "how" clause asks for the
            # manner, which the items give).
            stem = f"Which of the following is one way {way}?"
        elif not category:
            # A list of instructions under a heading naming an activity ("Building a goal with a
            # peer": "Ask the person ...", "Agree on a review date"): its items are parts of that
            # activity (English: imperatives under a gerund heading describe how it is done).
            activity = plain(first.heading).strip(" :?")
            words = activity.split()
            duty = _DUTY_HEADING.match(activity)
            if duty and shape == "base":
                # "Role of the peer specialist", "The peer specialist's part" over instructions:
                # each is part of what the role does (English: imperatives under the name of a
                # role's work say what that work is).
                role = (duty.group("r") or duty.group("r2")).lower()
                activity = f"the {role}'s {(duty.group('w') or duty.group('w2')).lower()}"
            elif shape != "base" or not _opens_gerund(words):
                # "Building a goal": an -ing word with an object (a determiner next) is a gerund
                # even when the word alone reads as a noun ("a building").
                continue
            if (
                len(words) > 8
                or rx.search(
                    r"\b(?:it|its|this|that|these|those|they|them|you|your)\b", activity, re.I
                )
                or _answers_nothing(activity)
            ):
                continue  # too long for a stem, or pointing at words outside it
            activity = _named_in_full(activity, read)
            stem = f"Which of the following is part of {activity[:1].lower() + activity[1:]}?"
            members = members[:4]
        # ("Which of the following is something agencies commonly require?" in a lesson on
        # transporting people in a personal vehicle: the set is the lesson's, and the stem alone
        # does not say whose; English, a generic plural takes its scope from context)
        if _unmistakable_setting(read.lesson.title):
            stem = _in_setting(stem, read.lesson.title)
        # Among acts, what a thing is denied doing ("Rehearsal does not replace avoiding risky
        # places") is no act of anyone's ("Replace avoiding risky places"), as for an action
        # stem.
        ruled_out = [m for m in mined if not m.thing_done] if shape in ("base", "ing") else mined
        # "Which is one of ...": one member against what the lesson rules out.
        for sentence, text in members[:2]:
            key = _Option(text, sentence.id, None, "")
            pool = [
                o
                for o in _wrong_options(key, ruled_out, bank, read)
                if not _near(o.text, members, read)
                # (a way of doing something is an act: "Recovery from an illness" is none)
                and not (way and shape_of(o.text) not in ("ing", "base"))
                # (opening as the members do: "A participant" beside "Healthy eating", "Restful
                # sleep" stands out; item writing: parallel options)
                and _opens_alike(o.text, [t for _, t in members][:3])
                and _parallel(o.text, shape)
            ]
            plan = _from_sentence("list_member", stem, sentence, text, pool)
            if plan is not None and _too_long(plan):
                # A member longer than the ideas it stands among by much is a clue (R5): its
                # shorter wording, which still states the act ("Narrow the wish to one next
                # step", without "that the person chooses"), when one sits in line with them.
                plan = next(
                    (
                        shorter_plan
                        for cut in key_wordings(text)[1:]
                        if (
                            shorter_plan := _from_sentence("list_member", stem, sentence, cut, pool)
                        )
                        and not _too_long(shorter_plan)
                    ),
                    plan,
                )
            if plan is not None:
                plans.append(plan)
        # NOT: three members the lesson endorses, one idea it rejects.
        # (the first two ideas that could pass for members: one near a member is no fourth
        # option, nor one unlike them all, and neither takes the place of one that is)
        listed = [t for _, t in members]
        observed = _head_noun(category.split()) in _EVIDENCE_NOUNS
        rejected = [
            m
            for m in ruled_out
            if (text := _in_shape(m.text, shape))
            # (in the members' own form: "Writing a report means ..." states something among
            # things, "Limited to older adults" describes among acts; item writing: parallel
            # options)
            and _parallel(text, shape)
            and not _asked_only(m, read)
            and not _near(text, members, read)
            and _opens_alike(text, listed[:3])
            # (an act in either form: "Saying ..." is the instruction "Say ...")
            and not (way and shape_of(m.text) not in ("ing", "base"))
            # (what the role must not do is no candidate sign: "Touching the person" beside
            # "Pacing, clenched fists or jaw" is the helper's act among what the person shows)
            and not (observed and m.option.klass == "avoid")
        ]
        rejected.sort(key=lambda m: not m.member_rejected)
        for item in rejected[:2]:
            text = _in_shape(item.text, shape)
            for offset in range(0, max(1, len(members) - 2)):
                chosen = members[offset : offset + 3]
                if len(chosen) < 3:
                    break
                plans.append(
                    _Plan(
                        kind="not_question",
                        stem=rx.sub(r"\bis (?=one of|one way|part of|something)", "is NOT ", stem),
                        correct=_Option(
                            text, item.option.source, item.option.klass, item.option.rationale
                        ),
                        wrong=tuple(_Option(t, s.id, None, "") for s, t in chosen),
                        evidence=item.option.evidence,
                        anchor=first.anchor,
                        source_sentence_id=item.option.source,
                        negative=True,
                    )
                )
    return plans


# "Peer specialists listen ...", "A recovery coach offers ...": the role doing something.
_ROLE_DOES = re.compile(
    rf"^(?:so,?\s+)?(?:the |a |an |many |most )?(?:certified |family )?(?:{alternation(_V.role_words)})s?"
    r"\s+(?:also\s+|can\s+|should\s+)?(?P<v>[a-z]+)\s+(?P<rest>[^.;:!?]+)",
    re.I,
)
_ROLE_MENTION = re.compile(rf"\b(?:{alternation(_V.role_words)})", re.I)
# Someone in a scene: a person word ("A person", "a peer", "participants"), "someone", or the role.
_SCENE_SOMEONE = re.compile(
    rf"\b(?:someone|somebody|{alternation(_V.person_words)}|{alternation(_V.role_words)})\b", re.I
)
# What a lesson about the role itself asks about: its work, its duties, its scope.
_ROLE_SCOPE = re.compile(
    r"\b(?:roles?|responsibilit(?:y|ies)|dut(?:y|ies)|job|scope|tasks?)\b", re.I
)
_HEDGED = any_of(_V.hedges)


# Advice to the reader, who is the role (English: an imperative; "you should/need to/can";
# "the best response is to ...", "good practice is to ...", "it helps to ...").
_ADVISED = re.compile(
    r"^(?:(?:so|instead|first|next|then|also|finally|above all),?\s+)?"
    r"(?:you\s+(?:should|need\s+to|must|can|will\s+want\s+to)\s+|"
    r"(?:the\s+)?(?:best|most\s+helpful|right|better|first|safest|wisest)\s+(?:response|move|"
    r"approach|step|thing\s+to\s+do|option|course)\s+(?:is|was)\s+to\s+|"
    r"(?:good|best|standard|sound)\s+practice\s+is\s+to\s+|"
    r"it\s+(?:helps|is\s+(?:important|essential|wise|helpful|best|better))\s+to\s+)?"
    r"(?P<x>[A-Za-z][^.;:!?\u2014]+)\.?$",
    re.I,
)
# The part of `_ADVISED` after which a verb's base form must come: a modal after "you", or "is to".
_FRAMED_VERB = re.compile(r".*(?:\byou\s+\S+(?:\s+to)?|\bto)\s+$", re.I)
# Where an act of advice ends: its reason or a clause of its own follows (English punctuation).
_ADVICE_END = re.compile(r",\s+(?:so|because|and|but|which|then)\b|\s+(?:so that|because)\s")
# Imperatives that direct the reading, not the work ("Note that ...", "Remember ...").
_DISCOURSE_VERBS = frozenset(
    [
        *("note", "remember", "consider", "imagine", "think", "picture", "see", "look", "notice"),
        *("recall", "suppose", "say", "let", "read", "compare"),
    ]
)
_DUTY = re.compile(
    r"^(?:[\w']+\s+){0,3}?(?:job|part|role|task|work|aim)\s+(?:was|is)\s+to\s+"
    r"(?P<x>[a-z][^.;:!?\u2014]+?)(?:,\s+not\b.*|\s+\u2014.*)?[.]?$",
    re.I,
)


def _unnamed_object(text: str) -> str:
    """A vignette's person as "the person" (English: the name stands for anyone in their place)."""
    return rx.sub(
        r"\b[A-Z][a-z]{2,}\b",
        lambda m: "the person" if not lemmas_of(m.group(0).lower()) else m.group(0),
        text,
    )


# What a heading or lead says of a list whose items are things to do.
# A list of what someone shows ("Warning signs to know", "Symptoms"), not of what the role does.
_SIGNS_LIST = re.compile(
    r"\b(?:signs?|symptoms?|indicators?|red flags?|risk factors?|triggers?|clues?)\b", re.I
)
# "Examples include:", "Common examples are:": a lead announcing instances of what came before.
_EXAMPLE_LEAD = re.compile(rf"^(?:{alternation(word_list('example_list_openers'))})\s*:?$", re.I)
_ACTS_LIST = re.compile(
    rf"\b(?:{alternation(_V.role_words)})|\b(?:you|we|peers?)\b|\b(?:ways?|steps?|strateg(?:y|ies)|"
    r"tips?|skills?|behaviou?rs?|habits?|practices?|techniques?|actions?|how to|what to do|"
    r"what helps|role|responsibilit(?:y|ies)|do's|dos)\b",
    re.I,
)


# A demonstrative before a noun, or "it" as the act's object: what the sentence before named
# ("that emotion", "take it seriously"), not "saying that the ..." or "that they ..." (a clause),
# nor an "it" after the noun it stands for ("share information so they can weigh it").
_POINTS_BACK = re.compile(
    r"\b(?:this|that|these|those)\s+(?!(?:is|are|was|were|the|a|an|they|he|she|you|it|people|"
    r"someone|their|his|her)\b)[a-z]+|^[a-z]+\s+it\b",
    re.I,
)


# A heading naming who its steps are for, when that is not the role ("Steps for an agency
# preparing to hire peers", "What supervisors can do"): its list is that agent's to do (English:
# "for X" names the beneficiary or doer of the steps).
_OTHER_AGENT_HEADING = re.compile(
    r"\b(?:for|by)\s+(?:an?\s+|the\s+)?(?:agency|agencies|organi[sz]ations?|employers?|"
    r"supervisors?|programs?|managers?|administrators?|leaders(?:hip)?|hiring)\b|"
    r"^(?:what\s+)?(?:agencies|organi[sz]ations|employers|supervisors|managers|administrators)\s"
    r"(?:can|should|must)\b",
    re.I,
)


# A lead ending on what someone is entitled to do ("keep the right to:", "are entitled to:").
_RIGHTS_LEAD = re.compile(
    r"\b(?:(?:the\s+)?rights?|freedom|entitled)\s+to:?\s*$|\bentitled\s+to\b[^.]*:\s*$", re.I
)


def _endorsed_actions(read: ReadLesson) -> list[tuple[Sentence, str]]:
    """What the lesson says the role does, as gerund phrases (options for a negative stem). A
    statement with a hedge is left out rather than stripped of it (item writing)."""
    # What the helper a case holds up is told doing ("Carla showed cultural humility. She
    # approached Mai as the expert ...").
    found: list[tuple[Sentence, str]] = list(held_up_acts(read.sentences))
    # What the case's own peer specialist did, as its discussion recounts it, when the article
    # faults them nowhere ("He asked what her words meant instead of translating them").
    found += [
        (s, act)
        for s, act in model_helper_acts(read.sentences)
        if all(act != other for _, other in found)
    ]
    # What a helper does in preference to another act ("responds ... with curiosity instead of
    # a verdict").
    found += [
        (s, act)
        for s, act in preferred_acts(read.sentences)
        if all(act != other for _, other in found)
    ]
    # Lists most of whose items open on a verb's bare form: lists of instructions.
    opening: dict[str, list[bool]] = {}
    for sentence in read.sentences:
        if sentence.first_in_item and sentence.list_id:
            item = _one_clause(sentence.plain.strip())
            first = item.split()[0].lower() if item.split() else ""
            # (under a lead or heading of ways or tips, "A few ways:", an item opening on a verb's
            # base form is an instruction though the word is a noun too, "Offer real choices",
            # "Point out ..."; English, list items are parallel)
            base = shape_of(item) == "base" or (
                first in lemmas_of(first).get("VERB", ())
                and bool(_ACTS_LIST.search(f"{sentence.heading} {sentence.lead}"))
            )
            opening.setdefault(sentence.list_id, []).append(base)
    instructing = {list_id for list_id, bases in opening.items() if 2 * sum(bases) > len(bases)}
    for sentence in read.sentences:
        text = sentence.plain.strip()
        if not (sentence.heading and is_contrast_heading(sentence.heading)) and (
            series := principle_acts(text)
        ):
            # "When language is a barrier, the peer specialist speaks to the person, looks at
            # the person, and lets the interpreter carry the message": each act of the series.
            found += [(sentence, act) for act in series]
            continue
        if rx.search(r"\b(?:not|never|avoid|instead|rather than|but)\b|n't\b", text, re.I):
            continue
        if sentence.heading and is_contrast_heading(sentence.heading):
            continue
        if sentence.first_in_item and _OTHER_AGENT_HEADING.search(sentence.heading):
            continue  # "Steps for an agency preparing to hire peers": another's acts, not the role's
        if (
            sentence.first_in_item
            and _RIGHTS_LEAD.search(sentence.lead)
            and not rx.search(r"\byou\b", sentence.lead, re.I)
            and not _ROLE_MENTION.search(sentence.lead)
        ):
            # ("People on a hold generally keep the right to: - contact an attorney ..."): the
            # items complete the lead's infinitive, said of its subject, whose rights they are,
            # no acts of the role (English: a list continues the clause that introduces it)
            continue
        if sentence.first_in_item and not rx.search(r"\bkey points?\b", sentence.heading, re.I):
            # A list of what the role does ("- Asking what the person wants ..."): its heading or
            # lead says so (names the role, or ways, steps, skills ...); a list of "Signs that
            # tension is rising" lists what others do.
            # Numbered steps, or a heading naming an activity ("Writing a note"), are a procedure
            # for the reader.
            item = _one_clause(text)
            steps = sentence.ordered or sentence.list_id in instructing
            if steps and len((head := rx.split(r":\s", item)[0]).split()) >= 3:
                item = head  # "Connect the person with help: the 988 Lifeline ...": the act
            if item.rstrip().endswith("?"):
                continue  # ("Have I talked with my supervisor?": a question to ask, no act)
            # (a list of signs lists what others do, unless its items are instructions: "1. Take
            # it seriously." under "Responding when you see warning signs" tells the reader
            # what to do, whatever the heading names; English: the imperative)
            first = item.split()[0].lower() if item.split() else ""
            instructed = steps and (
                shape_of(item) == "base"
                # ("Call for help", "Stay with the person": a word that is a noun too opens an
                # instruction in a list of instructions; English: list items are parallel)
                or (sentence.list_id in instructing and first in lemmas_of(first).get("VERB", ()))
            )
            # (under "Resisting re-traumatization", a list led by "Examples include:" gives
            # instances of what the paragraph describes, here what is resisted, no acts the
            # heading's doing takes; English: an example list exemplifies the sentence before)
            exemplified = bool(_EXAMPLE_LEAD.match(sentence.lead.strip()))
            if not (
                _ACTS_LIST.search(f"{sentence.heading} {sentence.lead}")
                or sentence.ordered
                or (_opens_gerund(plain(sentence.heading).split()) and not exemplified)
                # (a list of instructions tells the reader what to do, whatever its heading)
                or instructed
            ) or (_SIGNS_LIST.search(f"{sentence.heading} {sentence.lead}") and not instructed):
                continue
            # ("Explain the purpose in plain words, for example ...": the example cut off)
            item = rx.sub(r",?\s+(?:for example|for instance|e\.g\.)$", "", item)
            if shape_of(item) == "base" or instructed:
                # "Help the person ..." as an action; "your" is the reader's, the role's
                item = generic_you(to_gerund(item[:1].lower() + item[1:]))
            if _POINTS_BACK.search(item):
                continue  # "Reflect that emotion back": the emotion the step before named
            if len(item.split()) > MAX_ACT_WORDS:
                # a long step in its shorter wording that still states the act (an option for
                # an avoid item, in line with the others' length; item writing)
                item = next(
                    (w for w in key_wordings(item)[1:] if len(w.split()) <= MAX_ACT_WORDS), item
                )
            # ("Encourage them to talk with a medical provider": in a list of what the role does,
            # "them" is the person it serves, as in the acts told of a case's helper)
            if (
                shape_of(item) == "ing"
                and 3 <= len(item.split()) <= MAX_ACT_WORDS
                and self_contained(rx.sub(r"\b(?:them|their|they)\b", "people", item))
            ):
                found.append((sentence, capitalise(item)))
            continue
        if series := instructions_after_colon(text):
            # "What she did is what peer specialists are well placed to do: acknowledge the
            # experience, give accurate general information about rights, connect ...": a series
            # of imperatives a colon announces is advice to the reader, the role, each its own
            # act (English: the imperative; coordinated imperatives share their addressee).
            found += [(sentence, act) for act in series]
            continue
        advised = _ADVISED.match(text)
        # A bare imperative is advice to the reader under a heading of ways or steps; elsewhere,
        # in a blog's voice, it is often the text's own discourse ("Take a moment to think"):
        # there the advice needs its frame ("you should", "the best response is to").
        framed = bool(advised) and (
            advised.start("x") > 0 or bool(_ACTS_LIST.search(sentence.heading))
        )
        if (
            advised
            and framed
            and not _HEDGED.search(text)
            and not sentence.list_id
            and '"' not in text
            and "\u201c" not in text
        ):
            # "Ask what the person wants.", "You should check in first.", "The best response is
            # to listen.", "It helps to name the feeling.": what the reader (the role) is told
            # or advised to do (English: the imperative, and a deontic modal or a predicate of
            # recommendation with its infinitive). Discourse imperatives ("Note that ...",
            # "Remember ...") direct the reading, not the work.
            act = _one_clause(advised.group("x"))
            act = _ADVICE_END.split(act)[0]
            words = act.split()
            if (
                words
                # (after "you should" or "is to", a verb's base form comes: "check in with ...")
                and (
                    is_instruction(words)
                    # ("Above all, peer support is ...": after an adverb alone a clause may come,
                    # its subject first; after "you should" or "is to" only a verb can)
                    if not _FRAMED_VERB.match(text[: advised.start("x")])
                    else words[0].lower() in lemmas_of(words[0].lower()).get("VERB", ())
                )
                and words[0].lower() not in _DISCOURSE_VERBS
                and not rx.match(r"^keep\s+in\s+mind\b", act, re.I)
                # ("Bring that to supervision": the thing is named in the sentence before)
                and not rx.search(r"\b(?:that|this|these|those|it)\b", act, re.I)
                and not rx.search(r"\b(?:I|me|my|we|us|our)\b", act)
            ):
                phrase = capitalise(generic_you(to_gerund(act[:1].lower() + act[1:])))
                if 3 <= len(phrase.split()) <= MAX_ACT_WORDS and self_contained(phrase):
                    found.append((sentence, phrase))
                    continue
        duty = _DUTY.match(text)
        if duty and not _HEDGED.search(text):
            # "Her job was to learn what would fit, lay out the options, and help with ...": the
            # role's work as a list of infinitives (English: "to" distributes over the list).
            for part in rx.split(r",\s+(?:and\s+)?(?:to\s+)?|\s+and\s+(?:to\s+)?", duty.group("x")):
                words = part.split()
                if len(words) >= 2 and is_verb(words[0].lower()):
                    phrase = capitalise(to_gerund(_unnamed_object(part)))
                    if 2 <= len(phrase.split()) <= MAX_ACT_WORDS and self_contained(phrase):
                        found.append((sentence, phrase))
            continue
        before = read.previous(sentence)
        if (
            rx.match(r"^they\s", text, re.I)
            and before is not None
            and _ROLE_MENTION.search(before.plain)
        ):
            text = "Peer specialists " + text.split(" ", 1)[1]  # "they" = the role just named
        match = _ROLE_DOES.match(text)
        if match is None or _HEDGED.search(text) or not is_verb(base_form(match.group("v"))):
            continue
        if is_gerund(match.group("v").lower()):
            continue  # "Peer workers supporting each other is ...": a gerund clause, the subject
        verb = base_form(match.group("v"))
        means = _DONE_BY.match(match.group("rest")) if verb in _MEANS_VERBS else None
        if means:
            # "Peer specialists do better by building trust, listening for ... and asking ...",
            # "A peer can help by asking ...": "by" and a gerund name the means of doing well,
            # each gerund of its series an act the lesson endorses (English: the means adjunct).
            for part in rx.split(r",\s+(?:and\s+)?|\s+and\s+(?=[a-z]+ing\b)", means.group("x")):
                part = rx.split(r"\s(?:because|which|so that)\s", part)[0].strip()
                first = part.split()[0].lower()
                acting = first.endswith("ing") and "VERB" in lemmas_of(first)
                if acting and 2 <= len(part.split()) <= MAX_ACT_WORDS:
                    phrase = capitalise(generic_you(part))
                    # ("sharing their own story": "their" is the role's, as in a list of acts)
                    if self_contained(rx.sub(r"\b(?:them|their|they)\b", "people", phrase)):
                        found.append((sentence, phrase))
            continue
        if verb in (
            "be",
            "have",
            "do",
            "need",
            "feel",
            "seem",
            "get",
            "know",
            "play",
            "work",
            "live",
        ):
            continue  # a state or a place of work ("work in drop-in centers"), not an act
        rest = rx.split(r",|\s(?:because|while|which|so that|when|who)\s", match.group("rest"))[0]
        rest = rx.sub(r"^them\b", "people", rest.strip())
        said = match.group("v").lower()
        # ("brings ... and helps make sure ...": a third person's verbs, each in the gerund)
        phrase = capitalise(
            gerund_predicate(said, rest) if said != verb else to_gerund(f"{verb} {rest}")
        )
        if len(phrase.split()) > 10:
            # (a long act in its shorter wording that still states it, as a long step is said)
            phrase = next((w for w in key_wordings(phrase)[1:] if len(w.split()) <= 10), phrase)
        if 3 <= len(phrase.split()) <= MAX_ACT_WORDS and self_contained(phrase):
            found.append((sentence, phrase))
    # ("Completing the report promptly, usually": a hedge cut from the clause it qualified, "usually
    # the same day", leaves an act that no longer says what the lesson says; nor does "Deciding
    # together on the next step: a different resource", a list begun after a colon and cut)
    # (nor is "Knowing the confidentiality rules" an act: a verb of state names what one is or
    # has, not what one does; English: stative verbs take no agent's doing)
    # (nor is "Doing the right thing": an object that is only a verdict on itself, "the right
    # thing", names no act a learner can weigh; item writing: options are concrete)
    return [
        (s, act)
        for s, act in found
        if not rx.search(r",\s*\w+$|:", act)
        and not set(lemmas_of(act.split()[0].lower()).get("VERB", ())) & _STATIVE
        and not _VERDICT_OBJECT.match(act)
    ]


# "Doing the right thing", "Saying the wrong thing": a verb whose object is only a verdict.
_VERDICT_OBJECT = re.compile(
    r"^\w+ing\s+(?:the|a)\s+(?:right|wrong|best|correct|proper|good|bad)\s+things?$", re.I
)


# Verbs of state, not of doing: "knowing the rules", "owning a car".
_STATIVE = frozenset(["know", "own", "possess", "belong", "resemble", "seem", "deserve"])


# Verbs of doing well whose "by" + gerund names how ("help by asking", "do better by listening",
# "build trust by ...").
_MEANS_VERBS = frozenset(["help", "do", "work", "succeed", "support", "build", "earn", "show"])
_DONE_BY = re.compile(r"^(?:[\w' -]{0,40}?\s)?by\s+(?P<x>[a-z]+ing\b[^.;:!?]+)", re.I)


def _avoid_stem(title: str, verb: str = "avoid") -> str:
    """ "Which of the following should a peer specialist avoid?" (or `verb`: "do"), set in the
    activity the title names when it names one ("When responding to an overdose, ...", "In verbal
    de-escalation, ..."): what is to be avoided is to be avoided there (item writing: a stem
    states the situation its options are judged in; "Touching the person" is no fault
    everywhere)."""
    asked = f"which of the following should a peer specialist {verb}?"
    setting = _setting(title)
    if setting is None:
        return ""
    return f"{setting}, {asked}" if setting else capitalise(asked)


def _setting(title: str) -> str | None:
    """The activity the title names as a stem's setting ("When responding to an overdose", "In
    verbal de-escalation"); "" when it names none a stem could be set in, None when the role is
    what the activity is done to (see `_avoid_stem`)."""
    if scene := _title_scene(title):
        return scene
    # ("Empowerment in Peer Support": the field the stem's role names already; English, said
    # again it is redundant)
    activity = rx.sub(r"\s+(?:in|within)\s+peer\s+(?:support|work)$", "", _title_activity(title))
    words = activity.split()
    if (
        not words
        or len(words) > 7
        # (a clause of its own inside, "learning from the person, not the handbook"; a title and
        # its subtitle, "saying the word: asking directly about suicide"; a count or a
        # determiner naming a set, "the four processes of ..."; the reader addressed, "speaking
        # for yourself": none sets a scene for a peer specialist)
        or rx.search(r"[,:;]", activity)
        or not words[0].isalpha()
        or words[0].lower() in ("the", "a", "an", *NUMERALS)
        or rx.search(r"\b(?:yourself|yourselves|you|your|as)\b", activity, re.I)
        # (a word pointing outside the title, "getting there", names no scene; nor does a
        # phrase holding a clause of time or condition, "affirming language when asking about
        # relationships", which a "When" before it would make two)
        or rx.search(r"\b(?:there|it|this|that|these|those|them|when|if|while)\b", activity, re.I)
    ):
        return ""
    if _ROLE_MENTION.search(activity):
        # "Integrating peer specialists into traditional agencies": the role is what the activity
        # is done to, so its acts are another's (an agency's) and no stem asks what the role
        # should do in it.
        return None
    gerund = _opens_gerund(words) or (
        words[0].lower().endswith("ing") and "VERB" in lemmas_of(words[0].lower())
    )
    if not gerund and not _names_activity(words):
        # ("In psychiatric advance directives", "In recovery capital": a stem is set in an
        # activity, and a document or a resource is none; English, "in X" of a practice takes a
        # noun of action, "de-escalation", "decision-making", "advocacy")
        return ""
    return f"{'When' if gerund else 'In'} {activity}"


# A title's clause of time on a gerund ("Affirming Language When Asking About Relationships"), and
# a title's field of practice narrowed by its modifiers ("Voice and Choice in Trauma-Informed Peer
# Support", "Boundaries in Phone, Video and Text-Based Peer Support").
_TITLE_WHEN = re.compile(r"\bwhen\s+(?P<g>[a-z]+ing\s+[a-z][\w' -]{2,60})$")
_TITLE_FIELD = re.compile(
    r"\bin\s+(?P<f>(?!peer\b)[a-z][\w,' -]{2,50}?\s+peer\s+(?:support|work|services))$"
)


def _title_scene(title: str) -> str:
    """The scene a title sets in words of its own: its clause of time ("When asking about
    relationships"; English, an adjunct of time with a gerund, whose doer is anyone's) or its field
    of practice narrowed by modifiers ("In trauma-informed peer support"; English, a prepositional
    phrase of place that a stem may open on); "" when it sets neither."""
    text = _title_words(title)
    if rx.search(r"[?!:\"\u201c]", text) or rx.search(
        r"\b(?:it|its|this|that|these|those|you|your|there)\b", text, re.I
    ):
        return ""
    if (when := _TITLE_WHEN.search(text)) and "VERB" in lemmas_of(when.group("g").split()[0]):
        return f"When {when.group('g')}"
    if field := _TITLE_FIELD.search(text):
        return f"In {field.group('f')}"
    return ""


# Nouns of action by their endings (English derivation: "-tion" of "de-escalate", "-ment" of
# "manage", "-ing" of "plan", "-cy" of "advocate", "-ty" of "safe").
_ACTION_NOUN = re.compile(r"(?:tion|sion|ment|ance|ence|ing|cy|ty)$")


def _names_activity(words: list[str]) -> bool:
    """Whether a noun phrase names an activity: its head, the last word before a preposition or
    "and", singular and a noun of action ("verbal de-escalation", "postvention after a loss";
    not "incident reports", "recovery capital")."""
    head = ""
    for word in words:
        if word.lower() in _HEAD_ENDS:
            break
        if not word.startswith("("):  # ("management (WHAM)": an acronym restates the head)
            head = word.lower().strip(",")
    last = head.split("-")[-1]
    lemmas = lemmas_of(last)
    # (or a noun that is its verb's own base form, singular, "outreach", "support", "care";
    # English conversion: not "reports" or "stages", plurals of things)
    return bool(_ACTION_NOUN.search(last)) or (
        last in lemmas.get("VERB", ()) and last in lemmas.get("NOUN", ())
    )


# Words after a noun phrase's head: prepositions and coordinators.
_HEAD_ENDS = PREPOSITIONS | {
    *("after", "before", "during", "through", "without", "within", "across", "toward"),
    *("towards", "under", "over", "around", "against", "and", "or"),
}


def _asked_only(item: Mined, read: ReadLesson) -> bool:
    """Whether a mined idea comes from a question ('"Did I cross a boundary?"' answered "Not
    necessarily"): a worry the article sets right, no act it warns against nor a thing it says
    is not a member (English: a question asserts nothing)."""
    asked = read.by_id(item.option.source)
    return (
        asked is not None and asked.plain.rstrip(' "\u201d').endswith("?") and "?" not in item.text
    )


# Words that negate the phrase they head or stand in.
_NEGATING = re.compile(
    r"\b(?:without|not|never|no|nobody|nothing|instead\s+of|rather\s+than)\b|n't\b", re.I
)


# A passive gerund: "Being left to ...", "Being told ..." ("Being honest" is a copula and an
# adjective, an act of the doer's own).
_PASSIVE_GERUND = re.compile(
    r"^being\s+(?:[a-z]+ly\s+)?(?:[a-z]+(?:ed|en)|left|told|sent|made|put|kept|held|given|shown)"
    r"\b",
    re.I,
)


def _acts_ruled_out(read: ReadLesson, mined: Sequence[Mined]) -> list[tuple[Mined, _Option]]:
    """What the lesson warns against doing, each as a gerund phrase in its shortest wording that
    still states it: keys under "should a peer specialist avoid?", wrong options under "should
    a peer specialist do?"."""
    found: list[tuple[Mined, _Option]] = []
    for item in mined:
        if item.option.klass == "not_primary":
            continue  # part of the work, not something to avoid
        if item.example:
            continue  # an example of what is ruled out ("Missing one appointment"), no act
        if item.thing_done:
            # "A plan does not replace an emergency response": what a thing is denied doing is
            # no act of the role's ("Replacing an emergency response" has no doer to avoid it).
            continue
        text = _in_shape(item.text, "ing")
        if not text or shape_of(text) != "ing":
            continue
        if _bare_verb(text):
            # ("Punishing", from "..., not to punish"): a verb alone, its object elided, names
            # no act a key or an option can offer (see `_wrong_options`)
            continue
        if _PASSIVE_GERUND.match(text):
            # ("Being left to a phone number on a scrap of paper"): a passive gerund tells what
            # is done to someone, the person supported, no act of the role's to avoid or to do
            # (English: "being" + participle makes its understood subject the patient)
            continue
        if _asked_only(item, read):
            continue
        if _paired_heading(read, item.option.source):
            continue
        if (named := content_stems(text)) and named <= content_stems(read.lesson.title):
            # ("Affirming language", in a lesson titled "Affirming Language When Asking About
            # Relationships": what the title names is what the lesson teaches, never an act it
            # warns against, whatever a sentence denies of it)
            continue
        source = read.by_id(item.option.source)
        if source is not None and _NO_NEED.search(source.plain):
            # "The loved one does not have to agree to anything": a denial of necessity is no
            # prohibition (English modality: "need not" permits either), so nothing to avoid.
            continue
        denied = _ACTIVITY_DENIED.match(source.plain) if source is not None else None
        doing = denied.group("g").lower() if denied else ""
        if denied and doing not in lemmas_of(doing).get("VERB", (doing,)):
            # "Piling up workshops doesn't turn a peer specialist into a clinician": what an
            # activity is denied bringing about has no doer to avoid it (English: the gerund
            # phrase is the subject, the denied verb its effect).
            continue
        if source is not None and _PURPOSE_DENIED.search(source.plain):
            # "Its purpose is not to check whether the person is still tempted": what a thing is
            # not for is no act to avoid (the act may be fine; English: the denial is of the
            # purpose), though it answers "What is the purpose of X?" wrongly.
            continue
        # The shortest wording that still states it (item writing: no length clue), and still
        # says what is wrong with it: a negative word in the act is kept ("Filling in the form
        # without the person" is not "Filling in the form"; English: "without", "not" and
        # "never" negate the phrase they head, and the fault the lesson names may lie there).
        # Nor is the clause of time or condition cut that says when the act is at fault:
        # "Saying 'Great job!' when the person makes a healthy choice" is no "Saying 'Great
        # job!'" (English: an adverbial clause restricts the occasion of its act).
        negated = len(_NEGATING.findall(text))
        occasioned = bool(_OCCASION_CLAUSE.search(text))
        text = [
            w
            for w in key_wordings(text)
            if len(_NEGATING.findall(w)) == negated
            and (not occasioned or _OCCASION_CLAUSE.search(w))
        ][-1]
        # "Telling them to wait ...": under a stem naming no one, "them" is the person supported
        # (the vignette's person, said in general; "their" after it agrees as singular "they").
        text = rx.sub(r"^(\w+ing) them\b", r"\1 the person", text)
        if elided_own(text):
            continue  # ("Replacing the person with their own": whose own, said outside it)
        found.append((item, _Option(text, item.option.source, "avoid", item.option.rationale)))
    return found


# A clause of time or condition inside an act ("... when the person makes a healthy choice").
_OCCASION_CLAUSE = re.compile(r"\s(?:when|whenever|if|unless|before|after|until|while)\s", re.I)


def _avoid_plans(read: ReadLesson, mined: Sequence[Mined]) -> list[_Plan]:
    """ "Which of the following should a peer specialist avoid?": one thing the lesson warns against,
    three things it says the role does (so every wrong option is endorsed: polarity)."""
    actions = _endorsed_actions(read)
    if len(actions) < 3:
        return []
    plans: list[_Plan] = []
    stem = _avoid_stem(read.lesson.title)
    if not stem:
        return []
    unset = stem
    situated = _title_as_situation(read.lesson.title, read.lesson.body)
    if not _title_activity(read.lesson.title) and " do when " in situated:
        # (a title naming an occasion is the scene of what to avoid too: "What should a peer
        # specialist avoid when family calls?")
        stem = situated.replace(" do when ", " avoid when ", 1)
    elif not _title_activity(read.lesson.title) and (scene := vignette_situation(read)):
        # (and so are a case's opening words: 'A person tells their peer specialist, "Could you
        # spot me forty bucks?" What should the peer specialist avoid?'; item writing: the
        # options, "Saying no to the loan ...", are judged in the scene they speak of)
        stem = scene.replace(SCENE_QUESTION, "What should the peer specialist avoid?")
    elif not _title_activity(read.lesson.title) and (scene := _asked_scene(read)):
        # (and so is the scene the lesson's own question sets: "A person on an involuntary hold
        # asks a peer specialist whether they still have any rights. What should the peer
        # specialist avoid?")
        stem = f"{scene} What should the peer specialist avoid?"
    for item, key in _acts_ruled_out(read, mined):
        # The three endorsed actions whose lengths sit best with the key's.
        pool = [
            _Option(a, s.id, None, "")
            for s, a in actions
            if jaccard(a, key.text) < 0.3 and not _paired_heading(read, s.id, endorsed=True)
        ]
        # (three endorsed acts stating one principle for an occasion, "when a peer offers an
        # expensive gift, the peer specialist thanks them ...", are asked there, as they speak
        # of it, before any three; item writing, a stem states the situation its options are
        # judged in)
        # (the scene's plan draws on the scene's acts alone; the plan of any three follows it,
        # for a key whose scene's acts another item already offers)
        tries: list[tuple[str, tuple[_Option, ...], Sequence[_Option]]] = []
        if stem == unset:
            for scene, options in _by_scene(read, pool).items():
                if len(options) >= 3 and (three := _best_three(key, options)):
                    tries.append((f"What should a peer specialist avoid {scene}?", three, options))
                    break
        if stem == unset and stem.startswith("Which"):
            # ("Steps when a person appears triggered": three acts of a section that names the
            # activity they are done in set the stem there, as for what to do)
            for scene, options in _by_heading_scene(read, pool).items():
                if len(options) >= 3 and (three := _best_three(key, options)):
                    tries.append((f"{scene}, {stem[:1].lower()}{stem[1:]}", three, options))
                    break
        if wrong := _best_three(key, pool):
            tries.append((stem, wrong, pool))
        source = read.by_id(item.option.source)
        plans += [
            _Plan(
                kind="not_question",
                stem=asked,
                correct=key,
                wrong=three,
                evidence=item.option.evidence,
                anchor=source.anchor if source else BODY_ANCHOR,
                source_sentence_id=item.option.source,
                negative=True,
                pool=tuple(options),
            )
            for asked, three, options in tries
        ]
        if len({plan.correct.text for plan in plans}) >= 4:
            break  # the rubric keeps at most two of a kind
    return plans


def _asked_scene(read: ReadLesson) -> str:
    """The scene the lesson's own question sets before it asks (its key question, else a title
    that asks): "A person on an involuntary psychiatric hold asks a peer specialist whether they
    still have any rights." of "... What is the most helpful response?"; "" when the question sets
    none (English: a stem's sentences before its question state the situation it is asked in)."""
    title = plain(read.lesson.title).strip()
    question = read.lesson.key_question.strip() or (title if title_asks(title) else "")
    sentences = stem_sentences(question) if question else []
    if len(sentences) < 2 or not sentences[-1].rstrip().endswith("?"):
        return ""
    scene = " ".join(sentences[:-1]).strip()
    # A scene is someone in a situation ("A person who signed a release ... now says ..."); a
    # statement of fact before the question ("According to SAMHSA, a trauma-informed program
    # realizes ...") sets none. One spoken to as "you" is the reader, and options in the third
    # person ("Letting their supervisor know") would speak of someone else (item writing: one
    # item, one point of view).
    if not _SCENE_SOMEONE.search(unquoted(scene)) or rx.search(
        r"\b(?:you|your|yourself)\b", unquoted(scene), re.I
    ):
        return ""
    return scene


def _by_scene(read: ReadLesson, options: Sequence[_Option]) -> dict[str, list[_Option]]:
    """`options` by the occasion the principle of their sentence names ("when a peer offers an
    expensive gift"), those of none left out."""
    found: dict[str, list[_Option]] = {}
    for option in options:
        if (sentence := read.by_id(option.source)) and (
            scene := principle_scene(sentence.plain.strip())
        ):
            found.setdefault(scene, []).append(option)
    return found


def _unset(stem: str) -> str:
    """A stem without the scene it opens on ("When ..., ", "In ..., "), in lower case."""
    return rx.sub(r"^(?:when|in|if|before|after|while)\s[^,?]+,\s+", "", stem, flags=re.I).lower()


def _by_heading_scene(read: ReadLesson, options: Sequence[_Option]) -> dict[str, list[_Option]]:
    """`options` by the scene their section heading sets (see `_heading_scene`), those of none
    left out."""
    found: dict[str, list[_Option]] = {}
    for option in options:
        if (sentence := read.by_id(option.source)) and (scene := _heading_scene(read, sentence)):
            found.setdefault(scene, []).append(option)
    return found


def _practice_plans(read: ReadLesson, mined: Sequence[Mined]) -> list[_Plan]:
    """ "Which of the following should a peer specialist do?": one thing the lesson says the role
    does, against three it warns against (the avoid item turned round: every wrong option is
    ruled out by the lesson, so none is a second right answer; polarity). An endorsed act that
    shares most of its words with one ruled out is left out: the lesson does not clearly endorse
    it ("Telling the person to keep taking it because stopping is dangerous" is the rejected
    "Telling the person to keep taking it" with its reason)."""
    # (each an act, not a statement about one: "Writing a report means someone is in trouble"
    # is a belief the lesson corrects, nothing a peer specialist could do)
    ruled_out = [o for _, o in _acts_ruled_out(read, mined) if not _states(o.text)]
    stem = _avoid_stem(read.lesson.title, "do")
    if len(ruled_out) < 3 or not stem:
        return []
    stems = [stem]
    if not _title_activity(read.lesson.title) and (
        situated := _title_as_situation(read.lesson.title, read.lesson.body)
        or vignette_situation(read)
    ):
        # (a title naming an occasion, "When the Story Starts Spilling Out", is the scene:
        # "What should a peer specialist do when the story starts spilling out?", and so are a
        # case's opening words, 'A person tells their peer specialist, "..." What is the most
        # helpful response?'; asked there already by the case's own item, the question is asked
        # without the scene)
        stems.insert(0, situated)
    plans: list[_Plan] = []
    seen: set[str] = set()
    for sentence, act in _endorsed_actions(read):
        if act.lower() in seen or _paired_heading(read, sentence.id, endorsed=True):
            continue
        seen.add(act.lower())
        if rx.search(r"\bhad\s+(?!to\b)[a-z]+(?:ed|en|seen|done|said|heard|felt|told)\b", act):
            continue  # ("Describing what they had seen": the story's past, no act in general)
        if any(
            jaccard(act, o.text) >= 0.3 or stems_within(content_stems(o.text), content_stems(act))
            for o in ruled_out
        ):
            continue
        # ("Helping them turn a case plan into steps": "them" is the person supported, as in
        # the acts ruled out)
        key = _Option(rx.sub(r"^(\w+ing) them\b", r"\1 the person", act), sentence.id, None, "")
        wrong = _best_three(key, ruled_out)
        if not wrong:
            continue
        asked_here = stems
        # ("Supporting someone to complete a PAD": the act's own section names the activity it
        # is done in, where the title names none, and the stem is set there; item writing, a
        # stem states the situation its options are judged in)
        if stem.startswith("Which") and (scene := _heading_scene(read, sentence)):
            asked_here = [*stems[:-1], f"{scene}, {stem[:1].lower()}{stem[1:]}", stem]
        plans += [
            _Plan(
                kind="practice",
                stem=asked,
                correct=key,
                wrong=wrong,
                evidence=sentence.text,
                anchor=sentence.anchor,
                source_sentence_id=sentence.id,
                pool=tuple(ruled_out),
            )
            for asked in asked_here
        ]
        if len({plan.correct.text for plan in plans}) >= 4:
            break  # the rubric keeps at most two of a kind
    return plans


# A heading that is a clause of time or condition ("When someone wants to take a release back",
# "Steps when a person appears triggered"); "when to ..." asks, it sets no scene.
_HEADING_WHEN = re.compile(
    r"^(?:(?:steps|what to do)\s+)?(?P<w>(?:when|if|before|after|while)\s+(?!to\b)[a-z].{3,80})$",
    re.I,
)
# "Steps: reviewing a routine practice ...": a heading naming steps, then their activity.
_STEPS_OF = re.compile(r"^(?:steps?|sequence|procedure)\s*:\s*(?P<x>\S.*)$", re.I)


def _heading_scene(read: ReadLesson, sentence: Sentence) -> str:
    """The scene a sentence's section heading sets, as a stem's opening: its clause of time ("When
    someone wants to take a release back") or the activity it names ("When supporting someone to
    complete a PAD"), with a bare definite noun named as the title names it ("completing a
    strengths assessment"); "" when the heading sets none, or names something outside it."""
    heading = plain(sentence.heading or "").strip(" :.")
    if not heading or heading.endswith("?") or is_contrast_heading(heading):
        return ""
    if when := _HEADING_WHEN.match(heading):
        scene = when.group("w")
    else:
        steps = _STEPS_OF.match(heading)
        activity = _activity(steps.group("x") if steps else heading)
        # ("Looking back", "Wrapping up": a verb and its particle name a turn of the text, no
        # activity done to anything; English, a phrasal verb's particle is no object)
        if not activity or not any(
            not (lemmas := lemmas_of(w.lower())) or ("NOUN" in lemmas and "ADV" not in lemmas)
            for w in activity.split()[1:]
        ):
            return ""
        scene = f"when {_named_in_title(activity, read.lesson.title)}"
    # (a pointing word, "forming one" among them, or a definite noun the title does not name,
    # leans on the text around it; "the person" is anyone supported; an aside after a comma,
    # "step by step", is the heading's, no part of the scene)
    if (
        rx.search(
            r"\b(?:it|its|this|that|these|those|them|they|you|your|yourself|yourselves|we|our|"
            r"ours|ourselves|us|i|me|my|mine|myself|here|there|one)\b",
            scene,
            re.I,
        )
        or rx.search(r"\bthe\s+(?!person\b)[a-z]", scene, re.I)
        or "," in scene
        # ("Looking back at Walter": a heading naming the story's person is the story's)
        or names_someone(scene, story_names([s.plain for s in read.sentences]))
    ):
        return ""
    return scene[:1].upper() + scene[1:]


# "Piling up workshops doesn't turn ...": a gerund subject and its verb denied.
_ACTIVITY_DENIED = re.compile(
    r"^\s*(?P<g>[A-Za-z]+ing)\b"
    # (no clause of its own before the denial: "Making promises they cannot keep" denies
    # nothing of the making)
    r"(?:(?!\b(?:they|you|we|he|she|it|i|who|that|which)\b)[^,.;:]){0,60}?"
    r"\b(?:does not|doesn't|did not|didn't|will not|won't|cannot|can't)\s+"
    # ("Staying in scope does not mean shutting the conversation down": what a practice is
    # denied to mean is a reading ruled out, and the act in it may be one to avoid)
    r"(?!have to\b|need to\b|mean\b)"
)
# "Its purpose is not to ...", "The goal isn't to ...": a purpose denied.
_PURPOSE_DENIED = re.compile(
    r"\b(?:purpose|goal|point|aim|intent|idea)\s+(?:is|was)\s+(?:not|never)\s+to\b"
    r"|\b(?:purpose|goal|point|aim|intent|idea)\s+(?:isn't|wasn't)\s+to\b",
    re.I,
)
_NO_NEED = re.compile(
    r"\b(?:does\s+not|doesn't|do\s+not|don't|did\s+not|didn't)\s+(?:have|need)\s+to\b"
    r"|\bneed\s+not\b|\bneedn't\b",
    re.I,
)


def _paired_heading(read: ReadLesson, source_id: str, *, endorsed: bool = False) -> bool:
    """Whether a list member rejected under its heading ("Habits that tend to backfire") has an
    endorsed counterpart under a heading of the same head noun ("Habits that tend to help"):
    the pair sorts one set of things (the person's habits, say) into good and bad, and whose
    they are, the role's or the person's, the stem "should a peer specialist avoid?" cannot
    tell; the pair's own items ask it ("Which is NOT one of the habits that tend to help?";
    English: parallel headings share their head noun and differ in the modifier). `endorsed`:
    the member is on the endorsed side, its counterpart under a heading of contrast."""
    source = read.by_id(source_id)
    if source is None or not source.list_id or not source.heading:
        return False
    head = _heading_head(source.heading)
    return bool(head) and any(
        s.list_id
        and s.list_id != source.list_id
        and s.heading != source.heading
        and _heading_head(s.heading) == head
        and is_contrast_heading(s.heading) == endorsed
        for s in read.sentences
    )


def _heading_head(heading: str) -> str:
    """The plural noun opening a heading ("Habits that tend to help": "habits"), or ""."""
    first = plain(heading).split(" ", 1)[0].lower().strip(":,")
    plural = first.endswith("s") and not first.endswith("ss") and "NOUN" in lemmas_of(first)
    return first if plural else ""


# What follows a term being defined ("is the ability ...", "refers to ...", "means ...").
_DEFINES = re.compile(r"^(?:is|are)\s+(?:the|an?)\s|^(?:refers? to|means?|is defined as)\b", re.I)


def _it_not_plural(read: ReadLesson, source: Sentence, concept: str) -> bool:
    """Whether a sentence opening on "it" ("And it isn't a social club ...") cannot be about a
    plural concept ("members"): "it" stands for one thing, so for a plural concept only when the
    sentence or the one before names one of it ("A fentanyl test strip lets ... It isn't a dose
    calculator"; English: a pronoun agrees in number with its antecedent)."""
    if not rx.match(r"^(?:(?:and|but|so|yet|or)\s+)?it\b", source.plain.strip(), re.I):
        return False
    last = concept.split()[-1].lower() if concept.split() else ""
    if not last.endswith("s") or last.endswith(("ss", "us", "is")):
        return False
    one = one_of(concept).split(" ", 1)[1].lower()
    before = read.previous(source)
    named = re.compile(rf"\b{re.escape(one)}\b", re.I)
    return not any(named.search(s.plain) for s in (source, before) if s is not None)


def _concept_plans(
    read: ReadLesson, point: MainPoint, mined: Sequence[Mined], main_key: str, main_stem: str
) -> list[_Plan]:
    """ "Which statement about X is accurate?": a statement the lesson makes about X against ideas
    it rejects, each said of X; and its twin "Which statement about X is NOT accurate?": one
    rejected idea against three statements the lesson makes (polarity: every wrong option of a NOT
    item is endorsed). A rejected idea is said of X only when it answers a question about X (X is
    defined by the main point, or named in the main-point stem): otherwise it may be about
    something else the article discusses."""
    concept = lesson_concept(read, point)
    if not concept:
        return []
    about_stem = bool(_concept(read, point)) or content_stems(concept) <= content_stems(main_stem)
    if not about_stem:
        return []
    statements = statements_about(read, concept)
    full_name = concept  # (what the title names, when the items name it by its acronym)
    if (short := acronym_of(read, concept)) and len(
        by_acronym := statements_about(read, short)
    ) > len(statements):
        # "A psychiatric advance directive (PAD) is ...", then "A PAD lets ...": the lesson says
        # most about its concept by the acronym it glosses the name with, and the items name it
        # so too (English: an acronym defined in parentheses stands for the name after it).
        concept, statements = short, by_acronym
    # Claims naming the concept elsewhere than as subject state true things about it as well;
    # those whose subject it is are in the form of the rejected ideas said of it (a key that
    # reads like its wrong options).
    claims = claims_naming(read, concept)
    opening = re.compile(r"^(?:an? |the )?" + pattern_of(concept).pattern, re.I)
    said = {s.id for s, _ in statements}
    statements += [(s, t) for s, t in claims if opening.match(t) and s.id not in said]
    seen: set[str] = set()
    rejected: list[_Option] = []
    # "It is not a ranked list." under "Common misunderstandings": "it" is what the lesson is
    # about, the head of its title. A concept the title names only after "of" ("Ten Guiding
    # Principles of Recovery") is not what "it" stands for (English anaphora).
    dependent = rx.search(
        r"\bof\s+(?:the\s+)?" + pattern_of(full_name).pattern, plain(read.lesson.title), re.I
    )
    counted_concept = count_noun(read, concept)
    for m in mined:
        source = read.by_id(m.option.source)
        pronoun = source is not None and rx.match(r"^(?:it|they)\b", source.plain.strip(), re.I)
        if pronoun and dependent:
            continue
        if pronoun and not content_stems(full_name) & content_stems(read.lesson.title):
            # "It isn't a hospital" in a lesson titled "The clubhouse model", its concept the
            # members: "it" stands for what the title names, not for the members (English
            # anaphora, as above)
            continue
        if source is not None and _it_not_plural(read, source, concept):
            continue
        if (
            m.option.klass == "not_primary"
            and source is not None
            and not pronoun
            and not opening.match(source.plain.strip())
        ):
            # "... writing down the person's words rather than a clinical translation": what a
            # contrast sets aside is set against the phrase before it (the words written), not
            # the lesson's subject, unless the sentence is about that subject (English: the scope
            # of "rather than" is the constituent it coordinates with)
            continue
        needless = source is not None and denies_need(source.heading)
        if m.shape == "ing" and counted_concept:
            # "A strengths assessment is filling the page with deficits": one assessment, a
            # count noun with its article, is a thing done or made, not the doing (English: "X is
            # V-ing" identifies an activity, "Empowerment is providing ...", not an instance)
            continue
        text = said_of(concept, m)
        if needless and rx.match(rf"^{re.escape(concept)}\s+(?:is|are)\b", text, re.I):
            # Under "What a release does not need": a thing it can do without, which "A release
            # is ..." would turn into a claim of identity nobody made (English: the heading's
            # verb, not "is", relates the items to the subject); a claim with its own subject
            # stays as it is.
            continue
        if text and text.lower() not in seen:
            seen.add(text.lower())
            rejected.append(_Option(text, m.option.source, m.option.klass, m.option.rationale))
    plans: list[_Plan] = []
    # The main-point item asks what X is: a definition of X as the key would ask it again.
    fresh = [
        (s, t)
        for s, t in statements
        if recall(main_key, t) < 0.5 and not _DEFINES.match(t[len(concept) :].lstrip())
    ]
    # The main point itself, said of X, is tried last: when the main-point item publishes,
    # `generate` drops this one as the same key; when it does not (its form admits too few wrong
    # options), the statement stands against the rejected ideas said of X.
    source = read.by_id(point.source_sentence_id)
    main_said = stated_about(point.text, concept) if source is not None else ""
    if main_said and all(recall(main_said, t) < 0.5 for _, t in fresh[:2]):
        fresh = [*fresh[:2], (source, main_said)]
    for sentence, text in fresh[:3]:
        stem = f"Which statement about {concept} is accurate?"
        if not counted_concept and all(
            rx.match(rf"^{re.escape(concept)}\s+is\s", o.text, re.I) for o in rejected
        ):
            text = _as_activity(concept, text)
        plan = _from_sentence("concept", stem, sentence, text, rejected)
        if plan is not None and _too_long(plan):
            # A statement longer than the ideas it stands among by much is a clue (R5): its
            # shorter wording that still makes the claim ("A PAD records a person's treatment
            # preferences in advance.", without "so those preferences can guide ..."), when one
            # sits in line with them, as for a list's member.
            plan = next(
                (
                    shorter_plan
                    for cut in key_wordings(text.rstrip("."))[1:]
                    if opening.match(cut)
                    and (
                        shorter_plan := _from_sentence(
                            "concept", stem, sentence, f"{cut}.", rejected
                        )
                    )
                    and not _too_long(shorter_plan)
                ),
                plan,
            )
        if plan is not None:
            plans.append(plan)
    true_options = [_Option(t, s.id, None, "") for s, t in (*statements, *claims)]
    distinct: list[_Option] = []
    named = content_stems(concept)
    for option in true_options:
        # One idea in other words ("X is the ability to cope in the face of adversity", "X is the
        # capacity to cope when adversity arrives"): half the words said of X, beyond X's own, are
        # the other's (item writing: options distinct).
        said = content_stems(option.text) - named
        if all(
            jaccard(option.text, o.text) < 0.5
            and len(said & (other := content_stems(o.text) - named))
            < max(2, 0.5 * min(len(said), len(other)))
            for o in distinct
        ):
            distinct.append(option)
    if len(distinct) >= 3:
        for option in rejected[:2]:
            source = read.by_id(option.source)
            wrong = _best_three(option, distinct)
            if not wrong:
                continue
            plans.append(
                _Plan(
                    kind="not_question",
                    stem=f"Which statement about {concept} is NOT accurate?",
                    correct=replace(option, klass=option.klass or "misconception"),
                    wrong=wrong,
                    evidence=source.text if source else option.text,
                    anchor=source.anchor if source else BODY_ANCHOR,
                    source_sentence_id=option.source,
                    negative=True,
                )
            )
    named = _generic(read, concept)
    return [_renamed(plan, concept, named) for plan in plans] if named != concept else plans


# Verbs of state or relation: "X requires Y" says what X is like, no activity X is.
_RELATIONS = frozenset(
    [
        *("be", "do", "have", "mean", "require", "include", "involve", "need", "depend"),
        *("describe", "refer", "consist", "contain", "matter", "remain", "reflect", "lack"),
        *("differ", "seem", "belong", "cost", "know", "deserve", "appear", "exist", "resemble"),
        *("equal", "sound"),
        # (verbs of position said of a state, "sits between two extremes", "rests on five
        # concepts": stative, no progressive; English)
        *("rest", "sit", "lie", "stand", "stem", "hinge", "rely", "apply", "fit", "concern"),
    ]
)


def _as_activity(concept: str, statement: str) -> str:
    """ "Validation communicates that ..." -> "Validation is communicating that ...": a statement
    of what an activity does, in the frame of wrong options that say what it is ("Validation is
    saying ..."); English: for a noun of activity, "X is V-ing" identifies what the activity
    consists in, and the key in the options' frame gives no clue by its form. The statement
    unchanged when its verb is one of state or relation ("requires", "means") or a modal's."""
    said = rx.match(rf"^(?P<s>{re.escape(concept)})\s+(?P<v>[a-z]+s)\s+(?P<r>.+)$", statement, re.I)
    if said is None:
        return statement
    verb = said.group("v").lower()
    lemmas = lemmas_of(verb).get("VERB", ())
    if not lemmas or lemmas[0] == verb or lemmas[0] in _RELATIONS or verb.endswith("ss"):
        return statement
    return f"{said.group('s')} is {gerund_predicate(verb, said.group('r'))}"


def _generic(read: ReadLesson, concept: str) -> str:
    """The concept as a stem or statement names it generically: a count noun (see
    `concept.count_noun`) takes "a" or "an" ("Which statement about a clubhouse is accurate?");
    a mass noun, a plural or a name stays bare (English: a singular count noun needs a
    determiner). A concept named by a compound adjective ("family-driven") is named with the
    noun the lesson most often gives it ("family-driven care"): an adjective is no subject
    (English: "about family-driven" leaves its head noun unsaid)."""
    last = concept.split()[-1].lower() if concept.split() else ""
    if "-" in last and set(lemmas_of(last.split("-")[-1])) <= {"ADJ", "VERB"}:
        heads = Counter(
            m.group(1).lower()
            for m in rx.finditer(rf"\b{re.escape(concept)}\s+([a-z]+)\b", read.lesson.body, re.I)
            # (a noun, not a verb's inflected form: "Family-driven means ..." says what it is)
            if "NOUN" in (lemmas := lemmas_of(m.group(1).lower()))
            and m.group(1).lower() in lemmas.get("VERB", (m.group(1).lower(),))
        )
        if heads:
            return f"{concept} {heads.most_common(1)[0][0]}"
    if not count_noun(read, concept):
        return concept
    vowel = concept[:1].lower() in "aeio" or (
        concept[:1].lower() == "u" and not concept.lower().startswith(("uni", "use", "usu"))
    )
    return f"{'an' if vowel else 'a'} {concept}"


def _renamed(plan: _Plan, concept: str, named: str) -> _Plan:
    """`plan` with `concept` named `named` in its stem and at the head of its options."""
    head = capitalise(concept) + " "

    def option(o: _Option) -> _Option:
        # (an option naming it whole already, "Family-driven care has ...", stays as it is)
        if not o.text.startswith(head) or o.text.lower().startswith(named.lower() + " "):
            return o
        return replace(o, text=capitalise(named) + " " + o.text[len(head) :])

    return replace(
        plan,
        stem=plan.stem.replace(f"about {concept} ", f"about {named} "),
        correct=option(plan.correct),
        wrong=tuple(option(o) for o in plan.wrong),
    )


def _example_plans(
    read: ReadLesson, point: MainPoint, asked: str = "", mined: Sequence[Mined] = ()
) -> list[_Plan]:
    """ "Which of the following is an example of X?": a quotation the lesson gives as an example of
    its concept, against three it gives as examples of what it sets X against, or, short of
    those, three quotations it rules out (`mined`: words the lesson says miss the mark, "Great
    job! I'm so proud of you" beside the affirmation it models). Asked so by the key question
    ("... an example of objective documentation?", X naming the concept), its wording is the
    stem; the first examples that make an item are tried in turn."""
    concept = lesson_concept(read, point)
    positive, negative = examples(read, concept)
    # (each option is a quotation, and is shown as one: words someone said or wrote, which the
    # lesson quotes, not claims)
    # (each without its closing full stop, the key likewise: a punctuation mark one option alone
    # has is a clue; item writing)
    pool = [
        _Option(
            f"\u201c{q.rstrip('.')}\u201d",
            s.id,
            "not_primary",
            f"This is an example of something else: \u201c{because}\u201d",
        )
        for s, q, because in negative
    ]
    if len(pool) < 3 and positive:
        pool += [
            _Option(
                f"\u201c{m.text.strip()[1:-1].strip(' .')}\u201d",
                m.option.source,
                "not_primary",
                m.option.rationale,
            )
            for m in mined
            if _WHOLE_QUOTE.fullmatch(m.text.strip())
            and all(m.text.strip()[1:-1].strip(" .") not in q for _, q, _ in negative)
        ]
    if len(pool) < 3:
        return []
    example_of = EXAMPLE_STEM.search(asked)
    if example_of and content_stems(concept) <= content_stems(example_of.group("x")):
        stem = asked
    elif len(concept.split()) == 1 and "ADJ" in lemmas_of(concept.lower()):
        return []  # ("an example of an objective": an adjective named alone is no class)
    else:
        stem = example_stem(concept)
    plans = [
        plan
        for sentence, quote in positive[:3]
        if (
            plan := _from_sentence(
                "example", stem, sentence, f"\u201c{quote.rstrip('.')}\u201d", pool
            )
        )
        is not None
    ]
    return plans


def _bare_verb(text: str) -> bool:
    """Whether an option is one verb alone ("Punish", "Punishing"); a word that is a noun too may
    name a thing or a stage ("Action", "Planning")."""
    words = text.rstrip(".").split()
    if len(words) != 1:
        return False
    word = words[0].lower()
    lemmas = lemmas_of(word)
    return "VERB" in lemmas and "NOUN" not in lemmas


def _act_form(text: str) -> bool:
    """Whether a phrase names an act by a gerund ("Feeling irritable"), not a thing ("Payday")."""
    first = text.split()[0].lower() if text.split() else ""
    return first.endswith("ing") and "VERB" in lemmas_of(first)


def _ordinal_plans(read: ReadLesson, asked: str = "") -> list[_Plan]:
    """ "Which response is a paraphrase?": a list of quotations the lesson goes on to sort by
    their places ("Only the first one is a paraphrase.") gives the member it names as the key
    and the others as the wrong options (item writing: the article's own worked choices). Asked
    so by the key question (its label among the question's words), its wording is the stem."""
    plans = []
    for choice in ordinal_choices(read):
        label = choice.label
        last = stem_sentences(asked)[-1] if asked else ""
        if asked and content_stems(label) and content_stems(label) <= content_stems(last):
            stem = asked
        else:
            # (the class as the text names it: "a paraphrase", or a mass noun, "advice")
            stem = f"Which of the following is {label}?"
        pool = [
            _Option(
                f"\u201c{quote}\u201d",
                sentence.id,
                "not_primary",
                f"The article says what this one is: \u201c{choice.verdict.plain.strip()}\u201d",
            )
            for sentence, quote in choice.others
        ]
        sentence, quote = choice.key
        if plan := _from_sentence("example", stem, sentence, f"\u201c{quote}\u201d", pool):
            plans.append(replace(plan, evidence=choice.verdict.text))
    return plans


def _term_example_plans(read: ReadLesson) -> list[_Plan]:
    """ "Which of the following is an example of a trigger?": terms defined side by side, each with
    its examples ("Trigger: ... Examples include ...", "Early warning sign: ..., such as ..."), are
    coordinate (English: parallel definitions in one list or section); an example of one is an
    example of none of the others, so the others' examples are the wrong options (item writing:
    members of sibling categories are the plausible wrong answers)."""
    groups: dict[tuple[str, str], list] = {}
    for found in term_examples(read):
        place = found.sentence.list_id or found.sentence.anchor
        groups.setdefault((place, found.form), []).append(found)
    plans: list[_Plan] = []
    for terms in groups.values():
        if len({content_stems(t.term) and frozenset(content_stems(t.term)) for t in terms}) < 2:
            continue
        for found in terms:
            if found.ruled_out:
                continue
            own = {e.lower() for e in found.examples}
            pool = [
                _Option(
                    e,
                    other.listed_in.id,
                    "not_primary",
                    f"An example of {one_of(other.term)}: \u201c{other.listed_in.text.strip()}\u201d",
                )
                for other in terms
                if other is not found
                for e in other.examples
                if e.lower() not in own
            ]
            stem = example_stem(found.term)
            made = 0
            for example in found.examples:
                if content_stems(example) & content_stems(found.term):
                    continue  # the key would repeat the stem's word (R4: a clue)
                # Kind "sibling": its wrong options are endorsed members of the sibling categories,
                # as those of "Which of the following is an external asset?" are.
                plan = _from_sentence("sibling", stem, found.listed_in, example, pool)
                # A key alone in its form ("The anniversary of a loss" among "Sleeping less",
                # "Feeling irritable" ...) stands out (item writing: parallel options).
                if plan is None or all(_act_form(o.text) != _act_form(example) for o in plan.wrong):
                    continue
                plans.append(plan)
                made += 1
                if made == 2:
                    break
    return plans


def _activity(heading: str) -> str:
    """The activity a heading names, as a gerund phrase ("Converting closed questions", "A sequence
    for supporting a decision" -> "supporting a decision"), or "" (English: a procedure is named by
    a gerund phrase)."""
    text = plain(heading).strip(" :?")
    after_for = rx.search(r"\b(?:for|in|of)\s+(?P<x>\w+ing\b.*)$", text, re.I)
    steps_of = rx.match(
        r"^(?:the\s+)?(?:sequence|steps?|process|procedure|order)\s+(?:for|in|of|to)\s+"
        r"(?P<x>(?:an?|the)\s+[\w' -]{3,50})$",
        text,
        re.I,
    )
    procedure = bool(
        after_for
        and rx.match(r"^(?:an?|the)?\s*(?:sequence|steps?|process|procedure|order)\b", text, re.I)
    )
    # ("Steps: helping someone explore methadone treatment": the colon announces what the steps
    # are of; English, a colon introduces what the word before it names)
    labelled = rx.match(r"^(?:sequence|steps?|procedure)\s*:\s*(?P<x>[a-z]+ing\b.*)$", text, re.I)
    if labelled:
        text, procedure = labelled.group("x"), True
    elif after_for and procedure:
        text = after_for.group("x")
    elif steps_of and not _names_person(steps_of.group("x")):
        # "Steps for a planned ending": the steps of a procedure named by a noun phrase (English:
        # "steps for X" names X the procedure; "Steps for the peer specialist" names who takes
        # them, no procedure)
        return steps_of.group("x").lower()
    elif how := rx.match(r"^how to\s+(?P<v>[a-z]+)\s+(?P<r>\S.*)$", text, re.I):
        # "How to open a group": the procedure as a gerund phrase (English: "how to V" names the
        # way of V-ing)
        # (after "to", a verb's base form is one: "open", an adjective too, is a verb here)
        verb = how.group("v").lower()
        if verb in lemmas_of(verb).get("VERB", ()):
            text = to_gerund(f"{verb} {how.group('r')}")
    words = text.split()
    # ("Steps for building ground rules": after a noun of procedure and "for", an "-ing" word of
    # a verb names the doing the steps are of, though "building" alone reads as a noun)
    doing = procedure and "VERB" in lemmas_of(words[0].lower())
    # "Responding" alone leaves out what to: too vague for a stem to stand alone.
    if len(words) < 2 or len(words) > 8 or not (_opens_gerund(words) or doing):
        return ""
    if rx.search(r"\b(?:it|its|this|that|these|those|they|them|you|your)\b", text, re.I):
        return ""
    if _answers_nothing(text):
        return ""
    return text[:1].lower() + text[1:] if not text[:2].isupper() else text


def _answers_nothing(activity: str) -> bool:
    """Whether an activity is a verb of response without its "to" ("Responding in the moment"):
    what it answers is left to the text around it, so a stem naming it would not stand alone
    (English: the understood complement)."""
    return bool(rx.match(r"^(?:respond|react|repl(?:y|i))ing\b(?!\s+to\b)", activity, re.I))


def _names_person(phrase: str) -> bool:
    """Whether a noun phrase names people ("the peer specialist", "a new member"), by its head."""
    head = phrase.lower().split()[-1]
    lemma = (lemmas_of(head).get("NOUN") or (head,))[0]
    return (
        bool(_ROLE_WITH_ARTICLE.search(phrase))
        or lemma in _V.person_words
        or rx.search(r"(?:ist|ian)$", lemma) is not None
        or _agent_noun(lemma)
        or lemma in ("member", "family", "team", "staff", "friend", "parent", "student", "client")
    )


def _agent_noun(noun: str) -> bool:
    """Whether `noun` names whoever does what a verb says, by its suffix on that verb: "worker",
    "supervisor", "planner", "participant", "resident", "assistant" (English derivation: "-er",
    "-or", "-ant", "-ent" on a verb's stem); not "paper", "order", "incident" or "event", whose
    stem is no verb."""
    found = rx.match(r"^(?P<s>[a-z]{3,}?)(?P<x>er|or|ant|ent)$", noun)
    if found is None:
        return False
    stem = found.group("s")
    tries = [stem, stem + "e"]
    if len(stem) > 3 and stem[-1] == stem[-2]:
        tries.append(stem[:-1])  # ("planner": "plan")
    if found.group("x") in ("ant", "ent"):
        tries.append(stem + "ate")  # ("participant": "participate")
    return any(stem_verb in lemmas_of(stem_verb).get("VERB", ()) for stem_verb in tries)


def _named_in_title(activity: str, title: str) -> str:
    """ "building the plan" under a title on "Safety Planning": "building a safety plan" (English:
    a bare definite noun in a heading refers to the thing the text is about, which its title
    names in full; the stem must say it to stand alone)."""
    bare = rx.search(r"\bthe (?P<n>[a-z]+)\b", activity)
    if bare is None:
        return activity
    noun = bare.group("n")
    named = rx.search(
        rf"(?P<m>(?:[A-Z][\w-]*\s+){{1,2}}){re.escape(noun)}(?:ning|ing|s)?\b", title, re.I
    )
    if named is None or not content_stems(named.group("m")):
        return activity
    # (the title's own article is no part of the modifier: "The Strengths Assessment")
    modifier = rx.sub(r"^(?:the|a|an)\s+", "", named.group("m").strip().lower())
    if not modifier:
        return activity
    article = "an" if modifier[0] in "aeiou" else "a"
    return f"{activity[: bare.start()]}{article} {modifier} {noun}{activity[bare.end() :]}"


_CONDITIONAL_STEP = re.compile(
    r"^(?:if|when|once|after|before|while)\s[^,]{3,120},\s+(?P<i>\S.*)$", re.I
)
_STEPS_HEADING = re.compile(r"\b(?:steps?|sequence|procedure|what to do)\b", re.I)
# "Steps after an incident", "What to do following a fall": steps and the occasion they follow.
_STEPS_OCCASION = re.compile(
    r"^(?:(?:the\s+)?(?:steps?|what\s+to\s+do)\s+(?P<p>after|following|during|once|when)|"
    # ("When someone wants to take a release back" over numbered instructions: a heading that
    # is a clause of time names the occasion the steps are for; English)
    r"(?P<w>when))\s+"
    r"(?P<x>(?:an?|the|someone|somebody)\s+[a-z][\w' -]{2,50})$",
    re.I,
)
# "Section 12.2: ", "Unit 9: ", "Chapter 7 - ": a manual's numbering before its title.
_NUMBERED_TITLE = re.compile(
    # ("Module 5, Section B: Validation", "Section 9.3 Psychiatric Advance Directives": a manual's
    # places, one or more, each a number or a letter, before the name of the practice)
    r"^(?:(?:section|unit|chapter|lesson|module|part)\s+(?:\d+(?:\.\d+)*|[A-Z])\b"
    r"(?:\s*[,:.\u2014-]\s*|\s+))+",
    re.I,
)


def _title_words(title: str) -> str:
    """A title without its manual's numbering, in sentence case: title case goes mid-sentence; an
    acronym keeps its capitals, "WRAP", and so does a word with a capital inside it, "McKinney"."""
    numbered = _NUMBERED_TITLE.match(plain(title))
    text = plain(title)[numbered.end() if numbered else 0 :].strip()
    words = text.split()
    named = _glossed_name(words)
    return " ".join(
        w if at in named or w.isupper() or rx.search(r"\w[A-Z]", w) else w.lower()
        for at, w in enumerate(words)
    )


def _glossed_name(words: Sequence[str]) -> set[int]:
    """The positions of the words of a name glossed by its acronym after it ("Whole Health Action
    Management (WHAM)", "Individual Placement and Support (IPS)"): a proper name, whose capitals
    stay mid-sentence (English: an acronym's letters are its name's initials, little words
    aside)."""
    found: set[int] = set()
    for at, word in enumerate(words):
        acronym = rx.fullmatch(r"\((?P<a>[A-Z]{2,})\)[,.:;]?", word)
        if acronym is None:
            continue
        letters = acronym.group("a")
        initials = ""
        start = at
        while start > 0 and len(initials) < len(letters):
            start -= 1
            before = words[start]
            if before.lower() in LITTLE_WORDS:
                continue
            initials = before[:1] + initials
        if initials == letters and all(w[:1].isupper() for w in words[start:at] if len(w) > 3):
            found.update(range(start, at))
    return found


def _title_activity(title: str) -> str:
    """What a title names as the lesson's activity: a gerund phrase ("responding to a suspected
    opioid overdose"), or a practice named by a short noun phrase ("shared decision-making"); ""
    for a title that asks, says or points (English: a title is a noun phrase naming the topic)."""
    numbered = _NUMBERED_TITLE.match(plain(title))
    text = _title_words(title)
    if rx.search(r"[?!]", text):
        return ""  # ("Enabling or Supporting? Finding the Line": a title that asks names none)
    if activity := _activity(text):
        return activity
    words = text.split()
    if (
        # (a manual's numbered section is named by its practice; a blog's or a case's title
        # names a story, "The Hug Question", no procedure)
        numbered is None
        or not 1 <= len(words) <= 6
        or rx.search(r"[:?!\"\u201c]", text)
        or finite_verb([w.lower() for w in words]) >= 0
        or rx.search(r"\b(?:it|its|this|that|these|those|they|you|your|we|our|i|my)\b", text, re.I)
    ):
        return ""
    return text


def _sequence_plans(read: ReadLesson) -> list[_Plan]:
    """ "What is the first step in <activity>?": a numbered list of instructions under a heading that
    names an activity gives steps in order (English: numbered imperatives are a procedure); the
    later steps are the wrong options (each is a step, none is the first)."""
    plans: list[_Plan] = []
    for items in read.lists().values():
        first = items[0]
        if not first.ordered or len(items) < 4 or is_contrast_heading(first.heading):
            continue
        activity = _named_in_title(_activity(first.heading), read.lesson.title)
        # ("Running the drill" under a title that does not name it: the lesson's own definition,
        # "A refusal drill is ...", says which drill; as for a list's parts, `_named_in_full`)
        activity = _named_in_full(activity, read) if activity else activity
        # ("Steps after an incident": steps named by the occasion they follow, the stem's own
        # occasion; English: a preposition of time places the steps)
        occasion = _STEPS_OCCASION.match(plain(first.heading).strip(" :"))
        if not activity and not occasion and _STEPS_HEADING.search(first.heading):
            # "First steps", "The response sequence" under "Section 12.2: Responding to a
            # Suspected Opioid Overdose": a heading that names steps and no activity heads the
            # steps of what the lesson is about, which its title names (English: the heading's
            # bare noun refers to the text's topic); one naming its occasion says which steps.
            activity = _title_activity(read.lesson.title)
        stem = f"What is the first step in {activity}?" if activity else ""
        if not activity and occasion:
            when = (occasion.group("p") or occasion.group("w")).lower()
            stem = f"What is the first step {when} {occasion.group('x')}?"
        steps = [(s, _list_option(s)) for s in items]
        # Steps are instructions: they open with a verb's base form (a numbered item that does is
        # an imperative); the first one and three in four at least.
        # ("If the person is breathing but not alert, place them ...": an instruction under its
        # condition is an instruction too; English, a conditional clause before an imperative)
        imperative = [
            is_verb(s.plain.split()[0].rstrip(","))
            or bool(
                (conditioned := _CONDITIONAL_STEP.match(s.plain))
                and is_instruction(conditioned.group("i").split())
            )
            for s in items
        ]
        if not stem or not imperative[0] or 4 * sum(imperative) < 3 * len(items):
            continue
        # (a later step that says it comes "first", "Tell staff first", as a wrong answer to
        # the first step would trap a reader on the stem's own word; item writing)
        (sentence, key), later = (
            steps[0],
            [(s, t) for s, t in steps[1:] if t and not rx.search(r"\bfirst\b", t, re.I)],
        )
        if not key:
            continue
        # "Listen fully first", "Raise the topic early": the first step says when it comes, the
        # stem's own order (R4); the step without its adverb of time is the same act.
        key = rx.sub(r"\s+(?:first|early(?:\s+on)?)$", "", key, flags=re.I)
        wrong = tuple(
            _Option(t, s.id, "not_primary", f"This is step {s.item + 1}, not the first.")
            for s, t in later
        )
        chosen = _best_three(_Option(key, sentence.id, None, ""), wrong)
        if chosen:
            plans.append(_step_plan(stem, sentence, _Option(key, sentence.id, None, ""), chosen))
        if next_step := _next_step_plan(steps, activity, occasion):
            plans.append(next_step)
    return plans


def _next_step_plan(
    steps: Sequence[tuple[Sentence, str]], activity: str, occasion: re.Match[str] | None
) -> _Plan | None:
    """ "In <activity>, what is the next step after <the second step>?": the third step of a
    numbered procedure (or the step after the first later one that can be named), against the
    steps that come neither there nor in the stem (English:
    numbered imperatives are a procedure, each after the one before; item writing: the steps
    before and after it are the wrong options, all steps of the same procedure). The first step
    is never named in the stem, where it would answer the first-step item."""
    # (the first later step that can be named, and the one after it: a step too long or
    # pointing outside itself to be an option is no stem's either)
    at = next((k for k in range(1, len(steps) - 1) if steps[k][1] and steps[k + 1][1]), 0)
    if len(steps) < 5 or not at:
        return None
    (_, before), (sentence, key) = steps[at], steps[at + 1]
    if any(rx.search(r"\b(?:first|then|next|after|before)\b", t, re.I) for t in (before, key)):
        return None  # (a step that names its own place in the order answers the stem)
    # (the step as briefly as it is still said: "deciding together on a timeline", not its
    # aside "including whether meetings will taper off"; a stem names it, the options don't)
    before = next((w for w in key_wordings(before) if len(w.split()) <= 8), before)
    done = to_gerund(before[:1].lower() + before[1:])
    if not is_gerund(done.split()[0].lower()) or len(done.split()) > 12:
        return None
    if activity:
        stem = f"In {activity}, what is the next step after {done}?"
    elif occasion:
        when = (occasion.group("p") or occasion.group("w")).lower()
        stem = capitalise(f"{when} {occasion.group('x')}, what is the next step after {done}?")
    else:
        return None
    wrong = tuple(
        _Option(t, s.id, "not_primary", f"This is step {s.item + 1}, not step {at + 2}.")
        for k, (s, t) in enumerate(steps)
        if t and k not in (at, at + 1)
    )
    correct = _Option(key, sentence.id, None, "")
    chosen = _best_three(correct, wrong)
    return _step_plan(stem, sentence, correct, chosen) if chosen else None


def _step_plan(
    stem: str, sentence: Sentence, correct: _Option, wrong: tuple[_Option, ...]
) -> _Plan:
    """A sequence item keyed by the step `sentence` gives."""
    return _Plan(
        kind="sequence",
        stem=stem,
        correct=correct,
        wrong=wrong,
        evidence=sentence.text,
        anchor=sentence.anchor,
        source_sentence_id=sentence.id,
    )


# --- assembling ----------------------------------------------------------------------------------


def _in_stem_person(stem: str, option: str) -> str:
    """`option` in the person of its stem: under a stem about someone in the third person ("What
    should a peer specialist do?"), an instruction's "your" ("Raise the concern with your
    supervisor") is that someone's, "their" (English: one item, one point of view; a "their" of
    the option's own keeps its "your", see `generic_you`)."""
    if rx.search(r"\b(?:you|your|yourself)\b", unquoted(stem), re.I):
        return _as_the_reader(option)
    if (
        not rx.search(r"\byour(?:self)?\b", unquoted(option), re.I)
        # (a stem naming no one, "What is the first step in lethal means safety?", gives a
        # "their" nothing to stand for; the instruction's "your" is the reader's)
        or not _ROLE_MENTION.search(stem)
    ):
        return option
    return generic_you(option)


# What only the helper has, said with "they" or "their": "the people they support", "their
# supervisor", "their role" (the person supported has no caseload, no supervisor in the work).
_HELPERS_OWN = re.compile(
    rf"\b(?:(?P<p>the\s+(?:{alternation(_V.person_words)})\s+)they"
    r"(?=\s+(?:support|serve|work\s+with|help)\b)|"
    rf"their(?=\s+(?:own\s+|peer\s+)?(?:{alternation(word_list('helpers_own'))})\b))",
    re.I,
)


def _as_the_reader(option: str) -> str:
    """`option` under a stem that speaks to the reader ("A peer offers you an expensive watch
    ..."): the helper's own said as the reader's ("Keeping the gift from your supervisor",
    "Lending money to the people you support"), where "their" would read as the other person's
    (English: one item, one point of view; the stem's "you" is the helper). A "they" or "their"
    that may be the person supported's ("Thanking them", "closing their file") stays."""
    return beyond_quotations(option, lambda words: _HELPERS_OWN.sub(_yours, words))


def _yours(match: re.Match[str]) -> str:
    """ "the people they" -> "the people you", "their" -> "your" (a capital kept)."""
    if match.group("p"):
        return f"{match.group('p')}you"
    return "Your" if match.group(0).startswith("T") else "your"


def _choices(plan: _Plan, order: Sequence[int], correct_at: int) -> tuple[ChoiceDraft, ...]:
    drafts = [
        ChoiceDraft(
            text=_in_stem_person(plan.stem, plan.wrong[i].text),
            is_correct=False,
            source=plan.wrong[i].source,
            klass=None if plan.negative else plan.wrong[i].klass,
            rationale=plan.wrong[i].rationale,
        )
        for i in order
    ]
    answer = plan.correct
    drafts.insert(
        min(correct_at, len(drafts)),
        ChoiceDraft(
            text=_in_stem_person(plan.stem, answer.text),
            is_correct=True,
            source=answer.source,
            klass=(answer.klass or "avoid") if plan.negative else None,
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
    stem = _in_options_number(plan.stem, [c.text for c in choices])
    draft = QuestionDraft(
        kind=plan.kind,
        stem=stem,
        choices=choices,
        explanation=explanation(
            kind="not_question" if plan.negative else plan.kind,
            choices=choices,
            evidence=plan.evidence,
            anchor=plan.anchor,
        ),
        anchor=plan.anchor,
        source_sentence_id=plan.source_sentence_id,
        fingerprint=fingerprint(plan.kind, stem, choices),
        rubric_failures=(),
        negative=plan.negative,
    )
    failures = check(draft, read.sentences, point.text, known_true=known_true)
    return replace(draft, rubric_failures=failures)


# "What are recovery high schools?": a plural subject asked what it is.
_WHAT_ARE = re.compile(r"^What are (?P<np>[a-z][\w'-]*(?: [\w'-]+){0,4}) ?\?$")


def _in_options_number(stem: str, options: Sequence[str]) -> str:
    """ "What are recovery high schools?" asked as "What is a recovery high school?" when every
    option answers it with one thing ("A real school, for students in recovery", "A residential
    treatment center ..."): a copula's complement agrees in number with its subject (English),
    so a singular answer asks the singular question."""
    asked = _WHAT_ARE.match(stem)
    if asked is None or not all(rx.match(r"^an? ", o, re.I) for o in options):
        return stem
    *rest, last = asked.group("np").split()
    one = lemmas_of(last).get("NOUN", ())
    if not one or one[0] == last:
        return stem  # (no plural noun at its head: "What are your rights?" and the like)
    np = " ".join([*rest, one[0]])
    return f"What is {'an' if np[:1] in 'aeiou' else 'a'} {np}?"


def bank_last(plans: Sequence[_Plan]) -> list[_Plan]:
    """`plans` with, under each stem (stems in their first order), the keys whose wrong options
    all come from the lesson before those needing a bank option: the reviewed bank is a last
    resort ("To support those affected ..." goes before "The organized response after a death"
    beside a bank phrase). A key stretched past its wrong options' length goes after one in line
    with them."""
    first_of: dict[str, int] = {}
    for at, plan in enumerate(plans):
        first_of.setdefault(plan.stem, at)
    return sorted(
        plans,
        key=lambda plan: (
            first_of[plan.stem],
            any(o.source.startswith("bank:") for o in plan.wrong),
            _stretched(plan),
        ),
    )


def _stretched(plan: _Plan) -> bool:
    """Whether the key runs past three quarters longer than every wrong option: the rubric lets
    it (real items do, to twice), but a wording in line with them is the better item, so it goes
    first (item writing: no length clue)."""
    longest = max((len(o.text) for o in plan.wrong), default=0)
    key = len(plan.correct.text)
    return key > 1.75 * longest and key - longest > 25


def generate(
    lesson: LessonInput,
    *,
    bank: DistractorBank,
    known_true: Sequence[str] = (),
    taken: Sequence[tuple[str, str]] = (),
) -> GenerationResult:
    """Question drafts for one lesson, each checked against the rubric.

    `known_true`: statements that are true about peer support (for instance the other lessons'
    main points); no wrong option may say any of them.
    `taken`: (stem, key) of the questions the lesson already has from a person (hand-written and
    published); no item passes with one of their keys (R8 over the lesson's whole bank: a learner
    meets each answer once), so a passing item that would repeat one gives way to the next.
    """
    read = read_lesson(lesson)
    point = main_point(read)
    # (what the lesson asks decides what some sentences rule out: "The peer specialist does not
    # make the decision either" answers "Who makes the final decision?")
    mined = mine(read, "" if lesson.key_question.strip() else _main_point_stem(read, point))
    concept = " ".join(
        [lesson.title, lesson.key_question, point.text, *{s.heading for s in read.sentences}]
    )
    bank_pool = from_bank(
        bank,
        lesson.topic,
        [frozenset(map(stem, tokens(s.plain))) for s in read.sentences],
        frozenset(map(stem, tokens(concept))),
        about_role=bool(
            _ROLE_MENTION.search(f"{lesson.title} {lesson.key_question}")
            and _ROLE_SCOPE.search(f"{lesson.title} {lesson.key_question} {point.text}")
        ),
    )
    bank_pool.sort(key=lambda w: hashlib.sha256(f"{lesson.slug}\x1f{w.concept}".encode()).digest())

    main_plans = _main_point_plans(read, point, mined, bank_pool)
    example_plans = _example_plans(read, point, main_plans[0].stem if main_plans else "", mined)
    example_plans += _ordinal_plans(read, main_plans[0].stem if main_plans else "")
    example_plans += _heading_example_plans(read)
    # A key question asking for an example ("Which is an example of an open-ended question?") is
    # answered by the lesson's own example of it: that item is the main-point item.
    # One from a list headed "Examples of X" goes first: the article's own examples of X answer
    # it more surely than a key drawn from a statement.
    asked_examples = [
        replace(p, kind="main_point")
        for p in example_plans
        if main_plans and p.stem.lower() == main_plans[0].stem.lower()
    ]
    listed = [
        p
        for p in asked_examples
        if (source := read.by_id(p.source_sentence_id)) and examples_heading(source.heading)
    ]
    main_plans = [*listed, *main_plans, *(p for p in asked_examples if p not in listed)]
    main_plans = bank_last(main_plans)

    def said_by_the_article() -> Iterator[_Plan]:
        """The editor's main point says what the lesson teaches, not always in the form the key
        question asks ("How should ...?" + "Spirituality is whatever gives the person meaning
        ..."); the article's own sentence saying it may ("A peer specialist should explore what
        gives the person meaning ..."). Its plans are tried only when none of the editor's
        passed, and R2 holds their key to the editor's point (item writing: the key states the
        lesson's main point). Lazy: reached after the editor's plans were checked."""
        if not point.from_front_matter or per_kind["main_point"]:
            return
        inferred = infer(read)
        if inferred.text != point.text:
            yield from bank_last(_main_point_plans(read, inferred, mined, bank_pool))

    main_key = main_plans[0].correct.text if main_plans else point.text
    concept_name = lesson_concept(read, point)
    plans = [
        *_concept_plans(read, point, mined, main_key, main_plans[0].stem if main_plans else ""),
        *_scenario_plans(read, point, main_plans[0].stem if main_plans else "", mined, bank_pool),
        *example_plans,
        *_term_example_plans(read),
        *_sibling_plans(read),
        *_category_description_plans(read),
        *_coordinate_list_plans(read),
        *_sequence_plans(read),
        *_list_plans(read, mined, bank_pool, concept_name),
        *_avoid_plans(read, mined),
        *_practice_plans(read, mined),
    ]

    rejected: Counter[str] = Counter()
    checked = 0
    passing: list[_Plan] = []
    failing: dict[str, tuple[_Plan, tuple[str, ...]]] = {}
    per_kind: Counter[str] = Counter()
    keys: set[str] = set()

    def cues(plan: _Plan) -> bool:
        """Whether `plan` and an item already kept would give each other away."""
        options = [o.text for o in (plan.correct, *plan.wrong)]
        for p in passing:
            shared = sum(
                any(_same_option(a, o.text) for o in (p.correct, *p.wrong)) for a in options
            )
            # Two items asking the same question over half the same options or more: a learner
            # would meet one item twice, the second time with its answer half given away. The
            # same question turned negative over two of the same options ("Which is part of X?",
            # "Which is NOT part of X?" over one list) answers the other (item writing: items of
            # a set must not cue one another).
            # (one option in other words is the same option: "Narrow the wish to one next step"
            # and "Narrow the wish to one next step that the person chooses")
            if shared >= 2 and _unnegated(p.stem) == _unnegated(plan.stem):
                return True
            if shared >= 2 and _one_asked_unset(p.stem, plan.stem):
                return True
            if _turned_round(p, plan) or _restated_item(p, plan):
                return True
            # An item asking what to do over the acts an avoid item already offers is that item
            # turned round, so an item asking what to do, in general or in the case, shares one
            # option at most with any other, whichever of the two came first.
            if shared >= 2 and (plan.kind in _WHAT_TO_DO or p.kind in _WHAT_TO_DO):
                return True
            # A stem that holds another item's key answers that item: "Which of the following
            # is described as 'the writer's interpretation of the data'?" beside "What belongs
            # in the Assessment section?" keyed "The writer's interpretation of the data".
            # (the lesson's own subject, named in its title, is given to every item of it:
            # "Which is part of active listening?" gives nothing away in a lesson on it)
            titled = content_stems(lesson.title)
            if _stem_answers(p.stem, plan, titled) or _stem_answers(plan.stem, p, titled):
                return True
        return False

    def repicked(plan: _Plan) -> _Plan:
        """`plan` with three other wrong options from its pool where the ones it has would cue
        an item already kept, and the pool holds three more that none of them offers (item
        writing: a set's items draw on different distractors where the article gives enough)."""
        if not plan.pool or not cues(plan):
            return plan
        offered = [o.text for p in passing for o in (p.correct, *p.wrong)]
        rest = [o for o in plan.pool if not any(_same_option(o.text, t) for t in offered)]
        wrong = _best_three(plan.correct, rest)
        if not wrong:
            return plan
        other = replace(plan, wrong=wrong)
        identity = tuple(range(len(wrong)))
        if _draft(other, _choices(other, identity, 0), read, point, known_true).rubric_failures:
            return plan
        return other

    def accept(plan: _Plan) -> None:
        """Keep a draft that passed the rubric, unless the lesson's items already hold it."""
        key = " ".join(plan.correct.text.lower().split())
        # Two items of one lesson never share a key; one main-point item, at most two of a kind.
        # A list defining its members may give one item per member, up to four (a list of five,
        # "SMART" or the stages of change, is asked member by member in exam banks; each item
        # asks for another member, and its options are the list's other members).
        limit = {"main_point": 1, "sibling": 4}.get(plan.kind, 2)
        if key in keys or per_kind[plan.kind] >= limit:
            return
        # One key in other words is one key too: "Compliance with treatment" and "Recovery is
        # compliance with treatment." (all of the shorter key's content words, two at least,
        # in the longer one, and two thirds of its words or more; "Early warning signs" named
        # inside a purpose, "To identify personal triggers and early warning signs", is another
        # key).
        if any(_one_key(plan.correct.text, p.correct.text, plan.stem, p.stem) for p in passing):
            return
        # Nor one that a hand-written question of the lesson already answers, nor a main-point
        # item asking what one already asks (the lesson's question, answered by a person; a
        # stem any lesson may ask, "Which of the following should a peer specialist avoid?",
        # asks over other options in another kind of item).
        if any(
            " ".join(answer.lower().split()) == key
            or _one_key(plan.correct.text, answer, plan.stem, asked)
            or (plan.kind == "main_point" and _unnegated(plan.stem) == _unnegated(asked))
            for asked, answer in taken
        ):
            return
        # Nor do two items give each other away.
        if cues(plan):
            return
        passing.append(plan)
        keys.add(key)
        per_kind[plan.kind] += 1

    deferred: list[_Plan] = []
    for plan in itertools.chain(main_plans, said_by_the_article(), plans):
        identity = tuple(range(len(plan.wrong)))
        failures = _draft(
            plan, _choices(plan, identity, 0), read, point, known_true
        ).rubric_failures
        checked += 1
        rejected.update(failures)
        if failures:
            best = failing.get(plan.kind)
            if best is None or len(failures) < len(best[1]):
                failing[plan.kind] = (plan, failures)  # the best failing draft, kept for review
            continue
        # A second item under the stem of one already kept waits until every other draft has
        # had its place ("Which of the following should a peer specialist avoid?" beside "Which
        # is NOT one of the behaviors ...?" before the same NOT stem twice; item writing: a
        # lesson's items ask different questions where they can).
        # (set in a scene or not, "When someone wants to take a release back, which ... do?"
        # and "Which ... do?" ask one question in one lesson)
        if any(_unset(p.stem) == _unset(plan.stem) for p in passing):
            deferred.append(plan)
            continue
        accept(repicked(plan))
    for plan in deferred:
        # (asked again turned positive, "What should a peer specialist do when ...?", a second
        # key is a second right answer to one question; a negative stem asks what to avoid
        # among other things each time)
        if plan.negative:
            accept(repicked(plan))
    # At most MAX_ITEMS drafts, the passing ones first: a failing draft kept for an editor's
    # review never takes the place of one that passed.
    passing.sort(key=lambda plan: KINDS.index(plan.kind))
    kept: list[tuple[_Plan, tuple[str, ...]]] = [(p, ()) for p in passing[:MAX_ITEMS]]
    kept += [pair for kind, pair in failing.items() if not per_kind[kind]][: MAX_ITEMS - len(kept)]
    kept.sort(key=lambda pair: KINDS.index(pair[0].kind))

    rng = seeded_rng(lesson.slug)
    positions = [0, 1, 2, 3]
    rng.shuffle(positions)
    items: list[QuestionDraft] = []
    for number, (plan, _) in enumerate(kept):
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


# Kinds asking what to do, whose options are acts another item may offer too.
_WHAT_TO_DO = frozenset(["practice", "scenario"])


def _stem_answers(stem: str, plan: _Plan, given: frozenset[str] = frozenset()) -> bool:
    """Whether `stem` holds every content word of `plan`'s key, two at least, beyond those of its
    own stem, unless they are all `given` (item writing: no item of a set may give away the
    answer to another)."""
    said = content_stems(plan.correct.text) - content_stems(plan.stem)
    return len(said) >= 2 and said <= content_stems(stem) and not said <= given


def _one_key(a: str, b: str, stem_a: str = "", stem_b: str = "") -> bool:
    """Whether two keys say one thing (see `generate`). The words a key's stem already gives are
    no part of what the key says ("Which statement about active listening is accurate?" +
    "Active listening is the essential technique in MI." says what "The essential technique in
    MI" says of it)."""
    short, long = sorted(
        (content_stems(a) - content_stems(stem_a), content_stems(b) - content_stems(stem_b)),
        key=len,
    )
    if _quoted(a) & _quoted(b):
        # ('Say "Great job!" when the person makes a healthy choice' and 'Saying "Great job!"':
        # one act, saying the same words, whatever else either tells of it; English: words
        # quoted are the act's content)
        return True
    acts = [
        content_stems(from_gerund(t) if is_gerund(t.split()[0].lower()) else t)
        if t
        else frozenset()
        for t in (a, b)
    ]
    if acts[0] and acts[0] == acts[1]:
        # ("Going with their gut" and "Go with their gut": one act in two forms, the gerund's
        # and the instruction's; the same words, however few, say one thing)
        return True
    return len(short) >= 2 and short <= long and 3 * len(short) >= 2 * len(long)


def _quoted(text: str) -> set[str]:
    """The words `text` quotes, two or more, lowercased without punctuation."""
    return {
        " ".join(rx.findall(r"[\w']+", q.lower()))
        for q in rx.findall(r'["\u201c]([^"\u201c\u201d]+)["\u201d]', text)
        if len(q.split()) >= 2
    }


def _same_option(a: str, b: str) -> bool:
    """Whether two options say one thing: the same words, or all the content words of one (two at
    least) in the other."""
    if a.lower() == b.lower():
        return True
    short, long = sorted((content_stems(a), content_stems(b)), key=len)
    return len(short) >= 2 and short <= long


def _turned_round(a: _Plan, b: _Plan) -> bool:
    """Whether two items ask one question turned round: of opposite polarity, whatever their
    words, each keyed by one of the other's wrong options. "Which is part of talking about
    sleep?" keyed "Ask whether ..." beside "Diagnose ...", and "Which should a peer specialist
    avoid?" keyed "Diagnosing ..." beside "Asking whether ...": each tells which of the two the
    other keys (item writing: items of a set must not cue one another). A NOT item over a
    list's members beside "Which principle holds X?" over members too tests another thing: its
    key is no option of the other."""
    return (
        (a.negative or is_negative_stem(a.stem)) != (b.negative or is_negative_stem(b.stem))
        and any(_same_option(b.correct.text, o.text) for o in a.wrong)
        and any(_same_option(a.correct.text, o.text) for o in b.wrong)
    )


def _restated_item(a: _Plan, b: _Plan) -> bool:
    """Whether a statement item ("Which statement about X is accurate?") restates another item of
    the lesson: two of its wrong options or more are the other's, said as statements ("Recovery is
    a short-term therapy approach" beside "A short-term therapy approach" under "What is
    recovery?"). The learner weighs the same wrong readings twice against one point in other
    words (item writing: an item that repeats another is dropped)."""
    if "concept" not in (a.kind, b.kind):
        return False
    return sum(any(_same_option(x.text, y.text) for y in b.wrong) for x in a.wrong) >= 2


def _one_asked_unset(first: str, second: str) -> bool:
    """Whether one stem is the other without its scene ("Which of the following should a peer
    specialist avoid?" beside "When someone wants to take a release back, which of the following
    should a peer specialist avoid?"): the stem with no scene asks the question the other sets in
    its scene, and over the same options a learner meets it twice (item writing: items of a set
    must not repeat one another)."""
    one, two = _unnegated(first), _unnegated(second)
    bare = _unset(one)
    return one != two and bare == _unset(two) and bare in (one, two)


def _unnegated(stem: str) -> str:
    """A stem without its capitalised NOT, lowercased: the question it turns negative."""
    return " ".join(stem.replace(" NOT ", " ").lower().split())


def position_counts(items: Sequence[QuestionDraft]) -> Counter[int]:
    """How often the correct option sits at each position (R8 wants these balanced)."""
    return Counter(item.correct_index for item in items)
