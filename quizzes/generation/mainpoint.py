"""The lesson's main point: taken from the front matter, or inferred from the cues of explanatory writing.

Candidates, each with the evidence that found it (rules of English discourse, not phrases of one
article):

- the article's own question (a title that is a wh-question or ends in ":", the key question, a
  wh-question in the body, but not one someone is said to ask) and the sentence that answers it
  (the next one; for a question asking for a circumstance, the first sentence stating a
  condition; after a shell noun, "The key difference is what ...", the sentence filling it; after
  a short clause and a colon, "Follow the rules: report ...", the specification);
- a definition of the lesson's concept ("X is a ...", "X means ...", "X refers to ...", "X happens
  when ..."; not "X does not mean", nor "X is one of the oldest ..."); the summary's opening
  definition of any term, whatever the title;
- an explicit cue ("in short", "the key idea", "the bottom line", "put simply", "the answer is",
  "best practice is", "able to state that"..., listed in vocabulary.yaml);
- the summary's first sentence, the conclusion's first sentence, the items of a "Key points" list,
  the first sentence under a heading that is itself a cue ("The bottom line") or sums up
  ("Summary", "In brief", "Review").

Nothing under a heading of contrast ("Myths", "Common mistakes") is a candidate: it is what the
article rules out.

A candidate scores its cue's weight plus its agreement with the others (the main point is said more
than once, by other sentences or by a second cue on the same one) and its overlap with the title. The
confidence is the reliability of the strongest evidence agreeing with the best candidate (a cue in
words above the answer to the article's own question and a definition, these above the summary or
the conclusion), raised a little by its score.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from . import rx
from .forms import (
    OBJECT_OPENERS,
    is_instruction,
    is_verb,
    time_clauses_present,
)
from .lesson import ReadLesson, Sentence, is_contrast_heading
from .types import MainPoint
from .vocabulary import alternation, any_of, vocabulary, word_list
from .words import (
    content_stems,
    jaccard,
    lemmas_of,
    names_someone,
    plain,
    recall,
    story_names,
)

REVIEW_THRESHOLD = 0.55

__all__ = ["REVIEW_THRESHOLD", "Candidate", "MainPoint", "candidates", "infer", "main_point"]


@dataclass(frozen=True)
class Candidate:
    text: str
    sentence_id: str
    cue: str
    score: float


_V = vocabulary()
# A wh-question (English): what a lesson asks, it answers.
_WH = re.compile(
    # A question opening the title, a clause, or a sentence after a scene ("A person says,
    # "..." Which stage of change is this person in?").
    r"(?:^|[,;:]\s*|[.!?][\"\u201d]?\s+)(?:so,?\s+)?(?:what|which|who|why|how|when|where)\b|"
    r"\b(?:under|in|for) (?:which|what)\b",
    re.I,
)
# Discourse frames at the front of an answer clause (vocabulary.yaml), stripped repeatedly.
# Not the first half of a contraction: "That's a pattern" keeps its subject (English: "'s" is the
# verb of the word before it).
_FRAME = re.compile(rf"^(?:{alternation(_V.frames)})\b(?!['\u2019])[,:]?\s*", re.I)
# A cue phrase, or a judged response (vocabulary.yaml): "the most helpful first step is (usually)
# to X", "the best response when someone asks for Y is to X", "the best support for a parent in Y
# is X" (whom it is for, after "for").
_CUE = re.compile(
    # ("they deserve a clear answer: X": the noun "answer" right before a colon announces the
    # answer the colon delivers; English, a colon introduces what the word before it names)
    r"\b(?:an?|the)\s+(?:[a-z]+\s+)?answer(?=\s*:)|"
    rf"{any_of(_V.main_point_cues).pattern}|\bthe\s+(?:{alternation(word_list('response_judgements'))})"
    rf"\s+(?:{alternation(word_list('response_nouns'))}|way to [a-z]+(?:\s+[a-z]+){{0,5}}?)"
    r"(?:\s+(?:when|if|for)\s[^,.;:]{3,80}?)?"
    r"\s+(?:is|would be)(?:\s+(?:usually|always|often|generally|simply))?\b",
    re.I,
)
# The judged response alone ("the helpful response is to X"), and a title naming an occasion
# ("When the Story Starts Spilling Out", "What to Do When Family Calls"): the article's point is
# then the response it judges best (English: a "when" clause standing as a title names the
# situation the text answers for).
_RESPONSE_JUDGED = re.compile(
    rf"\bthe\s+(?:{alternation(word_list('response_judgements'))})"
    rf"\s+(?:{alternation(word_list('response_nouns'))})\b",
    re.I,
)
_OCCASION_TITLE = re.compile(r"(?:^|:\s*)when\s|\b(?:what to do|how to respond)\s+when\s", re.I)
# A definition (English): "X means ...", "X refers to ...", "X is defined as ...", or genus and
# difference, "X is a/an/the Y ..." (a copula followed by an adjective is a description, not a
# definition); "... describes/defines X as Y".
_DEFINITION = re.compile(
    # "X does not mean Y" denies a reading; it defines nothing (English negation).
    r"^(?:in [^,]{3,40},\s+)?(?P<x>[A-Za-z\"'][^,;:]{1,60}?)(?<!\bnot)(?<!n't)\s+"
    r"(?:(?:is|are) defined as|refers? to|means?|(?:happens|occurs|is|are) when|works? on|"
    r"(?:is|are)(?= (?:a|an|the|one|two|any|[a-z]+ or more)\b))\s+"
    # "X is one of the oldest/most useful Y" ranks X among others (English: a superlative
    # partitive evaluates), it does not say what X is.
    r"(?P<y>(?!not\b)(?!one of the (?:most|least|best|first|\w+est)\b).+)$",
    re.I,
)
# "Marcus handled this by putting ...", "Lena met the moment by asking ...": a person's act named
# by its means.
_HANDLED_BY = re.compile(
    r"^(?P<n>[A-Z][a-z]+)\s+(?:handled|met|answered|addressed|approached|managed|dealt\s+with|"
    r"responded\s+to|navigated)\s+(?:this|it|that|the\s+(?:same\s+)?\w+)\s+by\s+"
    r"(?P<g>[a-z]+ing\b.+)$"
)
# "this post", "this article": the text itself, named by the writer.
_WHOLE_TEXT = re.compile(
    r"\bth(?:is|e) (?:post|article|piece|guide|chapter|lesson|page|entry|blog)\b", re.I
)
# A clause of saying closed by a colon: "Salzer put it plainly:", "SAMHSA defines it this way:"
# (its content in the writer's words, lowercase; a quotation after it is someone's speech).
_REPORTED = re.compile(
    r"^[^:;]{3,120}?\b(?:puts?|say|says|said|defines?|defined|describes?|described|sums? up|"
    r"summed up|writes?|wrote|explains?|explained)\b[^:;]{0,30}:\s+(?=(?-i:[a-z]))",
    re.I,
)
# A heading that says a definition follows: "Definition", "What the term actually means".
_MEANING_HEADING = re.compile(
    r"\bdefinitions?\b|\bmeaning\b|^what (?:\w+ ){1,3}(?:means?|is|are)$", re.I
)
# The verbs that only define ("X means Y", "X happens when Y", "X is a Y"): "X is the whole reason
# ..." evaluates, and "Theo is a peer specialist" names a case's person (checked apart).
_DEFINING_VERB = re.compile(
    r"\b(?:is defined as|refers? to|means|(?:happens|occurs|is|are) when|is an?)\b", re.I
)
_GLOSSED = re.compile(r"^(?P<x>[A-Z][\w'-]*(?: [\w'-]+){0,3}):\s+(?P<y>[a-z].{12,})$")
_DESCRIBED_AS = re.compile(
    r"\b(?:describes|defines|sees|treats) (?P<x>[a-z][\w -]{1,40}?) as (?P<y>.+)$", re.I
)
# A denial of a misreading ("X does not mean Y", "X is not about Y") presupposes X is the subject.
_DENIED_MISREADING = re.compile(
    r"^(?P<x>[A-Z][^,;:]{3,60}?) (?:does not|doesn't|is not|isn't) (?:mean|about)\b", re.I
)


# "The key difference is what the relationship is built on.": a shell noun whose content is a bare
# wh-clause restates the question; the next sentence fills the shell (English: cataphora).
_SHELL = re.compile(
    rf"^(?:the|one|a|an|our|my|here's the)\s+(?:\w+\s+)?(?:{alternation(word_list('shell_nouns'))})"
    r"\s+(?:here\s+)?(?:is|was|lies in)\s+(?:what|how|why|where|who|whether|when)\b[^:;]*$",
    re.I,
)
# "The difference is a dual relationship.", "The difference shows up afterward.": a short sentence
# whose subject is a shell noun names the topic the paragraph goes on to state (English: a topic
# sentence), it states too little to be the point.
_SHORT_SHELL = re.compile(
    rf"^the\s+(?:\w+\s+)?(?:{alternation(word_list('shell_nouns'))})\s+(?:\S+\s*){{1,4}}$", re.I
)
# "The thing to remember ...", "One key idea ...": a shell noun as the sentence's subject.
_SHELL_SUBJECT = re.compile(
    rf"^(?:the|one|our|my)\s+(?:\w+\s+)?(?:{alternation(word_list('shell_nouns'))})\b", re.I
)
# A question someone is said to ask ("a peer specialist asks two questions: why is this being
# shared?") is reported speech, not the article's own question (English).
_REPORTED_QUESTION = re.compile(
    r"\b(?:asks?|asked|asking|wonders?|wondered|questions?)\b[^:?]{0,40}:\s*"
    r"(?:what|which|who|why|how|when|where)\b",
    re.I,
)
# A rhetorical question, asked to imply its answer, not to be answered next: "why" before a bare
# verb, no subject ("If the expert says it's pointless, why bother?", "Why wait?"), or "so what?"
# (English: such questions assert; the bare-infinitive "why" question says there is no reason).
_RHETORICAL = re.compile(
    r"(?:^|[.,;:]\s+)(?:why\s+(?:not\s+)?(?!is\b|are\b|do\b|does\b|did\b|was\b|were\b|"
    r"should\b|would\b|can\b|could\b|will\b|not\b)[a-z]+|so\s+what)\?$",
    re.I,
)
# "Follow the reporting rules: report X to Y and tell Z": a short clause before a colon is a
# heading of what follows; the colon's specification says what exactly to do (English).
_SPECIFIED = re.compile(r"^(?P<h>[^:]{3,60}):\s+(?P<x>[a-z][^:]{20,})$")
# "This is the point most often tested.", "That's the key.": a demonstrative with a shell noun
# points back at the sentence before it (English: anaphora).
_POINTS_BACK = re.compile(
    rf"^(?:this|that)(?:'s|\u2019s| is)\s+(?:the|a)\s+(?:\w+\s+)?"
    rf"(?:{alternation(word_list('shell_nouns'))})\b(?!\s+(?:of|between|in|for|with)\b)",
    re.I,
)
# "..., the answer is no.": a cue delivering only yes or no.
_POLAR_ANSWER = re.compile(
    r"\bthe (?:short |simple |honest |real )?answer is (?:usually |generally |almost always )?"
    r"(?P<a>yes|no)[.!]?$",
    re.I,
)
_EXISTENTIAL = re.compile(r"^there(?:'s|\u2019s| is| are| was| were| comes| came)\b", re.I)
_CUE_HEADING = any_of(word_list("cue_headings"))
_SUMMARY_HEADING = any_of(word_list("summary_headings"))


# "The purpose is narrow and useful.", "The answer is simple.": a shell noun (or one naming what
# a thing is for) judged by adjectives alone, which the next sentence goes on to state (English:
# cataphora across a sentence boundary).
_JUDGED_SHELL = re.compile(
    rf"^the\s+(?:\w+\s+)?(?:{alternation(word_list('shell_nouns') + word_list('purpose_nouns'))})"
    r"\s+(?:is|was)\s+(?:(?:very|quite|really|pretty|actually)\s+)?"
    r"(?P<a>[a-z]+(?:(?:,\s+|,?\s+and\s+)[a-z]+)?)\.?$",
    re.I,
)


def _judged_shell(text: str) -> bool:
    judged = _JUDGED_SHELL.match(strip_frames(text))
    return bool(judged) and all(
        "ADJ" in lemmas_of(w) for w in rx.split(r",\s+|,?\s+and\s+", judged.group("a"))
    )


def _fills_shell(read: ReadLesson, sentence: Sentence) -> Sentence | None:
    """The sentence after a shell-noun sentence ("The key difference is what ...", "The purpose
    is narrow and useful."), in its paragraph."""
    if not (_SHELL.match(strip_frames(sentence.plain)) or _judged_shell(sentence.plain)):
        return None
    following = read.next_any(sentence)
    if following is None or following.paragraph != sentence.paragraph:
        return None
    return following


# A question asking the difference between two things ("What is the difference between A and
# B?"), or asking it by its verb ("What distinguishes A from B?", "How does A differ from B?").
DIFFERENCE_STEM = re.compile(
    r"\bdifferen(?:ce|ces|t) (?:between|from) (?P<a>[^?]+?) and (?P<b>[^?]+?)\?|"
    # "What distinguishes A from B?", "How does A differ from B?": a difference asked by its
    # verb
    r"\b(?:distinguishes|separates|sets apart) (?P<c>[^?]+?) from (?P<d>[^?]+?)\?|"
    r"\b(?:does|do|did) (?P<e>[^?]+?) differ from (?P<f>[^?]+?)\?",
    re.I,
)
# Clause boundaries where a long answer can be cut without losing its claim (English).
_CUT = re.compile(
    # ", so that" opens a purpose clause, part of the claim ("introduces X, so that Y").
    r";|\s\u2014\s|\s-\s|, (?:and|but|so(?! that\b)|while|which|whereas) (?=[a-z]+ )|"
    r", (?:how|why|what|when|where) (?=[a-z]+ )|"  # a list of topics an article announces
    r", (?:that is|i\.e\.|in other words),"  # a restatement follows (English apposition)
    r"|"
    r": (?=[a-z])"  # an elaboration after a colon ("the ability to cope: to take a hit ...")
)
# The reader or the role as the subject of a clause ("you respond warmly", "the peer specialist
# checks ...").
_ADDRESSED_CONSEQUENCE = re.compile(
    rf"^(?:you|(?:the |a )?(?:{alternation(_V.role_words)})s?)\s+(?:[a-z]+ly\s+)?[a-z]+\b", re.I
)
# What "P, so" makes possible: "the amount they used to take can now stop their breathing", "the
# person can deliver it with confidence" (English: "so S can/could/will V" states the result or
# purpose P exists for, the half of the claim that says why P matters; a plain consequence for
# others, "so many agencies keep a policy", is a side remark).
_ENABLED = re.compile(
    r"^(?:that\s+)?(?:[\w'\u2019-]+\s+){1,8}?(?:can|could|will|would)\s+(?!not\b)"
)
# Quoted text at the start of an answer ("The answer is "X."") is the answer itself.
# A sentence opening with what someone says ('"I'm here," she said.'); a quoted word modifying
# the noun after it ('"Why" questions tend to ...') is a mention, the sentence's subject, no
# quotation of speech (English: a quotation used attributively, no punctuation closing it).
_QUOTED = re.compile(
    r"^[\"\u201c](?P<q>[^\"\u201d]{3,200})[\"\u201d](?!\s+[a-z])|"
    r"^[\"\u201c](?P<p>[^\"\u201d]{2,199}[,.!?])[\"\u201d]"
)

# A view reported as someone else's: "Some people assume ...", "Others think ...", "Many
# trainees believe ..." (English: attribution; the writer does not claim it).
ATTRIBUTED_VIEW = re.compile(
    r"^(?:(?:some|many|other|most)\s+(?:\w+\s+){0,2}?(?:people|staff|providers|workers|helpers|"
    r"families|folks|clinicians|professionals|trainees|students|candidates|test-takers)|some|others|"
    r"you may hear|you'll hear|people)\s+"
    r"(?:still\s+|often\s+|sometimes\s+)?(?:say|think|believe|assume|figure|claim|argue|insist|"
    r"suppose|imagine)\b|"
    # "It is tempting to say X", "It's easy to assume X": a view conceded to a speaker the
    # sentence imagines, not the writer's claim (English: the extraposed infinitive of saying)
    r"^(?:but\s+)?(?:it|that)(?:'s|\s+is|\s+can\s+be|\s+may\s+be|\s+might\s+be)\s+(?:\w+\s+)?"
    r"(?:tempting|easy|natural|common)\s+to\s+(?:say|think|believe|assume|conclude|imagine|"
    r"suppose|claim)\b",
    re.I,
)

# "For a peer specialist, ...", "For peer specialists, ...": a fronted frame naming the role.
_FOR_THE_ROLE = re.compile(r"^for (?:a |the )?peer (?:specialist|supporter|worker)s?,\s", re.I)
# "So when ..., ..." / "So if ..., ...": a conclusion drawn as a rule for an occasion.
_DRAWN_RULE = re.compile(r"^so,?\s+(?:when|whenever|if)\s[^,]{3,160},\s+\S", re.I)

WEIGHTS = {
    "title question": 4.0,
    "key question": 4.0,
    "explicit cue": 3.0,
    # "Here's the thing: X" announces a point, often a passing one: below a named cue.
    "forward": 2.4,
    "definition": 2.5,
    "body question": 2.0,
    "summary": 1.8,
    "announcement": 2.0,
    "conclusion": 1.3,
    "summing up": 1.8,
    "key points": 1.0,
    "generic rule": 2.2,
}
# For the confidence: the answer to the article's own question is found by position (the first
# sentence that answers it), so it is as sure as a definition, and less sure than a cue in words
# ("The key idea is ..."), which states the point on purpose (see `infer`). Measured over the 135
# development articles, the inferred point was right under a cue in words 27 times in 32, under
# a title question 19 in 30; on the 60 articles never read, 10 in 17 and 7 in 15.
_RELIABILITY = {"title question": 2.5, "key question": 2.5}


# A sentence announcing what its colon delivers ("Here's the rule ...: X", "Here's what I want
# you to take from this: X", "The lesson ... is this: X", "The answer is simple: X").
_POINTS_FORWARD = re.compile(
    # ("The principle is simple, even if the moment feels awkward: X": an aside may follow)
    r"^(?:here(?:'s| is)\b[^:]{0,80}|[^:]{3,80}\bis (?:this|simple|clear|straightforward)"
    r"(?:,\s+(?:even\s+)?(?:if|though|when|whatever)\b[^:]{3,60})?|"
    r"[^:]{3,100}\b(?:mean|means|meant) (?:something|one thing|this)\b[^:]{0,20}|"
    # "the first move is usually the simplest one: X", "What she did is what peers do: X": a
    # superlative, an ordinal or a fused relative as predicate, specified after the colon.
    r"[^:]{3,100}\b(?:is|are|was)\s+(?:usually |often |simply )?"
    r"(?:the (?:\w+est|first|most \w+|best|key|main|real)\b(?: [\w-]+){0,3}|what\b[^:]{3,60}))"
    r":\s+(?P<x>.+)$",
    re.I,
)


# A frame of circumstance opening a sentence ("When a person defends a behavior, ...", "For an
# everyday disagreement between colleagues, though, ...").
_CIRCUMSTANCE = re.compile(
    r"^(?:when|whenever|if|once|with|for|without)\b[^,]{3,120},\s+(?:though,\s+)?(?P<x>.+)$", re.I
)
_ROLE_SUBJECT = re.compile(
    rf"^(?:a|the)\s+(?:{alternation(_V.role_words)})\s+(?:still\s+|also\s+|first\s+)?"
    # ("..., a peer specialist should decline ...": a norm said with its modal)
    r"(?P<v>[a-z]+s|should|must)\b",
    re.I,
)
_FIRST_MOVE = re.compile(
    # (or a deontic shell noun: "the expectation is to report it", English: what is expected
    # of whoever is in the circumstance)
    r"^the (?:(?:first|best|right) (?:job|step|move|thing|task|response)|expectation|obligation|"
    r"standard practice) is\b",
    re.I,
)


# "Physical touch from a peer specialist is appropriate only when the person has agreed ...": a
# norm restricted to a condition, which says when the act is right (English: "only when" makes
# the condition necessary; the evaluative predicate states the norm).
_CONDITIONED_NORM = re.compile(
    r"^(?!(?:it|this|that|they|these|those)\b)[A-Z][^,;:]{3,80}?\s+(?:is|are)\s+(?:only\s+)?"
    r"(?:appropriate|acceptable|okay|ok|allowed|permitted|justified|warranted|right|ethical)\s+"
    r"only\s+(?:when|if)\b",
    re.I,
)


# "The best response to anger at the agency has two parts.": an evaluated act announced with the
# number of its parts, which the sentences after it give in order ("First, ... Second, ...").
_PARTS_ANNOUNCED = re.compile(
    r"^(?:the|a|an)\s+(?:best|right|ideal|most\s+\w+|recommended|good|effective|healthy)\s+"
    r"(?:response|approach|answer|reply|way|move|strategy|plan|conversation)\b[^.;:]{0,80}?\s+"
    r"(?:has|had|comes\s+in|takes|involves)\s+(?P<n>two|three|four)\s+"
    r"(?:parts|steps|pieces|moves|stages)\.?$",
    re.I,
)
_ORDINAL_OPENER = re.compile(
    r"^(?:first|second|third|fourth|then|next|finally|last|lastly)(?:ly)?,?\s+(?P<x>.+?)[.!]?$",
    re.I,
)


def _announced_parts(read: ReadLesson, sentence: Sentence) -> str:
    """The act a sentence announces by its number of parts, the parts said in one sentence ("First,
    acknowledge the frustration .... Second, turn toward what the person needs ..." -> "Acknowledge
    the frustration ..., and turn toward ..."); "" when the sentences after it are not that many
    instructions, each opened by an ordinal. English discourse: a count announces an enumeration,
    and ordinal adverbs mark its members."""
    announced = _PARTS_ANNOUNCED.match(sentence.plain.strip())
    if announced is None:
        return ""
    parts: list[str] = []
    after: Sentence | None = sentence
    for _ in range(("two", "three", "four").index(announced.group("n").lower()) + 2):
        after = read.following(after) if after is not None else None
        member = _ORDINAL_OPENER.match(after.plain.strip()) if after is not None else None
        words = member.group("x").split() if member else []
        # (the first part an instruction; the parts after it alike in form, a verb's base form
        # first, "turn toward ...", a word that is also a noun: English, enumerated members of
        # one act are coordinate, like with like)
        if not words or not (is_instruction(words) if not parts else is_verb(words[0])):
            return ""
        parts.append(member.group("x"))
    first, *rest = parts
    said = ", ".join([first[:1].upper() + first[1:], *rest[:-1]])
    return f"{said}, and {rest[-1]}"


def _generic_rule(sentence: Sentence) -> str:
    """The rule a case is told to teach: what a peer specialist does in a circumstance, said in the
    generic present ("When a person defends a behavior, a peer specialist reflects their view
    ...", "When a relationship is coming to a close, talk about the ending ahead of time ..."),
    the whole sentence; "" for any other. English: a generic sentence after a narrative states
    its moral; the frame says when, the main clause what to do. An instruction counts only in
    the conclusion (a manual's body is made of them), and none addressed to the reader ("If
    you ..., please call ...") or about the exam ("When an exam asks ..., choose ...")."""
    text = sentence.plain.strip()
    if _CONDITIONED_NORM.match(text) and not (_ADDRESSED.search(text) or _META.search(text)):
        return text
    framed = _CIRCUMSTANCE.match(text)
    if framed is None or _ADDRESSED.search(text) or _META.search(text):
        return ""
    rest = framed.group("x")
    role = _ROLE_SUBJECT.match(rest)
    verb_s = bool(role) and (
        role.group("v").lower() in ("should", "must")
        or "VERB" in lemmas_of(role.group("v").lower())
    )
    instruction = sentence.role == "conclusion" and is_instruction(rest.split())
    return text if verb_s or _FIRST_MOVE.match(rest) or instruction else ""


_ADDRESSED = re.compile(r"\b(?:you|your|please)\b", re.I)
_META = re.compile(rf"\b(?:{alternation(_V.meta_words)})\b", re.I)


# "Strip away the confusion and X ...": an imperative of reduction and its object (a few words),
# then "and" and the clause it frames (English: a conditional imperative).
_REDUCING = re.compile(
    rf"^(?:{alternation(word_list('reduction_imperatives'))})\s+(?:[\w'-]+\s+){{0,4}}?"
    # (the clause after "and" has a subject: "Strip the bed and wash the sheets" is two acts)
    r"(?:(?:down|away|aside|back)\s+)?and\s+(?=(?:the|a|an|this|that|these|those|it|its|it's|"
    r"they|their|what|all|every|each|most|some|you|your|we|our)\s)",
    re.I,
)


_ONE_WHERE = re.compile(
    r"^(?:so,?\s+)?the\s+(?:best\s+|right\s+|correct\s+)?(?:answer|example|choice|option|"
    r"response)\s+(?:to\s+(?:pick|choose|look\s+for)\s+)?is\s+the\s+one\s+(?:where|in\s+which)\s+"
    r"(?=[a-z])",
    re.I,
)


def strip_frames(text: str) -> str:
    """The claim without the discourse frames in front of it ("So, in short, it means X" -> "X")."""
    text = plain(text).strip()
    # "The example to pick is the one where a person notices ...": the answer picked out by a
    # clause of its own, which is the claim (the discourse of exam explainers).
    text = _ONE_WHERE.sub("", text, count=1)
    for _ in range(4):
        framed = _FRAME.match(text)
        if (
            framed
            and rx.fullmatch(r"it(?:'s|\u2019s|\s+is)", framed.group(0).strip(" ,:"), re.I)
            and _predicative(text[framed.end() :])
        ):
            # "it is regular and that you choose it": "it" is the subject an adjective is said
            # of, no frame (English: a predicative adjective), and the clause stays whole.
            break
        stripped = _REDUCING.sub("", _FRAME.sub("", text, count=1), count=1)
        if stripped == text:
            break
        text = stripped
    quoted = _QUOTED.match(text)
    if quoted:
        return (quoted.group("q") or quoted.group("p")).strip(" .,")
    return text


def _predicative(rest: str) -> bool:
    """Whether `rest` opens with an adjective and no noun follows it ("regular and ...",
    "important to ..."), not a noun phrase ("a plan", "the key", "trust")."""
    words = rest.split()
    if not words:
        return False
    first = words[0].lower().strip(",.")
    if "ADJ" not in lemmas_of(first):
        return False
    following = words[1].lower().strip(",.") if len(words) > 1 else ""
    return not following or "NOUN" not in lemmas_of(following)


def _inflected_verb(word: str) -> bool:
    """Whether `word` is a verb in "-s" ("rides"), not its base form."""
    lower = word.lower()
    verbs = lemmas_of(lower).get("VERB", ())
    return lower.endswith("s") and bool(verbs) and lower not in verbs


# A count of members announced ("the set of four attitudes that ...", "serves three functions"):
# the colon after it lists them, and the list is what the clause says (English: cataphora).
_COUNTED = re.compile(r"\b(?:two|three|four|five|six|seven|eight|nine|ten)\s+[a-z-]+s\b", re.I)


def compress(text: str, *, max_words: int = 28) -> str:
    """A claim cut at a clause boundary and stripped of frames, without its final full stop."""
    # "what is said in the group, and who attends, stays in the group": a phrase set off by two
    # commas before the clause's verb interrupts it, and goes whole (English: a parenthetical),
    # where cutting at its "and" would leave the clause without its verb.
    # ("a guided conversation, and the written record of it, that gathers ...": likewise before
    # the relative clause of the noun it adds to)
    # ("..., and rides it out as it builds, peaks and fades": a verb after "and" coordinates a
    # predicate, no parenthetical, and stays)
    text = rx.sub(
        r",\s+(?:and|or)\s+(?=[^,]{2,40},)(?P<w>[\w'-]+)[^,]*,\s+"
        r"(?=(?:[a-z]+s|can|will|must|should|may|that|which|who)\s)",
        lambda found: found.group(0) if _inflected_verb(found.group("w")) else " ",
        text,
    )
    # "Declining invitations kindly, while helping the person build other friendships, protects
    # ...": an adjunct clause set off by two commas before the clause's verb is part of the
    # claim; its commas go, so no cut falls inside it (English: a parenthetical adjunct).
    text = rx.sub(
        r",\s+(?P<a>(?:while|when|whenever|if|though|although|even as|as long as)\s+[^,]{2,70}),\s+"
        r"(?=(?:is|are|can|will|must|should|may|[a-z]+s)\s)",
        r" \g<a> ",
        text,
    )
    # "Here is the part to hold on to: X": a clause announcing what its colon delivers says
    # nothing itself; the claim is X (English: cataphora).
    ahead = _POINTS_FORWARD.match(text.strip())
    if ahead and len(ahead.group("x").split()) >= 4:
        text = ahead.group("x")
    text = strip_frames(text)
    if (handled := _HANDLED_BY.match(text.strip())) and names_someone(handled.group("n")):
        # "Marcus handled this by putting the prior relationship on the table with his supervisor
        # ...": what a person of the case did, named by its means, is the act the case teaches,
        # done by anyone in the role (English: "handle X by V-ing" says how X was handled).
        act = rx.sub(r"\b(?:his|her)\b", "their", handled.group("g"))
        # ("... before services began": a clause of time told in the story's past is set in the
        # present with the act, done at any time; English, the sequence of tenses follows the
        # gerund, which has none)
        act = time_clauses_present(act)
        text = act[:1].upper() + act[1:]
    # "Keeping your skills current, and completing the hours that keep the credential active, is
    # how ...": a second gerund subject set off by commas is coordinated with the first, whatever
    # its length; the subject is both, the clause's verb follows (English coordination).
    text = rx.sub(
        r"^(?P<a>[A-Z][a-z]+ing\b[^,]{2,80}),\s+(?P<c>and|or)\s+(?P<b>[a-z]+ing\b[^,]{2,100}),\s+"
        r"(?=(?:is|are|was|were|can|will|must|may|[a-z]+s)\s)",
        r"\g<a> \g<c> \g<b> ",
        text,
    )
    for cut in _CUT.finditer(text):
        before = text[: cut.start()]
        if before.count('"') % 2 or before.count("\u201c") > before.count("\u201d"):
            # ('the voice that says "I've blown it, so I might as well keep going"': a boundary
            # inside a quotation is the speaker's, not the claim's; the quotation goes whole
            # or not at all, English)
            continue
        if (
            cut.group(0).startswith(":")
            and (len(before.split()) <= 7 or _COUNTED.search(before))
            and len(text.split()) <= max_words
            # (a series, its last member after "and" or "or", with its comma or without)
            and rx.search(r",(?:[^,]*\s)?\s*(?:or|and)\s+", text[cut.end() :])
            # (a clause after the colon, "it goes beyond ...", elaborates, it lists nothing)
            and text[cut.end() :].split()[0].lower() not in _CLAUSE_SUBJECTS
        ):
            # "Any time a person is struggling: thinking about suicide, ..., or in distress": a
            # short general clause whose series after the colon says what it covers is one
            # claim (English: the colon specifies; the series is the content)
            break
        adverbial = rx.match(r"^(?P<a>[a-z]+(?:\s+[a-z]+)?),\s", text[cut.end() :])
        opens_clause = adverbial is not None and all(
            "ADV" in lemmas_of(w) for w in adverbial.group("a").split()
        )
        if (
            cut.group(0).startswith(", and")
            and rx.search(r",\s+[\w-]+(?:\s+[\w-]+)?$", before)
            and not opens_clause
        ):
            continue  # "brief, purposeful, and serves ...": the last member of a series
        if opens_clause and len(before.split()) >= 4:
            # "..., and very often, what they say next is ...": an adverbial set off by a comma
            # after "and" opens a clause of its own, no member of a series (English).
            text = before
            break
        if cut.group(0).startswith(", so") and (
            _ADDRESSED_CONSEQUENCE.match(text[cut.end() :]) or _ENABLED.match(text[cut.end() :])
        ):
            # "An invitation is a boundary decision, so you respond warmly, check ...": what the
            # reader or the role does in consequence is the practical point (English: "P, so Q"
            # draws Q from P; a lesson for practitioners teaches Q).
            continue
        if (
            cut.group(0).startswith(", and")
            and rx.match(r"^to\s+[a-z]+\b", text[cut.end() :])
            and rx.match(r"^to\s+[a-z]+\b", before)
            and is_verb(text[cut.end() :].split()[1])
        ):
            # "to respect the request ..., and to help arrange the change": a second infinitive
            # after "and" is coordinated with the first, and the act is both (English
            # coordination of infinitival complements).
            continue
        if cut.group(0).startswith(", and") and _closes_acts(before, text[cut.end() :]):
            continue  # "listen to X, point them to Y, and encourage Z": the series is the claim
        if cut.group(0).startswith(", and") and _closes_series(before, text[cut.end() :]):
            continue  # "keep texts brief, on agency devices, and about logistics"
        if cut.group(0).startswith(", and") and _closes_clauses(before, text[cut.end() :]):
            continue  # "only when the person agreed, policy allows it, and it serves them"
        if len(before.split()) >= 4:
            text = before
            if cut.group(0).startswith(", and"):
                text = _series_closed(text)
        break
    words = text.split()
    if len(words) > max_words:
        text = _cut_to(words, max_words)
        opened = max(text.rfind('"') if text.count('"') % 2 else -1, text.rfind("\u201c"))
        if opened > text.rfind("\u201d") and "," in text[:opened]:
            # (a cut inside a quotation leaves it open: the claim ends before the phrase that
            # brings the quotation in, at its comma, 'a single slip, the voice that says "...')
            head = text[: text.rfind(",", 0, opened)]
            if len(head.split()) >= 4:
                text = head
    text = text.strip(" .!:,'")
    if text.count('"') % 2:
        # (a quotation mark left alone by the cut goes; a quoted word keeps both of its own:
        # '"why" questions tend to ...')
        text = text.strip('"').strip(" .!:,'")
    return text


# Determiners that open a noun phrase.
_DETERMINERS = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "our", "my", "your", "each", "every"]
)
# Words that open a clause of its own after "and" (a subject): "..., and it takes time".
_CLAUSE_SUBJECTS = _DETERMINERS | frozenset(
    ["it", "they", "he", "she", "we", "you", "i", "there", "this", "that", "these", "those"]
)


