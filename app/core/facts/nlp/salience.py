"""The article's main body: the organisation a reader takes "the company" for when the body
named last is one named in passing.

Business copy names its subject in the lead, as a clause's subject ("Velantis said on Thursday
it would ..."), and again and again after; a rival, a customer, an analyst's employer or a
comparison is named once, in passing ("buy Corvex", "Analyst Tom Reyes of Barrow Securities",
"faster than Dalby Stores"). `Salience` counts each body's mentions as the tracker reads them, in
text order, and keeps where the leader changes, so that `main(position)` (the one body ahead of
every other by what was read before `position`) is a bisection, and counting is linear.

Score: one per name (none for a commentator's employer or a place: "at Temple University");
`LEAD_BONUS` more for a subject named in the article's first `LEAD_SENTENCES` sentences. The
main body is the one ahead, and only if it was such a lead subject (a source named again and
again, "at the awards of PC Pro Magazine", is no story's subject); a tie at the top is none:
precision first.
"""

from __future__ import annotations

import bisect

from app.core.facts.nlp.entities import Entity, Mention

# The lead: the first sentences the tracker reads (a headline, when the page gives it as text,
# and the first sentence of the story).
LEAD_SENTENCES = 2
LEAD_BONUS = 2
# The least score of a main body: named as the lead's subject, or named three times.
MIN_SCORE = 3


class Salience:
    """How prominent each body named so far is, and which one leads."""

    def __init__(self) -> None:
        """No body read yet."""
        self._scores: dict[str, int] = {}
        self._counts: dict[str, list[int]] = {}  # positions of each body's names, in order
        self._entities: dict[str, Entity] = {}
        self._best = 0
        self._tops: set[str] = set()
        self._lead_taken: set[str] = set()
        # (position, leader's key or "") each time the sole leader changes
        self._changes: list[tuple[int, str]] = []

    def count(self, mention: Mention, sentence: int) -> None:
        """A body's name read at `mention.start` (in text order) in the `sentence`-th sentence
        the tracker read (from 1)."""
        key = mention.entity.name.lower()
        self._entities.setdefault(key, mention.entity)
        self._counts.setdefault(key, []).append(mention.start)
        if mention.commentator or mention.located:
            return
        gain = 1
        if sentence <= LEAD_SENTENCES and not mention.weak and key not in self._lead_taken:
            self._lead_taken.add(key)
            gain += LEAD_BONUS
        score = self._scores.get(key, 0) + gain
        self._scores[key] = score
        if score > self._best:
            self._best, self._tops = score, {key}
        elif score == self._best:
            self._tops.add(key)
        leader = next(iter(self._tops)) if len(self._tops) == 1 else ""
        if self._best < MIN_SCORE or leader not in self._lead_taken:
            leader = ""  # "at the awards of PC Pro Magazine" ... named often, never the subject
        if (self._changes[-1][1] if self._changes else "") != leader:
            self._changes.append((mention.start, leader))

    def main(self, position: int) -> Entity | None:
        """The body ahead of every other by what the article named before `position`."""
        i = bisect.bisect_left(self._changes, position, key=lambda c: c[0]) - 1
        if i < 0 or not self._changes[i][1]:
            return None
        return self._entities[self._changes[i][1]]

    def named_before(self, name: str, position: int) -> int:
        """How many times the body `name` was named before `position`."""
        return bisect.bisect_left(self._counts.get(name.lower(), []), position)
