"""The key realised for the stem (English grammar; inflection by lemminflect)."""

from __future__ import annotations

import re

import pytest

from quizzes.generation.answers import answer_for, claim, finite_verb, shorter


@pytest.mark.parametrize(
    ("stem", "statement", "key"),
    [
        (
            "What is the purpose of setting SMART goals in peer support?",
            "SMART goals give the person clarity and a structured path toward their goals.",
            "To give the person clarity and a structured path toward their goals",
        ),
        # A manner adverb before the role's verb stays with its act; a series closed before the
        # semicolon that ends the claim gets no second "and".
        (
            "A person goes quiet after a hard talk. What is the most helpful response?",
            "When a talk goes badly, the peer specialist calmly asks what happened, listens "
            "without arguing, admits their share and lets the person decide what comes next; "
            "trust often grows from it.",
            "Calmly asking what happened, listening without arguing, admitting their share and "
            "letting the person decide what comes next",
        ),
        # A fronted clause with a series inside it ends at its own comma; the role's "is" is
        # an act like its other verbs ("makes sure" among them).
        (
            "A peer specialist's cousin runs a moving company. What is the most appropriate action?",
            "When a peer specialist's personal, family or business ties touch the help a person "
            "needs, the peer specialist is open about the tie, tells a supervisor and makes sure "
            "the person can choose among several options.",
            "Being open about the tie, telling a supervisor and making sure the person can "
            "choose among several options",
        ),
        # A coordinated denial takes the act's form without its "do".
        (
            "A person invites you to a family wedding. What is the best way to respond?",
            "An invitation is a boundary question: the peer specialist thanks the person but "
            "does not answer on the spot, checking with a supervisor first.",
            "Thanking the person but not answering on the spot and checking with a supervisor "
            "first",
        ),
        # Asked when, the time answers, not the participle of what is done then, nor why.
        (
            "When should a peer specialist log a phone contact?",
            "Phone contacts are logged promptly after each call and within the agency's time "
            "limit, because memory fades.",
            "Promptly after each call and within the agency's time limit",
        ),
        # Asked which of a kind, the subject of "... and is a N" names it.
        (
            "Which of the following routines is most likely to ease morning stress?",
            "A bag packed the night before saves time at the door and is a simple calming "
            "routine, while rushing and skipped breakfasts add strain.",
            "A bag packed the night before",
        ),
        # A worker named by the job acts for the role the stem asks about, past two fronted
        # phrases, its adverb kept.
        (
            "A visitor trips on a rug. What should the peer specialist do next?",
            "After an accident, once everyone is safe, the staff member involved tells a "
            "supervisor and promptly writes a factual report.",
            "Tell a supervisor and promptly write a factual report",
        ),
        # What a thing lets someone do is what they can do.
        (
            "What is a main benefit of shared agenda setting?",
            "Setting the agenda together lets the person raise, reorder and drop topics, which "
            "builds ownership.",
            "The person can raise, reorder and drop topics",
        ),
        # Asked how to regard a thing, what it is regarded as, not what follows from it.
        (
            "How should a peer specialist understand a person's startle at a loud noise?",
            "A startle is an automatic survival response to a perceived threat, so peer "
            "specialists respond with calm and space.",
            "As an automatic survival response to a perceived threat",
        ),
        # A gerund appositive glosses its head as the act the best way asks for.
        (
            "What is the best way for a peer specialist to check that a plan was understood?",
            "Read-back, asking the person to say the plan in their own words, is the best way "
            "to check understanding.",
            "Asking the person to say the plan in their own words",
        ),
        # Asked what to do, the clause after a denial says it.
        (
            "A person you support asks to borrow money. What is the most appropriate response?",
            "Peer specialists should not lend money to people they support; they decline kindly "
            "and help the person find other resources.",
            "Declining kindly and helping the person find other resources",
        ),
        # "What N ...?" is answered by "the N ..." the statement names.
        (
            "Under the law, what right does a tenant have regarding their lease?",
            "The law gives tenants the right to read and keep a copy of their lease, with few "
            "exceptions.",
            "The right to read and keep a copy of their lease",
        ),
        # A step is an act, named as an instruction, not as a purpose.
        (
            "When a boundary question comes up, what is the first step in deciding what to do?",
            "The first step in deciding is to name the problem and to say whose needs are at "
            "stake.",
            "Name the problem and say whose needs are at stake",
        ),
        # Asked the right way to act, a passive with its means is the act, its patient the object.
        (
            "A peer specialist finds a wrong date in a paper chart. What is the correct way to fix "
            "it?",
            "A wrong entry in the chart is corrected with a single line through it.",
            "Correct a wrong entry in the chart with a single line through it",
        ),
        # What a thing is mainly for, an activity: a gerund answering its focus, an infinitive
        # its purpose (not "To know ...", the "to" inside "getting to know").
        (
            "What should be the main focus of a first home visit?",
            "A first home visit is mainly for getting to know the family and starting to build "
            "trust.",
            "Getting to know the family and starting to build trust",
        ),
        (
            "What is the purpose of a first home visit?",
            "A first home visit is mainly for getting to know the family and starting to build "
            "trust.",
            "To get to know the family and start to build trust",
        ),
        (
            "What type of environment should a Peer Support Specialist create?",
            "Peer specialists should create a collaborative, non-judgmental environment where "
            "people can be honest.",
            "A collaborative, non-judgmental environment",
        ),
        (
            "How can a Certified Peer Specialist foster hope in their clients?",
            "Sharing personal recovery stories fosters hope",
            "By sharing personal recovery stories",
        ),
        (
            "What allows a Peer Support Specialist to establish trust?",
            "Empathy and understanding are what establish trust",
            "Empathy and understanding",
        ),
        (
            'How does the principle of "hope" influence peer support?',
            "Hope is the foundational belief that recovery is achievable, and peer support is "
            "built on holding that belief for the person.",
            "It is the foundational belief that recovery is achievable",
        ),
        (
            "Confidentiality can be broken under which circumstance?",
            "Confidentiality may be broken only when there is a risk of harm to the person.",
            "When there is a risk of harm to the person",
        ),
        (
            # A fronted condition, asked for: the clause up to its comma.
            "Confidentiality can be broken under which circumstance?",
            "If someone may seriously hurt themselves, the duty to protect life comes first.",
            "If someone may seriously hurt themselves",
        ),
        (
            # What a thing should contain is the object of "contain".
            "In a SOAP note, what should be included in the A portion of the note?",
            "The A section, Assessment, should contain an impression of the person's needs "
            "along with recommended referrals.",
            "An impression of the person's needs along with recommended referrals",
        ),
        (
            "Which of the following is NOT one of SAMHSA's guiding principles?",
            "Compliance with treatment is not one of SAMHSA's ten guiding principles.",
            "Compliance with treatment",
        ),
        (
            "A consumer wants friends. What action would the Peer Support Specialist take?",
            "When someone wants friends, the peer specialist refers them to self-help groups "
            "that fit their needs.",
            "Refer them to self-help groups that fit their needs",
        ),
        (
            # "Which stage?" + "X is the stage ...": the subject names the stage.
            "A person weighing change but undecided is in which stage of change?",
            "In the stages of change model, contemplation is the stage in which a person is "
            "aware of a problem and weighing whether to change.",
            "Contemplation",
        ),
        (
            # What the role does in a situation, asked as "What should ... do when ...?".
            "What should the peer specialist do when someone expresses thoughts of suicide?",
            "When someone expresses thoughts of suicide, the peer specialist asks directly about "
            "suicide and connects the person to immediate help.",
            "Ask directly about suicide and connect the person to immediate help",
        ),
        (
            # A clause object is "That ...", ended where the subject's next verb joins in.
            "What does trauma-informed care assume?",
            "Trauma-informed care assumes a person may have experienced trauma and organizes "
            "services to avoid re-traumatizing them.",
            "That a person may have experienced trauma",
        ),
        (
            # After a plural subject, the verb's base form is its present tense.
            "Why do boundaries protect the peer relationship?",
            "Boundaries keep the focus on the person's recovery.",
            "They keep the focus on the person's recovery",
        ),
        (
            # The step is what the role does, as a gerund phrase.
            "What is usually the most useful step when a person wants friends?",
            "When someone wants friends, the peer specialist refers them to self-help groups.",
            "Referring them to self-help groups",
        ),
        (
            # An instruction is the action itself.
            "A person wants friends. What would the Peer Support Specialist do to support them?",
            "Refer them to the self-help support groups that best fit their needs",
            "Refer them to the self-help support groups that best fit their needs",
        ),
        (
            "What is the definition of recovery?",
            "Recovery is an ongoing process of change toward health, not a cure.",
            "An ongoing process of change toward health",
        ),
        (
            "Which technique is essential for motivational interviewing?",
            "Active listening, aimed at understanding, is the essential technique of "
            "motivational interviewing.",
            "Active listening",
        ),
        (
            # An approach described by what it does: its coordinated verbs share the gerund.
            "Which statement best describes a harm reduction approach?",
            "Harm reduction meets people where they are and works to reduce the harms of "
            "substance use.",
            "Meeting people where they are and working to reduce the harms of substance use",
        ),
        (
            # A duty in the passive, asked as an action: the instruction in the active.
            "A peer discloses abuse of a child. What should the peer specialist do?",
            "Suspected child abuse must be reported under mandated reporting rules; "
            "confidentiality does not override that duty.",
            "Report suspected child abuse under mandated reporting rules",
        ),
        (
            # "Who <verb>s ...?": the subject of the stem's verb in the statement.
            "In shared decision-making, who makes the final decision about treatment?",
            "The provider contributes clinical knowledge, and the person makes the final choice.",
            "The person",
        ),
        (
            # "What is required ...?": the object of the verb the stem has in the passive.
            "Under 42 CFR Part 2, what is generally required before a program can disclose "
            "that someone is a patient?",
            "Part 2 protects these records strictly, so disclosure generally requires the "
            "patient's written consent, with only narrow exceptions.",
            "The patient's written consent",
        ),
        (
            # A definition asked for its purpose: the infinitive of purpose in it.
            "What is the main purpose of a WRAP?",
            "A WRAP is a plan the person designs and writes for themselves to stay well and to "
            "respond to triggers.",
            "To stay well and respond to triggers",
        ),
        (
            # A relative clause without "that" ("a plan the person designs"): a noun phrase.
            "Which of the following best describes a WRAP?",
            "A WRAP is a plan the person designs and writes for themselves to stay well and to "
            "respond to triggers and crises, day by day and year by year, alone or with others.",
            "A plan the person designs and writes for themselves",
        ),
        (
            # A scene before the question: the question decides the form; the role's means.
            "A person you support sends a friend request. What is the most appropriate response?",
            "Peer specialists keep their social media separate by declining connection requests "
            "and explaining the boundary.",
            "Declining connection requests and explaining the boundary",
        ),
        (
            # A role is what the role does; its coordinated verbs share the gerund.
            "What is the primary role of a peer specialist on a treatment team?",
            "On a treatment team the peer specialist contributes the lived-experience perspective "
            "and helps keep the person's voice at the center.",
            "Contributing the lived-experience perspective and helping keep the person's voice at "
            "the center",
        ),
        (
            # A member asked by its place in a series the point counts: that member alone.
            'What is the fourth "R"?',
            "The four R's are realize, recognize, respond and resist re-traumatization; the last "
            "means changing routines.",
            "Resist re-traumatization",
        ),
        (
            "What is the last stage?",
            "The five stages are precontemplation, contemplation, preparation, action and "
            "maintenance.",
            "Maintenance",
        ),
        (
            # What a thing does, asked its purpose: both its coordinated verbs in the base form.
            "What is the main purpose of a summary?",
            "A summary gathers and reflects back the main things the person has said.",
            "To gather and reflect back the main things the person has said",
        ),
        (
            # What a thing is "for" is its purpose; an infinitive after "how" is not.
            "What is the primary purpose of a relapse prevention plan?",
            "A relapse prevention plan is a tool for identifying triggers and deciding ahead of "
            "time how to respond to them.",
            "To identify triggers and decide ahead of time how to respond to them",
        ),
        (
            # "... influence the role of peer support?" asks how, not what a role is.
            "How does the principle of hope influence the role of peer support in recovery?",
            "Hope acts as the foundation of peer support because it is the conviction that "
            "recovery is achievable.",
            "It acts as the foundation of peer support because it is the conviction that recovery "
            "is achievable",
        ),
        (
            # The role's acts in series, asked as a response: all of them, "and" before the last
            # kept; the reason for an act is no part of it.
            "At the end of services, a peer offers you an expensive watch. What is the most "
            "appropriate response?",
            "When a peer offers an expensive gift, the peer specialist thanks them sincerely, "
            "declines it according to agency policy, and tells their supervisor.",
            "Thanking them sincerely, declining it according to agency policy, and telling their "
            "supervisor",
        ),
        (
            "A peer asks you to become a partner in his business. What is the most appropriate "
            "response?",
            "Peer specialists avoid dual relationships such as business partnerships, because a "
            "second role creates conflicts.",
            "Avoiding dual relationships such as business partnerships",
        ),
        (
            # "Which of the following is an N?" + "X and Y are Ns ...": the subject, however long,
            # its generic "you" the stem's subject.
            "Which of the following is an early warning sign of burnout in a peer specialist?",
            "Emotional exhaustion and growing detachment toward the people you serve are early "
            "signs of burnout that call for action.",
            "Emotional exhaustion and growing detachment toward the people they serve",
        ),
        (
            # Asked how to regard a thing: what it is, as the complement of "as"; the contrast
            # after the comma is left out.
            "How should a peer worker understand a person's startle at a loud noise?",
            "A startle is a reflex of the nervous system, not a choice.",
            "As a reflex of the nervous system",
        ),
        (
            # Asked where something begins: its "from/with" phrase, before what it rules out.
            "Where should a peer specialist begin when planning a first meeting?",
            "A first meeting starts with the person's own questions rather than an intake form.",
            "With the person's own questions",
        ),
        (
            # Asked for one instance: one or two of the examples after "such as".
            "Which of the following is a sign of compassion fatigue?",
            "Compassion fatigue shows in changes such as dreading work, numbness toward others, "
            "poor sleep and irritability.",
            "Dreading work and numbness toward others",
        ),
        (
            # Asked for a response: the role's act the principle leads to ("so ..."), as a
            # gerund phrase, its coordinated verbs in the same form ("but keeping").
            "A neighbour asks a peer specialist how a participant is doing. What is the best "
            "response?",
            "Participants decide who hears about their recovery, so without consent a peer "
            "specialist thanks the neighbour but keeps everything private.",
            "Thanking the neighbour but keeping everything private",
        ),
        (
            # A parenthesis is an aside, left out of the key.
            "What is the central idea behind a wellness wheel?",
            "A wellness wheel is a balance across several areas of life (work, body, friends).",
            "A balance across several areas of life",
        ),
        (
            # "Which N ...?" asks for a name: "the X N", "the N of X", or the state one is "in".
            "Which stage of change is this person in?",
            "In the maintenance stage a person works to keep a change going.",
            "Maintenance",
        ),
        (
            "Which principle does offering two meeting times reflect?",
            "Offering options reflects the principle of voice and choice.",
            "Voice and choice",
        ),
        (
            # A "when" definition names an act: its gerund, done by anyone ("oneself"), a verb
            # and its gerund complement kept together ("stopping caring").
            "Which of the following best describes self-blame?",
            "Self-blame is when a person takes a hard event and turns it against themselves.",
            "Taking a hard event and turning it against oneself",
        ),
        (
            "Which of the following best describes burnout?",
            "Burnout happens when a worker gives more than they can restore and stops caring.",
            "Giving more than they can restore and stopping caring",
        ),
        (
            # "know that ...": the verb's own complement, not a relative clause to cut
            "Which of the following best describes attunement?",
            "Attunement is letting a person know that their feelings make sense, given what they "
            "have lived through and what they face now, without judging them.",
            "Letting a person know that their feelings make sense, given what they have lived "
            "through and what they face now, without judging them",
        ),
        (
            "Which stage of change best fits her?",
            "Someone who is weighing the pros and cons is still in contemplation.",
            "Contemplation",
        ),
        (
            # examples set off by commas belong to the fronted clause; "they" is the role
            # named in it, and "must" names the act
            "A peer worker sees a colleague take a gift card from a client. What is the most "
            "appropriate action?",
            "When a peer worker sees a colleague break a rule, such as taking a gift card, they "
            "must tell a supervisor promptly.",
            "Telling a supervisor promptly",
        ),
        (
            # asked for a practice, the instruction after the colon is the act, its first one
            "Which practice best keeps a support group safe?",
            "A support group needs care from the start: set ground rules with the members at the "
            "first meeting, and review them whenever someone new joins.",
            "Setting ground rules with the members at the first meeting",
        ),
        (
            "Which practice best keeps a support group safe?",
            "A support group needs care from the start: trust grows when members feel heard.",
            "A support group needs care from the start",
        ),
    ],
)
def test_the_key_is_the_part_of_the_main_point_the_stem_asks_for(
    stem: str, statement: str, key: str
) -> None:
    assert answer_for(stem, statement) == key


