"""A plan with words of its own names the undertaking its "to" complement says it is for: "a
five-year, £2bn investment plan to cut sewage spills" is the item, not "cut sewage spills".

The intention reader (`_intended`) lists an action under an intention by its verb phrase when
no noun names it strongly enough already ("plans to shut 40 depots": "plans to" tells a reader
nothing). A plan, scheme or programme sized by a sum or a length ("£2bn", "five-year") is a
concrete thing whatever verb governs it ("will pay for"); its phrase, complement and all, takes
the evidence the verb phrase would have had, and the verb phrase is not listed apart.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.facts.initiatives._scoring import _counted, _Scorer
from app.core.facts.model import InitiativeStatus
from app.core.facts.nlp.phrases import Phrase
from app.core.facts.nlp.tagger import Token


def sized(tokens: Sequence[Token], phrase: Phrase) -> bool:
    """Whether a modifier before the head of `phrase` is a sum, a figure or a counted
    compound ("£2.1bn", "five-year")."""
    return any(
        t.tag in {"CD", "$"} or t.text[:1] in "£$€" or _counted(t.text)
        for t in tokens[phrase.body : phrase.head]
    )


def named_by_sized_plan(
    reader: _Scorer, cue: int, verb_end: int, evidence: tuple[float, str | None, InitiativeStatus]
) -> bool:
    """Whether the intention noun at token `cue` of the sentence `reader` reads heads a sized
    phrase whose candidate takes the action in as its complement (its name reaches `verb_end`,
    a character offset); if so that candidate takes the action's `evidence` (score, actor,
    status) and True is returned."""
    tokens = reader.tokens
    phrase = next((p for p in reader.phrases if p.head == cue), None)
    if phrase is None or not sized(tokens, phrase):
        return False
    if phrase.start not in reader.found:
        reader.add(phrase, None)  # scored now, not after the sentence's other readers
    candidate = reader.found.get(phrase.start)
    if candidate is None or candidate.end < verb_end:
        return False
    score, actor, status = evidence
    candidate.score = max(candidate.score, score)
    candidate.actor = candidate.actor or actor
    candidate.status = status
    return True
