"""Undertakings a passive still to come names: "Bus fares will be frozen until 2028 by the
county", "Two rural branches are to be closed, the bank said".

The thing acted on is the clause's subject and who acts is the "by" agent, or else the body the
sentence reports ("..., the council said"); a price held ("fares will be frozen") is listed
with nobody named too, a policy a reader can tell. Only a passive to come counts (after "will",
"would", "is to" or "are to"): what "was cut" or "has been closed" is an outcome already, and a
verb of action in the past names no plan. The verb must be one of the verbs of action
(`initiatives_actions.txt`) that changes no amount ("the age would be reduced to 18" and "jobs
will be cut" tell a figure; "frozen" and "capped" hold one). The subject passes the filters of
the active form's object (`_intended`): no measure of the economy, no price changed (a freeze
or a cap on one is a policy), no force and no party; and someone named acts, unless a price
is held.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from app.core.facts.initiatives._actor import by_agent, names_a_party, names_no_agent
from app.core.facts.initiatives._amounts import is_figure
from app.core.facts.initiatives._candidate import Candidate
from app.core.facts.initiatives._gates import PRICES
from app.core.facts.initiatives._intended import _FIGURES, _IntendedReader
from app.core.facts.initiatives._lexicon import singular
from app.core.facts.initiatives._phrasing import _TIME_HEADS, AMOUNT_CHANGES, _negated
from app.core.facts.initiatives._status import reported_will
from app.core.facts.model import InitiativeStatus
from app.core.facts.nlp.phrases import Phrase
from app.core.facts.nlp.tagger import Token

# Participles that are not the base with "-ed" or "-d".
_IRREGULAR = {
    "cut": "cut",
    "shut": "shut",
    "set": "set",  # kept out below: only "set up" starts something
    "deferred": "defer",
    "shed": "shed",
    "frozen": "freeze",
    "built": "build",
    "rebuilt": "rebuild",
    "sold": "sell",
    "bought": "buy",
    "withdrawn": "withdraw",
    "paid": "pay",
}
# Verbs that hold a price where it is: a freeze or a cap on fares is a policy, not a change.
HOLDING_PRICES = frozenset({"freeze", "cap"})
_CONSONANTS = frozenset("bcdfghjklmnpqrstvwxz")
_VOWELS = frozenset("aeiou")
# The tags of a participle after "be" ("frozen/VBN"), also as the tagger may misread it.
_PARTICIPLE_TAGS = frozenset({"VBN", "VBD", "JJ"})


@cache
def participles(actions: frozenset[str]) -> dict[str, str]:
    """The past participles of the verbs of action, each with its base ("frozen" -> "freeze",
    "scrapped" -> "scrap", "closed" -> "close", "privatised" -> "privatise"); built once per
    lexicon (every sentence asks), so the caller must not change the dict."""
    forms = {p: b for p, b in _IRREGULAR.items() if b in actions and b != "set"}
    irregular = frozenset(_IRREGULAR.values())
    for base in sorted(actions - irregular):
        if base.endswith("e"):
            forms[base + "d"] = base
        elif base.endswith("y") and base[-2:-1] in _CONSONANTS:
            forms[base[:-1] + "ied"] = base
        elif _one_syllable(base) and base[-1] in _CONSONANTS - {"w", "x", "y"}:
            forms[base + base[-1] + "ed"] = base  # "scrapped", "banned"
        else:
            forms[base + "ed"] = base
    return forms


def _one_syllable(word: str) -> bool:
    """Whether `word` has one vowel, before its last letter ("scrap", "ban"; not "open")."""
    vowels = [k for k, c in enumerate(word) if c in _VOWELS]
    return len(vowels) == 1 and vowels[0] == len(word) - 2


def _stranded(tokens: Sequence[Token], i: int) -> bool:
    """Whether the participle at `i` leaves its preposition without an object ("will be paid
    for by grants", "would be paid for."): the subject is that preposition's object, not a
    thing the verb acts on, so the passive names no undertaking done to it."""
    if i + 1 >= len(tokens) or tokens[i + 1].tag != "IN":
        return False
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    return after is None or after.tag in {"IN", "TO"} or not after.text[:1].isalnum()


class _PassiveReader(_IntendedReader):
    """Reads undertakings named by a passive still to come in one sentence."""

    def _passive_intended(self) -> None:
        """Adds "Bus fares will be frozen until 2028 (by the county)" for each participle of a
        verb of action after "will be", "would be" or "is/are to be" (see the module)."""
        tokens = self.tokens
        forms = participles(self.lex.actions)
        for i, token in enumerate(tokens):
            if token.tag not in _PARTICIPLE_TAGS or i < 3:
                continue  # the tag first: most words are not looked up
            action = forms.get(token.text.lower())
            if action is None:
                continue
            if action in AMOUNT_CHANGES and action not in HOLDING_PRICES:
                continue  # "the minimum age would be reduced to 18": an amount, told as one
            if _stranded(tokens, i):
                continue  # "the programme will be paid for by grants": what it is paid for
            status = self._to_come(i)
            if status is None or _negated(tokens, i) or self._conditional:
                continue
            subject = self.subjects.subject_of(i)
            if subject is None or subject.start in self.found:
                continue
            if is_figure(tokens[subject.head]):
                continue  # "the remaining $20m will be paid by insurers": money, no undertaking
            if not self._acted_on(subject, action):
                continue
            agent = self._agent_after(i)
            if agent is None and not (self._concrete_object(subject) or action in HOLDING_PRICES):
                continue  # "costs will be cut, it said": which costs is not said
            actor = agent or self._reporter()
            if actor is None and action not in HOLDING_PRICES:
                continue  # "the depot will be closed": nobody named does it, no policy said
            # "Bus fares will be frozen until 2028": a price held where it is is a policy a
            # reader can tell whoever holds it, so it is listed with no actor
            end = self._until_end(i + 1)
            words = frozenset(
                singular(t.text.lower())
                for t in tokens[subject.body : subject.end]
                if t.text[:1].isalnum()
            )
            key = action + ":" + singular(tokens[subject.head].text.lower())
            self.found[subject.start] = Candidate(
                self.index,
                tokens[subject.body].start,
                tokens[end - 1].end,
                key,
                words,
                self.w.intended_action,
                actor,
                status,
            )

    def _to_come(self, i: int) -> InitiativeStatus | None:
        """The status of a passive to come ending at the participle `i` ("will be frozen" ->
        planned, "would be scrapped" -> proposed, "are to be closed" -> planned), else None."""
        tokens = self.tokens
        k = i - 1
        while k > 0 and tokens[k].tag in {"RB", "RBR"}:
            k -= 1  # "will now be frozen"
        if tokens[k].text.lower() != "be" or k < 2:
            return None
        before = tokens[k - 1].text.lower()
        if before == "will":
            return "planned"
        if before == "would":
            return "planned" if reported_will(tokens, k - 1) else "proposed"
        if before == "to" and tokens[k - 2].text.lower() in {"is", "are"}:
            return "planned"  # "two branches are to be closed"
        return None

    def _acted_on(self, subject: Phrase, action: str) -> bool:
        """Whether the subject is a thing an undertaking acts on: a common noun that is no
        pronoun, time, measure of the economy, force or party, and, for a price, only one held
        where it is ("fares will be frozen"; "fares will be raised by 4%" is a price changed)."""
        tokens = self.tokens
        head = tokens[subject.head]
        word = singular(head.text.lower())
        if head.tag not in {"NN", "NNS"} or word in _TIME_HEADS or word in _FIGURES:
            return False
        if names_no_agent(tokens, subject) or names_a_party(tokens, subject):
            return False  # "the storm", "officials will be sacked": no thing acted on
        return word not in PRICES or action in HOLDING_PRICES

    def _agent_after(self, i: int) -> str | None:
        """The "by" agent after the participle at `i`, past a time ("frozen until 2028 by the
        county")."""
        k = self._until_end(i + 1)
        return by_agent(self.text, self.tokens, k, self.phrases, self.discourse)

    def _until_end(self, k: int) -> int:
        """After "until <time>" at `k`, the index past it; else `k`."""
        tokens = self.tokens
        if k < len(tokens) and tokens[k].text.lower() == "until":
            when = self.by_start.get(k + 1)
            if when is not None:
                return when.end
            if k + 1 < len(tokens) and tokens[k + 1].tag == "CD":
                return k + 2  # "until 2028", a year alone
        return k
