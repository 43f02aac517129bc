"""Results in input order from a bounded window of futures.

At most `window` tasks are submitted and not yet consumed; the oldest is waited for first, so
results come out in input order while the others run. A slow document holds back the output
(never the workers, as long as the window is a few times the number of workers), and memory
holds `window` tasks whatever the input's size.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import Any, Protocol, TypeVar

T = TypeVar("T")
R = TypeVar("R")


class ResultLike(Protocol):
    """What both back ends return: a `concurrent.futures.Future` or a Dask future."""

    def result(self) -> Any: ...


def chunked(items: Iterable[T], size: int) -> Iterator[tuple[T, ...]]:
    """`items` in tuples of `size` (the last one shorter), lazily."""
    iterator = iter(items)
    while chunk := tuple(islice(iterator, size)):
        yield chunk


def ordered_map(
    submit: Callable[[T], ResultLike],
    tasks: Iterable[T],
    window: int,
    on_failure: Callable[[T, BaseException], R],
) -> Iterator[tuple[T, R]]:
    """Submit `tasks` through `submit`, keeping at most `window` in flight; yield in order.

    Args:
        submit: starts one task and returns its future.
        tasks: the tasks, consumed lazily.
        window: how many tasks may be submitted but not yet yielded (at least 1).
        on_failure: the result to yield for a task whose future raised (a worker that died).

    Yields:
        (task, result) pairs, in the order of `tasks`.
    """
    pending: deque[tuple[T, ResultLike]] = deque()
    iterator = iter(tasks)
    for task in islice(iterator, max(1, window)):
        pending.append((task, submit(task)))
    while pending:
        task, future = pending.popleft()
        try:
            result: R = future.result()
        except Exception as error:
            result = on_failure(task, error)
        for following in islice(iterator, 1):
            pending.append((following, submit(following)))
        yield task, result
