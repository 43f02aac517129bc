"""The tagger's features as rows of its weights, looked up once per word and remembered.

`tagger.tag_words` scores a word by summing the weight rows of its features
(`tagger.word_features`, `tagger.tag_features`). Building those feature strings and looking each
up was most of the tagger's time, yet each feature depends on little: the word itself, one
neighbour, or the two tags before it. `FeatureRows` keeps, per word, the rows its features select
(as itself and as each neighbour), and per pair of previous tags the sum of their rows, so an
article's repeated words and tag pairs are looked up once.

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
# Context positions before a sentence's first word (`tagger.START`).
_BEFORE = 2

_Vector = npt.NDArray[np.float32]
_K = TypeVar("_K")
_V = TypeVar("_V")


class FeatureRows:
    """The rows of one model's weights that a word's features select, memoised.

    Args:
        index: feature -> its row in `weights`.
        weights: the model's weights; the last row (zeros) stands for unknown features.
        extras: the model's optional feature groups ("affix", "shape", "near").
        shape: the word-shape function the features use (`tagger.shape`).
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
        """The rows of `tagger.word_features(i, words, context, extras)`, in its order."""
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
        """The summed rows of `tagger.tag_features` for `word` (`normal`: its context form)
        after the tags `prev` and `prev2`, added in that function's order.

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