@pytest.mark.parametrize(
    ("stem", "statement", "key"),
    [
        (
            "What is the most appropriate response from the peer specialist?",
            "When a person discloses a relapse, the peer specialist should thank them for their "
            "honesty and explore what happened.",
            "Thanking them for their honesty and exploring what happened",
        ),
        (
            "What should the peer specialist do?",
            "When a person discloses a relapse, the peer specialist should thank them for their "
            "honesty and explore what happened.",
            "Thank them for their honesty and explore what happened",
        ),
        (
            "Which action best reflects the peer role?",
            "The peer specialist should gently name the boundary, explain why it exists and "
            "offer another way to stay connected.",
            "Gently naming the boundary, explaining why it exists and offering another way to "
            "stay connected",
        ),
        (
            "What is the best next step?",
            "The helper must report it to a supervisor.",
            "Reporting it to a supervisor",
        ),
        (
            "What is the most appropriate response?",
            "You should listen first and ask what they need.",
            "Listening first and asking what they need",
        ),
        (
            "Which action best reflects the peer role?",
            "Peer specialists offer information about options and let the person choose.",
            "Offering information about options and letting the person choose",
        ),
        (
            "What action would the peer specialist take?",
            "Peer specialists should offer information about options and let the person choose.",
            "Offer information about options and let the person choose",
        ),
    ],
)
def test_asked_what_to_do_the_roles_duty_is_the_act(stem: str, statement: str, key: str) -> None:
    assert answer_for(stem, statement) == key


