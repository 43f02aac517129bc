"""Scoring a noun phrase as a candidate initiative, with its actor and status.

`_Scorer` holds one sentence's phrases and clause subjects; `add` weighs the evidence for a
phrase (`_weights.WEIGHTS`) and records the `Candidate`; the actor is the verb's subject (or the
subject it shares, or the one who urges), the possessor, the parties or the reporter.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.core.facts.initiatives._actor import (
    actor_name,
    between_parties,
    is_person,
    names_no_agent,
    owner_name,
)
from app.core.facts.initiatives._lexicon import Lexicon, Verb, singular
from app.core.facts.initiatives._phrasing import (
    _complement_end,
    _existential,
    _inner_head,
)
from app.core.facts.initiatives._senses import figure_complement, other_sense
from app.core.facts.initiatives._status import verb_status
from app.core.facts.initiatives._weights import Weights
from app.core.facts.model import InitiativeStatus
from app.core.facts.nlp.discourse import Discourse
from app.core.facts.nlp.names import NameKind, read_name
from app.core.facts.nlp.phrases import (
    NOUN_TAGS,
    PROPER_TAGS,
    VERB_TAGS,
    Phrase,
    Subjects,
    phrases,
)
from app.core.facts.nlp.tagger import Token

_FINITE = frozenset({"VBD", "VBZ", "VBP"})
_STATUS_OF_HEAD: dict[str, InitiativeStatus] = {
    "plan": "planned",
    "proposal": "proposed",
    "call": "proposed",  # "calls for a lowering of the voting age"
    "request": "proposed",  # "granted the request for a pause on fees"
    "pledge": "announced",
    "promise": "announced",
}
# Modifiers that do not say which one: "other projects", "such reforms", "the latest tool",
# "a reasonable agreement" (a judgement, not a name).
_GENERIC = frozenset(
    """other such further more various same several many own latest current existing previous
    new first second third last next similar possible major big key general reported
    alleged proposed planned particular unique certain specific some any final
    reasonable fair good better best great bad""".split()
)
# Heads whose capitalised modifier is whose they are: "Tory plans", "Scottish Executive campaign".
_OWNED_BY_NAME = frozenset(
    """campaign plan proposal policy reform strategy bid takeover investment offer purchase
    drive effort""".split()
)
# Outlets: a website, channel or programme named after its owner ("the BBC News website") is an
# undertaking only when a verb says it is being launched.
_OUTLETS = frozenset("website websites site channel channels programme network service".split())
# Verbs whose object is who is asked to act ("urged Parliament to approve the amnesty"): the
# undertaking is the one who urges.
_CONTROL = frozenset(
    """urge urges urged urging ask asks asked asking call calls called press presses pressed
    tell tells told force forced allow allows allowed persuade persuaded""".split()
)

# Roles whose "for/of" phrase is the body they speak or work for, not an undertaking.
_SPEAKS_FOR = frozenset(
    """spokesman spokeswoman spokesperson representative official officials member members
    chairman chairwoman head director manager team staff employees workers""".split()
)
# Verbs that report what someone says or wants.
_REPORTING = frozenset(
    "said says told tells argued argues warned warns believes added adds denied denies".split()
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

# Prepositions whose object is never a clause's subject.
_PREPOSITIONS = frozenset("on in at via through from with into onto over under".split())

_NAMING = frozenset("called named dubbed".split())


def _called(tokens: Sequence[Token], phrase: Phrase) -> int | None:
    """ "a solar-powered town called Sunvale": the index where the name after "called" starts
    (the shortest phrase naming it), or None."""
    for k in range(phrase.body, phrase.head):
        if tokens[k].text.lower() in _NAMING and tokens[k].tag == "VBN":
            if all(t.tag in PROPER_TAGS for t in tokens[k + 1 : phrase.end]):
                return k + 1
            return None
    return None


# Verbs in the third person that a tagger may read as plural nouns after a name.
_MISREAD_VERBS = frozenset(
    """plans aims wants intends reports says announces launches unveils proposes seeks
    expects hopes""".split()
)


def _misread_plans(tokens: Sequence[Token], phrase: Phrase) -> bool:
    """ "Seoul plans to install 30 GW", "Okafor reports investments in X": a verb read as a
    noun of a phrase whose only words before it are a name: the name's clause, no phrase."""
    if phrase.start != phrase.body:
        return False
    for k in range(phrase.body + 1, phrase.end):
        if tokens[k].text.lower() in _MISREAD_VERBS:
            names = all(t.tag in PROPER_TAGS for t in tokens[phrase.body : k])
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            if names and (k < phrase.head or (after is not None and after.tag == "TO")):
                return True
    return False


