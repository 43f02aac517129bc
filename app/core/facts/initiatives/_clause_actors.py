"""Who acts in one sentence's clauses: the subject of a verb (or the subject it shares, the one
who urges, the antecedent of "which"), the subject of a running verb, or the reporter.
"""

from __future__ import annotations

from functools import cached_property

from app.core.facts.initiatives._actor import (
    actor_name,
    names_no_agent,
    owner_name,
)
from app.core.facts.initiatives._candidate import Candidate, _Verb
from app.core.facts.initiatives._described_bodies import BODY_HEADS
from app.core.facts.initiatives._group_subjects import group_subject
from app.core.facts.initiatives._lexicon import Lexicon
from app.core.facts.initiatives._participles import split_participles
from app.core.facts.initiatives._phrasing import _TIME_HEADS
from app.core.facts.initiatives._status import ranked_copula
from app.core.facts.initiatives._weights import Weights
from app.core.facts.model import InitiativeStatus
from app.core.facts.nlp.chunks import chunked
from app.core.facts.nlp.discourse import Discourse
from app.core.facts.nlp.phrases import (
    PROPER_TAGS,
    VERB_TAGS,
    Phrase,
    Subjects,
    phrases,
)
from app.core.facts.nlp.tagger import Token

_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# Words of a count or a time between a verb and its infinitive: "voted 14-8 on Wednesday to".
_TIME_WORDS = frozenset("on in at last this next early late the of".split())
_TIME_REACH = 7
# Verbs whose object is who is asked to act ("urged Parliament to approve the amnesty"): the
# undertaking is the one who urges.
_CONTROL = frozenset(
    """urge urges urged urging ask asks asked asking call calls called press presses pressed
    tell tells told force forced allow allows allowed persuade persuaded""".split()
)
# Adjectives of nearness or commitment before "to <gerund>": "are close to agreeing a deal",
# "is committed to building": the gerund is the finite clause's subject's own act.
_NEAR = frozenset("close closer near nearer committed".split())
# Words that ask which way an infinitive goes: "decide whether to begin talks".
_ASKING = frozenset("whether how when".split())
# Verbs that report what someone says or wants.
_REPORTING = frozenset(
    "said says told tells argued argues warned warns believes added adds denied denies".split()
)
# Verbs whose object is told something: after their object "that" opens what is said ("told
# the Commons that the US had agreed ..."), never a relative clause about the object.
TELLING = frozenset(
    """tell tells told telling inform informs informed informing assure assures assured
    remind reminds reminded warn warns warned convince convinced persuade persuaded notify
    notified""".split()
)
# Nouns of an intention its owner holds: "the board's decision to suspend talks" is the board's
# act; "the government's refusal to order an inquiry" is not the government's inquiry.
_INTENTION_NOUNS = frozenset(
    """plan plans decision decisions move moves bid bids proposal proposals promise promises
    pledge pledges aim aims intention intentions attempt attempts effort efforts commitment
    commitments offer offers""".split()
)
# Heads of a publication or a study that reports: what it reports is never its own undertaking
# ("the newspaper suggested he may put an offer to shareholders").
_PUBLICATIONS = frozenset(
    """newspaper newspapers paper papers report reports magazine journal website survey study
    poll""".split()
)
# Verb chains after "and" that share the first verb's subject ("and is about to release").
_SHARED_CHAIN = frozenset({"MD", "RB", "TO", "VB", "VBD", "VBZ", "VBP", "VBN", "VBG"})
_SHARED_WORDS = frozenset("to about due set".split())
_SHARED_REACH = 24  # tokens from "and" back to the first verb (over a list's commas)


# Verbs whose subject is behind their object: "the council runs a scheme", "Vendia is pursuing
# a merger" (a verb of undertaking is read elsewhere).
_RUNNING = frozenset(
    """run runs ran running operate operates operated operating manage manages managed managing
    lead leads led leading head heads headed heading oversee oversees oversaw overseeing back
    backs backed backing pursue pursues pursued pursuing hold holds held holding""".split()
)

# Verbs whose subject holds the intention they take ("has plans to", "made a bid to").
_HOLDING = frozenset(
    """have has had having make makes made making take takes took taken taking
    unveil unveils unveiled""".split()
)

# Prepositions whose object is never a clause's subject.
_PREPOSITIONS = frozenset("on in at via through from with into onto over under".split())
# Links of a list ("in Kent and Sussex", "in France, Spain and Italy") and the words that open
# a pair ("in both France and Germany").
_LIST_LINKS = frozenset({"and", "or", ","})
_PAIR_OPENERS = frozenset({"both", "either"})
_OF_PLACE = frozenset({"in", "from", "of", "across", "at"})