def test_a_noun_after_a_word_that_can_be_an_adjective_is_no_verb() -> None:
    from quizzes.generation.answers import finite_verb

    # "personal triggers": "triggers" is the noun, the clause has no verb of its own yet
    phrase = "a tool for naming personal triggers and early signs"
    assert finite_verb(phrase.split(" ")) == -1
    assert finite_verb(["Hope", "triggers", "change"]) == 1
    # a hyphenated compound modifies the word after it
    assert finite_verb(["a", "network", "of", "peer-run", "services"]) == -1


def test_a_definition_names_its_coordinated_nouns_not_a_that_clause() -> None:
    """ "services and supports that build ...": a word after "and" that a relative clause follows
    is a noun, so the definition is a noun phrase, not "That ..." """
    assert (
        answer_for(
            "What is a drop-in network?",
            "A drop-in network is a loose, member-led web of peer-run programs and supports that "
            "welcomes newcomers, shares news and events across the town and keeps people connected.",
        )
        == "A loose, member-led web of peer-run programs and supports"
    )


def test_a_shorter_wording_drops_a_trailing_adjunct_of_time_with_a_gerund() -> None:
    assert shorter("Telling them to wait until symptoms ease before worrying about friends") == [
        "Telling them to wait until symptoms ease"
    ]


def test_a_shorter_wording_is_cut_where_english_lets_a_phrase_end() -> None:
    # a wh-clause after a preposition is its object, no relative clause to cut
    assert shorter(
        "If the tenant wants a cosigner, talk through who they trust and encourage them to have a "
        "word with that person"
    ) == ["If the tenant wants a cosigner, talk through who they trust and encourage them"]
    # nor is a fronted condition a wording of the claim after its comma
    assert shorter("When the tenant is in crisis, the helper stays calm and listens closely") == []
    # after a noun of content, "that" opens what the proof says, no relative clause
    assert (
        shorter("Treating a late rent payment as a hiccup rather than proof that someone failed")
        == []
    )
    # a definite noun's restrictive clause says which one it is: "the side" alone names none
    assert shorter("Close the talk and end on the side that leans toward change") == []
    # (unless the clause may be that of an indefinite noun before a preposition)
    assert shorter("Choose a topic for the visit that the person cares about most") == [
        "Choose a topic for the visit"
    ]
    # a modifier pointing outside the phrase goes, the phrase before it stands alone
    assert shorter("A three-part checklist for that first week of tenancy") == [
        "A three-part checklist"
    ]
    # a verb of will takes its infinitive as complement: no purpose to cut off ("and offer")
    assert shorter("Explain that diagnosing is outside the role and offer to help the person") == []


def test_a_shorter_wording_drops_an_adjunct_of_conformity() -> None:
    assert shorter(
        "Ask directly and connect them to immediate help according to agency policy"
    ) == ["Ask directly and connect them to immediate help"]


def test_a_shorter_wording_drops_examples_manner_and_a_second_infinitive() -> None:
    assert shorter("Declining roles such as lender or landlord with the people they serve") == [
        "Declining roles with the people they serve"
    ]
    assert shorter("Meeting people where they are without making sobriety a condition") == [
        "Meeting people where they are"
    ]
    assert shorter("To name personal triggers and warning signs and decide on a response") == [
        "To name personal triggers and warning signs"
    ]
    # the members "including" picks out, closing the answer
    assert shorter("To repeat the points the person has made, including their hopes for work") == [
        "To repeat the points the person has made"
    ]


def test_why_is_answered_by_a_reason_not_by_what_the_thing_is() -> None:
    """ "Why does validation matter?" is not answered by "Communicating that ..." (what validation
    is): a reason is a clause."""
    assert (
        answer_for(
            "Why does validation matter more than advice?",
            "Validation means communicating that a person's feelings are understandable.",
        )
        == ""
    )
    assert answer_for(
        "Why is empathy crucial for a CPS?", "Empathy helps a CPS build supportive relationships."
    ) == ("It helps a CPS build supportive relationships")


def test_a_shell_noun_keeps_the_clause_that_fills_it() -> None:
    """ "a set of simple skills" says next to nothing about grounding: the relative clause after a
    shell noun is its content, so the key keeps it."""
    assert (
        answer_for(
            "Which of the following best describes grounding?",
            "Grounding is a set of simple skills that help a person reconnect with the present "
            "moment when strong emotions pull them away from it.",
        )
        == "A set of simple skills that help a person reconnect with the present moment"
    )


def test_a_phrase_set_off_by_a_comma_goes_with_the_clause_defining_its_noun() -> None:
    """ "..., for callers who want to talk before a crisis": cut before the relative clause, "for
    callers" alone would say nothing; the phrase goes with the clause that defines its noun."""
    assert shorter(
        "A free phone line staffed by people with lived experience, for callers who want to talk "
        "before things reach a crisis"
    ) == ["A free phone line staffed by people with lived experience"]


def test_what_it_means_to_say_x_is_y_is_what_the_colon_delivers() -> None:
    assert answer_for(
        "What does it mean to say that grief is cyclical?",
        "Grief is cyclical: it comes back in waves, and a hard day does not undo the healing.",
    ) == ("Grief comes back in waves")


