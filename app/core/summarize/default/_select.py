"""Choosing a summary's sentences from their scores, under the reading rules.

The default summarizer scores every sentence (`_method`); this module turns scores
into a summary: greedily, discounting what repeats a chosen sentence (MMR), never taking two
sentences that say the same thing, and taking a sentence that opens backwards ("He", "But") only
with the sentence before it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import Any

import numpy as np

from app.core.summarize.default._graph import FloatArray, RowSimilarity, directed_centrality
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

    def centrality(self, threshold: float) -> tuple[FloatArray, FloatArray]:
        if threshold not in self.directed:
            self.directed[threshold] = directed_centrality(self.matrix, threshold, self.window)
        return self.directed[threshold]


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
    excluded = np.array([g.boilerplate for g in f.flags], dtype=bool)
    backward = np.array([g.backward for g in f.flags], dtype=bool)
    # A question with its answer after it is taken only as the antecedent of the answer.
    needs_next = np.array([g.needs_next for g in f.flags], dtype=bool)
    # A sentence whose predecessor opens backwards is itself a clean antecedent only once the
    # sentence before that is chosen (the rule does not chain further back).
    clean = np.concatenate(([False], ~backward[:-1])) if n else backward
    blocked = excluded | needs_next  # tried, or never eligible alone
    no_antecedent = excluded.copy()  # cannot be taken as an antecedent

    def take(i: int) -> None:
        chosen.append(i)
        taken[i] = True
        np.maximum(closest, f.similarity(i), out=closest)

    def usable(i: int) -> bool:
        if taken[i] or excluded[i] or closest[i] >= duplicate:
            return False
        # Cosine on TF-IDF misses copies that share most words but few rare ones; compare word
        # sets too (Jaccard), only where the cosine already hints at an overlap.
        if closest[i] < _JACCARD_CHECK:
            return True
        near = np.flatnonzero(taken & (f.similarity(i) >= _JACCARD_CHECK))
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

    def members(unit: list[int]) -> list[int]:
        head = unit[0]
        if not backward[head] or head == 0 or taken[head - 1]:
            return unit
        # An antecedent that is itself the end of a linked run cannot come alone.
        return [] if f.flags[head - 1].continues else [head - 1, *unit]

    for i in start[:count]:  # a readable set chosen before (the lead-style summary)
        take(i)
    while n and len(chosen) < count:
        value = score - redundancy * closest
        gain = np.where(taken | blocked, -math.inf, value)
        before = np.concatenate(([-math.inf], np.where(taken | no_antecedent, -math.inf, value)))
        after_taken = np.concatenate(([False], taken[:-1]))
        two_back = np.concatenate(([False, False], taken[:-2]))[:n]
        needs = backward & ~after_taken
        pair_ok = (clean | two_back) & (count - len(chosen) >= 2)
        pair = PAIR_WEIGHT * gain + (1 - PAIR_WEIGHT) * before[:n]
        effective = np.where(needs, np.where(pair_ok, pair, -math.inf), gain)
        room = count - len(chosen)
        for last, linked in units.items():
            unit = members(linked)
            whole = 0 < len(unit) <= room and not (taken[unit].any() or excluded[unit].any())
            effective[last] = (
                float(value[unit].mean()) if whole and not blocked[last] else -math.inf
            )
        i = int(np.argmax(effective))
        if effective[i] == -math.inf:
            break
        if i in units:
            blocked[i] = True
            unit = members(units[i])
            if unit and all(ok(j) for j in unit) and not any(same(a, b) for a, b in pairwise(unit)):
                for j in unit:
                    take(j)
            continue
        if not usable(i):
            blocked[i] = True
            continue
        if needs[i]:
            if not usable(i - 1):
                no_antecedent[i - 1] = True
                continue
            if same(i - 1, i):  # a pair that says one thing twice ("... easy goals. Easy ...")
                blocked[i] = True
                continue
            take(i - 1)
        blocked[i] = True
        take(i)
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
