"""Undertakings named by a verb phrase: an action verb and its object under an intention that
someone holds ("Nordbrew plans to shut 40 depots", "the council will refit its ferries").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from app.core.facts.initiatives._actor import (
    actor_name,
    names_a_party,
    names_no_agent,
    owner_name,
)
from app.core.facts.initiatives._amounts import CURRENCY_WORDS, by_amount_end, figure_start
from app.core.facts.initiatives._argued_effects import argued_effect
from app.core.facts.initiatives._candidate import Candidate
from app.core.facts.initiatives._complements import _amount_end, _object_end
from app.core.facts.initiatives._gates import _GENERIC, PRICES, price_changed
from app.core.facts.initiatives._lexicon import singular
from app.core.facts.initiatives._phrasing import (
    _TIME_HEADS,
    AMOUNT_CHANGES,
    _before_time,
    _is_time,
    _negated,
    _phrase_at,
)
from app.core.facts.initiatives._relatives import relative_antecedent
from app.core.facts.initiatives._scoring import _Scorer
from app.core.facts.initiatives._sized_plans import named_by_sized_plan
from app.core.facts.initiatives._status import reported_will, verb_status
from app.core.facts.initiatives._undertakings_doing import (
    undertaking_doing,
    undertaking_subject,
)
from app.core.facts.model import InitiativeStatus
from app.core.facts.nlp.discourse import ORGANISATION_NOUNS
from app.core.facts.nlp.lexicon import speech_verbs
from app.core.facts.nlp.names import NameKind, read_name
from app.core.facts.nlp.phrases import (
    NOUN_TAGS,
    PROPER_TAGS,
    Phrase,
    phrase_text,
)
from app.core.facts.nlp.tagger import Token

# Words before "to <verb>" that state an intention, and the status they give: "plans to shut
# 40 depots", "proposals to lift the fee cap", "agreed to refit its ferries".
_INTENT_TO: dict[str, InitiativeStatus] = {
    **dict.fromkeys(
        """plan plans planned planning intend intends intended aim aims aimed set move moves
        moved bid decision expected due poised preparing ready hope hopes hoping""".split(),
        "planned",
    ),
    **dict.fromkeys(
        """propose proposes proposed proposal proposals want wants wanted seek seeks sought
        call calls called""".split(),
        "proposed",
    ),
    **dict.fromkeys(
        """pledge pledges pledged promise promises promised vow vows vowed agree agrees agreed
        decide decides decided vote votes voted""".split(),
        "announced",
    ),
}
# Chain words that stand before "<verb>" with a named subject: "Nordbrew will shut 40 depots".
_INTENT_MODAL: dict[str, InitiativeStatus] = {"will": "planned", "would": "proposed"}
# Intentions only a mind has: their definite subject is who intends (`_definite_agent`).
_MINDS = frozenset("will plans plan intends intend aims aim wants want".split())
# Measures of the economy: raising or cutting one is an outcome, not one undertaking.
_FIGURES = frozenset(
    """gdp price rate growth inflation output demand productivity value level
    revenue profit income wage""".split()
)
# "would abolish the toll if elected": a condition of coming to power, a pledge all the same.
_IN_POWER = frozenset("elected re-elected returned chosen".split())
# Verbs whose clause is what someone fears or foresees ("shareholders fear it would create a
# monopoly"): what "will" or "would" does there is an outcome, nobody's undertaking.
_FEARING = frozenset(
    """fear fears feared fearing worry worries worried concern concerned predict predicts
    predicted suspect suspects suspected""".split()
)
# Hopes: what someone hopes to make is a plan; what they hope to change may be an outcome.
_HOPES = frozenset("hope hopes hoping".split())
# A subject's own expectation ("Ferrow expected to sell ..."), and what is sold under it: a
# forecast of sales, no undertaking.
_EXPECTS = frozenset("expect expects expected expecting".split())
_BE = frozenset("is are was were be been being".split())
_SALES = frozenset({"sell"})
# Where a thing is put, counted: "at 40 fire stations", "in 12 schools" say how many.
_COUNTED_PLACES = frozenset("at in across".split())
# Verbs that make new places, whose bare plural object with named places after it says which
# things are made where: "plans to build depots in Leeds and Hull" (`_placed_end`, round 43).
_OPENING = frozenset({"open", "build"})
# What the names after "in" may be read as to count as places (an invented town is unknown).
_PLACE_KINDS = frozenset({NameKind.PLACE, NameKind.UNKNOWN})
# What a charge is on or for, and what a ban is of, belong to the act's name: "ban charges for
# cabin bags", "cut taxes for small firms", "ban cars from the old town" (not "reduce the
# incentive for drivers": no charge).
_CHARGED = frozenset("tax levy fee charge fare toll duty".split())
_CHARGED_ON = frozenset("on for".split())
_BANNED_FROM = frozenset("on for from".split())
# Paying for what is money already is a budget line ("fund all expenses", "fund the deficit"),
# unlike paying for a thing ("fund a dedicated ambulance").
_PAYING = frozenset({"fund"})
_BILLS = frozenset("expense cost bill deficit shortfall gap loss debt fee salary wage".split())
# Verbs whose object, a sum, may be followed by what it is for: "will spend $2bn to replace
# old bridges", "is investing £35m to build a plant" (round 35).
_SPENDING = frozenset("""spend spends spent spending invest invests invested investing""".split())
# Verbs of raising money, whose "to <verb>" after the sum says what it will pay for: "raised
# £25m from investors to fund a new van".
_RAISING = frozenset("raise raises raised raising".split())
# Verbs of paying whose object follows "for": "proposed paying for half of a new arena".
_PAID_FOR = frozenset({"pay"})
# Kinds of verb of undertaking whose gerund object is an undertaking in view, and its status:
# "is considering closing three libraries", "has proposed paying for the arena" (round 35).
_WEIGHING: dict[str, InitiativeStatus] = {"propose": "proposed", "plan": "planned"}
_WEIGHING_TAGS = frozenset({"VBD", "VBZ", "VBP", "VBG", "VBN"})
# The tags the tagger may give a plan's second verb of action ("and open/JJ 25 shops").
_MISREAD_TAGS = frozenset({"JJ", "NN", "VBP"})
_INTENT_SKIP = frozenset("also now then further still soon jointly both".split())
# A vote's tally or the time of a decision between its verb and "to": "voted 7-2 on Thursday
# night to extend", "agreed unanimously last week to close".
_TALLY_OR_TIME = re.compile(
    r"\d{1,3}-\d{1,3}|unanimously|on|last|this|week|night|morning|afternoon|evening|"
    r"yesterday|today|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day",
    re.IGNORECASE,
)
# Relative pronouns that stand for a thing named before: "a deal that the firm says will ...".
_RELATIVES = frozenset("that which".split())


def _cut_short(tokens: Sequence[Token], end: int) -> bool:
    """Whether an object phrase ending at token `end` was cut short by the tagger: a lower-case
    word read as an adjective right after its head, with a word after it ("the downtown
    streetcar line", "streetcar" an unknown word read as an adjective) -- an object's head is
    not followed by an adjective of its own."""
    return (
        end + 1 < len(tokens)
        and tokens[end].tag == "JJ"
        and tokens[end].text.isalpha()
        and tokens[end].text.islower()
        and tokens[end + 1].text[:1].isalnum()
        and tokens[end].text not in _TIME_ADJECTIVES  # "launch an appeal next month"
        and tokens[end + 1].text.lower() not in _TIME_HEADS
    )


_TIME_ADJECTIVES = frozenset("next last early late earlier later previous following".split())


def base_of_gerund(word: str, actions: frozenset[str]) -> str | None:
    """The base form of the gerund `word` when it is a verb of action ("closing" -> "close",
    "scrapping" -> "scrap", "paying" -> "pay"), else None."""
    if not word.endswith("ing") or len(word) < 6:
        return None
    stem = word[:-3]
    for base in (stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else ""):
        if base in actions:
            return base
    return None


# Verbs of engaging people (forms of the actions lexicon's base words): what they are engaged
# to do, told after them in a "to" infinitive, is the undertaking ("hire an outside firm to
# audit every contract"); the hiring alone is a means, a fragment of it.
_ENGAGING = frozenset({"hire", "recruit", "appoint", "commission", "employ"})


class _IntendedReader(_Scorer):
    """Reads intended actions in one sentence."""

    def _intent_at(self, i: int) -> tuple[InitiativeStatus, int] | None:
        """The status an intention before the base verb at `i` gives ("plans to", "agreed to",
        "BMW will"), and the index of its word; None when there is none."""
        tokens = self.tokens
        k = i - 1
        while k > 0 and tokens[k].text.lower() in _INTENT_SKIP:
            k -= 1
        low = tokens[k].text.lower() if k >= 0 else ""
        if low in _INTENT_MODAL:
            if low == "would" and reported_will(tokens, k):
                return "planned", k  # "said it would close 60 stores": its "will"
            return _INTENT_MODAL[low], k
        if low != "to" or k < 1:
            return None
        k -= 1
        while k > 0 and (
            tokens[k].text.lower() in _INTENT_SKIP or _TALLY_OR_TIME.fullmatch(tokens[k].text)
        ):
            k -= 1  # "voted 7-2 on Thursday night to extend ...": the tally and when
        cue = tokens[k].text.lower()
        if cue in _INTENT_TO:
            # "does not want to sell him", "is not expected to bid": an intention denied
            return None if _negated(tokens, k) else (_INTENT_TO[cue], k)
        if cue in {"is", "are"}:
            return "planned", k  # "the firm is to shut 40 depots"
        return self._money_for(k)

    def _money_for(self, k: int) -> tuple[InitiativeStatus, int] | None:
        """ "will spend $2 billion to replace old bridges": a sum ending at `k`, the object of
        a verb of spending, and "to <verb>" after it say what the money is for; the status
        and index of that verb (None when `k` ends no such sum)."""
        tokens = self.tokens
        start = figure_start(tokens, k + 1, CURRENCY_WORDS)
        if start > k:
            k = self._before_source(k)  # "raised £25m from investors last year to fund"
            start = figure_start(tokens, k + 1, CURRENCY_WORDS)
        if start > k or start == 0:
            return None
        m = start - 1  # the word before the sum
        if tokens[m].text.lower() in _RAISING and not _negated(tokens, m):
            return "planned", m  # money raised to pay for something: still to be done
        if tokens[m].text.lower() not in _SPENDING:
            return None
        entry = self.lex.verbs.get(tokens[m].text.lower())
        if entry is None or _negated(tokens, m):
            return None
        return verb_status(tokens, m, entry), m

    def _before_source(self, k: int) -> int:
        """The end of a sum raised before "from <whom>" and a time ending at `k` ("£25m from
        investors last year", "£25m last year"), or `k` when neither stands there."""
        tokens = self.tokens
        m = k
        if (
            m >= 1
            and tokens[m].text.lower() in _TIME_HEADS
            and tokens[m - 1].text.lower()
            in {
                "last",
                "this",
            }
        ):
            m -= 2  # "last year", "this month"
        # the chunker may take the time into the phrase: "investors last year"
        source = next((p for p in self.phrases if p.start <= m < p.end), None)
        if source is None or source.start < 2 or tokens[source.start - 1].text.lower() != "from":
            return m  # "£25m last year": the sum ends before its time (or `k` itself)
        return source.start - 2

    def _no_one_intends(self, verb: int) -> bool:
        """Whether the verb at `verb` has a subject that names no one who could intend it: a
        common noun for neither a body nor a person nor an undertaking ("damage from the storm
        would cut growth", "the rules will shut ..."): a forecast, not a plan."""
        subject = self.controlled_subject(verb)
        if subject is None:
            return False
        head = self.tokens[subject.head]
        return (
            head.tag in {"NN", "NNS"}
            and not names_a_party(self.tokens, subject)
            and singular(head.text.lower()) not in self.lex.heads
            and not self._named_body(subject)
        )

    def _definite_agent(self, verb: int, intent: tuple[InitiativeStatus, int] | None) -> str | None:
        """ "The partnership will spend ... and plans to introduce X": a definite singular noun
        ("the" and a common noun, no owner) opening the sentence as the subject of an intention
        only a mind has ("will", "plans to", "aims to") is who intends it, as written, when no
        word list knows it for a body; else None. Not a force ("the storm", `names_no_agent`)
        nor an undertaking ("the scheme will fund ...")."""
        if intent is None or self.tokens[intent[1]].text.lower() not in _MINDS:
            return None
        if self.tokens[intent[1]].tag not in {"MD", "VBZ", "VBP", "VB"}:
            return None  # "criticised the budget and plans to close X": a noun, whose plans?
        subject = self.controlled_subject(verb)
        if subject is None:
            shared = self._shared_verb(intent[1])
            subject = self.subjects.subject_of(shared) if shared is not None else None
        tokens = self.tokens
        if subject is None or subject.start != 0 or subject.owner is not None:
            return None
        head = tokens[subject.head]
        if tokens[0].text.lower() != "the" or head.tag != "NN" or names_no_agent(tokens, subject):
            return None
        if singular(head.text.lower()) in self.lex.heads:
            return None
        if any(not t.text[:1].isalpha() for t in tokens[subject.start : subject.end]):
            return None
        return phrase_text(self.text, tokens, subject.start, subject.end)

    def _named_body(self, subject: Phrase) -> bool:
        """Whether `subject` is "the <noun>" for a body the article named with that noun
        ("Hillcrest Primary School ... the school would launch"), as the tracker reads it."""
        words = self.tokens[subject.start : subject.end]
        if len(words) != 2 or words[0].text.lower() != "the":
            return False
        entity = self.discourse.resolve("the " + words[1].text.lower(), words[0].start)
        return entity is not None and entity.kind is NameKind.ORGANISATION

    def _hope_makes(self, cue: int, action: str) -> bool:
        """Unless the intention at `cue` is a hope, True; under a hope, whether `action` does
        something ("hopes to open a new wing"), not change an amount, an outcome hoped for
        ("hopes to increase the number of users"). The subject's own expectation ("Ferrow
        expected to sell 20,000 bikes", no "is" before it) is a forecast: neither a change of
        an amount nor selling is planned there ("is expected to sell its stores" is a plan
        others report)."""
        tokens = self.tokens
        word = tokens[cue].text.lower()
        if word in _EXPECTS and not (cue > 0 and tokens[cue - 1].text.lower() in _BE):
            return action not in AMOUNT_CHANGES and action not in _SALES
        return word not in _HOPES or action not in AMOUNT_CHANGES

    def _said_of_a_thing(self, modal: int) -> bool:
        """Whether the modal at `modal` opens a clause said of a thing named right before its
        reporter ("a move it says will create 1,200 jobs", "a scheme the council says will
        cut congestion"): the thing is the modal's subject, and what it will do is an outcome."""
        tokens = self.tokens
        say = modal - 1
        if say < 2 or tokens[say].tag not in {"VBZ", "VBD", "VBP"}:
            return False
        if tokens[say].text.lower() not in speech_verbs():
            return False
        if tokens[say - 1].tag == "PRP":
            reporter_start: int | None = say - 1  # "it says", "they said"
        else:
            reporter = next((p for p in self.phrases if p.end == say), None)
            reporter_start = reporter.start if reporter is not None else None
        if reporter_start is None or reporter_start < 1:
            return False
        return self._thing_before(reporter_start)

    def _bare_sum(self, obj: Phrase) -> bool:
        """Whether `obj` is a sum and nothing else, written with a currency word ("253m
        euros", "40 million dollars"): money, not the thing it buys or sells."""
        tokens = self.tokens
        if tokens[obj.head].text.lower() not in CURRENCY_WORDS:
            return False
        return figure_start(tokens, obj.head, frozenset({"million", "billion"})) <= obj.body

    def _purpose_end(self, end: int) -> int | None:
        """The end of a "to" infinitive with its object right after `end` ("hire a firm to
        audit every contract": the end of "contract"); `end` when no "to" follows, None when
        the infinitive's object is not whole there."""
        tokens = self.tokens
        if end + 1 >= len(tokens) or tokens[end].text.lower() != "to":
            return end
        if tokens[end + 1].tag != "VB":
            return end  # "hire 40 staff to March", a place or a time: no purpose told
        return _object_end(tokens, self.by_start, _phrase_at(tokens, self.by_start, end + 2))

    def _thing_before(self, k: int) -> bool:
        """Whether a thing (a common noun phrase naming no party) ends right before `k`, or
        before a relative "that"/"which" there ("a £150m deal that the firm says", "an order,
        which it said"): the thing the clause at `k` is said of."""
        tokens = self.tokens
        if k >= 2 and tokens[k - 1].text.lower() in _RELATIVES:
            k -= 1
            if tokens[k - 1].text == "," and tokens[k].text.lower() == "which":
                k -= 1
        thing = next((p for p in self.phrases if p.end == k), None)
        if thing is None or tokens[thing.head].tag not in {"NN", "NNS"}:
            return False
        return not names_a_party(tokens, thing)

    def _misread_subject(self, phrase: Phrase) -> str | None:
        """ "Nordbrew plans to": a verb read as the head of a noun phrase after a name; the
        name before it is the subject."""
        tokens = self.tokens
        cue = phrase.head
        if cue - 1 < phrase.body or tokens[cue - 1].tag not in PROPER_TAGS:
            return None
        if not tokens[cue].text.endswith("s"):
            return None
        name = Phrase(phrase.start, cue, cue - 1, phrase.body)
        return actor_name(self.text, tokens, name, self.discourse)

    def _intended(self) -> None:
        """ "plans to shut 40 depots", "Nordbrew will refit its ferries", "pledged to abolish X and
        merge Y": a base verb of action under an intention, with its object, is an
        undertaking named by a verb phrase (when no undertaking noun names it already)."""
        tokens, w = self.tokens, self.w
        last: tuple[int, InitiativeStatus, str | None] | None = None  # end, status, actor
        for i, token in enumerate(tokens):
            weighed = self._weighed_at(i) if token.tag == "VBG" else None
            if (
                weighed is None
                and (token.tag != "VB" or token.text.lower() not in self.lex.actions)
                and (token.tag not in _MISREAD_TAGS or not self._second_verb_misread(i))
            ):
                continue
            if i == 0:
                continue
            action = weighed[0] if weighed is not None else token.text.lower()
            listed = (
                last is not None
                and tokens[i - 1].text.lower() in {"and", "or", ","}
                and i - last[0] <= 2
            )
            if weighed is not None:
                intent: tuple[InitiativeStatus, int] | None = weighed[1]
            else:
                intent = None if listed or _negated(tokens, i) else self._intent_at(i)
            if intent is None and not listed:
                plan = self._plan_before_and(i)
                if plan is None:
                    continue
                listed, last = True, (i - 1, plan.status, plan.actor)
            if intent is not None and intent[1] in self._modals and self._conditional:
                continue  # "would raise tariffs if no deal is reached": a threat, no plan
            if intent is not None and intent[1] in self._modals and self._feared(intent[1]):
                continue  # "fear it would create a monopoly": an outcome, no plan
            if (
                intent is not None
                and intent[1] in self._modals
                and argued_effect(tokens, intent[1])
            ):
                continue  # "opposed the bill, arguing that it would raise premiums": an effect
            if intent is not None and not self._hope_makes(intent[1], action):
                continue  # "hopes to increase the number of users": an outcome hoped for
            if intent is not None and self._said_of_a_thing(intent[1]):
                continue  # "a move it says will create 1,200 jobs": what the move will do
            if (
                intent is not None
                and intent[1] in self._modals
                and undertaking_subject(tokens, self.phrases, self.lex.heads, intent[1])
            ):
                continue  # "said the agreement would boost exports": the deal's effect
            if undertaking_doing(tokens, self.phrases, self.lex.heads, i):
                continue  # "a programme, which will fund 60 students": what the programme does
            if intent is not None and self._named_by_noun(intent[1], token.end):
                continue  # "a £40 million plan to replace its ferries": the plan names it
            j = i + 1
            if j < len(tokens) and tokens[j].tag == "RP":
                j += 1
            if action in _PAID_FOR:
                if j >= len(tokens) or tokens[j].text.lower() != "for":
                    continue  # "pay £5m", "pay a fine": money, no thing paid for
                j += 1  # "paying for half of a new arena": what the money is for
            if action == "set" and tokens[j - 1].text.lower() != "up":
                continue  # only "set up" starts something
            obj = _phrase_at(tokens, self.by_start, j)  # "close 60 of its smaller stores"
            misread = weighed is not None or token.tag != "VB"
            whole = self.by_start.get(i) if misread and obj is None else None
            if whole is not None and whole.end > j and whole.head >= j:
                # "in upgrading 30 sewage works", "and open/JJ 25 shops": the chunker took the
                # gerund or the misread verb into its object
                obj = Phrase(j, whole.end, whole.head, j, None)
            if obj is not None and tokens[obj.head].text.lower() in _TIME_HEADS:
                cut = _before_time(tokens, obj)  # "close its stores next year": before when
                obj = Phrase(obj.start, cut, cut - 1, obj.body, obj.owner) if cut else None
            if (obj is None or tokens[obj.head].tag not in NOUN_TAGS) and intent is not None:
                # "a new training ground, which the club hopes to open": the clause's object is
                # the noun the relative clause hangs on
                obj = relative_antecedent(tokens, self.phrases, intent[1])
            if obj is None or tokens[obj.head].tag not in NOUN_TAGS:
                continue
            if obj.end > i and _cut_short(tokens, obj.end):
                continue  # "extend the downtown streetcar/JJ line/RB": a noun phrase cut short
            if tokens[obj.head].text.lower() in _TIME_HEADS or obj.start in self.found:
                continue
            if tokens[obj.head].text.lower() in {"one", "ones"}:
                continue  # "he would build a beautiful one": the thing is named elsewhere
            entry = self.lex.heads.get(tokens[obj.head].text.lower())
            if entry is not None and entry.weight >= 2 and not price_changed(tokens, i, obj):
                continue  # "introduce a grant": the noun names it (not "freeze energy bills")
            definite = self._definite_agent(i, intent)
            raised = intent is not None and tokens[intent[1]].text.lower() in _RAISING
            if self.inanimate_subject(i) or (
                self._no_one_intends(i) and definite is None and not raised
            ):
                # "the tariffs would reduce GDP": a forecast, nobody intends it (not the sum
                # raised, "£12m last spring to fund", that a chunker may read as its subject)
                continue
            if action in _PAYING and singular(tokens[obj.head].text.lower()) in _BILLS:
                continue  # "agreed to fund all expenses": a budget line, no thing paid for
            if singular(tokens[obj.head].text.lower()) in _FIGURES:
                continue  # "reduce GDP", "cut the price of X": an outcome, not an undertaking
            planned = (intent[0] if intent is not None else last[1] if last else None) == "planned"
            if planned and singular(tokens[obj.head].text.lower()) in PRICES:
                # "Kestrel Rail will raise fares by 4%": a price changed, no scheme; a pledge
                # or a proposal ("pledged to freeze rail fares") is a policy
                continue
            actor = self.actor_of_subject(i) or definite
            if (
                actor is None
                and intent is not None
                and (weighed is not None or tokens[intent[1]].text.lower() in _RAISING)
            ):
                # "X will invest £5m in upgrading Y", "X raised £25m from investors to fund Y":
                # who raises or invests the money
                actor = self.actor_of_subject(intent[1])
            placed = self._placed_end(action, obj)
            if actor is None and placed is None and not self._concrete_object(obj):
                continue  # "... said it aims to raise tariffs": no one thing, no one doing it
            if action in _PAID_FOR and not self._concrete_object(
                self.by_start.get(obj.end + 1, obj) if self._of_at(obj.end) else obj
            ):
                continue  # "will pay for the work": which work is told elsewhere
            if intent is not None:
                status, cue = intent
                if actor is None:
                    cue_phrase = next((p for p in self.phrases if p.end == cue + 1), None)
                    if cue_phrase is not None:
                        actor = owner_name(self.text, tokens, cue_phrase, self.discourse)
                    if actor is None and cue_phrase is not None and cue_phrase.head == cue:
                        actor = self._misread_subject(cue_phrase) or self._body_word(cue)
            else:
                assert last is not None
                status, actor = last[1], actor or last[2]
            end = obj.end
            if end <= i:
                pass  # the antecedent before the clause: named as written
            elif (
                end + 1 < len(tokens)
                and tokens[end].text.lower() == "of"
                and (amount := _amount_end(tokens, end + 1, self.by_start)) is not None
            ):
                end = amount  # "introduce a rebate of up to 40% for carers": never "of up"
            elif placed is not None:
                end = placed  # "open stores in Leeds and Hull": which stores, where
            elif self._measured(obj):
                end += 2  # "install 30.8 GW of solar": what the measure is of ("solar" no noun)
            elif (
                end + 1 < len(tokens)
                and tokens[end].text.lower() == "of"
                and (of := self.by_start.get(end + 1)) is not None
            ):
                end = of.end  # "halve the number of regional offices"
                if _is_time(tokens, of, self.by_start):
                    # "set up a register of builders next year": the phrase runs on into when
                    end = _before_time(tokens, of) or obj.end
            elif (
                end + 1 < len(tokens)
                and (
                    (action == "ban" and tokens[end].text.lower() in _BANNED_FROM)
                    or (
                        tokens[end].text.lower() in _CHARGED_ON
                        and singular(tokens[obj.head].text.lower()) in _CHARGED
                    )
                )
                and (what := self.by_start.get(end + 1)) is not None
                and tokens[what.head].tag in NOUN_TAGS
                and not _is_time(tokens, what, self.by_start)
            ):
                end = what.end  # "ban charges for cabin bags": what the charge or ban is of
            elif (
                (made := self.lex.verbs.get(action)) is not None
                and made.kind == "create"
                and end + 1 < len(tokens)
                and tokens[end].text.lower() in {"on", "for"}
                and (what := self.by_start.get(end + 1)) is not None
                and tokens[what.head].tag in {"NN", "NNS"}
                and not _is_time(tokens, what, self.by_start)
            ):
                # "introduce new checks on large transfers": what a new thing is on or for (not
                # "fine X for his role", "reduce the incentive for drivers": no thing made)
                end = what.end
            elif (
                action in AMOUNT_CHANGES
                and end + 1 < len(tokens)
                and tokens[end].text.lower() == "by"
                and (by := by_amount_end(tokens, end + 1)) is not None
            ):
                end = by  # "reduce its workforce by between 700 and 800": by how much
            elif (
                end + 1 < len(tokens)
                and tokens[end].text.lower() in _COUNTED_PLACES
                and (where := self.by_start.get(end + 1)) is not None
                and any(t.tag == "CD" for t in tokens[where.start : where.head])
            ):
                end = where.end  # "install backup batteries at 40 fire stations": how many
            if end == obj.end and end > i and self._bare_sum(obj):
                continue  # "will sell 253m euros (£175m) of new shares": what is sold is cut off
            if action in _ENGAGING and end > i:
                purpose = self._purpose_end(end)
                if purpose is None:
                    continue  # "hire a firm to look at": a means to an end told in part
                end = purpose  # "hire an outside firm to audit every contract": what for
            score = w.intended_action
            if any(t.tag == "CD" or t.text[:1] in "£$€" for t in tokens[j:end]):
                score += w.quantity
            actor = actor or self._reporter()
            if actor is None:
                continue  # "prices will increase X", "a pact which aims to cut": nobody intends it
            evidence = (score, actor, status)
            if intent is not None and named_by_sized_plan(self, intent[1], token.end, evidence):
                continue  # "a five-year, £2bn plan to cut sewage spills": the plan names it
            words = frozenset(
                singular(t.text.lower()) for t in tokens[j:end] if t.text[:1].isalnum()
            )
            key = action + ":" + singular(tokens[obj.head].text.lower())
            verb = self.lex.verbs.get(action)
            first = token.start if end > i else tokens[obj.body].start
            if end <= i:
                words = frozenset(
                    singular(t.text.lower()) for t in tokens[obj.body : end] if t.text[:1].isalnum()
                )
            elif verb is not None and verb.kind == "create":
                mods = tokens[obj.body : obj.head]
                if (
                    end == obj.end
                    and tokens[obj.head].tag not in PROPER_TAGS
                    and not tokens[obj.head].text[:1].isupper()  # "launch the Skyline"
                    and all(t.text.lower() in _GENERIC - {"new"} for t in mods)
                ):
                    continue  # "agreed to establish a body": "body" alone names nothing
                first = tokens[obj.body].start  # "agreed to launch a budget crossing": the crossing
            self.found[obj.start] = Candidate(
                self.index, first, tokens[end - 1].end, key, words, score, actor, status
            )
            last = (end, status, actor)

    def _second_verb_misread(self, i: int) -> bool:
        """ "plans to close 14 stores and open/JJ 25 shops": a verb of action after "and",
        before its object, that the tagger read as an adjective or a noun; `_plan_before_and`
        decides whether it is a plan's second verb."""
        tokens = self.tokens
        return (
            0 < i < len(tokens) - 1
            and tokens[i].tag in _MISREAD_TAGS
            and tokens[i].text in self.lex.actions
            and tokens[i - 1].text.lower() == "and"
            and tokens[i + 1].tag in {"DT", "CD", "PRP$"}
        )

    def _plan_before_and(self, i: int) -> Candidate | None:
        """ "announced plans to close 14 stores and open 25 shops": the undertaking listed for
        a plan with its "to" infinitive, ending right before the "and" at `i - 1`, whose
        second verb (at `i`) names a second undertaking of the same plan; else None."""
        tokens = self.tokens
        if i < 3 or tokens[i - 1].text.lower() not in {"and", ","}:
            return None
        end = tokens[i - 2].end
        for candidate in self.found.values():
            if candidate is None or candidate.end != end or candidate.score < self.w.threshold:
                continue
            # from the word before the name: "plans to demerge X" is named "demerge X"
            first = next(k for k, t in enumerate(tokens) if t.start >= candidate.start)
            inside = [t for t in tokens[max(0, first - 1) :] if t.start < end]
            if any(a.text == "to" and b.tag == "VB" for a, b in itertools.pairwise(inside)):
                return candidate
            if self._intended_object(first):
                return candidate  # "would introduce a £2,000 grant, reduce X and ...": a list
        return None

    def _intended_object(self, first: int) -> bool:
        """Whether the name opening at `first` is the object of a base verb of undertaking or
        action right before it, under an intention ("would introduce a £2,000 grant"), or
        opens on such a verb itself, an act named whole ("cut income tax", `_scoring`)."""
        if self._verb_of_act(first):
            return True  # listed already, so under an intention or in a list of them
        verb = first - 1
        while verb > 0 and self.tokens[verb].tag in {"DT", "PRP$"}:
            verb -= 1  # "introduce a £2,000 grant": the name opens after its determiner
        return verb >= 1 and self._verb_of_act(verb) and self._intent_at(verb) is not None

    def _verb_of_act(self, k: int) -> bool:
        """Whether the word at `k` is a base verb of undertaking or action."""
        word = self.tokens[k].text.lower()
        return self.tokens[k].tag == "VB" and (word in self.lex.actions or word in self.lex.verbs)

    def _of_at(self, k: int) -> bool:
        """Whether the word at `k` is "of" with a noun phrase after it."""
        return (
            k + 1 < len(self.tokens)
            and self.tokens[k].text.lower() == "of"
            and k + 1 in self.by_start
        )

    def _weighed_at(self, i: int) -> tuple[str, tuple[InitiativeStatus, int]] | None:
        """ "is considering closing three libraries", "proposed paying for a new arena": a
        gerund of action right after a verb that proposes or plans (past adverbs), or after
        the "in"/"on" of a sum spent ("will invest £85m in upgrading X"): its base form and
        the status and index of that verb; None otherwise."""
        tokens = self.tokens
        base = base_of_gerund(tokens[i].text.lower(), self.lex.actions)
        if base is None:
            return None
        k = i - 1
        if k > 1 and tokens[k].text.lower() in {"in", "on"}:
            money = self._money_for(k - 1)
            if money is not None:
                return base, money  # "will invest £85m in upgrading its works": the sum's aim
        while k > 0 and tokens[k].tag in {"RB", "RBR"}:
            k -= 1
        verb = self.lex.verbs.get(tokens[k].text.lower())
        if k < 1 or verb is None or verb.particle is not None:
            return None
        if verb.kind not in _WEIGHING or tokens[k].tag not in _WEIGHING_TAGS:
            return None
        if _negated(tokens, k):
            return None
        return base, (_WEIGHING[verb.kind], k)

    def _measured(self, obj: Phrase) -> bool:
        """Whether `obj` is a measure ("30.8 GW") with "of" and one word the tagger read as no
        noun phrase after it ("of solar"), closing the clause: the measure is of that word."""
        tokens, end = self.tokens, obj.end
        return (
            end + 1 < len(tokens)
            and tokens[end].text.lower() == "of"
            and any(t.tag == "CD" for t in tokens[obj.start : obj.head])
            and end + 1 not in self.by_start
            and tokens[end + 1].tag in {"JJ", "NN", "NNS"}
            and (
                end + 2 == len(tokens)
                or not tokens[end + 2].text[:1].isalnum()
                or tokens[end + 2].tag in {"IN", "TO", "CC"}
            )
        )

    def _body_word(self, cue: int) -> str | None:
        """ "government plans to build ...": the common noun for a body before an intention
        named by a noun; whose plans they are, even unnamed (listed with no actor, not with
        someone who reports them: "..., MPs have warned")."""
        before = self.tokens[cue - 1] if cue > 0 else None
        if before is None or before.text.lower() not in ORGANISATION_NOUNS:
            return None
        return before.text

    @property
    def _modals(self) -> set[int]:
        """The indices of "will"/"would" in the sentence."""
        return {k for k, t in enumerate(self.tokens) if t.text.lower() in _INTENT_MODAL}

    def _feared(self, modal: int) -> bool:
        """Whether the clause of the modal at `modal` is the object of a verb of fearing."""
        subject = self.subjects.subject_of(modal)
        if subject is None:
            return False
        k = subject.start - 1
        if k >= 0 and self.tokens[k].text.lower() == "that":
            k -= 1
        return k >= 0 and self.tokens[k].text.lower() in _FEARING

    @property
    def _conditional(self) -> bool:
        """Whether the sentence sets a condition ("if", "unless"): what "will" or "would" do
        under it is a threat or a forecast, not an undertaking; "if elected" is a pledge."""
        tokens = self.tokens
        return any(
            t.text.lower() in {"if", "unless"}
            and (k + 1 == len(tokens) or tokens[k + 1].text.lower() not in _IN_POWER)
            for k, t in enumerate(tokens)
        )

    def _named_by_noun(self, cue: int, verb_end: int) -> bool:
        """Whether the intention at `cue` is a noun whose phrase, taking the verb phrase in as
        its complement, is already a candidate strong enough to list ("a £40 million plan to
        replace its ferries"): the noun phrase names the undertaking, not the verb phrase."""
        phrase = next((p for p in self.phrases if p.head == cue), None)
        found = self.found.get(phrase.start) if phrase is not None else None
        return found is not None and found.end >= verb_end and found.score >= self.w.threshold

    def _placed_end(self, action: str, obj: Phrase) -> int | None:
        """ "plans to open showrooms in Leeds and Hull": the token end of the named places (one
        or more, joined by "and" or commas) after "in", "at" or "across" that the bare plural
        object of a verb of opening or building (`_OPENING`) is put in; None otherwise (a
        determiner, "open the doors in Leeds", or no place named: "open stores in March")."""
        tokens = self.tokens
        if action not in _OPENING or obj.start != obj.body or tokens[obj.head].tag != "NNS":
            return None
        k = obj.end  # a place's name may be read as a plural ("Leeds/NNS"): capitals decide
        if k + 1 >= len(tokens) or tokens[k].text.lower() not in _COUNTED_PLACES:
            return None
        end: int | None = None
        k += 1
        while k < len(tokens):
            run = k
            while k < len(tokens) and tokens[k].tag in NOUN_TAGS and tokens[k].text[:1].isupper():
                k += 1
            if k == run:
                break
            name = read_name(self.text, tokens[run].start, tokens[k - 1].end)
            if name is None or name.kind not in _PLACE_KINDS:
                break
            end = k
            if k + 1 < len(tokens) and tokens[k].text.lower() in {"and", ","}:
                k += 1
            else:
                break
        return end

    def _concrete_object(self, obj: Phrase) -> bool:
        """Whether the object of an intended action names one concrete thing a reader can
        check: a number or sum ("shut 40 depots"), a name ("expand the Nimbus fleet"), an
        owner ("refit its ferries") or a compound ("abolish toll roads"): "raise tariffs" or
        "enhance relaxation" alone, with no subject of its own, is a wish, not an undertaking."""
        tokens = self.tokens
        body = tokens[obj.body : obj.end]
        if obj.owner is not None or any(t.tag == "CD" or t.text[:1] in "£$€" for t in body):
            return True
        if any(t.tag in PROPER_TAGS and t.text[:1].isupper() for t in body):
            return True
        content = [t for t in body if t.text[:1].isalnum() and t.text.lower() not in _GENERIC]
        return len(content) >= 2
