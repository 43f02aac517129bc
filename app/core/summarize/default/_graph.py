"""Vectorised sentence similarity for the default summarizer: TF-IDF rows and windowed centrality.

sumy's graph methods build a Python-level similarity for every pair of sentences, which is
quadratic in interpreted code (34-58 s at 2,000 sentences). Here sentences are rows of one sparse
TF-IDF matrix and similarities are sparse matrix products, computed in blocks over a band of
`window` sentences either side of each sentence: linear in the length of the text, and exact
(all pairs) for any text shorter than the window, which covers news articles.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

import numpy as np
import numpy.typing as npt
from scipy import sparse

FloatArray = npt.NDArray[np.float64]
_TOKEN = re.compile(r"[^\W_]+", re.UNICODE)
_BLOCK = 256


def count_matrix(
    texts: Sequence[str], stop_words: frozenset[str], stem: Callable[[str], str]
) -> sparse.csr_matrix:
    """Raw counts of stemmed non-stop words, one row per text."""
    stems: dict[str, int] = {}
    cache: dict[str, int] = {}
    indptr = [0]
    indices: list[int] = []
    for text in texts:
        for word in _TOKEN.findall(text.lower()):
            term = cache.get(word)
            if term is None:
                if word in stop_words or (len(word) < 2 and not word.isdigit()):
                    term = -1
                else:
                    term = stems.setdefault(stem(word), len(stems))
                cache[word] = term
            if term >= 0:
                indices.append(term)
        indptr.append(len(indices))
    n = len(texts)
    counts = sparse.csr_matrix(
        (np.ones(len(indices)), np.array(indices, dtype=np.int64), np.array(indptr)),
        shape=(n, max(1, len(stems))),
    )
    counts.sum_duplicates()
    return counts


def tfidf(counts: sparse.csr_matrix) -> sparse.csr_matrix:
    """L2-normalised TF-IDF rows from `count_matrix`.

    Term frequency is dampened (1 + log tf) and IDF is computed over the document's own
    sentences, so names and topic words that recur in a few sentences weigh most.
    """
    n = counts.shape[0]
    counts = counts.copy()
    counts.data = 1.0 + np.log(counts.data)
    df = np.bincount(counts.indices, minlength=counts.shape[1])
    idf = np.log((n + 1.0) / (df + 1.0)) + 1.0
    weighted = counts @ sparse.diags(idf)
    norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.csr_matrix(sparse.diags(1.0 / norms) @ weighted)


def directed_centrality(
    matrix: sparse.csr_matrix, threshold: float, window: int
) -> tuple[FloatArray, FloatArray]:
    """Each sentence's summed similarity to the sentences before it and after it.

    Only similarities above `threshold` count, and only by how much they exceed it (PacSum's
    edge weights), so a sentence is central when it shares real content with many others, not
    when it shares a common word with all. Pairs further apart than `window` are ignored.

    Returns:
        (backward, forward): sums over earlier and over later sentences.
    """
    return directed_centralities(matrix, (threshold,), window)[0]


def directed_centralities(
    matrix: sparse.csr_matrix, thresholds: Sequence[float], window: int
) -> list[tuple[FloatArray, FloatArray]]:
    """`directed_centrality` for each of `thresholds`, in their order, from one similarity
    product per block of sentences (the product is the same for every threshold: the short and
    the long weights each have one)."""
    n = matrix.shape[0]
    sums = [(np.zeros(n), np.zeros(n)) for _ in thresholds]
    for start in range(0, n, _BLOCK):
        stop = min(n, start + _BLOCK)
        lo, hi = max(0, start - window), min(n, stop + window)
        sims = (matrix[start:stop] @ matrix[lo:hi].T).toarray()
        rows = np.arange(start, stop)[:, None]
        cols = np.arange(lo, hi)[None, :]
        offset = cols - rows
        near = np.abs(offset) <= window
        earlier, later = near & (offset < 0), near & (offset > 0)
        for threshold, (backward, forward) in zip(thresholds, sums, strict=True):
            edges = np.clip(sims - threshold, 0.0, None)
            backward[start:stop] = np.where(earlier, edges, 0.0).sum(axis=1)
            forward[start:stop] = np.where(later, edges, 0.0).sum(axis=1)
    return sums


def overlap_centrality(counts: sparse.csr_matrix, window: int) -> FloatArray:
    """Each sentence's summed word overlap with the others, as sumy's Reduction rates it.

    The overlap of two sentences is the number of matching word occurrences divided by the sum
    of the logs of their lengths, which favours long sentences rich in the text's main words.
    """
    n = counts.shape[0]
    lengths = np.asarray(counts.sum(axis=1)).ravel()
    logs = np.log(np.maximum(lengths, 2.0))
    total = np.zeros(n)
    for start in range(0, n, _BLOCK):
        stop = min(n, start + _BLOCK)
        lo, hi = max(0, start - window), min(n, stop + window)
        shared = (counts[start:stop] @ counts[lo:hi].T).toarray()
        shared = shared / (logs[start:stop, None] + logs[None, lo:hi])
        offset = np.arange(lo, hi)[None, :] - np.arange(start, stop)[:, None]
        near = (np.abs(offset) <= window) & (offset != 0)
        total[start:stop] = np.where(near, shared, 0.0).sum(axis=1)
    return total


class RowSimilarity:
    """Cosine similarity of one row to all rows, through the matrix's posting lists.

    A scipy product per call costs about a millisecond of overhead; a greedy choice of thousands
    of sentences (a long summary of a long text) makes thousands of calls. Walking the postings
    of the row's own terms touches only the sentences that share a word with it.
    """

    def __init__(self, matrix: sparse.csr_matrix) -> None:
        self._rows = matrix
        self._postings = sparse.csr_matrix(matrix.T)

    def __call__(self, i: int) -> FloatArray:
        rows, postings = self._rows, self._postings
        out = np.zeros(rows.shape[0])
        for k in range(rows.indptr[i], rows.indptr[i + 1]):
            term, weight = rows.indices[k], rows.data[k]
            start, stop = postings.indptr[term], postings.indptr[term + 1]
            out[postings.indices[start:stop]] += weight * postings.data[start:stop]
        return out