class _Clause:
    """One sentence's phrases and clause subjects, and who acts in its clauses."""

    def __init__(
        self,
        text: str,
        index: int,
        tokens: list[Token],
        lex: Lexicon,
        discourse: Discourse,
        weights: Weights,
    ) -> None:
        self.text = text
        self.index = index
        self.tokens = tokens
        self.lex = lex
        self.discourse = discourse
        self.w = weights
        chunks = chunked(tokens, text)  # read once for both the phrases and the clauses
        self.phrases = split_participles(tokens, phrases(tokens, text, chunks), lex)
        self.subjects = Subjects(tokens, text, self.phrases, chunks)
        self.by_start = {p.start: p for p in self.phrases}
        self.found: dict[int, Candidate | None] = {}
        # Items of a plan's list ("plans for X and Y"): their status and actor.
        self.listed: dict[int, tuple[InitiativeStatus, str | None, float]] = {}
        self.last_gerund: tuple[int, float, InitiativeStatus] | None = None
        # Where a clause that schedules an undertaking ends its name ("pilot that starts in
        # September"), by the phrase's start (`_clause_places`).
        self.clause_ends: dict[int, int] = {}
        # A body the sentence opens on by a description only ("The city council said"), and the
        # one the sentence before in its paragraph opened on (set by the caller): the body an
        # opening "It" stands for when the tracker knows no named one.
        self.described_subject: str | None = None
        self.described_before: str | None = None

    def controlled_subject(self, verb: int) -> Phrase | None:
        """The subject of the verb at `verb`, or of the verb that controls it ("X plans to
        build": X); None when there is none."""
        controller = self._controller(verb)
        return self.subjects.subject_of(controller if controller is not None else verb)

    def inanimate_subject(self, verb: int) -> bool:
        """Whether the verb at `verb` has a subject that cannot undertake anything: a force
        ("the tariffs will reduce output", "higher prices would cut demand")."""
        subject = self.controlled_subject(verb)
        return subject is not None and names_no_agent(self.tokens, subject)

    def actor_of_subject(self, verb: int, relative: bool = True) -> str | None:
        """Who the subject of the verb at `verb` names; with `relative`, also the antecedent
        of "which"/"who" (only for a verb of undertaking: the antecedent of any other verb is
        not noted as a body for a later "it")."""
        controller = self._controller(verb)
        intention = self._owned_intention(verb)
        if intention is not None:
            return owner_name(self.text, self.tokens, intention, self.discourse)
        ranked = ranked_copula(self.tokens, verb) if controller is None else None
        if controller is not None:
            verb = controller
        elif ranked is None and self._someone_elses_intention(verb):
            return None  # "X welcomed the Swedish move to drop the case": not X's move
        # "Norland became the first country to ban X": the copula's subject, not "the first
        # country" a clause reader may take for the infinitive's own
        subject = self.subjects.subject_of(verb if ranked is None else ranked)
        if subject is None:
            shared = self._shared_verb(verb)
            subject = self.subjects.subject_of(shared) if shared is not None else None
        if subject is None and controller is None:
            governor = self._past_a_count_and_time(verb)
            if governor is None:
                governor = self._deciding_whether(verb)
            subject = self.subjects.subject_of(governor) if governor is not None else None
        relative_pronoun = (
            subject is not None
            and subject.end - subject.start == 1
            and (self.tokens[subject.head].text.lower() in {"which", "who", "that"})
        )
        if (subject is None or relative_pronoun) and relative:
            subject = self._antecedent(verb)
        if subject is None:
            subject = self._gerund_subject(verb)
        if subject is not None and self.tokens[subject.start].text.lower() == "whose":
            return self._possessive_antecedent(subject)
        if subject is not None:
            subject = self._past_listed_places(subject)
        if subject is None or self._after_preposition(subject):
            return None
        group = group_subject(self.text, self.tokens, self.phrases, subject)
        if group is not None:
            return group  # "Leaders of 14 Pacific and Indian Ocean nations": who they are
        actor = actor_name(self.text, self.tokens, subject, self.discourse)
        first = self._first_conjunct(subject)
        if actor is not None and first is None:
            self._note_described_subject(subject, actor)
        if actor is None and subject.start == 0 and self._it(subject):
            # "The city council said ... It is considering a project": the body the sentence
            # before opened on, when the tracker knows no named one "it" may be
            return self.described_before
        if actor is not None and first is not None:
            other = actor_name(self.text, self.tokens, first, self.discourse)
            if other is not None and other != actor:
                return f"{other} and {actor}"  # "Michael Howard and John Redwood launched"
        return actor

    def _note_described_subject(self, subject: Phrase, actor: str) -> None:
        """ "The city council said ...": a subject opening the sentence that describes a body
        the article names no other way ("the city council", as written inside a sentence),
        which a next sentence's "It" may stand for (`described_before`)."""
        tokens = self.tokens
        if subject.start != 0 or tokens[0].text.lower() != "the" or subject.owner is not None:
            return
        if tokens[subject.head].tag != "NN" or tokens[subject.head].text.lower() not in BODY_HEADS:
            return
        written = self.text[tokens[0].start : tokens[subject.end - 1].end]
        if actor == written:  # not resolved to a body named before ("the firm" -> "Vexar")
            self.described_subject = "the" + written[3:]

    def _it(self, subject: Phrase) -> bool:
        """Whether `subject` is the pronoun "it" alone."""
        return subject.end - subject.start == 1 and self.tokens[subject.head].text.lower() == "it"

    def _first_conjunct(self, subject: Phrase) -> Phrase | None:
        """For the second name of a subject "A and B" that opens its sentence or a clause
        ("said that A and B"), the phrase of A (both names); else None."""
        tokens = self.tokens
        k = subject.start - 1
        if k < 1 or tokens[k].text.lower() != "and" or tokens[subject.head].tag not in PROPER_TAGS:
            return None
        first = next((p for p in self.phrases if p.end == k), None)
        if first is None or tokens[first.head].tag not in PROPER_TAGS:
            return None
        if first.start > 0 and tokens[first.start - 1].text.lower() not in {";", "that"}:
            return None  # "talks with A and B", "A, B and C": not a pair opening its clause
        return first

    def _possessive_antecedent(self, subject: Phrase) -> str | None:
        """ "a release from the Marine Institute, whose scientists conducted the study": the
        scientists act for the body "whose" stands for, the phrase right before it (even after
        a preposition); None when no phrase ends there."""
        end = subject.start - 1 if self.tokens[subject.start - 1].text == "," else subject.start
        antecedent = next((p for p in self.phrases if p.end == end), None)
        if antecedent is None:
            return None
        return actor_name(self.text, self.tokens, antecedent, self.discourse)

    def _owned_intention(self, verb: int) -> Phrase | None:
        """For "to <verb>" after a possessed noun ("the board's decision to suspend talks",
        "its plan to sell X"): that noun's phrase, whose possessor is who acts, whoever the
        clause's subject is ("the paper said ... the board's decision to suspend talks")."""
        tokens = self.tokens
        if verb < 3 or tokens[verb - 1].tag != "TO" or tokens[verb - 2].tag not in {"NN", "NNS"}:
            return None
        if tokens[verb - 2].text.lower() not in _INTENTION_NOUNS:
            return None  # "the government's refusal to order", "its chips to create"
        noun = next((p for p in self.phrases if p.end == verb - 1), None)
        return noun if noun is not None and noun.owner is not None else None

    def _someone_elses_intention(self, verb: int) -> bool:
        """Whether the verb at `verb` is "to <verb>" after a noun ("the move to drop the case")
        that the clause's verb only reacts to ("welcomed", "criticised"): the noun is someone
        else's intention, so the clause's subject is not who acts. A subject that has, makes,
        announces or undertakes it ("has plans to", "unveiled a plan to") is."""
        tokens = self.tokens
        if verb < 3 or tokens[verb - 1].tag != "TO" or tokens[verb - 2].tag not in {"NN", "NNS"}:
            return False
        noun = next((p for p in self.phrases if p.end == verb - 1), None)
        if noun is None or noun.owner is not None or noun.start < 1:
            return False
        k = noun.start - 1
        if tokens[k].tag not in VERB_TAGS:
            return False  # "plans to", after a preposition or as the subject: read as before
        word = tokens[k].text.lower()
        return word not in _HOLDING and self.lex.verbs.get(word) is None

    def _has_own_subject(self, phrase: Phrase, verb: _Verb | None) -> bool:
        """Whether the undertaking has a subject or owner of its own ("we will build our own
        systems", said X): when that names no one, the reporter is no better a guess (the
        speaker of "we" is a person; the undertaking is their firm's)."""
        if phrase.owner is not None:
            return True
        if verb is None:
            return False
        if self._owned_intention(verb.index) is not None:
            return True  # "the paper said ... the board's decision to suspend talks"
        controller = self._controller(verb.index)
        subject = self.subjects.subject_of(controller or verb.index)
        # "The Home Start Scheme will open in March, the minister said": the undertaking as its
        # own verb's subject names no one behind it; the one who reports it does
        return subject is not None and subject.start != phrase.start

    def _after_preposition(self, subject: Phrase) -> bool:
        """ "The union said on Twitter that the rota ... and demanded X": a phrase right after
        a preposition is its object, never who acts, whatever a clause reading made of it."""
        k = subject.start - 1
        return k >= 0 and self.tokens[k].text.lower() in _PREPOSITIONS

    def _past_listed_places(self, subject: Phrase) -> Phrase | None:
        """ "Health officials in Kent and Sussex are planning X": a subject the clause reader
        took from the last name of a list of names after "in", "from", "of" (or "across", "at")
        is that preposition's object, as "Scotland" is in "Tax inspectors in Scotland have
        launched X"; the phrase before the preposition is the subject (None when no phrase ends
        there)."""
        tokens = self.tokens
        by_end = {p.end: p for p in self.phrases}
        k = subject.start - 1
        listed = False
        if tokens[subject.head].tag not in PROPER_TAGS or k < 1 or tokens[k].text.lower() == ",":
            return subject  # "the Argus Leader of Sioux Falls, Gov. Kristi Noem launched": no list
        while k >= 1 and tokens[k].text.lower() in _LIST_LINKS:
            before = by_end.get(k)
            if before is None or tokens[before.head].tag not in PROPER_TAGS:
                return subject  # "the planning process and Burger King has launched": clauses
            listed = True
            k = before.start - 1
            if k >= 0 and tokens[k].text.lower() in _PAIR_OPENERS:
                k -= 1  # "in both France and Germany"
        if not listed or k < 1 or tokens[k].text.lower() not in _OF_PLACE:
            return subject  # "because France and Germany have agreed": their own clause
        return by_end.get(k)

    def _antecedent(self, verb: int) -> Phrase | None:
        """ "the Hartley Report, which recommended X": the phrase a relative pronoun right
        before the verb stands for."""
        tokens = self.tokens
        k = verb - 1
        while k >= 0 and tokens[k].tag in {"RB", "MD", "VBZ", "VBD", "VBP"} and verb - k <= 3:
            k -= 1  # "which has recently launched"
        if k < 1 or tokens[k].text.lower() not in {"which", "who", "that"}:
            return None
        end = k - 1 if tokens[k - 1].text == "," else k
        return next((p for p in self.phrases if p.end == end), None)

    def _gerund_subject(self, verb: int) -> Phrase | None:
        """ "Okoro is on the verge of signing X", "Vendia grew by opening X", "Britain and
        Norway are close to agreeing a deal": the subject of the finite clause that a gerund
        after of/by/after/before (or "to" after a word of nearness, `_NEAR`) belongs to."""
        tokens = self.tokens
        if tokens[verb].tag != "VBG" or verb < 2:
            return None
        before = tokens[verb - 1].text.lower()
        if before not in {"of", "by", "after", "before"} and not (
            before == "to" and tokens[verb - 2].text.lower() in _NEAR
        ):
            return None
        for k in range(verb - 2, -1, -1):
            if tokens[k].text in {",", ";", ":"}:
                return None
            if tokens[k].tag in _FINITE:
                return self.subjects.subject_of(k)
        return None

    def _shared_verb(self, verb: int) -> int | None:
        """ "X sells scanners and is about to launch Y", "would introduce A, cut B and introduce
        C": the finite verb or modal before "and" whose subject the verb at `verb` shares, or
        None."""
        tokens = self.tokens
        k = verb - 1
        while (
            k >= 0
            and verb - k <= 6
            and (tokens[k].tag in _SHARED_CHAIN or tokens[k].text.lower() in _SHARED_WORDS)
        ):
            k -= 1
        if k < 1 or tokens[k].text.lower() != "and" or tokens[k - 1].text == ",":
            return None
        for m in range(k - 1, max(-1, k - _SHARED_REACH), -1):
            if tokens[m].text == "," and m + 1 < k and tokens[m + 1].tag in {"VB", "VBN", "VBD"}:
                continue  # "would introduce A, cut B and introduce C": verb phrases of one list
            if tokens[m].text.lower() in {",", ";", ":", "and", "but"}:
                return None
            if tokens[m].tag in _FINITE or tokens[m].tag == "MD":
                return m
        return None

    def _past_a_count_and_time(self, verb: int) -> int | None:
        """ "A Senate committee voted 14-8 on Wednesday to advance a bill": the finite verb
        whose infinitive the verb at `verb` is, past a count and a day or date between them
        (whose subject is the infinitive's); None when anything else stands between."""
        tokens = self.tokens
        if verb < 2 or tokens[verb - 1].tag != "TO":
            return None
        k = verb - 2
        while k >= 0 and verb - k <= _TIME_REACH:
            word = tokens[k].text.lower()
            if tokens[k].tag in _FINITE:
                return k if k < verb - 2 else None  # next to "to": the clause reader's own case
            if not (tokens[k].tag == "CD" or word in _TIME_HEADS or word in _TIME_WORDS):
                return None
            k -= 1
        return None

    def _deciding_whether(self, verb: int) -> int | None:
        """ "The council will decide in May whether to begin talks": the verb that asks
        "whether to" (or "how to", "when to") of the infinitive at `verb`, whose subject is
        the infinitive's; None for any other infinitive."""
        tokens = self.tokens
        if verb < 3 or tokens[verb - 1].text.lower() != "to":
            return None
        if tokens[verb - 2].text.lower() not in _ASKING:
            return None
        k = verb - 3
        while k >= 0 and verb - k <= _TIME_REACH and not tokens[k].tag.startswith("VB"):
            if tokens[k].text in {",", ";", ":"}:
                return None
            k -= 1  # past a time: "decide on 17 December whether to"
        return k if k >= 0 and tokens[k].tag.startswith("VB") else None

    def _controller(self, verb: int) -> int | None:
        """For "urged the Parliament to approve": the index of "urged", else None."""
        tokens = self.tokens
        if verb < 3 or tokens[verb - 1].tag != "TO":
            return None
        asked = next((p for p in self.phrases if p.end == verb - 1), None)
        if asked is None or asked.start < 1:
            return None
        k = asked.start - 1
        if tokens[k].text.lower() == "on":
            k -= 1  # "called on the council to"
        return k if k >= 0 and tokens[k].text.lower() in _CONTROL else None

    def _reporter(self) -> str | None:
        """Who the sentence reports ("X should be capped, the watchdog has said"): the
        proposal is theirs."""
        for _, subject in self.subjects.reporters:
            if self.tokens[subject.head].text.lower() in _PUBLICATIONS:
                continue  # a newspaper reports others' plans
            name = actor_name(self.text, self.tokens, subject, self.discourse)
            if name is not None:
                return name
        for k in self._reporting_verbs:
            # "It also says there should be X": a pronoun reporter, through the tracker.
            pronoun = self.subjects.subject_of(k)
            if pronoun is not None and self.tokens[pronoun.head].tag == "PRP":
                return actor_name(self.text, self.tokens, pronoun, self.discourse)
        return None

    @cached_property
    def _reporting_verbs(self) -> list[int]:
        """Where the sentence's finite reporting verbs stand ("says", "said"), found once for
        all of its candidates (`_reporter` asks for each one)."""
        return [
            k
            for k, token in enumerate(self.tokens)
            if token.tag in _FINITE and token.text.lower() in _REPORTING
        ]

    def _clause_subject(self, phrase: Phrase) -> str | None:
        """The subject of the nearest finite verb before the phrase, if it names someone."""
        for k in range(phrase.start - 1, -1, -1):
            if self.tokens[k].tag in _FINITE or self.tokens[k].tag == "MD":
                subject = self.subjects.subject_of(k)
                if subject is None:
                    return None
                return actor_name(self.text, self.tokens, subject, self.discourse)
        return None

    def _governor_subject(self, phrase: Phrase) -> str | None:
        """For the object of a verb of running or pursuing ("the council runs a scheme"): that
        verb's subject."""
        k = phrase.start - 1
        if k >= 0 and self.tokens[k].tag in {"RP", "IN"} and k - 1 >= 0:
            k -= 1
        word = self.tokens[k].text.lower() if k >= 0 else ""
        if k >= 0 and self.tokens[k].tag in VERB_TAGS and word in _RUNNING:
            return self.actor_of_subject(k)
        return None  # "he brought up the X program": the subject of any verb is no owner
