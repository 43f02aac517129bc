"""What a list after "including" gives examples of, when that is an undertaking named with its
complement: "a plan in January to help first-time buyers, including a mortgage guarantee
scheme". The word before the comma ("buyers") belongs to the plan's "to" complement; the plan,
whose candidate's name runs up to that word, is what the list gives examples of.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.core.facts.initiatives._candidate import Candidate
from app.core.facts.nlp.phrases import Phrase
from app.core.facts.nlp.tagger import Token


def named_through(
    tokens: Sequence[Token],
    phrases: Sequence[Phrase],
    found: Mapping[int, Candidate | None],
    m: int,
) -> int | None:
    """The head index of a phrase before token `m` whose candidate's name ends at `m` (its
    complement taken in), or None."""
    for phrase in phrases:
        candidate = found.get(phrase.start)
        if phrase.end <= m and candidate is not None and candidate.end == tokens[m].end:
            return phrase.head
    return None