def _closes_series(before: str, after: str) -> bool:
    """Whether ", and" closes a series of three members or more ("brief, on agency devices, and
    about logistics"; "listen closely, ask open questions, and reflect feelings"): a comma before
    it in the same clause, and no subject after it (English: the serial comma; "A, B, and it
    takes time" would join a clause)."""
    words = [w.lower().strip(",.") for w in after.split()]
    # ("..., and hope matters": a noun, then a verb in "-s" that is no noun's plural, is a clause)
    clause = len(words) >= 2 and any(
        w.endswith("s") and set(lemmas_of(w)) == {"VERB"} for w in words[1:3]
    )
    # ("the event, the experience of the event, and the effects": a determiner after "and" opens
    # a noun phrase; with no verb after it to the end, that phrase is the series' last member, no
    # clause's subject; English, a clause needs its verb)
    noun_phrase = (
        bool(words)
        and words[0] in _DETERMINERS
        and len(words) <= 6
        and not any(
            w in _AUXILIARIES
            or set(lemmas_of(w)) == {"VERB"}
            # ("the person leads it": a verb's "-s" or "-ed" after a noun)
            or (
                rx.search(r"(?<!s)s$|ed$", w) is not None
                and "VERB" in lemmas_of(w)
                and "NOUN" in lemmas_of(before_w)
            )
            for before_w, w in itertools.pairwise(words)
        )
    )
    return (
        "," in before
        and not rx.search(r"[;:\u2014]", before[before.rfind(",") :])
        and bool(words)
        and (words[0] not in _CLAUSE_SUBJECTS or noun_phrase)
        and not clause
    )


