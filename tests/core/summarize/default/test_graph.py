"""Windowed centrality: one similarity product serves every threshold (own fixtures)."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import sparse

from app.core.document import Document
from app.core.summarize import sumy_document
from app.core.summarize.default import _select
from app.core.summarize.default._graph import directed_centralities, directed_centrality
from app.core.summarize.default._method import LONG, SHORT, KeyfactsSummarizer


def test_centralities_for_several_thresholds_equal_each_one_alone() -> None:
    rng = np.random.default_rng(11)
    dense = rng.random((300, 20)) * (rng.random((300, 20)) < 0.25)
    matrix = sparse.csr_matrix(dense)
    for window in (4, 400):
        together = directed_centralities(matrix, (0.1, 0.0, 0.3), window)
        for threshold, (back, fwd) in zip((0.1, 0.0, 0.3), together, strict=True):
            alone_back, alone_fwd = directed_centrality(matrix, threshold, window)
            assert np.array_equal(back, alone_back)  # the same figures, bit for bit
            assert np.array_equal(fwd, alone_fwd)


def test_the_short_and_long_weights_share_one_pass(monkeypatch: pytest.MonkeyPatch) -> None:
    assert SHORT.threshold != LONG.threshold
    calls: list[tuple[float, ...]] = []

    def counted(matrix: sparse.csr_matrix, thresholds: tuple[float, ...], window: int) -> object:
        calls.append(tuple(thresholds))
        return directed_centralities(matrix, thresholds, window)

    monkeypatch.setattr(_select, "directed_centralities", counted)
    paragraphs = [
        f"The ferry board met on day {i} to weigh a timetable for pier {i}. "
        f"Riders at pier {i} asked for a later boat on weekdays."
        for i in range(12)
    ]
    model, _ = sumy_document(
        Document.from_text("Ferry board weighs timetable\n\n" + "\n".join(paragraphs))
    )
    summarizer = KeyfactsSummarizer()
    summarizer.ranking(model, 8)
    assert calls == [(SHORT.threshold, LONG.threshold)]
