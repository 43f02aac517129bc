"""The job runner: results by signal, plain failure messages, newest wins, cancellation."""

from __future__ import annotations

import threading

import pytest

from app.core.analysis import Cancelled
from app.core.loading import LoadError
from app.core.summarize import SummaryError
from app.gui.worker import JobRunner


def test_result_arrives_by_signal(qtbot):
    runner = JobRunner()
    with qtbot.waitSignal(runner.finished, timeout=10000) as blocker:
        runner.submit(lambda _cancelled: 42)
    assert blocker.args == [42]
    qtbot.waitUntil(lambda: not runner.busy)


def test_failure_is_one_plain_line(qtbot):
    def job(_cancelled):
        raise LoadError("this is a PNG image, not text")

    runner = JobRunner()
    with qtbot.waitSignal(runner.failed, timeout=10000) as blocker:
        runner.submit(job)
    assert blocker.args == ["this is a PNG image, not text"]


@pytest.mark.parametrize("error", [KeyError("missing"), ValueError("engine bug"), RuntimeError()])
def test_a_bug_is_logged_and_named_an_internal_error(qtbot, log_dir, error):
    def job(_cancelled):
        raise error

    runner = JobRunner()
    with qtbot.waitSignal(runner.failed, timeout=10000) as blocker:
        runner.submit(job)
    log_file = log_dir / "keyfacts.log"
    assert blocker.args == [f"internal error: details in {log_file}"]
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback" in logged and f"{type(error).__name__}" in logged and "in job" in logged


def test_summary_refusal_is_a_plain_line_not_an_internal_error(qtbot, log_dir):
    def job(_cancelled):
        raise SummaryError("kl is too slow for 900 sentences")

    runner = JobRunner()
    with qtbot.waitSignal(runner.failed, timeout=10000) as blocker:
        runner.submit(job)
    assert blocker.args == ["kl is too slow for 900 sentences"]
    assert not log_dir.exists()


def test_newer_job_supersedes_older(qtbot):
    release = threading.Event()
    results: list[object] = []
    runner = JobRunner()
    runner.finished.connect(results.append)

    def old(cancelled):
        release.wait(10)
        return "old"

    runner.submit(old)
    with qtbot.waitSignal(runner.finished, timeout=10000):
        runner.submit(lambda _cancelled: "new")
    release.set()
    qtbot.waitUntil(lambda: not runner._carriers, timeout=10000)
    assert results == ["new"]


def test_cancel_stops_a_job_that_polls(qtbot):
    started = threading.Event()

    def job(cancelled):
        started.set()
        while not cancelled():
            threading.Event().wait(0.005)
        raise Cancelled

    runner = JobRunner()
    runner.submit(job)
    qtbot.waitUntil(started.is_set, timeout=10000)
    with qtbot.waitSignal(runner.cancelled, timeout=10000):
        runner.cancel()
    assert not runner.busy


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_survivors_are_frozen_and_frozen_garbage_is_bounded(qtbot, monkeypatch):
    import gc
    import weakref

    from app.gui import worker

    runner = JobRunner()

    def run(job):
        with qtbot.waitSignal(runner.finished, timeout=10000):
            runner.submit(job)
        qtbot.waitUntil(lambda: not runner.busy)

    def make_garbage(_cancelled):
        cycle = _Cycle()
        refs.append(weakref.ref(cycle))

    refs: list[weakref.ref] = []
    monkeypatch.setattr(worker, "_frozen_since_collection", 0)
    monkeypatch.setattr(worker, "_live_blocks", lambda: 10**12)
    try:
        run(make_garbage)  # frozen: the cycle's garbage is out of the collector's reach
        assert gc.get_freeze_count() > 0
        gc.collect()
        assert refs[0]() is not None
        # Once more objects were frozen since the last collection than are alive, a job's end
        # thaws and collects the frozen generation.
        monkeypatch.setattr(worker, "_live_blocks", lambda: 1)
        run(lambda _cancelled: None)
        assert refs[0]() is None
        assert worker._frozen_since_collection == 0
    finally:
        gc.unfreeze()


def test_no_collection_while_what_was_frozen_is_still_alive(qtbot, monkeypatch):
    """A big article's analysis, frozen and still shown, is not walked at the next job's end
    (a slider step), however much the frozen generation grew since the last collection."""
    import gc
    import weakref

    from app.gui import worker

    runner = JobRunner()
    refs: list[weakref.ref] = []

    def make_garbage(_cancelled):
        cycle = _Cycle()
        refs.append(weakref.ref(cycle))

    monkeypatch.setattr(worker, "_frozen_since_collection", 0)
    kept = [[i] for i in range(50_000)]  # alive, as a shown analysis is
    try:
        with qtbot.waitSignal(runner.finished, timeout=10000):
            runner.submit(make_garbage)
        qtbot.waitUntil(lambda: not runner.busy)
        gc.collect()
        assert refs[0]() is not None  # frozen garbage, out of reach
        # Frozen since the last collection: far more than the job made, yet fewer than alive.
        monkeypatch.setattr(worker, "_frozen_since_collection", len(kept))
        with qtbot.waitSignal(runner.finished, timeout=10000):
            runner.submit(lambda _cancelled: None)
        qtbot.waitUntil(lambda: not runner.busy)
        assert refs[0]() is not None  # no full collection at this job's end
        assert worker._frozen_since_collection >= len(kept)
    finally:
        gc.unfreeze()
        del kept


def test_a_job_end_counts_the_frozen_generation_without_walking_it(qtbot, monkeypatch):
    import gc

    from app.gui import worker

    walks: list[int] = []
    real_count = gc.get_freeze_count

    def counting_walk() -> int:
        walks.append(1)
        return real_count()

    monkeypatch.setattr(gc, "get_freeze_count", counting_walk)
    # Far from the bound: the job's end only freezes and adds what the job kept.
    monkeypatch.setattr(worker, "_live_blocks", lambda: 10**12)
    monkeypatch.setattr(worker, "_frozen_since_collection", 0)
    kept: list[list[int]] = []
    runner = JobRunner()
    try:
        with qtbot.waitSignal(runner.finished, timeout=10000):
            runner.submit(lambda _cancelled: kept.extend([i] for i in range(20_000)))
        qtbot.waitUntil(lambda: not runner.busy)
        assert walks == []
        assert worker._frozen_since_collection >= 20_000  # the lists the job made, frozen
    finally:
        gc.unfreeze()
