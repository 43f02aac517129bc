"""A one-word name in capitals as a clause's subject: a dateline or a heading shouted in
capitals ("LONDON said ..." from a page's run-in dateline), unless the sentence describes it as
a body right after it ("QUILLON, the Swedish device maker, on Wednesday unveiled ...": a firm
that writes its name in capitals, as the text's own apposition says).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.facts.nlp.bodies import described_as
from app.core.facts.nlp.names import Name
from app.core.facts.nlp.tagger import Token

_SHOUTED_MIN = 6  # letters: "BBC", "IBM" are names as written, not shouted words


def shouted(text: str, tokens: Sequence[Token], written: str, name: Name | None) -> bool:
    """Whether `written` (a subject's name, `name` as read) is a word shouted in capitals that
    names no one: one word of six letters or more, not described as a body after it."""
    if not written.isupper() or " " in written or len(written) < _SHOUTED_MIN:
        return False
    if name is None or not tokens:
        return True
    return described_as(text, tokens[0].start, tokens[-1].end, name) is None
