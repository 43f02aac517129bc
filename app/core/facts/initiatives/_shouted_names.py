"""A one-word name in capitals as a clause's subject: a dateline or a heading shouted in
capitals ("LONDON said ..." from a page's run-in dateline), unless the sentence describes it as
a body right after it ("QUILLON, the Swedish device maker, on Wednesday unveiled ...": a firm
that writes its name in capitals, as the text's own apposition says).
"""

from __future__ import annotations

import re
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


def as_the_body_writes(name: str, text: str) -> str:
    """`name` as the article's own text writes it where a heading, a dateline or an opening
    shouted it in capitals: "QUILLON" is "Quillon" when the text also writes "Quillon" (a
    name only ever in capitals, "NASA", "BBC", stays as it is)."""
    if not name.isupper() or len(name) < 2:
        return name
    plain = name.title()
    return plain if re.search(rf"\b{re.escape(plain)}\b", text) else name
