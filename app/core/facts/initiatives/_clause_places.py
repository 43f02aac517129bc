"""Undertakings a clause names away from the place after its verb: the phrase before a participle
with a "by" agent ("a fund set up by the council"), the antecedent of a relative clause ("a
scheme that Vendia launched"), the subject of a creating verb with no object ("the service
opens in May") and an undertaking a clause schedules ("under a pilot that starts in September",
"a scheme launched last year").
"""

from __future__ import annotations

import re

from app.core.facts.initiatives._candidate import _Verb
from app.core.facts.initiatives._clause_actors import TELLING
from app.core.facts.initiatives._gates import _GENERIC
from app.core.facts.initiatives._lexicon import Verb
from app.core.facts.initiatives._phrasing import _is_time
from app.core.facts.initiatives._scoring import _Scorer
from app.core.facts.nlp.phrases import (
    NOUN_TAGS,
    PROPER_TAGS,
    Phrase,
)

# Tags of a word after which a noun phrase is inside a longer one (a verb's object), never a
# clause's subject; and "of" ("two of the five centres"). Not any IN: "said that the scheme
# opens", "after the new laws passed" open a clause.
_INSIDE = re.compile(r"TO|VB")
# Prepositions that open a time after a scheduling verb: "starts in September", "opens on Monday".
_AT_TIME = frozenset("in on from at".split())


class _ClauseReader(_Scorer):
    """Reads the undertakings of relative and reduced clauses in one sentence."""

    def _reduced_passive(self, i: int, entry: Verb) -> Phrase | None:
        """ "the SunShot Initiative launched by the US government", "a fund set up by the
        council", "the trade deal, signed last month by the government and ...": the phrase
        right before a participle (a comma between) with a "by" agent (a time between) is its
        passive subject; so is one a verb of agreeing takes with a party ("a rescue plan agreed
        with the Treasury"), whose actor that party is not alone."""
        tokens = self.tokens
        if tokens[i].tag not in {"VBN", "VBD"} or i < 1:
            return None
        k = i + 1
        if entry.particle is not None and k < len(tokens) and tokens[k].text == entry.particle:
            k += 1
        k = self._past_when(k)
        if k >= len(tokens) or tokens[k].text.lower() not in {"by", "with"}:
            return None
        if tokens[k].text.lower() == "with" and entry.kind != "agree":
            return None  # "a plan agreed with the Treasury" is agreed; "launched with" says how
        before = i - 1 if tokens[i - 1].text == "," else i  # "The deal, signed by ...": set off
        phrase = next((p for p in self.phrases if p.end == before), None)
        if phrase is None or tokens[phrase.head].tag not in NOUN_TAGS:
            return None
        head = self.lex.heads.get(tokens[phrase.head].text.lower())
        if tokens[phrase.head].tag not in PROPER_TAGS and (head is None or head.weight < 2):
            return None  # "the cuts proposed by the Tories": too weak a head without its verb
        agent = self.by_start.get(k + 1)
        if before < i and agent is not None and entry.kind == "agree" and self._bare(phrase):
            # "The deal, signed on Monday by the port authority,": a bare head names which
            # deal only with its clause, which runs to its signer ("The merger, backed by
            # ...," is only supported: a fuller mention names it)
            self.clause_ends[phrase.start] = agent.end
        return phrase

    def _bare(self, phrase: Phrase) -> bool:
        """Whether `phrase` is its head with only generic words before it ("the deal")."""
        return all(
            t.text.lower() in _GENERIC - {"new"} for t in self.tokens[phrase.body : phrase.head]
        )

    def _past_when(self, k: int) -> int:
        """The token after a time phrase at `k` between a participle and its "by" ("signed in
        March by", "signed last month by"), or `k` when there is none."""
        tokens = self.tokens
        if k + 1 < len(tokens) and tokens[k].text.lower() in {"in", "on", "at"}:
            when = self.by_start.get(k + 1)
            if when is not None and _is_time(tokens, when, self.by_start):
                return when.end
        when = self.by_start.get(k)
        if when is not None and _is_time(tokens, when, self.by_start):
            return when.end
        return k

    def _relative_object(self, i: int) -> Phrase | None:
        """ "the centres which the firm has set up", "a scheme that Vendia launched": the
        phrase before "which/that" is the object of the relative clause's verb at `i`."""
        tokens = self.tokens
        subject = self.subjects.subject_of(i)
        if subject is None or subject.start < 2:
            return None
        if tokens[subject.start - 1].text.lower() not in {"which", "that"}:
            return None
        end = subject.start - 1
        gap = next((p for p in self.phrases if p.end == end), None)
        if gap is not None and gap.start >= 1 and tokens[gap.start - 1].text.lower() in TELLING:
            return None  # "told the Commons that ...": what is said, not a relative clause
        if gap is not None and gap.start >= 2 and tokens[gap.start - 1].text.lower() == "of":
            outer = next((p for p in self.phrases if p.end == gap.start - 1), None)
            if outer is not None and tokens[outer.head].text.lower() in self.lex.heads:
                return outer  # "centres of excellence which the firm set up": the centres
        return gap

    def _intransitive(self, i: int, entry: Verb) -> None:
        """ "a larger project is due to launch", "the service opens in May": the subject of a
        creating verb with no object is what is being created."""
        if entry.kind != "create" or entry.particle is not None:
            return
        subject = self.subjects.subject_of(i)
        if subject is None or self.tokens[subject.head].tag not in NOUN_TAGS:
            return
        if self.lex.heads.get(self.tokens[subject.head].text.lower()) is None:
            return
        before = self.tokens[subject.start - 1] if subject.start > 0 else None
        if before is not None and (before.text.lower() == "of" or _INSIDE.match(before.tag)):
            # "a consultation on plans to close two of the five centres will open": the phrase
            # after "of" or a verb is inside the subject, not the subject; what opens is unknown
            return
        self.add(subject, _Verb(i, entry, None, passive=True))

    def _scheduled(self, i: int, entry: Verb) -> bool:
        """ "under a pilot that starts in September", "a scheme launched last year": a creating
        verb with no object but a time, in a relative clause on an undertaking noun (weight 2
        or more, singular) or as its participle, says when the undertaking starts or started;
        the name runs to the time. The clause names no one: the actor is the sentence's or the
        tracker's. A present tense ("starts") with a time is a schedule: planned. Whether it
        was read."""
        tokens = self.tokens
        if entry.kind != "create" or entry.particle is not None:
            return False
        k = i - 1
        if k > 0 and tokens[k].tag == "MD":
            k -= 1  # "a pilot that will start in May"
        if k > 0 and tokens[k].text.lower() in {"that", "which"}:
            antecedent_end = k
        elif tokens[i].tag in {"VBN", "VBD"}:
            antecedent_end = i  # "a scheme launched last year"
        else:
            return False
        phrase = next((p for p in self.phrases if p.end == antecedent_end), None)
        if phrase is None or tokens[phrase.head].tag != "NN":
            return False
        head = self.lex.heads.get(tokens[phrase.head].text.lower())
        if head is None or head.weight < 2:
            return False
        j = i + 1
        if j < len(tokens) and tokens[j].text.lower() in _AT_TIME:
            j += 1
        when = self.by_start.get(j)
        if when is None or not _is_time(tokens, when, self.by_start):
            return False
        self.clause_ends[phrase.start] = when.end
        self.add(phrase, _Verb(i, entry, None, passive=True))
        found = self.found.get(phrase.start)
        if found is not None and tokens[i].tag in {"VBZ", "VBP"}:
            found.status = "planned"
        return True
