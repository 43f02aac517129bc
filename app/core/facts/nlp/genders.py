"""A person's gender read from what the sentence says they are: "Ana Ruiz is one of the first
women elected to the board", "Tom Reed was a father of two".

`predicate_gender(text, position, end)` reads the words right after a subject's name at
`position` (up to `end`): a copula, then a short run of determiners and modifiers, then a noun
that only one gender takes. A preposition, a participle or a clause word before that noun ends
the reading ("married to a woman", "accused by two women" say nothing of the subject), so the
answer is None unless the noun describes the subject itself.
"""

from __future__ import annotations

import re

from app.core.facts.nlp.lexicon import Gender

_FEMALE = frozenset(
    """woman women mother wife daughter sister girl grandmother aunt niece actress
    congresswoman councilwoman businesswoman sportswoman chairwoman spokeswoman widow
    girlfriend""".split()
)
_MALE = frozenset(
    """man men father husband son brother boy grandfather uncle nephew congressman councilman
    businessman sportsman widower boyfriend""".split()
)
# "is", "was", "became": the description that follows is the subject's own.
_COPULA = re.compile(r"[ \u00a0]+(?:is|was|became|remains|remained)[ \u00a0]+")
_WORD = re.compile(r"[\w’'-]+|\S")
# How many words may stand between the copula and the noun ("one of the first two Muslim").
_MAX_MODIFIERS = 8
# Words that end the subject's own description before a gendered noun: a preposition opens
# someone else's ("the son of a man"), a clause word or participle another clause.
_BREAKS = frozenset(
    """to by with for from at on in about against than like as of who whom whose that which
    and or but not never""".split()
)


def predicate_gender(text: str, position: int, end: int) -> Gender | None:
    """The gender a description after a copula gives the name that ends at `position`."""
    copula = _COPULA.match(text, position, end)
    if copula is None:
        return None
    words = [m.group() for m in _WORD.finditer(text, copula.end(), min(end, copula.end() + 120))]
    for i, word in enumerate(words[: _MAX_MODIFIERS + 1]):
        lower = word.lower()
        if lower in _FEMALE:
            return Gender.FEMALE
        if lower in _MALE:
            return Gender.MALE
        if not word[:1].isalnum():
            return None  # punctuation ends the description
        one_of = lower == "of" and i > 0 and words[i - 1].lower() in ("one", "some", "two")
        if (lower in _BREAKS and not one_of) or (lower.endswith("ed") and len(lower) > 4):
            return None
    return None
