"""What a law's relative clause says it does, in the present tense as with a modal: "a bill
that caps insulin costs", "a law which bans disposable vapes" name the law by its effect, as
"a bill that would cap insulin costs" does (`_relatives.relative_end`).

Only the head of a law's text reads so (`LAW_HEADS`): "a program that rewards websites" says
what an existing thing does, no undertaking. A time phrase may stand between the head and its
clause ("signed a bill on Tuesday that caps ..."), and the object may be a "what" clause ("caps
what insured patients pay for insulin"), read to the end of its clause.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.facts.nlp.tagger import Token

# Heads of a text a legislature passes or a body makes binding.
LAW_HEADS = frozenset("bill bills law laws legislation ordinance ordinances".split())

# Where a "what" clause ends: the clause's punctuation or a new clause.
_CLAUSE_ENDS = frozenset({",", ".", ";", ":", "(", ")", '"', "“", "”", "and", "but", "while"})
_WHAT_REACH = 14  # tokens of a "what" clause at most: a longer one is no name a reader scans
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def what_clause_end(tokens: Sequence[Token], j: int) -> int | None:
    """The end of a "what" clause object at `j` ("what insured patients pay for insulin at $35
    a month"): "what", a subject and one finite verb, up to the clause's end; None when there is
    no such clause or it runs past `_WHAT_REACH` or into a second verb."""
    if j >= len(tokens) or tokens[j].text.lower() != "what":
        return None
    verbs = 0
    k = j + 1
    while k < len(tokens) and tokens[k].text.lower() not in _CLAUSE_ENDS:
        if tokens[k].tag in _FINITE:
            verbs += 1
        k += 1
    if verbs != 1 or k - j > _WHAT_REACH or k == j + 1:
        return None
    return k
