"""Scoring a noun phrase as a candidate initiative, with its actor and status.

`_Scorer.add` weighs the evidence for a phrase that passes the gates (`_gates`) with
`_weights.WEIGHTS` and records the `Candidate`; the actor is the verb's subject
(`_clause_actors`), the possessor, the parties or the reporter.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.facts.initiatives._actor import (
    actor_name,
    between_parties,
    names_a_party,
    owner_name,
)
from app.core.facts.initiatives._antecedents import is_person
from app.core.facts.initiatives._candidate import Candidate, _Verb
from app.core.facts.initiatives._complements import _complement_end
from app.core.facts.initiatives._gates import (
    _GENERIC,
    _NAMING,
    _called,
    _Gates,
    announced_future,
    change_names_it,
    changed_modifier,
    future_subject,
)
from app.core.facts.initiatives._launched_products import launched_product
from app.core.facts.initiatives._lexicon import Head, Lexicon, singular
from app.core.facts.initiatives._new_bodies import body_set_up
from app.core.facts.initiatives._new_works import counted_places, new_work, sum_after, tried_out
from app.core.facts.initiatives._owners import owned_by_body
from app.core.facts.initiatives._phrasing import (
    _existential,
    _inner_head,
    _is_time,
)
from app.core.facts.initiatives._relatives import (
    RULE_HEADS,
    in_which_end,
    relative_end,
    required_end,
)
from app.core.facts.initiatives._senses import OCCASIONS, figure_complement
from app.core.facts.initiatives._status import subject_status, verb_status
from app.core.facts.initiatives._titled_names import title_possessor, title_start, titled
from app.core.facts.model import InitiativeStatus
from app.core.facts.nlp.lexicon import demonyms
from app.core.facts.nlp.names import NameKind, read_name
from app.core.facts.nlp.phrases import (
    NOUN_TAGS,
    PROPER_TAGS,
    Phrase,
)
from app.core.facts.nlp.tagger import Token

_STATUS_OF_HEAD: dict[str, InitiativeStatus] = {
    "plan": "planned",
    "proposal": "proposed",
    "call": "proposed",  # "calls for a lowering of the voting age"
    "request": "proposed",  # "granted the request for a pause on fees"
    "pledge": "announced",
    "promise": "announced",
}
# Heads whose capitalised modifier is whose they are: "Tory plans", "Scottish Executive campaign".
_OWNED_BY_NAME = frozenset(
    """campaign plan proposal policy reform strategy bid takeover investment offer purchase
    drive effort""".split()
)

# Number words that open a compound of size or length: "a six-month pilot", "a ten-point plan".
_NUMBER_WORDS = frozenset(
    """one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
    forty fifty hundred thousand million billion""".split()
)

# Media a campaign runs in, capitalised or not ("a TV advertising campaign"): no one who runs
# it (round 35).
_MEDIA = frozenset("tv television radio online internet web print billboard poster".split())


# Plural nouns of an intention whose "to" complement is what is intended: "plans to offer a
# voucher" reads as a clause without its subject; "a plan to dredge the harbour" names a plan.
_INTENTIONS = frozenset("plans proposals".split())


def _intended_act(
    tokens: Sequence[Token], first: int, phrase: Phrase, end: int, lex: Lexicon
) -> int:
    """Where the name of `phrase` opens: at the verb of its "to" complement when the name would
    open on a bare plural intention noun and that verb is one of undertaking or action
    ("unveiled plans to offer a £10 voucher" names "offer a £10 voucher": what is done; "plans
    to" tells the reader nothing), else `first`. Plans with words of their own ("£2bn plans to
    ...", "Tory plans to ..."), a plan ("a plan to dredge the harbour") and plans to reach an
    aim ("plans to help the industry") keep their noun."""
    if first != phrase.head or tokens[first].text.lower() not in _INTENTIONS:
        return first
    verb = first + 2
    if verb >= end or tokens[first + 1].text.lower() != "to" or tokens[verb].tag != "VB":
        return first
    word = tokens[verb].text.lower()
    return verb if word in lex.actions or word in lex.verbs else first


def _counted(word: str) -> bool:
    """Whether `word` is a counted compound ("six-month", "10-year", "three-point"): a size or
    a length makes an undertaking concrete, as a sum does."""
    first, dash, rest = word.partition("-")
    return bool(dash and rest) and (first.isdigit() or first.lower() in _NUMBER_WORDS)


# The possessor's name before it is read (None is a possessor read as no one).
_UNREAD = "\0unread"

# Words of amount a plural kind of thing opens with: "some tools", "more homes".
_KIND_OPENERS = frozenset("some more many several various other".split())


# Participles before a noun that say someone means to do it, and the status each gives.
MEANT: dict[str, InitiativeStatus] = {"proposed": "proposed", "planned": "planned"}


def _proposed(tokens: Sequence[Token], phrase: Phrase) -> InitiativeStatus | None:
    """ "the proposed Fenmoor rail link", "its planned £40m terminal": the status a "proposed"
    or "planned" before the head gives (a modifier, not the head nor a verb after a noun:
    "the plans proposed"), else None. Only with another modifier that says which one: "the
    planned reforms" alone names nothing a reader can use."""
    status: InitiativeStatus | None = None
    named = False
    for k in range(phrase.body, phrase.head):
        word = tokens[k].text.lower()
        if word in MEANT and tokens[k].tag in {"VBN", "VBD", "JJ"}:
            status = MEANT[word]
        elif word not in _GENERIC and word[:1].isalnum():
            named = True
    return status if named else None


# Ordinals that make an undertaking a further one ("a second trial"), not a named one.
_ORDINALS = frozenset("second third fourth fifth".split())
# Heads of a text a legislature passes, and the verbs that pass one: "approved a bill to
# repair flood barriers" is no bill launched.
_LAWS = frozenset("bill legislation law amendment".split())
_PASSING = frozenset("approve pass".split())
# Who passes a bill on to a vote of others ("A state committee approved a bill", "the Senate
# passed it"): a stage, the bill still proposed.
_STAGES = frozenset("committee subcommittee panel house senate chamber".split())


def _law_passed(tokens: Sequence[Token], phrase: Phrase, verb: _Verb) -> bool:
    """Whether `phrase` is a bill that `verb`, a verb of passing, approved."""
    return verb.entry.lemma in _PASSING and singular(tokens[phrase.head].text.lower()) in _LAWS


def _law_stage(actor: str | None) -> InitiativeStatus:
    """The status of a bill approved by `actor`: proposed after a committee, a panel or one
    chamber (it goes on to another vote), else completed (passed)."""
    last = actor.split()[-1].lower() if actor else ""
    return "proposed" if last in _STAGES else "completed"


# Verbs that put rules forward or in force ("proposed", "adopted", "unveiled"), and how much
# rules named by what they require weigh: as much as a bill's head.
_RULE_MAKING = frozenset({"propose", "create", "announce"})
_RULES_WEIGHT = 2


class _Scorer(_Gates):
    """One sentence's phrases and clause subjects, and the scoring of a phrase as a candidate."""

    def _required(self, phrase: Phrase, verb: _Verb) -> int | None:
        """The token end of rules that a verb of proposing or adopting takes, named by what
        they require ("proposed rules that would require lenders to publish their fees");
        None for rules with no such clause ("adopted new regulations")."""
        tokens = self.tokens
        if verb.passive or verb.entry.kind not in _RULE_MAKING:
            return None
        if tokens[phrase.head].text.lower() not in RULE_HEADS:
            return None
        return required_end(tokens, phrase, self.by_start)

    def add(self, phrase: Phrase, verb: _Verb | None) -> None:
        """Score `phrase` as a candidate (governed by `verb` or by none) if it may be one."""
        tokens, lex, w = self.tokens, self.lex, self.w
        head_token = tokens[phrase.head]
        if head_token.tag not in NOUN_TAGS or phrase.head < phrase.body:
            return
        head_word = head_token.text.lower()
        entry = lex.heads.get(head_word)
        proposed = _proposed(tokens, phrase) if verb is None else None
        if (
            verb is None
            and entry is None
            and phrase.start not in self.listed
            and tokens[phrase.body].text.lower() not in lex.heads
            and proposed is None
        ):
            return  # no verb, head, list or name a head word opens ("Project X"): never one
        body = tokens[phrase.body : phrase.end]
        # A name: every word capitalised ("International Monetary Fund", "Project xCloud").
        proper = all(t.text[:1].isupper() or not t.text[:1].isalnum() for t in body) and (
            head_token.tag in PROPER_TAGS or len(body) > 1
        )
        named_head = None
        if proper and entry is None:
            # "Project xCloud", "Operation Clean Sweep": a head word opening a name.
            named_head = lex.heads.get(body[0].text.lower())
        unnamed = verb is None and entry is None and named_head is None
        if unnamed and phrase.start not in self.listed and proposed is None:
            return  # no verb, no undertaking head or name, no list: never one
        if self._excluded(phrase, verb, proper, entry):
            return
        score = 0.0
        end = phrase.end
        called: tuple[int, int] | None = None
        agent: tuple[int, str | None] | None = None
        by_only = False  # the name's only words past its head are who brings it
        product = False  # a product a verb of launching takes (`_launched_products`)
        under = phrase.start > 0 and tokens[phrase.start - 1].text.lower() == "under"
        owner: str | None = _UNREAD  # the possessor's name, read once (it notes bodies)
        if entry is not None:
            score += w.head * entry.weight
            end = _complement_end(tokens, phrase, entry, self.by_start)
            if figure_complement(tokens, phrase.head, end, lex):
                return  # "an increase in retail prices": a figure
            inner = _inner_head(tokens, phrase, end, lex)
            if singular(head_word) in OCCASIONS:
                inner = None  # "the meeting on housing reform was cancelled": its topic is none
            if inner is not None and phrase.start not in self.listed:
                inner_phrase = next((p for p in self.phrases if p.head == inner.head), None)
                if inner_phrase is not None and not self._head_alone(inner_phrase):
                    # "a plan to build a pipeline": the bare "pipeline" names nothing a reader
                    # can use, so the plan keeps its name; "a plan to build a new pipeline"
                    # hands it on
                    inner = inner_phrase  # "talks with X about its investment": the investment
                    status = verb_status(tokens, verb.index, verb.entry) if verb else "unknown"
                    actor = verb.actor if verb else None
                    bonus = w.verb_object if verb is not None else 0.0
                    self.listed[inner.start] = (status, actor, bonus)
                    self.found[phrase.start] = None
                    return
            if self._changed(phrase, verb, entry):
                return  # "cut the alcohol limit": the limit is no undertaking (its inner one is)
            if end == phrase.end:
                end = relative_end(tokens, phrase, entry, self.by_start) or end
            if end == phrase.end:
                end = in_which_end(tokens, phrase, self.by_start) or end
            if end == phrase.end:
                end = self.clause_ends.get(phrase.start, end)
            agent = self._bringer(entry, end)
            if agent is not None:
                # "a pilot by the trust" says who runs it, not what it is: still a bare head
                # (unlike "an investigation by the FBI", an act on a target)
                by_only = end == phrase.end and not entry.brought
                end = agent[0]  # "an investigation by the FBI": who brings it is in its name
                if under:
                    score += w.passive_subject  # "under investigation by the FBI": being done
            if end > phrase.end:
                score += w.complement
        elif named_head is not None:
            score += w.head * named_head.weight
        if verb is not None:
            score += w.passive_subject if verb.passive else w.verb_object
            called = self._called_name(phrase, verb) if entry is None else None
            if called is not None:
                score += w.named_object  # "unveiled a van called the Lumora": a named product
                end = called[1]
            elif entry is None and named_head is None and launched_product(tokens, phrase, verb):
                score += w.launched_product  # "launched a folding scooter": a new product
                product = True  # "its first smartwatch": the product itself, no bare head
            elif (
                entry is None
                and named_head is None
                and new_work(tokens, phrase, verb)
                and not self._undertaking_subject(verb.index)
            ):
                # "approved a £240m terminal", "ordered six new ferries": a new work; "a share
                # buyback of up to 500m pounds": the sum it commits counts as one before it would
                score += w.quantity if sum_after(tokens, phrase.end) else 0.0
                where = self.by_start.get(end + 1) if end == phrase.end else None
                if where is not None and counted_places(tokens, end):
                    end = where.end  # "charging points at both ports": how many, where
                    score += w.quantity
                if tried_out(phrase, verb):
                    score += w.tried_out  # "will trial a four-day week": a scheme for a time
            elif entry is None and (ruled := self._required(phrase, verb)) is not None:
                score += w.head * _RULES_WEIGHT + w.complement  # proposed rules, what they require
                end = ruled
            elif (
                entry is None
                and named_head is None
                and (founded := body_set_up(tokens, phrase, verb, self.by_start))
            ):
                score += w.launched_product  # "set up an independent audit committee"
                end = founded
            elif entry is None and named_head is None:
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
        elif proposed is not None:
            score += w.proposed_modifier  # "the proposed Fenmoor rail link": meant to be done
        elif titled(tokens, phrase):
            score += w.titled_name  # "Under the Fair Rents Bill, ...": its own title says it
        elif entry is not None and entry.weight >= 3 and future_subject(tokens, phrase):
            pass  # "The Ride Safe programme will give ...": named and to be run, no verb needed
        elif entry is not None and entry.weight >= 2 and announced_future(tokens, phrase):
            score += w.verb_object  # "A hosepipe ban will come into force, X has announced"
            proposed = "planned"
        elif phrase.start not in self.listed:  # a listed item has its list's evidence
            owner = owner_name(self.text, tokens, phrase, self.discourse)
            owned = owned_by_body(tokens, phrase, entry, end, owner)
            score += w.body_owner if owned else w.no_verb  # "the EU's circular economy plan"
        if unnamed:
            score += w.head  # "plans for a housing bank": the plan says it is an undertaking
        mods = body[:-1]
        if not proper and any(any(c.isupper() for c in t.text) for t in mods):  # "iCan"
            score += w.named_modifier
        if any(t.text == "new" for t in mods):
            score += w.new_modifier
        if any(t.tag in {"CD", "$"} or t.text[:1] in "£$€" or _counted(t.text) for t in mods):
            score += w.quantity
        if owner is _UNREAD:
            owner = owner_name(self.text, tokens, phrase, self.discourse)
        in_title = title_possessor(tokens, phrase)
        if in_title:
            owner = None  # "the Renters' Fair Rent Bill": a word of the title, no one's
        if phrase.owner is not None:
            score += w.possessor
        bare = (
            all(
                (t.text.lower() in _GENERIC and t.text != "new" and not self._another(t, verb))
                or not t.text[:1].isalnum()
                for t in mods
            )
            and (end == phrase.end or by_only)
            and not proper
            and not product
        )
        if bare:
            score += w.bare
        unnamed_plural = (
            head_token.tag == "NNS"
            and phrase.owner is None
            and not any(t.tag in PROPER_TAGS for t in body)
        )
        if unnamed_plural and (verb is None or self._kind_of_things(phrase, end)):
            score += w.plural_kind
            unnamed_plural = False
        by_whom = agent[1] if agent is not None else None
        actor, status = self._actor_status(
            phrase, verb, by_whom or owner or self._of_owner(phrase), end
        )
        if proposed is not None and status == "unknown":
            status = proposed
        if by_whom is not None:
            actor = by_whom  # "the council approved a plan by Tarn Homes": the plan is Tarn's
            if verb is None and under:
                status = "ongoing"
        if actor is None and not self._has_own_subject(phrase, verb):
            actor = self._reporter()
        if (
            unnamed_plural
            and actor is None
            and not (verb is not None and verb.passive)
            and self._bare_plural(phrase, end)
        ):
            # "requiring staff to sign noncompete agreements": no one named signs one thing;
            # a passive ("Job cuts will be announced") leaves out who on purpose
            score += w.plural_kind
        if phrase.start in self.listed:
            status, listed_actor, bonus = self.listed[phrase.start]
            score += bonus
            actor = actor if owner is not None else listed_actor or actor
        first = called[0] if called is not None else _called(tokens, phrase) or phrase.body
        if in_title and phrase.owner is not None:
            first = phrase.owner[0]
        first = title_start(tokens, phrase, first)  # "the Prevention of Terrorism Bill"
        if (
            verb is not None
            and verb.entry.kind == "change"
            and changed_modifier(tokens, verb.index, phrase)
        ):
            first = verb.index  # "increased production targets": the change names it
        elif verb is not None and not verb.passive and change_names_it(tokens, verb.index, phrase):
            first = verb.index  # "freeze council tax", "ban charges for cabin bags"
        while not tokens[first].text[:1].isalnum() and tokens[first].text[:1] not in "£$€":
            first += 1  # an opening quotation mark
        if tokens[first].text.lower() == "own" and phrase.owner is not None and first < end - 1:
            first += 1  # "his own presidential campaign": "own" belongs with "his"
        first = _intended_act(tokens, first, phrase, end, lex)
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
            tried_out=verb is not None and tried_out(phrase, verb),
        )

    @staticmethod
    def _another(token: Token, verb: _Verb | None) -> bool:
        """ "will run a second trial": an ordinal on what a verb of starting, running or
        planning takes says a further one is put in hand, as "new" does ("rejected a second
        referendum" and "will seek a second term" stay bare)."""
        return (
            token.text.lower() in _ORDINALS
            and verb is not None
            and not verb.passive
            and verb.entry.kind in {"create", "run", "plan"}
        )

    def _head_alone(self, phrase: Phrase) -> bool:
        """A phrase whose name would be its lower-case head alone ("a pipeline"; not "Vendia's
        investment", "an investment in Ghana", "a new pipeline")."""
        tokens = self.tokens
        if phrase.owner is not None or phrase.end - phrase.body != 1:
            return False
        if tokens[phrase.head].text[:1].isupper():
            return False
        entry = self.lex.heads.get(tokens[phrase.head].text.lower())
        return entry is None or _complement_end(tokens, phrase, entry, self.by_start) == phrase.end

    def _undertaking_subject(self, verb: int) -> bool:
        """ "The Clean Rivers initiative will fund 20 new wetlands": the verb's subject is an
        undertaking (a head of weight 2 or more), and what it funds or builds is part of it."""
        subject = self.subjects.subject_of(verb)
        if subject is None:
            return False
        head = self.lex.heads.get(self.tokens[subject.head].text.lower())
        return head is not None and head.weight >= 2

    def _called_name(self, phrase: Phrase, verb: _Verb) -> tuple[int, int] | None:
        """ "unveiled a smaller delivery van for city streets called the Lumora Cargo 3", "is
        building a probe called Stellar Finch": the token span of the name that a naming
        participle gives the direct object of a verb that makes or runs something (at most
        one prepositional phrase between them), or None. The name is what a reader looks
        for: the product or venture made."""
        tokens = self.tokens
        if verb.passive or verb.entry.kind not in {"create", "run"}:
            return None
        if phrase.start != verb.index + 1:
            return None
        k = _called(tokens, phrase)
        if k is None:
            k = phrase.end
            if k < len(tokens) and tokens[k].tag == "IN":
                after = self.by_start.get(k + 1)
                k = after.end if after is not None else k
            if k >= len(tokens) or tokens[k].text.lower() not in _NAMING:
                return None
            k += 1
        if k < len(tokens) and tokens[k].text.lower() == "the":
            k += 1
        first = end = k
        while end < len(tokens) and (
            tokens[end].tag in PROPER_TAGS or (end > first and tokens[end].tag == "CD")
        ):
            end += 1
        if end == first or tokens[first].tag not in PROPER_TAGS:
            return None
        return first, end

    def _bringer(self, entry: Head, end: int) -> tuple[int, str | None] | None:
        """ "an investigation by the FBI", "a lawsuit by its former staff", "a campaign by
        Nigerian historians": the end of the "by" phrase after an undertaking's name and who it
        names (for a head someone brings against a target, `Head.brought`, any noun phrase;
        for any other head, one that names a party); None when there is none."""
        tokens = self.tokens
        if end + 1 >= len(tokens) or tokens[end].text.lower() != "by":
            return None
        agent = self.by_start.get(end + 1)
        if agent is None or tokens[agent.head].tag not in NOUN_TAGS:
            return None
        if _is_time(tokens, agent, self.by_start):
            return None  # "a ban by 2030", "by the end of the year": when, not who
        if any(
            t.tag in {"CD", "$"} or t.text[:1].isdigit() or t.text[:1] in "£$€"
            for t in tokens[agent.start : agent.end]
        ):
            return None  # "cut tax by £4bn": how much, not who
        if not entry.brought and not names_a_party(tokens, agent):
            return None  # "a cut by half", "a rise by 5 points": how much, not who
        return agent.end, actor_name(self.text, tokens, agent, self.discourse)

    def _of_owner(self, phrase: Phrase) -> str | None:
        """ "the campaign of Democratic candidate Bernie Sanders", "the bid of Gov. Walker", "an
        offer from Vendia": the named body or person an owned head's of- or from-phrase gives,
        else None."""
        tokens = self.tokens
        k = phrase.end
        if singular(tokens[phrase.head].text.lower()) not in _OWNED_BY_NAME:
            return None
        if k + 1 >= len(tokens) or tokens[k].text.lower() not in {"of", "from"}:
            return None
        of = self.by_start.get(k + 1)
        if of is None or tokens[of.head].tag not in PROPER_TAGS:
            return None
        return actor_name(self.text, tokens, of, self.discourse)

    def _bare_plural(self, phrase: Phrase, end: int) -> bool:
        """Whether the phrase is a plural with no determiner, number, sum or complement
        ("noncompete agreements"): a kind of thing unless someone named does it."""
        tokens = self.tokens
        return (
            phrase.start == phrase.body
            and end == phrase.end
            and not any(
                t.tag in {"CD", "$"} or t.text[:1] in "£$€" for t in tokens[phrase.start : end]
            )
        )

    def _kind_of_things(self, phrase: Phrase, end: int) -> bool:
        """ "offer some basic budgeting tools", "build more homes": a plural object opened by a
        word of amount, with no number, sum or complement, names a kind of thing, not one
        undertaking."""
        tokens = self.tokens
        if end > phrase.end or tokens[phrase.start].text.lower() not in _KIND_OPENERS:
            return False
        return not any(
            t.tag in {"CD", "$"} or t.text[:1] in "£$€" for t in tokens[phrase.start : end]
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
            status = verb_status(tokens, verb.index, verb.entry)
            if status == "launched" and _law_passed(tokens, phrase, verb):
                status = _law_stage(actor)
            return actor, status
        head = singular(tokens[phrase.head].text.lower())
        status = (
            _existential(tokens, phrase.start)
            or _STATUS_OF_HEAD.get(head)
            or (subject_status(tokens, end, head) if titled(tokens, phrase) else None)
            or "unknown"
        )
        actor = owner or between_parties(self.text, tokens, end, self.phrases)
        if actor is None and head in _OWNED_BY_NAME:
            names = [k for k in range(phrase.body, phrase.head) if tokens[k].text[:1].isupper()]
            demonym = (  # "a Russian campaign": a people, not who runs it
                len(names) == 1
                and (tokens[names[0]].tag == "JJ" or tokens[names[0]].text.lower() in demonyms())
                and "-" not in tokens[names[0]].text
            )
            medium = any(tokens[k].text.lower() in _MEDIA for k in names)
            if (
                names
                and names == list(range(phrase.body, names[-1] + 1))
                and not demonym
                and not medium
            ):
                actor = self.text[tokens[names[0]].start : tokens[names[-1]].end]
        if actor is None:
            actor = self._governor_subject(phrase)
        # Not the subject of just any earlier verb: "the group said on Twitter that the
        # contract ... and demanded an extension" names no one behind it (bbc-facts-dev: two
        # more wrong actors, none more right).
        return actor, status