# Auxiliaries and the copula: a clause's finite verb, whatever follows.
_AUXILIARIES = frozenset(
    [
        *("is", "are", "was", "were", "be", "been", "has", "have", "had", "do", "does", "did"),
        *("can", "could", "will", "would", "may", "might", "must", "should", "shall"),
    ]
)


_FRONTED_SUBORDINATE = re.compile(
    r"^(?:when|whenever|if|once|after|before|as|while|because|since|although|though|unless|"
    r"until)\b",
    re.I,
)


def _clause_opening(text: str) -> bool:
    """Whether `text` opens on a subject of one to three words and its verb in "-s" or an
    auxiliary ("agency policy allows it", "it serves the person's needs")."""
    words = [w.lower().strip(",") for w in text.split()[:4]]
    if not words or is_verb(words[0]):
        return False  # ("listen closely": an instruction, no subject)
    # (a plural after "and" is a noun coordinated with the one before it: "setbacks and
    # stretches of progress", no verb)
    return any(
        (_inflected_verb(word) or word in ("is", "are", "has", "have", "was", "were"))
        and words[at - 1] not in ("and", "or", "of")
        for at, word in enumerate(words[1:], start=1)
    )


def _closes_clauses(before: str, after: str) -> bool:
    """Whether ", and" opens the last of a series of three clauses or more ("... only when the
    person has clearly agreed to it, agency policy allows it, and it serves the person's needs"):
    the member after the last comma before it is a clause too, so the one after "and" is another
    member, not a clause of its own (English coordination: the members of a series are
    parallel)."""
    if "," not in before or rx.search(r"[;:\u2014]", before[before.rfind(",") :]):
        return False
    if before.count(",") == 1 and _FRONTED_SUBORDINATE.match(before):
        # ("When the vehicle is the worker's own car, the ride is governed by ..., and the worker
        # checks ...": the one comma closes the fronted clause; what follows "and" is a clause of
        # its own)
        return False
    last = before[before.rfind(",") + 1 :].strip()
    return _clause_opening(last) and _clause_opening(after)


def _closes_acts(before: str, after: str) -> bool:
    """Whether ", and" opens the last of a series of three or more predicates ("listen to their
    reasons, point them toward information, and encourage them ..."): its verb and an earlier
    member's, after a comma, are one form, the base or the third person (English coordination:
    the members of a series are parallel)."""
    last = rx.match(r"(?P<v>[a-z]+)\s+(?P<n>\S+)", after)
    if last is None:
        return False
    verb = last.group("v")
    lemmas = lemmas_of(verb).get("VERB", ())
    if not lemmas or last.group("n").lower() not in (*OBJECT_OPENERS, "to", "at", "about", "with"):
        return False
    base = verb in lemmas
    for member in rx.finditer(r",\s+(?P<v>[a-z]+)\s+(?P<n>\S+)", before):
        other = member.group("v")
        others = lemmas_of(other).get("VERB", ())
        opens = member.group("n").lower() in (*OBJECT_OPENERS, "to", "at", "about", "with")
        if others and opens and (other in others) == base:
            return True
    return False


