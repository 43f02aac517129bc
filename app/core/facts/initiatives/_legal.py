"""Lawsuits and investigations named by their verb and whom they are against ("Vendia sued the
regulator", "the attorney general is investigating WeWork").
"""

from __future__ import annotations

from app.core.facts.initiatives._actor import (
    names_a_party,
)
from app.core.facts.initiatives._candidate import Candidate
from app.core.facts.initiatives._lexicon import singular
from app.core.facts.initiatives._phrasing import (
    _BE,
    _after_be,
    _negated,
)
from app.core.facts.initiatives._scoring import _Scorer
from app.core.facts.model import InitiativeStatus
from app.core.facts.nlp.phrases import (
    NOUN_TAGS,
)

# Verbs of legal action whose object is who it is against: the status their form gives.
_LEGAL: dict[str, InitiativeStatus] = {
    **dict.fromkeys("investigating investigates investigate probing probes".split(), "ongoing"),
    **dict.fromkeys("suing sues".split(), "ongoing"),
    **dict.fromkeys("investigated probed sued".split(), "launched"),
}


# The verb forms a legal action is read from (not a bare infinitive: "plans to sue").
_VERB_FORMS = frozenset({"VBG", "VBZ", "VBP", "VBD", "VBN"})


class _LegalReader(_Scorer):
    """Reads legal actions in one sentence."""

    def _legal_action(self) -> None:
        """ "The attorney general is investigating WeWork", "Vendia sued the regulator": an
        investigation or a lawsuit named by its verb and whom it is against, when someone named
        does it (a lawsuit or an investigation is an undertaking; the verb is its only name)."""
        tokens = self.tokens
        for i, token in enumerate(tokens):
            if token.tag not in _VERB_FORMS:
                continue
            status = _LEGAL.get(token.text.lower())
            if status is None:
                continue
            if (token.tag == "VBN" and _after_be(tokens, i)) or _negated(tokens, i):
                continue  # "was investigated by": the passive names the target first
            obj = self.by_start.get(i + 1)
            if obj is None or obj.start in self.found or tokens[obj.head].tag not in NOUN_TAGS:
                continue
            if not names_a_party(tokens, obj):
                continue  # "investigate the circumstances": what is looked into, no party
            actor = self.actor_of_subject(i)
            if actor is None:
                continue
            if token.tag == "VBG" and not (i > 0 and tokens[i - 1].text.lower() in _BE):
                continue  # "after suing the firm": no clause of its own
            words = frozenset(
                singular(t.text.lower()) for t in tokens[i + 1 : obj.end] if t.text[:1].isalnum()
            )
            key = token.text.lower()[:4] + ":" + singular(tokens[obj.head].text.lower())
            self.found[obj.start] = Candidate(
                self.index,
                token.start,
                tokens[obj.end - 1].end,
                key,
                words,
                self.w.intended_action,
                actor,
                status,
            )
