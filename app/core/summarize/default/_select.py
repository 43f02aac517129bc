"""Choosing a summary's sentences from their scores, under the reading rules.

The default summarizer scores every sentence (`_method`); this module turns scores
into a summary: greedily, discounting what repeats a chosen sentence (MMR), never taking two
sentences that say the same thing, and taking a sentence that opens backwards ("He", "But") only
with the sentence before it.
"""

from __future__ import annotations

import dataclasses
import heapq
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from itertools import pairwise
from typing import Any

import numpy as np

from app.core.summarize.default._graph import FloatArray, RowSimilarity, directed_centralities
from app.core.summarize.default._text import ReadingFlags


@dataclass
class Features:
    """One document's sentence features, computed once (word budgets re-run the choice)."""

    texts: list[str]
    counts: Any
    matrix: Any
    overlap: FloatArray
    words: FloatArray
    entities: FloatArray
    flags: list[ReadingFlags]
    window: int
    terms: list[frozenset[int]]
    similarity: RowSimilarity
    directed: dict[float, tuple[FloatArray, FloatArray]] = field(default_factory=dict)
    # Per sentence, the earlier sentences besides the one right before it that name the speaker
    # of its quotation (`_attribution.speaker_sentences`); empty: none.
    speakers: list[tuple[int, ...]] = field(default_factory=list)

    def without_tallies(self) -> Features:
        """These features with every tally (`_prose.is_tally`) barred as not prose."""
        if not any(g.tally and not g.not_prose for g in self.flags):
            return self
        flags = [replace(g, not_prose=g.not_prose or g.tally) for g in self.flags]
        return dataclasses.replace(self, flags=flags)

    def centrality(self, threshold: float) -> tuple[FloatArray, FloatArray]:
        self.prepare_centrality((threshold,))
        return self.directed[threshold]

    def prepare_centrality(self, thresholds: Sequence[float]) -> None:
        """Work out `centrality` for each of `thresholds` not known yet, together: one
        similarity product serves them all (`directed_centralities`)."""
        missing = list(dict.fromkeys(t for t in thresholds if t not in self.directed))
        if missing:
            found = directed_centralities(self.matrix, missing, self.window)
            self.directed.update(zip(missing, found, strict=True))


# A back-pointing sentence and its antecedent compete as a pair worth this share of the
# sentence's own gain plus the rest of the antecedent's: below 1, because the pair costs two
# slots; chosen on bbc-dev (benchmarks/RESULTS.md), where it beat taking the antecedent always.
PAIR_WEIGHT = 0.6
# Word-set overlap (Jaccard) at which two sentences say the same thing, and the TF-IDF cosine
# above which it is worth checking.
_JACCARD_COPY, _JACCARD_CHECK = 0.45, 0.2


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def repeats(f: Features, duplicate: float) -> Callable[[int, int], bool]:
    """Whether two sentences say the same thing (TF-IDF cosine, or word-set Jaccard)."""

    def same(a: int, b: int) -> bool:
        cosine = float(f.similarity(a)[b])
        if cosine >= duplicate:
            return True
        return cosine >= _JACCARD_CHECK and jaccard(f.terms[a], f.terms[b]) >= _JACCARD_COPY

    return same


