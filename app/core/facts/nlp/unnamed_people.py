"""People an article brings in unnamed, by a role or person noun after an owner or "a" ("Grey's
lawyer said", "his lawyer", "a lawyer for the family"): after one, a later "the lawyer" or "he" is
no one named before. Read by the discourse tracker (`discourse.Discourse`)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from app.core.facts.nlp.mentions import OFFICE, PERSON_NOUNS

# An owner or "a" and a noun for whom someone is: "Grey's lawyer", "his lawyer", "a lawyer".
_UNNAMED = re.compile(
    r"\b(?:[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w-]*['’]s)[ \u00a0]+"
    r"(?P<words>[a-z][\w-]*(?:[ \u00a0]+[a-z][\w-]*){0,2})\b"
)
_WORD = re.compile(r"[a-z][\w-]*")
# What sets a description off as a name's: a comma after it, or "is", "as" ("Ana Ruiz, a lawyer").
_DESCRIBES_BEFORE = re.compile(r"(?:,|\b(?:is|was|as|became|becomes|being|been))[ \u00a0]*$")
# A name right after the noun, set off or not ("her lawyer, Tom Reed", "his lawyer Tom Reed").
_NAME_AFTER = re.compile(r",?[ \u00a0]+[A-Z][a-z]")


def unnamed_people(
    text: str, start: int, end: int, skip: list[tuple[int, int]]
) -> Iterator[tuple[str, int]]:
    """The people text[start:end] brings in unnamed by a role or person noun after an owner or
    "a", outside the quotations in `skip`, each as its noun and position; not one set off after
    a name or said to be one ("Ana Ruiz, a lawyer,", "is a lawyer") and not one a name follows
    ("her lawyer, Tom Reed,")."""
    for match in _UNNAMED.finditer(text, start, end):
        if any(a <= match.start() < b for a, b in skip):
            continue
        if _DESCRIBES_BEFORE.search(text, max(start, match.start() - 40), match.start()):
            continue
        for word in _WORD.finditer(text, match.start("words"), match.end()):
            head = word.group()
            if head in PERSON_NOUNS or OFFICE.fullmatch(head):
                if not _NAME_AFTER.match(text, word.end(), end):
                    yield head, word.start()
                break
