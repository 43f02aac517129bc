"""A relative clause that says what an undertaking does, as a "to" complement does: "a bill that
would cap the monthly cost of insulin" is "a bill to cap the monthly cost of insulin"; and one
whose object is the noun it hangs on ("a new ground, which the club hopes to open").

Only a clause whose subject is the relative pronoun and whose verb phrase is whole up to its
object (with that object's "of" phrase) is taken into the name: "proposals that could see
fathers take leave" stops at "fathers", before the object's own verb, so it is left out (a
fragment), as is a clause of "be" or "have" ("a plan that is popular"), which says nothing the
plan does.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.facts.initiatives._amounts import has_money
from app.core.facts.initiatives._complements import _amount_end, _object_end, causative_end
from app.core.facts.initiatives._law_clauses import LAW_HEADS, what_clause_end
from app.core.facts.initiatives._lexicon import Head
from app.core.facts.initiatives._phrasing import _phrase_at
from app.core.facts.initiatives._time_gaps import past_time
from app.core.facts.nlp.phrases import Phrase
from app.core.facts.nlp.tagger import Token

_RELATIVE = frozenset({"that", "which"})
# What it is to do or would do; not "can" or "may" ("a service that can translate speech": what
# a product does).
_MODALS = frozenset("would will could should".split())
_PRESENT = frozenset({"VBZ", "VBP"})
# Verbs of a clause that describes rather than does: "a plan that is popular", "which has".
_DESCRIBING = frozenset("be is are was were been has have had".split())
# Tags after an object that show the clause goes on with the object's own verb ("see fathers
# take", "help investigators to trace").
_GOES_ON = frozenset({"VB", "VBP", "VBZ", "VBG", "VBN", "TO", "MD"})


def relative_end(
    tokens: Sequence[Token], phrase: Phrase, head: Head, by_start: dict[int, Phrase]
) -> int | None:
    """The token end of "that/which <modal> <verb> <object> [of <noun phrase>]" right after
    `phrase`, whose head takes a "to" complement (a bill, a plan, a scheme) and has no name of
    its own; None when there is no such clause or it is not whole there."""
    law = tokens[phrase.head].text.lower() in LAW_HEADS
    k = past_time(tokens, phrase.end, by_start) if law else phrase.end
    if not head.takes_to or k + 3 >= len(tokens) or tokens[k].text.lower() not in _RELATIVE:
        return None
    if any(t.text[:1].isupper() for t in tokens[phrase.body : phrase.end]):
        return None  # "the Everybody Online project": named already, the clause describes it
    j = k + 1
    if law and tokens[j].tag in _PRESENT and tokens[j].text.lower() not in _DESCRIBING:
        pass  # "a bill that caps X": what a law does is what it is for, as "would cap X" is
    elif tokens[j].text.lower() not in _MODALS:
        return None  # "a program that rewards websites": what an existing thing does
    else:
        j += 1
        if tokens[j].tag != "VB" or tokens[j].text.lower() in _DESCRIBING:
            return None
    j += 1
    what = what_clause_end(tokens, j) if law else None
    if what is not None:
        return what  # "a bill that caps what patients pay for insulin"
    if j < len(tokens) and tokens[j].tag == "RP":
        j += 1  # "a scheme that would set up ..."
    end = _object_end(tokens, by_start, _phrase_at(tokens, by_start, j))
    if end is not None:
        end = causative_end(tokens, by_start, j - 1, end) or end  # "that would let X rent Y"
    if tokens[j - 1].text.lower() in _SPENDING:
        end = _spent_end(tokens, by_start, j) or end  # a sum and what it is spent on
    if end is None or (end < len(tokens) and tokens[end].tag in _GOES_ON):
        return None
    return end


# Verbs whose object is a sum: "a bill that would spend $3bn over five years on flood walls".
_SPENDING = frozenset({"spend", "invest", "provide", "allocate"})
# Units of a length of time over which a sum is spent.
_SPANS = frozenset("year years month months decade decades".split())


def _spent_end(tokens: Sequence[Token], by_start: dict[int, Phrase], j: int) -> int | None:
    """The end of a sum spent at `j` with what it is spent on: "$2.1 billion over four years
    on repairing levees" ("over" and a length, then "on/in" and a noun phrase, a gerund
    before it); the sum alone when nothing says on what; None when no sum is there."""
    end = _amount_end(tokens, j, by_start)
    if end is None or not has_money(tokens[j:end]):
        return None
    k = end
    if (
        k + 2 < len(tokens)
        and tokens[k].text.lower() == "over"
        and tokens[k + 1].tag == "CD"
        and tokens[k + 2].text.lower() in _SPANS
    ):
        k += 3  # "over five years"
    if k + 1 < len(tokens) and tokens[k].text.lower() in {"on", "in"}:
        what = by_start.get(k + 1)
        if what is None and tokens[k + 1].tag == "VBG":
            what = by_start.get(k + 2)  # "on repairing levees"
        if what is not None and tokens[what.head].tag in {"NN", "NNS", "NNP", "NNPS"}:
            return what.end
    return end


# "a trial in which 200 patients will take X", "a scheme under which tenants would buy X".
_IN_WHICH = frozenset({"in", "under"})


def in_which_end(
    tokens: Sequence[Token], phrase: Phrase, by_start: dict[int, Phrase]
) -> int | None:
    """The token end of "in/under which <subject> [<preposition> <noun phrase>] <modal> <verb>
    <object>" right after `phrase` (no name of its own): what is to happen in the undertaking
    names it ("a trial in which 200 patients with long Covid will take a diabetes drug"); None
    when there is no such clause or it is not whole there."""
    k = phrase.end
    if k + 4 >= len(tokens) or tokens[k].text.lower() not in _IN_WHICH:
        return None
    if tokens[k + 1].text.lower() != "which":
        return None
    if any(t.text[:1].isupper() for t in tokens[phrase.body : phrase.end]):
        return None  # named already: the clause describes it
    subject = by_start.get(k + 2)
    if subject is None:
        return None
    j = subject.end
    if j + 1 < len(tokens) and tokens[j].tag == "IN" and (more := by_start.get(j + 1)):
        j = more.end  # "200 patients with long Covid"
    if j + 2 >= len(tokens) or tokens[j].text.lower() not in _MODALS:
        return None
    j += 1
    if tokens[j].tag != "VB" or tokens[j].text.lower() in _DESCRIBING:
        return None
    end = _object_end(tokens, by_start, _phrase_at(tokens, by_start, j + 1))
    if end is None or (end < len(tokens) and tokens[end].tag in _GOES_ON):
        return None
    return end


def relative_antecedent(
    tokens: Sequence[Token], phrases: Sequence[Phrase], cue: int
) -> Phrase | None:
    """The noun phrase a relative clause hangs on when the intention at token `cue` opens on
    its own subject ("a new training ground, which the club hopes to open in 2028": the
    ground is what the club hopes to open); None when the clause is not such a one."""
    subject = next((p for p in phrases if p.end == cue), None)
    k = subject.start - 1 if subject is not None else -1
    if k < 1 or tokens[k].text.lower() not in _RELATIVE:
        return None
    k -= 1
    if tokens[k].text == "," and k > 0:
        k -= 1  # "..., which the club hopes to open"
    return next((p for p in phrases if p.end == k + 1), None)


# Rules named by what they require: "proposed rules that would require lenders to publish their
# fees". "Rules" alone name no undertaking ("new regulations", "the league's regulations"): only
# a clause saying what they oblige someone to do makes them one.
RULE_HEADS = frozenset("rule rules regulation regulations".split())
_REQUIRING = frozenset("require requires force forces oblige obliges compel compels".split())


def required_end(
    tokens: Sequence[Token], phrase: Phrase, by_start: dict[int, Phrase]
) -> int | None:
    """The token end of "that/which [<modal>] require(s) <party> to <verb> <object>" right
    after `phrase` (the object of a causative after it too: "to let developers offer their
    own payment systems"); None when there is no such clause or it is not whole there."""
    k = phrase.end
    if k + 6 >= len(tokens) or tokens[k].text.lower() not in _RELATIVE:
        return None
    j = k + 1
    if tokens[j].text.lower() in _MODALS:
        j += 1
    if tokens[j].text.lower() not in _REQUIRING or tokens[j].tag not in {"VB", "VBZ", "VBP"}:
        return None
    party = _phrase_at(tokens, by_start, j + 1)
    if party is None or party.end + 2 >= len(tokens):
        return None
    if tokens[party.end].text.lower() != "to" or tokens[party.end + 1].tag != "VB":
        return None
    verb = party.end + 1
    if tokens[verb].text.lower() in _DESCRIBING:
        return None  # "require firms to be ...": a state, not an act
    j = verb + 1
    if j < len(tokens) and tokens[j].tag == "RP":
        j += 1  # "to set up a register"
    end = _object_end(tokens, by_start, _phrase_at(tokens, by_start, j))
    if end is not None:
        end = causative_end(tokens, by_start, verb, end) or end  # "to let X offer Y"
    if end is None or (end < len(tokens) and tokens[end].tag in _GOES_ON):
        return None
    return end
