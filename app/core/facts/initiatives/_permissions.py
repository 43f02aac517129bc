"""What one party lets or allows another to do: "rules that would let developers offer their
own payment systems", "a law allowing councils to set up low-traffic zones". The permission is
the permitter's act; what it makes possible is no one's undertaking (nobody has said they will
do it), so the object of the verb after it is not listed.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.facts.nlp.tagger import Token

# Verbs of permission taking a bare verb after their object ("let X offer") or "to" ("allow X
# to offer").
_LETTING = frozenset("let lets letting".split())
_ALLOWING = frozenset(
    """allow allows allowed allowing permit permits permitted permitting enable enables
    enabled enabling""".split()
)
# Tags of the words of the permitted party between the two verbs: "developers", "app stores",
# "the city's bus firms", "them".
_PARTY_TAGS = frozenset({"DT", "PRP$", "PRP", "JJ", "NN", "NNS", "NNP", "NNPS", "CD", "POS"})
_PARTY_REACH = 6
# Words that make "let" an exhortation, not a permission: "Let us build", "let's".
_EXHORTED = frozenset({"us", "'s", "’s"})


def permitted(tokens: Sequence[Token], verb: int) -> bool:
    """Whether the bare verb at `verb` is what someone is let or allowed to do ("let developers
    offer", "allowing councils to set up"), not what its own subject undertakes."""
    k = verb - 1
    to = k >= 0 and tokens[k].text.lower() == "to"
    if to:
        k -= 1
    party = 0
    while k >= 0 and party < _PARTY_REACH and tokens[k].tag in _PARTY_TAGS:
        if tokens[k].text.lower() in _EXHORTED:
            return False
        k -= 1
        party += 1
    if party == 0 or k < 0:
        return False
    word = tokens[k].text.lower()
    return word in _ALLOWING if to else word in _LETTING
