"""Plans rejected: "Plans for a £90m terminal have been rejected by the harbour board", "the
council turned down plans for ...", "ruled out a proposed merger". What was planned is cancelled,
and the body that rejects it is no one behind it: the item has no actor. Only a head that names
a plan or a proposal counts ("rejected a pay offer" is no undertaking the rejecter gives up).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.facts.initiatives._lexicon import Verb, singular
from app.core.facts.initiatives._status import verb_status
from app.core.facts.nlp.phrases import Phrase
from app.core.facts.nlp.tagger import Token

_REJECTING = frozenset(
    """reject rejects rejected rejecting veto vetoes vetoed vetoing block blocks blocked
    blocking""".split()
)
# Verbs that reject with their particle: "turned down", "ruled out".
_WITH_PARTICLE = {
    **dict.fromkeys("turn turns turned turning".split(), "down"),
    **dict.fromkeys("rule rules ruled ruling".split(), "out"),
}
REJECTED = Verb("reject", "cancel", None)
# A verb whose status is "launched" when done: read to tell a rejection done from one tried.
_DONE = Verb("reject", "create", None)
# Heads that name what someone planned or proposed, and so can be given up by a rejection.
_PLANNED_HEADS = frozenset(
    """plan proposal scheme project bill legislation reform programme strategy merger buyout
    buy-out development""".split()
)
_PLANNING_MODIFIERS = frozenset("proposed planned".split())


def rejection_object(tokens: Sequence[Token], verb: int) -> int | None:
    """Where the object of a verb of rejecting at `verb` starts ("rejected plans", "turned
    down plans"), or None when `verb` is no such verb or no rejection done (past, not under an
    infinitive or a modal). For a passive the caller reads the
    subject instead."""
    word = tokens[verb].text.lower()
    if tokens[verb].tag not in {"VBD", "VBN"} or verb_status(tokens, verb, _DONE) != "launched":
        return None  # "was trying to block the reform", "would reject it": not given up yet
    if word in _REJECTING:
        return verb + 1
    particle = _WITH_PARTICLE.get(word)
    if (
        particle is not None
        and verb + 1 < len(tokens)
        and tokens[verb + 1].text.lower() == particle
    ):
        return verb + 2
    return None


def planned_thing(tokens: Sequence[Token], phrase: Phrase) -> bool:
    """Whether `phrase` names something planned or proposed: its head a plan's noun, or a
    "proposed" / "planned" before its head ("a proposed management buy-out")."""
    if singular(tokens[phrase.head].text.lower()) in _PLANNED_HEADS:
        return True
    return any(
        tokens[k].text.lower() in _PLANNING_MODIFIERS for k in range(phrase.body, phrase.head)
    )