def test_a_shorter_wording_cuts_after_a_noun_never_inside_a_phrase() -> None:
    assert shorter("One person has more than one disorder at the same time, usually two") == [
        "One person has more than one disorder at the same time"
    ]
    # Never "a structured" alone; coordinate adjectives may be reduced to the first.
    assert shorter("To give the person clarity and a structured, step-by-step path") == [
        "To give the person clarity and a structured path"
    ]
    # A trailing adjunct of means stays: "through shared lived experience" may be the point.
    assert not shorter("Supporting people in their recovery journey through lived experience")


def test_why_is_answered_by_the_reason_and_a_title_can_be_the_question() -> None:
    from quizzes.generation.items import _title_as_question

    assert (
        answer_for(
            "Why does hope come first in peer support?",
            "Hope acts as the foundation of peer support because it is the conviction that "
            "recovery is achievable.",
        )
        == "Because it is the conviction that recovery is achievable"
    )
    assert _title_as_question("Why Hope Comes First in Peer Support") == (
        "Why does hope come first in peer support?"
    )
    assert _title_as_question("How Certified Peer Specialists Ignite Hope in Clients") == (
        "How do certified peer specialists ignite hope in clients?"
    )
    assert _title_as_question("Understanding the Role of Empathy") == ""


def test_a_series_of_predicates_cut_before_its_last_takes_and_before_its_new_last() -> None:
    """ "It respects X, keeps Y, and trusts Z" cut at ", and" would leave two predicates with
    no "and" between them: no sentence."""
    assert (
        claim(
            "It respects the person as the expert on their own life, keeps the relationship alive "
            "through the messy middle, and trusts that small changes can grow into bigger ones."
        )
        == "It respects the person as the expert on their own life and keeps the relationship "
        "alive through the messy middle"
    )
    # A list of nouns after a comma is no series of predicates.
    assert claim("Recovery involves mind, body, spirit and community.") == (
        "Recovery involves mind, body, spirit and community"
    )


def test_a_shorter_wording_keeps_the_first_of_two_coordinated_acts() -> None:
    assert "Contributing the lived-experience perspective" in shorter(
        "Contributing the lived-experience perspective and helping keep the person's voice at "
        "the center of decisions"
    )


def test_a_shorter_wording_drops_a_participial_modifier_set_off_by_a_comma() -> None:
    """ ", signed by both parties" adds a detail to a noun phrase complete before it; a
    participle in a series of adjectives ("a written, dated record") is no such modifier."""
    assert shorter("A brief record of what was agreed, signed by both parties") == [
        "A brief record of what was agreed"
    ]
    assert shorter("A written, dated record") == []


def test_what_a_rule_requires_is_the_act_it_prescribes_as_a_gerund_phrase() -> None:
    """ "What does X require?" + "X limits ...": "require" takes an act, so the key is the
    predicate as a gerund phrase, without the subject the stem already names."""
    assert (
        answer_for(
            'What does the "two-key" storage policy require?',
            "The two-key storage policy restricts each locker to staff who hold both keys.",
        )
        == "Restricting each locker to staff who hold both keys"
    )
    assert (
        answer_for(
            "What does a quiet-hours agreement call for?",
            "A quiet-hours agreement asks residents to keep noise down after ten.",
        )
        == "Asking residents to keep noise down after ten"
    )
    # The stem's own verb in the statement: its object answers, as before.
    assert (
        answer_for(
            "What does the visitor policy require?",
            "The visitor policy requires a signed log at the front desk.",
        )
        != "Requiring a signed log at the front desk"
    )


def test_a_stage_described_by_its_relative_clause_or_a_fronted_phrase_without_comma() -> None:
    """Asked for a statement describing a named stage, "the phase in which C" and "In the X
    phase C" both give C: the stem names the phase, a key repeating it would be a clue."""
    stem = "Which statement best describes the settling phase of a move?"
    assert (
        answer_for(
            stem, "Settling is the phase in which a family has unpacked and found a routine."
        )
        == "A family has unpacked and found a routine"
    )
    assert (
        answer_for(stem, "In the settling phase a family has unpacked and found a routine.")
        == "A family has unpacked and found a routine"
    )
    # A fronted phrase of words the stem does not have is no restatement of it.
    assert answer_for(stem, "In most cities a family has unpacked within a week.").startswith("In")


def test_a_difference_between_two_things_is_answered_with_both_halves() -> None:
    stem = "In a tenancy, what is the difference between a deposit and a fee?"
    assert (
        answer_for(
            stem,
            "In a tenancy, a deposit is money held against damage, while a fee is money spent "
            "on a service, and neither replaces rent.",
        )
        == "A deposit is money held against damage, while a fee is money spent on a service"
    )
    # A statement about one of the two alone is no difference: realised as before.
    assert "fee" not in answer_for(stem, "A deposit is money held against damage.")


@pytest.mark.parametrize(
    ("stem", "statement", "key"),
    [
        (
            "A member says she used again. What is the most helpful response from the facilitator?",
            "When someone discloses a relapse in group, the facilitator thanks them for their "
            "honesty, responds without judgment and asks what they need, so that the group stays "
            "safe.",
            "Thanking them for their honesty, responding without judgment and asking what they "
            "need",
        ),
        (
            "A person is unsure about drinking. What should the peer specialist do first?",
            "With someone who is ambivalent, the peer first explores the person's own reasons and "
            "then helps them choose a small goal, instead of imposing one.",
            "Explore the person's own reasons and then help them choose a small goal",
        ),
        (
            "The person snaps at the peer specialist. What is the most helpful response?",
            "Discord means the person feels pushed, so the peer specialist backs off by "
            "reflecting feelings and emphasizing the person's autonomy instead of arguing.",
            "Reflecting feelings and emphasizing the person's autonomy",
        ),
    ],
)
def test_asked_for_a_response_the_key_is_what_the_helper_does(
    stem: str, statement: str, key: str
) -> None:
    """A scene set before the helper acts ("When ..., the facilitator thanks ...") is the stem's
    own; the answer is what the helper does, its means when it says how ("backs off by ..."), in
    the base form under "What should X do?"."""
    assert answer_for(stem, statement) == key


def test_a_contrast_inside_a_series_member_takes_the_member_with_it() -> None:
    assert (
        claim(
            "Humility means treating the person as the expert, asking instead of assuming, and "
            "staying open."
        )
        == "Humility means treating the person as the expert"
    )


def test_a_shorter_wording_keeps_the_first_step_of_and_then() -> None:
    assert "Explore the person's own reasons" in shorter(
        "Explore the person's own reasons and then help them choose a small, specific goal"
    )
    assert "Acknowledging the contribution" in shorter(
        "Acknowledging the contribution and then redirecting the conversation"
    )
    # coordinate adjectives are one phrase: no cut after "small"
    assert not any(t.endswith("small") for t in shorter("Help them choose a small, specific goal"))


def test_a_term_defined_by_what_the_role_does_names_the_act() -> None:
    assert (
        answer_for(
            "What is a warm handoff?",
            "A warm handoff means the peer specialist personally connects the person with the next "
            "service, rather than leaving them to call alone.",
        )
        == "Personally connecting the person with the next service"
    )


def test_shorter_wordings_drop_an_adjunct_set_off_by_a_comma_or_a_purpose() -> None:
    """A gerund phrase complete before ", without ..." or ", treating ..." (the last adjunct
    first); an infinitive of purpose after a relative clause's object."""
    found = shorter(
        "Giving people a home right away, without requiring treatment first, treating housing "
        "as the foundation"
    )
    assert found[:2] == [
        "Giving people a home right away, without requiring treatment first",
        "Giving people a home right away",
    ]
    assert "Members are partners who work alongside staff" in shorter(
        "Members are partners who work alongside staff to run the house through the day"
    )
    # a "to" after a noun that takes an infinitive is its complement, not a purpose
    assert not any(
        t.endswith("right")
        for t in shorter("People who use the service have the right to leave it")
    )


