"""Realising a claim as the answer a stem needs (rules of English grammar, inflection by lemminflect).

A main point is a statement ("Empowerment means fostering independence..."); a question asks for
part of it. When the stem names the statement's subject, the answer is its predicate in the form the
stem's wh-word wants:

- "What is X?", "X is defined as:", "What does X mean?" -> the predicate after the copula or "means";
- "What is the purpose of X?" -> "To <base verb> ...";
- "How does X ...?" -> "It <verb> ..." (the pronoun stands for the subject named in the stem);
- anything else -> the statement itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from . import rx
from .forms import (
    OBJECT_OPENERS,
    base_form,
    base_predicate,
    capitalise,
    from_gerund,
    generic_you,
    gerund_predicate,
    indefinite_article,
    is_gerund,
    is_instruction,
    is_verb,
    plural_of,
    third_person,
    to_gerund,
)
from .mainpoint import DIFFERENCE_STEM, compress
from .vocabulary import alternation, vocabulary, word_list
from .words import ROLE_STEMS, STOPWORDS, content_stems, lemmas_of, stem, stem_sentences

# Finite verbs that join a subject to what it is (English copulas and definitional verbs).
_COPULA = re.compile(
    r"^(?P<s>.{2,80}?)\s+(?P<v>is defined as|are defined as|refers to|refer to|means|mean|is|are|"
    r"should contain|should include|includes|include)\s+(?P<p>.+)$",
    re.I,
)
_LATER_COPULA = re.compile(r"^(?P<s>.{2,80}?)\s+(?P<v>is|are)\s+(?P<p>.+)$", re.I)
# A duty in the passive: "Suspected child abuse must be reported under mandated reporting rules".
_PASSIVE_DUTY = re.compile(
    r"^(?P<o>[A-Za-z][\w' -]{2,90}?)\s+(?:must|should|has to|have to|needs to|need to)\s+"
    r"(?:first\s+|always\s+)?be\s+"
    r"(?P<v>[a-z]+(?:ed|en|wn|ld|lt|nt))\b(?P<r>(?:\s+(?!by\b)[^,;]*)?)(?:[,;]\s.*)?$",
    re.I,
)
_WHAT = re.compile(r"^(?:[^,?]{0,40},\s*)?(?:what|which)\b", re.I)
_CIRCUMSTANCE_STEM = re.compile(
    r"^when\b|\b(?:which|what) (?:circumstances?|situations?|conditions?)\b|\bunder what\b", re.I
)
# "X grew (most directly) out of which of the following?": a preposition's object asked for.
_FROM_WHICH = re.compile(
    r"(?:^|[.?!]\s+)(?P<s>[A-Z][^,?]{2,60}?)\s+(?:[a-z]+\s+){1,4}?(?:out of|from|in|into|with|by|"
    r"on|at)\s+which of the following\s*\??$",
)
# "Where did X come from?": the same question of a source, put with "where".
_WHERE_FROM = re.compile(
    r"^where\s+(?:did|does|do)\s+(?P<s>[^?]{2,60}?)\s+(?:come|originate|start|begin|grow|emerge|"
    r"arise)\b[^?]*\?$",
    re.I,
)
# "X began in Y", "X grew out of Y", "X came from Y", "X traces back to Y": a subject, its verb, a
# preposition's object.
_ORIGIN = re.compile(
    r"^(?P<s>[A-Z][^,;]{1,60}?)\s+(?:[a-z]+ly\s+)?(?P<v>[a-z]+)\s+(?:[a-z]+\s+)?(?:out of|from|in|"
    r"within|with|by|at|(?<=back )to)\s+(?P<np>(?:the|an?)\s+[^,;]+)",
)
# "This is most likely:", "The peer specialist is most likely experiencing:": asked what a scene
# is a case of.
_CLASSIFY_STEM = re.compile(
    r"(?:^|[.?!]\s+)(?:this|these|that|it)\s+(?:is|are)\s+(?:most\s+)?likely\b|"
    # "This is best described as:": what the scene is a case of, named
    r"(?:^|[.?!]\s+)(?:this|these|that|it)\s+(?:is|are)\s+(?:best|most accurately)\s+"
    r"(?:described|called|understood|explained)\s+as\b|"
    # "When a provider assumes ..., this is called:": the scene in a fronted clause, named
    r"(?:^|[.?!,]\s+)(?:this|that|it)\s+is\s+(?:called|known as|termed)\s*:?\s*$|"
    r"\bmost likely (?:experiencing|a sign of|an example of|a case of)\b",
    re.I,
)
# "X lets a person practice ...", "X helps people (to) see ...": a thing and what it enables.
_ENABLES = re.compile(
    r"^[A-Z][^,;:]{2,80}?\s+(?:lets|helps|allows|enables)\s+(?:a person|the person|people|"
    r"someone|them|a participant|the participant)\s+(?:to\s+)?(?P<v>[a-z]+)(?P<r>\s[^;:]+)$"
)
_NAMELY = re.compile(
    r",\s+(?:namely|that is,|i\.e\.,?)\s+(?P<x>[^;:.]{3,120}?)(?=,\s+(?:which|who)\b|[;:.]|$)"
)
_PURPOSE_STEM = re.compile(r"\b(?:purpose|goal|aim|point) of\b|^why\b", re.I)
# "X is the organized response after a death that supports ...": a definition whose restrictive
# relative clause says what X does.
_DEFINED_BY_ITS_WORK = re.compile(
    r"^[A-Z][\w' -]{1,50}?\s+(?:is|are)\s+(?:an?|the)\s+[^,;:]{3,80}?\s+(?:that|which)\s+"
    r"(?P<v>[a-z]+s)\s+(?P<r>[^;:]{3,160})$"
)
_HOW_STEM = re.compile(r"^how (?:does|do|can|would|should)\b", re.I)
# "What is a main reason X ...?", "What is one reason ...?": a stem asking for a reason by name.
_REASON_STEM = re.compile(r"^what(?: is|'s) (?:a|an|one|the) (?:[\w-]+ )?reasons?\b", re.I)
# "Which stage of change ...?", "Which principle ...?": a stem asking for the name of one of a
# kind (the noun after "which").
_WHICH_NAME = re.compile(
    r"\bwhich (?P<n>stage|phase|principle|dimension|type|kind|domain|skill|element|component|"
    r"section|level|value|form|category|response|model|function)s?\b",
    re.I,
)


def _name_asked(stem: str, statement: str) -> str:
    """ "Which stage of change is this person in?" + "In the preparation stage a person has ..."
    -> "Preparation": the name the statement gives the noun asked for ("the X stage", "the stage
    of X", "the principle of X"), or the state it puts someone "in" (English: a name modifies
    its kind noun, or follows it after "of")."""
    asked = _WHICH_NAME.search(stem)
    if asked is None:
        return ""
    noun = asked.group("n").lower()
    found = rx.search(
        rf"\bthe (?P<x>[\w-]+(?: [\w-]+)?) {noun}\b|\bthe {noun} of (?P<y>[\w -]+?)(?:[,.;]|$)|"
        rf"\b(?:is|are|was|were|be|still|now) in (?P<z>[a-z-]+)(?:[,.;]|\s+(?:stage|phase)\b|$)|"
        # "IPS follows zero exclusion: ...": what a model follows or rests on, named before the
        # colon that explains it, is its principle (English: a colon elaborates the name)
        r"^[^,;:]{2,40}?\b(?:follows|rests on|is built on|is based on|is grounded in)\s+"
        r"(?P<w>[\w -]{3,40}?):",
        statement,
        re.I,
    )
    if found is None:
        return ""
    name = next(g for g in found.groups() if g)
    # (the subject from the clause's start: after a fronted phrase's comma, "In Tuckman's
    # model, storming is the normal stage")
    named = rx.search(
        rf"(?:^|[,;:]\s+)(?:[\w-]+\s+){{0,1}}[\w-]+\s+(?:is|are)\s+the\s+{re.escape(name)}\b",
        statement,
        re.I,
    )
    # (a relational adjective, "administrative", "educational", classifies and may name a
    # member; a qualitative one, "early", "normal", only describes; English derivation:
    # relational adjectives end in "-ive", "-al", "-ic", "-ary", "-ory")
    relational = name.split()[-1].lower().endswith(("ive", "al", "ic", "ary", "ory"))
    if (
        found.group("x")
        and "ADJ" in lemmas_of(name.split()[-1].lower())
        and (named or not relational)
    ):
        # "Storming is the normal stage": beside a subject that names the member, an adjective
        # describes the kind and names none ("... policies is the administrative function": a
        # subject that is no name leaves the adjective to name it)
        return ""
    if not 1 <= len(name.split()) <= 5 or name.lower() in (
        "same",
        "first",
        "next",
        "other",
        "right",
    ):
        return ""
    return capitalise(name)


def _named_in_stem(words: list[str], stem: str) -> int:
    """How many of the statement's opening words the stem names together, in order ("Syringe
    services programs" in "... about syringe services programs (SSPs)?"); 0 when under two."""
    asked = " " + " ".join(rx.findall(r"[a-z0-9'-]+", stem.lower())) + " "
    count = 0
    for at in range(1, min(len(words), 6) + 1):
        phrase = " ".join(rx.sub(r"[^a-z0-9'-]", "", w.lower()) for w in words[:at])
        if f" {phrase} " in asked:
            count = at
        else:
            break
    return count if count >= 2 else 0


# "What does research show about X?", "What does the evidence say about X?"
_FOUND_ABOUT = re.compile(
    r"^what (?:does|do|did) (?:the )?(?:research|evidence|data|studies|science|literature)\s+"
    r"(?:show|say|suggest|find|found|tell us)\s+about\b",
    re.I,
)
# "Where can a person get X?", "Under federal rules, where ...?"
_WHERE_STEM = re.compile(
    r"^(?:[^,?]{3,40},\s+)?where\s+(?:can|could|may|do|does|should|would)\b", re.I
)
# "X is dispensed only by Y", "X is available only through Y": the source of a thing.
_PROVIDED_BY = re.compile(
    r"\b(?:is|are)\s+(?:dispensed|provided|available|offered|given|delivered|sold|issued|"
    r"prescribed|distributed)\s+"
    r"(?P<o>only\s+)?(?P<p>by|through|at|in|from)\s+(?P<y>[^,;]{4,80})"
)


# "Which public program is designed to ...?", "Which agency enforces ...?": a body asked for by
# what it does.
_WHICH_AGENT = re.compile(
    r"\bwhich (?:[\w-]+ )?(?:program|agency|organi[sz]ation|office|service|body|department|"
    r"court|law|act|resource|entity)\b(?! of\b)",
    re.I,
)


# "Which organizational practice best supports ...?", "Which approach is most effective ...?"
_WHICH_PRACTICE = re.compile(
    r"\bwhich (?:[\w-]+ )?(?:practice|approach|strategy|action|policy|condition)s?\b[^?]*"
    r"\b(?:best|most)\b",
    re.I,
)
# "... integrate best when the agency writes ...": the condition under which something goes best.
_BEST_WHEN = re.compile(
    r"\b(?:best|most)\s+when\s+(?:the|a|an|their|its|each|every)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<v>[a-z]+s)\s+(?P<r>[^;]+)$",
    re.I,
)


def _finite_s(word: str) -> bool:
    """A verb in its third-person "-s" form ("writes"), not a plural noun alone."""
    word = word.lower()
    return "VERB" in lemmas_of(word) and word not in lemmas_of(word)["VERB"]


_SUBJECT_PREPOSITIONS = frozenset(["of", "with", "for", "in", "on", "at", "from", "under"])


def _agent_asked(stem: str, statement: str) -> str:
    """ "Which public program is designed to provide these services?" + "State vocational
    rehabilitation agencies provide counseling, training ...": the statement's subject, the body
    that does it (English: a "which" question about the doer is answered by the subject); a
    generic plural is said as the one body of its kind ("The state vocational rehabilitation
    agency")."""
    if not _WHICH_AGENT.search(stem):
        return ""
    words = statement.split()
    at = finite_verb(words)
    if not 1 <= at <= 8:
        return ""
    subject = [w.strip(",") for w in words[:at]]
    if subject[0].lower() in STOPWORDS - {"the", "a", "an"} or not content_stems(" ".join(subject)):
        return ""  # ("It provides ...", "They run ...": no body named)
    # (the head comes before the subject's first preposition: "Offices of the state run ...")
    cut = next((i for i, w in enumerate(subject) if i and w.lower() in _SUBJECT_PREPOSITIONS), at)
    head = subject[cut - 1].lower()
    nouns = lemmas_of(head).get("NOUN", ())
    if not nouns or head in vocabulary().person_words:
        return ""
    if subject[0].lower() not in ("the", "a", "an") and cut == len(subject) and head not in nouns:
        # a bare plural is generic: the kind, as its one representative (the words before the
        # head as written: "State" may be part of a name)
        subject = ["The", *subject[:-1], nouns[0]]
    return capitalise(" ".join(subject).strip(" ,"))


# A fronted adjunct of scope ("Among adults, ", "For most people, "): where the claim holds, not
# part of its subject (English: a prepositional phrase set off before the clause).
_FRONTED_SCOPE = re.compile(r"^(?:among|for|in|with|across|within)\s+[^,]{2,40},\s+", re.I)
_RELATIVE_PRONOUNS = frozenset(["who", "that", "which", "whose", "whom"])
_COMPARED = re.compile(r"\b(?:more|most|better|best|less|least)\b", re.I)
# Words after which a noun comes, not a verb: determiners and prepositions (English).
_NOUN_OPENERS = frozenset(
    [
        *("the", "a", "an", "this", "that", "these", "those", "their", "his", "her", "its"),
        *("our", "your", "my", "some", "any", "no", "each", "every", "of", "from", "with"),
        *("for", "in", "on", "at", "by", "to", "about", "into", "than", "as"),
    ]
)


_SPECIFIED_FOUND = re.compile(
    r"^(?:(?:among|for|in|with|across|within)\s+[^,]{2,40},\s+)?(?P<s>[^,;:]{3,90}?)\s+"
    r"(?:(?:has|have) been (?:found|shown) to be|(?:was|were) found to be)\s+"
    r"(?P<p>the\s+.+)$",
    re.I,
)


def _practice_compared(stem: str, statement: str) -> str:
    """ "Which approach is most effective in reducing stigma among adults?" + "Among adults,
    contact with people who have lived experience reduces stigma more effectively than protest":
    the subject of the comparison, the approach (English: a "which" question about the thing
    compared is answered by the subject of the clause that compares it)."""
    if not _WHICH_PRACTICE.search(stem):
        return ""
    words = _FRONTED_SCOPE.sub("", statement.strip()).split()
    compared = next((at for at, w in enumerate(words) if _COMPARED.fullmatch(w.lower())), -1)
    # The clause's verb is the last verb before the comparison ("... reduces public stigma more
    # effectively"): not a gerund, not a word a determiner or a preposition opens (a noun there).
    verb = next(
        (
            at
            for at in range(compared - 1, 0, -1)
            if "VERB" in lemmas_of(words[at].lower().strip(","))
            and not words[at].lower().endswith("ing")
            and words[at - 1].lower() not in _NOUN_OPENERS
            and not words[at - 1].endswith(",")
            and (words[at].lower() in ("is", "are") or "NOUN" not in lemmas_of(words[at].lower()))
        ),
        -1,
    )
    if any(w.lower() in _RELATIVE_PRONOUNS for w in words[verb + 1 : compared]):
        return ""  # the verb found is a relative clause's, after the clause's own
    if not 2 <= verb <= 14:
        return ""
    subject = " ".join(words[:verb]).strip(" ,")
    head = words[0].lower()
    if head in STOPWORDS - {"the", "a", "an"} or not {"NOUN"} & set(lemmas_of(head)):
        return ""  # ("It works better ...", "Peers do ...": no practice named)
    if vocabulary().role_words and rx.search(
        rf"^(?:the\s+|an?\s+)?(?:{alternation(vocabulary().role_words)})", subject, re.I
    ):
        return ""  # the role is who acts, not the practice asked for
    return capitalise(subject)


# "X is when someone Vs ...", "X happens when a person Vs ...": a definition by an act.
_DEFINED_BY_WHEN = re.compile(
    r"^[^,]{2,60}?\s+(?:is|happens|occurs|means)\s+when\s+"
    rf"(?:(?:a|the) (?:{alternation(vocabulary().role_words)})|someone|a person|people|a worker|"
    r"an individual|a peer|they|you)\s+"
    r"(?P<a>[a-z]+ly\s+)?(?P<v>[a-z]+)\s+(?P<r>.+)$",
    re.I,
)
_BEGINS_FROM = re.compile(r"\b(?:starts|begins|start|begin)\s+(?P<x>(?:from|with)\s.+)$", re.I)
_WHERE_BEGIN_STEM = re.compile(
    r"^(?:[^?]*,\s*)?where (?:should|does|do|would|can) [^?]*\b(?:begin|start)\b", re.I
)
# The examples after "such as", up to a clause of its own (", and they ...").
_SUCH_AS = re.compile(
    r"\bsuch as (?P<x>[^;:()]+?)(?:,? and (?:they|it|these)\b.*|, as opposed to\b.*)?$", re.I
)
_RESPONSE_STEM = re.compile(
    r"\bwhat (?:is|would be) the (?:most |best |first )?(?:\w+ )?(?:response|action|step|thing to do)\b|"
    r"\bwhat should [^?]+ do\b|\bhow should [^?]+ respond\b",
    re.I,
)
# A stem asking what someone should do: "What should the peer specialist do (first)?", "What is
# the most appropriate response?", "What action ...?".
ACTION_ASKED = re.compile(
    r"\bwhat (?:should|would|could|can|must) [^?]+ do\b|\bwhat action\b|"
    r"\bwhat is the (?:most |best |first )?(?:\w+ )?(?:response|action|thing to do)\b|"
    # "What is the best way for the peer specialist to handle ...?": a manner of acting
    r"\bwhat is the (?:best|most \w+|right|correct|proper|first) way (?:for [^?]{2,60} )?to "
    r"(?!describe|define|"
    r"understand|think|see|explain)\w+|"
    # "Which practice best supports ...?", "Which step comes first?": one of a kind of acts
    r"\bwhich (?:[\w-]+ )?(?:practice|action|step|strategy|habit|behaviou?r)s?\b",
    re.I,
)
_ROLE_NAME = re.compile(rf"\b(?:{alternation(vocabulary().role_words)})s?\b", re.I)
# "What should the peer specialist do?", "What action would X take?": asked for an instruction,
# the base form answers.
_DO_ASKED = re.compile(
    r"\bwhat (?:should|would|could|can|must) [^?]+ do\b|"
    r"\bwhat (?:action|step)s? (?:should|would|could|can|must|might) [^?]+ take\b",
    re.I,
)
# "(that) the peer specialist personally connects ...": the role and what it does.
_ROLE_ACTS = re.compile(
    r"^(?:that\s+)?(?:the|a|an)\s+(?:" + alternation(vocabulary().role_words) + r")\s+"
    r"(?P<a>[a-z]+ly\s+)?(?P<v>[a-z]+s)\s+(?P<r>.+)$",
    re.I,
)
# A helper of the case and what they do, after a scene set off by a comma: "the peer specialist
# reflects ...", "the facilitator first acknowledges ..." (an adverb of order may come between).
_HELPER_ACTS = re.compile(
    r"^(?:[^,]{3,100},\s+){0,2}(?:(?:the|a|an)\s+)?(?:"
    + alternation(vocabulary().role_words)
    # (a worker named by the job, "the staff member involved": whoever the stem asks about)
    + r"|(?:peer\s+|group\s+)?facilitator|peer|helper|staff(?:\s+member)?(?:\s+involved)?)\s+"
    r"(?:(?P<a>first|then|also|[a-z]+ly)\s+)?(?P<v>[a-z]+s)\s+(?P<r>.+)$",
    re.I,
)
# "How should a peer specialist understand X?": asked how to regard a thing, the answer is what to
# regard it as (English: the complement of "see/understand/treat X as").
_REGARD_STEM = re.compile(
    r"^how (?:should|would|can|might|do|does|is|are) [^?]*?\b(?:understand|view|see|interpret|"
    r"regard|think of|treat|read|make sense of|understood|viewed|seen|interpreted|regarded)\b",
    re.I,
)
# "What does X require?", "What does X call for?": a stem asking what a rule or standard demands.
_REQUIREMENT_STEM = re.compile(
    rf"^what (?:does|do|did) [^?]+? (?:{alternation(word_list('requirement_verbs'))})\??$", re.I
)
# "It requires that X be used or shared only ...": a requirement in the subjunctive passive, its
# participles ("used", "shared", "kept", "given") joined by "or"/"and".
_MANDATED = re.compile(
    r"^(?:it|this|that|the [\w'\" -]{2,60}?)\s+(?:requires|required|demands|asks)\s+that\s+"
    r"(?P<o>[^,;]{3,80}?)\s+be\s+(?P<v>[a-z]+(?:ed|en|wn|pt|t))"
    r"(?:\s+(?P<c>or|and)\s+(?P<w>[a-z]+(?:ed|en|wn|pt|t)))?(?P<r>\s.*)?$",
    re.I,
)
# Cut a claim before what it rules out or adds (", not ...", " rather than ...", ", and ...").
_CONTRAST_TAIL = re.compile(
    r", not .*$|,? (?:rather than|instead of|as opposed to) .*$|, and (?=(?:\S+ ){3,}\S+).*$",
    re.I,
)


def verbs_of(word: str) -> tuple[str, ...]:
    """The verbs `word` may be a form of ("said" -> "say")."""
    return tuple(lemmas_of(word.lower()).get("VERB", ()))


def gerund_series_cut(text: str) -> str:
    """`text` cut before a contrast like `_CONTRAST_TAIL`, except that ", and" before the last of
    a series of gerund phrases ("staying calm, speaking slowly, and giving the person space") or
    of instructions ("say no kindly, keep it short, and move on to other resources") joins that
    member to the series instead of opening a second clause (English: the final conjunct of a
    coordinated series, its members alike in form), so only a contrast inside it is cut."""
    cut = _CONTRAST_TAIL.search(text)
    if cut is None:
        return text
    head, tail = text[: cut.start()], text[cut.start() :]
    members = [m.split() for m in head.split(", ")]
    last = tail[len(", and ") :].split() if tail.lower().startswith(", and ") else []
    gerunds = all(words and is_gerund(words[0]) for words in [*members, last])
    # (instructions: every member opens on a verb's base form, one at least on a verb that can
    # open only an instruction there, "keep the refusal ...")
    bases = all(words and words[0].lower() in verbs_of(words[0]) for words in [*members, last])
    instructions = bases and any(map(is_instruction, [*members, last]))
    if len(members) >= 2 and last and (gerunds or instructions):
        closing = " ".join(last)
        return f"{head}, and {_CONTRAST_TAIL.sub('', closing)}"
    return head


