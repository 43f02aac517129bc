"""Trigger words for initiative candidates: the verb (or cue) that gives one its status.

Part of `app.core.facts.initiatives`; see `_extract` for the whole method. A trigger is the
nearest status word before the phrase ("launched a new office") or after it ("the scheme was
scrapped"); a verb phrase takes the status of its intention cue ("proposals to raise" ->
proposed); "there would be a cap on ..." is a proposal; a plan noun ("plan on X") gives X its
status but is no verb.
"""

from __future__ import annotations

from app.core.facts.initiatives._candidates import INTENT, Candidate
from app.core.facts.initiatives._chunk import DETERMINERS, POSSESSIVE, Token
from app.core.facts.initiatives._lexicon import Lexicon

MODALS = frozenset("will would should could due".split())
_AUXILIARIES = frozenset(
    "is are was were be been being has have had will would should could to due now also formally"
    " already finally officially".split()
)
_OBJECT_FILLERS = frozenset("up out also for on with more than further new its their".split())
_NOUN_PREPOSITIONS = frozenset("on for of in against".split())
_WINDOW_LEFT = 10
_WINDOW_RIGHT = 6


def trigger(cand: Candidate, lex: Lexicon) -> tuple[int, str, bool] | None:
    """The nearest status word governing the candidate: (token index, status, direct).

    `direct` when only determiners and the like stand between ("launched a new office") or
    only auxiliaries after it ("the scheme was scrapped").
    """
    tokens = cand.tokens
    if cand.head == cand.first and ":" in cand.head_key:
        # A verb phrase: its own verb says what it is; the intention cue makes it planned.
        cue = _intent_status(tokens, cand.head, lex)
        if cue is not None:
            return (cand.head, cue, True)
        own = lex.status_of.get(tokens[cand.head].low)
        return (cand.head, "planned" if own is None or own == "ongoing" else "proposed", True)
    existential = _existential(tokens, cand.first)
    if existential is not None:
        return existential
    best: tuple[int, int, str, bool] | None = None  # (distance, index, status, direct)
    noun_status: str | None = None
    for k in range(cand.first - 1, max(-1, cand.first - 1 - _WINDOW_LEFT), -1):
        if tokens[k].low in {".", ";", ":"}:
            break
        status = lex.status_of.get(tokens[k].low)
        if status is not None and _noun_use(tokens, k, lex):
            # "a five-point plan on debt relief": a noun, no verb; but what it is about
            # has the plan's status even when a verb further left governs the plan.
            noun_status = noun_status or status
            continue
        if status is not None and not tokens[k].is_cap:
            direct = all(between_object(t) for t in tokens[k + 1 : cand.first])
            best = (cand.first - k, k, noun_status or status, direct)
            break
    for k in range(cand.end, min(len(tokens), cand.end + _WINDOW_RIGHT)):
        if tokens[k].low in {".", ";", ":", ","}:
            break
        status = lex.status_of.get(tokens[k].low)
        if status is not None and not tokens[k].is_cap:
            if k == cand.end + 1 and tokens[cand.end].low == "to":
                break  # a purpose, not what happens to it: "a data centre to develop ..."
            direct = all(t.low in _AUXILIARIES for t in tokens[cand.end : k])
            if best is None or (direct and not best[3]) or k - cand.end + 1 < best[0]:
                best = (k - cand.end + 1, k, status, direct)
            break
    return None if best is None else (best[1], best[2], best[3])


def _noun_use(tokens: list[Token], k: int, lex: Lexicon) -> bool:
    """True when a trigger word that is also a head noun is a noun here ("plan on X").

    A preposition other than "to" right after it ("plan on", "proposals for") marks the noun.
    """
    return (
        tokens[k].low in lex.heads
        and k + 1 < len(tokens)
        and tokens[k + 1].low in _NOUN_PREPOSITIONS
    )


def plan_noun_status(cand: Candidate, lex: Lexicon) -> str | None:
    """The status a plan noun gives what it is about: "plans for debt relief" -> planned.

    Only the status: a noun is no evidence that anyone is carrying the thing out.
    """
    k = cand.first - 1
    while k >= 0 and cand.first - k <= 3 and between_object(cand.tokens[k]):
        k -= 1
    if k >= 0 and _noun_use(cand.tokens, k, lex):
        return lex.status_of.get(cand.tokens[k].low)
    return None


def _intent_status(tokens: list[Token], verb: int, lex: Lexicon) -> str | None:
    """The status the nearest intention cue gives a verb phrase ("proposals to raise" ->
    proposed, "promised to end" -> announced, "would cut" -> proposed, "plans to" -> planned).
    """
    for k in range(verb - 1, max(-1, verb - 8), -1):
        low = tokens[k].low
        if low in {".", ";", ":"}:
            break
        status = lex.status_of.get(low)
        if status in {"proposed", "planned", "announced"} and low in INTENT:
            return status
    return None


def _existential(tokens: list[Token], first: int) -> tuple[int, str, bool] | None:
    """A proposal worded "there should be a cap on ..." or "there would also be a new tax"."""
    k = first - 1
    while k >= 0 and (tokens[k].low in DETERMINERS or tokens[k].low == "also"):
        k -= 1
    if k < 1 or tokens[k].low != "be":
        return None
    k -= 1
    while k >= 0 and tokens[k].low == "also":
        k -= 1
    if k < 0 or tokens[k].low not in MODALS:
        return None
    # The index returned is "be", not the modal: this is a firm proposal, not a bare "would".
    be = first - 1
    while tokens[be].low != "be":
        be -= 1
    return (be, "planned" if tokens[k].low in {"will", "would"} else "proposed", True)


def between_object(token: Token) -> bool:
    """A word that may stand between a verb and its object ("set up a new", "backs its")."""
    return (
        token.low in DETERMINERS
        or token.low in _OBJECT_FILLERS
        or token.is_number
        or token.low in POSSESSIVE
    )
