"""One stage of a long article's analysis run in a second process, beside the others.

On a long article (`LONG_ARTICLE` characters and more) most of `analysis.analyze`'s time is one
stage, the initiatives (about half of it on a 1 MB text), and the others do not need its result.
`SideProcess` starts one worker process when the analysis starts (its imports and the tagger's
model load while duplicate removal and sentence splitting run here), then runs one task there
while this process does the rest: on two free cores the wall time drops by about the shorter
side's time; the CPU time does not (it is spread over two processes, plus the worker's start-up).

The worker is started with "spawn", never "fork": the GUI calls `analyze` from a worker thread of
a Qt process, and a forked copy of a process with threads can hang. A spawned worker imports
the engine afresh and inherits no state; the engine keeps no memo that changes one article's
facts (each article's read names are forgotten between analyses), so the task's result is the
one it would have had in this process.

Only a program that allows it (`allow`: the CLI's and the GUI's entry points) starts one. It
degrades to running the task here, in order, whenever the second process cannot help: one
core, no free core (the load average), a short article, a process that is itself a worker (a
`--jobs` batch worker: the batch already uses every core), a pool that cannot start, a worker
that dies or fails. A task's own error is raised again by running it here. A cancelled analysis
stops waiting at once and ends the worker.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import signal
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor, wait
from functools import partial
from typing import Any, Generic, TypeVar

# Characters from which a second process pays for its start-up (about 0.5 s of CPU, and 0.2 s
# to send a 1 MB document): a 200 KB article takes about 3 s, its initiatives about 1.5 s.
LONG_ARTICLE = 200_000
# How often a caller waiting for the worker's result asks whether to stop (seconds).
POLL_SECONDS = 0.1
# How long a worker ended with SIGTERM may take to go before it is killed.
_GRACE_SECONDS = 2.0

_T = TypeVar("_T")


def cores() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


# Whether this program may start a second process: only its entry points say so (`allow`).
_allowed = False


def allow(allowed: bool = True) -> None:
    """Let (or stop) `worth_it` say yes. Called by the CLI's and the GUI's entry points: a
    spawned process imports the program's main module again, and theirs are guarded by
    `if __name__ == "__main__"`; a user's script that calls `analyze` may not be, so a library
    call never starts a process unless its program calls this."""
    global _allowed
    _allowed = allowed


def load() -> float:
    """The system's load average over the last minute (0.0 where the system does not say)."""
    try:
        return os.getloadavg()[0]
    except (AttributeError, OSError):
        return 0.0


def worth_it(chars: int) -> bool:
    """Whether an article of `chars` characters gains from a second process here: a free core
    besides this process's own. On a busy machine (load within a core of the core count) the
    second process only shares a core, and the analysis takes longer, not shorter (round 12:
    1 MB in 17.9 s against 15.0 s in one process at load 2 on two cores; 9.5 s against 17.8 s
    with a core free)."""
    return (
        _allowed
        and chars >= LONG_ARTICLE
        and cores() >= 2
        and load() <= cores() - 1
        and multiprocessing.parent_process() is None
    )


def _start_worker(warm_up: Callable[[], object]) -> None:
    # Ctrl+C reaches the whole process group: the caller stops the worker (`close`), which
    # leaves quietly instead of printing a KeyboardInterrupt traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    warm_up()


def _call_pickled(payload: bytes) -> Any:
    """In the worker: the task `SideProcess.run` pickled, run."""
    fn, args = pickle.loads(payload)
    return fn(*args)


class Pending(Generic[_T]):
    """A task sent to the worker (`future`), or kept to run here when its result is asked for."""

    def __init__(
        self, future: Future[_T] | None, fn: Callable[..., _T], args: tuple[Any, ...]
    ) -> None:
        self._future = future
        self._fn = fn
        self._args = args

    @property
    def in_worker(self) -> bool:
        """Whether the task went to the worker process."""
        return self._future is not None

    def result(self, checkpoint: Callable[[], None] | None = None) -> _T:
        """The task's result: the worker's, else (no worker, or it died or failed) run here.

        While the worker computes, `checkpoint` is called every `POLL_SECONDS` (it stops the
        wait by raising, as `analysis.analyze`'s does when the caller cancels)."""
        future = self._future
        if future is not None:
            while not future.done():
                wait([future], timeout=POLL_SECONDS)
                if checkpoint is not None:
                    checkpoint()
            if future.exception() is None:
                return future.result()
        return self._fn(*self._args)  # a task's own error is raised again here


class SideProcess:
    """A second process for tasks, started at once when `wanted`, else none (tasks then run
    here when their result is asked for). Use as a context manager: leaving it stops the worker.

    Args:
        wanted: whether to start the worker (`worth_it`).
        warm_up: run first in the worker, at once (it must pickle: a module-level function).
    """

    def __init__(self, wanted: bool, warm_up: Callable[[], object] = int) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._sent: list[Future[Any]] = []
        if not wanted:
            return
        try:
            pool = ProcessPoolExecutor(
                max_workers=1,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=partial(_start_worker, warm_up),
            )
            pool.submit(int)  # starts the process now: its imports run while we split sentences
        except Exception:  # no process can start here: run in this one
            return
        self._pool = pool

    def run(self, fn: Callable[..., _T], *args: Any) -> Pending[_T]:
        """`fn(*args)` sent to the worker (fn and args must pickle), or kept to run here."""
        future: Future[_T] | None = None
        if self._pool is not None:
            try:
                # Pickled now, in this thread: the executor would pickle it later in a thread
                # of its own while this one goes on using the arguments, and a `Document`
                # whose cached properties fill in meanwhile failed to pickle ("dictionary
                # changed size during iteration"; round 13: the 1 MB article's task ran here
                # after all in 2 runs of 4).
                payload = pickle.dumps((fn, args), pickle.HIGHEST_PROTOCOL)
                future = self._pool.submit(_call_pickled, payload)
            except Exception:  # a task that does not pickle, a broken or shut pool: run it here
                future = None
            else:
                self._sent.append(future)
        return Pending(future, fn, args)

    def close(self) -> None:
        """Stops the worker: waits for it to exit when it has nothing left to do (so its CPU
        time counts as a reaped child's); ends it when its task's result is no longer wanted
        (a cancelled analysis, an error, Ctrl+C)."""
        pool, self._pool = self._pool, None
        if pool is None:
            return
        busy = any(not future.done() for future in self._sent)
        if busy:  # the executor has no public way to stop a running task
            processes = list(getattr(pool, "_processes", {}).values())
            for process in processes:
                process.terminate()
            # A SIGTERM that lands while the worker is still starting can be lost (seen once in
            # CI under load: the worker slept on); one that is still alive after a grace period
            # is killed, which no process can ignore.
            for process in processes:
                process.join(timeout=_GRACE_SECONDS)
                if process.is_alive():
                    process.kill()
        pool.shutdown(wait=not busy, cancel_futures=True)

    def __enter__(self) -> SideProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