# "Y is not one of X": under "Which is NOT one of X?" the answer is Y.
_NOT_MEMBER = re.compile(r"^(?P<y>.{2,60}?) (?:is|are) not (?:one of|among|part of)\b", re.I)


# "in a way that puts them, not you, at the center": a short contrast set off by commas inside a
# clause denies only its own words (English: an aside); ", not X, and ..." instead closes one
# clause and coordinates the next, and ", not A, B or C" denies a series.
CONTRAST_ASIDE = re.compile(
    # (", not A, not B, and not C" is a series of denials, no aside)
    r",\s+not\s+(?:[\w'-]+\s+){0,2}[\w'-]+,\s+(?!(?:and|but|or|so|yet|a|an|the|not)\b)",
    re.I,
)


_MADE_BY_ASIDE = re.compile(
    r",\s+(?:first\s+)?(?:developed|created|founded|designed|written|published|introduced|"
    r"pioneered|coined|started|led)\s+by\s+[^,;:]{3,80},\s+(?=(?:that|which|who|and)\b)",
    re.I,
)


def claim(text: str) -> str:
    """The claim alone: frames stripped, cut before a contrast or a second clause."""
    # A parenthesis is an aside (English): "a balance across eight areas (emotional, ...)".
    text = rx.sub(r"\s*\([^()]{1,120}\)", "", text)
    # "Exam tip: on a scaling question, ask ...": a label before a colon names the kind of
    # sentence, not what it says (English: a run-in label).
    text = rx.sub(r"^(?:[A-Z][a-z]+\s+){0,2}(?:tip|note|reminder|hint)s?:\s+", "", text, flags=re.I)
    text = CONTRAST_ASIDE.sub(" ", text)
    # ("an evidence-based approach, developed by psychologist R. M. and colleagues, that teaches
    # ...": a past participle's phrase set off by commas says who made it, an aside; the
    # relative clause after it is what defines the head, English: non-restrictive modifier)
    text = _MADE_BY_ASIDE.sub(" ", text)
    # So is a clause of "as" set off by commas after the subject ("Self-determination, as codes of
    # ethics use the term, means ..."): it says whose sense, not what.
    text = rx.sub(r"^(?P<s>[A-Z][\w'-]*(?:\s[\w'-]+){0,3}),\s+as\s+[^,]{3,60},\s+", r"\g<s> ", text)
    whole = text.strip(" .")
    text = compress(text)
    cut = gerund_series_cut(text)
    closing = rx.search(
        r"\b(?:when|whenever|if|once|as long as)\s[^,;]{2,60}(?:,\s+(?!and\s)[^,;]{1,30})+"
        r"(?=,\s+and\s)",
        text,
        re.I,
    )
    if closing and cut == text[: closing.end()]:
        # "when it is brief, purposeful, and helps the person": ", and" closes a condition's
        # series, whose members together are the condition (English: a conjunction of
        # requirements; without its last member it is another, weaker condition). The cut
        # moves to what follows the series, if anything.
        rest = _CONTRAST_TAIL.sub("", text[closing.end() + 1 :])
        cut = text[: closing.end() + 1] + rest if rest.strip() else text
        cut = cut.rstrip(" ,")
    if cut != text and rx.search(r",\s+[a-z]+ing$", cut):
        # "treating X, asking instead of assuming, and ...": the contrast began inside a member
        # of a series, which goes with it (English: "instead of" scopes over its own member).
        cut = rx.sub(r",\s+[a-z]+ing$", "", cut)
    # "It respects X, keeps Y[, and trusts Z]": a series of predicates cut before its last member
    # takes "and" before what is now its last (a series of two without "and" is no sentence).
    series = list(rx.finditer(r",\s+(?P<v>[a-z]+s)\s+(?P<n>\S+)", cut))
    if series and not whole.endswith(cut):
        last = series[-1]
        lemmas = lemmas_of(last.group("v")).get("VERB", ())
        verb = last.group("v")
        closed = any(
            w not in lemmas_of(w).get("VERB", (w,))
            for w in rx.findall(r"\band\s+([a-z]+s)\b", cut[last.end() :])
        )  # ("..., owns their part and lets ...": the series was closed before the cut)
        if (
            lemmas
            and verb not in lemmas
            and last.group("n").lower() in OBJECT_OPENERS
            and not closed
        ):
            cut = f"{cut[: last.start()]} and {cut[last.start('v') :]}"
    # "To plan the ending in advance, review progress[, and connect ...]": likewise a series of
    # infinitives or instructions, its members verbs' base forms.
    opening = rx.match(r"^(?:to\s+)?(?P<v>[a-z]+)\s", cut, re.I)
    bases = list(rx.finditer(r",\s+(?P<v>[a-z]+)\s+\S", cut))
    if (
        opening
        and bases
        and not whole.endswith(cut)
        and " and " not in cut[bases[-1].start() :]
        and all(
            b.group("v") in lemmas_of(b.group("v")).get("VERB", ()) for b in (opening, bases[-1])
        )
        and (cut[:3].lower() == "to " or is_verb(opening.group("v")))
    ):
        last = bases[-1]
        cut = f"{cut[: last.start()]} and {cut[last.start('v') :]}"
    return cut if len(cut.split()) >= 2 else text


# "A simple reflection", "An open question": a singular indefinite subject, its noun named.
_SINGULAR_SUBJECT = re.compile(r"^(?:a|an)\s+(?:[a-z-]+\s+)?[a-z-]+$", re.I)


def _singular_then_verb(before: list[str], word: str) -> bool:
    """Whether `word` follows a singular indefinite subject ("a simple reflection") in its
    third person's "-s" form, so it is the verb: one thing takes no plural noun after it."""
    # ("A late benefits check": with no noun after "a", the "-s" word is the noun's modifier)
    return (
        bool(_SINGULAR_SUBJECT.match(" ".join(before)))
        and (not (lemmas := lemmas_of(before[-1].lower())) or "NOUN" in lemmas)
        and word.endswith("s")
        and not word.endswith("ss")
        and "VERB" in lemmas_of(word)
    )


def finite_verb(words: list[str]) -> int:
    """The position of the clause's first finite verb after its subject (lemminflect's lexicon:
    "goals" is no verb, "give" and "acts" are), or -1."""
    for position, word in enumerate(words[1:8], start=1):
        lower = word.lower().strip(",")
        before = words[position - 1].lower()
        if (
            before in _DETERMINERS
            or before.endswith("'s")
            or (set(lemmas_of(before)) == {"ADJ"})
            # "community-based services": a hyphenated compound before a word modifies it
            or rx.fullmatch(r"[a-z]+-[a-z-]+", before) is not None
            # "personal triggers": a word that can be an adjective, then one that can be a noun
            # (not a verb's "-s" after "a" or "an" and its noun, "A peer specialist helps ...":
            # one thing takes no plural noun; English agreement)
            or (
                "ADJ" in lemmas_of(before)
                and "NOUN" in lemmas_of(lower)
                and not _singular_then_verb(words[:position], lower)
            )
            # "the total stock of resources": a preposition's object is a noun phrase
            or before in PREPOSITIONS
            # "the last five minutes": a numeral modifies the noun after it
            or before.isdigit()
            or before in NUMERALS
            # "to build skills": a transitive infinitive takes its object next (English)
            or (
                position >= 2
                and words[position - 2].lower() == "to"
                and "VERB" in lemmas_of(before)
                and "NOUN" in lemmas_of(lower)
            )
        ):
            continue  # "a family's informal supports": a noun after a determiner or adjective
        if lower in _MODALS:
            return position
        lemmas = lemmas_of(lower)
        verb = "VERB" in lemmas and not is_gerund(lower) and lower not in _NOT_FINITE
        after = [w.lower().strip(",") for w in words[position + 1 : position + 3]]
        # "Shared experience and culture build trust": two nouns joined by "and" are a plural
        # subject, and the verb's base form after them its present tense (English agreement).
        coordinated = 3 <= position <= 6 and words[position - 2].lower() == "and"
        if (
            verb
            and coordinated
            and "NOUN" in lemmas_of(before)
            and set(lemmas_of(before)) != {"VERB"}
            and lower in lemmas.get("VERB", ())
            and lower not in _NOT_FINITE
        ):
            return position
        if (
            verb
            and "NOUN" in lemmas
            and len(after) == 2
            and after[0] in lemmas_of(after[0]).get("VERB", ())
            and after[0] not in _MODALS
            and after[1] in OBJECT_OPENERS
            and (lemmas.get("VERB") or ("",))[0] not in _BARE_INFINITIVE_TAKERS
            # (after "a" or "an" and a noun of its own the subject is one thing, so its "-s"
            # word is its verb, "A simple reflection stays close to ...", no plural noun)
            and not _singular_then_verb(words[:position], lower)
        ):
            # "Fentanyl test strips show whether ...": a plural noun, then a verb's plain form
            # with its object (English: the present agrees with the plural subject before it).
            continue
        # ("process", "access": a base form in "-ss" is no third person's "-s")
        third = lower.endswith("s") and not lower.endswith("ss")
        if verb and (third or lower in _PLAIN_PRESENT):
            return position
        # "Boundaries keep ...": after a plural noun, a verb's base form is its present tense
        # (past an adverb: "Most people simply switch ...").
        if set(lemmas_of(before)) == {"ADV"} and position >= 2:
            before = words[position - 2].lower()
        plural_before = (
            before.endswith("s") and not before.endswith("ss") and "NOUN" in lemmas_of(before)
        ) or before in _IRREGULAR_PLURALS
        # (a longer subject, "Good Samaritan overdose laws encourage ...", when the word is
        # never a noun)
        if (
            verb
            and plural_before
            and lower in lemmas.get("VERB", ())
            and (
                position <= 3
                or (
                    "NOUN" not in lemmas
                    and not is_gerund(words[0].lower())
                    and not {w.lower() for w in words[:position]} & _OPENS_CLAUSE
                )
            )
        ):
            return position
    return -1


# Words after which a verb belongs to a clause inside the subject ("Measuring recovery by how
# fast symptoms fade": "fade" is the embedded clause's).
_OPENS_CLAUSE = frozenset(
    ["how", "what", "who", "which", "that", "when", "where", "whether", "if", "because", "by"]
)
# Plural nouns without "-s" (English irregular plurals): "People wake up ..." is a clause.
_IRREGULAR_PLURALS = frozenset(["people", "children", "men", "women", "youth", "staff"])


def _predicate_of_named(
    words: list[str], named: set[str] | frozenset[str]
) -> tuple[str, str] | None:
    """(verb, rest) of a statement whose subject is named in the stem ("The minimum standard
    limits ..." under "What does the minimum standard require?"): the words up to a verb in "-s"
    all the stem's (English: the stem names what the statement is about, so the first word after
    its name is the verb); the verb is no copula or "has", and not the stem's own verb."""
    for at, word in enumerate(words[1:7], start=1):
        subject = content_stems(" ".join(words[:at]))
        if not subject <= named:
            return None
        lower = word.lower()
        lemmas = lemmas_of(lower).get("VERB", ())
        if (
            subject
            and lemmas
            and lower not in lemmas
            and lower.endswith("s")
            and lemmas[0] not in ("be", "have")
        ):
            rest = " ".join(words[at + 1 :]).strip(" .")
            return (lower, rest) if rest and not content_stems(lower) & named else None
    return None


_PLAIN_PRESENT = frozenset(["give", "provide", "help", "make", "let", "allow", "mean"])
_DETERMINERS = frozenset(
    ["a", "an", "the", "his", "her", "their", "its", "my", "our", "your", "this", "that", "these"]
)
# Verbs taking a bare infinitive ("helps build", "lets them go"): the verb after them is theirs.
_BARE_INFINITIVE_TAKERS = frozenset(["help", "let", "make", "have", "see", "hear", "watch", "need"])
NUMERALS = frozenset(
    [*("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"), "few"]
)
PREPOSITIONS = frozenset(
    [*("of", "in", "for", "with", "about", "from", "on", "at", "by", "into", "among"), "between"]
)
_MODALS = frozenset(["should", "must", "can", "could", "may", "might", "will", "would"])
_NOT_FINITE = frozenset(["is", "are", "was", "were", "be", "been"])
# A relative or subordinate clause, with the preposition that may lead it ("in which").
_RELATIVE = re.compile(
    # ("the gap between where they are and where they want to be", "talk through who they
    # trust": a wh-word right after a preposition opens the preposition's object, a free
    # relative, and "and where", "and when" coordinate another; a relative clause follows its
    # noun, and only "which" and "whom" follow a preposition into one, "the way in which";
    # English)
    "".join(
        rf"(?<!\b{p})"
        for p in ("between", "about", "over", "through", "with", "for", "from", "into", "on", "to")
    )
    # ("explain how the task conflicts and why that matters": after a wh-word, "that" is the
    # embedded question's subject, a demonstrative, and no relative clause opens; English)
    + "".join(rf"(?<!\b{w})" for w in ("why", "how", "what", "whether", "if"))
    + r"(?<!\band(?=\swhere\s))(?<!\band(?=\swhen\s))"
    # ("conditions, many of whom ...": a quantifier and "of" before the relative pronoun belong
    # to the clause; English, a partitive relative, "some of which", "each of whom")
    r"\s(?:(?:(?:many|some|most|all|each|both|few|several|none|one|two|half|either|neither)"
    r"\s+)?(?:in|on|at|of|through|by|for|with|from|to|under)\s(?=which\s|whom\s))?"
    r"(?:where|who|whom|which|that|so that|because|when)\s"
)


def _object(predicate: str) -> str:
    """A noun phrase object cut before its relative clause ("an environment where ..."); a clause
    object ("assumes a person may have experienced trauma and organizes ...") as "That ...", ended
    where the subject's next verb joins in ("and organizes": third person, after a clause whose
    verb is a modal's or a participle)."""
    # "contributes the lived-experience perspective and helps keep ...": a verb after "and" is
    # the subject's second predicate, not a verb of the object's own.
    # ("a plan the person designs and writes ...": after a verb of the object's own, the second
    # verb is that clause's.)
    # ("services and supports that build ...": a word after "and" with a relative clause of its
    # own is a noun coordinated with the one before, no verb; English: a verb takes no relative
    # clause)
    second = rx.search(r"\s+and\s+(?P<v>[a-z]+s)\s(?!(?:that|which|who)\b)", predicate)
    if second and rx.search(r",\s+[\w-]+s$", predicate[: second.start()]):
        second = None  # ("needs, feelings and views": the last member of a series of nouns)
    if second and finite_verb([*predicate[: second.start()].split(), "x"]) < 0:
        lemmas = lemmas_of(second.group("v")).get("VERB", ())
        if lemmas and second.group("v") not in lemmas:
            predicate = predicate[: second.start()]
    words = predicate.split()
    verb_at = finite_verb(words)
    relative = next(
        (i for i, w in enumerate(words) if w.lower() in ("where", "that", "which", "who", "whom")),
        len(words),
    )
    clause = 0 < verb_at < relative  # the verb is the object's own, not a relative clause's
    if clause and verb_at + 1 == relative and words[verb_at - 1].lower() == "and":
        clause = False  # ("services and supports that build ...", as above)
    if clause and any(w.lower() in _DETERMINERS for w in words[1:verb_at]):
        # "a plan the person designs and writes ... to stay well": a relative clause without
        # "that" (a second noun phrase, then its verb); the object is the noun phrase, ended
        # before an infinitive of purpose.
        purpose = rx.search(r"\s+to\s+[a-z]+\b", predicate)
        return predicate[: purpose.start()] if purpose else predicate
    if clause and rx.match(r"^(?:a|an|the|people|someone|everyone)\b", predicate, re.I):
        joined = rx.search(r",?\s+and\s+(?P<v>[a-z]+s)\b", predicate)
        if joined:
            lemmas = lemmas_of(joined.group("v")).get("VERB", ())
            if lemmas and joined.group("v") not in lemmas:
                predicate = predicate[: joined.start()]
        return "That " + predicate[:1].lower() + predicate[1:]
    cut = _RELATIVE.search(predicate)
    if cut and (
        len(content_stems(predicate[: cut.start()])) < 3
        or _SHELL.search(predicate[: cut.start()].strip(" ,"))
    ):
        # "the slow change that can happen inside a helper ...": a head and one adjective say
        # too little of what the thing is; its first relative clause stays, the next one may go
        # (English: the restrictive clause is the definition's difference), unless it says which
        # of a class is meant (see `_narrowed_class`)
        cut = _RELATIVE.search(predicate, cut.end())
    if (
        cut
        and cut.group(0).strip() == "that"
        and predicate[: cut.start()].split()[-1:] != []
        and predicate[: cut.start()].split()[-1].lower().strip(",") in CONTENT_NOUNS
    ):
        # ("built on the assumption that adults know better ...": after a noun of content,
        # "that" opens what the assumption is, no relative clause; English: a complement
        # clause), so the object ends at the next clause boundary, if any
        cut = _RELATIVE.search(predicate, cut.end())
    if cut and _narrowed_class(predicate[: cut.start()].split(), cut.group(0)):
        # ("the attitude of adults who assume they know better": see `_narrowed_class`)
        return rx.split(r",\s+(?:and|but)\s+", predicate, maxsplit=1)[0]
    if (
        cut
        and len(predicate[: cut.start()].split()) >= 3
        and not _ends_on_verb(predicate[: cut.start()])
        # ("a planning framework that maps the points where people ... come into contact
        # ...": not inside a clause kept, after a definite noun its own clause defines)
        and not _defined_by_clause(predicate[: cut.start()], cut.group(0))
    ):
        return _without_bare_head(predicate[: cut.start()].rstrip(" ,"))
    return predicate


def _defined_by_clause(before: str, relative: str) -> bool:
    """Whether the relative clause opened by `relative` says which thing the definite noun
    ending `before` is ("end on the side that leans toward change", "maps the points where
    people ... come into contact ..."): "the side" alone names none (English: the definite
    article points to the restrictive clause for its referent), so no cut falls there."""
    return (
        relative.strip() in ("that", "who", "which", "where", "when")
        and bool(rx.search(r"\bthe\s+(?:[a-z-]+\s+)?[a-z-]+$", before, re.I))
        and not rx.search(r"\bthe\s+(?:[a-z-]+\s+)?[a-z-]+\s+of\s", before, re.I)
        # ("a topic for the visit that the person cares about": the clause may be the
        # indefinite noun's before the preposition, "the visit" named in its own right)
        and not rx.search(
            r"\b(?:an?|one)\s+(?:[a-z-]+\s+)?[a-z-]+\s+(?:for|of|in|on|at|to|with|from|about|"
            r"during|after|before)\s+the\s+(?:[a-z-]+\s+)?[a-z-]+$",
            before,
            re.I,
        )
    )


# Prepositions beyond `PREPOSITIONS` that a noun phrase may follow ("inside a helper who ...").
_MORE_PREPOSITIONS = frozenset(
    ["inside", "within", "to", "toward", "towards", "under", "near", "around", "through"]
)


def _narrowed_class(before: list[str], relative: str) -> bool:
    """Whether a "who" clause narrows a bare plural of people after a preposition ("the
    attitude of adults who assume they know better"): cut, the claim would be about every adult
    (English: a dropped restriction changes what is quantified, as a dropped hedge does)."""
    head = before[-1].lower().strip(",") if before else ""
    nouns = lemmas_of(head).get("NOUN", ())
    plural = bool(nouns) and head not in nouns and head.endswith("s")
    # ("the slow change that can happen inside a helper who hears about others' trauma": an
    # indefinite singular is generic there, any helper, and its clause says which)
    generic = (
        len(before) >= 3
        and before[-2].lower() in ("a", "an")
        and before[-3].lower() in PREPOSITIONS | _MORE_PREPOSITIONS
        and bool(nouns)
        and head in nouns
    )
    at = -3 if generic else -2
    return (
        len(before) >= 2
        and relative.strip() == "who"
        and before[at].lower() in PREPOSITIONS | _MORE_PREPOSITIONS
        # (", for members who want company": an adjunct set off by its comma goes whole)
        and not (len(before) >= -at + 1 and before[at - 1].endswith(","))
        and (plural or generic)
    )


def _without_bare_head(kept: str) -> str:
    """A phrase cut before a relative clause, without the phrase set off by a comma whose noun
    the clause defined ("..., for callers who want to talk before a crisis": the clause is what
    "callers" means, so "..., for callers" goes with it; English: a restrictive relative clause
    defines its noun)."""
    return rx.sub(
        r",\s+(?:for|to|with|by|from|of|about|in|on|at|among)\s+(?:(?:the|a|an|their|all)\s+)?"
        r"[\w'-]+$",
        "",
        kept,
    )


# A shell noun ending a noun phrase ("a set of simple skills", "a process", "a way"): it says next
# to nothing without the clause that fills it, so a relative clause after it is kept (English: a
# shell noun takes its content from its modifier; "a set of standards" is filled by "standards").
_SHELL = re.compile(
    r"\b(?:(?:set|kind|type|form|group|collection|combination|series|range)s?\s+of\s+"
    r"(?:[\w-]+\s+){0,2})?(?:ways?|process(?:es)?|approach(?:es)?|methods?|tools?|skills?|"
    r"things?|techniques?|practices?|strategies|strategy)$",
    re.I,
)


# Nouns whose "that" clause says what they are ("proof that", "the message that"), not relatives.
CONTENT_NOUNS = frozenset(
    [
        *("fact", "proof", "evidence", "sign", "idea", "belief", "notion", "message", "feeling"),
        *("sense", "hope", "fear", "worry", "assumption", "reminder", "claim", "news", "chance"),
        *("possibility", "risk", "promise", "guarantee", "expectation", "suggestion", "view"),
        *("reassurance", "understanding", "impression", "signal", "conviction", "insistence"),
    ]
)


def _ends_on_verb(text: str) -> bool:
    """ "letting a person know": before "that", a verb whose complement the clause is (what is
    known, said or felt), so the clause is no relative clause to cut (English)."""
    words = text.split()
    return bool(words) and set(lemmas_of(words[-1].lower())) == {"VERB"}


# (a document "specifies" what it holds: "A valid release specifies what will be shared, ...")
_CONTENTS_VERBS = r"(?:contain|include|hold|record|list|cover|specif(?:y|ie))s?"
_ASKS_CONTENTS = re.compile(
    r"^(?:in [^,]+,\s+)?(?:what|which (?:of the following|of these|\w+)) "
    r"(?:should|must|does|do|is|are|will)\b[^?]*\b(?:"
    + _CONTENTS_VERBS
    + r"|contained|included|recorded|listed|covered)\b",
    re.I,
)
_CONTENTS = re.compile(
    # (a series of wh-phrases goes whole: "what will be shared, by whom, with whom, ...")
    r"\b(?:should|must|will|can|may)?\s*"
    + _CONTENTS_VERBS
    + r"\s+(?P<y>(?:what|who|how|when|where|whom)\b[^;:]+|[^,;:]+(?:,[^,;:]+)?)$",
    re.I,
)


