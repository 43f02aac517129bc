import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from app.core import analysis, side_process
from app.core.analysis import analyze
from app.core.loading import loaded_from_text
from app.core.side_process import SideProcess, worth_it

# Our own article: a council, its plans and what people said about them.
_ARTICLE = (
    "Harbour council launched a new ferry scheme on 3 March 2024. "
    '"It will change how people get to work," said Mira Holt, who leads the council. '
    "The council also set up a review of the old pier, its chief said on Tuesday. "
    "Holt said the review would take six months and cost about two million pounds.\n\n"
) * 6


def _exit_in_a_worker() -> str:
    """Ends the process it runs in when that is a worker, else returns."""
    if multiprocessing.parent_process() is not None:
        os._exit(3)
    return "done here"


def test_a_task_runs_in_another_process():
    with SideProcess(True) as side:
        pending = side.run(os.getpid)
        assert pending.in_worker
        assert pending.result() != os.getpid()


def test_a_task_runs_here_when_no_process_was_wanted():
    with SideProcess(False) as side:
        pending = side.run(os.getpid)
        assert not pending.in_worker
        assert pending.result() == os.getpid()


def test_a_task_runs_here_when_the_pool_cannot_start(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("no processes here")

    monkeypatch.setattr(side_process, "ProcessPoolExecutor", refuse)
    with SideProcess(True) as side:
        pending = side.run(os.getpid)
        assert not pending.in_worker
        assert pending.result() == os.getpid()


def test_a_task_runs_here_when_the_worker_dies():
    with SideProcess(True) as side:
        assert side.run(_exit_in_a_worker).result() == "done here"


def test_a_tasks_own_error_is_raised():
    with SideProcess(True) as side, pytest.raises(ValueError):
        side.run(int, "not a number").result()


def _note_then_sleep(path: str) -> str:
    """In a worker: notes at `path` that the task has started (after the worker's warm-up),
    then sleeps two minutes; run here, returns at once."""
    if multiprocessing.parent_process() is not None:
        Path(path).write_text("started", encoding="utf-8")
        time.sleep(120)
    return "done here"


def _cancel_once_started(path: Path) -> Callable[[], None]:
    """A checkpoint that cancels once the worker's task has noted its start: the test waits
    for an event, not for a length of time a loaded machine may not keep to."""

    def checkpoint() -> None:
        if path.exists():
            raise analysis.Cancelled

    return checkpoint


def _exit_code(worker: multiprocessing.process.BaseProcess) -> int | None:
    """The worker's exit code, once known (None if it still runs after a minute, half the time
    `_note_then_sleep` sleeps). One `join` is not enough: the pool's own thread reaps the same
    process as it shuts down, and a `join` here that loses that race returns before the code is
    stored (seen under load: `exitcode` None for a worker already gone)."""
    give_up = time.monotonic() + 60
    while worker.exitcode is None and time.monotonic() < give_up:
        worker.join(timeout=0.1)
        time.sleep(0.01)
    return worker.exitcode


def test_waiting_stops_when_the_checkpoint_raises(tmp_path):
    started = tmp_path / "started"
    side = SideProcess(True)
    workers = list(side._pool._processes.values())
    # Cancelled, not "done here": the wait stopped while the worker still slept (a wait to the
    # end would return the task's result, and a task run here returns it too)
    with side, pytest.raises(analysis.Cancelled):
        side.run(_note_then_sleep, str(started)).result(_cancel_once_started(started))
    for worker in workers:  # the worker is ended by a signal, not left to sleep its two minutes
        assert _exit_code(worker) in (-signal.SIGTERM, -signal.SIGKILL)


def _deaf_to_sigterm() -> None:
    """A worker's warm-up that ignores SIGTERM, as a worker may when the signal is lost."""
    signal.signal(signal.SIGTERM, signal.SIG_IGN)


def test_a_worker_that_outlives_sigterm_is_killed(tmp_path):
    started = tmp_path / "started"
    side = SideProcess(True, _deaf_to_sigterm)
    workers = list(side._pool._processes.values())
    with side, pytest.raises(analysis.Cancelled):
        side.run(_note_then_sleep, str(started)).result(_cancel_once_started(started))
    for worker in workers:  # deaf since its warm-up, before the task: only SIGKILL ends it
        assert _exit_code(worker) == -signal.SIGKILL


def test_only_long_articles_on_two_cores_in_a_main_process_that_allows_it(monkeypatch):
    monkeypatch.setattr(side_process, "cores", lambda: 2)
    monkeypatch.setattr(side_process, "load", lambda: 0.5)
    monkeypatch.setattr(side_process, "_allowed", False)
    assert not worth_it(side_process.LONG_ARTICLE)  # a library call starts no process
    side_process.allow()
    assert worth_it(side_process.LONG_ARTICLE)
    assert not worth_it(side_process.LONG_ARTICLE - 1)
    monkeypatch.setattr(side_process, "cores", lambda: 1)
    assert not worth_it(side_process.LONG_ARTICLE)


def test_no_second_process_without_a_free_core(monkeypatch):
    monkeypatch.setattr(side_process, "cores", lambda: 2)
    monkeypatch.setattr(side_process, "_allowed", True)
    monkeypatch.setattr(side_process, "load", lambda: 1.0)
    assert worth_it(side_process.LONG_ARTICLE)  # one core busy (this process), one free
    monkeypatch.setattr(side_process, "load", lambda: 1.6)
    assert not worth_it(side_process.LONG_ARTICLE)  # both cores taken: it would only share


def test_a_worker_starts_no_worker_of_its_own(monkeypatch):
    monkeypatch.setattr(side_process, "_allowed", True)
    with SideProcess(True) as side:
        assert side.run(worth_it, side_process.LONG_ARTICLE).result() is False


def test_the_facts_are_the_same_from_the_second_process(monkeypatch):
    monkeypatch.setattr(side_process, "LONG_ARTICLE", 0)
    monkeypatch.setattr(side_process, "cores", lambda: 2)
    monkeypatch.setattr(side_process, "load", lambda: 0.0)
    monkeypatch.setattr(side_process, "_allowed", False)
    sent = []
    run = SideProcess.run

    def spy(self, fn, *args):
        pending = run(self, fn, *args)
        sent.append(pending.in_worker)
        return pending

    monkeypatch.setattr(SideProcess, "run", spy)
    here = analyze(loaded_from_text(_ARTICLE, "here"))
    side_process.allow()
    there = analyze(loaded_from_text(_ARTICLE, "there"))
    assert sent == [False, True]
    assert there.facts == here.facts
    assert there.facts.initiatives


_PICKLED_IN: list[int] = []


class _Growing:
    """An argument whose attributes grow while it is in use, like a `Document`'s cached
    properties; it notes the thread that pickles it."""

    def __init__(self) -> None:
        self.notes: dict[str, int] = {}

    def __getstate__(self) -> dict[str, dict[str, int]]:
        _PICKLED_IN.append(threading.get_ident())
        return {"notes": dict(self.notes)}

    def __setstate__(self, state: dict[str, dict[str, int]]) -> None:
        self.notes = state["notes"]


def _count_notes(growing: _Growing) -> int:
    return len(growing.notes)


def test_a_task_is_pickled_when_sent_not_later_in_another_thread():
    growing = _Growing()
    growing.notes["first"] = 1
    _PICKLED_IN.clear()
    with SideProcess(True) as side:
        pending = side.run(_count_notes, growing)
        assert [threading.get_ident()] == _PICKLED_IN  # pickled here, before run returned
        growing.notes["later"] = 2  # what this thread adds afterwards is not sent
        assert pending.in_worker
        assert pending.result() == 1
