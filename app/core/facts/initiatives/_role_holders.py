"""A role told for who it is: "Sri Lanka's president has launched a reconstruction drive ...
President Kumaratunga said ...": an actor that is a description of one office ("Sri Lanka's
president", "the prime minister") is the person the sentence before, its own or the next names
with that office as a title ("President Kumaratunga"), when exactly one is so named there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.document import Sentence

# Offices a description and a title share: "the president" / "President X".
_OFFICES = (
    "prime minister",
    "president",
    "chancellor",
    "mayor",
    "governor",
    "premier",
    "senator",
    "minister",
    "secretary",
)
# "the president", "Sri Lanka's president", "the country's prime minister", "the housing
# minister": a determiner or an owner, at most two words, then the office.
_DESCRIBED = re.compile(
    r"(?:[Tt]he|[Ii]ts|[Tt]heir|[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?['’]s?)\s+(?:(?!prime)[a-z][\w-]*\s+)?"
    r"(" + "|".join(_OFFICES) + r")",
)
_NAME = r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+){0,2}"
# Sentences on each side of the undertaking's in which the titled name is looked for.
_REACH = 1


def role_holder(actor: str, sentence: int, sentences: Sequence[Sentence]) -> str | None:
    """The titled name ("President Kumaratunga") that the description `actor` stands for,
    named in the sentence `sentence` or one beside it; None when `actor` is no description of
    an office or not exactly one person holds that title there."""
    found = _DESCRIBED.fullmatch(actor)
    if found is None:
        return None
    office = found.group(1)
    title = re.compile(r"\b(" + office.title() + r")\s+(" + _NAME + r")")
    names: set[str] = set()
    for s in sentences[max(0, sentence - _REACH) : sentence + _REACH + 1]:
        names.update(f"{m.group(1)} {m.group(2)}" for m in title.finditer(s.text))
    return next(iter(names)) if len(names) == 1 else None