def _difference(stem: str, statement: str) -> str:
    """ "What is the difference between A and B?" + "A is P, while B is Q": both halves (English:
    a difference is a relation of two things, so its statement names both; "P" alone says what A
    is, not how it differs from B). The statement is cut before a third clause or an aside, and a
    fronted phrase the stem already gives ("In WRAP,") goes."""
    asked = DIFFERENCE_STEM.search(stem)
    if asked is None:
        return ""
    first_asked, second_asked = next(
        (asked.group(a), asked.group(b)) for a, b in ("ab", "cd", "ef") if asked.group(a)
    )
    text = rx.sub(r"\s*\([^()]{1,120}\)", "", statement).strip(" .")
    # "The line between A and B is harm: a violation harms ..., while ...": what the colon
    # delivers states the difference (English: a colon elaborates).
    colon = rx.search(r":\s+(?P<z>[^:]+\b(?:while|whereas)\b.+)$", text)
    if colon:
        text = colon.group("z")
    fronted = rx.match(r"^(?:in|for|within|during)\s[^,]{2,60},\s+(?P<main>.+)$", text, re.I)
    if fronted and content_stems(text[: fronted.start("main")]) <= content_stems(stem):
        text = fronted.group("main")
    halves = rx.split(r",?\s+(?:while|whereas)\s+|;\s+(?:but\s+|whereas\s+)?", text, maxsplit=1)
    if len(halves) != 2:
        return ""
    first, second = (content_stems(h) for h in halves)
    a, b = content_stems(first_asked), content_stems(second_asked)
    if not (a & first and b & second) and not (b & first and a & second):
        return ""
    halves = [rx.split(r",\s+(?:and|so|which)\s+|;", half)[0] for half in halves]
    # (by the words that tell the two apart: "complex" and "simple" in "a complex reflection"
    # and "a simple reflection")
    a, b = a - b or a, b - a or b
    if b & first and a & second and not a & first:
        # "How does A differ from B?" + "B is P, while A is Q": the side asked about first leads
        # ("while" joins two clauses of equal weight, in either order), so that a shorter
        # wording, which ends before the second, still speaks of A.
        halves.reverse()
        opening = halves[1].split()[0]
        if opening.lower() in _DETERMINERS or (
            not opening.isupper() and lemmas_of(opening.lower())
        ):
            # (a sentence's capital goes mid-sentence; a name's, "Narcan", stays)
            halves[1] = halves[1][:1].lower() + halves[1][1:]
        halves[0] = _antecedent_first(halves[0], halves[1])
    return capitalise(f"{halves[0]}, while {halves[1]}")


# "the person", "the client's": a singular person named by a definite noun phrase, which "they"
# and "their" may stand for.
_PERSON_NAMED = re.compile(
    rf"\bthe (?P<n>{alternation(tuple(w for w in vocabulary().person_words if not w.endswith('s')))})"
    r"\b(?P<g>['\u2019]s\b)?",
    re.I,
)


def _antecedent_first(first: str, second: str) -> str:
    """`first`, a clause moved before `second`, with its first "they", "them" or "their" said as
    the person `second` names ("goes beyond their words ..., while ... restates what the person
    said" -> "goes beyond the person's words ..."): a pronoun stands for a noun phrase before it,
    so one whose antecedent now comes after it points at nothing (English anaphora)."""
    named = _PERSON_NAMED.search(second)
    pronoun = rx.search(r"\b(?P<p>they|them|their)\b", first)
    if named is None or pronoun is None or _PERSON_NAMED.search(first[: pronoun.start()]):
        return first
    said = f"the {named.group('n').lower()}" + ("'s" if pronoun.group("p") == "their" else "")
    return f"{first[: pronoun.start()]}{said}{first[pronoun.end() :]}"


def word_stem(word: str) -> str:
    """One word's stem, its punctuation and capital aside ("Triggers," -> "trigger")."""
    return stem(word.strip(",.;:").lower())


def compared_names(stem: str) -> tuple[list[str], list[str]] | None:
    """The words that tell apart the two things a difference stem compares, each as the last run
    of its term's own content words: "a boundary violation" and "a boundary crossing" give
    ["violation"] and ["crossing"]; "the role of a certified peer specialist" and "that of a
    12-step sponsor" give ["certified", "peer", "specialist"] and ["12-step", "sponsor"].
    Modifiers coordinated before one head share it ("reflective and directive supervision" is
    reflective supervision and directive supervision, English ellipsis)."""
    asked = DIFFERENCE_STEM.search(stem)
    if asked is None:
        return None
    first, second = (g.strip(" ,").split() for g in asked.groups() if g)
    if (
        len(first) == 1
        and len(second) >= 2
        and "ADJ" in lemmas_of(first[0].lower())
        and "NOUN" in lemmas_of(second[-1].lower())
    ):
        first = [*first, second[-1]]

    def content(word: str) -> bool:
        return word.lower() not in STOPWORDS and any(c.isalpha() for c in word)

    stems = [{word_stem(w) for w in term if content(w)} for term in (first, second)]
    names = []
    for term, other in ((first, stems[1]), (second, stems[0])):
        runs: list[list[str]] = [[]]
        for word in term:
            if content(word) and word_stem(word) not in other:
                runs[-1].append(word)
            elif runs[-1]:
                runs.append([])
        run = next((run for run in reversed(runs) if run), None)
        if run is None:
            return None
        names.append(run)
    return names[0], names[1]


def reversed_difference(stem: str, statement: str) -> str:
    """ "Supporting protects a person from the consequences of their behavior", under "What is the
    main difference between enabling and supporting?" keyed by "Enabling protects ...": the key
    with the two things compared trading places, each said of the other; "" when its subject is
    neither of the two ("It adds meaning ..."). The key says what sets one apart from the other,
    so said of the other it is wrong by the question's own terms, and it is the confusion of a
    learner who knows the two sides but not which is which (item writing: the reversed relation,
    a standard wrong option of a difference item)."""
    names = compared_names(stem)
    words = statement.split()
    if names is None or not words:
        return ""
    # (a name may come shortened to its last words, "a peer specialist" for "a certified peer
    # specialist"; the longest first)
    heads = sorted(
        (
            (side, [word_stem(w) for w in name[cut:]])
            for side, name in enumerate(names)
            for cut in range(len(name))
        ),
        key=lambda pair: -len(pair[1]),
    )
    subject = 1 if words[0].lower() in ("a", "an", "the") else 0
    counted = [
        bool(rx.match(r"an?\s", term.strip(), re.I))
        for term in [g for g in DIFFERENCE_STEM.search(stem).groups() if g][:2]
    ]
    out: list[str] = []
    swapped: list[int] = []
    # (where each name swapped ends, in the key and in its reversal, and the two names: the verb
    # after a subject agrees with the name it now follows, in each clause, "..., while trauma-
    # informed care is ...")
    agree: list[tuple[int, int, str, str]] = []
    at = 0
    while at < len(words):
        for side, run in heads:
            end = at + len(run)
            if [word_stem(w) for w in words[at:end]] != run:
                continue
            name = list(names[1 - side])
            # (the head the key repeats after a shared modifier: "Reflective supervision")
            while name and end < len(words) and name[-1].lower() == words[end].lower():
                name.pop()
            if not name:
                continue
            said = words[end - 1].strip(",.;:").lower()
            if (
                said.endswith("s")
                and said not in lemmas_of(said).get("NOUN", (said,))
                and counted[1 - side]
            ):
                # ("Triggers are ..." -> "Early warning signs", the stem naming "an early warning
                # sign": a thing counted, said in the plural as the key says its kind; a name the
                # stem gives no article, "trauma-informed care", may be a mass noun, and keeps
                # its form, its verb agreeing with it instead)
                name[-1] = plural_of(name[-1])
            if out and out[-1].lower() in ("a", "an"):
                out[-1] = indefinite_article(name[0], capital=out[-1][0].isupper())
            tail = words[end - 1][len(words[end - 1].rstrip(",.;:")) :]
            out += [*name[:-1], name[-1] + tail]
            agree.append((end, len(out), said, name[-1].lower()))
            swapped.append(at)
            at = end
            break
        else:
            out.append(words[at])
            at += 1
    # (the key's subject is one of the two: a name swapped among its first words, after its
    # determiner and the modifiers the two share, "A boundary crossing")
    if not swapped or swapped[0] > subject + 2 or finite_verb(words[: swapped[0] + 1]) >= 0:
        return ""
    for end, at_out, was, now in agree:
        if end < len(words) and at_out < len(out) and _plural_head(was) != _plural_head(now):
            out[at_out] = _agreeing_verb(out[at_out], plural=_plural_head(now))
    text = capitalise(" ".join(out))
    return "" if text.lower() == statement.lower() else text


# The copula and "have"/"do" of one thing, and of two (English agreement).
_PLURAL_OF = {"is": "are", "was": "were", "has": "have", "does": "do"}
_PLURAL_OF |= {"isn't": "aren't", "wasn't": "weren't", "hasn't": "haven't", "doesn't": "don't"}
_SINGULAR_OF = {plural: one for one, plural in _PLURAL_OF.items()}


def _plural_head(noun: str) -> bool:
    """Whether a name's last word is a plural noun ("services", not "care" nor "stress")."""
    noun = noun.strip(",.;:").lower()
    return (
        noun.endswith("s")
        and not noun.endswith("ss")
        and "NOUN" in lemmas_of(noun)
        and noun not in lemmas_of(noun).get("NOUN", ())
    )


def _agreeing_verb(word: str, *, plural: bool) -> str:
    """`word`, the finite verb after a subject, in the number of a subject now `plural` or not:
    "is" -> "are", "protects" -> "protect", and back (English subject-verb agreement). A modal, a
    past tense but "was", and a word that is no verb stay as they are."""
    bare = word.strip(",.;:")
    tail = word[len(bare) :]
    lower = bare.lower()
    if plural and lower in _PLURAL_OF:
        return _PLURAL_OF[lower] + tail
    if not plural and lower in _SINGULAR_OF:
        return _SINGULAR_OF[lower] + tail
    verbs = lemmas_of(lower).get("VERB", ())
    if not verbs or lower in _MODALS:
        return word
    if plural and lower.endswith("s") and lower not in verbs:
        return base_form(lower) + tail  # "protects" -> "protect"
    if not plural and lower in verbs:
        return third_person(lower) + tail  # "protect" -> "protects"
    return word


def both_alike(stem: str, statement: str) -> str:
    """ "Both enabling and supporting protect a person from the consequences of their behavior",
    under "What is the main difference between enabling and supporting?" keyed by "Enabling
    protects ...": what the key says sets one apart, said of both. Two things stand to one trait
    in four ways; the key takes one, the key turned round another, "the same thing" denies any
    difference, and this is the trait shared, the confusion of a learner who knows the trait but
    not that it divides the two (item writing: the full set of a difference item's wrong answers).
    The key's first half, when its subject is one of the two; "" when what it says of it names
    either of the two or compares ("than"), or, after a copula, a single thing ("is a departure
    ...", which two cannot be). Then its second half so ("A crossing is a step outside ...,
    while a violation harms or exploits the person": "Both ... harm or exploit the person"):
    either half's trait is one the key says divides the two."""
    asked = DIFFERENCE_STEM.search(stem)
    names = compared_names(stem)
    if asked is None or names is None:
        return ""
    first, second = (g.strip(" ,") for g in asked.groups() if g)
    if any(
        len(term.split()) > 5 or rx.match(r"(?:that|those|this|these|it|they|them)\b", term, re.I)
        for term in (first, second)
    ):
        return ""
    halves = rx.split(r",?\s+(?:while|whereas|but)\s+|;\s+", statement.rstrip("."))
    for half in halves[:2]:
        if said := _both_said(half.split(), first, second, names):
            return said
    return ""


def _both_said(
    words: list[str], first: str, second: str, names: tuple[list[str], list[str]]
) -> str:
    """One half of a difference key said of both terms (see `both_alike`), or ""."""
    # The key's subject: one of the two as the stem names it, or by its telling words alone ("A
    # violation" for "a boundary violation"), after a determiner of its own; its verb next.
    at = 1 if words and words[0].lower() in ("a", "an", "the") else 0
    said_of = next(
        (
            len(run)
            for term in (first, second, *(" ".join(name) for name in names))
            if (run := [w for w in term.split() if w.lower() not in ("a", "an", "the")])
            and [word_stem(w) for w in words[at : at + len(run)]] == [word_stem(w) for w in run]
        ),
        0,
    )
    at += said_of
    if (
        not said_of
        or at >= len(words)
        or (
            words[at].lower() not in _PLURAL_OF
            and words[at].lower() not in _MODALS
            and "VERB" not in lemmas_of(words[at].lower())
        )
    ):
        return ""
    said, after = words[at].lower(), (words[at + 1 : at + 2] or [""])[0].lower()
    if (
        said not in _MODALS
        # (after "a" or "an" the subject is one thing, so a word in "-s" after its name is its
        # verb, "A simple reflection stays close ...", no plural noun; English agreement)
        and words[0].lower() not in ("a", "an")
        and "NOUN" in lemmas_of(said)
        and after in lemmas_of(after).get("VERB", ())
        and after not in OBJECT_OPENERS | _IRREGULAR_PLURALS
    ):
        return ""  # "Enabling patterns keep ...": a plural noun, then its verb (English agreement)
    heads = {word_stem(name[-1]) for name in names}
    rest = words[at + 1 :]
    if heads & {word_stem(w.strip(",;:")) for w in rest} or rx.search(
        r"\b(?:than|unlike|each other|one another|the other one)\b", " ".join(rest), re.I
    ):
        return ""
    if said in _PLURAL_OF:
        if said.startswith(("is", "was")) and rest and rest[0].lower() in ("a", "an", "one"):
            return ""
        predicate = " ".join([_PLURAL_OF[said], *rest])
    elif said.endswith("s") and base_form(said) != said and said not in _MODALS:
        predicate = base_predicate(words[at], " ".join(rest))
    else:
        # (a modal, a past tense, a plural's present: the same form for two)
        predicate = " ".join(words[at:])
    # (the stem's first term after "Both": a determiner opening the stem's sentence is no name)
    if rx.match(r"(?:A|An|The)\b", first):
        first = first[0].lower() + first[1:]
    return f"Both {first} and {second} {predicate}"


COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}
# "Which four elements make up X?", "What are the four tasks of X?": a question asking for a set
# of as many members as its numeral says (English: a numeral before a plural noun counts it).
_COUNTED_STEM = re.compile(
    rf"^(?:which|what)\b[^?]*?\b(?P<n>{'|'.join(COUNTS)})\s+(?:[a-z-]+\s+){{0,2}}?[a-z]+s\b",
    re.I,
)
# "What are they?", "Which are they?", "Name them.": a question asking for a set named before.
_ASKED_THEM = re.compile(
    r"(?<=[.!?\"\u201d] )(?:what|which) are (?:they|these|those)\?$|"
    r"(?<=[.!?\"\u201d] )name them\.?$",
    re.I,
)
# "three E's", "four dimensions": a count and its plural noun.
_COUNTED_NOUN = re.compile(
    rf"\b({'|'.join(COUNTS)})\s+(?:[a-z-]+\s+){{0,2}}?(?:[A-Za-z]+['\u2019]?s)\b", re.I
)
# Where a statement names its set: after a colon, or a verb or phrase of composition.
SET_NAMED = re.compile(
    r":\s+|\b(?:made up of|consists? of|composed of|comprises?|includes?|including|namely)\s+",
    re.I,
)
_MEMBER_JOIN = re.compile(r",\s+(?P<c>and\s+|or\s+)?|\s+(?P<d>and|or)\s+")
# The members of a series with a serial comma: commas alone delimit them.
_SERIAL_JOIN = re.compile(r",\s+(?P<c>and\s+|or\s+)?")


def counted(stem: str) -> int:
    """How many members a stem asks for ("Which four elements ...?": 4), else 0. A question
    asking for "them" ('... is built around "three E's." What are they?') asks for the set its
    scene counts (English anaphora: "they" takes up the counted noun before it)."""
    asked = _COUNTED_STEM.search(stem)
    if asked:
        return COUNTS[asked.group("n").lower()]
    them = _ASKED_THEM.search(stem.strip())
    if them:
        numbers = _COUNTED_NOUN.findall(stem[: them.start()])
        if len(numbers) == 1:
            return COUNTS[numbers[0].lower()]
    return 0


def series_of(text: str, count: int, longest: int = 12, subject: bool = False) -> str:
    """The series of exactly `count` members `text` opens with ("partnership, acceptance,
    compassion and evocation, distinct from ..."), the last joined by "and" or "or" (English: a
    series ends on its coordinator's member); "" when there is none or a member runs past
    `longest` words. As a `subject` ("Engaging, focusing, evoking and planning are the four
    processes"), the last member ends before the sentence's verb."""
    text = rx.sub(r"\s*\([^()]{1,80}\)", "", text).strip()
    # ("an event or circumstances, the person's experience of it ..., and lasting effects":
    # with a serial comma, the commas delimit the members, and an "or" or "and" without one is
    # inside a member; English punctuation)
    if rx.search(r",\s+(?:and|or)\s", text):
        serial = _series_of(text, count, longest, subject, _SERIAL_JOIN)
        if serial:
            return serial
    return _series_of(text, count, longest, subject, _MEMBER_JOIN)


def _series_of(text: str, count: int, longest: int, subject: bool, joins: re.Pattern[str]) -> str:
    """`series_of` with the members delimited by `joins`."""
    members: list[str] = []
    at = 0
    for join in joins.finditer(text):
        members.append(text[at : join.start()])
        at = join.end()
        if len(members) == count - 1:
            if not (join.group("c") or join.groupdict().get("d")):
                return ""  # the series goes on past `count` members, or never closes
            last = rx.split(r"[,;.:]|\s+(?:which|who|that|so|because)\s", text[at:])[0]
            if subject:
                words = last.split()
                verb = next((i for i, w in enumerate(words) if w.lower() in _NOT_FINITE), -1)
                verb = verb if verb > 0 else finite_verb(words)
                if verb <= 0:
                    return ""
                last = " ".join(words[:verb])
            members.append(last)
            break
    if len(members) != count or any(not m.strip() or len(m.split()) > longest for m in members):
        return ""
    closing = "and" if rx.search(r"\band\s+$", text[:at]) else "or"
    comma = "," if rx.search(r",\s+(?:and|or)\s+$", text[:at]) else ""
    listed = ", ".join(m.strip() for m in members[:-1])
    return capitalise(f"{listed}{comma} {closing} {members[-1].strip()}")


def _counted_series(stem: str, statement: str) -> str:
    """ "Which four elements make up the spirit of MI?" + "... is made up of partnership,
    acceptance, compassion and evocation, distinct from ...": the set of four the statement names
    (after a colon or "made up of", "includes" ...)."""
    count = counted(stem)
    if count < 2:
        return ""
    for named in SET_NAMED.finditer(statement):
        if found := series_of(statement[named.end() :], count):
            return found
    return ""


# "What makes X (most) useful / effective / work?": a stem asking for the condition of success.
_MAKES_WORK_STEM = re.compile(
    r"^what makes\b[^?]*\b(?:useful|effective|helpful|work|succeed)", re.I
)
# "X works / helps / succeeds when C": the condition under which it does.
_WORKS_WHEN = re.compile(
    r"\b(?:works?|helps?|succeeds?|is (?:most )?(?:useful|effective|helpful))\s+(?:best\s+)?"
    r"(?:when|if)\s+(?P<c>(?:it|they)\s+\S.+)$",
    re.I,
)
# "Olmstead held that Y", "The study found that Y": a verb of finding or ruling and its clause.
_FOUND_THAT = re.compile(
    r"^(?P<s>[^,;]{2,60}?)\s+(?:held|found|ruled|decided|established|showed|concluded|"
    r"determined)\s+that\s+(?P<y>.+)$",
    re.I,
)
_ASKS_FINDING = re.compile(
    r"^what did\b[^?]+\b(?:establish|find|hold|rule|decide|show|conclude|determine)\b", re.I
)
# "What should X focus on?", "What does X rely on?": a verb and its preposition asked for its
# object.
_ASKS_OBJECT_OF = re.compile(
    r"^(?:[^?]*,\s*)?what (?:should|does|do|must|can) [^?]+? (?:focus|work|center|centre|rely|"
    r"draw) on\?$|"
    # "What qualifies X for the role?": what X draws on
    r"^what qualifies\b",
    re.I,
)
_OBJECT_OF_ON = re.compile(
    r"\b(?:focus(?:es)?|works?|centers?|centres?|relies|rely|draws?|builds?)\s+on\s+(?P<y>.+)$",
    re.I,
)
# "X neither keeps the secret nor acts alone, but reports ...": after a double denial, "but"
# gives what is done (English: "not A but B").
_NEITHER_BUT = re.compile(
    r"\bneither\s+[^,;]+?\s+nor\s+[^,;]+?(?:,?\s+but\s+(?:instead\s+|rather\s+)?|"
    # "... neither push nor discourage medication; they support ...": the next clause, its
    # subject the same people again
    r";\s+(?:they|he|she|we)\s+)"
    r"(?P<v>[a-z]+)\s+(?P<r>[^;]+)$",
    re.I,
)
# "..., and a peer specialist should refer the person to ...": a later clause giving the role's
# duty.
_ROLE_DUTY = re.compile(
    # (after a clause, or opening the statement, a scene set off by a comma before it: "When a
    # person is angry, the peer specialist should ...")
    r"(?:,\s+(?:and|so|but)\s+|;\s+|^(?:(?:when|if|once|after|before|while|as)\b[^,]{3,100},\s+)?)"
    r"(?:(?:(?:a|an|the)\s+)?(?:"
    + alternation(vocabulary().role_words)
    # (or a helper named by what they do, or the reader the manual addresses)
    + r"|(?:peer\s+|group\s+)?facilitator|peer|helper)s?|you)\s+"
    r"(?:should|must|needs to|need to|has to|have to|ought to)\s+"
    # (an adverb of order goes; one of manner stays with its verb, "gently name")
    r"(?:(?:first|then|also|instead|always)\s+)?(?P<a>(?!only\b)[a-z]+ly\s+)?(?P<v>[a-z]+)\s+"
    r"(?P<r>[^;]+)$",
    re.I,
)
# "X limits A to B": the bound set on A.
_LIMITS_TO = re.compile(
    r"\blimits?\s+[^,;]{2,80}?\s+to\s+(?P<y>(?:the|a|an|only|no more)\b[^;]+)$", re.I
)
# "Which is the best indicator?": a superlative asked for; "Y is the best (available) sign ...".
_ASKS_BEST = re.compile(r"^which (?:of these |of the following )?is the (?:best|most \w+)\b", re.I)
_IS_THE_BEST = re.compile(
    r"(?:^|,\s+(?:and|but|so)\s+|;\s+)(?P<y>[^,;]{3,100}?)\s+(?:is|are)\s+the\s+"
    r"(?:best|most\s+\w+|single\s+best)\b",
    re.I,
)