def _series_closed(text: str) -> str:
    """A series of predicates cut before its last member ("thanks them sincerely, declines it
    ...[, and lets ...]") takes "and" before what is now its last (English: a series of two has
    no comma without "and")."""
    members = list(rx.finditer(r",\s+(?P<v>[a-z]+s)\s+(?P<n>\S+)", text))
    if not members:
        return text
    last = members[-1]
    verb = last.group("v")
    lemmas = lemmas_of(verb).get("VERB", ())
    # (a verb, as its object or complement next shows: "benefits and alternatives" are nouns)
    opens = last.group("n").lower() in OBJECT_OPENERS or last.group("n").lower() in ("at", "about")
    if not lemmas or verb in lemmas or not opens:
        return text
    return f"{text[: last.start()]} and {text[last.start('v') :]}"


# Words a phrase cannot end on: its head or complement would be cut off ("other people's",
# "the", "through").
_OPEN_ENDED = frozenset(
    [
        *("a", "an", "the", "and", "or", "but", "of", "to", "for", "with", "by", "in", "on"),
        *("at", "from", "through", "about", "as", "into", "than", "that", "which", "who"),
        *("their", "his", "her", "its", "our", "your", "my", "such", "other", "is", "are"),
        # (a preposition without its object: "... make decisions for them without")
        *("without", "before", "after", "under", "over", "between", "against", "among"),
        *("within", "during", "toward", "towards", "upon", "via", "like", "across", "until"),
        # (a negation without what it denies: "... speak for themselves, not[ to speak for
        # them]")
        *("not", "never", "nor"),
    ]
)
_SUBORDINATORS = frozenset(
    ["when", "if", "because", "while", "whereas", "although", "though", "unless", "until"]
)
# Prepositions that open an adjunct after a comma ("..., during a period of ...").
_ADJUNCT_PREPOSITIONS = frozenset(
    [*("during", "after", "before", "since", "despite", "without", "within", "throughout"), "for"]
)


_WH_WORDS = frozenset(["what", "who", "whom", "which", "where", "when", "how", "why", "whether"])


def _cut_to(words: list[str], limit: int) -> str:
    """At most `limit` words, ending where a phrase can end: not on a determiner, a preposition,
    a conjunction or a possessive ("other people's"), nor two or three words into a subordinate
    clause ("... are heard when decisions"), which is cut off whole (English: a clause needs
    its verb)."""
    # A comma a few words past the limit ends a phrase whole ("over the long term, with ..."):
    # better a word or three more than a phrase cut inside ("over the long"); a semicolon ends a
    # clause whole likewise; and so does the text's end a word or three past it ("... helping
    # them look at other resources", not "... helping them look").
    comma = next(
        (
            at
            for at in range(limit - 1, min(limit + 3, len(words)))
            if words[at].endswith((",", ";")) or at == len(words) - 1
        ),
        None,
    )
    if comma is not None:
        return " ".join(words[: comma + 1]).rstrip(",;")
    kept = words[:limit]
    subordinate = False
    for at in range(len(kept) - 1, max(len(kept) - 6, 0), -1):
        if kept[at].lower() in _SUBORDINATORS and not kept[at - 1].endswith(","):
            kept = kept[:at]
            subordinate = True
            break
    commas = [at for at, word in enumerate(kept) if word.endswith(",")]
    opener = kept[commas[-1] + 1].lower() if commas and commas[-1] + 1 < len(kept) else ""
    if (
        len(words) > limit
        and not subordinate
        and commas
        and commas[-1] >= 4
        and (
            (
                len(kept) - commas[-1] - 1 <= 3
                and (opener.endswith("ing") or opener in _ADJUNCT_PREPOSITIONS)
            )
            # "..., and is now working[ to hold onto ...]": a coordinated clause or predicate
            # cut a few words in lacks what its verb takes, and goes whole (English coordination)
            # ("..., so that pain care[ can be planned ...]": a clause of result or purpose
            # likewise)
            or (len(kept) - commas[-1] - 1 <= 5 and opener in ("and", "or", "but", "so"))
        )
    ):
        # "..., usually a supervisor, following agency[ policy ...]", "..., during a period[ of
        # ...]": an adjunct opened after the last comma by a participle or a preposition and cut
        # a word or three in is cut off whole, its comma with it (English: a free adjunct).
        kept = kept[: commas[-1] + 1]
    # "... with the criminal[ justice system]": a modifier cut off from the noun after it leaves
    # the noun phrase without its head; the phrase goes whole when it ends two words on, else
    # the cut moves back before it (English: a noun phrase ends on its head noun).
    at = len(kept)
    if (
        at < len(words)
        and kept == words[:at]
        and not kept[-1].endswith((",", ";"))
        and _modifies_next(kept[-1], words[at])
    ):
        ending = next(
            (end for end in range(at + 1, min(at + 3, len(words)) + 1) if _head_ends(words, end)),
            None,
        )
        if ending is not None:
            kept = words[:ending]
        else:
            while len(kept) > 1 and kept[-1].lower() not in ("a", "an", "the"):
                kept.pop()
    while len(kept) > 1 and (
        kept[-1].lower().strip(",") in _OPEN_ENDED or kept[-1].lower().endswith(("'s", "\u2019s"))
    ):
        kept.pop()
    return " ".join(kept).rstrip(",")


def _modifies_next(word: str, following: str) -> bool:
    """Whether `word` is an adjective or a noun modifying `following`, a noun ("criminal
    justice", "health care"); not a noun before a verb or a preposition."""
    lemmas, after = lemmas_of(word.lower()), lemmas_of(following.lower().strip(",.;:"))
    return bool(
        ({"ADJ", "NOUN"} & set(lemmas))
        and "NOUN" in after
        and not {"VERB", "ADP"} & set(after)
        and following.lower() not in _OPEN_ENDED
    )


def _head_ends(words: list[str], end: int) -> bool:
    """Whether a noun phrase can end after `words[:end]`: the text ends there, or a comma,
    a preposition, a conjunction or a verb comes next."""
    if end >= len(words) or words[end - 1].endswith((",", ";", ".")):
        return True
    following = words[end].lower().strip(",.;:")
    return following in _OPEN_ENDED or following in _SUBORDINATORS or "VERB" in lemmas_of(following)


# A verb in the past tense: a story's event ("Both peers got the heat fixed"), not a rule.
def _own_story(text: str) -> bool:
    """The writer telling what happened to them ("The first time someone asked me ..., I
    laughed"): the first person singular and a verb in the past, a story, not a claim."""
    return bool(rx.search(r"\b(?:I|me|my)\b", text)) and bool(
        _PAST.search(text) or rx.search(r"\b(?:I|me)\s+\w+ed\b|\b\w+ed\s+me\b", text)
    )


def _narrated(text: str) -> bool:
    """A particular person's story told in the past ("And what she said next was the real
    thing: ..."): a third person singular and a verb in the past (English: generic statements,
    which state rules, are in the present)."""
    return bool(rx.search(r"\b(?:he|she|him|her|his)\b", text, re.I) and _PAST.search(text))


_PAST = re.compile(
    r"\b(?:was|were|did|had|got|went|came|made|took|said|told|gave|felt|left|found|kept)\b", re.I
)


_CUE_LABEL = re.compile(
    rf"^(?:{alternation(word_list('cue_labels'))})\s*:\s*(?P<x>.{{12,}})$", re.I
)


# What a cue's colon delivers, after words that only point to it: "The best response is the one
# Ellen gave: X" (a pronoun "one" or a fused relative stands for what the colon specifies), "The
# principle is simple, even if the moment feels awkward: X" (an adjective judging what the cue
# names); English: cataphora.
_COLON_DELIVERS = re.compile(
    r"^\s*(?:is\s+|was\s+)?(?:(?:the\s+one|the\s+approach|the\s+response|what)\b[^:;.]{0,50}|"
    r"(?:simple|clear|straightforward|this)\b[^:;.]{0,60}):\s*(?P<x>.{12,})$",
    re.I,
)


_SPOKEN = re.compile(
    r"^[\"\u201c][^\"\u201d]{3,200}[,.!?][\"\u201d]\s+(?:[A-Z][a-z]+|he|she|they|I)\s+"
    r"(?:says|said|asks|asked|tells|told|replies|replied|adds|added|answers|answered)\b"
)


def _after_cue(sentence: str) -> str:
    """The clause a cue introduces: after "is", ":" or "," following the cue."""
    labelled = _CUE_LABEL.match(sentence)
    if labelled:
        return labelled.group("x")  # "Key point: X", "Bottom line: X"
    match = _CUE.search(sentence)
    if match is None:
        return ""
    if match.group(0).lower().startswith(("in ", "put ", "simply ", "above ")) and rx.search(
        r"[^\s:;\u2014(]\s*$", sentence[: match.start()]
    ):
        # "in short, simple sentences": a sentence adverbial ("In short, ...") opens its sentence
        # or clause; inside a phrase the same words are something else (English).
        return ""
    if rx.search(
        r"\b(?:as long as|so long as|provided|unless|if|whether|even if|only if)\s+$",
        sentence[: match.start()],
        re.I,
    ):
        # "..., as long as the point is his recovery": a cue inside a clause of condition says
        # what holds under it, not what the article is about (English: the subordinate
        # clause's content is backgrounded).
        return ""
    rest = sentence[match.end() :]
    # "If you remember one thing from this post, make it this: X", "..., it's this: X": "this"
    # points ahead to what the colon delivers (English: cataphora), and so does "that" before a
    # colon ("let it be that: X").
    ahead = rx.match(
        r"^[^:;.]{0,60}?\b(?:make it|let it be|it(?:'s| is)|remember)\s+(?:this|that)\s*:\s*"
        r"(?P<x>.{12,})$",
        rest,
        re.I,
    )
    if ahead:
        return ahead.group("x")
    stated = rx.match(r"^\s+(?:here\s+)?is\s+that\s+(?P<x>[^:;]{12,})", rest, re.I)
    if stated:
        return stated.group("x")  # "The principle is that X: ...": X, before its elaboration
    if delivered := _COLON_DELIVERS.match(rest):
        return delivered.group("x")
    if match.group(0).lower().endswith("answer") and (
        colon := rx.match(r"^\s*:\s*(?P<x>.{12,})$", rest)
    ):
        return colon.group("x")  # "a clear answer: X"
    # "The bottom line, if you only remember one thing: X": a conditional aside between the cue
    # and its colon, which still delivers the point (English: a parenthetical clause).
    aside = rx.match(
        r"^\s*,\s*(?:if|when|as|whatever)\s[^:;,.]{3,60}:\s*(?P<x>.{12,})$", rest, re.I
    )
    if aside and match.start() == 0:
        return aside.group("x")
    # ("The best answer, then: X": a discourse adverb between the cue and its colon)
    opener = rx.match(
        r"^(?:\s*,\s*(?:then|so|again|here|in the end))?\s*[,:\u2014]\s*(?P<x>.+)$", rest
    )
    if opener and match.start() == 0 and len(opener.group("x").split()) >= 4:
        return opener.group("x")  # "In short, X": the cue opens the sentence, X is the point
    if rx.search(
        r"(?:\bis|\bare|\bbe|\busually|\balways|\boften|\bgenerally|\bsimply|\bhow|\bwhy|\bthis"
        r"|\bbecause|\bthat|:)$",
        match.group(0),
        re.I,
    ):
        # "able to state that, in X, Y": the that-clause, without the comma opening it.
        rest = rx.sub(r"^\s*(?:this\s*)?[:,]?\s*", "", rest)
        if len(rest.split()) >= 3:
            return rest
    # "the answer the exam is looking for is X": the last "is" of the cue's clause.
    # ("The key idea is simple: X": an adjective judging the idea, then the colon delivering
    # it; English: the colon introduces what the clause before it announces)
    joined = rx.match(
        r"^[^,:.]*?(?:\bis\b|\bare\b|:)\s*(?:this:?\s*|(?:really\s+|quite\s+)?(?:simple|clear|"
        r"straightforward|easy|short)\s*:\s*)?(?P<x>.+)$",
        rest,
        re.I,
    )
    inner = joined and rx.match(
        r"^(?:\w+ing|\w+ed)\b(?:\s+\w+){0,4}?\s+(?:is|are)\s+(?P<x>.+)$", joined.group("x"), re.I
    )
    if inner and len(inner.group("x").split()) >= 3:
        # "the answer the exam is looking for is X": the first "is" belongs to a relative clause
        # ("the exam is looking for"), the clause's own "is" comes after it (English).
        joined = inner
    elif joined and rx.match(r"^\w+ing\s+(?:for|to|about|at|on)\b", joined.group("x"), re.I):
        # "She doesn't give him the answer he is hoping for, but ...": "is" + a participle and
        # its stranded preposition is a relative clause's; no clause of the cue's follows
        # (English: the cue noun is an object here, not the subject of a specifying "is").
        return ""
    if joined and len(joined.group("x").split()) >= 3:
        # "... is what the peer specialist does first: staying calm, ...": a "what" clause
        # before a colon announces what the colon delivers (English: cataphora).
        announced = rx.match(r"^what\b[^:]{3,80}:\s*(?P<x>.{12,})$", joined.group("x"), re.I)
        return announced.group("x") if announced else joined.group("x")
    if rx.match(r"^\s*[\w\"\u201c]", rest):
        # "Many more will simply leave out the most important relationships in their lives":
        # words after the cue, and no "is" or colon of its own, make it part of a phrase (an
        # attributive superlative), not a cue closing the claim before it (English).
        return ""
    before = sentence[: match.start()].strip(" ,")
    if rx.search(r"\b(?:and|but|or|so|yet)$", before, re.I):
        return ""  # the cue opens a clause of its own ("X has limits, and the most important ...")
    if rx.search(r"\b(?:of|among|in|for|to|with|by|on|at|from|as|one|a|an|the)$", before, re.I):
        return ""  # the cue is inside a noun phrase ("becomes one of the most useful tools")
    return before if len(before.split()) >= 4 else ""