def test_asked_what_a_scene_is_a_case_of_the_key_is_the_name_the_point_gives() -> None:
    assert (
        answer_for(
            "A peer specialist cannot sleep after a week of crisis calls. This is most likely:",
            "Sleep trouble after hearing others' trauma is secondary traumatic stress, a hazard "
            "of the work.",
        )
        == "Secondary traumatic stress"
    )


def test_asked_for_a_prepositions_object_the_key_is_the_one_the_point_gives() -> None:
    assert (
        answer_for(
            "Peer support grew most directly out of which of the following?",
            "Peer support began in the ex-patients' movement, where people spoke for themselves.",
        )
        == "The ex-patients' movement"
    )


def test_a_second_predicate_after_and_is_no_copula_statement() -> None:
    """ "X keeps skills current and is usually required ...": asked why X matters, the answer is
    what X does, "It ..."; a shorter wording keeps the first predicate."""
    key = answer_for(
        "Why is continuing education important?",
        "Continuing education keeps skills current and is usually required to stay certified.",
    )
    assert key == "It keeps skills current and is usually required to stay certified"
    assert "It keeps skills current" in shorter(key)


def test_a_reason_asked_by_name_is_the_because_clause() -> None:
    assert answer_for(
        "What is a main reason mentoring programs keep their members?",
        "Mentoring programs work because members see someone like them doing well.",
    ) == ("Members see someone like them doing well")


def test_a_shorter_wording_never_leaves_a_subject_and_its_verb_alone() -> None:
    """ "Mentoring works" says nothing: the clause after "because" or "when" is the claim."""
    assert shorter("A mentoring program works when members choose their own mentor") == []
    assert shorter("A mentoring program works because members see someone like them") == []


@pytest.mark.parametrize(
    ("stem", "statement", "key"),
    [
        # the condition under which a thing works, asked by "what makes it work"
        (
            "What makes a relapse plan most useful?",
            "A relapse plan works when it is written with the person, rather than for them.",
            "It is written with the person",
        ),
        # what a ruling found, asked by its verb (and "v." or "U.S." ends no sentence)
        (
            "What did the 1990 Smith v. Jones ruling establish?",
            "Smith v. Jones held that a tenant may not be evicted for asking for an accommodation.",
            "A tenant may not be evicted for asking for an accommodation",
        ),
        # the object of the verb the stem ends on
        (
            "What should a mentor focus on?",
            "Good mentoring focuses on the member's own goals, not on the program's rules.",
            "The member's own goals",
        ),
        # after a double denial, "but" gives the act
        (
            "A member threatens a neighbor. What should the facilitator do?",
            "The facilitator neither ignores it nor confronts the member, but calls a supervisor "
            "at once.",
            "Call a supervisor at once",
        ),
        # a superlative named in a second clause
        (
            "Which is the best sign that a program is well run?",
            "Programs differ widely, and outside accreditation is the best sign of quality.",
            "Outside accreditation",
        ),
        # "P, so Q": P is the reason for Q
        (
            "Why should a mentor know several kinds of support group?",
            "Recovery takes many paths, so a mentor learns several kinds of support group.",
            "Because recovery takes many paths",
        ),
        # "What distinguishes A from B?", the difference after a colon
        (
            "What distinguishes a slip from a relapse?",
            "The line between them is length: a slip is a brief return to use, while a relapse "
            "is a return to old patterns.",
            "A slip is a brief return to use, while a relapse is a return to old patterns",
        ),
        # "How does A differ from B?" asks the same difference, and its answer names both sides,
        # A's first (not the first clause alone, which says what B is)
        (
            "How does a mentor differ from a coach?",
            "A coach sets the goals, while a mentor follows the goals the member sets.",
            "A mentor follows the goals the member sets, while a coach sets the goals",
        ),
        # (the sides told apart by the words that differ, "simple" and "complex", not the noun
        # they share)
        (
            "What distinguishes a complex reply from a simple reply?",
            "A simple reply repeats the words, while a complex reply adds a likely meaning.",
            "A complex reply adds a likely meaning, while a simple reply repeats the words",
        ),
        # (a pronoun moved ahead of the person it stands for says that person: "their words"
        # before "the person" points at no one)
        (
            "What distinguishes a complex reply from a simple reply?",
            "A simple reply repeats what the person said, while a complex reply goes beyond their "
            "words to add a likely meaning for them.",
            "A complex reply goes beyond the person's words to add a likely meaning for them, while "
            "a simple reply repeats what the person said",
        ),
        (
            "What distinguishes a complex reply from a simple reply?",
            "A simple reply repeats what the person said, while a complex reply tells them what it "
            "might mean.",
            "A complex reply tells the person what it might mean, while a simple reply repeats "
            "what the person said",
        ),
        (
            "What is the difference between a mentor and Narcan?",
            "Narcan reverses an overdose, whereas a mentor listens.",
            "A mentor listens, while Narcan reverses an overdose",
        ),
        # a fused relative identifies ("X is what builds trust"), it describes nothing
        (
            "Which of the following best describes a warm welcome?",
            "A warm welcome is what builds trust in the first week.",
            "",
        ),
        (
            "What builds trust in the first week?",
            "A warm welcome is what builds trust in the first week.",
            "A warm welcome",
        ),
        # "What role do X play?": the act the role is in
        (
            "What role do recovery coaches play?",
            "Recovery coaches play a central role in linking people to community resources.",
            "Linking people to community resources",
        ),
        # "Which four ...?" asks for a set of four: the series of four the statement names
        (
            "Which four qualities make up a good check-in?",
            "A good check-in is made up of warmth, pacing, curiosity and follow-up, whatever the "
            "setting.",
            "Warmth, pacing, curiosity and follow-up",
        ),
        (
            "What are the three tasks of a sponsor?",
            "A sponsor has three tasks: listening, sharing the steps, and showing up.",
            "Listening, sharing the steps, and showing up",
        ),
        # an adjective before the kind noun names no member of it
        (
            "During which stage do members argue about how the group runs?",
            "Storming is the normal stage of conflict in a group.",
            "Storming",
        ),
    ],
)
def test_the_stems_verb_says_which_part_of_the_statement_answers(
    stem: str, statement: str, key: str
) -> None:
    assert answer_for(stem, statement) == key


def test_whom_a_thing_is_for_says_when_it_is_used() -> None:
    assert answer_for(
        "When is it appropriate to call the warmline?",
        "The warmline is a free line for anyone in emotional distress or worried about a friend.",
    ) == ("When someone is in emotional distress or worried about a friend")


def test_a_series_of_modifiers_is_not_cut_and_a_last_alternative_can_go() -> None:
    assert shorter(
        "When someone is in a family, work or money crisis, or worried about a friend"
    ) == ["When someone is in a family, work or money crisis"]


@pytest.mark.parametrize(
    ("stem", "statement", "key"),
    [
        # a later clause giving the role's duty answers what the role should do
        (
            "A person fears losing benefits. What should the peer specialist do?",
            "Benefit rules are complex, and a peer specialist should refer the person to a "
            "benefits counselor rather than advise on the rules.",
            "Refer the person to a benefits counselor",
        ),
        # a passive duty with an adverb, and a comma after it; "A" is no acronym
        (
            "Two coworkers disagree. What should the peer specialist do first?",
            "A disagreement with a coworker should first be raised privately, and early.",
            "Raise a disagreement with a coworker privately",
        ),
        # what qualifies someone is what they draw on
        (
            "What qualifies a parent partner for the role?",
            "A parent partner draws on lived experience of raising a child with a disability.",
            "Lived experience of raising a child with a disability",
        ),
        # no comma left at the end by a cut
        (
            "What is a workplace accommodation?",
            "A workplace accommodation is a change in how work is done, such as a later start, "
            "that lets a person do the job.",
            "A change in how work is done, such as a later start",
        ),
    ],
)
def test_a_duty_a_qualification_and_a_cut_are_realised_as_the_stem_asks(
    stem: str, statement: str, key: str
) -> None:
    assert answer_for(stem, statement) == key


def test_a_shorter_wording_never_cuts_a_gerund_subject_from_its_verb() -> None:
    assert (
        shorter("Keeping people in hospitals when they could live at home is discrimination") == []
    )


