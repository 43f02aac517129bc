"""The tagger's features as rows of its weights, looked up once per word and remembered.

`tagger.tag_words` scores a word by summing the weight rows of its features
(`features.word_features`, `features.tag_features`). Building those feature strings
and looking each up was most of the tagger's time, yet each feature depends on little: the word
itself, one neighbour, or the two tags before it. `FeatureRows` keeps, per word, the rows its
features select (as itself and as each neighbour), and per pair of previous tags the sum of their
rows, so an article's repeated words and tag pairs are looked up once.

The rows come out in the order the feature lists give them and the tag rows are summed in that
order too, so the float32 scores, and with them every tag, are exactly those of summing the
features' rows one by one (tests compare the two).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

import numpy as np
import numpy.typing as npt

# Words (or tag pairs) remembered before a table starts afresh: bounds memory in a long session.
MAX_REMEMBERED = 1 << 16
# Word and tag-pair sums remembered (each a row of floats, not a few numbers: fewer of them).
MAX_SCORED = 1 << 14
# Context positions before a sentence's first word (`features.START`).
_BEFORE = 2

_Vector = npt.NDArray[np.float32]
# What a word's static features read: the word, its five context forms, its neighbours' shapes.
_Place = tuple[str, ...]
_K = TypeVar("_K")
_V = TypeVar("_V")


class FeatureRows:
    """The rows of one model's weights that a word's features select, memoised.

    Args:
        index: feature -> its row in `weights`.
        weights: the model's weights; the last row (zeros) stands for unknown features.
        extras: the model's optional feature groups ("affix", "shape", "near").
        shape: the word-shape function the features use (`features.shape`).
    """

    def __init__(
        self,
        index: dict[str, int],
        weights: npt.NDArray[np.float32],
        extras: frozenset[str],
        shape: Callable[[str], str],
    ) -> None:
        self._index = index
        self._weights = weights
        self._unknown = len(weights) - 1
        self._affix = "affix" in extras
        self._shape = "shape" in extras
        self._near = "near" in extras
        self._shape_of = shape
        self._bias = self._row("bias")
        self._own: dict[str, tuple[int, ...]] = {}
        self._around: dict[str, tuple[int, ...]] = {}
        self._near_pairs: dict[tuple[str, str], tuple[int, ...]] = {}
        self._pairs: dict[tuple[str, str], _Vector] = {}
        self._scores: dict[tuple[str, str, str, str], _Vector] = {}
        self._sums: dict[_Place, _Vector] = {}
        self._best: dict[tuple[_Place, str, str], int] = {}

    def _row(self, feature: str) -> int:
        return self._index.get(feature, self._unknown)

    def _own_rows(self, word: str) -> tuple[int, ...]:
        """Rows of the features of `word` as written: s3, p1, then s2, s4, p3 (affixes), sh."""
        rows = self._own.get(word)
        if rows is None:
            found = [self._row("s3 " + word[-3:]), self._row("p1 " + word[:1])]
            if self._affix:
                found += [
                    self._row("s2 " + word[-2:]),
                    self._row("s4 " + word[-4:]),
                    self._row("p3 " + word[:3].lower()),
                ]
            if self._shape:
                found.append(self._row("sh " + self._shape_of(word)))
            rows = tuple(found)
            _remember(self._own, word, rows)
        return rows

    def _around_rows(self, normal: str) -> tuple[int, ...]:
        """Rows of a normalised word as the word itself and as each neighbour:
        w, w-1, s3-1, w-2, w+1, s3+1, w+2."""
        rows = self._around.get(normal)
        if rows is None:
            rows = (
                self._row("w " + normal),
                self._row("w-1 " + normal),
                self._row("s3-1 " + normal[-3:]),
                self._row("w-2 " + normal),
                self._row("w+1 " + normal),
                self._row("s3+1 " + normal[-3:]),
                self._row("w+2 " + normal),
            )
            _remember(self._around, normal, rows)
        return rows

    def word_rows(self, i: int, words: Sequence[str], context: Sequence[str]) -> list[int]:
        """The rows of `features.word_features` at word `i` (its `WordPlace`), in its
        order."""
        around = [self._around_rows(context[i + k]) for k in range(2 * _BEFORE + 1)]
        return self._word_rows(i, words, around, i)

    def sentence_rows(
        self, unknown: Sequence[int], words: Sequence[str], context: Sequence[str]
    ) -> tuple[list[int], list[int]]:
        """`word_rows` of each word at the indices `unknown` (ascending), one after another,
        and where each word's rows start. Each context word's rows are read once for the
        sentence, not once for each of the five words whose features it fills."""
        around = [self._around_rows(normal) for normal in context]
        rows: list[int] = []
        starts: list[int] = []
        for i in unknown:
            starts.append(len(rows))
            rows += self._word_rows(i, words, around, 0)
        return rows, starts

    def places(
        self, unknown: Sequence[int], words: Sequence[str], context: Sequence[str]
    ) -> list[_Place]:
        """For each word at the indices `unknown`, all that its `word_rows` read: the word as
        written, the five context forms around it and (with "near") its neighbours' shapes.
        Two words with the same place have the same rows."""
        out: list[_Place] = []
        last = len(words) - 1
        for i in unknown:
            if self._near:
                left = self._shape_of(words[i - 1]) if i > 0 else "^"
                right = self._shape_of(words[i + 1]) if i < last else "$"
                out.append((words[i], *context[i : i + 2 * _BEFORE + 1], left, right))
            else:
                out.append((words[i], *context[i : i + 2 * _BEFORE + 1]))
        return out

    def static_sums(
        self,
        places: Sequence[_Place],
        unknown: Sequence[int],
        words: Sequence[str],
        context: Sequence[str],
    ) -> list[_Vector]:
        """The summed weights of each unknown word's `word_rows` (`places`: theirs, from
        `places`), as `np.add.reduceat` sums a sentence's rows: one segment per word, each
        summed by itself in row order, so a word's sum does not depend on the other words of
        its sentence. A place summed before is not summed again (`MAX_SCORED` remembered)."""
        sums = self._sums
        out: list[_Vector | None] = [sums.get(place) for place in places]
        missing = [k for k, total in enumerate(out) if total is None]
        if missing:
            rows, starts = self.sentence_rows([unknown[k] for k in missing], words, context)
            summed = np.add.reduceat(self._weights[rows], starts, axis=0)
            for k, total in zip(missing, summed, strict=True):
                out[k] = total
                _remember(sums, places[k], total, MAX_SCORED)
        return [total for total in out if total is not None]

    def best(
        self, place: _Place, static: _Vector, word: str, normal: str, prev: str, prev2: str
    ) -> int:
        """The index of the best tag for the word at `place` (its static sum `static`) after
        the tags `prev` and `prev2`: the argmax of `static + tag_scores(...)`, remembered per
        place and tag pair (the same floats each time, so the same index)."""
        key = (place, prev, prev2)
        known = self._best.get(key)
        if known is None:
            known = int((static + self.tag_scores(word, normal, prev, prev2)).argmax())
            _remember(self._best, key, known)
        return known

    def _word_rows(
        self, i: int, words: Sequence[str], around: Sequence[tuple[int, ...]], first: int
    ) -> list[int]:
        """`word_rows`, with `around[j - first]` the rows of context position j (word i is
        at j = i + 2)."""
        own = self._own_rows(words[i])
        j = i + _BEFORE - first
        here, before, before2 = around[j], around[j - 1], around[j - 2]
        after, after2 = around[j + 1], around[j + 2]
        rows = [self._bias, own[0], own[1], here[0], before[1], before[2], before2[3]]
        rows += [after[4], after[5], after2[6], *own[2:]]
        if self._near:
            left = self._shape_of(words[i - 1]) if i > 0 else "^"
            right = self._shape_of(words[i + 1]) if i + 1 < len(words) else "$"
            rows += self._near_rows(left, right)
        return rows

    def _near_rows(self, left: str, right: str) -> tuple[int, ...]:
        """Rows of the neighbours' shapes: sh-1, sh+1, sh-1+1."""
        rows = self._near_pairs.get((left, right))
        if rows is None:
            rows = (
                self._row("sh-1 " + left),
                self._row("sh+1 " + right),
                self._row("sh-1+1 " + left + " " + right),
            )
            _remember(self._near_pairs, (left, right), rows)
        return rows

    def tag_scores(self, word: str, normal: str, prev: str, prev2: str) -> _Vector:
        """The summed rows of `features.tag_features` for `word` (`normal`: its context
        form) after the tags `prev` and `prev2`, added in that function's order.

        The sum is remembered per word and tag pair (`MAX_SCORED` of them): the same array,
        so the same floats, when the word comes again after the same two tags."""
        key = (prev, prev2, normal, word)
        known = self._scores.get(key)
        if known is not None:
            return known
        weights = self._weights
        pair = self._pairs.get((prev, prev2))
        if pair is None:
            pair = weights[self._row("t1 " + prev)] + weights[self._row("t2 " + prev2)]
            pair = pair + weights[self._row("t12 " + prev + " " + prev2)]
            _remember(self._pairs, (prev, prev2), pair)
        total: _Vector = pair + weights[self._row("t1w " + prev + " " + normal)]
        if self._shape:
            total = total + weights[self._row("t1sh " + prev + " " + self._shape_of(word))]
        _remember(self._scores, key, total, MAX_SCORED)
        return total


def _remember(table: dict[_K, _V], key: _K, value: _V, limit: int | None = None) -> None:
    if len(table) >= (MAX_REMEMBERED if limit is None else limit):
        table.clear()
    table[key] = value
