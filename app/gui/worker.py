"""Off-the-UI-thread jobs: a `QRunnable` on the global `QThreadPool`, results delivered by signal.

A `JobRunner` runs one kind of job (an analysis, a re-summary). Each `submit` starts a new
generation; the older one is asked to stop (its `is_cancelled` callback turns true) and whatever it
still delivers is dropped, so a newer request always supersedes an older one. Workers never touch
widgets: they compute and emit.
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.core.errors import KeyfactsError
from app.core.logfile import internal_error_message

Job = Callable[[Callable[[], bool]], Any]
"""A job: takes an `is_cancelled` callback, returns a result or raises."""


_gc_lock = threading.Lock()
_gc_holds = 0
_gc_was_enabled = True
# Container objects frozen since the last full collection, as counted at each freeze
# (`_freeze_survivors`).
_frozen_since_collection = 0


@contextmanager
def deferred_gc() -> Iterator[None]:
    """Hold off Python's cyclic garbage collector while a job runs, then freeze the survivors.

    A collection holds the GIL, so the UI thread cannot run meanwhile. While a job allocates a
    1 MB article's millions of token objects, the collector would run full collections of a few
    hundred ms; so collection waits until no job is running. The survivors (the imported engine,
    the analysis the UI keeps) are then frozen (`gc.freeze`), or the first collections after the
    job walk them all (see benchmarks/RESULTS.md, "garbage collection").

    Frozen objects are still freed by reference counting, but frozen cyclic garbage is not. The
    freeze is bounded all the same: once the objects frozen since the last full collection
    outnumber the memory blocks alive, the frozen generation is thawed and collected (in the
    worker thread, at the end of a job) before it is frozen again (`_freeze_survivors`).
    """
    global _gc_holds, _gc_was_enabled
    with _gc_lock:
        if _gc_holds == 0:
            _gc_was_enabled = gc.isenabled()
            gc.disable()
        _gc_holds += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_holds -= 1
            if _gc_holds == 0:
                _freeze_survivors()
                if _gc_was_enabled:
                    gc.enable()


def _live_blocks() -> int:
    """Memory blocks alive in this process (Python's small-object allocator; about 1 ms)."""
    return sys.getallocatedblocks()


def _freeze_survivors() -> None:
    """Freeze what is alive; thaw and collect first once that is cheap beside what it may free.

    A full collection holds the GIL for as long as it walks what is alive (0.3-0.6 s with a 1 MB
    article's analysis in memory, the UI thread waiting), and what it can free is at most the
    objects frozen since the last one. So it runs only when those outnumber the blocks alive now
    (`sys.getallocatedblocks()`, which counts every small object, not only containers): then
    most of them have died and the walk is short beside the work that made them. Frozen garbage
    stays below the live heap, and a collection costs no more than the allocation since the last.
    A bound on the frozen generation's growth alone (the rule before) collected at the end of the
    first job after a big article: a slider step on the 1 MB article held the GIL for 270 ms.

    Objects are counted without walking the frozen generation (`gc.get_freeze_count()` visits
    every frozen object, about 55 ms once a 1 MB article's analysis is frozen): each freeze adds
    the collector's own count of objects made since the last freeze or collection
    (`gc.get_count()[0]`: new container objects less those freed, kept while the collector is off
    and reset by `gc.freeze`)."""
    global _frozen_since_collection
    _frozen_since_collection += gc.get_count()[0]
    if _frozen_since_collection >= _live_blocks():
        gc.unfreeze()
        gc.collect()
        _frozen_since_collection = 0
    gc.freeze()


def failure_message(error: BaseException) -> str:
    """The one line the user sees for a job that raised `error`.

    The engine's own errors (`KeyfactsError`: a file it cannot read, a summary it refuses) are
    messages for the user as they are. Anything else is a bug: its traceback goes to the log file
    and the user reads "internal error: details in LOG PATH".
    """
    if isinstance(error, KeyfactsError):
        return str(error) or type(error).__name__
    if isinstance(error, MemoryError):
        return "not enough memory for this article"
    return internal_error_message(error, "GUI job")


def _is_cancellation(error: BaseException) -> bool:
    # Imported here: app.core.analysis pulls in the whole engine, which must stay off start-up.
    from app.core.analysis import Cancelled

    return isinstance(error, Cancelled)


class _TaskSignals(QObject):
    """Carries one task's outcome back to the UI thread.

    Signals:
        finished(int, object): generation and result.
        failed(int, str): generation and a one-line message.
        cancelled(int): generation; the job stopped because it was asked to.
    """

    finished = Signal(int, object)
    failed = Signal(int, str)
    cancelled = Signal(int)


class _Task(QRunnable):
    def __init__(
        self, generation: int, job: Job, stop: threading.Event, signals: _TaskSignals
    ) -> None:
        super().__init__()
        self._generation = generation
        self._job = job
        self._stop = stop
        self._signals = signals
        self.setAutoDelete(True)

    def run(self) -> None:
        generation, signals = self._generation, self._signals
        try:
            with deferred_gc():
                result = self._job(self._stop.is_set)
        except Exception as error:
            if _is_cancellation(error):
                signals.cancelled.emit(generation)
                return
            signals.failed.emit(generation, failure_message(error))
        else:
            signals.finished.emit(generation, result)


class JobRunner(QObject):
    """Runs jobs of one kind off the UI thread, newest wins.

    Signals:
        started(): a job was submitted.
        finished(object): the newest job's result.
        failed(str): the newest job failed; a plain one-line message.
        cancelled(): the newest job was cancelled by `cancel()`.
        idle(): no job of this runner is in flight any more.
    """

    started = Signal()
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    idle = Signal()

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._generation = 0
        self._stops: dict[int, threading.Event] = {}
        # The signal carriers live until their task reports back (Qt would otherwise delete them
        # from under a running task when Python collects the wrapper).
        self._carriers: dict[int, _TaskSignals] = {}

    @property
    def busy(self) -> bool:
        """Whether the newest job is still running."""
        return self._generation in self._stops

    def submit(self, job: Job) -> int:
        """Start `job` in the pool, superseding any older job; returns its generation."""
        self.cancel()
        self._generation += 1
        generation = self._generation
        stop = threading.Event()
        carrier = _TaskSignals()
        carrier.finished.connect(self._on_finished)
        carrier.failed.connect(self._on_failed)
        carrier.cancelled.connect(self._on_cancelled)
        self._stops[generation] = stop
        self._carriers[generation] = carrier
        self._pool.start(_Task(generation, job, stop, carrier))
        self.started.emit()
        return generation

    def cancel(self) -> None:
        """Ask the running job (and any older one still winding down) to stop.

        `cancelled` follows when the newest one has.
        """
        for stop in self._stops.values():
            stop.set()

    def _settle(self, generation: int) -> bool:
        """Forget a task that reported back; True if it is the newest one."""
        self._stops.pop(generation, None)
        carrier = self._carriers.pop(generation, None)
        if carrier is not None:
            carrier.deleteLater()
        newest = generation == self._generation
        if newest:
            self.idle.emit()
        return newest

    @Slot(int, object)
    def _on_finished(self, generation: int, result: object) -> None:
        if self._settle(generation):
            self.finished.emit(result)

    @Slot(int, str)
    def _on_failed(self, generation: int, message: str) -> None:
        if self._settle(generation):
            self.failed.emit(message)

    @Slot(int)
    def _on_cancelled(self, generation: int) -> None:
        if self._settle(generation):
            self.cancelled.emit()
