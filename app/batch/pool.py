"""The local back ends: a process pool (one engine per process), or inline for one job.

Worker processes are started with "spawn" on every platform: each imports the engine once
(`engine.warm_up`, from the pool's initializer) and inherits nothing from the parent (no threads or
open files forked mid-state), so the behaviour is the same on Linux, macOS and Windows.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from types import TracebackType
from typing import Any, Protocol, Self

from app.batch.engine import warm_up
from app.batch.ordered import ResultLike


def _start_worker() -> None:
    # Ctrl+C reaches the whole process group: the main process stops the pool, and the workers
    # leave quietly instead of each printing a KeyboardInterrupt traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up()


class Backend(Protocol):
    """Where tasks run: `submit` returns a future; `workers` sizes the window of tasks.

    `chunk_size` is how many inputs one task carries by default: enough to make the cost of
    sending a task small against the ~10 ms an article takes.
    """

    workers: int
    chunk_size: int

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> ResultLike: ...

    def run_again(self, fn: Callable[..., Any], /, *args: Any) -> Any: ...

    def close(self) -> None: ...


def cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def resolve_jobs(jobs: int) -> int:
    """`--jobs N` as a process count: 0 means every core."""
    return cores() if jobs == 0 else jobs


class InlineBackend:
    """Runs each task at once in this process (one job: no pool to start)."""

    workers = 1
    chunk_size = 4

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> Future[Any]:
        future: Future[Any] = Future()
        try:
            future.set_result(fn(*args))
        except Exception as error:
            future.set_exception(error)
        return future

    def run_again(self, fn: Callable[..., Any], /, *args: Any) -> Any:
        return fn(*args)

    def close(self) -> None:
        pass

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class ProcessBackend:
    """A pool of `workers` spawned processes, started again if one of them dies."""

    chunk_size = 4

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self._executor = self._start()

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
        )

    def submit(self, fn: Callable[..., Any], /, *args: Any) -> Future[Any]:
        try:
            return self._executor.submit(fn, *args)
        except BrokenProcessPool:  # a worker died (a crash in a C extension): start afresh
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = self._start()
            return self._executor.submit(fn, *args)

    def run_again(self, fn: Callable[..., Any], /, *args: Any) -> Any:
        """Run one task on its own and wait: after a worker died, this finds the input it was."""
        return self.submit(fn, *args).result()

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