# "Why is S crucial?" answered by "It helps ...": the pronoun stands for S (English anaphora).
_QUESTION_SUBJECT = re.compile(
    r"^(?:so,?\s+)?(?:why|how) (?:is|are|does|do|can) (?P<s>[^?]+?) "
    r"(?:so |such )?(?:crucial|important|essential|vital|key|necessary|matter|help|work|foster)",
    re.I,
)


def _resolve(question: str, answer: str) -> str:
    """The answer, with an opening "It"/"They" replaced by the question's subject."""
    subject = _QUESTION_SUBJECT.match(question.strip())
    opening = rx.match(r"^(?:it|they)\s+", answer.strip(), re.I)
    if subject and opening:
        return subject.group("s") + " " + answer.strip()[opening.end() :]
    return answer


_NOT_MEMBER = re.compile(
    r"^(?P<x>[A-Z][^,;:]{2,50}?) (?:is|are) not (?:one of|among|part of|on the list of)\b", re.I
)
_TERM_DEFINED = re.compile(r"^(?P<t>[A-Z][\w-]*(?: [\w-]+){0,2}) (?:means|refers to|is about)\b")


# "describes recovery as an ongoing process ...", "defines X as a ...": X and what it is said to be.
_DEFINED_AS = re.compile(
    r"\b(?:describes?|defines?|characteri[sz]es?)\s+(?P<x>[a-z][\w' -]{1,40}?)\s+as\s+"
    r"(?P<y>(?:an?|the)\s[^,;:]{8,120})"
)


# 'When Deegan talks about "personal medicine," she means ...', 'By "recovery," we mean ...': a
# term and what someone means by it.
_SPEAKER_MEANS = re.compile(
    r"^(?:when\s+[^,]{2,40}?\s+(?:talks?|speaks?|writes?)\s+(?:about|of)\s+|by\s+)"
    r"[\"\u201c]?(?P<x>[a-z][\w' -]{2,40}?)[,.]?[\"\u201d]?,?\s+(?:he|she|they|we|i|[A-Z][a-z]+)"
    r"\s+(?:usually\s+|really\s+|simply\s+)?means?\s+(?P<y>(?:an?|the)\s.{8,160}?)\.?$",
    re.I,
)


def _term_is(term: str, predicate: str, copula: str = "is") -> str:
    """ "Recovery is an ongoing process ...": a term and what a definition predicates of it, as
    one claim."""
    term = term.strip()
    return compress(f"{term[:1].upper()}{term[1:]} {copula} {predicate}")


# "Learned helplessness is not a personality flaw ...", then "It is a response ...": a concept
# denied a kind, and the kind the next sentence affirms of it.
_DENIED_KIND = re.compile(
    r"^(?P<x>[A-Z][\w'-]*(?: [\w'-]+){0,3}?) (?P<v>is|are)(?: not|n't) "
    r"(?!(?:about|just|only|the same)\b)"
    r"(?:an?|the|something)\b"
)
_AFFIRMED_KIND = re.compile(
    r"^(?:it|they)(?: is|'s|\u2019s| are|'re) (?!not\b)(?P<y>(?:an?|the|something)\s.{6,})$", re.I
)


# "Motivational interviewing calls Greg's impulse the righting reflex: the natural urge of a
# helper to ...": a verb of naming, its object, the term, and after a colon what the term is.
_CALLED_TERM = re.compile(
    r"(?<![\w-])(?:calls?|called|names?|named|termed)\s+(?:[\w'\u2019-]+\s+){1,4}?"
    r"(?P<x>(?:the|an?)\s+[\w-]+(?:\s+[\w-]+){0,2}):\s+(?P<y>(?:an?|the)\s[^;:]{8,160})"
)


def _defined_terms(read: ReadLesson) -> list[tuple[str, Sentence, str]]:
    """Three or more terms defined one after another ("Health means ... Home means ...") answer a
    question asking which set of things: the coordination of the terms (English: a run of
    definitions enumerates the members of a set)."""
    found: list[tuple[str, Sentence, str]] = []
    run: list[tuple[str, Sentence]] = []
    for sentence in (*read.sentences, None):
        term = _TERM_DEFINED.match(sentence.plain) if sentence is not None else None
        if term is not None and (not run or run[-1][1].paragraph == sentence.paragraph):
            run.append((term.group("t"), sentence))
            continue
        if len(run) >= 3:
            terms = [t if t.isupper() else t.lower() for t, _ in run]
            joined = ", ".join(terms[:-1]) + ", and " + terms[-1]
            found.append((joined[:1].upper() + joined[1:], run[0][1], "definition"))
        run = []
        if term is not None and sentence is not None:
            run.append((term.group("t"), sentence))
    return found


# A question asking for a circumstance ("under which circumstance?", "when may ...?") is answered
# by a condition (English: an adverbial clause of condition or time).
_ASKS_CONDITION = re.compile(
    r"\b(?:under (?:which|what)|in (?:which|what) (?:case|situation|circumstance)s?|"
    r"which (?:circumstance|situation|condition)s?)\b|^when\b",
    re.I,
)
_CONDITION = re.compile(r"\b(?:if|when|whenever|unless|only when|in case|as long as)\b", re.I)


def _answers_condition(question: str, answer: str) -> bool:
    """False when the question asks for a circumstance and the answer states none."""
    return not _ASKS_CONDITION.search(plain(question)) or bool(_CONDITION.search(answer))


def _concept(read: ReadLesson) -> frozenset[str]:
    """The lesson's concept: the title's content stems (its key question's, when there is one)."""
    return content_stems(read.lesson.title + " " + read.lesson.key_question)


# One quotation from end to end: someone's words, which the text mentions ('"So, What Should We
# Talk About Today?"' as a title quotes a person in the story; it is not the article's question).
_QUOTED_WHOLE = re.compile(r"\s*[\"\u201c][^\"\u201c\u201d]+[\"\u201d]\s*")


def title_asks(title: str) -> bool:
    """Whether a title is the question the article answers: a wh-question ("Confidentiality can be
    broken under which circumstance?") or an incomplete statement ("Ethics are:"); a teaser such as
    "Speaking Up, or Helping Someone Speak?" asks nothing an option could answer."""
    title = plain(title).strip()
    if title.endswith((":", "...", "\u2026")):
        return True
    return title.endswith("?") and bool(_WH.search(title)) and not _QUOTED_WHOLE.fullmatch(title)


# A sentence that only rejects ("None of those is the real difference.", "Neither is right.").
_ONLY_DENIES = re.compile(r"^(?:none|neither|not one)\b[^,;:]*$", re.I)


# "X does A; Y does B", "X does A, while Y does B": a second clause set against the first, its
# own subject first.
_PAIRED = re.compile(
    r"^\s*(?:;|,\s+(?:while|whereas))\s+(?P<y>[A-Za-z][\w' -]{1,40}?)\s+(?:is|are|means|"
    r"[a-z]+s)\b[^;]*"
)
_SUBJECT = re.compile(r"^(?P<x>[A-Za-z][\w' -]{1,40}?)\s+(?:is|are|means|[a-z]+s)\b")


def _with_its_pair(text: str, sentence: str, named: frozenset[str]) -> str:
    """A claim cut before the clause that sets a second term against it, given that clause back
    when the title names both terms ("Enabling or Supporting?": "Enabling shields people from
    the results; supporting helps them take responsibility"): a lesson about two things is
    keyed to their difference (English: contrastive clauses of parallel subjects make one
    statement of difference)."""
    at = sentence.find(text[-30:]) if len(text) >= 30 else sentence.find(text)
    if at < 0:
        return text
    pair = _PAIRED.match(sentence[at + min(len(text), 30) :])
    first = _SUBJECT.match(text)
    if pair is None or first is None:
        return text
    x, y = content_stems(first.group("x")), content_stems(pair.group("y"))
    if not x or not y or x == y or not (x | y) <= named:
        return text
    return f"{text}{pair.group(0).rstrip(' .')}"


def _on_focus(read: ReadLesson, question: str, first: Sentence) -> Sentence:
    """The sentence of the opening paragraph whose subject is what the question asks about, when
    the first sentence's is not: "In a DAP note, what belongs in the Assessment section?" is
    answered by "The Assessment is ...", after "A DAP note is divided into three parts" set the
    scene (English: a fronted "In X," is the setting, the rest of the question its focus; an
    answer takes the focus as its topic)."""
    if rx.search(r"\bwhy\b", question, re.I) and rx.match(r"^because\b", first.plain.strip(), re.I):
        return first  # (asked why, a sentence opening on "Because" gives the reason: English)
    focus = content_stems(rx.sub(r"^in [^,]{3,60},\s*", "", question, flags=re.I))
    opening = _SUBJECT.match(first.plain.strip())
    if opening is None and rx.match(r"^(?:it|they|these|this)\b", first.plain.strip(), re.I):
        return first  # (an answer's "They" stands for what the question asks about)
    if opening is not None and (
        content_stems(opening.group("x")) & focus or _META.search(opening.group("x"))
    ):
        return first  # (nor past "The correct answer is X", which answers by announcing)
    # (a first sentence whose subject is not read, "Title I of the Americans with Disabilities
    # Act applies ...", gives way to one after it whose subject is plainly the focus)
    sentence = read.next_any(first)
    for _ in range(2):
        if sentence is None or sentence.paragraph != first.paragraph:
            break
        subject = _SUBJECT.match(sentence.plain.strip())
        if subject and content_stems(subject.group("x")) & focus:
            return sentence
        sentence = read.next_any(sentence)
    return first


def _answering(read: ReadLesson, first: Sentence) -> Sentence:
    """The sentence of `first`'s section that answers its heading's question: `first`, unless it
    is about the exam or only denies, then the next of its section that is neither (at most
    three on)."""
    sentence: Sentence | None = first
    for _ in range(3):
        if sentence is None or sentence.anchor != first.anchor:
            break
        text = sentence.plain.strip().rstrip(".")
        if not (_META.search(text) or _ONLY_DENIES.match(text)):
            return sentence
        sentence = read.next_any(sentence)
    return first


def _questions(read: ReadLesson) -> list[tuple[str, str, Sentence | None]]:
    """(cue, question, answering sentence) for the lesson's own questions."""
    found: list[tuple[str, str, Sentence | None]] = []
    summary = [s for s in read.sentences if s.role == "summary"]
    first = read.sentences[0] if read.sentences else None
    title = plain(read.lesson.title).strip()
    # A title that is a question, or an incomplete statement ("Ethics are:"), asks what the
    # article answers first.
    if title_asks(title) and first is not None:
        answer = first
        if not _answers_condition(title, first.plain):
            # Asked for a circumstance, the answer is the opening paragraph's first condition.
            answer = next(
                (
                    s
                    for s in read.sentences[1:6]
                    if s.paragraph == first.paragraph and _CONDITION.search(s.plain)
                ),
                first,
            )
        answer = _on_focus(read, title, answer)
        answer = _fills_shell(read, answer) or answer
        found.append(("title question", title, answer))
    if read.lesson.key_question and first is not None and not title_asks(title):
        answer = summary[0] if summary else first
        answer = _fills_shell(read, answer) or answer
        found.append(("key question", read.lesson.key_question, answer))
    for sentence in read.sentences:
        heading = plain(sentence.heading).strip()
        if (
            sentence.index == 0
            and heading.endswith("?")
            and _WH.search(heading)
            and not rx.search(r"\b(?:you|your|I)\b", heading)
            and not sentence.plain.rstrip().endswith("?")
        ):
            # A heading that asks ("Who has the final say?") is answered by its section's first
            # sentence (English: a question heading and its answer), or the first after those
            # that talk about the exam or only deny ("On an exam, you'll see wrong answers that
            # ...", "None of those is the real difference."): the answer is what it affirms.
            found.append(("body question", heading, _answering(read, sentence)))
        if sentence.plain.rstrip().endswith("?") and _WH.search(sentence.plain):
            if sentence.list_id or rx.search(r"\b(?:[Yy]ou|[Yy]our|I)\b", sentence.plain):
                continue  # a question put to the reader or a person, not the article's own
            if _REPORTED_QUESTION.search(sentence.plain):
                continue
            answer = read.next_any(sentence)
            if (
                answer is not None
                and (answer.anchor, answer.paragraph) != (sentence.anchor, sentence.paragraph)
                and sentence.index > 0
                and read.previous(sentence) is not None
                and (read.previous(sentence).anchor, read.previous(sentence).paragraph)
                == (sentence.anchor, sentence.paragraph)
                and rx.search(r"\b(?:that|this|those|these|it)\b", sentence.plain, re.I)
            ):
                # "... now you're quietly managing a second-class tier. Who does that protect?": a
                # question closing its paragraph about what the paragraph said (its "that") asks
                # nothing the next paragraph answers (English: a rhetorical question comments on
                # what came before).
                continue
            if _RHETORICAL.search(sentence.plain.strip()) and not (
                answer is not None and rx.match(r"^because\b", answer.plain.strip(), re.I)
            ):
                continue  # (a teaser, "Why wait? Because ...", is answered after all)
            if answer is not None and not answer.plain.rstrip().endswith("?"):
                found.append(("body question", _resolve(sentence.plain, answer.plain), answer))
    return found


