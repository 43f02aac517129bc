"""Policy gerunds in a noun's place: "calls for scrapping tuition fees", "by building 100,000
homes, cutting fares and ...".
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.facts.initiatives._candidate import Candidate
from app.core.facts.initiatives._clause_actors import _FINITE
from app.core.facts.initiatives._gates import _GENERIC
from app.core.facts.initiatives._lexicon import singular
from app.core.facts.initiatives._phrasing import (
    _BE,
    _TIME_HEADS,
    _phrase_at,
)
from app.core.facts.initiatives._scoring import _Scorer
from app.core.facts.model import InitiativeStatus
from app.core.facts.nlp.phrases import (
    NOUN_TAGS,
    VERB_TAGS,
    Phrase,
)
from app.core.facts.nlp.tagger import Token

# Nouns of asking, backing or paying before "for <gerund>": "calls for scrapping tuition fees".
_PLEDGE_NOUNS = frozenset(
    """fund money cash budget call plan proposal support case pressure backing bid campaign
    pledge promise demand argument vote""".split()
)
_HAVE = frozenset("has have had".split())
_BE_TO = frozenset("is are".split())
# Particles closing a phrasal verb's object ("keeping rents down", "paying debts off"); the tagger
# reads them as RP or RB.
_PARTICLES = frozenset("down up out off back".split())
_LIST_REACH = 6  # tokens between two gerunds of one list ("by 5%, building ...")


def _nominal(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at `i` is a gerund used as a noun with its object after "of" ("calls
    for a lowering of the voting age"): the same pledge as "for lowering the voting age"."""
    return (
        i >= 2
        and i + 2 < len(tokens)
        and tokens[i - 1].text.lower() in {"a", "an", "the"}
        and tokens[i + 1].text.lower() == "of"
    )


