"""Fewer runs of Python's cycle collector while an analysis runs.

An analysis of a long article makes millions of short-lived objects, few of them in cycles;
with the default thresholds (700, 10, 10) the collector runs hundreds of times over them and
walks every object imports left behind in each full collection (on a 1 MB article about 0.3 s
of CPU, `benchmarks/bench_scale.py`). Raising the first threshold while the analysis runs
makes it run about a tenth as often: cycles are still collected, later and more of them at a
time. The thresholds the caller had come back when the last analysis running in the process
ends (the GUI may run two at once, in two threads). The collector's policy stays the caller's
outside an analysis (no `gc.freeze`, no change that outlives the call).
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

# Allocations of container objects between two young collections during an analysis.
ANALYSIS_THRESHOLD = 10_000

_lock = threading.Lock()
_running = 0
_saved: tuple[int, int, int] = gc.get_threshold()


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the body with the collector's first threshold raised to `ANALYSIS_THRESHOLD` (never
    lowered), and put back the thresholds found on entry when the last such body ends."""
    global _running, _saved
    with _lock:
        if _running == 0:
            _saved = gc.get_threshold()
            first, second, third = _saved
            gc.set_threshold(max(first, ANALYSIS_THRESHOLD), second, third)
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0:
                gc.set_threshold(*_saved)
