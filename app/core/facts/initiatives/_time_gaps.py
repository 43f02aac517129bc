"""A time phrase between a head and what belongs to its name: "signed a bill on Friday that
limits ...", "would publish a plan in January to help first-time buyers". When the bill was
signed or the plan published stands between the noun and its clause; the name reads on past it.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.facts.initiatives._phrasing import _is_time
from app.core.facts.nlp.phrases import Phrase
from app.core.facts.nlp.tagger import Token

# Prepositions of a time phrase: "on Tuesday", "in January".
_TIME_LEADS = frozenset("on in at during".split())


def past_time(tokens: Sequence[Token], k: int, by_start: dict[int, Phrase]) -> int:
    """The index after a time phrase at `k` ("on Tuesday", "last week", "in March"), or `k`
    when none stands there."""
    at = k + 1 if k < len(tokens) and tokens[k].text.lower() in _TIME_LEADS else k
    phrase = by_start.get(at)
    if phrase is None or not _is_time(tokens, phrase, by_start):
        return k
    return phrase.end