class _GerundReader(_Scorer):
    """Reads policy gerunds in one sentence."""

    def _gerund(self, i: int) -> bool:
        """A gerund phrase of policy ("for scrapping tuition fees"): add it; True if added.

        Only in a noun's place: after a preposition, or after a comma or "and" in a list of
        pledges (after a comma, only the next of a list already begun: "X, ending a campaign"
        is a clause), never after a form of "be" ("is cutting jobs" is a clause). The phrase
        is the gerund, its whole object and one prepositional phrase ("putting more police on
        the streets").
        """
        tokens, w = self.tokens, self.w
        nominal = _nominal(tokens, i)
        lead = i - 1 if nominal else i  # the gerund's phrase opens here ("a lowering of")
        before = tokens[lead - 1] if lead > 0 else None
        if before is None or before.text.lower() in _BE:
            return False
        if nominal and not self._asked_for(lead - 1):
            return False  # "hit by the banning of X", "gathered for the opening of X": no pledge
        if before.tag not in {"IN", "CC", ","} and before.text != ",":
            return False
        if before.text == "," and (
            self.last_gerund is None or not self._same_list(self.last_gerund[0], lead)
        ):
            return False  # "agreed to return X, ending a campaign": a clause, no list's item
        obj = _phrase_at(tokens, self.by_start, i + 2 if nominal else i + 1)
        whole = None if nominal else self.by_start.get(i)
        if obj is None and whole is not None and whole.end > i + 1:
            obj = Phrase(i + 1, whole.end, whole.head, i + 1)  # chunked as "scrapping fees"
        if obj is None or tokens[obj.head].tag not in NOUN_TAGS:
            return False
        end = obj.end
        if end < len(tokens) and tokens[end].text.lower() in _PARTICLES:
            end += 1  # "keeping council rents down": the particle is part of the pledge
        if (
            end + 1 < len(tokens)
            and tokens[end].text.lower() in {"on", "in", "for", "to", "from"}
            and (pp := self.by_start.get(end + 1)) is not None
            and tokens[pp.head].text.lower() not in _TIME_HEADS
        ):
            end = pp.end
            if end + 1 < len(tokens) and tokens[end].text.lower() == "of":
                of_what = self.by_start.get(end + 1)  # "in favour of a local income tax"
                if of_what is not None:
                    end = of_what.end
        named = [t for t in tokens[obj.body : obj.head] if t.text.lower() not in _GENERIC]
        if not named and end == obj.end:
            return False  # "cutting taxes", "abandoning plans": a kind of act, not a pledge
        head = self.lex.heads.get(tokens[obj.head].text.lower())
        score = w.gerund + (w.head * head.weight if head is not None else 0.0)
        status: InitiativeStatus = "proposed" if before.text.lower() == "for" else "unknown"
        if before.text.lower() == "by":
            status = self._means_status(lead - 1)
        if before.text.lower() == "including" or (
            before.text.lower() == "for" and self._pledged_for(lead - 1)
        ):
            score += w.pledge_context
        elif self.last_gerund is not None and self._same_list(self.last_gerund[0], lead):
            score += self.last_gerund[1]  # the next pledge of the same list keeps its context
            status = self.last_gerund[2]
        self.last_gerund = (end, score - w.gerund, status)
        words = frozenset(t.text.lower() for t in tokens[i + 1 : end] if t.text[:1].isalnum())
        key = tokens[i].text.lower() + ":" + singular(tokens[obj.head].text.lower())
        actor = self._clause_subject(Phrase(i, i + 1, i, i)) or self._reporter()
        self.found[i] = Candidate(
            self.index, tokens[i].start, tokens[end - 1].end, key, words, score, actor, status
        )
        for k in range(i + 1, end):
            self.found.setdefault(k, None)  # its object is no candidate of its own
        return True

    def _next_in_list(self, i: int) -> bool:
        """Whether the word at `i` is a gerund that a list of pledges already begun goes on
        with ("by scrapping old fines and destroying all speed cameras", "for scrapping fees,
        providing free meals and ..."): coordinated with a policy gerund, it is a pledge of the
        same kind whatever its verb."""
        return (
            self.tokens[i].tag == "VBG"
            and self.last_gerund is not None
            and self._same_list(self.last_gerund[0], i)
        )

    def _means_status(self, by: int) -> InitiativeStatus:
        """The status of a gerund after "by" at `by`, the means of its clause's verb: that
        verb's tense ("is encouraging companies to pay by scrapping X" -> ongoing, "will win
        them back by cutting X" -> planned, "has turned it round by cutting X" -> completed);
        unknown when no finite verb stands before it in its clause."""
        tokens = self.tokens
        for k in range(by - 1, -1, -1):
            token = tokens[k]
            if token.text in {",", ";", ":"} and k < by - 1:
                break
            if token.tag not in _FINITE and token.tag != "MD":
                continue
            word = token.text.lower()
            if word in {"will", "shall"} or (word in _BE_TO and self._to_after(k)):
                return "planned"
            if token.tag == "MD":
                return "proposed"
            if word in _BE and k + 1 < len(tokens) and tokens[k + 1].tag == "VBG":
                return "ongoing"  # "is encouraging"
            if word in _HAVE or token.tag == "VBD":
                return "completed"
            return "ongoing"  # "encourages": what it does now
        return "unknown"

    def _to_after(self, k: int) -> bool:
        """Whether "to" follows the word at `k` ("is to", "are to")."""
        return k + 1 < len(self.tokens) and self.tokens[k + 1].text.lower() == "to"

    def _asked_for(self, k: int) -> bool:
        """Whether the word at `k` is a "for" that asks for what follows: after a noun of asking
        or pledging ("calls for", "a campaign for") or a verb of proposing ("pushed for",
        "called for"), not after any verb ("praised for", "gathered for")."""
        if k < 1 or self.tokens[k].text.lower() != "for":
            return False
        word = self.tokens[k - 1]
        entry = self.lex.verbs.get(word.text.lower())
        if word.tag in VERB_TAGS:
            return entry is not None and entry.kind == "propose"
        return singular(word.text.lower()) in _PLEDGE_NOUNS

    def _pledged_for(self, k: int) -> bool:
        """Whether the "for" at `k` asks or pays for what follows ("calls for", "to pay for
        scrapping fees", "funds for increasing pensions"), not a thing's use ("the only
        vehicle for launching crews", "ingredients for forming stars")."""
        if k < 1:
            return False
        word = self.tokens[k - 1]
        return word.tag in VERB_TAGS or singular(word.text.lower()) in _PLEDGE_NOUNS

    def _same_list(self, end: int, i: int) -> bool:
        """True when the gerund at `i` follows the one ending at `end` in one list: only a
        comma or "and"/"or" before it, and no finite verb, colon or semicolon between."""
        tokens = self.tokens
        if (
            end > i - 1
            or i - end > _LIST_REACH
            or tokens[i - 1].text.lower() not in {",", "and", "or"}
        ):
            return False
        return not any(
            t.tag in _FINITE or t.tag == "MD" or t.text in {";", ":"} for t in tokens[end:i]
        )