def _difference_stated(read: ReadLesson, question: str, answer: Sentence) -> str:
    """ "What is the difference between a boundary crossing and a boundary violation?" answered
    "The difference is harm. A boundary violation harms ... A boundary crossing is ...": asked a
    difference, an answer naming only one of the two things, or neither, is joined by the next
    sentence of its paragraph that names the other ("A violation harms ..., while a crossing is
    ..."); "" when the answer names both, or no sentence near it names the other. A difference
    is a relation of two things, so its statement names both (English: consecutive sentences
    contrasting two subjects state how they differ)."""
    asked = DIFFERENCE_STEM.search(question)
    if asked is None:
        return ""
    first, second = (content_stems(g) for g in asked.groups() if g)
    own = (first - second, second - first)
    if not all(own):
        return ""
    nearby = [answer]
    while len(nearby) < 4:
        following = read.next_any(nearby[-1])
        if following is None or following.paragraph != answer.paragraph:
            break
        nearby.append(following)

    def named(sentence: Sentence) -> tuple[bool, bool]:
        stems = content_stems(sentence.plain)
        return bool(own[0] & stems), bool(own[1] & stems)

    if all(named(answer)):
        return ""
    one = next((s for s in nearby if sum(named(s)) == 1), None)
    if one is None:
        return ""
    side = named(one).index(True)
    other = next(
        (s for s in nearby[nearby.index(one) + 1 :] if named(s)[1 - side] and not named(s)[side]),
        None,
    )
    if other is None:
        return ""
    rest = compress(other.plain)
    return f"{compress(one.plain)}, while {rest[:1].lower()}{rest[1:]}"


def _verb_after_subject(words: list[str], at: int) -> bool:
    """Whether `words[at]` can be the verb after a subject: an inflected verb in "-s"
    ("oversees"), or a base form after a plural noun ("lines respond")."""
    word = words[at]
    verbs = lemmas_of(word).get("VERB", ())
    inflected = word.endswith("s") and bool(verbs) and word not in verbs
    return inflected or (word in verbs and words[at - 1].endswith("s"))


def _two_sided(text: str) -> str:
    """A summing-up sentence setting two kinds of one thing side by side, "A N does X; B N does
    Y" ("Clinical supervision oversees ...; peer-specific supervision helps ..."), as one claim,
    "A N does X, while B N does Y"; `text` compressed otherwise. English: the semicolon joins
    two clauses, and two subjects of one head noun with different modifiers contrast kinds;
    either side alone drops half the point."""
    sides = [side.strip() for side in text.strip().rstrip(".").split(";")]
    if len(sides) != 2:
        return compress(text)
    subjects = []
    for side in sides:
        words = [w.lower().strip(",") for w in side.split()]
        found = [i for i in range(1, min(len(words), 5)) if _verb_after_subject(words, i)]
        at = found[0] if found else 0
        if len(found) > 1 and found[1] == at + 1:
            at = found[1]
        subjects.append(words[:at])
    first, second = subjects
    if (
        len(first) >= 2
        and len(second) >= 2
        and first[-1] == second[-1]
        and first[:-1] != second[:-1]
        and len(text.split()) <= 40
    ):
        one, other = compress(sides[0]), compress(sides[1])
        return f"{one}, while {other[:1].lower()}{other[1:]}"
    return compress(text)


def _topic_words(read: ReadLesson) -> frozenset[str]:
    """The content words of the lesson's title, key question and summary."""
    lesson = read.lesson
    return content_stems(f"{lesson.title} {lesson.key_question} {lesson.summary}")