def select(
    f: Features,
    score: FloatArray,
    redundancy: float,
    duplicate: float,
    count: int,
    start: Sequence[int] = (),
) -> list[int]:
    """Greedy MMR choice honouring duplicates and back-pointing openers.

    A sentence that opens backwards ("He", "But") competes as a pair with the sentence before
    it, worth `PAIR_WEIGHT` of its own gain plus the rest of its antecedent's: a strong
    sentence behind a weak antecedent no longer buys the weak one a slot by itself.
    """
    n = len(f.texts)
    count = min(count, n)
    chosen: list[int] = []
    taken = np.zeros(n, dtype=bool)
    closest = np.zeros(n)  # greatest similarity to a chosen sentence
    excluded = np.array([g.boilerplate or g.not_prose for g in f.flags], dtype=bool)
    backward = np.array([g.backward for g in f.flags], dtype=bool)
    # A question with its answer after it is taken only as the antecedent of the answer.
    needs_next = np.array([g.needs_next for g in f.flags], dtype=bool)
    # A sentence whose predecessor opens backwards is itself a clean antecedent only once the
    # sentence before that is chosen (the rule does not chain further back).
    clean = np.concatenate(([False], ~backward[:-1])) if n else backward
    blocked = excluded | needs_next  # tried, or never eligible alone
    no_antecedent = excluded.copy()  # cannot be taken as an antecedent

    near_chosen = _ChosenSimilarity(f.matrix)
    # A quotation whose speaker an earlier chosen sentence names needs no antecedent: the
    # sentences naming the speaker of each such quotation, and the quotations each one serves.
    speakers = f.speakers or [() for _ in range(n)]
    served: dict[int, list[int]] = {}
    for i, named in enumerate(speakers):
        for j in named:
            served.setdefault(j, []).append(i)

    # A quotation whose neighbour names no one (`ReadingFlags.unnamed_before`) cannot pair.
    unnamed = np.array([g.unnamed_before for g in f.flags], dtype=bool)

    def attributed(i: int) -> bool:
        neighbour = i > 0 and bool(taken[i - 1]) and not unnamed[i]
        return neighbour or any(taken[j] for j in speakers[i])

    def take(i: int) -> None:
        chosen.append(i)
        taken[i] = True
        np.maximum(closest, f.similarity(i), out=closest)
        near_chosen.add(i)

    def usable(i: int) -> bool:
        if taken[i] or excluded[i] or closest[i] >= duplicate:
            return False
        # Cosine on TF-IDF misses copies that share most words but few rare ones; compare word
        # sets too (Jaccard), only where the cosine already hints at an overlap.
        if closest[i] < _JACCARD_CHECK:
            return True
        near = near_chosen.at_least(i, _JACCARD_CHECK)
        return not any(jaccard(f.terms[i], f.terms[j]) >= _JACCARD_COPY for j in near)

    def ok(i: int) -> bool:
        return not taken[i] and not excluded[i] and usable(i)

    # Linked sentences (a question and its answer, a quoted passage) go as one unit, worth
    # their mean gain: all of it or none. (Weighed as a pair like a pronoun's, a quotation's
    # strong opening sentence counted only 0.4 beside a weak rest: bbc-dev R1 81.24 against
    # 81.29 as a unit, before the antecedent below.)
    # A unit that opens backwards ("But ...") takes the sentence before it too.
    units = {g[-1]: g for g in _groups(f)}
    same = repeats(f, duplicate)
    # The unit whose antecedent a sentence is: once that sentence is chosen, the unit no
    # longer brings it, and its worth (a mean) may rise, so it is re-scored then.
    unit_after = {unit[0] - 1: last for last, unit in units.items() if unit[0] > 0}
    # A quoted passage a sentence naming its speaker serves is re-scored as its unit (by its last).
    unit_of_head = {unit[0]: last for last, unit in units.items()}

    def members(unit: list[int]) -> list[int]:
        head = unit[0]
        if not backward[head] or head == 0 or attributed(head):
            return unit
        # An antecedent that is itself the end of a linked run cannot come alone, nor one that
        # names no one for a passage that names its speaker by a pronoun only.
        return [] if f.flags[head - 1].continues or unnamed[head] else [head - 1, *unit]

    def effective(i: int) -> float:
        """What choosing sentence `i` (with its antecedent, or as its unit) is worth now.

        The same arithmetic, element for element, as the whole-array form in
        `_effective_all`, so both give the same floats and the same choice.
        """
        room = count - len(chosen)
        linked = units.get(i)
        if linked is not None:
            unit = members(linked)
            whole = 0 < len(unit) <= room and not (taken[unit].any() or excluded[unit].any())
            if not whole or blocked[i]:
                return -math.inf
            return float((score[unit] - redundancy * closest[unit]).mean())
        if taken[i] or blocked[i]:
            return -math.inf
        gain = float(score[i] - redundancy * closest[i])
        if not backward[i] or attributed(i):  # needs no antecedent (any more)
            return gain
        if unnamed[i] or not ((clean[i] or (i >= 2 and taken[i - 2])) and room >= 2):
            return -math.inf
        if i == 0 or no_antecedent[i - 1]:  # (taken[i - 1] was ruled out above)
            before = -math.inf
        else:
            before = float(score[i - 1] - redundancy * closest[i - 1])
        return PAIR_WEIGHT * gain + (1 - PAIR_WEIGHT) * before

    for i in start[:count]:  # a readable set chosen before (the lead-style summary)
        take(i)
    # Lazy greedy (as in CELF, Leskovec et al. 2007): a sentence's worth only falls as sentences
    # are chosen (`closest` grows, `taken`, `blocked` and `no_antecedent` only get set, the room
    # only shrinks), except right after a chosen sentence, where an opener no longer needs it as
    # an antecedent (i + 1) or has a chosen sentence two back (i + 2), and a unit it was the
    # antecedent of no longer brings it along (its mean may rise): those are re-scored at
    # once. So a worth in the heap is an upper bound, and a sentence whose fresh worth is still
    # the heap's greatest is the greedy choice; ties go to the earlier sentence, as np.argmax
    # does. Scoring every sentence on every step cost minutes for hundreds of sentences of a
    # 5 MB text (benchmarks/RESULTS.md); the result is the same.
    stamp = [0] * n  # only the newest heap entry of a sentence counts

    def push(i: int) -> None:
        stamp[i] += 1
        worth = effective(i)
        if worth > -math.inf:
            heapq.heappush(heap, (-worth, i, stamp[i]))

    def take_and_rescore(i: int) -> None:
        take(i)
        for j in (i + 1, i + 2, *(unit_of_head.get(k, k) for k in served.get(i, ()))):
            if j < n:
                push(j)
        if i in unit_after:
            push(unit_after[i])

    initial = (
        np.empty(0)
        if n == 0
        else _effective_all(
            score,
            redundancy,
            closest,
            taken,
            blocked,
            no_antecedent,
            backward,
            clean,
            {last: members(unit) for last, unit in units.items()},
            excluded,
            count - len(chosen),
            np.array([any(taken[j] for j in named) for named in speakers], dtype=bool),
            unnamed,
        )
    )
    alive = np.flatnonzero(initial > -math.inf)
    heap: list[tuple[float, int, int]] = list(
        zip((-initial[alive]).tolist(), alive.tolist(), [0] * len(alive), strict=True)
    )
    heapq.heapify(heap)
    while len(chosen) < count:
        best = _pop_best(heap, stamp, effective)
        if best is None:
            break
        i = best
        if i in units:
            blocked[i] = True
            unit = members(units[i])
            if unit and all(ok(j) for j in unit) and not any(same(a, b) for a, b in pairwise(unit)):
                for j in unit:
                    take_and_rescore(j)
            continue
        if not usable(i):
            blocked[i] = True
            continue
        if backward[i] and not attributed(i):
            if not usable(i - 1):
                no_antecedent[i - 1] = True
                push(i)
                continue
            if same(i - 1, i):  # a pair that says one thing twice ("... easy goals. Easy ...")
                blocked[i] = True
                continue
            take_and_rescore(i - 1)
        blocked[i] = True
        take_and_rescore(i)
    # Too few clean sentences (tiny texts): fill with back-pointing ones rather than return less,
    # but never a question without its answer nor part of a quoted passage without the rest.
    while len(chosen) < count:
        gain = np.where(taken | excluded, -math.inf, score - redundancy * closest)
        order = [int(i) for i in np.argsort(-gain) if gain[i] > -math.inf]
        room = count - len(chosen)
        groups = (_group(f, i) for i in order)
        group = next((g for g in groups if len(g) <= room and all(ok(j) for j in g)), [])
        if not group:
            break
        for i in group:
            take(i)
    return chosen