def test_a_long_key_ends_before_its_examples() -> None:
    key = answer_for(
        "A person on a hold asks whether they keep any rights. Which answer is accurate?",
        "A hold limits a person's freedom to leave for a time but does not take away the other "
        "rights they have, such as notice of the reason, access to a lawyer, and a review.",
    )
    assert key == (
        "A hold limits a person's freedom to leave for a time but does not take away the other "
        "rights they have"
    )


def test_how_much_is_the_bound_and_a_principle_is_what_a_model_follows() -> None:
    assert answer_for(
        "Under the privacy rule, how much of a record should staff share?",
        "The rule limits each disclosure of a record to the smallest part needed for the task.",
    ) == ("The smallest part needed for the task")
    assert answer_for(
        "Which principle is central to the clubhouse model?",
        "The clubhouse follows shared work: members and staff run the house side by side.",
    ) == ("Shared work")


@pytest.mark.parametrize(
    ("stem", "statement", "key"),
    [
        # after "neither ... nor ...;", the next clause of the same people gives the act
        (
            "A member wants to skip group. What is the best response?",
            "Facilitators neither scold nor ignore it; they ask what is going on and offer "
            "another time.",
            "Asking what is going on and offering another time",
        ),
        # the stem's own predicate goes before the condition
        (
            "When is sharing a meal with a member appropriate?",
            "A shared meal is appropriate only with a supervisor's approval, within policy.",
            "Only with a supervisor's approval, within policy",
        ),
    ],
)
def test_the_act_after_a_double_denial_and_the_condition_without_the_stems_word(
    stem: str, statement: str, key: str
) -> None:
    assert answer_for(stem, statement) == key


def test_a_definition_keeps_its_first_relative_clause_when_its_head_says_too_little() -> None:
    # "the quiet change" alone says too little; its first relative clause is its difference, and
    # the clause saying which helper ("a helper who listens to ...", a generic indefinite) stays
    # with it (2026.12-51: cut, the claim was said of every helper)
    assert (
        answer_for(
            "Which of the following best describes compassion fatigue?",
            "Compassion fatigue is the quiet change that can build up inside a helper who listens to "
            "other people's pain day after day for years on end",
        )
        == "The quiet change that can build up inside a helper who listens to other people's pain "
        "day after day for years on end"
    )
    # a genus and its adjectives alone, however many, say what kind of thing it is, not which:
    # asked what describes it, the relative clause stays in a shorter wording (2026.12-56: "A
    # welcoming peer-run community space", which a clubhouse is too)
    assert (
        answer_for(
            "Which of the following best describes a drop-in center?",
            "A drop-in center is a welcoming peer-run community space that anyone can visit during "
            "open hours without an appointment or a referral from a provider",
        )
        == "A welcoming peer-run community space that anyone can visit during open hours"
    )
    # a head with a phrase of its own after the noun says which, and is cut before its relative
    # clause as before
    assert (
        answer_for(
            "Which of the following best describes a recovery community center?",
            "A recovery community center is a hub of peer-run services and activities that anyone "
            "in recovery can use without a referral from a provider or a fee",
        )
        == "A hub of peer-run services and activities"
    )


def test_asked_what_the_role_should_do_the_act_is_its_base_form() -> None:
    stem = "What should a peer specialist do when a neighbor asks for money?"
    # "the right move is to V": the infinitive, without the reason given for it
    assert answer_for(
        stem, "To say no kindly and point to the food bank, because lending blurs the role"
    ) == ("Say no kindly and point to the food bank")
    # the role as the subject of a duty
    assert answer_for(stem, "Peer specialists should decline and offer other help") == (
        "Decline and offer other help"
    )


def test_a_prepositions_object_is_no_verb() -> None:
    from quizzes.generation.answers import finite_verb

    # ("resources" after "of" is a noun, not "resource" conjugated: the verb is "can")
    words = ["the", "whole", "stock", "of", "resources", "a", "person", "can", "draw", "on"]
    assert finite_verb(words) == words.index("can")
    assert finite_verb(["the", "group", "meets", "weekly"]) == 2


def test_why_is_answered_by_a_reason_given_in_a_later_clause() -> None:
    assert answer_for(
        "Why does a warm line help people between appointments?",
        "A warm line is a peer-run phone line for non-crisis talk; it helps because loneliness "
        "often peaks in the evening hours.",
    ) == ("Because loneliness often peaks in the evening hours")


def test_a_numeral_modifies_the_noun_after_it() -> None:
    from quizzes.generation.answers import finite_verb

    assert finite_verb(["in", "the", "last", "five", "minutes"]) == -1


def test_asked_what_to_do_the_act_is_what_the_colon_delivers() -> None:
    assert answer_for(
        "A peer specialist meets someone they support at a bus stop. What is the best way to "
        "handle it?",
        "Privacy does not stop at the office door: when meeting someone they support in public, "
        "the peer specialist follows their lead and never mentions the program.",
    ) == ("Following their lead and never mentioning the program")


def test_the_purpose_of_a_thing_is_what_its_defining_clause_says_it_does() -> None:
    from quizzes.generation.answers import purpose_of

    assert purpose_of(
        "A warm line is a peer-run phone service that offers company and eases loneliness "
        "between appointments."
    ) == ("To offer company and ease loneliness between appointments")
    assert purpose_of("A warm line is a phone service.") == ""


def test_a_plural_noun_before_a_plain_verb_and_its_object_is_the_subject() -> None:
    from quizzes.generation.answers import finite_verb

    # ("test strips show whether ...": "strips" is the subject's head, "show" its verb)
    assert finite_verb(["Urine", "test", "strips", "show", "whether", "it", "is", "there"]) == 3
    assert finite_verb(["Smoke", "alarms", "warn", "people", "early"]) == 2
    # ("helps build trust": "help" takes a bare infinitive, it stays the verb)
    assert finite_verb(["The", "training", "helps", "build", "the", "habit"]) == 2
    assert answer_for(
        "What is the purpose of urine test strips?",
        "Urine test strips show whether a sample holds a given substance.",
    ) == ("To show whether a sample holds a given substance")


def test_a_base_form_in_ss_is_no_third_person_verb() -> None:
    from quizzes.generation.answers import finite_verb

    assert finite_verb(["a", "planned", "shared", "process"]) == -1


def test_a_participle_clause_set_off_at_the_end_is_cut_and_each_wording_comes_once() -> None:
    # English: ", gathering ..." is a free adjunct; the act is whole before it.
    assert shorter("Check in weekly, asking what has changed since the last visit") == [
        "Check in weekly"
    ]
    found = shorter("Sharing a meal builds trust, creating a bond between members")
    assert found.count("Sharing a meal builds trust") == 1


def test_a_series_of_infinitives_cut_before_its_last_member_takes_and() -> None:
    # English: a series of two needs its "and" once the third member is gone.
    assert claim(
        "To greet the member by name, ask about the week, and agree on one step to try"
    ) == ("To greet the member by name and ask about the week")


def test_an_as_clause_after_the_subject_is_an_aside() -> None:
    """ "X, as the code of ethics uses the term, means ...": the clause says whose sense, and the
    claim is "X means ..." (English: a parenthetical set off by commas)."""
    assert claim(
        "Autonomy, as the state's code of ethics uses the word, means the right to decide."
    ) == ("Autonomy means the right to decide")


def test_a_key_cut_after_including_ends_before_it() -> None:
    """A main point cut to its length limit may end on "including" (`compress`): the key ends
    before the list's opener, whose members were cut."""
    statement = (
        "Autonomy means that each person has the right to make their own choices about their "
        "life and their recovery, including"
    )
    answer = answer_for("What does autonomy mean in peer support?", statement)
    assert answer.endswith("their recovery")


def test_a_shorter_purpose_drops_a_causative_of_permission() -> None:
    # English: what a thing lets its user do is what it is for; "let/allow/enable" adds no act.
    assert "To book a ride to the clinic" in shorter("To let a person book a ride to the clinic")
    assert "To book a ride to the clinic" in shorter("To allow people to book a ride to the clinic")
    # ("help" is an act of its own: helping someone book is not booking)
    assert "To book a ride to the clinic" not in shorter("To help people book a ride to the clinic")