def candidates(read: ReadLesson) -> list[Candidate]:
    """Every candidate main point in the lesson, scored, best first."""
    raw: list[tuple[str, Sentence, str]] = []
    concept = _concept(read)
    named = story_names([s.plain for s in read.sentences])
    summary_words = content_stems(" ".join(s.plain for s in read.sentences if s.role == "summary"))
    asked: dict[str, float] = {}
    restating: set[str] = set()
    for cue, question, answer in _questions(read):
        if answer is not None:
            # "SAMHSA identified these four dimensions ...": pointing back at the question's own
            # noun restates the question instead of answering it.
            pointed = rx.search(
                r"\b(?:this|these|those)\s+(?:\w+\s+)?(?P<n>\w+)", answer.plain, re.I
            )
            if pointed and content_stems(pointed.group("n")) & content_stems(question):
                restating.add(answer.id)
            stems = content_stems(question) - {"cps", "person"}
            asked[answer.id] = len(stems & concept) / len(stems) if stems else 0.0
            # An in-body question comes with its answer resolved ("It helps" -> "S helps"); a
            # question heading ("Who has the final say?") is answered by its sentence as written.
            resolved = cue == "body question" and not question.rstrip().endswith("?")
            text = question if resolved else answer.plain
            forward = _POINTS_FORWARD.match(text)
            if forward and _affirmed(forward.group("x")):
                # "So when does a call help?" + "Here's the rule: call when ...": the answer is
                # what the colon delivers, not the sentence announcing it (English: cataphora).
                text = _affirmed(forward.group("x"))
            specified = _SPECIFIED.match(strip_frames(text))
            if (
                cue in ("title question", "key question")
                and specified
                and len(specified.group("h").split()) <= 5
            ):
                text = specified.group("x")
            raw.append((_difference_stated(read, question, answer) or compress(text), answer, cue))
    for sentence in read.sentences:
        text = sentence.plain.strip()
        if text.endswith("?"):
            continue
        if (
            sentence.heading
            and is_contrast_heading(sentence.heading)
            # ("And if you remember one thing from this post, let it be that: X" closing a
            # section of "Quiz traps": a cue naming the whole text scopes over it, whatever the
            # section; English, "this post" refers to the text itself)
            and not (_CUE.search(text) and _WHOLE_TEXT.search(text))
            # ("What the clinic got wrong": "The name for what happened ... is X. It happens
            # when ...": a term the article names is its own word for the fault, and what "it"
            # is said to be defines the term, no view the section rules out)
            and not (_IT_DEFINES.match(text) and _term_named_before(read, sentence))
        ):
            continue  # under "Myths", "Common mistakes": what the article rules out
        if (
            sentence.index == 0
            and _CUE.fullmatch(plain(sentence.heading).strip(" .:"))
            and not rx.search(r"\b(?:you|your)\b", text, re.I)
            and not _conceded(read, sentence)  # ("X does matter. But ...": granted, set aside)
        ):
            # A heading that is itself a cue ("The bottom line", "In short"): its first sentence.
            raw.append((compress(text), sentence, "explicit cue"))
        elif (
            sentence.index == 0
            and _CUE_HEADING.search(plain(sentence.heading))
            and not _conceded(read, sentence)
        ):
            # "If you take one thing from this post": the heading announces the one idea, which
            # its first sentence states, to the reader as it may be ("Know the options because
            # ...") (English discourse).
            raw.append((compress(text), sentence, "explicit cue"))
        forward = _POINTS_FORWARD.match(text)
        delivered = _affirmed(forward.group("x")) if forward else ""
        if delivered and _SHELL_SUBJECT.match(text) and not _after_cue(text):
            # "The thing to remember, for the exam and for practice, is this: X": a shell noun
            # as subject, its content delivered after the colon (English: cataphora).
            raw.append((compress(delivered), sentence, "explicit cue"))
        announced = _announced_parts(read, sentence)
        if announced:
            raw.append((compress(announced), sentence, "explicit cue"))
        filled = _fills_shell(read, sentence)
        if filled is not None:
            raw.append((compress(filled.plain), filled, "explicit cue"))
        pointed_at = read.previous(sentence) if _POINTS_BACK.match(text) else None
        if (
            pointed_at is not None
            and not pointed_at.plain.rstrip().endswith("?")
            # ("Most squares are boring. That's the point.": an aside of a story, about none of
            # what the title and summary name, is no point of the lesson; English: the point of
            # a text is about its topic)
            and content_stems(pointed_at.plain) & _topic_words(read)
        ):
            raw.append((compress(pointed_at.plain), pointed_at, "explicit cue"))
        if (
            sentence.index == 1
            and _SUMMARY_HEADING.search(plain(sentence.heading))
            and not rx.search(r"\b(?:you|your)\b", text, re.I)
            and (before := read.previous(sentence)) is not None
            and before.paragraph == sentence.paragraph
            and rx.search(r"\b(?:you|your)\b", before.plain, re.I)
            and (_CUE.search(before.plain) or _CUE_HEADING.search(before.plain))
        ):
            # "If you remember one thing from this post, make it the shift in the question. In
            # the X approach, ...": under a summary heading, a cue addressed to the reader frames
            # what the next sentence states (English discourse: the frame, then the point), as
            # explicit a cue as one in the sentence itself.
            raw.append((_two_sided(text), sentence, "explicit cue"))
        if (
            sentence.index == 0
            and _SUMMARY_HEADING.search(plain(sentence.heading))
            and not rx.search(r"\b(?:you|your)\b", text, re.I)
        ):
            # The first sentence under "Summary", "In brief", "Key points": the writer's own
            # shortest restatement of the point (article writing); what its colon delivers when
            # it announces it.
            ahead = _POINTS_FORWARD.match(text)
            raw.append((_two_sided(ahead.group("x") if ahead else text), sentence, "summing up"))
        polar = _POLAR_ANSWER.search(text)
        elaborated = read.following(sentence) if polar else None
        if polar and elaborated is not None and not _SPOKEN.match(text):
            # "In most situations ... the answer is no. It is their choice, although ...": a bare
            # yes or no is said in full by the sentence after it (English: a polar answer is
            # elaborated next), so the point is both.
            said = elaborated.plain.strip()
            raw.append(
                (
                    compress(f"{polar.group('a').capitalize()}; {said[:1].lower()}{said[1:]}"),
                    sentence,
                    "explicit cue",
                )
            )
        # ('"The point is you," Monique says.': a cue a person of the story says is their
        # words, no cue of the article's; English: a speech tag attributes the quotation)
        cued = "" if _SPOKEN.match(text) else _after_cue(text)
        if cued:
            # "Let's explore how X" announces a topic; "the key idea is X" states the point.
            announces = rx.search(
                r"\b(?:explore|learn|discover|explains)\s+(?:how|why)\b", text, re.I
            )
            if announces and rx.match(r"^to\s", compress(cued), re.I):
                continue  # "explains how to recognize X": a skill it will teach, not a claim
            before = text[: announces.start()] if announces else ""
            if announces and (
                rx.search(r"\b(?:he|she)\b", before, re.I) or names_someone(before, named)
            ):
                # "She congratulates Luis, explains why she won't be there ...": a person of the
                # story explaining, not the article announcing (English: the verb's subject says
                # who explains; an article announces as "this post", "we", "below")
                continue
            raw.append((compress(cued), sentence, "announcement" if announces else "explicit cue"))
            corrected = read.following(sentence)
            if (
                rx.match(r"^neither\b[^.;]*\bnor\b", cued.strip(), re.I)
                and corrected is not None
                and (corrected.anchor, corrected.paragraph) == (sentence.anchor, sentence.paragraph)
                and (instead := _INSTEAD.match(corrected.plain.strip()))
            ):
                # "... the best response is neither silent compliance nor open revolt. It's the
                # conversation Priya had: raise the concern ...": the cue's point is what the next
                # sentence sets against the denial, what its colon delivers when it has one
                # (English: "neither A nor B. It's C" corrects; the colon specifies C).
                said = instead.group("x")
                said = said.split(":", 1)[1] if ":" in said else said
                raw[-1] = (compress(said), corrected, "explicit cue")  # (in the denial's place)
        # "Salzer and colleagues put it plainly: community inclusion is ...": what is said after
        # a verb of saying and its colon is the statement (English: the colon delivers the
        # content the clause before it announces), a definition when it is one.
        reported = _REPORTED.match(text)
        defining = text
        if reported and _DEFINITION.match(strip_frames(text[reported.end() :])):
            said = text[reported.end() :]
            defining = said[:1].upper() + said[1:]
        # ("For a peer specialist, family means whoever ...": a term defined for the role the
        # article teaches, whatever its title names; English, a fronted adjunct of viewpoint
        # restricts the definition to the field)
        for_the_role = _FOR_THE_ROLE.match(text) if not reported else None
        if for_the_role:
            said = text[for_the_role.end() :]
            defining = said[:1].upper() + said[1:]
        # ("The name for what happened at urgent care is diagnostic overshadowing. It happens
        # when a provider assumes ...": "it" takes up the term the sentence before named, and
        # what it is said to be defines that term; English anaphora, a naming sentence
        # introduces the term as its complement)
        named_term = _term_named_before(read, sentence)
        pronoun = _IT_DEFINES.match(text) if named_term else None
        if pronoun:
            defining = f"{named_term[:1].upper()}{named_term[1:]} {text[pronoun.end() :]}"
        definition = _DEFINITION.match(strip_frames(defining))
        if definition and sentence.role == "summary" and sentence.index == 0:
            # An article that opens by defining a term ("Self-stigma happens when ...") introduces
            # its subject so, whatever its title says (article writing: a figurative title).
            if (
                1 <= len(content_stems(definition.group("x"))) <= 4
                and _DEFINING_VERB.search(defining)
                and not names_someone(definition.group("x"), named)
            ):
                raw.append((compress(strip_frames(defining)), sentence, "definition"))
        elif definition:
            subject = content_stems(definition.group("x"))
            # The concept defined: its words are the title's, all of them or all but one of
            # three or more ("trauma-informed care" in "Trauma-Informed Peer Support").
            known = subject & (concept | {"cps", "person"})
            # (or a term the summary introduces, defined under a heading that says a definition
            # follows, "What the term actually means": a figurative title names no concept, and
            # the heading says which sentence defines the lesson's term; English: the heading
            # announces its section's content)
            if _MEANING_HEADING.search(plain(sentence.heading)) and subject <= summary_words:
                known = subject
            if for_the_role and _DEFINING_VERB.search(defining):
                known = subject
            if pronoun:
                known = subject  # (a term the article names, then defines)
            if (
                subject
                and len(subject) <= 4
                and len(known) >= max(1, len(subject) - (len(subject) >= 3))
                # ("She explains that the first weeks ... are ...": what someone says, told in
                # a story, is no definition; its subject is a person and a verb of saying)
                and not rx.match(r"^(?:he|she|they|we|i|you)\s", definition.group("x"), re.I)
                and not names_someone(definition.group("x"), named)
            ):
                raw.append((compress(strip_frames(defining)), sentence, "definition"))
        described = _DEFINED_AS.search(text)
        if described and content_stems(described.group("x")) <= concept | {"cps", "person"}:
            # "SAMHSA describes recovery as an ongoing process in which ...": what "describe X
            # as Y" predicates of X is a definition of it (English: an object complement), said
            # as "X is Y".
            raw.append(
                (_term_is(described.group("x"), described.group("y")), sentence, "definition")
            )
        denied_kind = _DENIED_KIND.match(text)
        corrected = read.following(sentence) if denied_kind else None
        if (
            denied_kind
            and corrected is not None
            and (corrected.anchor, corrected.paragraph) == (sentence.anchor, sentence.paragraph)
            and (affirmed := _AFFIRMED_KIND.match(corrected.plain.strip()))
            # (the concept by name: "It isn't a character flaw" names nothing)
            and (named := content_stems(denied_kind.group("x")))
            and named <= concept
        ):
            # "Learned helplessness is not a personality flaw, a choice ... It is a response
            # learned from experience": what the next sentence affirms of the concept, after
            # the denial, is what it is (English: a correction, "not A. It is B", its "it" the
            # denied subject), the denial's members its wrong readings.
            said = _term_is(denied_kind.group("x"), affirmed.group("y"), denied_kind.group("v"))
            raw.append((said, corrected, "definition"))
        meant = _SPEAKER_MEANS.match(text)
        if meant and content_stems(meant.group("x")) <= concept:
            # 'When Pat Deegan talks about "personal medicine," she means the things people
            # choose to do ...': what someone means by the lesson's term defines it (English: a
            # speaker's meaning of a term), said as "X is Y".
            term = meant.group("x").strip()
            plural = rx.search(r"[^su]s$", term.split()[-1]) is not None  # ("daily anchors")
            raw.append(
                (
                    _term_is(term, meant.group("y"), "are" if plural else "is"),
                    sentence,
                    "definition",
                )
            )
        called = _CALLED_TERM.search(text)
        if called and content_stems(called.group("x")) <= concept:
            # (what a field calls the lesson's term, and the colon's gloss of it, defines it:
            # English, a verb of naming with an object complement, then a colon that specifies)
            raw.append((_term_is(called.group("x"), called.group("y")), sentence, "definition"))
        glossed = _GLOSSED.match(text)
        if glossed and rx.search(
            r"\bdefinitions?\b|\bwhat (?:it|\w+) is\b", sentence.heading, re.I
        ):
            # Under "Definition": "Validation: letting a person know ..." defines its term as a
            # dictionary does (English: a term, a colon, its gloss).
            term = content_stems(glossed.group("x"))
            if term and term <= concept | {"cps", "person"}:
                raw.append(
                    (
                        compress(f"{glossed.group('x')} is {glossed.group('y')}"),
                        sentence,
                        "definition",
                    )
                )
        described = _DESCRIBED_AS.search(text)
        # (what is described must be the title's concept, not a word of it: "describes change as
        # ..." in a lesson on the action stage of change defines a neighbour, not the subject)
        if described and len(content_stems(described.group("x")) & concept) >= min(2, len(concept)):
            raw.append((compress(described.group("y")), sentence, "definition"))
        denied = _DENIED_MISREADING.match(strip_frames(text))
        if denied and sentence.role == "conclusion":
            raw.append((denied.group("x"), sentence, "conclusion"))
        if sentence.list_id and (
            rx.search(r"\bkey (?:points?|ideas?|takeaways?)\b", sentence.heading, re.I)
            or (sentence.role == "conclusion" and sentence.item == 0 and sentence.first_in_item)
        ):
            # A summing-up list ("Key points", "Remember", "Chapter review"): the first item of
            # a list closing the article states what it was about.
            raw.append((_two_sided(text), sentence, "key points"))
        if delivered:
            # "Here's the rule ...: share your story when ...", "The lesson ... is this: when
            # ...": the colon delivers what the sentence announced (English: cataphora).
            raw.append((compress(delivered), sentence, "forward"))
        if (rule := _generic_rule(sentence)) and not names_someone(text, named):
            # (the frame of circumstance says when; the rule's length is its main clause's, so a
            # long frame does not cut off what to do: "..., following agency policy")
            framed = _CIRCUMSTANCE.match(rule)
            frame = len(rule[: framed.start("x")].split()) if framed else 0
            raw.append((compress(rule, max_words=28 + frame), sentence, "generic rule"))
        denied = _NOT_MEMBER.match(strip_frames(text))
        if denied and content_stems(text[denied.end() :]) & concept:
            # "X is not one of the <concept>": the point of an article about what is NOT a member.
            raw.append((denied.group("x"), sentence, "explicit cue"))
    raw += _defined_terms(read)
    summary = [s for s in read.sentences if s.role == "summary"]
    if (
        summary
        and not names_someone(summary[0].plain, named)
        and not _own_story(summary[0].plain)
        # ("Most of us were never taught what to do when a conversation goes quiet": the writer
        # and the reader in the first person plural open on common ground, a hook, not the point)
        and not rx.search(r"\b(?:we|us|our)\b", summary[0].plain, re.I)
    ):
        raw.append((compress(summary[0].plain), summary[0], "summary"))
    conclusion = [s for s in read.sentences if s.role == "conclusion" and not s.list_id]
    if conclusion:
        # The conclusion's first sentence that names no one: a case's ending ("Both peers got the
        # heat fixed", "Keith's responses ...") tells the story; the principle it teaches is said
        # of anyone (English: generic statements state rules).
        general = next(
            (
                s
                for s in conclusion
                if not names_someone(s.plain, named)
                and not _PAST.search(s.plain)
                and not _own_story(s.plain)
                and not _SHORT_SHELL.match(s.plain)
                and not _conceded(read, s)
                and not _only_denies(s.plain)
            ),
            conclusion[0],
        )
        raw.append((compress(_it_resolved(read, general)), general, "conclusion"))
        closing = conclusion
    else:
        last = [s for s in read.sentences if s.role == "body" and not s.list_id]
        closing = [s for s in last if s.paragraph == last[-1].paragraph] if last else []
        if closing:
            opening = next((s for s in closing if not _conceded(read, s)), closing[0])
            raw.append((compress(opening.plain), opening, "conclusion"))
    drawn = next((s for s in closing if _DRAWN_RULE.match(s.plain.strip())), None)
    if drawn is not None and all(drawn is not s for _, s, _ in raw):
        # "So when a parent asks ..., the role is to help the parent prepare ...": "so" draws
        # the conclusion from what came before, stated as a rule for an occasion (English
        # discourse: a resultative connective, then a generic conditional)
        raw.append((compress(drawn.plain), drawn, "summing up"))

    raw = [_corrected(read, entry) for entry in raw]
    named = content_stems(f"{read.lesson.title} {read.lesson.key_question}")
    raw = [(_with_its_pair(t, s.plain, named), s, c) for t, s, c in raw]
    # The answer to the article's own question may be one word ("Preparation."); any other
    # candidate states something (two content words at least).
    raw = [
        (t, s, c)
        for t, s, c in raw
        if len(content_stems(t)) >= (1 if c in ("title question", "key question") else 2)
        and not t.endswith("?")
    ]
    # A view the sentence reports as others' ("Some trainees think it is fine if ...") is what
    # the article goes on to correct, never its point (English: attribution).
    raw = [entry for entry in raw if not ATTRIBUTED_VIEW.match(entry[1].plain.strip())]
    # Agreement between cues on one sentence: a definition that is also the summary's first
    # sentence, or a summing-up line that is also a definition, is signalled twice.
    cues_of: dict[str, set[str]] = {}
    for _, sentence, cue in raw:
        cues_of.setdefault(sentence.id, set()).add(cue)
    scored: list[Candidate] = []
    asked_about = content_stems(f"{read.lesson.title} {read.lesson.key_question}")
    occasion = bool(_OCCASION_TITLE.search(plain(read.lesson.title)))
    for text, sentence, cue in raw:
        stems = content_stems(text)
        agreeing = sum(
            1
            for other, other_sentence, _ in raw
            if other_sentence.id != sentence.id and jaccard(text, other) >= 0.25
        )
        overlap = len(stems & concept) / len(stems) if stems else 0.0
        pointing = 2.5 if rx.match(r"^(?:this|that|these|those|it)\b", text, re.I) else 0.0
        if cue in ("title question", "key question") and rx.match(r"^(?:it|they)\b", text, re.I):
            pointing = 0.0  # the answer's "It" stands for what the question asks about
        if _SHELL.match(text):
            pointing += 3.0  # "The key difference is what ...": restates the question
        if rx.search(r"\b(?:this|these|those)\b", text, re.I):
            pointing += 1.0  # leans on a sentence outside it
        if rx.search(
            r"\b(?:to|of|with|from|against|for|in|on|about|by)\s+that\b"
            # ("for that silent side of a conversation": its "of" phrase says which)
            r"(?!(?:\s+[a-z]+){1,2}\s+of\b)",
            text,
            re.I,
        ):
            pointing += 1.5  # "an alternative to that experience": which one is told elsewhere
        if cue in ("title question", "key question") and sentence.id in restating:
            pointing += 3.0
        if stems and stems <= asked_about:
            pointing += 4.0  # "Community recovery capital": names what is asked, answers nothing
        if cue == "title question" and read.sentences and sentence is not read.sentences[0]:
            pointing += 1.0  # found by looking past the first sentence: less sure
        if cue in ("title question", "key question") and not _answers_condition(
            read.lesson.title if cue == "title question" else read.lesson.key_question, text
        ):
            pointing += 2.0
        score = WEIGHTS[cue] + 0.7 * min(agreeing, 3) + 1.0 * min(overlap, 0.5) - pointing
        if cue == "announcement" and sentence.role == "summary":
            score += 1.0  # the summary announcing what the article shows
        score += 0.6 * min(len(cues_of[sentence.id]) - 1, 2)
        if occasion and cue == "explicit cue" and _RESPONSE_JUDGED.search(sentence.plain):
            score += 1.0  # the response to the occasion the title names
        if cue == "definition" and rx.search(r"\b(?:means|is when)\s+(?:you|we)\b", text, re.I):
            score -= 1.0  # "X means you make it together": a restatement to the reader, not generic
        if rx.search(r"\bneither\b[^.;]*\bnor\b", text, re.I) and not rx.search(
            r"\bbut\b", text, re.I
        ):
            # "X neither keeps the secret nor acts alone": a double denial says what not to do;
            # the point is what to do, stated next ("The right move is to ...") (English: a
            # denial sets up the affirmation that follows it).
            score -= 1.5
        if cue in ("explicit cue", "forward", "announcement") and (
            names_someone(text, named) or _narrated(sentence.plain)
        ):
            score -= 2.0  # a cued fact about a case's person ("the most important thing ...") is the story's
        if cue == "summary" and _EXISTENTIAL.match(text):
            # "There's a particular feeling that comes with passing the exam": an existential
            # sentence brings something new on stage, the opening of a story or a scene, and
            # says nothing of the subject yet (English: "there is" presents, it does not predicate)
            score -= 1.0
        if cue in ("key points", "summing up") and _SUPERLATIVE_IDENTITY.search(text):
            # "A regular wake-up time ... is the habit that most steadies the body clock": among
            # the points a list sums up, the one it ranks first by a superlative is the one it
            # stresses (English: a superlative singles out one member of a set).
            score += 2.0
        if cue == "explicit cue" and _ANSWER_NAMED.search(sentence.plain):
            # "..., the most appropriate response is to use your own wellness tools ...": a cue
            # that names the answer to the article's question identifies it (English: a
            # specificational copula with "the best response" as its subject), above a heading
            # cue's first sentence, which may only set the scene.
            score += 1.0
        if cue == "explicit cue" and _FOR_THE_EXAM.search(sentence.plain):
            # "The thing to remember for the exam, and for practice, is this: X": a cue that
            # names the exam says what a candidate is to know (the discourse of exam explainers),
            # above a title question's first sentence, which may only set the scene.
            score += 1.0
        if cue == "body question":
            # The article's own question about its title's concept.
            score += 3.0 * asked.get(sentence.id, 0.0)
        scored.append(Candidate(text=text, sentence_id=sentence.id, cue=cue, score=score))
    # One candidate per sentence: the best-scoring reading of it.
    best: dict[tuple[str, str], Candidate] = {}
    for candidate in scored:
        key = (candidate.sentence_id, candidate.text)
        if key not in best or candidate.score > best[key].score:
            best[key] = candidate
    ranked = sorted(best.values(), key=lambda c: (-c.score, c.sentence_id, c.text))
    return ranked


