"""The places the discourse tracker has read, for "the state", "the country", "the city".

"South Dakota Gov. Kristi Noem is defending the state's launch of a campaign": the tracker keeps
people and bodies; `Places` keeps the places named so far (a name typed as a place, or a place
inside the titles before a person's name, "South Dakota Gov."), so that "the state" resolves to
the one place the last few sentences name. Places carry no kind (state, country, city), so a
description resolves only when those sentences name exactly one place.
"""

from __future__ import annotations

import bisect
import re

from app.core.facts.nlp.entities import Entity
from app.core.facts.nlp.lexicon import places
from app.core.facts.nlp.name_kinds import NameKind
from app.core.facts.nlp.names import Name

# Nouns that stand for a place named before ("the state's launch", "the country said").
PLACE_NOUNS = frozenset("state country nation city province region territory island".split())
# How many sentences back "the state" may look: as for "it" (`organisations.REACH`).
REACH = 3
_TITLE_REACH = 60  # characters before a person's name in which its titles are written


class Places:
    """The places an article has named so far, in text order."""

    def __init__(self, sentence_starts: list[int]) -> None:
        """An empty index over the tracker's own `sentence_starts` (shared, not copied)."""
        self._sentence_starts = sentence_starts
        self._starts: list[int] = []
        self._names: list[str] = []

    def note(self, text: str, name: Name) -> None:
        """Note the place `name` is, or the place among its titles ("South Dakota Gov.")."""
        if name.kind is NameKind.PLACE:
            self._push(name.start, name.text)
            return
        held = name.titles
        for size in range(min(3, len(held)), 0, -1):
            for first in range(len(held) - size + 1):
                words = " ".join(held[first : first + size])
                if words not in places():
                    continue
                window = text[max(0, name.start - _TITLE_REACH) : name.start]
                found = re.search(r"\b" + re.escape(words) + r"\b", window, re.IGNORECASE)
                if found is not None:
                    self._push(name.start - len(window) + found.start(), found.group(0))
                    return

    def _push(self, start: int, name: str) -> None:
        i = bisect.bisect_right(self._starts, start)
        self._starts.insert(i, start)
        self._names.insert(i, name)

    def only_one(self, position: int) -> Entity | None:
        """The place named within `REACH` sentences before `position`, when it is the only one
        named there ("the state" after "South Dakota"), else None."""
        here = bisect.bisect_right(self._sentence_starts, position)
        floor = self._sentence_starts[max(0, here - 1 - REACH)] if here else 0
        i = bisect.bisect_left(self._starts, floor)
        j = bisect.bisect_left(self._starts, position)
        named = set(self._names[i:j])
        return Entity(named.pop(), NameKind.PLACE) if len(named) == 1 else None