def test_two_acts_left_by_a_cut_are_joined_by_and() -> None:
    # English coordination: a series of two takes "and", not a comma.
    assert (
        answer_for(
            "What should the peer specialist do when a caller is angry?",
            "When a caller is angry, the peer specialist still lowers their voice, slows the pace, "
            "and lets the caller finish every sentence, nothing cut",
        )
        == "Lower their voice and slow the pace"
    )
    # (shorter, the first two of three acts, as a series of two)
    assert shorter(
        "Thanking them sincerely, declining it according to agency policy, and telling their "
        "supervisor"
    ) == ["Thanking them sincerely and declining it according to agency policy"]
    # ("review" is a noun too; before its object it is the second act of the instruction)
    assert "Talk about the ending ahead of time" in shorter(
        "Talk about the ending ahead of time and review the progress together"
    )


def test_a_wh_word_after_between_opens_its_object_not_a_relative_clause() -> None:
    # English: "between where X and where Y" holds two free relatives, the objects of "between";
    # a relative clause follows a noun, never a preposition or "and".
    assert (
        answer_for(
            "What does rolling with discord mean?",
            "Rolling with discord means helping a person notice the space between what they say and "
            "what they do",
        )
        == "Helping a person notice the space between what they say and what they do"
    )
    assert answer_for(
        "What does a bridge plan mean?",
        "A bridge plan means a short plan that covers the gap between where someone is and where "
        "they are going",
    ).endswith("between where someone is and where they are going")


def test_a_verb_after_a_wh_word_and_its_subject_belongs_to_the_embedded_question() -> None:
    # "what it means" is a question inside the act: "means" is not the statement's verb
    assert (
        answer_for(
            "What is the best approach when a neighbor joins the group?",
            "To ask the neighbor about their faith and what it means to them",
        )
        == "To ask the neighbor about their faith and what it means to them"
    )
    assert (
        answer_for(
            "What is required for consent to count as informed?",
            "The person must understand the risks and how they are weighed",
        )
        == "The person must understand the risks and how they are weighed"
    )

    # a wh-word with no subject of its own ("what matters") leaves the statement's verb alone
    assert (
        answer_for(
            "Which of the following best describes knowing what matters?",
            "Knowing what matters is a skill that takes practice",
        )
        == "A skill that takes practice"
    )


def test_a_title_that_is_an_indirect_question_of_any_wh_word_becomes_the_direct_one() -> None:
    """English grammar of indirect questions: a lexical verb takes do-support in its own tense,
    an auxiliary or modal moves before the subject, a wh-word that is the subject keeps the
    order; "really" and "actually" only insist on the answer and go."""
    from quizzes.generation.items import _title_as_question

    body = "Many towns now run Open Table dinners. We went to one."
    assert _title_as_question("Second Chances: What Open Table Really Means", body) == (
        "What does Open Table mean?"
    )
    assert _title_as_question("Where Warmlines Came From") == "Where did warmlines come from?"
    assert _title_as_question("Why Mentors Should Learn Two Kinds of Listening") == (
        "Why should mentors learn two kinds of listening?"
    )
    assert _title_as_question("Quiet Rooms: What a Respite House Actually Is") == (
        "What is a respite house?"
    )
    assert _title_as_question("What Keeps Support Groups Going") == (
        "What keeps support groups going?"
    )
    assert _title_as_question("Who Decides What Goes in the Plan") == (
        "Who decides what goes in the plan?"
    )
    # A capital after a capital is a name's, not the word's: "health" stays common in a body
    # that names "the Office of Mental Health"; a name of two words keeps both capitals.
    body = "The state Office of Mental Health counts it. We follow the Housing First model."
    assert _title_as_question("Why Physical Health Belongs in Peer Support", body) == (
        "Why does physical health belong in peer support?"
    )
    assert _title_as_question("How Housing First Works", body) == "How does Housing First work?"
    # A pronoun points outside the title; a progressive is no question of manner.
    assert _title_as_question("Why That Matters") == ""
    assert _title_as_question("How Peer Work Is Changing") == ""


def test_asked_where_something_came_from_the_answer_is_its_source() -> None:
    """ "Where did X come from?" asks for the object of the statement's preposition of source
    ("traces back to", "grew out of"), as "out of which of the following" does."""
    assert (
        answer_for(
            "Where did warmlines come from?",
            "Warmlines trace back to the self-help groups of the 1980s, when callers wanted "
            "someone to talk to.",
        )
        == "The self-help groups of the 1980s"
    )


def test_a_requirement_in_the_subjunctive_passive_is_keyed_as_the_act() -> None:
    """English: "requires that X be V-ed" is "requires V-ing X"; asked what a rule requires, the
    key is the act done to the thing, each coordinated participle a gerund."""
    assert (
        answer_for(
            "What does the county's records rule require?",
            "It requires that case notes be stored or copied only on agency equipment.",
        )
        == "Storing or copying case notes only on agency equipment"
    )
    assert (
        answer_for(
            "What does the release policy require?",
            "The policy requires that consent be given in writing before anything is shared.",
        )
        == "Giving consent in writing before anything is shared"
    )


def test_a_definition_cut_before_its_relative_clause_drops_the_noun_the_clause_defined() -> None:
    """English: a restrictive relative clause defines its noun, so "..., for members who want to
    talk" cut before "who" loses "for members" too, not a dangling "..., for members"."""
    assert (
        answer_for(
            "What is a peer-run drop-in center?",
            "A peer-run drop-in center is a free, welcoming space staffed by people with lived "
            "experience of recovery and its setbacks, for members who want company during the day.",
        )
        == "A free, welcoming space staffed by people with lived experience of recovery and its "
        "setbacks"
    )


def test_a_shorter_wording_drops_adjuncts_set_off_at_the_end_last_first() -> None:
    """ "..., on the person's own terms, whether or not that includes religion": the clause of
    indifference goes first, then the phrase of manner; "that" after "whether or not" is the
    clause's subject, no relative pronoun to cut before."""
    found = shorter(
        "By exploring what gives the person hope and rest, on the person's own terms, whether or "
        "not that includes a faith"
    )
    assert found == [
        "By exploring what gives the person hope and rest, on the person's own terms",
        "By exploring what gives the person hope and rest",
    ]


def test_a_conditions_series_is_kept_whole() -> None:
    from quizzes.generation.answers import claim

    # ", and" closing the members of a condition is no second clause: all three are the condition
    assert claim(
        "Visit when the room is quiet, booked, and safe for the person, and not a minute before"
    ) == ("Visit when the room is quiet, booked, and safe for the person")
    # ... while a second clause after a condition of one member still goes
    assert claim("Ask for help when you feel lost, and call the team when things get worse") == (
        "Ask for help when you feel lost"
    )


def test_a_gerund_subject_bringing_about_what_a_how_stem_asks_is_its_means() -> None:
    # another verb than the stem's, the same end: the gerund subject is the means
    assert (
        answer_for(
            "How do mentors spark confidence in newcomers?",
            "Naming small wins builds confidence quickly",
        )
        == "By naming small wins"
    )
    # a predicate with nothing of the stem's end says no means
    assert answer_for("How do mentors spark confidence?", "Naming small wins takes practice") != (
        "By naming small wins"
    )


def test_a_shorter_wording_drops_an_adjunct_of_indifference_with_its_series() -> None:
    """ ", regardless of A, B or C" adds what does not matter, members and all; the claim is whole
    before it (English: the adjunct's object may be a series, its commas inside it). Nothing else
    is cut: "a place to live" is inside the subject, and "accepted, regardless" are no adjectives
    of one noun."""
    assert shorter(
        "Anyone who says they want a place to live is accepted, regardless of income, sobriety, "
        "debts or past evictions"
    ) == ["Anyone who says they want a place to live is accepted"]