# "The name for X is Y", "This is called Y", "That's known as Y": a sentence naming a term.
_NAMING = re.compile(
    r"^(?:the\s+(?:name|term|word|label)\s+for\s+[^,;:]{2,80}?\s+is|"
    r"(?:this|that|it)\s+is\s+(?:called|known\s+as)|(?:this|that|it)'s\s+(?:called|known\s+as))\s+"
    r"(?:an?\s+|the\s+)?[\"\u201c]?(?P<y>[a-z][\w-]*(?:\s+[\w-]+){0,3})[\"\u201d]?\.?$",
    re.I,
)
# "It happens when ...", "It means ...", "It is a ...": a definition whose subject is a pronoun.
_IT_DEFINES = re.compile(
    r"^it\s+(?=(?:means|refers to|is defined as|(?:happens|occurs) when|is (?:a|an|the|when))\b)",
    re.I,
)


def _term_named_before(read: ReadLesson, sentence: Sentence) -> str:
    """The term the sentence before `sentence`, in its paragraph, names (see `_NAMING`), or ""."""
    before = read.previous(sentence)
    if before is None or (before.anchor, before.paragraph) != (sentence.anchor, sentence.paragraph):
        return ""
    named = _NAMING.match(before.plain.strip())
    return named.group("y") if named else ""


def _conceded(read: ReadLesson, sentence: Sentence) -> bool:
    """Whether the next sentence of the paragraph overrides this one ("Programs do struggle,
    supervisors do carry authority. But a progress note is a legal record ..."): granted only to
    be set aside (English: concession, then "But"/"However"/"Yet")."""
    following = read.following(sentence)
    return (
        following is not None
        and (following.anchor, following.paragraph) == (sentence.anchor, sentence.paragraph)
        and rx.match(r"^(?:but|however|yet|still)\b", following.plain.strip(), re.I) is not None
    )


# "It's the conversation Priya had: ...", "Instead, ...": what a sentence sets against the denial
# before it.
_INSTEAD = re.compile(r"^(?:it(?:'s|\u2019s| is)|instead,?|rather,?)\s+(?P<x>.{12,})$", re.I)


# "for the exam", "on the test": a sentence naming the exam a candidate studies for; "if an exam
# asks ...", "Asked what X is, ...": one putting the exam's question, whose answer the cue gives.
_FOR_THE_EXAM = re.compile(
    r"\b(?:for|on) (?:the|an|your) (?:\w+ )?(?:exam|test)\b|"
    r"\b(?:an?|the) (?:exam|test|question|item) asks\b|^(?:so,?\s+)?asked (?:what|which|how|who)\b",
    re.I,
)


# "the most appropriate response is ...", "the best answer is ...": the answer named as such.
_ANSWER_NAMED = re.compile(
    r"\bthe\s+(?:most\s+|best\s+|right\s+|correct\s+)(?:[a-z]+\s+)?(?:response|answer|action|"
    r"step|thing\s+to\s+do|move|choice)\s+(?:here\s+)?is\b",
    re.I,
)


# "X is the habit that most steadies ...", "X is the single most useful step": a superlative
# identity.
_SUPERLATIVE_IDENTITY = re.compile(
    r"\b(?:is|are)\s+the\s+(?:single\s+|one\s+)?(?:[\w-]+\s+)?(?:that|which)\s+most\s+[a-z]+|"
    r"\b(?:is|are)\s+the\s+(?:single\s+)?(?:most\s+[a-z]+|best|strongest|biggest)\s+[a-z]+",
    re.I,
)


def _affirmed(delivered: str) -> str:
    """What a colon delivers, as affirmed: "not the polished answer ..., but the part underneath"
    delivers the part underneath; a bare denial delivers nothing (English: in "not A but B" the
    assertion is B). Four words at least."""
    denied = rx.match(r"^not\b[^;]*?,?\s+but\s+(?:rather\s+)?(?P<b>.+)$", delivered, re.I)
    if denied:
        delivered = denied.group("b")
    elif rx.match(r"^not\b", delivered, re.I):
        return ""
    return delivered if len(delivered.split()) >= 4 else ""


# "A first meeting is not mainly for forms" (no "but", "instead", "rather" in it): the main clause
# denied.
_DENIAL = re.compile(
    r"^(?:[^,;:]{3,80}?\b(?:(?:is|are|was|were|does|do)\s+not|isn't|aren't|doesn't|don't)|"
    r"(?:nobody|no one|none)\s)\b",
    re.I,
)
# "When someone faces surgery, ...": a fronted adverbial clause and its comma.
_FRONTED_SCENE = re.compile(
    r"^(?:when|whenever|if|once|after|before|while)\b[^,;:]{3,100},\s+", re.I
)
# "Its main job is ...", "Instead, ...": a sentence going on about the same subject.
_GOES_ON = re.compile(r"^(?:its|it|their|they|instead|rather)\b", re.I)


def _only_denies(text: str) -> bool:
    """Whether a sentence only denies ("Giving directions to the bus stop isn't a roadblock", "For
    many Deaf people, that isn't so"): its main clause negated and nothing affirmed beside it, a
    point the sentences after it go on to make (English discourse: a denial sets up what holds)."""
    said = rx.sub(r"^[^,]{3,40},\s+(?=(?:that|this|it)\b)", "", text.strip())
    return bool(_DENIAL.match(said)) and not rx.search(
        r"\b(?:but|instead|rather|because|which)\b|,\s+so\b|[;:]", said, re.I
    )


def _it_resolved(read: ReadLesson, sentence: Sentence) -> str:
    """A sentence opening "It is ..." after one whose subject is a noun phrase ("American Sign
    Language is not English on the hands. It is a complete language ...") with that subject in
    the pronoun's place, so that the point names what it is about (English anaphora: "it" keeps
    the subject of the sentence before)."""
    text = sentence.plain.strip()
    before = read.previous(sentence)
    pronoun = rx.match(r"^(?:it|they)(?=\s+(?:is|are)\b)", text, re.I)
    if before is None or pronoun is None:
        return text
    subject = _NOUN_SUBJECT.match(before.plain.strip())
    if subject is None or rx.match(
        # (no pronoun, and no "there" or "here" of existence or place: "There are many paths.
        # They are ..." has no subject to lend)
        r"^(?:it|they|this|that|these|those|he|she|we|you|i|there|here|what|which|who|one|"
        r"each|all|some|many|most)\b",
        subject.group("s"),
        re.I,
    ):
        return text
    return subject.group("s") + text[pronoun.end() :]


# A sentence's subject, a noun phrase of up to six words, and its copula ("American Sign Language
# is not ...").
_NOUN_SUBJECT = re.compile(r"^(?P<s>[A-Z][\w'-]*(?:\s+[\w'-]+){0,5}?)\s+(?:is|are)\b")


def _corrected(read: ReadLesson, entry: tuple[str, Sentence, str]) -> tuple[str, Sentence, str]:
    """A cued denial followed by what holds instead ("A first meeting is not mainly for forms,
    goal-setting or rules. Its main job is getting to know the person ..."): the cue's point is
    the affirmation (English: a denial sets up the correction that follows it)."""
    text, sentence, cue = entry
    if cue not in ("explicit cue", "summing up", "conclusion", "summary"):
        return entry
    # ("When someone faces surgery, the peer specialist's job is not to ...": a fronted clause
    # sets the scene, and the denial is the main clause after it)
    scene = _FRONTED_SCENE.match(text)
    text = text[scene.end() :] if scene else text
    if not _DENIAL.match(text) or rx.search(r"\b(?:but|instead|rather)\b", text, re.I):
        return entry
    after = read.following(sentence)
    if after is None or _DENIAL.match(after.plain) or after.plain.rstrip().endswith("?"):
        return entry
    if not _GOES_ON.match(after.plain) and cue != "conclusion":
        # (a conclusion's paragraph goes on to the point in a sentence of its own: "Skilled
        # listeners don't rush to fill a pause ... Letting silence sit gives the person ...")
        return entry
    # Its "it" or "its" stands for the subject the denial named ("A first meeting's main job
    # is ..."): English anaphora, resolved so that the point reads on its own.
    subject = rx.match(
        r"^(?P<s>[^,;:]{3,60}?)\s+(?:is|are|was|were|does|do|isn't|aren't|doesn't|don't)\b",
        text,
        re.I,
    )
    said = after.plain
    pronoun = rx.match(r"^(?:(?P<own>its|their)|it|they)\b", said, re.I)
    if (
        subject
        and pronoun
        and not rx.match(r"^(?:it|they|this|that|nobody|no one|none)\b", subject.group("s"), re.I)
    ):
        # (a plural subject in "-s" takes the apostrophe alone: "Peer specialists' main job")
        owner = "'" if subject.group("s").endswith("s") else "'s"
        name = subject.group("s") + (owner if pronoun.group("own") else "")
        # ("It's to encourage ...": the contracted verb said in full after the name)
        said = name + rx.sub(r"^['\u2019]s\b", " is", said[pronoun.end() :])
        if scene:
            said = scene.group(0) + said  # (the scene the denial was set in holds for both)
    return (compress(said), after, cue)


def infer(read: ReadLesson) -> MainPoint:
    """The best-supported candidate, with a confidence in 0..1; flagged below REVIEW_THRESHOLD."""
    ranked = candidates(read)
    if not ranked:
        first = read.sentences[0] if read.sentences else None
        return MainPoint(
            text=compress(first.text) if first else read.lesson.title,
            confidence=0.0,
            source_sentence_id=first.id if first else "",
            flagged_for_review=True,
            from_front_matter=False,
            evidence=(),
        )
    best = ranked[0]
    evidence = tuple(
        sorted(
            {
                c.cue
                for c in ranked
                if c.sentence_id == best.sentence_id or jaccard(c.text, best.text) >= 0.25
            }
        )
    )
    # How far the evidence can be trusted: the strongest cue agreeing with the point. A cue in
    # words ("the key idea is") and the answer to the article's own question state the point on
    # purpose; a conclusion's first sentence often tells the end of a story (article writing).
    # The question outranks a cue when choosing (it says what is asked), but its answer is found
    # by position, so it is less sure than a cue. The score adds what agreement and penalties say
    # about this reading. The margin over a rival was tried and ranked right points below wrong
    # ones: a lesson with one weak candidate has no rival at all.
    reliability = min(1.0, max(_RELIABILITY.get(c, WEIGHTS[c]) for c in evidence) / 3.0)
    support = min(1.0, max(0.0, best.score) / 5.0)
    confidence = round(min(1.0, 0.2 + 0.6 * reliability + 0.2 * support), 3)
    if best.score <= 0:
        confidence = 0.0
    text = best.text[:1].upper() + best.text[1:]
    return MainPoint(
        text=text,
        confidence=confidence,
        source_sentence_id=best.sentence_id,
        flagged_for_review=confidence < REVIEW_THRESHOLD,
        from_front_matter=False,
        evidence=evidence,
    )


def locate(read: ReadLesson, text: str) -> Sentence | None:
    """The sentence that best states `text` (ties go to the conclusion, then the body, then the
    earliest)."""
    best: tuple[float, int, int] | None = None
    chosen = None
    for order, sentence in enumerate(read.sentences):
        score = recall(text, sentence.plain)
        key = (score, {"conclusion": 2, "body": 1, "summary": 0}[sentence.role], -order)
        if best is None or key > best:
            best, chosen = key, sentence
    if best is None or best[0] < 0.5:
        return None
    return chosen


def main_point(read: ReadLesson) -> MainPoint:
    """The front matter's main point when there is one, else the inferred one."""
    given = read.lesson.main_point.strip()
    if not given:
        return infer(read)
    source = locate(read, given)
    return MainPoint(
        text=given,
        confidence=1.0,
        source_sentence_id=source.id if source else "",
        flagged_for_review=False,
        from_front_matter=True,
        evidence=("front matter",),
    )
