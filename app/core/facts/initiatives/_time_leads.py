"""A time the chunker ran into the front of a subject: "Last year lawmakers launched an
inquiry" reads "Last year lawmakers" as one noun phrase, but the lawmakers are who acted.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.facts.nlp.chunks import TIME_OPENERS
from app.core.facts.nlp.phrases import Phrase
from app.core.facts.nlp.tagger import Token

_TIME_UNITS = frozenset(
    """year years month months week weeks spring summer autumn fall winter weekend
    decade""".split()
)


def past_time_lead(tokens: Sequence[Token], phrase: Phrase) -> Phrase | None:
    """`phrase` without a leading "last year"/"this week" when a noun follows it ("Last year
    lawmakers" -> "lawmakers"); None when it opens on no such time."""
    k = phrase.start
    if phrase.owner is not None or phrase.head < k + 2:
        return None
    if tokens[k].text.lower() not in TIME_OPENERS:
        return None
    if tokens[k + 1].text.lower() not in _TIME_UNITS:
        return None
    return Phrase(k + 2, phrase.end, phrase.head, max(k + 2, phrase.body), None)