def _as_act(verb: str, rest: str) -> str:
    """A predicate as a gerund phrase: a base-form verb (after "they" or a modal) with the base
    forms coordinated with it ("support ... and help them" -> "supporting ... and helping them"),
    a third-person one with its "-s" verbs."""
    if verb.lower() == base_form(verb):
        return to_gerund(f"{verb} {rest}")
    return gerund_predicate(verb, rest)


# "...: agree at the start on X": a colon, then what follows it (an instruction, if it opens on a
# bare verb).
_COLON_INSTRUCTION = re.compile(r":\s+(?P<i>[a-z][^:]+)$")
_SUBJECT_VERBS = frozenset(["can", "could", "will", "would", "may", "might", "must", "should"])


def _after_colon_instruction(words: list[str]) -> bool:
    """Whether words after a colon (or ", and") open on a bare verb: an instruction (`is_instruction`),
    or a verb's base form not followed by a verb that would make it a subject ("set ground rules",
    not "trust grows" nor "people can")."""
    if is_instruction(words):
        return True
    first = words[0].lower() if words else ""
    if first not in lemmas_of(first).get("VERB", ()) or len(words) < 2:
        return False
    following = words[1].lower().strip(",;")
    verb_next = following in _SUBJECT_VERBS or (
        following.endswith("s") and "VERB" in lemmas_of(following)
    )
    return not verb_next


def _by_stem_form(stem: str, statement: str) -> str:
    """The part of `statement` a stem's form asks for, where the stem's verb says which (English):
    the condition under which a thing works, what a ruling found, what one focuses on or draws
    on, the role's duty or what it does after a double denial, the bound a rule sets on an
    amount, what is named the best; "" when the stem's form asks for none of these."""
    text = rx.sub(r"\s*\([^()]{1,120}\)", "", statement).strip(" .")
    works = _WORKS_WHEN.search(text)
    if works and _MAKES_WORK_STEM.search(stem):
        # "What makes a plan most useful?" + "A plan works when it is built with the person ...":
        # the condition clause, its subject still the thing ("It is built with the person").
        return capitalise(_CONTRAST_TAIL.sub("", works.group("c")).strip(" ,"))
    found = _FOUND_THAT.match(text)
    if found and _ASKS_FINDING.search(stem):
        return capitalise(claim(found.group("y")))
    on = _OBJECT_OF_ON.search(text)
    if on and _ASKS_OBJECT_OF.search(stem):
        return capitalise(claim(on.group("y")))
    duty = _ROLE_DUTY.search(text)
    if duty and (_RESPONSE_STEM.search(stem) or ACTION_ASKED.search(stem)):
        # "X has work incentives, and a peer specialist should refer the person to a counselor",
        # "When ..., the peer specialist should gently name ...": asked what the role does, the
        # clause saying what it should do answers (English: a modal of duty with the role as its
        # subject), in the base form under "What should X do?", else as an act.
        rest = rx.split(r",?\s+(?:because|since|so that|as)\s", duty.group("r"))[0]
        rest = _CONTRAST_TAIL.sub("", rest).strip(" .,")
        base = bool(_DO_ASKED.search(stem))
        verb, adverb = duty.group("v"), (duty.group("a") or "")
        if is_verb(verb) and verb.lower() == base_form(verb) and verb.lower() not in ("be", "not"):
            return capitalise(adverb + (f"{verb} {rest}" if base else _as_act(verb, rest)))
    told = _COLON_INSTRUCTION.search(text)
    if told and ACTION_ASKED.search(stem) and _after_colon_instruction(told.group("i").split()):
        # "Which practice best supports boundaries?" + "Boundaries must be built on purpose:
        # agree at the start on ..., and use only ...": what the colon tells the reader to do is
        # the practice (English: a colon elaborates, an imperative names an act), its first
        # instruction (each later one, after ", and", is another act).
        parts = rx.split(r",\s+and\s+", told.group("i"))
        first = parts[0]
        for later in parts[1:]:
            if _after_colon_instruction(later.split()):
                break
            first += ", and " + later
        verb, _, rest = _CONTRAST_TAIL.sub("", first).strip(" .,").partition(" ")
        base = bool(rx.search(r"\bwhat should [^?]+ do\b", stem, re.I))
        return capitalise(f"{verb} {rest}" if base else _as_act(verb, rest))
    if told and ACTION_ASKED.search(stem) and is_gerund(told.group("i").split()[0]):
        # "What is the best way to handle the ending?" + "A relationship should end through a
        # planned process: talking about the ending ahead of time, reviewing progress ...": acts
        # the colon names as gerund phrases are the way (English: a colon elaborates), in the
        # base form under "What should X do?".
        acts = gerund_series_cut(told.group("i")).strip(" .,")
        base = bool(rx.search(r"\bwhat should [^?]+ do\b", stem, re.I))
        return capitalise(from_gerund(acts) if base else acts)
    done = _NEITHER_BUT.search(text)
    if done and _RESPONSE_STEM.search(stem):
        rest = rx.split(r",?\s+(?:because|since|so that|as|without)\s", done.group("r"))[0]
        base = bool(rx.search(r"\bwhat should [^?]+ do\b", stem, re.I))
        verb = done.group("v")
        if "VERB" in lemmas_of(verb.lower()):
            return capitalise(base_predicate(verb, rest) if base else _as_act(verb, rest))
    bound = _LIMITS_TO.search(text)
    if bound and rx.match(r"^(?:[^?]*,\s*)?how much\b", stem, re.I):
        # "How much information should staff share?" + "The standard limits each disclosure to
        # the smallest amount needed": the bound "limit ... to" sets is the amount (English).
        return capitalise(_CONTRAST_TAIL.sub("", bound.group("y")).strip(" ,."))
    best = _IS_THE_BEST.search(text)
    if best and _ASKS_BEST.search(stem) and len(best.group("y").split()) <= 16:
        named = best.group("y").strip()
        if not rx.match(r"^(?:it|this|that|they|which|what)\b", named, re.I):
            return capitalise(named)
    return ""


def purpose_of(statement: str) -> str:
    """What a thing defined by its work is for: "Postvention is the organized response after a
    death that supports those affected and lowers their risk" -> "To support those affected and
    lower their risk" (English: the restrictive clause of a definition names the function, said
    as an infinitive of purpose); "" for any other statement."""
    enabling = _ENABLES.match(claim(statement))
    if enabling and is_verb(enabling.group("v").lower()):
        # "Rehearsing refusals lets a person practice saying no ahead of time so ...": what a
        # thing lets someone do is what it is for (English: a causative of enabling states the
        # function; its infinitive is the purpose)
        return "To " + enabling.group("v").lower() + enabling.group("r").rstrip(" .")
    functional = _DEFINED_BY_ITS_WORK.match(claim(statement))
    if functional is None:
        return ""
    verb = functional.group("v")
    lemmas = lemmas_of(verb).get("VERB")
    if not lemmas or verb in lemmas:
        return ""
    return "To " + base_predicate(verb, functional.group("r").strip(" ."))


# A stem asking what something is or is like.
_DESCRIPTION_ASKED = re.compile(
    r"\bbest describes?\b|\bdescribes?\b|\bdefin(?:es?|ed|ition)\b|\bmeans?\b|^what (?:is|are)\b",
    re.I,
)


_ROLE_ASKED = re.compile(r"^what (?:[\w-]+ )?role (?:does|do|did) [^?]+ play\?$", re.I)
_ROLE_IN = re.compile(r"\brole\s+in\s+(?P<y>[a-z]+ing\b[^;:]+)", re.I)


_DENIED_THEN_DONE = re.compile(
    r"^[^;]*\b(?:not|never)\b[^;]*;\s+(?:they|he|she|peers|peer specialists)\s+"
    r"(?P<v>[a-z]+)\s+(?P<r>[^;]+)$",
    re.I,
)
# "X is the principle; the peer specialist does Y": a claim, then what the role does, after a
# semicolon.
_PRINCIPLE_THEN_DONE = re.compile(
    rf"^[^;]+;\s+(?:the|a)\s+(?:{alternation(vocabulary().role_words)}|peer)\s+"
    r"(?P<v>[a-z]+s)\s+(?P<r>[^;]+)$",
    re.I,
)
_NOUN_ASKED = re.compile(
    r"(?:^|,\s+)what\s+(?P<n>[a-z]+)\s+(?:does|do|did|should|can|would|must|will)\b", re.I
)
_STEP_ASKED = re.compile(r"\bwhat is the (?:first|next|last|final|second) step\b", re.I)
_DONE_TO = re.compile(
    r"^(?P<s>(?:an?|the)\s[^,;]{2,60}?)\s+(?:is|are|should be|must be)\s+(?P<v>[a-z]+ed)\s+"
    r"(?P<r>(?:with|by|through|using|in)\s.+)$",
    re.I,
)
_SERVED = re.compile(
    r"^(?:(?:mainly|mostly|primarily|chiefly|largely|above all)\s+)?for\s+(?P<g>[a-z]+ing\b.*)$",
    re.I,
)


# "What should X do right after sharing information?": the step asked for comes after one the
# stem names by its act.
_AFTER_STEP = re.compile(
    r"\b(?:right |just |immediately |directly )?after (?P<v>[a-z]+ing)\b[^?]*\?$", re.I
)
_STEPS = re.compile(r",\s+(?:and\s+)?(?:then\s+)?|\s+and\s+then\s+")


def _step_after(stem: str, statement: str) -> str:
    """ "... do right after sharing information?" + "a peer first finds out what the person
    knows, shares a little with permission, and then asks what the person makes of it": the
    step after the one whose verb the stem names, with the statement's subject ("A peer asks
    what the person makes of it"; English: "after X" asks for what follows X in a sequence)."""
    after = _AFTER_STEP.search(stem)
    if after is None:
        return ""
    done = base_form(after.group("v").lower())
    text = rx.sub(
        r"^(?:when|while|if|once|before|after)\s[^,]{3,80},\s+", "", statement.strip(), flags=re.I
    )
    words = text.split()
    at = next((i for i, w in enumerate(words) if i and _finite_s(w.lower().strip(","))), -1)
    if at < 1:
        return ""
    subject = " ".join(words[:at])
    steps = [s.strip(" .") for s in _STEPS.split(" ".join(words[at:]))]
    steps = [rx.sub(r"^(?:first|then|next|finally)\s+", "", s) for s in steps if s]
    verbs = [base_form(s.split()[0].lower()) if s.split() else "" for s in steps]
    if done not in verbs:
        return ""
    later = [
        s
        for s, v in zip(steps[verbs.index(done) + 1 :], verbs[verbs.index(done) + 1 :], strict=True)
        if _finite_s(s.split()[0].lower())
    ]
    return f"{subject} {later[0]}" if later else ""


# "The person controls how much to share and how fast": the one supported as the subject of a
# verb of choosing or leading, in the present.
_PERSON_CHOOSES = re.compile(
    r"^(?:it is |it's )?(?P<s>the person|the individual|the participant|the member|people)\s+"
    r"(?P<v>controls?|decides?|chooses?|leads?|sets?|directs?|determines?|owns?)\s+"
    r"(?P<r>[^;]{6,})(?:;.*)?$",
    re.I,
)


# "Which person is protected ...?": a "which" question about the patient of a passive.
_WHICH_PATIENT = re.compile(
    r"\bwhich (?P<n>[a-z-]+(?: [a-z-]+)?) (?:is|are) (?:\w+ly )?(?P<p>[a-z]+ed)\b", re.I
)


def _patient_asked(stem: str, statement: str) -> str:
    """ "Which person is protected from employment discrimination ...?" + "The ADA protects
    people in treatment or recovery ..., but not people currently ...": the object of the
    statement's active verb, said as the one the stem asks for ("A person in treatment or
    recovery ..."; English: the passive's subject is the active's object)."""
    asked = _WHICH_PATIENT.search(stem)
    if asked is None:
        return ""
    verbs = lemmas_of(asked.group("p").lower()).get("VERB", ())
    if not verbs:
        return ""
    verb = verbs[0]
    forms = {verb + "s", verb + "es"}
    done = rx.search(
        rf"\b(?:{'|'.join(map(re.escape, sorted(forms)))})\s+(?P<y>[^;.]+)", statement, re.I
    )
    if done is None:
        return ""
    patient = rx.split(
        r",\s+(?:but|including|as long as|except|unless|so long as|even)\b", done.group("y")
    )[0].strip(" ,")
    words = patient.split()
    if not words or words[0].lower() in STOPWORDS - {"the", "a", "an", "people", "anyone"}:
        return ""
    if asked.group("n").lower() in ("person", "individual") and words[0].lower() == "people":
        patient = "a person " + " ".join(words[1:])
    return capitalise(patient) if len(patient.split()) >= 3 else ""


_WHAT_IS = re.compile(r"^what (?:is|are) (?P<d>an?|the) (?P<x>[a-z][\w' -]{1,40})\?$", re.I)
# A stem asking what describes a thing ("Which of the following best describes X?").
_DESCRIBED_STEM = re.compile(r"^which of the following (?:best )?describes\b", re.I)
_NO_ACT_VERBS = frozenset(["is", "are", "means", "refers", "has", "was", "does", "seems"])


def _kind_that_does(stem: str, statement: str) -> str:
    """ "What is a drug court?" + "A drug (treatment) court diverts eligible people ... into
    supervised treatment": what it does, said of its kind ("A court that diverts eligible
    people ..."; English: a relative clause turns a predicate into a description)."""
    asked = _WHAT_IS.match(stem.strip())
    if asked is None:
        return ""
    text = rx.sub(r"\s*\([^)]*\)", "", statement.strip())
    named = asked.group("x").split()
    name = r"\s+".join(map(re.escape, named))
    opening = rx.match(rf"^(?:an?|the)\s+{name}\s+(?P<v>[a-z]+s)\s+(?P<r>.+)$", text, re.I)
    if opening is None or opening.group("v").lower() in _NO_ACT_VERBS:
        return ""
    if not _finite_s(opening.group("v").lower()):
        return ""
    rest = opening.group("r").strip(" .")
    return capitalise(f"{asked.group('d')} {named[-1]} that {opening.group('v')} {rest}")


def _left_to_the_person(stem: str, statement: str) -> str:
    """Asked what the helper should do, a statement that the person supported controls or decides
    something is answered by the helper's act of leaving it to them ("The person controls how
    much of a trauma to share" -> "Let the person control how much of a trauma to share"; English:
    the permissive "let" turns the person's agency into the helper's act)."""
    if not (_RESPONSE_STEM.search(stem) or ACTION_ASKED.search(stem)):
        return ""
    chooses = _PERSON_CHOOSES.match(statement.strip().rstrip("."))
    if chooses is None:
        return ""
    verb = base_form(chooses.group("v").lower())
    rest = rx.split(r",\s+(?:not|rather than|instead of)\s|;", chooses.group("r"))[0].strip(" .,")
    person = chooses.group("s").lower()
    if _DO_ASKED.search(stem):
        return capitalise(f"let {person} {verb} {rest}")
    return capitalise(f"letting {person} {verb} {rest}")


# "What is the family peer specialist's role at the meeting?"
_WHOSE_ROLE = re.compile(
    r"\bwhat\s+is\s+(?:the\s+)?(?:[\w' -]+?['\u2019]s\s+)?(?:main\s+|primary\s+)?role\b", re.I
)
_DOER_DOES = re.compile(r"^(?P<s>(?:[Aa]n?|[Tt]he)\s+[\w' -]{2,60}?)\s+(?P<v>[a-z]+s)\s+(?P<r>.+)$")


def _role_done(stem: str, statement: str) -> str:
    """Asked someone's role, a sentence saying what that someone does ("A family peer support
    specialist helps the parent prepare ...") answers with the act ("Helping the parent prepare
    ..."; English: a role is what its holder does); "" otherwise."""
    if not _WHOSE_ROLE.search(stem):
        return ""
    # ("At a school IEP meeting, a family peer support specialist helps ...": a fronted
    # adverbial of place or time sets the scene the stem already gives)
    statement = rx.sub(
        r"^(?:at|in|during|after|before|on)\s[^,]{3,60},\s+", "", statement.strip(), flags=re.I
    )
    said = _DOER_DOES.match(statement.rstrip("."))
    if said is None or not content_stems(said.group("s")) & content_stems(stem):
        return ""
    verb = said.group("v").lower()
    lemmas = lemmas_of(verb).get("VERB", ())
    if not lemmas or verb in lemmas:
        return ""
    return capitalise(gerund_predicate(lemmas[0], said.group("r")))


# "How much ...?", "How many ...?", "How long ...?": a question of measure (English: "how" with
# a word of quantity or duration asks for an amount).
_MEASURE_ASKED = re.compile(r"\bhow (?:much|many|long|often)\b(?! of the following)", re.I)
_NUMBER = r"(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|fifty)"
# "at least 150 minutes a week", "about 10 to 25 years earlier": a number (or a range) with its
# unit, its hedge of degree and what it is counted per or compared by kept with it.
_MEASURE = re.compile(
    rf"\b(?P<m>(?:(?:at least|at most|about|around|roughly|approximately|up to|more than|less "
    rf"than|fewer than|nearly|almost|over|under|some(?:where)? around)\s+)?{_NUMBER}"
    rf"(?:\s*(?:to|-|\u2013|or)\s*{_NUMBER})?\s+[a-z]+"
    r"(?:\s+(?:a|per|each|every)\s+(?:day|week|month|year|night|session))?"
    r"(?:\s+(?:earlier|later|longer|shorter|sooner|more|less|fewer|older|younger))?)\b",
    re.I,
)


def measure_asked(stem: str, statement: str) -> str:
    """The amount a question of measure asks for, as the statement gives it ("How much activity
    should adults aim for each week?" + "... aim for at least 150 minutes a week of ..." -> "At
    least 150 minutes a week"), or "" when the stem asks none or the statement gives one but
    twice over (two amounts: which is asked cannot be told)."""
    if not _MEASURE_ASKED.search(stem):
        return ""
    found = [m.group("m") for m in _MEASURE.finditer(statement)]
    return capitalise(found[0].strip()) if len(found) == 1 else ""


# "What is the fourth "R"?": one member of a set asked by its place (English: an ordinal).
_PLACE_ASKED = re.compile(
    r"\bwhat (?:is|was) the (?P<o>first|second|third|fourth|fifth|sixth|last|final)\s+"
    r"[\"\u201c]?[\w'-]+[\"\u201d]?\s*\?$",
    re.I,
)
_PLACES = {"first": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "sixth": 5}


def _member_by_place(stem: str, statement: str) -> str:
    """ "What is the fourth "R"?" + "SAMHSA's four R's are realize, recognize, respond and resist
    re-traumatization": the member at the place asked of the series the statement counts
    ("Resist re-traumatization"; English: an ordinal picks one member of an ordered set, and a
    numeral before the set's noun says how many the series after it holds); "" otherwise."""
    asked = _PLACE_ASKED.search(stem)
    counted_set = rx.search(
        rf"\b(?P<n>{'|'.join(COUNTS)})\s+(?:[\w'\"\u201c\u201d-]+\s+){{0,2}}?(?:are|were|include)\s+"
        r"(?P<x>[^;.]+)",
        statement,
        re.I,
    )
    if asked is None or counted_set is None:
        return ""
    count = COUNTS[counted_set.group("n").lower()]
    series = series_of(counted_set.group("x"), count)
    members = [
        m.strip() for m in _MEMBER_JOIN.split(series) if m and m.strip() not in ("and", "or")
    ]
    place = asked.group("o").lower()
    at = count - 1 if place in ("last", "final") else _PLACES[place]
    if len(members) != count or at >= count:
        return ""
    return capitalise(members[at])


# A clause that counts members, then a colon and the series of them ("Supervision serves three
# functions: administrative, educational and supportive").
_COUNTED_SERIES = re.compile(
    r"^(?P<c>[^:]*\b(?:two|three|four|five|six|seven|eight|nine|ten)\s+[a-z-]+s\b[^:]*):\s+"
    r"(?P<s>[^:]+,[^:]*\s(?:and|or)\s[^:]+)$",
    re.I,
)


