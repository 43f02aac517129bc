"""How long the engine holds the GIL at a time: what a 1 MB analysis makes the GUI thread wait.

The desktop app analyses off the UI thread, but both threads share the GIL: a single long call
in C (a regular expression over the whole text, `str.translate`, freeing a big structure) holds
it throughout, and the window cannot paint or take input meanwhile. Two measurements of
`load_path` + `analyze` on the 1 MB article of `bench_gui.py`, the collector off as the app's
worker has it (`app.gui.worker.deferred_gc`):

- ticker: a second thread sleeps 1 ms at a time and records the longest gaps between its wake-ups
  (what the UI thread sees; includes the machine's own scheduling delays), and where the
  analysis was when the ticker got the GIL back;
- stretches: a `sys.setprofile` hook records the longest times between two Python-level events
  (a call or return of a Python or C function), i.e. the longest single C-level stretches, with
  the call that made them. Independent of threads; a loaded machine adds preemption (~8 ms).

Usage:  .venv/bin/python benchmarks/bench_gil.py [--top 5]
"""

from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path
from types import FrameType
from typing import Any

from bench_gui import big_article
from shared_data import ROOT

sys.path.insert(0, str(ROOT))

from app.core.analysis import analyze
from app.core.loading import load_path


def _where(frame: FrameType | None, depth: int = 3) -> str:
    if frame is None:
        return "?"
    return " <- ".join(
        f"{Path(f.filename).name}:{f.lineno} {f.name}"
        for f in reversed(traceback.extract_stack(frame)[-depth:])
    )


def ticker_gaps(path: Path, top: int) -> list[tuple[float, str]]:
    """The longest gaps between 1 ms sleeps of a second thread, and where the analysis was."""
    done = threading.Event()
    worker: list[int] = []
    gaps: list[tuple[float, str]] = []
    kept: list[object] = []  # the result outlives the run, as in the app (freeing it is not timed)

    def work() -> None:
        worker.append(threading.get_ident())
        kept.append(analyze(load_path(path)))
        done.set()

    def tick() -> None:
        last = time.perf_counter()
        while not done.is_set():
            time.sleep(0.001)
            gap = time.perf_counter() - last
            if gap > 0.005 and worker:
                gaps.append((gap, _where(sys._current_frames().get(worker[0]))))
            last = time.perf_counter()

    threads = [threading.Thread(target=work), threading.Thread(target=tick)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sorted(gaps, reverse=True)[:top]


def c_stretches(path: Path, top: int) -> list[tuple[float, str]]:
    """The longest times between two profile events, with the event that ended each."""
    clock = time.perf_counter
    last = [clock()]
    found: list[tuple[float, str]] = []

    def hook(frame: FrameType, event: str, arg: Any) -> None:
        gap = clock() - last[0]
        if gap > 0.005:
            call = f" [{getattr(arg, '__qualname__', arg)}]" if event.startswith("c_") else ""
            found.append((gap, f"{event}{call} at {_where(frame)}"))
        last[0] = clock()

    sys.setprofile(hook)
    try:
        loaded = load_path(path)
        analysis = analyze(loaded)
    finally:
        sys.setprofile(None)
    del analysis
    found = [(gap, where) for gap, where in found if "[setprofile]" not in where]
    return sorted(found, reverse=True)[:top]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=5, help="how many of the longest to list")
    args = parser.parse_args()
    text, origin = big_article()
    path = Path(tempfile.mkdtemp()) / "big.txt"
    path.write_text(text, encoding="utf-8")
    analyze(load_path(path))  # warm: imports, tokenizers, lexicons
    gc.disable()
    gaps = ticker_gaps(path, args.top)
    stretches = c_stretches(path, args.top)
    print(f"GIL holds while loading and analysing {len(text) / 1e6:.2f} MB ({origin})")
    print()
    print("| measure | ms | where |")
    print("|---|---|---|")
    for gap, where in gaps:
        print(f"| ticker gap | {gap * 1000:.0f} | {where} |")
    for gap, where in stretches:
        print(f"| C-level stretch | {gap * 1000:.0f} | {where} |")
    print()
    print("command: python benchmarks/bench_gil.py " + " ".join(sys.argv[1:]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
