"""The people an article has named so far: their mentions in text order, for "he", "she" and
"the striker" (a part of the discourse tracker, `nlp.discourse`).

A mention is a person named, or referred back to ("the minister", "he"), at an offset. "He" and
"she" take the first person named in the nearest sentence that names one of the right gender;
a description ("the striker") the person last named in an earlier sentence. Where a lone
surname the tracker could not place opened a clause is kept too: after one, a description is
not sure whom it means. Look-ups are bounded by `PRONOUN_REACH`.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from app.core.facts.nlp.entities import Entity, Mention
from app.core.facts.nlp.lexicon import Gender

# How far back (in characters) "he", "she" or "the striker" may look for a name.
PRONOUN_REACH = 3000


class People:
    """The people named so far, in text order (fed by the discourse tracker)."""

    def __init__(self, sentence_starts: list[int]) -> None:
        """An empty list; `sentence_starts` is the tracker's (shared, growing) sentence index."""
        self._sentence_starts = sentence_starts
        self._mentions: list[Mention] = []
        self._starts: list[int] = []
        # Where a lone surname of someone never named in full stood as a subject.
        self._unplaced: list[int] = []

    def push(self, mention: Mention) -> None:
        """Add a mention (kept in text order)."""
        if not self._starts or self._starts[-1] <= mention.start:
            self._mentions.append(mention)  # the usual case: mentions come in text order
            self._starts.append(mention.start)
            return
        i = bisect.bisect_right(self._starts, mention.start)
        self._mentions.insert(i, mention)
        self._starts.insert(i, mention.start)

    def note_unplaced(self, position: int) -> None:
        """A lone name the tracker could not place opens a clause at `position`."""
        self._unplaced.append(position)

    def unplaced_between(self, start: int, end: int) -> bool:
        """Whether a lone name the tracker could not place ("Bridenstine expects ...", never
        named in full before) opens a clause in text[start:end]."""
        return bisect.bisect_left(self._unplaced, start) < bisect.bisect_left(self._unplaced, end)

    def unplaced_in(self, start: int, end: int) -> list[int]:
        """Where lone names the tracker could not place open a clause in text[start:end]."""
        return self._unplaced[
            bisect.bisect_left(self._unplaced, start) : bisect.bisect_left(self._unplaced, end)
        ]

    def first_mention(self, start: int) -> Mention | None:
        """The first person named (or referred back to) from `start` on."""
        i = bisect.bisect_left(self._starts, start)
        return self._mentions[i] if i < len(self._mentions) else None

    def between(self, start: int, end: int) -> list[Entity]:
        """The people named (or referred back to) in text[start:end], in text order."""
        i = bisect.bisect_left(self._starts, start)
        j = bisect.bisect_left(self._starts, end)
        return [mention.entity for mention in self._mentions[i:j]]

    def last(
        self, position: int, gender: Gender | None, known: Callable[[str], Gender]
    ) -> Mention | None:
        """Who "he"/"she" at `position` refers to: the first person named in the nearest sentence
        (this one, before `position`, or an earlier one) that names one of the right gender
        (`known` gives the gender the article gives a person)."""
        i = bisect.bisect_left(self._starts, position) - 1
        best: Mention | None = None
        best_sentence = -1
        while i >= 0:
            mention = self._mentions[i]
            if position - mention.start > PRONOUN_REACH:
                break
            sentence = bisect.bisect_right(self._sentence_starts, mention.start)
            if best is not None and sentence != best_sentence:
                break
            # An owner ("Mr Brown's former adviser Ed Balls") is not the sentence's subject.
            owner = mention.possessive and best is not None
            # "Essential Guide author Dan Lewis said ... He": not the untyped name before him.
            displaced = (
                gender is not None
                and best is not None
                and mention.untyped
                and not mention.weak  # "what I call Harbour Lines": unsure, as below
                and best.introduced
            )
            # "bands Ozzy gave her ... She said": the "her" is someone else, and so "she".
            other = (
                gender is not None
                and mention.object_gender is gender
                and known(mention.entity.name) is Gender.UNKNOWN
            )
            if (
                (gender is None or known(mention.entity.name) in (Gender.UNKNOWN, gender))
                and not owner
                and not displaced
                and not other
            ):
                best, best_sentence = mention, sentence
            i -= 1
        if best is not None and best.weak and gender is not None:
            return None  # "what I call Harbour Lines. '...,' she said": not sure it is a person
        return best

    def earlier(
        self, position: int, known: Callable[[str], Gender], apposed: bool = False
    ) -> Mention | None:
        """The person last named before `position` for a description ("the striker"), when
        named in an earlier sentence (or right before, `apposed`): a description after a name
        in the same sentence is mostly someone else ("in an interview with X, the candidate
        said")."""
        person = self.last(position, None, known)
        if person is None or apposed:
            return person
        if self.unplaced_between(person.start, position):
            return None  # someone the tracker could not place was named since: unsure
        here = bisect.bisect_right(self._sentence_starts, position)
        there = bisect.bisect_right(self._sentence_starts, person.start)
        return person if there < here else None