@dataclass
class Candidate:
    """One mention that may name an undertaking, with its evidence."""

    sentence: int
    start: int  # character offsets of the name
    end: int
    head: str  # the head noun, singular, lower case
    words: frozenset[str]  # its other words, lower case: what merging compares
    score: float
    actor: str | None
    status: InitiativeStatus
    bare: bool = False  # only the head: a named mention of the same thing lifts the penalty


@dataclass(frozen=True, slots=True)
class _Verb:
    index: int
    entry: Verb
    actor: str | None
    passive: bool


class _Scorer:
    """One sentence's phrases and clause subjects, and the scoring of a phrase as a candidate."""

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
        self.phrases = phrases(tokens, text)
        self.subjects = Subjects(tokens, text, self.phrases)
        self.by_start = {p.start: p for p in self.phrases}
        self.found: dict[int, Candidate | None] = {}
        # Items of a plan's list ("plans for X and Y"): their status and actor.
        self.listed: dict[int, tuple[InitiativeStatus, str | None, float]] = {}
        self.last_gerund: tuple[int, float, InitiativeStatus] | None = None

    def inanimate_subject(self, verb: int) -> bool:
        """Whether the verb at `verb` has a subject that cannot undertake anything: a force
        ("the tariffs will reduce output", "higher prices would cut demand")."""
        controller = self._controller(verb)
        subject = self.subjects.subject_of(controller if controller is not None else verb)
        return subject is not None and names_no_agent(self.tokens, subject)

    def actor_of_subject(self, verb: int, relative: bool = True) -> str | None:
        """Who the subject of the verb at `verb` names; with `relative`, also the antecedent
        of "which"/"who" (only for a verb of undertaking: the antecedent of any other verb is
        not noted as a body for a later "it")."""
        controller = self._controller(verb)
        if controller is not None:
            verb = controller
        subject = self.subjects.subject_of(verb)
        if subject is None:
            shared = self._shared_verb(verb)
            subject = self.subjects.subject_of(shared) if shared is not None else None
        relative_pronoun = (
            subject is not None
            and subject.end - subject.start == 1
            and (self.tokens[subject.head].text.lower() in {"which", "who", "that"})
        )
        if (subject is None or relative_pronoun) and relative:
            subject = self._antecedent(verb)
        if subject is None:
            subject = self._gerund_subject(verb)
        if subject is None or self._after_preposition(subject):
            return None
        return actor_name(self.text, self.tokens, subject, self.discourse)

    def _has_own_subject(self, phrase: Phrase, verb: _Verb | None) -> bool:
        """Whether the undertaking has a subject or owner of its own ("we will build our own
        systems", said X): when that names no one, the reporter is no better a guess (the
        speaker of "we" is a person; the undertaking is their firm's)."""
        if phrase.owner is not None:
            return True
        if verb is None:
            return False
        controller = self._controller(verb.index)
        return self.subjects.subject_of(controller or verb.index) is not None

    def _after_preposition(self, subject: Phrase) -> bool:
        """ "The union said on Twitter that the rota ... and demanded X": a phrase right after
        a preposition is its object, never who acts, whatever a clause reading made of it."""
        k = subject.start - 1
        return k >= 0 and self.tokens[k].text.lower() in _PREPOSITIONS

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
        """ "Okoro is on the verge of signing X", "Vendia grew by opening X": the subject of
        the finite clause that a gerund after of/by/after/before belongs to."""
        tokens = self.tokens
        if tokens[verb].tag != "VBG" or verb < 2:
            return None
        if tokens[verb - 1].text.lower() not in {"of", "by", "after", "before"}:
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

    def add(self, phrase: Phrase, verb: _Verb | None) -> None:
        """Score `phrase` as a candidate (governed by `verb` or by none) if it may be one."""
        tokens, lex, w = self.tokens, self.lex, self.w
        head_token = tokens[phrase.head]
        if head_token.tag not in NOUN_TAGS or phrase.head < phrase.body:
            return
        body = tokens[phrase.body : phrase.end]
        # A name: every word capitalised ("International Monetary Fund", "Project xCloud").
        proper = all(t.text[:1].isupper() or not t.text[:1].isalnum() for t in body) and (
            head_token.tag in PROPER_TAGS or len(body) > 1
        )
        head_word = head_token.text.lower()
        entry = lex.heads.get(head_word)
        established = proper and entry is not None and len(body) > 1
        if established and (verb is None or verb.entry.kind != "create"):
            return  # "International Monetary Fund", "Sage Centre": a body or a place that exists
        named_head = None
        if proper and entry is None:
            # "Project xCloud", "Operation Clean Sweep": a head word opening a name.
            named_head = lex.heads.get(body[0].text.lower())
        if other_sense(tokens, phrase.body, phrase.head, lex):
            return
        if (
            phrase.start >= 2
            and tokens[phrase.start - 1].text.lower() in {"for", "of"}
            and tokens[phrase.start - 2].text.lower() in _SPEAKS_FOR
        ):
            return  # "a spokesman for the Bush-Cheney campaign": the body someone speaks for
        if tokens[phrase.start].text.lower() in {"any", "every", "each", "no"}:
            return  # "any video programme created by the villagers": no one undertaking
        if _misread_plans(tokens, phrase):
            return  # "Seoul plans to install solar": a clause, read as one by `_intended`
        if (
            phrase.body < phrase.head
            and phrase.body > 0
            and tokens[phrase.body - 1].text.lower() in {"and", "to", "or", ","}
            and (
                lex.verbs.get(tokens[phrase.body].text) is not None
                or (tokens[phrase.body].tag in {"VBD", "VBN"} and phrase.start == phrase.body)
            )
        ):
            return  # "and introduce market reforms", ", implemented Wall Street reforms"
        if phrase.body + 1 == phrase.end and head_token.tag in PROPER_TAGS:
            known = self.discourse.resolve(head_token.text, head_token.start)
            if known is not None and known.kind is NameKind.PERSON:
                return  # "to introduce Bond" (Beverly Bond, named before): a person
        if any(
            phrase.start == s.start and tokens[v].text.lower() in _REPORTING
            for v, s in self.subjects.reporters
        ):
            return  # "the Clinton campaign said": a body that speaks, not an undertaking
        if (
            (verb is None or verb.entry.kind != "create")
            and phrase.start not in self.listed  # an example of undertakings is one
            and head_word in _OUTLETS
            and any(t.tag in PROPER_TAGS for t in body[:-1])
            and not any(t.text == "new" for t in body)
        ):
            return  # "told the BBC News website", "the Today programme"
        score = 0.0
        end = phrase.end
        if entry is not None:
            score += w.head * entry.weight
            end = _complement_end(tokens, phrase, entry, self.by_start)
            if figure_complement(tokens, phrase.head, end, lex):
                return  # "an increase in retail prices": a figure
            inner = _inner_head(tokens, phrase, end, lex)
            if inner is not None and phrase.start not in self.listed:
                inner_phrase = next((p for p in self.phrases if p.head == inner.head), None)
                if inner_phrase is not None:
                    inner = inner_phrase  # "talks with X about its investment": the investment
                    status = verb_status(tokens, verb.index, verb.entry) if verb else "unknown"
                    actor = verb.actor if verb else None
                    bonus = w.verb_object if verb is not None else 0.0
                    self.listed[inner.start] = (status, actor, bonus)
                    self.found[phrase.start] = None
                    return
            if end > phrase.end:
                score += w.complement
        elif named_head is not None:
            score += w.head * named_head.weight
        if verb is not None:
            score += w.passive_subject if verb.passive else w.verb_object
            if entry is None and named_head is None:
                if not (proper and verb.entry.kind == "create") or phrase.start != verb.index + 1:
                    return  # "raise £4.5bn", "opened the door": no undertaking named
                name = read_name(self.text, body[0].start, body[-1].end)
                if name is not None and name.kind in {NameKind.ORGANISATION, NameKind.PLACE}:
                    return  # "launched handsets with Fujitsu": a firm or a place, no venture
                if is_person([t.text for t in body]):
                    return  # "introduced Jane Okafor to the board": a person, no venture
                written = self.text[body[0].start : body[-1].end]
                known = self.discourse.resolve(written, body[0].start)
                if known is not None and known.kind is NameKind.PERSON:
                    return  # "introduced Okafor at rallies": a person named before
                score += w.named_object
        elif _existential(tokens, phrase.start) is not None:
            score += w.verb_object  # "there should be a cap on donations": a proposal
        elif phrase.start not in self.listed:  # a listed item has its list's evidence
            score += w.no_verb
        if verb is None and entry is None and named_head is None:
            if phrase.start not in self.listed:
                return
            score += w.head  # "plans for a housing bank": the plan says it is an undertaking
        mods = body[:-1]
        if not proper and any(any(c.isupper() for c in t.text) for t in mods):  # "iCan"
            score += w.named_modifier
        if any(t.text == "new" for t in mods):
            score += w.new_modifier
        if any(t.tag in {"CD", "$"} or t.text[:1] in "£$€" for t in mods):
            score += w.quantity
        owner = owner_name(self.text, tokens, phrase, self.discourse)
        if phrase.owner is not None:
            score += w.possessor
        bare = (
            all(
                (t.text.lower() in _GENERIC and t.text != "new") or not t.text[:1].isalnum()
                for t in mods
            )
            and end == phrase.end
            and not proper
        )
        if bare:
            score += w.bare
        if (
            verb is None
            and head_token.tag == "NNS"
            and phrase.owner is None
            and not any(t.tag in PROPER_TAGS for t in body)
        ):
            score += w.plural_kind
        actor, status = self._actor_status(phrase, verb, owner, end)
        if actor is None and not self._has_own_subject(phrase, verb):
            actor = self._reporter()
        if phrase.start in self.listed:
            status, listed_actor, bonus = self.listed[phrase.start]
            score += bonus
            actor = actor if owner is not None else listed_actor or actor
        first = _called(tokens, phrase) or phrase.body
        while not tokens[first].text[:1].isalnum() and tokens[first].text[:1] not in "£$€":
            first += 1  # an opening quotation mark
        start_char = tokens[first].start
        words = (
            frozenset(singular(t.text.lower()) for t in tokens[first:end] if t.text[:1].isalnum())
            - {singular(head_word)}
            - _GENERIC
        )
        self.found[phrase.start] = Candidate(
            self.index,
            start_char,
            tokens[end - 1].end,
            singular(head_word),
            words,
            score,
            actor,
            status,
            bare,
        )

    def _actor_status(
        self, phrase: Phrase, verb: _Verb | None, owner: str | None, end: int
    ) -> tuple[str | None, InitiativeStatus]:
        tokens = self.tokens
        if verb is not None:
            actor = verb.actor
            if owner is not None and (actor is None or verb.passive):
                actor = owner
            controller = self._controller(verb.index)
            if controller is not None:
                entry = self.lex.verbs.get(tokens[controller].text.lower())
                if entry is not None and entry.kind == "propose":
                    return actor, "proposed"  # "urged Parliament to approve it": proposed
            return actor, verb_status(tokens, verb.index, verb.entry)
        head = singular(tokens[phrase.head].text.lower())
        status = _existential(tokens, phrase.start) or _STATUS_OF_HEAD.get(head, "unknown")
        actor = owner or between_parties(self.text, tokens, end, self.phrases)
        if actor is None and head in _OWNED_BY_NAME:
            names = [k for k in range(phrase.body, phrase.head) if tokens[k].text[:1].isupper()]
            demonym = (  # "a Russian campaign": a people, not who runs it
                len(names) == 1
                and tokens[names[0]].tag == "JJ"
                and "-" not in tokens[names[0]].text
            )
            if names and names == list(range(phrase.body, names[-1] + 1)) and not demonym:
                actor = self.text[tokens[names[0]].start : tokens[names[-1]].end]
        if actor is None:
            actor = self._governor_subject(phrase)
        # Not the subject of just any earlier verb: "the group said on Twitter that the
        # contract ... and demanded an extension" names no one behind it (bbc-facts-dev: two
        # more wrong actors, none more right).
        return actor, status

    def _reporter(self) -> str | None:
        """Who the sentence reports ("X should be capped, the watchdog has said"): the
        proposal is theirs."""
        for _, subject in self.subjects.reporters:
            name = actor_name(self.text, self.tokens, subject, self.discourse)
            if name is not None:
                return name
        for k, token in enumerate(self.tokens):
            # "It also says there should be X": a pronoun reporter, through the tracker.
            if token.text.lower() in _REPORTING and token.tag in _FINITE:
                pronoun = self.subjects.subject_of(k)
                if pronoun is not None and self.tokens[pronoun.head].tag == "PRP":
                    return actor_name(self.text, self.tokens, pronoun, self.discourse)
        return None

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