def answer_for(stem: str, statement: str) -> str:
    """`statement` realised as the option that answers `stem` (see `_answer_for`), never ending on
    a comma left by a cut ("A change in the job, such as a flexible schedule,"), nor a long one
    on a list of examples."""
    if member := _member_by_place(stem, statement):
        return member
    statement = _step_after(stem, statement) or statement
    if amount := measure_asked(stem, statement):
        return amount
    if role := _role_done(stem, statement):
        return role
    if left := _left_to_the_person(stem, statement):
        return left
    if patient := _patient_asked(stem, statement):
        return patient
    if kind := _kind_that_does(stem, statement):
        return kind
    answer = _answer_for(stem, statement).rstrip(" ,;:")
    specified = _COUNTED_SERIES.match(statement.strip())
    if specified and not answer.lower().startswith(specified.group("s").lower()[:12]):
        # "X is the set of four attitudes that guide ...: partnership, acceptance, ...": the
        # members after the colon answer a question asking for them; any other question is
        # answered by the clause alone, the series specifying a noun of it (English: an
        # appositive list after a colon), so no cut falls inside the clause for its length.
        answer = _answer_for(stem, specified.group("c")).rstrip(" ,;:")
    corrected = _DENIED_THEN_DONE.match(statement.strip())
    if corrected and (_RESPONSE_STEM.search(stem) or ACTION_ASKED.search(stem)):
        # "Peer specialists should not lend personal money ...; they decline kindly and help the
        # person find other resources": asked what to do, the clause after the denial says it
        # (English: a denial sets up the affirmation that follows it), in the base form under
        # "What should X do?", else as an act.
        verb, rest = corrected.group("v"), corrected.group("r").strip(" .")
        if is_verb(verb) and verb.lower() == base_form(verb):
            answer = capitalise(f"{verb} {rest}" if _DO_ASKED.search(stem) else _as_act(verb, rest))
    principled = None if corrected else _PRINCIPLE_THEN_DONE.match(statement.strip())
    if (
        principled
        and (_RESPONSE_STEM.search(stem) or ACTION_ASKED.search(stem))
        # (the principle as it stands is a claim, "Diagnosing ... are outside ...", its gerund
        # a subject; an act already answers)
        and (
            rx.search(r"\b(?:is|are|was|were|means|mean)\b", answer)
            or not (is_gerund(answer.split()[0].lower()) or is_instruction(answer.split()))
        )
    ):
        # "Diagnosing ... is outside a peer specialist's scope of practice; the peer says so
        # honestly and helps the person take the question to a qualified clinician": asked what
        # to do, the clause saying what the role does answers, not the principle before it
        # (English: a semicolon joins two claims, and the question picks the one that answers
        # it); a pro-form act ("says so") stands for the principle, so the act coordinated with
        # it answers alone.
        verb, rest = principled.group("v"), principled.group("r").strip(" .")
        if "VERB" in lemmas_of(verb.lower()) and verb.lower() != base_form(verb):
            act = (
                base_predicate(verb, rest)
                if _DO_ASKED.search(stem)
                else gerund_predicate(base_form(verb), rest)
            )
            answer = capitalise(act)
    asked_noun = _NOUN_ASKED.search(stem)
    if asked_noun:
        # "Under HIPAA, what right does a person have ...?" + "HIPAA gives people the right to
        # inspect and get a copy of their records, with ...": the noun phrase of the noun asked
        # for answers, its complement whole up to the clause's end (English: "what N" is
        # answered by "the N ...").
        named = rx.search(
            rf"\b(?:the|an?)\s+{re.escape(asked_noun.group('n'))}s?\s+(?:to|of)\s+[^,;.]+",
            answer,
            re.I,
        )
        if (
            named
            and named.start() > 0
            and len(named.group(0).split()) >= 4
            and finite_verb(answer[: named.start()].split()) >= 0
        ):
            answer = capitalise(named.group(0).strip())
    done_to = _DONE_TO.match(answer)
    if done_to and ACTION_ASKED.search(stem):
        # "An error in the record is corrected with a single line through it", asked the right
        # way to fix it: the act, its patient as object ("Correct an error in the record with
        # ..."; English: a passive with its means turned active, the doer the one asked about)
        verb = lemmas_of(done_to.group("v")).get("VERB", ())
        if verb:
            answer = capitalise(
                f"{verb[0]} {done_to.group('s')[:1].lower()}{done_to.group('s')[1:]} "
                f"{done_to.group('r')}"
            )
    stepped = rx.match(r"^to\s+(?P<v>[a-z]+)\b(?P<r>.*)$", answer, re.I)
    if stepped and _STEP_ASKED.search(stem) and is_verb(stepped.group("v")):
        # "What is the first step ...?" + "The first step ... is to identify the problem": a step
        # is an act, named as an instruction ("Identify the problem"), not as a purpose.
        answer = capitalise(stepped.group("v") + rx.sub(r"\band to\b", "and", stepped.group("r")))
    served = _SERVED.match(answer)
    if served and not rx.search(r"\bfor\?$", stem):
        # "The first meeting is mainly for getting to know the person": what a thing is for, an
        # activity, is the answer to its focus or job as a gerund ("Getting to know ..."), its
        # focusing adverb with it (English: "for" + gerund names the activity served); asked
        # "What is X for?", the "for" stays.
        answer = capitalise(served.group("g"))
    # A cut that leaves a list's opener ("... about their life and recovery, including") ends
    # before it (English: "including" needs its members).
    answer = rx.sub(
        r",?\s+(?:including|such as|like|for example|e\.g\.)$", "", answer, flags=re.I
    ).rstrip(" ,;:")
    if _DESCRIPTION_ASKED.search(stem) and rx.match(r"^(?:what|how|where|why|who)\s", answer, re.I):
        # "Empathy and understanding are what establish trust" identifies empathy as the thing
        # that does something (English: a fused relative, "what establishes trust", is the
        # specifying half of an identity); it describes nothing, so "What establish trust" is no
        # answer to "Which of the following best describes empathy?" (the identity asks "What
        # establishes trust?" instead).
        return ""
    words = answer.split()
    if (
        len(words) > 3
        and "ADJ" in lemmas_of(words[0].lower())
        and rx.search(rf"\b(?:is|are|be)\b[^?]*\b{re.escape(words[0].lower())}\b", stem, re.I)
        and words[1].lower() in ("only", "when", "if", "with", "after", "before", "once")
    ):
        # "When is touch appropriate?" + "Appropriate only with consent ...": the stem's own
        # predicate goes; the condition answers (English: the answer ellipts the given).
        answer = capitalise(" ".join(words[1:]))
    if (
        rx.match(r"^why\b", stem, re.I)
        and words
        and (is_gerund(words[0].lower()) or words[0].lower() in ("a", "an", "the"))
        and finite_verb(words) < 0
    ):
        # "Why does validation matter?" is not answered by what validation is ("Communicating
        # that ..."): a reason is a clause ("Because ...", "It keeps ..."), not a thing or an
        # act (English: why -> because)
        return ""
    timed = _TIMED_PARTICIPLE.match(answer)
    if timed and rx.match(r"^when\b", stem, re.I) and _participle(timed.group("v").lower()):
        # "When should the note be completed?" + "Notes are written promptly after each contact":
        # asked when, the time is the answer, not the participle that says what is done then
        # (English: "when" is answered by an adverbial of time).
        answer = capitalise(rx.split(r",?\s+(?:because|since|so that)\s", timed.group("t"))[0])
    examples = rx.search(r",\s+(?:such as|including)\s", answer)
    if examples and len(answer.split()) >= 20 and len(answer[: examples.start()].split()) >= 5:
        # "... their other rights, such as notice of the reason and their rights, access": a long
        # key ends before its examples, which a cut may have left half listed (English: "such
        # as" adds members of what was named).
        before, rest = answer[: examples.start()], answer[examples.end() :]
        opened = rx.search(r"\bthat\s+(?P<c>[^,]+)$", before)
        resumed = rest.rsplit(",", 1)[-1].split() if "," in rest else []
        if (
            opened
            and finite_verb(["x", *opened.group("c").split()]) < 0
            and len(resumed) >= 3
            and is_verb(resumed[0].lower())
        ):
            # "the idea that a person's identities, such as race, ..., overlap and combine to
            # shape ...": the examples interrupt a clause whose verb comes after them, so they
            # are lifted out and the clause kept whole (English: a parenthesis set off by
            # commas), not cut before its verb ("the idea that a person's identities").
            answer = f"{before} {' '.join(resumed)}"
        else:
            answer = before
    entitled = _ENTITLED.match(answer)
    if entitled and rx.search(r"\bwhat can (?:a|the|an)\b[^?]*\bdo\b", stem, re.I):
        # "What can a person do ...?" + "HIPAA gives people the right to ask a provider to amend
        # ...": what the right is to do is what the person can do ("Ask a provider to amend ...";
        # English: "X gives Y the right to V" entails "Y can V"), not what the law does.
        answer = capitalise(entitled.group("v"))
    # ("Saying so plainly and helping the person reach ..."): an act that only stands for what
    # was said before it ("say so", "do so") names no act of its own, so the act coordinated with
    # it answers alone (English: "so" after a verb of saying or doing is a pro-form).
    answer = rx.sub(
        r"^(?:say|saying|do|doing)\s+so(?:\s+[a-z]+ly)?\s+and\s+", "", answer, flags=re.I
    )
    return acts_closed(capitalise(answer))


# "(HIPAA) give(s) people the right to V ...": with its subject (a law, a rule), or without it as
# the answer's form dropped it.
_ENTITLED = re.compile(
    r"^(?:[^,;]{1,60}?\s+)?(?:gives?|grants?)\s+(?:people|individuals|patients|a person|the person|them|everyone)\s+"
    r"(?:the|a)\s+right\s+to\s+(?P<v>[a-z].+)$",
    re.I,
)


# A fronted adverbial clause, up to its comma ("When a peer's personal, family or financial
# interests touch ..., the peer ...": a comma before a word or two and "or" is a series', inside
# the clause, and so is one before "or" opening an aside, "When X's interests, or those of family,
# touch ..."; "When X may be violating ethics, such as borrowing money, they must ...": examples
# set off by commas belong to the clause they illustrate).
_FRONTED_CLAUSE = re.compile(
    r"^(?:when|if|once|whenever|as|after|before)\b[^,]{5,120}"
    r"(?:,\s+[\w'-]+(?:\s+[\w'-]+)?\s+(?:and|or)\s[^,]{2,100}|,\s+(?:or|and)\s[^,]{2,60},[^,]{3,100})?,"
    r"(?:\s+(?:such as|for example|for instance|including|like)\b[^,]{3,80},)?"
    r"\s+(?P<main>.+)$",
    re.I,
)


# A participle, then when ("Written promptly after each contact ...").
_TIMED_PARTICIPLE = re.compile(
    r"^(?P<v>[A-Za-z]+)\s+(?P<t>(?:[a-z]+ly\s+)?(?:after|before|within|during|by|once|when|"
    r"whenever|as soon as|immediately|right away)\b.*)$"
)


def _participle(word: str) -> bool:
    """Whether `word` is a verb's past participle ("written", "completed"), not its base form."""
    verbs = lemmas_of(word).get("VERB", ())
    return bool(verbs) and word not in verbs and word.endswith(("ed", "en", "wn", "t"))


def _role_act_asked(stem: str) -> bool:
    """Whether the stem asks for what the role does, as an act ("What is the most appropriate
    response?", "What is the best way to handle it?", "Which action best reflects ...?"); "What
    should X do?" wants the base form instead."""
    return bool(
        rx.search(
            r"\bwhat is\b[^?]*\b(?:step|action|response|approach)\b|\bwhich (?:\w+ )?response\b",
            stem,
            re.I,
        )
        or rx.search(r"\bwhat is the (?:best|most \w+|right) way\b", stem, re.I)
        or (ACTION_ASKED.search(stem) and not _DO_ASKED.search(stem))
    )


def acts_closed(answer: str) -> str:
    """ "Speak to the person, look at the person": a series of acts left without its "and" by a
    cut, closed ("Speak to the person and look at the person"), English coordination."""
    words = answer.split()
    # (two acts, one comma: with more, a comma may set off an adjunct, "..., without requiring
    # X, treating Y", which "and" would make a second act under "without")
    if not words or answer.count(",") != 1 or rx.search(r"\band\b", answer):
        return answer
    first = words[0].lower()
    if is_gerund(first):
        return _two_closed(answer, is_gerund)
    if is_instruction(words) or (is_verb(first) and first in lemmas_of(first).get("VERB", ())):
        return _two_closed(answer, lambda w: w in lemmas_of(w).get("VERB", ()))
    return answer


_FIRST_JOB_IS = re.compile(
    r"\bthe first (?:job|step|task|move|priority|thing to do) is to (?P<vp>[a-z][^;]+)$", re.I
)


# ", so you respond warmly ...": what follows for the one addressed.
_SO_YOU = re.compile(r",\s+so\s+you\s+(?P<vp>[a-z][^;]+)$", re.I)
# "the role is to help ...", "our job is to listen ...": what the role does, as an infinitive.
_ROLE_IS_TO = re.compile(
    r"(?:^|,\s+)(?:the|our|your|their|a peer's|the peer's)\s+(?:role|job|task|part)\s+is\s+to\s+"
    r"(?P<vp>[a-z][^;]+)$",
    re.I,
)


# "they should ...", "she must ...": a duty said of a pronoun.
_PRONOUN_DUTY = re.compile(r"^(?:they|he|she)\s+(?=(?:should|must|need to|can)\s)", re.I)


# "What is the central shift ...?", "What change ...?": a question asking for a change.
_CHANGE_ASKED = re.compile(r"^what (?:is|was) the (?:[\w-]+ )?(?:shift|change|move|turn)\b", re.I)
# "... moves from A to B": a verb of change and its "from ... to ..." (B up to a comma).
_MOVED_FROM_TO = re.compile(
    r"\b(?P<v>moves?|moved|shifts?|shifted|changes?|changed|turns?|turned|goes|went)\s+"
    r"(?P<ft>from\s+\S.*?\s+to\s+[^,;.]+)"
)


