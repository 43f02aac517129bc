"""The cycle collector runs less often while an analysis runs, and as before after it."""

from __future__ import annotations

import gc

import pytest

from app.core import analysis
from app.core.garbage import ANALYSIS_THRESHOLD, fewer_collections
from app.core.loading import loaded_from_text


@pytest.fixture(autouse=True)
def _caller_thresholds():
    saved = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*saved)


def test_the_first_threshold_is_raised_inside_and_put_back_after():
    with fewer_collections():
        assert gc.get_threshold() == (ANALYSIS_THRESHOLD, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)


def test_the_thresholds_come_back_after_an_error():
    with pytest.raises(ValueError), fewer_collections():
        raise ValueError
    assert gc.get_threshold() == (700, 10, 10)


def test_a_higher_threshold_of_the_caller_is_not_lowered():
    gc.set_threshold(50_000, 20, 30)
    with fewer_collections():
        assert gc.get_threshold() == (50_000, 20, 30)
    assert gc.get_threshold() == (50_000, 20, 30)


def test_overlapping_analyses_put_the_thresholds_back_when_the_last_one_ends():
    first, second = fewer_collections(), fewer_collections()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert gc.get_threshold() == (ANALYSIS_THRESHOLD, 10, 10)
    second.__exit__(None, None, None)
    assert gc.get_threshold() == (700, 10, 10)


def test_an_analysis_runs_with_the_threshold_raised(monkeypatch):
    seen = []
    read_dates = analysis.dates.extract

    def recording(*args, **kwargs):
        seen.append(gc.get_threshold())
        return read_dates(*args, **kwargs)

    monkeypatch.setattr(analysis.dates, "extract", recording)
    text = "The mill reopened on 3 May 2021.\nA new bridge is planned for next spring.\n"
    analysis.analyze(loaded_from_text(text, "test"))
    assert seen == [(ANALYSIS_THRESHOLD, 10, 10)]
    assert gc.get_threshold() == (700, 10, 10)
