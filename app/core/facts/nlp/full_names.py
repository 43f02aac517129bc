"""The people an article has named in full, indexed by each word of their names.

"Mr De Vido" and "Montieth" are short forms: `FullNames.find` gives the person, as introduced,
whose full name holds every word of the short form (the nearest such introduction, also across a
one-letter slip in a long surname: `mentions.one_slip`). A bare surname that several people
share means the one introduced first (`_family_head`), unless the first was introduced in one
sentence with another bearer ("Mark Ashdown and his brother Simon Ashdown"): then no one.
Look-ups compare a short form with at most `LOOKBACK` introductions, so they stay cheap on long
articles.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Iterable

from app.core.facts.nlp.entities import Entity
from app.core.facts.nlp.mentions import SLIP_LENGTH, one_slip
from app.core.facts.nlp.name_kinds import is_first_name

# How many same-word names a short form is compared with.
LOOKBACK = 50

Introduction = tuple[int, tuple[str, ...], Entity]  # where, the name's lower-case words, who
_position = operator.itemgetter(0)  # an introduction's offset (a C key for bisect)


class FullNames:
    """Full names in text order, found again by any of their words."""

    def __init__(self, sentence_starts: list[int] | None = None) -> None:
        """An empty index; `sentence_starts` (shared, growing) are where the sentences read so
        far begin, for telling two bearers introduced in one sentence."""
        self._sentence_starts = sentence_starts if sentence_starts is not None else []
        self._by_word: dict[str, list[Introduction]] = {}
        # Words of SLIP_LENGTH letters or more by (length, first two or last two letters).
        self._by_edge: dict[tuple[int, str], set[str]] = {}

    def add(self, position: int, key: tuple[str, ...], entity: Entity) -> None:
        """Note that `entity` was introduced at `position` by the words `key` (lower case)."""
        for word in set(key):
            self._by_word.setdefault(word, []).append((position, key, entity))
            if len(word) >= SLIP_LENGTH:
                self._by_edge.setdefault((len(word), word[:2]), set()).add(word)
                self._by_edge.setdefault((len(word), word[-2:]), set()).add(word)

    def find(self, name: str, position: int) -> Entity | None:
        """The person, as introduced, whose full name holds every word of `name` (nearest);
        None for a bare surname two people introduced together share."""
        words = {w.lower().rstrip(".") for w in name.split()}
        if not words:
            return None
        lists = [self._by_word.get(w) or self._near_miss(w) for w in words]
        candidates: list[Introduction] = min(lists, key=len)
        i = bisect.bisect_right(candidates, position, key=_position) - 1
        after = range(i + 1, min(len(candidates), i + 1 + LOOKBACK))
        # The nearest before first, then after; chained, not listed: the first is most often it.
        for j in itertools.chain(range(i, max(-1, i - LOOKBACK), -1), after):
            candidate: Introduction = candidates[j]
            if all(w in candidate[1] or any(one_slip(w, k) for k in candidate[1]) for w in words):
                if len(words) == 1 and j <= i:
                    # islice, not a slice: no copy of every earlier introduction per look-up
                    return _family_head(
                        itertools.islice(candidates, i + 1), candidate, self._sentence_starts
                    )
                return candidate[2]
        return None

    def bearers(self, surname: str, position: int) -> list[Entity]:
        """The people named in full before `position` whose last word is `surname`, each once,
        in the order they were introduced: a name whose words another's hold ("Jacob Phillips",
        "Graduate Jacob Phillips") is one person."""
        word = surname.lower().rstrip(".")
        introductions = self._by_word.get(word, [])
        i = bisect.bisect_left(introductions, position, key=_position)
        found: list[tuple[set[str], Entity]] = []
        for _, key, entity in itertools.islice(introductions, max(0, i - LOOKBACK), i):
            if len(key) < 2 or key[-1] != word:
                continue
            words = set(key)
            if not any(words <= other or other <= words for other, _ in found):
                found.append((words, entity))
        return [entity for _, entity in found]

    def _near_miss(self, word: str) -> list[Introduction]:
        """Names holding a word one slip away from `word` (a long surname misspelt once).

        A slip changes one letter or swaps two neighbours, so in a word of six letters or more
        either the first two or the last two letters stay: only those words are compared.
        """
        if len(word) < SLIP_LENGTH:
            return []
        known = self._by_edge.get((len(word), word[:2]), set()) | self._by_edge.get(
            (len(word), word[-2:]), set()
        )
        out: list[Introduction] = []
        for other in known:
            if one_slip(word, other):
                out.extend(self._by_word[other])
        return sorted(out, key=lambda c: c[0])


def _family_head(
    before: Iterable[Introduction], nearest: Introduction, sentence_starts: list[int]
) -> Entity | None:
    """Who a bare surname means when several people named before share it ("Sen. Tom Baxter ...
    his wife, Ellen Baxter ... Baxter said"): the one the article introduced first. News writes
    the family members it brings in later by their first names; the surname stays the first
    bearer's. Two bearers introduced in the same sentence ("Mark Ashdown and his brother Simon
    Ashdown") leave no first bearer: the surname means no one. `nearest` is the nearest full
    name holding the word."""
    surname = nearest[1][-1]
    if len(nearest[1]) < 2:
        return nearest[2]
    # "Understated Perez raises profile. ... Labor Secretary Thomas Perez": a bearer whose first
    # word is no given name and reads as an adjective (a headline's) is no family head when the
    # nearest's is a given name; "Seamus Halloran" (a given name the list lacks) is one.
    given = is_first_name(nearest[1][0])
    head: Introduction | None = None
    for introduction in before:
        _, key, entity = introduction
        if len(key) < 2 or key[-1] != surname:
            continue
        if given and not is_first_name(key[0]) and adjective_like(key[0]):
            continue
        if head is None:
            head = introduction  # the first, in text order
        elif entity is head[2]:
            continue  # the head named in full again
        elif _same_sentence(sentence_starts, head[0], introduction[0]):
            return None
        else:
            break
    return head[2] if head is not None else nearest[2]


# The endings of the adjectives a headline puts before a surname ("Understated", "Unflappable",
# "Defiant", "Victorious").
_ADJECTIVE_ENDING = re.compile(r"(?:ed|able|ible|ful|ous|ive|less|ant|ent|ing|ic|ish)$")


def adjective_like(word: str) -> bool:
    """Whether a lower-case word reads as an adjective by its ending ("understated")."""
    return _ADJECTIVE_ENDING.search(word) is not None


def _same_sentence(sentence_starts: list[int], first: int, second: int) -> bool:
    """Whether the offsets `first` <= `second` lie in one sentence of those begun so far (never
    when no sentence was noted: an index used without a tracker keeps the first bearer)."""
    if not sentence_starts:
        return False
    return bisect.bisect_right(sentence_starts, first) == bisect.bisect_right(
        sentence_starts, second
    )
