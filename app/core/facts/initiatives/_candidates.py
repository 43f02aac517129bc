"""Finding candidate initiatives in one sentence.

`_Sentence.run` finds them: the objects of verbs of undertaking (and the subjects of passives),
"plans for X and Y", examples after "including", "the establishment of X", an action verb under an
intention ("plans to shut 40 depots"), a creating verb with no object, policy gerunds ("for
scrapping tuition fees"), and phrases headed by an undertaking noun; each is scored by
`_scoring._Scorer.add`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from app.core.facts.initiatives._actor import (
    by_agent,
    owner_name,
)
from app.core.facts.initiatives._amounts import (
    CURRENCY_WORDS,
    SPENT_LEADS,
    amount_at,
    has_money,
)
from app.core.facts.initiatives._apposed_descriptions import _AppositionReader
from app.core.facts.initiatives._candidate import Candidate, _Verb
from app.core.facts.initiatives._clause_actors import _FINITE, _REPORTING
from app.core.facts.initiatives._clause_places import _ClauseReader
from app.core.facts.initiatives._example_kinds import named_through
from app.core.facts.initiatives._framing import _FramingReader
from app.core.facts.initiatives._gerunds import _GerundReader, _nominal
from app.core.facts.initiatives._legal import _LegalReader
from app.core.facts.initiatives._legal_steps import _LegalStepReader
from app.core.facts.initiatives._lexicon import Verb, singular
from app.core.facts.initiatives._passive_undertakings import _PassiveReader
from app.core.facts.initiatives._permissions import permitted
from app.core.facts.initiatives._phrasing import (
    _TIME_HEADS,
    _after_be,
    _before_time,
    _coordinated,
    _judged,
    _negated,
    _regime,
)
from app.core.facts.initiatives._rejections import REJECTED, planned_thing, rejection_object
from app.core.facts.initiatives._scoring import _STATUS_OF_HEAD
from app.core.facts.initiatives._staged import _StagedReader
from app.core.facts.initiatives._status import verb_status
from app.core.facts.model import InitiativeStatus
from app.core.facts.nlp.names import NameKind, read_name
from app.core.facts.nlp.phrases import (
    NOUN_TAGS,
    PROPER_TAGS,
    VERB_TAGS,
    Phrase,
)
from app.core.facts.nlp.tagger import Token

# Words that introduce examples of what was just named: "This includes A, B and C".
_INCLUDING = frozenset("include includes included including".split())
# Nouns for setting something up: "the establishment of X" says X is being set up.
_NOMINALISATIONS: dict[str, InitiativeStatus] = {
    "establishment": "planned",
    "creation": "planned",
    "introduction": "planned",
    "construction": "planned",
    "development": "planned",
    "building": "planned",
    "launch": "launched",
    "opening": "launched",
    # Undoing one: "the withdrawal of the bill" says the bill was dropped.
    "withdrawal": "cancelled",
    "cancellation": "cancelled",
    "repeal": "cancelled",
    "scrapping": "cancelled",
}
# Verbs whose subject undergoes what their object names ("Vendia faces a restructuring", "he
# faced an investigation").
_UNDERGOING = frozenset("face faces faced facing undergo undergoes underwent undergoing".split())
# Verbs whose subject is given a sanction others impose ("received a one-game suspension"): only
# a head someone brings against a target (`Head.brought`) counts, never "received a grant".
_RECEIVING = frozenset("receive receives received receiving".split())
_UNDERGONE = Verb("face", "run", None)
# Verbs of gaining support, and the support a body wins for what it means to do: "has won
# council backing for a £6m rebuild of its slipway", "secured funding for a new wing"; what the
# support is for is the winner's undertaking, planned (round 36).
_WINNING = frozenset(
    """win wins won winning secure secures secured securing gain gains gained gaining obtain
    obtains obtained obtaining get gets got gotten getting""".split()
)
_SUPPORT = frozenset(
    """backing approval support funding permission go-ahead consent blessing money cash
    grant""".split()
)
_BACKED = Verb("back", "plan", None)
_RECEIVED = Verb("receive", "create", None)  # "received a suspension": it was imposed
# "Staff will be balloted for strike action": what a body asks its members to vote for is
# what it plans (its actor is whoever says so, not the members balloted).
_BALLOTED = Verb("ballot", "plan", None)
_BALLOT_FORMS = frozenset({"balloted"})
# Forms of a verb of undertaking that are, as a past tense, another verb: "found" (find).
_PAST_OF_ANOTHER = frozenset({"found"})
_UNDERGOING_OR_RECEIVING = _UNDERGOING | _RECEIVING
# Words of a sum after its figure ("$3 billion").
_UNITS = frozenset("million billion trillion m bn".split())
# Verbs of spending: only a sum spent on one thing is an undertaking ("spend $3bn on a second
# factory"); spending on a kind of thing is a budget line ("spend more on public services").
_SPENDING = frozenset({"spend"})
# Passive verbs of asking whose infinitive is what others want done: "will be asked to submit".
_ASKED = frozenset("asked invited told urged encouraged".split())
_BE_FORMS = frozenset("be been being is are was were".split())
# Prepositions of a time a sum is spent over: "over the next five years", "by 2030".
_OVER_A_TIME = frozenset("over in during within by until across".split())
# What stands between a passive's subject and its participle: "was", "has been", "will be".
_AUXILIARIES = _BE_FORMS | frozenset("has have had will would could may might shall should".split())


# Verbs that put a review or a study in hand: "will commission a study of ...", "would publish a
# review of rural transport by March". Published already, a review is a report, not an
# undertaking: "publish" counts only for what is still to come (planned).
_COMMISSIONING = frozenset("commission commissions commissioned commissioning".split())
_PUBLISHING = frozenset("publish publishes publishing".split())
_COMMISSION = Verb("commission", "create", None)
_PUBLISH = Verb("publish", "plan", None)
# A law's text published is put before a legislature, whatever the tense: "the government has
# published a bill that would ban ...", "published draft legislation to ..." (proposed).
_PUBLISHED = _PUBLISHING | {"published"}
_LAW_TEXTS = frozenset("bill bills legislation".split())
_PUBLISH_LAW = Verb("publish", "propose", None)
# Words between the verb and a law's head: "a", "its long-awaited", "draft", "the Fair Rents".
_BEFORE_LAW = frozenset("DT PRP$ JJ NN NNP NNPS CD VBN POS".split())


def _in_hand(tokens: Sequence[Token], verb: int) -> Verb | None:
    """The verb of undertaking that commissioning or a future publishing at `verb` is, or None."""
    word = tokens[verb].text.lower()
    if word in _COMMISSIONING and tokens[verb].tag != "NN":
        return _COMMISSION
    if word in _PUBLISHED and tokens[verb].tag != "NN" and _law_after(tokens, verb):
        return _PUBLISH_LAW
    if word in _PUBLISHING and verb_status(tokens, verb, _COMMISSION) == "planned":
        return _PUBLISH
    return None


def _law_after(tokens: Sequence[Token], verb: int) -> bool:
    """Whether the noun phrase right after `verb` is headed by a law's text ("a bill",
    "draft legislation", "the Clean Rivers Bill")."""
    for k in range(verb + 1, min(verb + 7, len(tokens))):
        if tokens[k].text.lower() in _LAW_TEXTS:
            return k + 1 == len(tokens) or tokens[k + 1].tag not in NOUN_TAGS
        if tokens[k].tag not in _BEFORE_LAW:
            return False
    return False


def _requested(tokens: Sequence[Token], verb: int) -> bool:
    """Whether the verb at `verb` is the infinitive of a passive request ("will be asked to
    submit", "were urged to adopt"): what its subject is asked to do, not what it undertakes."""
    return (
        verb >= 3
        and tokens[verb - 1].text.lower() == "to"
        and tokens[verb - 2].text.lower() in _ASKED
        and tokens[verb - 3].text.lower() in _BE_FORMS
    )


def _pursued_with(tokens: Sequence[Token], j: int, entry: Verb) -> bool:
    """Whether "with" at `j` after a verb of pursuing and its particle opens what is pursued
    ("press ahead with talks", "go on with the reforms")."""
    if j >= len(tokens) or tokens[j].text != "with":
        return False
    return entry.particle == "ahead" or (entry.lemma == "go" and entry.particle == "on")


def _reports(token: Token) -> bool:
    """Whether `token` is a finite verb of saying, after which a reported clause opens."""
    return token.tag in _FINITE and token.text.lower() in _REPORTING


class _Sentence(
    _StagedReader,
    _PassiveReader,
    _LegalStepReader,
    _LegalReader,
    _GerundReader,
    _ClauseReader,
    _FramingReader,
    _AppositionReader,
):
    """The candidates of one sentence, built on its phrases and clause subjects."""

    def run(self) -> list[Candidate]:
        tokens = self.tokens
        for i, token in enumerate(tokens):
            if token.tag not in VERB_TAGS:
                if token.text.lower() in self.lex.policy and _nominal(tokens, i):
                    self._gerund(i)  # "calls for a lowering of the voting age"
                continue
            word = token.text.lower()
            if word in _WINNING:
                self._backed(i)
            entry = self._phrasal(i) or self.lex.verbs.get(word) or _in_hand(tokens, i)
            if word in _PAST_OF_ANOTHER and token.tag in {"VBD", "VBN"}:
                entry = None  # "one study found that": the past of "find", not "found a firm"
            if (word in self.lex.policy or self._next_in_list(i)) and self._gerund(i):
                continue
            if entry is None and self._rejected(i):
                continue
            if entry is None and word in _BALLOT_FORMS and _after_be(tokens, i):
                self._balloted(i)
                continue
            if entry is None and word in _UNDERGOING_OR_RECEIVING:
                self._undergone(i)
                continue
            if entry is None:
                if token.tag in _FINITE:
                    self.actor_of_subject(i, relative=False)  # noted for a later "it"
                continue
            if token.tag == "VBN" and _after_be(tokens, i):
                if _judged(tokens, i):
                    continue
                subject = self.subjects.subject_of(i)
                held = self._complemented_subject(i)
                if held is not None and (subject is None or subject.start > held.start):
                    subject = held  # "A scheme to plant trees was launched": not "trees"
                if subject is not None and tokens[subject.head].tag in NOUN_TAGS:
                    agent = by_agent(self.text, tokens, i + 1, self.phrases, self.discourse)
                    self.add(subject, _Verb(i, entry, agent, passive=True))
                continue
            reduced = self._reduced_passive(i, entry)
            if reduced is not None:
                agent = by_agent(self.text, tokens, i + 1, self.phrases, self.discourse)
                self.add(reduced, _Verb(i, entry, agent, passive=True))
                continue
            j = i + 1
            if j < len(tokens) and tokens[j].tag == "RP" and entry.particle is None:
                j += 1
            if entry.particle is not None:
                at = j
                j = self._after_sum(j, entry.particle)
                if entry.lemma in _SPENDING and j == at:
                    continue  # "to spend on public services": a budget line, not one thing
                if j < len(tokens) and tokens[j].text.lower() == entry.particle:
                    j += 1
                    if _pursued_with(tokens, j, entry):
                        j += 1  # "press ahead with talks": what is pursued follows "with"
                elif entry.particle != "on":
                    # "set out her position", "bring the Taliban to the table", "called the
                    # plan a failure" start nothing: only "set up", "bring in", "call for" do
                    # ("agreed a deal" and "agreed on a deal" both do).
                    continue
            obj = self.by_start.get(j)
            cut = _before_time(tokens, obj) if obj is not None else None
            if obj is not None and cut is not None and obj.body < cut:
                # "will launch a new programme next month": the object ends before its time
                obj = Phrase(obj.start, cut, cut - 1, obj.body, obj.owner)
            if (
                obj is not None
                and tokens[obj.head].text.lower() in _TIME_HEADS
                and not _regime(tokens, obj)  # "will trial a four-day week": what
            ):
                obj = None  # "that Vendia launched last year": when, not what
            if obj is None:
                gap = self._relative_object(i)
                if gap is not None and not _negated(tokens, i):
                    self.add(gap, _Verb(i, entry, self.actor_of_subject(i), passive=False))
                    continue
                if not self._scheduled(i, entry):
                    self._intransitive(i, entry)
                continue
            if _negated(tokens, i):
                continue  # "did not announce a new scheme": nothing is undertaken
            if _requested(tokens, i) or permitted(tokens, i):
                # "Councils will be asked to submit plans for new routes": someone else's request,
                # not yet anyone's undertaking (neither the plans nor what they are for); so
                # is what a rule would let others do ("let developers offer their own apps")
                for phrase in [obj, *_coordinated(tokens, self.by_start, obj)]:
                    self.found[phrase.start] = None
                continue
            if self.inanimate_subject(i):
                continue  # "the tariffs will reduce the national product": nobody acts
            verb = _Verb(i, entry, self.actor_of_subject(i), passive=False)
            if self._plan_list(obj, verb):
                continue
            listed = [obj, *_coordinated(tokens, self.by_start, obj)]
            for phrase in listed:
                self.add(phrase, verb)
            if entry.lemma in _SPENDING:
                self._spent_on_a_list(listed)
        for phrase in self.phrases:
            if phrase.start not in self.found and self._plan_list(phrase, None):
                continue
        self._examples()
        self._nominalised()
        self._intended()
        self._passive_intended()
        self._legal_action()
        self._staged_events()
        self._legal_steps()
        self._framed()
        self._apposed_descriptions()
        for phrase in self.phrases:
            if phrase.start not in self.found:
                self.add(phrase, None)  # a listed one with its list's evidence
        return [c for c in self.found.values() if c is not None]

    def _spent_on_a_list(self, listed: list[Phrase]) -> None:
        """ "will spend £30m on storm tanks and pipe upgrades": a sum is spent on the whole
        list, so the one item of it read as an undertaking names the whole list, not its own
        part alone (the other items, "storm tanks", name no undertaking by themselves)."""
        if len(listed) < 2:
            return
        kept = [p for p in listed if self.found.get(p.start) is not None]
        if len(kept) != 1:
            return
        cand = self.found[kept[0].start]
        assert cand is not None
        tokens = self.tokens
        if cand.end != tokens[kept[0].end - 1].end:
            return  # the name runs on past its phrase ("upgrades to cut spills"): as read
        first, last = listed[0], listed[-1]
        words = cand.words | frozenset(
            singular(t.text.lower())
            for p in listed
            if p is not kept[0]
            for t in tokens[p.body : p.end]
            if t.text[:1].isalnum()
        )
        self.found[kept[0].start] = replace(
            cand,
            start=min(cand.start, tokens[first.body].start),
            end=max(cand.end, tokens[last.end - 1].end),
            words=words,
        )

    def _rejected(self, verb: int) -> bool:
        """ "rejected plans for a marina", "Plans for X have been rejected by the board", "ruled
        out a proposed merger": what was planned is listed cancelled, with no actor (the body
        that rejects it was not behind it); True when the verb at `verb` rejected a plan."""
        tokens = self.tokens
        start = rejection_object(tokens, verb)
        if start is None or _negated(tokens, verb):
            return False
        passive = tokens[verb].tag == "VBN" and _after_be(tokens, verb)
        phrase = self.subjects.subject_of(verb) if passive else self.by_start.get(start)
        if phrase is None or not planned_thing(tokens, phrase):
            return False
        rejected = _Verb(verb, REJECTED, None, passive=passive)
        if not self._plan_list(phrase, rejected):
            self.add(phrase, rejected)
        return True

    def _complemented_subject(self, verb: int) -> Phrase | None:
        """ "A scheme to plant trees was launched", "A campaign against littering was
        launched", "The trust said new funding of £2m had been made available": the
        undertaking that opens the sentence or the clause a verb of saying or "that" opens,
        and whose "to" or prepositional complement runs up to the passive verb at `verb` (its
        auxiliaries between), the verb's subject rather than a noun inside the complement;
        None when there is none."""
        tokens = self.tokens
        k = verb - 1
        while k > 0 and (tokens[k].text.lower() in _AUXILIARIES or tokens[k].tag == "RB"):
            k -= 1
        opening = max(
            (m + 1 for m in range(k) if tokens[m].text.lower() == "that" or _reports(tokens[m])),
            default=0,
        )
        first = self.by_start.get(opening)
        if first is None or first.end > k:
            return None
        entry = self.lex.heads.get(tokens[first.head].text.lower())
        if entry is None:
            return None
        after = tokens[first.end]
        to_verb = after.text.lower() == "to" and tokens[first.end + 1].tag == "VB"
        if not ((entry.takes_to and to_verb) or (entry.takes_pp and after.tag == "IN")):
            return None
        between = tokens[first.end : k + 1]
        if any(t.tag in _FINITE or t.text in {",", ";", "(", "that", "which"} for t in between):
            return None  # another clause between: its own subject
        return first

    def _phrasal(self, i: int) -> Verb | None:
        """The verb the word at `i` makes with the particle after it, when the lexicon lists
        that pair as a verb of its own: "set out a plan" announces it, "set up a fund" creates
        one."""
        if i + 1 >= len(self.tokens):
            return None
        return self.lex.verbs.get(
            f"{self.tokens[i].text.lower()} {self.tokens[i + 1].text.lower()}"
        )

    def _after_sum(self, j: int, particle: str) -> int:
        """ "invest £200m in a new plant", "spend $3bn on a factory": the index of the particle
        after a sum that stands between the verb and it (`j` when there is none). The sum is
        how much; what it goes on is the undertaking."""
        tokens = self.tokens
        amount = amount_at(tokens, j, SPENT_LEADS, _UNITS)
        sum_start, k = amount.figure, amount.end
        money = has_money(tokens[sum_start:k])
        if k > sum_start and k < len(tokens) and tokens[k].text.lower() in CURRENCY_WORDS:
            k += 1  # "invest 35m pounds in"
            money = True
        if money:
            k = self._past_time(k)  # "spend £180m over the next five years on ..."
        if not money or k >= len(tokens) or tokens[k].text.lower() != particle:
            return j  # "invest time in", "spend two days on": no sum
        return k

    def _past_time(self, k: int) -> int:
        """The index after a time phrase at `k` ("over the next five years", "this year",
        "by 2030"), `k` when there is none: how long the sum is spent over, not what on."""
        tokens = self.tokens
        at = k + 1 if k < len(tokens) and tokens[k].text.lower() in _OVER_A_TIME else k
        phrase = self.by_start.get(at)
        if phrase is None:
            return k
        head = tokens[phrase.head]
        if head.text.lower() in _TIME_HEADS or (
            at > k and head.tag == "CD" and head.text.isdigit()
        ):
            return phrase.end
        return k

    def _backed(self, i: int) -> None:
        """ "The trust has won council backing for a £6m rebuild of its slipway": the noun
        phrase after "for" when the object of the verb of gaining at `i` is support
        (`_SUPPORT`) is the subject's undertaking, governed as by a verb of planning."""
        tokens = self.tokens
        support = self.by_start.get(i + 1)
        if support is None or _negated(tokens, i):
            return
        if tokens[support.head].text.lower() not in _SUPPORT:
            return
        k = support.end
        if k + 1 >= len(tokens) or tokens[k].text.lower() != "for":
            return
        target = self.by_start.get(k + 1)
        if target is None or tokens[target.head].tag not in NOUN_TAGS:
            return
        self.add(target, _Verb(i, _BACKED, self.actor_of_subject(i), passive=False))

    def _balloted(self, i: int) -> None:
        """ "Lecturers will be balloted for strike action": the undertaking head of the
        "for" phrase after the passive "balloted" at `i` (up to a time after it) is planned,
        by whoever the sentence reports; the members balloted are not its actor."""
        tokens = self.tokens
        if i + 1 >= len(tokens) or tokens[i + 1].text.lower() != "for":
            return
        obj = self.by_start.get(i + 2)
        if obj is None or _negated(tokens, i):
            return
        cut = _before_time(tokens, obj)
        if cut is not None and obj.body < cut:
            obj = Phrase(obj.start, cut, cut - 1, obj.body, obj.owner)
        if self.lex.heads.get(tokens[obj.head].text.lower()) is None:
            return
        self.add(obj, _Verb(i, _BALLOTED, self._reporter(), passive=False))

    def _undergone(self, i: int) -> None:
        """ "WeWork now faces a radical restructuring", "he faced investigations for fraud": an
        undertaking (a noun of weight 2 or more) the subject undergoes; one that others bring
        (`Head.brought`) has no actor here, the subject being its target."""
        tokens = self.tokens
        obj = self.by_start.get(i + 1)
        if obj is None or _negated(tokens, i):
            return
        head = self.lex.heads.get(tokens[obj.head].text.lower())
        if head is None or (tokens[i].text.lower() in _RECEIVING and not head.brought):
            return  # "received a grant": given, not undergone
        if head.weight < 2 and not head.brought:
            return  # "faced criticism", "faces a cut": a reaction or a figure
        # "WeWork faces a restructuring" is WeWork's; "he faced an investigation" is not his
        actor = None if head.brought else self.actor_of_subject(i)
        kind = _RECEIVED if tokens[i].text.lower() in _RECEIVING else _UNDERGONE
        self.add(obj, _Verb(i, kind, actor, passive=False))

    def _plan_list(self, phrase: Phrase, verb: _Verb | None) -> bool:
        """ "plans for X, Y and Z": X, Y and Z are the plans; True when that was the case.

        Each item takes the plan's evidence (its verb, "planned"/"proposed"); the plan noun
        itself is not listed.
        """
        tokens = self.tokens
        head = singular(tokens[phrase.head].text.lower())
        if head not in _STATUS_OF_HEAD or phrase.end + 1 >= len(tokens):
            return False
        if tokens[phrase.end].text.lower() != "for":
            return False
        first = self.by_start.get(phrase.end + 1)
        if first is None:
            return False
        items = [first, *_coordinated(tokens, self.by_start, first)]
        if any(self._where_or_whom(item) for item in items):
            return False  # "its proposals for England and Wales": where they apply, not what
        if verb is not None and len(items) == 1 and self._kind_of_thing(first):
            # "will publish a plan for waiting lists": what it is about; the plan, which the
            # verb undertakes, is named whole (with no verb, "discuss plans for restructuring
            # regiments", the plan had no evidence of its own: a reader set lost precision)
            return False
        status = verb_status(tokens, verb.index, verb.entry) if verb else _STATUS_OF_HEAD[head]
        if verb is not None and verb.entry.kind in {"announce", "create"}:
            status = _STATUS_OF_HEAD[head]  # "unveiled plans for X": X is planned
        actor = verb.actor if verb is not None else None
        bonus = self.w.pledge_context + (self.w.verb_object if verb is not None else 0.0)
        for item in items:
            self.listed[item.start] = (status, actor, bonus)
            self.add(item, None)
        self.found[phrase.start] = None
        return True

    def _kind_of_thing(self, item: Phrase) -> bool:
        """Whether `item` is a plural kind of thing ("waiting lists", "new routes"): no
        undertaking head, name, number or sum; alone after "plans for" it is no plan's name."""
        tokens = self.tokens
        head = tokens[item.head]
        return (
            head.tag == "NNS"
            and singular(head.text.lower()) not in self.lex.heads
            and head.text.lower() not in self.lex.heads
            and not any(
                t.tag in {"CD", "$", *PROPER_TAGS} or t.text[:1] in "£$€"
                for t in tokens[item.start : item.end]
            )
        )

    def _where_or_whom(self, item: Phrase) -> bool:
        """Whether `item` is the name of a place, a person or a body (by the name lists: "Leeds",
        "Wales"), with no undertaking head: plans for it are plans about it."""
        tokens = self.tokens
        head = tokens[item.head].text
        if not head[:1].isupper() or head.lower() in self.lex.heads:
            return False  # "Leeds" may be tagged a plural noun: its capital says it is a name
        name = read_name(self.text, tokens[item.body].start, tokens[item.end - 1].end)
        return name is not None and name.kind in {
            NameKind.PLACE,
            NameKind.PERSON,
            NameKind.ORGANISATION,
        }

    def _examples(self) -> None:
        """ "This includes A, B and C", "its investment, including A and B": the items are
        undertakings of the kind named before (what the list gives examples of)."""
        tokens = self.tokens
        for k, token in enumerate(tokens[:-1]):
            if token.text.lower() not in _INCLUDING:
                continue
            first = self.by_start.get(k + 1)
            whole = self.by_start.get(k)
            if first is None and whole is not None and whole.body == k and whole.end > k + 1:
                first = Phrase(k + 1, whole.end, whole.head, k + 1)  # "including" chunked in
            if first is None or first.start in self.found:
                continue
            kind = self._of_undertakings(k)
            if kind is None:
                continue
            # "Vendia's investment, including A and B": A and B are Vendia's.
            of = next((p for p in self.phrases if p.head == kind), None)
            owner = owner_name(self.text, tokens, of, self.discourse) if of else None
            status: InitiativeStatus = "unknown"
            named = self.found.get(of.start) if of is not None and owner is None else None
            if named is not None and named.actor is not None:
                owner, status = named.actor, named.status  # "publish a plan ..., including X"
            back = self._refers_back(kind) if owner is None else None
            for item in [first, *_coordinated(tokens, self.by_start, first, purpose=True)]:
                if tokens[item.head].text.lower() in self.lex.heads:
                    self.listed.setdefault(item.start, (status, owner, self.w.pledge_context))
                    self.add(item, None)
                    found = self.found.get(item.start)
                    if found is not None and found.actor is None:
                        found.example_of = back

    def _refers_back(self, kind: int) -> str | None:
        """For "The plan includes" or "It includes" (the word at `kind`), what it refers back
        to: the head ("plan") or "" for a pronoun; None for anything else ("a plan")."""
        tokens = self.tokens
        if tokens[kind].tag == "PRP" or tokens[kind].text.lower() in {"this", "that"}:
            return ""
        of = next((p for p in self.phrases if p.head == kind), None)
        if of is None or tokens[of.start].text.lower() not in {"the", "this", "that"}:
            return None
        return singular(tokens[kind].text.lower())

    def _of_undertakings(self, k: int) -> int | None:
        """The index of what the list after "include(s)/including" at `k` gives examples of,
        when they are undertakings, else None: a pronoun ("This includes"), an undertaking noun
        of weight 2 or 3 ("its investment in Ghana, including") or a plan word; not "its cloud
        technology, including a fraud detection program"."""
        tokens = self.tokens
        m = k - 1
        while m >= 0 and (tokens[m].text == "," or tokens[m].tag in {"RB", "VBZ", "VBD", "VBP"}):
            m -= 1
        if m < 0:
            return None
        through = named_through(tokens, self.phrases, self.found, m)
        m = through if through is not None else self._head_before_complement(m)
        word = tokens[m].text.lower()
        head = self.lex.heads.get(word)
        undertaking = head is not None and head.weight >= 2  # not "technology", "system"
        if tokens[m].tag in {"PRP", "DT"} or undertaking or singular(word) in _STATUS_OF_HEAD:
            return m
        return None

    def _head_before_complement(self, m: int) -> int:
        """For the last word of "its investment in Ghana", the index of "investment" (the head
        its of/in/for phrase belongs to); else `m`."""
        tokens = self.tokens
        inner = next((p for p in self.phrases if p.end == m + 1), None)
        if inner is None or inner.start < 2 or tokens[inner.start - 1].tag != "IN":
            return m
        outer = next((p for p in self.phrases if p.end == inner.start - 1), None)
        return outer.head if outer is not None else m

    def _nominalised(self) -> None:
        """ "the establishment of a free trade zone", "the launch of X": X is being set up."""
        tokens = self.tokens
        for phrase in self.phrases:
            word = tokens[phrase.head].text.lower()
            status = _NOMINALISATIONS.get(word)
            end = phrase.end
            if status is None or end + 1 >= len(tokens) or tokens[end].text.lower() != "of":
                continue
            item = self.by_start.get(end + 1)
            if (
                status == "cancelled"
                and item is not None
                and tokens[item.head].text.lower() not in self.lex.heads
            ):
                continue  # "the withdrawal of US troops": only an undertaking is undone
            if item is not None and item.start not in self.found and self._one_thing(item):
                actor = owner_name(self.text, tokens, phrase, self.discourse)
                self.listed.setdefault(item.start, (status, actor, self.w.verb_object))
                self.found.setdefault(phrase.start, None)
                self.add(item, None)

    def _one_thing(self, item: Phrase) -> bool:
        """Whether what "the establishment of" sets up is one thing: not a bare plural ("the
        establishment of settlements", a kind of thing), and not a thing no undertaking noun, name
        or "new" says is one ("the development of its cargo capability", "the launch of a
        lander")."""
        tokens = self.tokens
        head = tokens[item.head]
        if head.text.lower() in self.lex.heads:
            return not (head.tag == "NNS" and item.start == item.body == item.head)
        return any(t.text[:1].isupper() or t.text == "new" for t in tokens[item.body : item.end])