class _ChosenSimilarity:
    """Cosine similarity of a sentence to the chosen sentences only.

    The same floats as `f.similarity(i)[chosen]` (`RowSimilarity`: products added up in the
    order of row i's terms), but through posting lists that hold only the chosen sentences: a
    few hundred entries instead of every sentence sharing a word, which on a 5 MB text made
    each check a millisecond and thousands of checks the bulk of a long summary's time.
    """

    def __init__(self, matrix: Any) -> None:
        self._matrix = matrix
        self._chosen: list[int] = []
        self._postings: dict[int, tuple[list[int], list[float]]] = {}
        self._arrays: dict[int, tuple[Any, FloatArray]] = {}  # per term, rebuilt after an add

    def add(self, j: int) -> None:
        """Sentence `j` is chosen."""
        rows, slot = self._matrix, len(self._chosen)
        self._chosen.append(j)
        for k in range(rows.indptr[j], rows.indptr[j + 1]):
            term = int(rows.indices[k])
            slots, weights = self._postings.setdefault(term, ([], []))
            slots.append(slot)
            weights.append(rows.data[k])
            self._arrays.pop(term, None)

    def at_least(self, i: int, threshold: float) -> list[int]:
        """The chosen sentences whose similarity to sentence `i` is `threshold` or more."""
        rows = self._matrix
        out = np.zeros(len(self._chosen))
        for k in range(rows.indptr[i], rows.indptr[i + 1]):
            term = int(rows.indices[k])
            if term not in self._postings:
                continue
            if term not in self._arrays:
                slots, weights = self._postings[term]
                self._arrays[term] = (np.array(slots), np.array(weights, dtype=np.float64))
            slots_array, weights_array = self._arrays[term]
            out[slots_array] += rows.data[k] * weights_array
        return [self._chosen[slot] for slot in np.flatnonzero(out >= threshold)]