def test_the_word_after_an_infinitive_is_its_object_not_the_clause_verb() -> None:
    """ "to build skills": a transitive infinitive takes its object next, so "skills" is no
    finite verb there, and the subject runs on to "sounds" (English)."""
    words = ["Starting", "in", "a", "workshop", "to", "build", "skills", "sounds", "safe"]
    assert finite_verb(words) == words.index("sounds")


@pytest.mark.parametrize(
    ("stem", "key", "reversed_"),
    [
        (
            "What is the difference between a warm handoff and a cold referral?",
            "A warm handoff introduces the person to the new helper face to face",
            "A cold referral introduces the person to the new helper face to face",
        ),
        # agreement: a plural subject takes the other name in the plural, "a" becomes "an"
        (
            "What is the difference between a craving and an early warning sign?",
            "Cravings pass within minutes",
            "Early warning signs pass within minutes",
        ),
        (
            "What distinguishes a mentor from an advocate?",
            "A mentor shares a way through that worked for them",
            "An advocate shares a way through that worked for them",
        ),
        # both halves trade places
        (
            "How does open questioning differ from closed questioning?",
            "Open questioning invites a story, while closed questioning asks for a fact",
            "Closed questioning invites a story, while open questioning asks for a fact",
        ),
        # modifiers sharing one head: "open and closed questions" is two kinds of question
        (
            "What is the difference between open and closed questions?",
            "Open questions invite a story",
            "Closed questions invite a story",
        ),
        # a name shortened to its last words, and "that of X" standing for X's role
        (
            "How does the role of a certified recovery coach differ from that of a case manager?",
            "A recovery coach shares lived experience of recovery",
            "A case manager shares lived experience of recovery",
        ),
        # a modifier the two names share stays before the name swapped
        (
            "What is the difference between a boundary crossing and a boundary violation?",
            "A boundary crossing is a step outside the usual limits of the role",
            "A boundary violation is a step outside the usual limits of the role",
        ),
        (
            "What is the difference between a lapse and a relapse?",
            "Progress made before a lapse is kept",
            "",
        ),
        # a subject that is neither of the two: nothing to turn round
        (
            "What distinguishes a complex reflection from a simple reflection?",
            "It adds meaning beyond the person's words",
            "",
        ),
        (
            "What is the difference between a lapse and a relapse?",
            "The difference lies in how long a lapse lasts",
            "",
        ),
        # no difference asked
        ("What is a lapse?", "A lapse is a short slip", ""),
    ],
)
def test_a_difference_key_turned_round_says_each_thing_of_the_other(
    stem: str, key: str, reversed_: str
) -> None:
    from quizzes.generation.answers import reversed_difference

    assert reversed_difference(stem, key) == reversed_


ENABLING = "What is the main difference between enabling and supporting?"
LAPSE = "What is the difference between a lapse and a relapse?"


@pytest.mark.parametrize(
    ("stem", "key", "shared"),
    [
        # the key's first half said of both, its verbs made plural, coordinated ones too
        (
            ENABLING,
            "Enabling shields people from the results of their behavior, while supporting helps",
            "Both enabling and supporting shield people from the results of their behavior",
        ),
        (
            "What distinguishes a boundary violation from a boundary crossing?",
            "A violation harms or exploits the person and serves the worker's needs, while a "
            "crossing does no harm",
            "Both a boundary violation and a boundary crossing harm or exploit the person and "
            "serve the worker's needs",
        ),
        # a copula agrees with two; a plural's present, a modal and a past tense stay
        (LAPSE, "A lapse is short", "Both a lapse and a relapse are short"),
        (
            "What is the difference between a trigger and an early warning sign?",
            "Triggers are outside events that can set off distress",
            "Both a trigger and an early warning sign are outside events that can set off distress",
        ),
        (LAPSE, "A lapse can end in a day", "Both a lapse and a relapse can end in a day"),
        (LAPSE, "A lapse ended in a day", "Both a lapse and a relapse ended in a day"),
        # after "a" and its noun an "-s" word is the verb, though "stays" is a noun too
        (
            "What is the difference between a simple reflection and a complex reflection?",
            "A simple reflection stays close to what the person said, while a complex reflection "
            "adds something",
            "Both a simple reflection and a complex reflection stay close to what the person said",
        ),
        # a single thing two cannot be, a comparison, a predicate naming either
        (LAPSE, "A lapse is a short slip", ""),
        # then the second half's trait, when the first names a single thing
        (
            LAPSE,
            "A lapse is a short slip, while a relapse lasts for weeks",
            "Both a lapse and a relapse last for weeks",
        ),
        (LAPSE, "A lapse is a short slip, while a relapse is a return to old patterns", ""),
        (LAPSE, "A lapse isn't a failure", ""),
        (LAPSE, "A lapse is shorter than a relapse", ""),
        (LAPSE, "A lapse comes before a relapse", ""),
        # a subject that is neither of the two, or a noun phrase one of them modifies
        (LAPSE, "It ends in a day", ""),
        (ENABLING, "Enabling patterns keep the problem going", ""),
        ("What is a lapse?", "A lapse is short", ""),
    ],
)
def test_a_difference_key_said_of_both_shares_the_trait(stem: str, key: str, shared: str) -> None:
    from quizzes.generation.answers import both_alike

    assert both_alike(stem, key) == shared


def test_a_shorter_wording_never_cuts_inside_a_quotation() -> None:
    from quizzes.generation.answers import shorter

    answer = 'A question that cannot be answered with a single word such as "yes," "no" or a number'
    assert all(w.count('"') % 2 == 0 for w in shorter(answer))
    assert 'A question that cannot be answered with a single word such as "yes' not in shorter(
        answer
    )


def test_a_shorter_wording_cuts_at_the_colon_not_inside_its_series() -> None:
    answer = (
        "Any time someone is struggling: thinking of self-harm, facing a crisis, or in distress"
    )
    found = shorter(answer)
    assert "Any time someone is struggling" in found
    # no wording keeps one member of the series as if it were all of it
    assert "Any time someone is struggling: thinking of self-harm" not in found


def test_a_shorter_wording_keeps_two_of_three_coordinate_adjectives() -> None:
    found = shorter("A timely, factual and objective account of the visit, tied to the goals")
    # each adjective holds of the noun alone: the first may go, with the other cuts
    assert "A factual and objective account of the visit" in found
    # "an" before a vowel
    assert "An open and brief account of the visit" in shorter(
        "A clear, open and brief account of the visit"
    )


def test_a_plural_subject_keeps_its_verb_past_an_adverb() -> None:
    # "Most people simply switch ...": the base form after the adverb is the plural's present
    assert finite_verb(["Most", "people", "simply", "switch", "to", "another", "plan"]) == 3


def test_a_run_in_label_is_no_part_of_the_claim() -> None:
    # "Exam tip: ..." names the kind of sentence, not what it says
    assert claim("Exam tip: on a rating scale, ask about the distance from the bottom.") == (
        "on a rating scale, ask about the distance from the bottom"
    )


@pytest.mark.parametrize(
    ("clause", "verb"),
    [
        # one thing takes no plural noun after it: its "-s" word is its verb
        ("A simple reflection stays close to what the person said", 3),
        ("A peer specialist helps people find work", 3),
        ("An open question invites a longer answer", 3),
        # a plural noun and then a verb's plain form still read as subject and verb
        ("Fentanyl test strips show whether a drug holds fentanyl", 3),
        ("Personal triggers show up", 2),
        # no noun after "a": the "-s" word modifies the noun after it
        ("A late benefits office closes early", 4),
    ],
)
def test_a_singular_subject_takes_its_s_word_as_its_verb(clause: str, verb: int) -> None:
    assert finite_verb(clause.split()) == verb


def test_a_that_after_a_wh_word_opens_no_relative_clause_to_cut() -> None:
    """ "... how the task conflicts and why that matters": "that" is the embedded question's
    subject, so no shorter wording ends on "why"."""
    answer = (
        "Explain plainly how the task conflicts with the peer role and why that matters to the "
        "people being served"
    )
    assert not any(re.search(r"\b(?:why|how)$", w) for w in shorter(answer))