def _answer_for(stem: str, statement: str) -> str:
    """`statement` realised as the option that answers `stem`. A stem that sets a scene first ("A
    person ... sends a friend request. What is the most appropriate response?") is read by its
    question, the last sentence (English: the scene adds no form to the answer)."""
    sentences = stem_sentences(stem)
    stem = sentences[-1] if len(sentences) > 1 and sentences[-1].endswith("?") else stem
    specified = _SPECIFIED_FOUND.match(statement.strip())
    if specified and rx.search(r"\b(?:the\s+)?(?:most|best)\b", stem, re.I):
        # "For adults, X has been found to be the most effective way to Y": the scope set off
        # before the subject and the evidence ("has been found to") frame the claim "X is the
        # most effective way to Y", which answers as it does (English: a fronted adjunct and
        # an evidential passive add no content to the identification).
        statement = f"{specified.group('s')} is {specified.group('p')}"
    elaborated = rx.search(r":\s+(?P<r>[a-z][^:]{12,})$", statement.strip()) or rx.search(
        # ("Bartering ... creates a second relationship; decline kindly, explain why ...": an
        # instruction after a semicolon says what to do, as after a colon)
        r";\s+(?P<r>[a-z][^:;]{12,})$",
        statement.strip(),
    )
    if (
        elaborated
        and (ACTION_ASKED.search(stem) or rx.search(r"\b(?:first|next) step\b", stem, re.I))
        and (
            _ROLE_NAME.search(elaborated.group("r")[:120])
            # ("A denial is usually not final: read the notice with the person ...": an
            # instruction after the colon is what to do, asked what to do; "Which practice
            # ...?" names the act otherwise)
            or (
                is_instruction(elaborated.group("r").split())
                and not rx.match(r"^which\b", stem.strip(), re.I)
            )
        )
    ):
        # "Confidentiality continues outside work: when ..., the peer specialist lets the
        # person take the lead ...": asked what to do, the act is what the colon delivers, the
        # principle before it is why (English: a colon elaborates; the role acts after it).
        statement = elaborated.group("r")
    elif (
        elaborated
        and ACTION_ASKED.search(stem)
        and (duty := _PRONOUN_DUTY.match(elaborated.group("r")))
        and (role := _ROLE_NAME.search(statement[: elaborated.start()]))
        and role.start() < 12
    ):
        # "Peer specialists must never document services that did not occur ...; they should
        # decline, record what happened ...": asked what to do, the duty after the semicolon
        # says it, the prohibition before it what not to do; its "they" is the role (English
        # anaphora).
        statement = f"{role.group(0)} {elaborated.group('r')[duty.end() :]}"
    opening = " ".join(stem.rstrip(":").split())
    said = " ".join(statement.strip(" .").split())
    if (
        stem.rstrip().endswith(":")
        and len(said) > len(opening)
        and said.lower().startswith(opening.lower() + " ")
    ):
        # "A, B or C are signs of:" + "A, B or C are signs of secondary traumatic stress": an
        # incomplete statement the point opens with is completed by the rest of it (English).
        return capitalise(said[len(opening) + 1 :])
    if contrasted := _difference(stem, statement):
        return contrasted
    compared = rx.search(
        r"\b(?:compared (?:with|to)|unlike|in contrast to|as opposed to)\s+(?P<a>[^,?]+)",
        stem,
        re.I,
    )
    sides = rx.split(r"[,;]\s+(?:while|whereas)\s+", statement.strip(), maxsplit=1)
    if compared and len(sides) == 2:
        # "Compared with clinical supervision, what is the main focus of peer supervision?" +
        # "Clinical supervision oversees ..., while peer-specific supervision helps ...": the
        # side whose subject is not the one compared with answers (English: "compared with A"
        # sets A aside; "while" joins the two sides of a contrast).
        other = content_stems(compared.group("a"))
        subjects = [side.split()[: max(finite_verb(side.split()), 1)] for side in sides]
        named = [
            bool(content_stems(" ".join(words))) and content_stems(" ".join(words)) <= other
            for words in subjects
        ]
        if named == [True, False]:
            return _answer_for(stem, sides[1])
        if named == [False, True]:
            return _answer_for(stem, sides[0])
    namely = _NAMELY.search(statement)
    if (
        namely
        and rx.match(r"^(?:which|what)\s+[a-z-]+", stem, re.I)
        and not rx.match(r"^what\s+(?:is|are|does|do|should|can|would)\b", stem, re.I)
    ):
        # "Which side effects are ...?" + "... cause metabolic side effects, namely weight gain
        # and changes in blood sugar": "namely" specifies the noun phrase before it, which is
        # what "which N" asks for (English: "namely" introduces the members meant).
        return capitalise(namely.group("x").strip(" ."))
    if listed := _counted_series(stem, statement):
        return listed
    if _ROLE_ASKED.search(stem) and (role := _ROLE_IN.search(statement)):
        # "What role do X play?" + "X play a vital role in supporting ...": the act the role is
        # in (English: "a role in" + a gerund phrase names the function).
        return capitalise(role.group("y").strip(" ."))
    if found := _by_stem_form(stem, statement):
        return found
    first = _FIRST_JOB_IS.search(statement)
    if first and rx.search(r"\bfirst\b", stem, re.I) and ACTION_ASKED.search(stem):
        # "What should a peer specialist do first ...?" + "..., the first job is to listen for
        # their reasons, and then ...": the act the infinitive names, before "and then" (English:
        # "the first X is to V" says what to do first; "A, and then B" puts B after it).
        act = rx.split(r",?\s+(?:and\s+)?then\s+", first.group("vp"))[0]
        return "To " + act.strip(" .,")
    # Asked what to do, what "so" says the reader does ("An invitation is a boundary decision, so
    # you respond warmly, check ...": "P, so you Q" gives Q as what follows for the one
    # addressed), or the act the role's infinitive names ("When a parent asks ..., the role is to
    # help the parent prepare ...": "the role is to V" says what the one in the role does), its
    # contrast cut off (English).
    for said in (_SO_YOU.search(statement), _ROLE_IS_TO.search(statement)):
        if said is None or not (_RESPONSE_STEM.search(stem) or ACTION_ASKED.search(stem)):
            continue
        verb, _, rest = _CONTRAST_TAIL.sub("", said.group("vp")).strip(" .,").partition(" ")
        if is_verb(verb) and verb.lower() == base_form(verb):
            return capitalise(f"{verb} {rest}" if _DO_ASKED.search(stem) else _as_act(verb, rest))
    text = claim(statement)
    moved = _MOVED_FROM_TO.search(text)
    if moved and _CHANGE_ASKED.search(stem):
        # "What is the central shift behind X?" + "X moves from asking A to asking B": the
        # change is what the verb of change and its "from ... to ..." say, as an act ("Moving
        # from asking A to asking B"; English: a noun of change names a verb's doing, and its
        # complements are the verb's).
        return capitalise(gerund_predicate(moved.group("v"), moved.group("ft")))
    origin = _FROM_WHICH.search(stem) or _WHERE_FROM.match(stem)
    source = _ORIGIN.match(text)
    if (
        origin
        and source
        and content_stems(source.group("s")) & content_stems(origin.group("s"))
        and not rx.match(r"^(?:it|this|that|they)\b", source.group("s"), re.I)
    ):
        # "Peer support grew most directly out of which of the following?" + "Peer support began
        # in the consumer/survivor movement, where ...": the question word stands in the place
        # of a preposition's object, which the statement gives after its verb (English).
        return capitalise(_object(source.group("np").strip(" .")))
    classified = _COPULA.match(text)
    if (
        _CLASSIFY_STEM.search(stem)
        and classified
        and classified.group("v").lower() in ("is", "are")
        and not rx.match(r"^(?:it|this|that|they)\b", classified.group("s"), re.I)
    ):
        # "A peer specialist ... after hearing ... This is most likely:" + "Symptoms that arise
        # from ... are secondary traumatic stress, a normal hazard ...": the stem asks what the
        # scene is a case of, which the statement's predicate names (before its appositive).
        subject = classified.group("s").strip()
        if (
            len(subject.split()) <= 3
            and subject[:1].isupper()
            and not rx.match(r"^(?:an?|the|this|that|these|those|some|many)\b", subject, re.I)
            and rx.match(
                # (or "X is when ...": a clause defines the term as the circumstance it names,
                # the spoken form of a definition)
                r"^(?:an?|the|[a-z]+['\u2019]s?|when|where)\s",
                classified.group("p"),
                re.I,
            )
        ):
            # "Countertransference is the helper's own emotional reaction to a person ...": a
            # bare term defined by a description; the scene is a case of the term (English: in
            # a definition the subject names, the predicate describes).
            return subject
        return capitalise(classified.group("p").split(",")[0].strip(" ."))
    # A fronted adverbial clause ("When someone wants friends ..., the peer specialist refers ...")
    # sets the scene the stem already gives: the answer is the main clause.
    # A fronted phrase restating the stem ("In good recovery planning, people ...") likewise.
    phrase = rx.match(r"^(?:in|for|during|within|at)\s[^,]{3,60},\s+(?P<main>.+)$", text, re.I)
    if phrase and content_stems(text[: phrase.start("main")]) & content_stems(stem):
        text = phrase.group("main")
    # ... and one without its comma ("In the maintenance stage a person has ..."), where the
    # phrase ends before the subject's determiner and every word of it is the stem's (English:
    # a short fronted adverbial may go without a comma).
    bare = rx.match(
        r"^(?:in|during|within|at)\s+(?:the\s+|an?\s+)?(?P<p>[\w'-]+(?:\s+[\w'-]+){0,3}?)\s+"
        r"(?P<main>(?:a|an|the|people|someone|everyone|each)\s.+)$",
        text,
        re.I,
    )
    if (
        bare
        and content_stems(bare.group("p")) <= content_stems(stem)
        and "," not in bare.group("p")
    ):
        main = bare.group("main")
        if finite_verb(main.split()) > 0:
            text = capitalise(main)
    # (see `_FRONTED_CLAUSE` for where the clause ends)
    fronted = _FRONTED_CLAUSE.match(text)
    if fronted and len(fronted.group("main").split()) >= 4 and not _CIRCUMSTANCE_STEM.search(stem):
        text = fronted.group("main")  # (a stem asking for the circumstance asks for that clause)
        whole = _FRONTED_CLAUSE.match(" ".join(statement.split()))
        if whole and whole.group("main").split()[:4] == text.split()[:4]:
            # (the main clause compressed on its own: the clause gone, its words are free for
            # the claim, "... is open about it, brings it to a supervisor and makes sure ...")
            text = claim(whole.group("main"))
    stem_stems = content_stems(stem)
    glossed = rx.match(
        r"^(?P<s>[^:,;]{2,60}?) (?:is|are) (?P<y>[\w-]+(?: [\w-]+)?): (?P<z>\w.+)$", text
    )
    if (
        glossed
        and rx.match(r"^what does it mean\b", stem, re.I)
        and content_stems(glossed.group("y")) <= stem_stems
    ):
        # "What does it mean to say that recovery is nonlinear?" + "Recovery is nonlinear: it
        # combines growth with setbacks": what the colon delivers says what the word means
        # (English: a colon elaborates), its pronoun the subject again.
        gloss = _CONTRAST_TAIL.sub("", glossed.group("z")).strip(" .")
        gloss = rx.sub(r"^(?:it|they)\b", glossed.group("s"), gloss, flags=re.I)
        return capitalise(gloss)
    reason = rx.search(r"\bbecause (?P<r>(?:it|they) .+)$", text, re.I)
    if reason and rx.match(r"^why\b", stem, re.I):
        # "Why ...?" is answered by the reason clause (English: why -> because).
        return "Because " + reason.group("r")
    consequence = rx.search(r",\s+so\s+(?!that\b)(?P<q>.+)$", statement.strip(" ."))
    if (
        consequence
        and rx.match(r"^why\b", stem, re.I)
        and len(content_stems(consequence.group("q")) & content_stems(stem)) >= 2
    ):
        # "Why should a peer specialist know many groups?" + "Recovery happens through many
        # pathways, so peer specialists learn ...": what "so" follows from is the reason
        # (English: "P, so Q" gives P as the reason for Q, which the stem restates).
        premise = claim(statement.strip(" .")[: consequence.start()])
        if len(premise.split()) >= 3:
            return "Because " + premise[:1].lower() + premise[1:]
    elsewhere = rx.search(r"\bbecause (?!of\b)(?P<r>[^;]+)$", statement.strip(" ."), re.I)
    if (
        elsewhere
        and rx.match(r"^why\b", stem, re.I)
        and len(elsewhere.group("r").split()) >= 4
        and not rx.match(r"^(?:this|that|these|those)\b", elsewhere.group("r"), re.I)
    ):
        # "Why does X work?" + "X is ...; it works because crises are brief ...": the reason
        # the statement gives in a later clause answers (English: why -> because).
        return "Because " + elsewhere.group("r").strip(" .")
    reason = rx.search(r"\bbecause (?!of\b)(?P<r>.+)$", text, re.I)
    if reason and _REASON_STEM.search(stem):
        # "What is a main reason X works?" + "X works because shared experience builds trust":
        # the reason asked for is what "because" introduces, a clause of its own (English:
        # "because" heads the clause of reason; the main clause repeats the stem).
        clause = reason.group("r").strip(" .")
        words = clause.split()
        if len(words) >= 4 and not rx.match(r"^(?:it|they|this|that)\b", clause, re.I):
            return capitalise(clause)
    contents = _CONTENTS.search(text)
    if contents and _ASKS_CONTENTS.search(stem) and len(contents.group("y").split()) >= 2:
        # "What should be included in X?" + "X should contain Y" -> "Y" (English: what a thing
        # contains is the object of "contain", "include", "hold" ...).
        return capitalise(contents.group("y"))
    served = rx.search(
        r"\bfor (?:anyone|everyone|people|those|someone)\s+(?:who (?:is|are)\s+)?"
        r"(?P<x>in\s[^;]+)$",
        text,
        re.I,
    )
    if served and rx.match(r"^when\b", stem, re.I):
        # "When is it appropriate to call the line?" + "The line is ... for anyone in crisis":
        # whom a thing is for says when it is used (English: "for anyone in X" is "when one is
        # in X").
        return "When someone is " + _CONTRAST_TAIL.sub("", served.group("x")).strip(" .,")
    if _CIRCUMSTANCE_STEM.search(stem):
        # "Under which circumstance ...?": the condition clause of the statement.
        condition = rx.search(r"\b(?:only )?(?P<c>(?:when|if|whenever|once)\s.+)$", text, re.I)
        if condition and len(condition.group("c").split()) >= 3:
            clause = condition.group("c")
            if condition.start() == 0 and "," in clause:
                clause = clause.split(",")[0]  # fronted: the condition ends at its comma
            # (an instruction's "you" is whoever acts: "the person you're supporting" is "the
            # person they're supporting", English: generic "you")
            return capitalise(generic_you(clause))
    if named := _name_asked(stem, statement):
        return named
    if agent := _agent_asked(stem, text):
        return agent
    provided = _PROVIDED_BY.search(text)
    if provided and _WHERE_STEM.search(stem):
        # "Where can a person receive methadone?" + "Methadone is dispensed only by certified
        # programs": who provides a thing is where one gets it ("Only through certified
        # programs"; English: the agent of a passive of giving is the source asked by "where").
        preposition = provided.group("p").lower()
        preposition = "through" if preposition in ("by", "from") else preposition
        only = "Only " if provided.group("o") else ""
        return capitalise(f"{only}{preposition} {provided.group('y').strip(' .')}")
    if practice := _practice_compared(stem, text):
        return practice
    best_when = _BEST_WHEN.search(text)
    if best_when and _WHICH_PRACTICE.search(stem) and _finite_s(best_when.group("v")):
        # "Which practice best supports integration?" + "Peers integrate best when the agency
        # writes a clear job description and prepares staff ..., preventing confusion": the
        # condition under which it goes best is the practice, as an act ("Writing a clear job
        # description and preparing staff ..."); what it brings about, after the comma, is no
        # part of it (English: "X goes best when Y" names Y as what serves X).
        rest = rx.split(r",\s+(?=[a-z]+ing\b)", best_when.group("r"))[0]
        return capitalise(gerund_predicate(best_when.group("v"), rest.strip(" .")))
    when = _DEFINED_BY_WHEN.match(text)
    if when and rx.search(r"\bdescribes?\b|^what (?:is|are|does)\b", stem, re.I):
        # "Which best describes self-stigma?" + "Self-stigma is when a person internalizes
        # stereotypes and turns them on themselves" -> "Internalizing stereotypes and turning them
        # on oneself" (English: a "when" definition names an act; its doer is anyone).
        verb, rest = when.group("v"), when.group("r")
        if verb.lower().endswith("s") and "VERB" in lemmas_of(verb.lower()):
            rest = rx.sub(r"\b(?:themselves|himself|herself)\b", "oneself", rest)
            # ("a peer specialist personally introduces ...": the manner adverb goes first)
            return capitalise((when.group("a") or "") + gerund_predicate(verb, rest).strip(" ."))
    begun = _BEGINS_FROM.search(text)
    if begun and _WHERE_BEGIN_STEM.search(stem):
        # "Where should X begin?" + "X starts from the person's interests ..." -> "From the
        # person's interests ..." (English: where something starts is its "from/with" phrase).
        return capitalise(_CONTRAST_TAIL.sub("", begun.group("x")).strip(" ."))
    examples = _SUCH_AS.search(text)
    if examples and _ASKED_INSTANCE.match(stem.strip()):
        # "Which of the following is a warning sign ...?" + "Warning signs are changes such as A,
        # B, C and D": the stem asks for one instance, so the answer is one or two of the examples
        # (English: "such as" introduces members of the class named before it).
        members = [
            m
            for m in rx.split(r",\s+(?:and\s+|or\s+)?|\s+and\s+(?=\w+ing\b)", examples.group("x"))
            if m
        ]
        if len(members) >= 2:
            return capitalise(" and ".join(members[:2]).strip(" ."))
    so_clause = rx.search(r",?\s+so\s+(?:that\s+)?(?P<x>.+)$", statement.strip())
    role = so_clause and _ROLE_NAME.search(so_clause.group("x"))
    if so_clause and role and role.start() <= 40 and _RESPONSE_STEM.search(stem):
        # "The person decides ..., so without consent a peer specialist listens ...": asked for a
        # response, the consequence the role acts on is the answer, not the principle before it.
        text = claim(so_clause.group("x")[role.start() :])
    helper = _HELPER_ACTS.match(text)
    if helper and _RESPONSE_STEM.search(stem):
        verb = helper.group("v").lower()
        lemmas = lemmas_of(verb).get("VERB", ())
        if lemmas and verb not in lemmas and lemmas[0] not in ("be", "have", "do"):
            # "With someone who is ambivalent, the peer first explores ...", "When someone
            # discloses a relapse, the facilitator thanks them ...": asked what the helper does,
            # the answer is what the helper does (English: a fronted adjunct sets the scene the
            # stem gives), its means when it says how ("backs off by reflecting ..."), in the
            # base form under "What should X do?", else as an act.
            rest = rx.split(r",?\s+(?:because|since|so that|so|which|while)\s", helper.group("r"))
            rest = _CONTRAST_TAIL.sub("", rest[0]).strip(" .,")
            rest = rx.sub(r",?\s+(?:instead|rather)$", "", rest)  # a contrast cut short
            means = rx.search(r"\bby (?P<g>[a-z]+ing\b.*)$", rest)
            base = bool(rx.search(r"\bwhat should [^?]+ do\b", stem, re.I))
            if means:
                act = means.group("g")
                return capitalise(from_gerund(act) if base else act)
            # (a manner adverb goes with its verb: "Openly naming ...")
            adverb = helper.group("a") or ""
            adverb = f"{adverb.lower()} " if adverb.endswith("ly") else ""
            return capitalise(
                adverb + (base_predicate(verb, rest) if base else gerund_predicate(verb, rest))
            )
    words = text.split()
    regarded = _COPULA.match(text)
    if _REGARD_STEM.search(stem) and regarded and regarded.group("v").lower() in ("is", "are"):
        # "How should X understand fight or flight?" + "Fight and flight are automatic survival
        # responses ..., not choices" -> "As automatic survival responses ...".
        predicate = _CONTRAST_TAIL.sub("", regarded.group("p")).strip(" .")
        # (what follows from it, ", so peer specialists respond ...", is no part of it)
        predicate = rx.split(r",\s+so\s+(?!that\b)", predicate)[0]
        predicate = rx.sub(r"^(?:best\s+)?(?:understood|seen|viewed|read)\s+as\s+", "", predicate)
        if len(predicate.split()) >= 2:
            return "As " + predicate
    not_member = _NOT_MEMBER.match(text)
    if not_member and rx.search(r"\bNOT\b", stem):
        return capitalise(not_member.group("y"))
    starts = rx.search(r"\b(?:starts|begins|means|involves) (?:with )?(?P<g>[a-z]+ing\b.*)$", text)
    if (
        words
        and is_gerund(words[0])
        and starts
        and rx.match(r"^what is the first step\b", stem, re.I)
    ):
        # "What is the first step in X?" + "X starts with asking ..." -> "Asking ..."
        return capitalise(starts.group("g"))
    if words and is_gerund(words[0]) and starts and _HOW_STEM.search(stem):
        # "How would X begin ...?" + "Identifying ... starts with asking ..." -> "By asking ..."
        return "By " + starts.group("g")
    if words and is_gerund(words[0]):
        verb_at = finite_verb(words)
        if verb_at > 0 and _HOW_STEM.search(stem):
            verb = base_form(words[verb_at])
            asked = rx.findall(r"[a-z]+", stem.lower())
            after = [w for w in words[verb_at + 1 : verb_at + 4] if w.lower() not in STOPWORDS]
            # (or another verb bringing about what the stem asks to bring about: "How do peers
            # ignite hope?" + "Sharing stories fosters hope", English: the object is the end,
            # the gerund subject its means)
            brings_about = bool(after) and bool(content_stems(after[0]) & content_stems(stem))
            if verb in {base_form(w) for w in asked} or brings_about:
                # "How can X foster hope?" + "Sharing stories fosters hope" -> "By sharing stories"
                return "By " + " ".join(words[:verb_at])[:1].lower() + " ".join(words[:verb_at])[1:]
    instance = _instance_asked(stem, text)
    if instance:
        return instance
    copula = _COPULA.match(text)
    later = _LATER_COPULA.match(text)
    if (
        copula
        and later
        and len(later.group("s")) > len(copula.group("s"))
        and later.group("s").lower() in stem.lower()
    ):
        # "What does lethal means safety mean?" + "Lethal means safety is ...": the subject the
        # stem names runs past "means", a word of the name, to the copula (English).
        copula = later
    clause = copula and rx.search(
        r"\b(?:where|who|which|that|when|if|because|while|whether)\b", copula.group("s"), re.I
    )
    if copula and clause and finite_verb([*copula.group("s")[: clause.start()].split(), "x"]) > 0:
        # "Harm reduction meets people where they are and ...": "are" is a subordinate clause's
        # verb after the statement's own ("meets"), so this is no "X is Y" statement.
        copula = None
    if copula and rx.search(
        r"\s(?:what|how|why|where|whether)\s+(?:it|they|he|she|we|you|i|this|that|people|"
        r"someone|(?:the|a|an|their|his|her)\s+[\w'-]+)$",
        copula.group("s"),
        re.I,
    ):
        # "To ask the person about their culture and what it means to them": the verb after a
        # wh-word and its subject is the embedded question's ("what it means"), not the
        # statement's (English: an interrogative clause has its own subject and verb).
        copula = None
    if copula and rx.search(r"\s(?:what|who|which)$", copula.group("s"), re.I):
        # "X moves from asking what is wrong with a person to ...": a wh-word right before the
        # verb is the embedded question's subject ("what is wrong"), so the verb is that
        # question's, not the statement's (English: an interrogative pronoun may be the subject
        # of its own clause).
        copula = None
    if copula and rx.search(r"\s(?:and|but)$", copula.group("s")):
        # "X keeps skills current and is usually required ...": "is" is a second predicate of
        # the subject, after the first ("keeps"), so this is no "X is Y" statement either.
        copula = None
    if copula:
        subject = content_stems(copula.group("s"))
        predicate = copula.group("p").strip(" .")
        cleft = rx.match(r"^what\s+(?P<rest>.+)$", predicate, re.I)
        predicate_stems = content_stems(predicate) - {"cps", "person"}
        asked_about = len(predicate_stems & stem_stems) >= max(1, len(predicate_stems) // 2)
        # An appositive after the subject ("Active listening, aimed at ..., is") is set aside.
        head = copula.group("s").split(",")[0].strip()
        # "In which stage ...?" + "Contemplation is the stage in which ...": the predicate's head
        # noun is the noun the question asks for, so the subject names the answer.
        asked_noun = rx.search(r"\b(?:which|what)\s+(?P<n>[a-z]+)\b", stem, re.I)
        # Its head: one of the first two words after the determiner ("the stage", "the first
        # stage").
        predicate_head = rx.match(
            r"^(?:the|an?|one)\s+(?P<n>[a-z-]+(?:\s+[a-z-]+)?)", predicate, re.I
        )
        names_asked = bool(
            asked_noun
            and predicate_head
            and content_stems(asked_noun.group("n")) <= content_stems(predicate_head.group("n"))
            and not subject & stem_stems
        )
        # ("Calling for help and giving naloxone are the first priorities": a superlative or an
        # ordinal picks its subject out as the one answer, which may be a longer phrase)
        singled = rx.match(r"^the\s+(?:first|most|best|main|top|single most)\b", predicate, re.I)
        # "Teach-back, asking the person to explain ... in their own words, is the best way to
        # check understanding": a gerund appositive glosses its head as an act (English: an
        # appositive renames), and the head alone is what the subject names.
        apposed = rx.match(
            r"^[^,]{2,40},\s+(?P<g>[a-z]+ing\b[^,]{6,})$", copula.group("s").strip(" ,")
        )
        if apposed and not is_gerund(apposed.group("g").split()[0]):
            apposed = None
        named = content_stems(head) if apposed else subject
        if (
            singled
            and apposed
            and asked_about
            and not named & stem_stems
            and ACTION_ASKED.search(stem)
        ):
            # Asked the best way to act, the act the appositive names answers.
            return capitalise(apposed.group("g"))
        if (
            # (not when the stem names the subject: "What does the term X refer to?" + "X is
            # what a person does ..." asks for the "what" clause; English: the given is not the
            # answer)
            (
                cleft
                and content_stems(cleft.group("rest")) & stem_stems
                and not subject <= stem_stems
            )
            or (
                asked_about
                and not named & stem_stems
                and len(head.split()) <= (8 if singled else 5)
            )
            or (names_asked and len(head.split()) <= 4)
        ):
            # A pseudo-cleft ("X is what builds trust") asked about its "what" clause: X.
            return capitalise(head)
        if subject and len(subject & stem_stems) >= max(1, len(subject) // 2):
            purpose = rx.search(
                r"(?<!\bhow )(?<!\bwhat )(?<!\bwhen )(?<!\bwhere )(?<!\bwhether )"
                r"\bto (?P<v>[a-z]+)\b(?P<r>.*)$",
                predicate,
            )
            # ("... is mainly for getting to know the person": what it is for, with no noun)
            made_for = rx.match(
                r"^(?:(?:an?|the)\s[^,]{0,40}?\b|(?:(?:mainly|mostly|primarily|chiefly|largely)\s+)?)"
                r"for (?P<g>[a-z]+ing)\b(?P<r>.*)$",
                predicate,
            )
            if made_for and _PURPOSE_STEM.search(stem) and not stem.lower().startswith("why"):
                # "A plan is a tool for identifying triggers and deciding ...": what a thing is for
                # is its purpose ("To identify triggers and decide ...").
                return "To " + from_gerund(made_for.group("g") + made_for.group("r")).strip(" .")
            if (
                purpose
                and _PURPOSE_STEM.search(stem)
                and not stem.lower().startswith("why")
                and is_verb(purpose.group("v"))
                and purpose.group("v") == base_form(purpose.group("v"))
            ):
                # "What is the purpose of a WRAP?" + "A WRAP is a plan ... to stay well and to
                # respond to ...": the infinitive of purpose (English: "to" + verb says what for).
                rest = rx.sub(r"\band to\b", "and", purpose.group("r"))
                return f"To {purpose.group('v')}{rest}".strip(" .")
            if _HOW_STEM.search(stem):
                return f"It {copula.group('v')} {predicate}"
            described = rx.match(
                r"^the\s+(?P<n>[\w-]+(?:\s+[\w-]+)?)\s+(?:in which|during which|where|when)\s+"
                r"(?P<c>(?:a|an|the|people|someone|they)\s.+)$",
                predicate,
                re.I,
            )
            if (
                described
                and rx.search(r"\bstatements?\b|\bdescribes?\b", stem, re.I)
                and content_stems(described.group("n")) <= stem_stems
                and finite_verb(described.group("c").split()) > 0
            ):
                # "Which statement best describes the maintenance stage?" + "Maintenance is the
                # stage in which a person has kept up ...": the stem names the stage, so the
                # relative clause is what describes it, as a statement (English: "the N in which
                # C" says C of the N).
                return capitalise(described.group("c"))
            acting = _ROLE_ACTS.match(predicate)
            if acting and copula.group("v").lower() in ("means", "mean", "is", "are"):
                # "A warm handoff means the peer specialist personally connects the person ...":
                # a term defined by what the role does names that act ("Personally connecting
                # the person ...": English, the act as a gerund phrase, its doer the role).
                adverb = acting.group("a") or ""
                act = gerund_predicate(acting.group("v"), acting.group("r"))
                return capitalise(f"{adverb}{act}".strip(" ."))
            second = rx.match(
                r"^(?P<np>(?:an?|the|their|his|her|its|[\w-]+['\u2019]s?)\s[^,;]{2,60}?)\s+and\s+"
                r"(?P<v>(?:can|could|may|might|must|will|should|is|are)\s.+)$",
                predicate,
                re.I,
            )
            if second and finite_verb(second.group("np").split()) < 0:
                # "X is the person's permission and can be revoked at any time": the second
                # predicate is the subject's, so beside the noun phrase it is a relative clause
                # ("The person's permission, which can be revoked at any time"; English: "and"
                # there joins predicates, not nouns).
                return capitalise(f"{second.group('np')}, which {second.group('v')}")
            if len(predicate.split()) <= 14:
                return capitalise(predicate)
            # (a head too slight to define without its relative clause, "a court-supervised
            # program", keeps it in a shorter wording: the clause is the definition's difference)
            # ("What is a drug court?" asks for the definition, whose relative clause is its
            # difference: "a court-supervised program" alone defines nothing)
            head = _object(predicate)
            defining = _WHAT_IS.match(stem.strip())
            # ("Which of the following best describes a microaggression?" + "a brief, everyday
            # remark or action that sends a slighting ... message about someone's group": a
            # genus and its adjectives, no phrase after the noun, say what kind of thing it is
            # but not which; the relative clause is the definition's difference, and the key's
            # shorter wordings are tried after it; English: restrictive modification)
            described = bool(_DESCRIBED_STEM.match(stem.strip())) and not any(
                w.lower().strip(",") in PREPOSITIONS for w in head.split()
            )
            if (
                len(content_stems(head)) < 3
                or (defining and len(head.split()) <= 3)
                or (described and head != predicate)
            ):
                head = next(
                    (
                        w
                        for w in sorted(shorter(predicate), key=len, reverse=True)
                        if len(w.split()) <= 16 and len(w) > len(head)
                    ),
                    predicate if len(predicate.split()) <= 20 else head,
                )
            return capitalise(head)
    if asked := _asked_participant(stem, statement):
        return asked
    passive = _PASSIVE_DUTY.match(text)
    if passive and rx.search(r"\bwhat (?:action|would|should|can)\b", stem, re.I):
        # "What should X do?" + "Suspected abuse must be reported under ...": a duty in the
        # passive is an instruction in the active ("Report suspected abuse under ...").
        verb = base_form(passive.group("v"))
        if verb != passive.group("v").lower():
            object_ = passive.group("o")
            first = object_.split()[0] if object_.split() else ""
            # (an acronym keeps its capitals; "A conflict" does not: "A" is a word of one letter)
            acronym = len(first) > 1 and first.isupper()
            object_ = object_ if acronym else object_[:1].lower() + object_[1:]
            rest = passive.group("r").strip()
            if rx.search(r"\bfirst\b", stem, re.I):
                # (asked what to do first, the duty's "first" is the question's, not the act's)
                rest = rx.sub(r"\s*\bfirst\b", "", rest).strip()
            if rest and object_.split()[-1].lower() in PREPOSITIONS | {"to"}:
                # "a relationship with someone a peer specialist is assigned to" + "to the
                # supervisor": an object ending on its own preposition goes after the phrase
                # (English: heavy noun phrase shift), so no "to to" meets.
                return capitalise(f"{verb} {rest} {object_}")
            return capitalise(" ".join(f"{verb} {object_} {rest}".split()))
    if is_instruction(words) and rx.search(r"\bwhat (?:action|would|should|can)\b", stem, re.I):
        # "What would X do?" + "Refer them to ...": the instruction is the action itself.
        return capitalise(text.strip(" ."))
    mandated = _MANDATED.match(text)
    if _REQUIREMENT_STEM.search(stem) and mandated:
        # "What does the rule require?" + "It requires that records be kept or shared only ...":
        # what is required to be done to a thing is the act done to it ("Keeping or sharing
        # records only ..."; English: "require that X be V-ed" is "require V-ing X").
        acts = to_gerund(base_form(mandated.group("v")))
        if mandated.group("w"):
            acts += f" {mandated.group('c')} {to_gerund(base_form(mandated.group('w')))}"
        thing = mandated.group("o")
        thing = thing if thing[:2].isupper() else thing[:1].lower() + thing[1:]
        return capitalise(f"{acts} {thing}{mandated.group('r') or ''}".strip(" ."))
    prescribed = _REQUIREMENT_STEM.search(stem) and _predicate_of_named(words, stem_stems)
    if prescribed:
        # "What does the rule require?" + "The rule limits each request to ...": what a rule
        # requires is the act it prescribes, and "require" takes an act as a gerund phrase
        # ("Limiting each request to ...") (English: "require" + gerund).
        return capitalise(gerund_predicate(*prescribed))
    infinitive = rx.match(r"^to (?P<v>[a-z]+)\s", text, re.I)
    if (
        infinitive
        and is_verb(infinitive.group("v"))
        and rx.search(r"\bwhat (?:should|would|must|can) [^?]+ do\b", stem, re.I)
    ):
        # "What should X do ...?" + "To tell a supervisor right away ..., because ...": the
        # infinitive that specified the right move is the act, in its base form, without the
        # reason given for it (English: "the right move is to V" names the act V).
        return capitalise(rx.split(r",?\s+(?:because|since|so that)\s", text[3:])[0])
    being = rx.match(
        r"^(?P<s>(?:the |a |an )?[\w -]{3,40}?)\s+(?:is|are)\s+(?P<p>[a-z]+\b.*)$", text
    )
    if (
        being
        and _role_act_asked(stem)
        and content_stems(being.group("s"))  # ("It is important to ...": no role's state)
        and content_stems(being.group("s")) <= ROLE_STEMS
        and set(lemmas_of(being.group("p").split()[0])) & {"ADJ"}
        and being.group("p").split()[0] not in OBJECT_OPENERS
    ):
        # Asked for a response, "The peer specialist is open about the connection, brings it to
        # a supervisor ...": what the role does, its state as the first act ("Being open about
        # the connection, bringing it ..."; English: "be" has a gerund like any verb).
        return capitalise(gerund_predicate("is", being.group("p").strip(" .")))
    verb_at = finite_verb(words)
    named = _named_in_stem(words, stem)
    if named >= 2 and 0 < verb_at < named:
        # "Syringe services programs cut ..." asked about "syringe services programs": the words
        # the stem names are the subject whole, so "services" is no verb (English: the topic
        # the question gives is a noun phrase).
        rest_at = finite_verb(words[named - 1 :])
        verb_at = named - 1 + rest_at if rest_at > 0 else -1
    if verb_at > 0:
        # "The peer specialist openly names ...": a manner adverb before the verb is the
        # predicate's, not the subject's (English: a pre-verbal adverb modifies the verb).
        adverb = (
            words[verb_at - 1].lower()
            if verb_at > 1 and set(lemmas_of(words[verb_at - 1].lower())) == {"ADV"}
            else ""
        )
        subject_text = " ".join(words[: verb_at - 1 if adverb else verb_at])
        subject = content_stems(subject_text)
        verb = words[verb_at]
        rest = " ".join(words[verb_at + 1 :]).strip(" .")
        if verb.lower() in _MODALS and len(words) > verb_at + 2:
            verb, rest = " ".join(words[verb_at : verb_at + 2]), " ".join(words[verb_at + 2 :])
        asked_verb = base_form(verb.split()[-1]) in {
            base_form(w) for w in rx.findall(r"[a-z]+", stem.lower())
        }
        means = rx.search(r"\bby (?P<g>[a-z]+ing\b.*)$", rest)
        # "When a peer specialist learns ..., they must report it": a pronoun standing for the
        # role named before it is the role (English anaphora), and a duty ("must", "should")
        # names the act ("report it").
        role_pronoun = subject_text.lower() in ("they", "he", "she") and bool(
            _ROLE_NAME.search(
                statement[: statement.find(text[:20])] if text[:20] in statement else ""
            )
        )
        # ("should decline, record what happened ...": the verb keeps its comma)
        duty = rx.match(r"^(?:must|should)\s+(?P<v>[a-z]+,?)$", verb.lower())
        # (the role named as the subject likewise, asked what the role should do: "Peer
        # specialists should listen ...")
        role_subject = role_pronoun or bool(
            subject and subject <= ROLE_STEMS and rx.search(r"\bwhat should\b", stem, re.I)
        )
        if duty and role_subject and is_verb(duty.group("v").rstrip(",")):
            verb = duty.group("v")
        if (
            ((subject and subject <= ROLE_STEMS) or role_pronoun)
            and _role_act_asked(stem)
            and verb.lower() not in _MODALS
            and " " not in verb
        ):
            if means:
                # "... response?" + "Peer specialists keep X separate by declining ...": what
                # they do is the means ("Declining connection requests ...").
                return capitalise(means.group("g"))
            rest = rx.split(r",?\s+(?:because|since|so that)\s", rest)[0]  # the act, not why
            if verb.lower().endswith("s") or is_verb(verb.lower()):
                # "What is the most useful step ...?" + "the peer specialist refers them ..." (or
                # "Peer specialists avoid ..."): the step is what the role does, as a gerund
                # phrase ("Referring them ...", "Offering options and letting ..."), its adverb
                # before it ("Openly naming ...").
                return capitalise(f"{adverb} {_as_act(verb, rest)}".strip())
        if subject and subject & stem_stems:
            when = rx.search(
                r"\b(?P<w>whenever|when|if|once|only when|as soon as)\s.+$", rest, re.I
            )
            if when and rx.match(r"^(?:when|under what|in what|at what)\b", stem, re.I):
                # "When should X ...?": the answer is the time or condition clause.
                return capitalise(when.group(0))
            if (
                rx.search(r"\bwhat (?:action|step|would|should|does|do|can)\b", stem, re.I)
                and rx.search(r"\b(?:do|take)\b[^?]*\?", stem, re.I)
                and verb.split()[0].lower() not in _MODALS  # ("must never ...": no act)
            ):
                # "What action would X take?": the action, as a verb phrase in its base form.
                return capitalise(base_predicate(verb, rest))
            if (
                rx.search(
                    # ("Compared with X, what is the main focus of Y?": a fronted phrase first)
                    r"\bdescribes?\b|(?:^|,\s+)what (?:is|are) (?:the |an? )?(?:\w+ )?"
                    r"(?:role|job|function|task|focus|emphasis)s? of\b|"
                    # "What is X used for?" asks its use, a doing (English: "for" + gerund).
                    r"\bused for\?$",
                    stem,
                    re.I,
                )
                and verb.split()[0].lower() not in _MODALS
                and base_form(verb) not in ("be", "have")
            ):
                # "Which best describes harm reduction?" + "Harm reduction meets people where they
                # are and works to ...": an approach described by what it does, as a gerund
                # phrase ("Meeting people where they are and working to ..."). Asked what X is
                # used for, "Dialing X connects a person with ..." gives "Connecting a person
                # with ...".
                return capitalise(gerund_predicate(verb, rest))
            if means and (_WHAT.match(stem) or _HOW_STEM.search(stem)):
                # "X does Y by Z-ing": asked what principle or how, the answer is the means.
                return capitalise(means.group("g"))
            cause = rx.match(r"^because\s+(?P<c>.+)$", rest, re.I)
            if asked_verb and cause and _MAKES_WORK_STEM.search(stem):
                # "What makes X work?" + "X works because shared experience builds trust": what
                # makes it work is the cause the clause states, a what-question answered without
                # "Because" (English: "because" answers "why")
                return capitalise(cause.group("c"))
            if asked_verb and _WHAT.match(stem):
                return capitalise(_object(rest))
            if _PURPOSE_STEM.search(stem) and not stem.lower().startswith("why"):
                return f"To {base_predicate(verb.split()[-1], rest)}"
            if (
                _HOW_STEM.search(stem)
                or stem.lower().startswith("why")
                # "What does research show about SSPs?": what is found about the topic, said of
                # it by a pronoun ("They cut HIV ..."; English: the topic is given)
                or _FOUND_ABOUT.search(stem)
            ):
                # A gerund clause is singular ("Identifying supports starts ...").
                plural = _plural(subject_text) and not is_gerund(words[0])
                pronoun = "They" if plural else "It"
                return f"{pronoun} {verb} {rest}"
            permitted = rx.match(
                r"^(?P<np>(?:an?|the)\s+[\w'-]+(?:\s+[\w'-]+)?)\s+(?:to\s+)?(?P<v>[a-z]+)\b(?P<r>.*)$",
                rest,
                re.I,
            )
            if (
                _WHAT.match(stem)
                and permitted
                and base_form(verb) in ("let", "allow", "enable", "permit")
                and permitted.group("v") in lemmas_of(permitted.group("v")).get("VERB", ())
            ):
                # "What is a main benefit of X?" + "X lets the person see, correct and add to
                # ...": what it lets someone do, said of them ("The person can see, correct and
                # add to ..."; English: a causative of permission is a "can" of its object).
                return capitalise(
                    f"{permitted.group('np')} can {permitted.group('v')}{permitted.group('r')}"
                )
            if (
                _WHAT.match(stem)
                and rx.match(r"^(?:an?|the)\s", rest, re.I)
                and not rx.search(r"\bstatements?\b", stem, re.I)  # a statement is asked for
            ):
                return capitalise(_object(rest))
    return capitalise(text.strip(" ."))


# "Which of the following is an early warning sign of burnout?": the noun asked for ("sign").
_ASKED_INSTANCE = re.compile(
    r"^which of the following (?:is|are) (?:an?|one of the) (?:[\w-]+ ){0,3}?(?P<n>[a-z]+?)s?"
    r"(?: (?:of|in|for|that|to)\b[^?]*)?\?$",
    re.I,
)
# "Which of the following habits is most likely to support sleep?": the kind asked for ("habit").
_ASKED_KIND = re.compile(
    r"^which (?:of the following )?(?P<n>[a-z]+?)s? (?:is|are|would|will|can|best|most)\b[^?]*\?$",
    re.I,
)
# "A and B are early signs of burnout ...": a subject, "is/are", then the noun phrase it names.
_NAMED_AS = re.compile(
    r"^(?P<s>[A-Z][^,;:]{2,120}?)\s+(?:is|are)\s+(?:an?\s+|the\s+|one of the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?P<n>[a-z]+?)s?\b(?:\s+(?:of|in|for|that|to)\b|[,.]|$)"
)


def _coordinated_kind(text: str, noun: str) -> re.Match[str] | None:
    """ "A regular wake-up time kept ... steadies the body clock and is a core healthy sleep
    habit": the subject, before its first verb in "-s", of a predicate coordinated with "is a ...
    N" (English: coordinated predicates share their subject)."""
    for verb in rx.finditer(r"\s(?P<v>[a-z]+s)\b", text[:100]):
        word = verb.group("v")
        verbs = lemmas_of(word).get("VERB", ())
        if not verbs or word in verbs:
            continue
        found = rx.match(
            rf"^(?P<s>[A-Z][^,;:]{{2,{verb.start()}}}?)\s+{word}\b[^,;:]*?\s+and\s+(?:is|are)\s+"
            rf"(?:an?\s+|one of the\s+)?(?:[\w-]+\s+){{0,3}}?(?P<n>{re.escape(noun)})s?\b",
            text,
        )
        if found and found.end("s") == verb.start():
            return found
    return None


def _instance_asked(stem: str, text: str) -> str:
    """ "Which of the following is an early warning sign of burnout?" + "Emotional exhaustion and
    growing detachment ... are early signs of burnout": the subject names the instance asked for,
    however long (English: "X is a N" says X is one of the Ns)."""
    asked = _ASKED_INSTANCE.match(stem.strip()) or _ASKED_KIND.match(stem.strip())
    # ("A regular wake-up time kept ... steadies the body clock and is a core healthy sleep
    # habit": a predicate coordinated with another names the kind likewise.)
    named = (asked and _coordinated_kind(text, asked.group("n").lower())) or _NAMED_AS.match(text)
    if asked is None or named is None or asked.group("n").lower() != named.group("n").lower():
        return ""
    subject = named.group("s").strip()
    if len(subject.split()) > 14 or rx.match(r"^(?:it|this|that|they|these)\b", subject, re.I):
        return ""
    return capitalise(generic_you(subject))


def _asked_participant(stem: str, statement: str) -> str:
    """The noun phrase a wh-question asks for, where the statement gives it with the stem's own
    verb (English: the question word stands in the place of the answer):

    - "Who makes the final decision?" + "... and the person makes the final choice": the subject
      of that verb ("The person");
    - "What is required before ...?" + "... disclosure requires the patient's written consent":
      the object of the verb the stem has in the passive ("The patient's written consent").
    """
    who = rx.search(r"(?:^|,\s*)who\s+(?P<v>[a-z]+)\b", stem, re.I)
    needed = rx.search(r"\bwhat is (?:\w+ )?(?P<v>[a-z]+ed)\b", stem, re.I)
    if who is None and needed is None:
        return ""
    verb = base_form((who or needed).group("v"))
    if verb in ("be", "have", "do"):
        return ""
    for clause in rx.split(
        r";|,\s+(?:and|but|so|with)\s+|,\s+|\s+and\s+(?=the |a |an )", statement
    ):
        words = clause.strip(" .").split()
        for at, word in enumerate(words):
            plural_subject = at >= 2 and rx.fullmatch(r"[a-z]+[^s']s", words[at - 1].lower())
            if base_form(word) != verb or (
                word.lower() == verb and who is not None and not plural_subject
            ):
                # the verb in the clause, inflected for its subject ("makes"), or in the base
                # form after a plural noun ("The group members set ..."), not an infinitive's
                continue
            if who is not None and 1 <= at <= 6:
                subject = " ".join(words[:at])
                if rx.match(r"^(?:the|a|an|their|each)\s", subject, re.I):
                    return capitalise(subject)
            if needed is not None and at + 1 < len(words):
                object_ = " ".join(words[at + 1 :])
                if rx.match(r"^(?:the|a|an|their|written|explicit)\b", object_, re.I):
                    return capitalise(object_)
    return ""


# Words opening a participle's complement ("tied to", "written by", "based on", "left out").
_COMPLEMENT_OPENERS = frozenset(
    [
        *("to", "by", "on", "in", "with", "for", "from", "into", "as", "at", "about", "out", "up"),
        *("the", "a", "an", "their", "his", "her", "its"),
    ]
)


# Words whose "to"-infinitive is their complement, not a purpose ("the right to", "wants to").
_TAKES_INFINITIVE = frozenset(
    [
        *("want", "wants", "need", "needs", "try", "tries", "plan", "plans", "hope", "hopes"),
        # (verbs of will and undertaking: "offers to help the person bring the question ...")
        *("offer", "offers", "agree", "agrees", "decide", "decides", "choose", "chooses"),
        *("refuse", "refuses", "promise", "promises", "intend", "intends", "learn", "learns"),
        *("manage", "manages", "prefer", "prefers", "deserve", "deserves", "tend", "tends"),
        *("right", "rights", "decision", "choice", "chance", "ability", "power", "way", "ways"),
        *("time", "freedom", "effort", "attempt", "permission", "invitation", "willingness"),
    ]
)


# Words whose "to"-infinitive completes them at a distance ("enough money ... to hire", "the
# first person ... to ask"): English degree and order complements, no purpose.
_DEGREE_WORDS = frozenset(["enough", "too", "sufficient", "first", "last", "only", "next"])


# (", regardless of A, B or C": the adjunct's object may be a series, commas and all, up to a
# clause of contrast that would be a claim of its own)
_INDIFFERENCE_TAIL = re.compile(
    r",\s+(?:whether or not|whether|regardless of)\s(?:(?!,?\s(?:but|yet|while)\s)[^;])+$"
)
_MANNER_TAIL = re.compile(
    r",\s+(?:on|in|at|without|through)\s(?:the|their|a|an|its)\s[^,;]+$|"
    # (", as full members", ", as equals": a role the subject is in, set off after the claim;
    # not "as well as", "as long as", "as if", which join what follows to the claim)
    r",\s+as\s(?!(?:well|long|soon|much|far|if|though|a result)\b)(?:(?:an?|the|full|equal)\s)?"
    r"[a-z]+s?$"
)

# Verbs taking an object and an infinitive that says what the object is to do ("invite people to
# take part", "encourage the person to speak"; English: object control).
_OBJECT_CONTROL = frozenset(
    [
        *("invite", "ask", "encourage", "help", "allow", "tell", "remind", "teach", "urge"),
        *("enable", "persuade", "expect", "require", "empower", "prompt", "permit", "force"),
    ]
)


# "the person keeping it", "the person who keeps it": a definite person and a modifier of a pronoun.
_KEEPER = re.compile(
    r"\b(?P<h>the person|the people)\s+(?:who\s+[a-z]+s\s+(?:it|them)|[a-z]+ing\s+(?:it|them))\b"
)


# Words that open a verb's object or a particle's pronoun ("review the progress", "talk it
# over"): after a word that is a noun as well as a verb, one of them makes it the verb.
_OBJECT_OPENERS = frozenset(
    ["the", "a", "an", "their", "your", "his", "her", "its", "our", "what", "how", "it", "them"]
)


def shorter(answer: str) -> list[str]:
    """Shorter wordings of an answer that keep its claim: cut before a relative clause, then at
    the first comma (item writing: the key must not stand out by its length)."""
    found = []
    pointer = _KEEPER.search(answer)
    if pointer:
        # "To help the person keeping it notice patterns ...": a modifier saying only that the
        # person has "it" names them by what the stem is about, and its "it" points outside the
        # option; "the person" alone is the same person (English: a restrictive modifier made
        # of a pronoun adds nothing to a definite head already given).
        lighter = answer[: pointer.end("h")] + answer[pointer.end() :]
        found += [lighter, *(w for w in shorter(lighter) if w != lighter)]
    purpose = rx.search(
        # (its subject may be long: "so the decision about whether and how to proceed could be
        # made ...")
        r",?\s+so(?:\s+that)?\s+(?:[a-z]+\s+){1,8}?(?:can|could|will|would)\s+[^,]+$",
        answer,
    ) or rx.search(
        # ("... so the refusal comes quickly ...": a clause of result, its subject determined and
        # its verb finite, is an adjunct too)
        r",?\s+so(?:\s+that)?\s+(?:the|a|an|it|they|he|she|their|his|her|its)\s+"
        r"(?:[a-z'-]+\s+){0,2}?[a-z]+(?:s|ed)\s+[^,]+$",
        answer,
    )
    if purpose and len(answer[: purpose.start()].split()) >= 6:
        # "... so they can adjust their own routine": a closing clause of purpose is an adjunct;
        # the claim is whole before it (English).
        found.append(answer[: purpose.start()])
    second = rx.search(
        r"\b(?:that|who)\s+(?P<c>[^,;]+?)\s+and\s+(?P<v>[a-z]+)\s+(?P<n>[a-z]+)\b", answer
    )
    if (
        second
        and (
            finite_verb(["x", *second.group("c").split()]) >= 0
            # ("who assume they know ...": a relative pronoun is the subject, its verb first)
            or "VERB" in lemmas_of(second.group("c").split()[0].lower())
        )
        and "VERB" in lemmas_of(second.group("v"))
        and (
            second.group("v") in ("are", "is", "was", "were", "can", "will", "should", "must")
            or second.group("n") in PREPOSITIONS | {"them", "him", "her", "it", "the", "a", "an"}
        )
        and len(answer[: second.end("c")].split()) >= 8
    ):
        # "... the assumption that adults know better than young people and are entitled to
        # ...": a clause's second predicate goes, the first still asserts (English: each of
        # coordinated predicates is a claim of its own).
        found.append(answer[: second.end("c")])
    participles = rx.search(
        r"^(?:an?\s+|the\s+)?(?P<n>[A-Za-z][a-z-]+)\s+(?P<g>[a-z]+ing)\s+(?P<c>[^,;]+?)\s+and\s+(?P<v>[a-z]+ing)\s",
        answer,
    )
    if (
        participles
        # (not "Treating hearing voices ... and learning ...": a gerund's series of acts)
        and not is_gerund(participles.group("n").lower())
        and "VERB" in lemmas_of(participles.group("g"))
        and "VERB" in lemmas_of(participles.group("v"))
        and len(answer[: participles.end("c")].split()) >= 6
    ):
        # "Adults assuming they know better than young people and acting for them ...": a noun
        # and two participle phrases of it; the first still says what the noun does (English:
        # each of coordinated predicates is a claim of its own, as a clause's are above).
        found.append(answer[: participles.end("c")])
    aside = rx.search(r",\s+or\s+[^,]{2,90},\s+(?P<v>[a-z]+s)\b", answer)
    if aside and _verb_in_s(aside.group("v")):
        # "by which a court, or a clinician acting under state law, orders a person to ...": an
        # alternative set off by two commas before the verb both share is a parenthetical; the
        # clause is whole without it (English: "or" adds a second subject in an aside).
        found.append(f"{answer[: aside.start()]} {answer[aside.start('v') :]}")
    claim = answer[: purpose.start()] if purpose else answer
    # (two coordinated: a single adverb, "listens closely", may be the claim's point)
    manner = rx.search(r"\s+[a-z]+ly,?\s+(?:and|or)\s+[a-z]+ly$", claim)
    if (
        manner
        and len(claim[: manner.start()].split()) >= 6
        and all("ADV" in lemmas_of(w) for w in rx.findall(r"[a-z]+ly", manner.group(0)))
    ):
        # "... to another team member briefly and clearly": adverbs of manner closing the
        # claim are adjuncts; it is whole before them (English).
        found.append(claim[: manner.start()])
    cut = _RELATIVE.search(answer)
    before = answer[: cut.start()].split() if cut else []
    # (not when the clause before it is its subject and verb alone, "X works because ...": the
    # subordinate clause says what the claim is, English: an intransitive verb's adjunct)
    bare_clause = finite_verb(before) == len(before) - 1
    # (nor inside a gerund subject, "Keeping people in institutions when they could live at home
    # is discrimination": the clause's verb comes after the relative clause)
    subject_cut = bool(
        cut
        and before
        and is_gerund(before[0].lower())
        and finite_verb(before) < 0
        and rx.search(r"\b(?:is|are|was|were)\b", answer[cut.end() :])
    )
    # ("whether or not that includes religion": "that" is the clause's subject, no relative)
    subordinate = bool(
        cut and rx.search(r"\b(?:whether or not|whether|if|unless|because)$", answer[: cut.start()])
    )
    # ("rather than proof that someone isn't resilient": after a noun of content, "that" opens
    # the clause saying what the proof, fact or message is, no relative clause; English)
    content = bool(
        cut
        and before
        and cut.group(0).strip() == "that"
        and before[-1].lower().strip(",") in CONTENT_NOUNS
    )
    definite = bool(cut) and _defined_by_clause(answer[: cut.start()], cut.group(0))
    # ("Family members of people who love someone ...": a light head, "people", "those",
    # "someone", is who its restrictive clause says; English: without it the phrase names no one)
    light = bool(before) and before[-1].lower().strip(",") in _LIGHT_HEADS
    # ("the attitude of adults who assume ...": a class its clause narrows, see `_narrowed_class`)
    light = light or bool(cut and _narrowed_class(before, cut.group(0)))
    # ("An evidence-based approach that teaches ...": an article and two words are a head too
    # slight to describe anything, its relative clause the description's difference)
    slight = len(before) <= 3 and bool(before) and before[0].lower() in ("a", "an", "the")
    if (
        cut
        and len(before) >= 3
        and not content
        and not light
        and not slight
        and not definite
        and not _ends_on_verb(answer[: cut.start()])
        and not bare_clause
        and not subject_cut
        and not subordinate
    ):
        found.append(_without_bare_head(answer[: cut.start()].strip(" ,")))
    # Adjuncts set off at the end, the last first: a clause of indifference ("..., whether or
    # not that includes religion"), then a phrase of manner ("..., on the person's own terms").
    # The claim is whole before each (English: a non-restrictive adjunct adds a circumstance).
    rest = answer
    for adjunct in (_INDIFFERENCE_TAIL, _MANNER_TAIL):
        tail = adjunct.search(rest)
        if tail and len(rest[: tail.start()].split()) >= 4:
            rest = rest[: tail.start()]
            found.append(rest)
    # ", while trauma-specific services are ...": a clause of contrast after the claim is
    # subordinate to it; the main clause makes its claim alone (English), and its own shorter
    # wordings follow from it.
    contrasted = rx.search(r",\s+while\s+\S", answer)
    if contrasted and len(answer[: contrasted.start()].split()) >= 4:
        main = answer[: contrasted.start()]
        found += [main, *(w for w in shorter(main) if not _adjective_cut(w, main))]
    # Coordinate adjectives reduced to the first ("a structured, step-by-step path").
    stacked = rx.search(
        r"\b(?P<a>[a-z]+(?:ed|al|ive|ful)), (?P<b>[a-z]+(?:-[a-z]+)*) (?=[a-z]+)", answer
    )
    if (
        stacked
        and (
            rx.match(r"[a-z]+ (?:or|and) ", answer[stacked.end() :])
            # "accepted, regardless of income": adjectives in a row modify a noun after them; a
            # preposition there means the second word heads a phrase of its own (English).
            or "NOUN" not in lemmas_of(answer[stacked.end() :].split()[0].strip(",.").lower())
        )
    ):
        # "suicidal, mental health or substance use crisis": a series of modifiers joined by "or",
        # each its own kind, not two adjectives of one noun (English coordination).
        stacked = None
    if stacked:
        second = stacked.group("b")
        adjective = "-" in second or "ADJ" in lemmas_of(second)
        if adjective and "ADJ" in lemmas_of(stacked.group("a")):
            reduced = answer[: stacked.end("a")] + " " + answer[stacked.end() :]
            found.append(reduced)
            found += [f for f in shorter(reduced) if f != reduced]
    # Three coordinate adjectives reduced to the last two ("a timely, factual and objective
    # account" -> "a factual and objective account"): each holds of the noun on its own, so
    # any of them may go (English: coordinate adjectives, set off by commas).
    three = rx.search(
        r"\b(?P<d>an?|the)\s+(?P<a>[a-z-]+),\s+(?P<b>[a-z-]+)\s+and\s+(?P<c>[a-z-]+)\s+(?P<n>[a-z]+)\b",
        answer,
        re.I,
    )
    if (
        three
        and all("ADJ" in lemmas_of(three.group(g).lower()) for g in ("a", "b", "c"))
        and "NOUN" in lemmas_of(three.group("n").lower())
    ):
        determiner = three.group("d")
        if determiner.lower() in ("a", "an"):
            determiner = indefinite_article(three.group("b"), capital=determiner[0].isupper())
        reduced = (
            f"{answer[: three.start()]}{determiner} {three.group('b')} and {three.group('c')} "
            f"{three.group('n')}{answer[three.end() :]}"
        )
        found += [reduced, *shorter(reduced)]
    pointing = rx.search(
        r"\s(?:for|of|to|about|in|on|with|from)\s(?:that|this|these|those)\s[a-z]", answer
    )
    # (a noun phrase's modifier, or an adjunct after a verb's adverbs of manner: "Address it
    # directly and privately with that coworker"; elsewhere after a verb the phrase may be its
    # complement, "have a word with that person", English word order)
    phrase = answer[: pointing.start()].split() if pointing else []
    modifier = bool(phrase) and bool(
        (rx.match(r"^(?:an?|the)\s", answer, re.I) and finite_verb(phrase) < 0)
        or phrase[-1].lower().endswith("ly")
    )
    if pointing and modifier and len(phrase) >= 3:
        # "A five-part reminder for that silent side of a conversation": a modifier pointing at
        # what the text said before can go; the phrase before it is whole, and stands alone
        # (English: a postmodifying prepositional phrase; item writing: options stand alone)
        found.append(answer[: pointing.start()].rstrip(" ,"))
    adjunct = rx.search(
        r"\s(?:after|before|during|following|over|toward|towards)\s(?:an?|the|what|\w+ing)\s[\w' -]+$"
        # an adjunct of conformity: how the act is done, not what is done
        r"|\s(?:according to|in line with|in keeping with)\s[\w' -]+$"
        # an adjunct naming what it replaces ("... as an alternative to prosecution")
        r"|\s(?:as an alternative to|in place of)\s[\w' -]+$"
        # an adjunct of manner ("... without making abstinence a condition")
        r"|\swithout\s(?:an?|the|\w+ing)\s[\w' -]+$",
        answer,
    )
    if adjunct and len(answer[: adjunct.start()].split()) >= 4:
        # a trailing adjunct of time or direction (and the comma that set it off)
        kept = answer[: adjunct.start()].rstrip(" ,;")
        # ("places to stay, set up as an alternative to ...": a phrasal verb's participle set
        # off by a comma, whose adjunct the cut took, goes with it; "..., set up" says nothing
        # alone. English: the modifier needs its complement.)
        kept = rx.sub(r",\s+[a-z]+\s+(?:up|out|off|down|aside|apart|away|back)$", "", kept)
        found.append(kept)
    beneficiary = rx.search(
        r"\sfor\s(?:people|persons|individuals|adults|those|anyone)\swith\s[\w' -]+$", answer
    )
    if beneficiary and len(content_stems(answer[: beneficiary.start()])) >= 5:
        # a closing phrase saying whom a thing is for ("A peer-led approach to whole health
        # self-management for people with behavioral health conditions"), once what the thing
        # is has been said before it, kind and difference ("A warmline is a phone line for
        # people with ..." says only its kind without it)
        found.append(answer[: beneficiary.start()])
    free = rx.search(r",\s+(?P<v>[a-z]+ing)\s[^,;]+$", answer)
    if free and len(answer[: free.start()].split()) >= 2 and is_gerund(free.group("v")):
        # "Summarize periodically, gathering the person's own reasons": a participle clause set
        # off at the end adds how or with what result; the act is whole before it (English: a
        # free adjunct).
        found.append(answer[: free.start()])
    # A participial modifier set off by a comma ("an account of the visit, tied to the person's
    # goals"): a detail added to a phrase that is complete before it (English: a non-restrictive
    # modifier). Only a past participle followed by its complement, not one of a series of
    # adjectives ("a structured, detailed plan").
    for modifier in rx.finditer(r",\s+(?P<p>[a-z]+(?:ed|en))\s+(?P<n>[a-z]+)\b", answer):
        participle, after = modifier.group("p"), modifier.group("n")
        verbs = lemmas_of(participle).get("VERB", ())
        # ("The original study, run by ..., asked about ten kinds": after a subject with its
        # parenthetical, the past form is the clause's verb, no modifier; English)
        before = rx.split(r",\s+", answer[: modifier.start()])
        main_verb = len(before) >= 2 and finite_verb(before[0].split()) < 0
        later = rx.split(r",\s+", answer[modifier.end() :])[1:]
        if verbs and participle not in verbs and after in _COMPLEMENT_OPENERS:
            if main_verb or any(_verb_only(part) for part in later):
                break
            if len(answer[: modifier.start()].split()) >= 4:
                found.append(answer[: modifier.start()])
            break
    adjuncts = list(rx.finditer(r",\s+(?:without|by|while|[a-z]+ing)\b", answer))
    for adjunct in reversed(adjuncts if is_gerund(answer.split()[0].lower()) else []):
        # "Giving people a home right away, without requiring ..., treating ...": a gerund
        # phrase complete before an adjunct set off by a comma (English: a non-restrictive
        # adjunct adds how or in what spirit, the act is said before it); the last adjunct
        # goes first.
        if len(answer[: adjunct.start()].split()) >= 4:
            found.append(answer[: adjunct.start()])
    purpose_tail = rx.search(r"\s+to\s+(?P<v>[a-z]+)\s+\S", answer)
    head_words = answer[: purpose_tail.start()].split() if purpose_tail else []
    # ("Lived experience as a caregiver of a child with behavioral health challenges to support
    # other caregivers": a noun phrase, no verb in it to take the infinitive as its complement)
    noun_head = (
        bool(head_words)
        and not is_instruction(head_words)
        and not any(
            is_gerund(w.lower()) or w.lower() in _TAKES_INFINITIVE or w.lower() in _DEGREE_WORDS
            for w in head_words
        )
        and finite_verb(head_words) < 0
    )
    # ("Anyone who says they want a place to live is accepted": a finite verb right after the
    # infinitive is the main clause's, so the infinitive sits inside the subject, no adjunct)
    inside_subject = bool(
        purpose_tail
        and rx.match(
            r"\s*(?:is|are|was|were|can|could|will|would|may|might|must|should|has|have)\b",
            answer[purpose_tail.end("v") :],
        )
    )
    # ("Inviting people ... who are affected to take part": a verb taking an object and an
    # infinitive says what the object is to do, no purpose; English: object control)
    relative = rx.search(r"\b(?:who|that|which)\s", answer)
    controlled = any(
        set(lemmas_of(w.lower()).get("VERB", ())) & _OBJECT_CONTROL
        for w in answer[: relative.start() if relative else len(answer)].split()[:2]
    )
    if controlled and purpose_tail and not relative:
        # ("To teach concerned family members positive communication and reinforcement skills
        # to encourage ...": past a verb's two objects, six words and more with no clause among
        # them, the infinitive says what for; an object it controls is one short noun phrase,
        # "teach family members to respond"; English: a ditransitive verb's second object)
        controlled = len(answer[: purpose_tail.start()].split()) <= 6
    if (
        purpose_tail
        and not inside_subject
        and not controlled
        and len(head_words) >= 6
        and is_verb(purpose_tail.group("v"))
        and (rx.search(r"\b(?:who|that|which)\s", answer[: purpose_tail.start()]) or noun_head)
        and "NOUN" in lemmas_of(head_words[-1].lower())
        and head_words[-1].lower() not in _TAKES_INFINITIVE
    ):
        # "Members are partners who work alongside staff to run the clubhouse ...": an
        # infinitive of purpose after a relative clause's object adds what for; the claim is
        # made before it (English: an adjunct of purpose).
        found.append(answer[: purpose_tail.start()])
    second = rx.match(
        r"^(?:it|they)\s+[a-z]+s?\b.*?(?P<and>\s+and\s+(?:is|are|[a-z]+s)\s)", answer, re.I
    )
    if second and len(answer[: second.start("and")].split()) >= 4:
        # "It keeps skills current and is usually required ...": the first of two predicates of
        # the subject still answers (English: coordinated predicates each say something of it).
        found.append(answer[: second.start("and")])
    acts = rx.search(r",?\s+and\s+(?:then\s+)?[a-z]+ing\b", answer)
    if acts and is_gerund(answer.split()[0].lower()) and len(answer[: acts.start()].split()) >= 3:
        # "Contributing the lived-experience perspective and helping keep ...": the first of two
        # coordinated acts still answers (item writing: a key no longer than its peers).
        found.append(_two_closed(answer[: acts.start()], is_gerund))
        # (and the last alone when the first is too slight to be a key: "Using their own
        # supports and talking with their supervisor about adjustments or time off")
        last = rx.sub(r"^,?\s*and\s+(?:then\s+)?", "", answer[acts.start() :]).strip(" ,")
        if "," not in last and len(content_stems(answer[: acts.start()])) < 3:
            found.append(capitalise(last))
    # "Avoiding dual relationships such as business partnerships with the people they serve":
    # examples after "such as" can go, the phrase they illustrate still says it (English); so can
    # the members "including" picks out of what was named, closing the answer ("the main things
    # the person has said, including their reasons for change").
    examples = rx.sub(
        # (a series of examples closing the answer goes whole: "such as work, parenting,
        # hobbies or faith")
        r",?\s+such as\s+[^,;:]+(?:,\s+[^,;:]+)+,?\s+(?:or|and)\s+[^,;:]+$|"
        r",?\s+such as\s+[^,]+?(?=\s+(?:with|to|for|from|in|at|on)\b|,|$)|,\s+including\s+[^,]+$",
        "",
        answer,
        count=1,
    )
    if examples != answer and len(examples.split()) >= 3:
        found.append(examples.strip(" ,"))
    purpose = rx.match(r"^to\s", answer, re.I) or is_instruction(answer.split())
    if purpose:
        # "To identify triggers and warning signs and decide ahead of time ...": the first of two
        # coordinated verb phrases ("and" before a word that can only be a verb) still answers.
        # ("Explore X and then help Y": an instruction's verbs likewise)
        # ("To use their own supports and to tell ...": the infinitive's "to" may be said again)
        for joined in rx.finditer(r",?\s+and\s+(?:then\s+|to\s+)?(?P<v>[a-z]+)\b", answer):
            verb_only = set(lemmas_of(joined.group("v"))) == {"VERB"}
            # (a word that is a noun too is a verb when an object follows it, in an instruction
            # whose first member is one: "Talk about the ending and review the progress")
            after = answer[joined.end() :].split()[:1]
            verb_only = verb_only or (
                is_instruction(answer.split())
                and bool(after)
                and after[0].lower() in _OBJECT_OPENERS
                and "VERB" in lemmas_of(joined.group("v"))
            )
            # (after "and then" a word that can be a verb is one: "and then help them")
            then = joined.group(0).rstrip().endswith(f"then {joined.group('v')}")
            if (verb_only or then) and is_verb(joined.group("v")):
                if len(answer[: joined.start()].split()) >= 4:
                    found.append(_two_closed(answer[: joined.start()], is_verb))
                break
        # "Decline, explain that ..., document what occurred": instructions in a series joined
        # by commas alone (the series' "and" already cut, or never written; ", then plan ..."
        # orders them); the first members still answer, the last of them joined by "and"
        # (English: coordinated imperatives, each an act of its own).
        members = [
            comma
            for comma in rx.finditer(r",\s+(?:then\s+)?(?P<v>[a-z]+)\s+(?P<n>\S+)", answer)
            if is_verb(comma.group("v"))
            and comma.group("v") in lemmas_of(comma.group("v")).get("VERB", ())
            and comma.group("n").lower().strip(",") not in ("is", "are", "was", "were", "and")
        ]
        for comma in reversed(members):
            if len(answer[: comma.start()].split()) >= 4:
                found.append(_two_closed(answer[: comma.start()], is_verb))
    enabled = rx.match(
        r"^to\s+(?:let|allow|enable)\s+(?:a person|people|someone|the person|them|users?)\s+"
        r"(?:to\s+)?(?P<v>[a-z]+)\b",
        answer,
        re.I,
    )
    if enabled and is_verb(enabled.group("v")) and len(answer[enabled.start("v") :].split()) >= 3:
        # "To let a person check whether ...": what a thing lets its user do is what it is for;
        # the act said alone is the same purpose ("To check whether ...") (English: a
        # causative of permission adds no act of its own), and its own shorter wordings with it.
        alone = f"{answer[:2]} {answer[enabled.start('v') :]}"
        found += [alone, *shorter(alone)]
    findings = rx.search(r",?\s+and that\s", answer)
    if findings and finite_verb(answer[: findings.start()].split()) > 0:
        # "ACEs are common and that the more ..., the higher the risk" (what a study found, two
        # content clauses): the first still states a finding (English: coordinated clauses).
        found.append(answer[: findings.start()])
    last_or = rx.search(r",\s+or\s+[^,]+$", answer)
    if last_or and len(answer[: last_or.start()].split()) >= 5:
        # "... in crisis or distress, or worried about someone": the last of a series of
        # alternatives set off by a comma can go; what is left still holds (English: "or").
        kept = answer[: last_or.start()]
        member = rx.search(r",\s+(?P<m>[^,]+)$", kept)
        gone = answer[last_or.start() :].split()[2:3]
        if (
            member
            and gone
            and member.group("m").split()[0].lower() == gone[0].lower()
            and len(member.group("m").split()) <= 4
        ):
            # "... has no choice, no explanation, or no way to leave": the last alternative of a
            # series of three goes, and the two left take the series' "or" ("no choice or no
            # explanation"); members joined by a comma alone read as a list cut short (English:
            # coordination marks its last member).
            kept = f"{kept[: member.start()]} or {member.group('m')}"
        found.append(kept)
    colon = answer.find(": ")
    if 0 < colon < answer.find(",") and len(answer[:colon].split()) >= 3:
        # "Any time a person is struggling: thinking about suicide, ..., or ...": the clause the
        # colon's series specifies still holds alone; a cut inside the series would keep one of
        # its members as if it were all (English: the colon specifies what precedes it).
        found.append(answer[:colon])
    elif "," in answer:
        head = answer.split(",", 1)[0]
        last = head.split()[-1].lower().strip("'\"") if head.split() else ""
        # Cut only after a noun: "structured, step-by-step path" is one phrase, not two.
        after = answer.split(",", 1)[1].split()
        # ("a small, specific goal": coordinate adjectives, an adjective after the comma)
        series = "ADJ" in lemmas_of(last) and bool(after) and "ADJ" in lemmas_of(after[0])
        # ("a family, work or money crisis": modifiers in a series, "family" heads nothing)
        # ("an advocacy organization, recovery community organization or coalition": the
        # series runs on past the comma to its "or", its members of up to four words)
        series = series or bool(
            after
            and {"NOUN", "ADJ"} & set(lemmas_of(after[0].lower()))
            and after[0].lower() not in STOPWORDS
            and rx.match(
                r"(?:[a-z'-]+ ){0,3}[a-z'-]+,? (?:or|and) ", answer.split(",", 1)[1].strip()
            )
        )
        # ("Learning whether an advocacy organization, ...": a clause opened before the comma
        # has no verb yet; a cut there leaves it without one, English: a clause needs its verb)
        opened = rx.search(
            r"\b(?:whether|because|although|unless|until|(?:by|in|through|under|for|with|from)"
            r" (?:which|whom))\s(?P<c>.*)$",
            head,
        )
        series = series or bool(opened and finite_verb(opened.group("c").split()) < 0)
        # ("If the person wants an agent, talk ...": a fronted subordinate clause is only the
        # circumstance of the claim that follows its comma; English: the adverbial clause)
        fronted = rx.match(
            r"^(?:if|when|whenever|once|while|because|although|though|after|before|unless|as|since)\b",
            head,
            re.I,
        )
        # ("The original study, run by ..., asked about ten kinds of adversity": the clause's
        # verb comes after the comma, so the head is its subject alone, no claim; English: a
        # subject set off by a parenthetical)
        subject_only = finite_verb(head.split()) < 0 and any(
            _verb_only(part) for part in rx.split(r",\s+", answer)[2:]
        )
        if (
            len(head.split()) >= 3
            and "NOUN" in lemmas_of(last)
            and not series
            and not fronted
            and not subject_only
        ):
            found.append(head.strip())
    # (each wording once: two cuts may arrive at one; none cut inside a quotation, whose marks
    # then no longer pair: 'such as "yes' misquotes)
    return [
        f
        for at, f in enumerate(found)
        if f != answer
        and f not in found[:at]
        and f.count('"') % 2 == 0
        and f.count("\u201c") == f.count("\u201d")
        and not _object_shared_later(f, answer)
        and not _adjective_cut(f, answer)
    ]


def _adjective_cut(cut: str, answer: str) -> bool:
    """Whether `cut` stops on an adjective before the comma of coordinate adjectives ("is a
    universal" of "is a universal, organization-wide way of working"): the noun they modify is
    cut off (English: coordinate adjectives precede their noun)."""
    words = cut.split()
    if not answer.startswith(cut) or not answer[len(cut) :].startswith(", ") or len(words) < 2:
        return False
    if "ADJ" not in lemmas_of(words[-1].lower()):
        return False
    if words[-2].lower() in ("a", "an", "the"):
        return True
    # ("... people positive" of "positive, non-confrontational ways"): another adjective after
    # the comma, the noun still to come
    following = answer[len(cut) + 2 :].split()[:1]
    return bool(following) and (
        rx.fullmatch(r"[a-z]+(?:-[a-z]+)+", following[0]) is not None
        or set(lemmas_of(following[0].lower())) == {"ADJ"}
    )


# Heads that a restrictive clause identifies: "people who ...", "those that ...".
_LIGHT_HEADS = frozenset(
    ["people", "those", "someone", "somebody", "anyone", "anybody", "one", "ones", "things"]
)


def _object_shared_later(cut: str, answer: str) -> bool:
    """Whether `cut` ends on a gerund after its preposition whose object comes later, shared
    with the gerunds coordinated after it ("... after doing" of "after doing, failing to
    prevent or witnessing acts that ..."; English: coordinated verbs share one object)."""
    ending = rx.search(
        r"\b(?P<p>after|before|by|from|without|for|of|in|on|about)\s+(?P<g>[a-z]+ing)$", cut
    )
    if not answer.startswith(cut) or not ending:
        return False
    if ending.group("p") == "in" and "NOUN" in lemmas_of(ending.group("g")):
        return False  # ("put ... in writing": a noun after "in", an idiom of manner, no act)
    following = rx.match(
        r"^(?:,\s+(?:or\s+|and\s+)?|\s+(?:or|and)\s+)(?P<g>[a-z]+)", answer[len(cut) :]
    )
    # (the next member another gerund: "after doing, failing to prevent or witnessing ...")
    return bool(following and is_gerund(following.group("g")))


def _verb_only(phrase: str) -> bool:
    """Whether a phrase opens on a word that can only be a verb, not a gerund, and goes on to its
    complement ("asked about ten kinds of adversity"); not a member of a series ("observed or
    planned")."""
    words = phrase.split()
    first = words[0].lower().strip(",.") if words else ""
    series = any(w.lower() in ("or", "and") for w in words[1:3])
    return (
        set(lemmas_of(first)) == {"VERB"}
        and not is_gerund(first)
        and len(words) >= 3
        and not series
    )


def _verb_in_s(word: str) -> bool:
    """Whether `word` is a verb in "-s" ("orders"), not its base form nor only a plural noun."""
    verbs = lemmas_of(word.lower()).get("VERB", ())
    return bool(verbs) and word.lower() not in verbs


def _two_closed(text: str, member: Callable[[str], bool]) -> str:
    """A series cut before its last member ("Thanking them, declining it[, and letting ...]"),
    its new last member joined by "and" (English: a series of two takes "and", not a comma)."""
    commas = list(rx.finditer(r",\s+(?P<w>[a-z]+)\b", text))
    last = commas[-1] if commas else None
    if last is None or not member(last.group("w")):
        return text
    return f"{text[: last.start()]} and {text[last.start('w') :]}"


def _plural(subject: str) -> bool:
    last = subject.split()[-1].lower()
    return last.endswith("s") and not last.endswith(("ss", "us", "is"))