def _effective_all(
    score: FloatArray,
    redundancy: float,
    closest: FloatArray,
    taken: Any,
    blocked: Any,
    no_antecedent: Any,
    backward: Any,
    clean: Any,
    units: dict[int, list[int]],
    excluded: Any,
    room: int,
    named: Any,
    unnamed: Any,
) -> FloatArray:
    """Every sentence's worth at once (`select`'s `effective`, for the first step)."""
    n = len(score)
    value = score - redundancy * closest
    gain = np.where(taken | blocked, -math.inf, value)
    before = np.concatenate(([-math.inf], np.where(taken | no_antecedent, -math.inf, value)))
    after_taken = np.concatenate(([False], taken[:-1]))
    two_back = np.concatenate(([False, False], taken[:-2]))[:n]
    needs = backward & ~(after_taken & ~unnamed) & ~named
    pair_ok = (clean | two_back) & (room >= 2) & ~unnamed
    pair = PAIR_WEIGHT * gain + (1 - PAIR_WEIGHT) * before[:n]
    worth: FloatArray = np.where(needs, np.where(pair_ok, pair, -math.inf), gain)
    for last, unit in units.items():
        whole = 0 < len(unit) <= room and not (taken[unit].any() or excluded[unit].any())
        worth[last] = float(value[unit].mean()) if whole and not blocked[last] else -math.inf
    return worth


def _pop_best(
    heap: list[tuple[float, int, int]], stamp: list[int], effective: Callable[[int], float]
) -> int | None:
    """The sentence worth most now (the earliest of equals), or None if none is worth anything.

    Entries are (-worth, index, stamp); a worth is an upper bound of the sentence's worth now.
    The top entry is re-scored until its fresh worth is the one it was filed with. The chosen
    sentence leaves the heap; the caller files it again if it stays a candidate.
    """
    while heap:
        negative, i, filed = heap[0]
        if filed != stamp[i]:  # superseded by a newer entry of the same sentence
            heapq.heappop(heap)
            continue
        worth = effective(i)
        if worth == -negative:
            heapq.heappop(heap)
            stamp[i] += 1
            return i
        stamp[i] += 1
        if worth == -math.inf:
            heapq.heappop(heap)
        else:
            heapq.heapreplace(heap, (-worth, i, stamp[i]))
    return None


def _groups(f: Features) -> list[list[int]]:
    """Runs of sentences linked by `continues`/`needs_next` (two or more)."""
    groups: list[list[int]] = []
    for i, g in enumerate(f.flags):
        if g.continues and groups and groups[-1][-1] == i - 1:
            groups[-1].append(i)
        elif g.needs_next:
            groups.append([i])
    return [g for g in groups if len(g) >= 2]


def _group(f: Features, i: int) -> list[int]:
    """Sentence `i` with the sentences it cannot go without (an answer's question, the rest of a
    quotation it is part of, and the antecedent of the first of these if it opens backwards)."""
    first, last = i, i
    while first > 0 and f.flags[first].continues:
        first -= 1
    if first > 0 and f.flags[first].backward:  # the passage opens on "But", "He", ...
        first -= 1
        while first > 0 and f.flags[first].continues:
            first -= 1
    while last + 1 < len(f.flags) and f.flags[last].needs_next:
        last += 1
    return list(range(first, last + 1))
