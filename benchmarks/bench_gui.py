"""GUI responsiveness: start-up to first paint, and the longest UI-thread block while working.

Usage:
    .venv/bin/python benchmarks/bench_gui.py            # offscreen, or xcb if DISPLAY is set
    xvfb-run -a .venv/bin/python benchmarks/bench_gui.py --platform xcb

What it measures:
- start-up: wall time from launching `python` to the main window's first paint, running the real
  entry point (`app.gui.entry.main`) in a child process; median of 5 launches.
- UI block: a 5 ms QTimer "probe" on the UI thread records the longest gap between its ticks
  while the app works (engine warm-up, analysing a ~1 MB article, moving the length slider, hiding
  duplicates, jumping to facts, opening a normal article in its place). A gap is time the UI
  thread could not react.
- live summary: time from a slider step to the new summary on screen, on a normal-length article.
- garbage collection: the longest collection of each generation over the whole run, from
  `gc.callbacks` (a collection holds the GIL, so the UI thread waits for it whichever thread runs
  it), and what stays frozen (`gc.get_freeze_count`, see `app.gui.worker.deferred_gc`). Less
  sensitive to a loaded machine than the probe. `--gc-policy` shows what the worker's policy
  buys: `freeze` (the app's), `no-freeze` (collection held off during jobs, nothing frozen after),
  `none` (the collector left alone).

The 1 MB article is BBC articles from ../shared/data (summaries/bbc-dev.jsonl) joined together,
with every tenth paragraph repeated so that duplicate removal has work to do; where the data is
absent, the bundled sample article's paragraphs are used with numbered variations.
"""

from __future__ import annotations

import argparse
import gc
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from shared_data import DATA, ROOT, read_jsonl

sys.path.insert(0, str(ROOT))

_CHILD = """
import os, sys, time
t0 = float(os.environ["KEYFACTS_BENCH_T0"])
from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, sys.argv[1])
app = QApplication([sys.argv[0]])

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            print(f"painted {time.time() - t0:.4f}", flush=True)
            app.removeEventFilter(self)
            QTimer.singleShot(0, app.quit)
        return False

probe = FirstPaint()
app.installEventFilter(probe)
from app.gui.entry import main
main([])
"""


def measure_startup(platform: str, runs: int = 5) -> list[float]:
    """Seconds from process launch to first paint, one per run."""
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as settings:
            env = dict(os.environ, QT_QPA_PLATFORM=platform, KEYFACTS_BENCH_T0=repr(time.time()))
            out = subprocess.run(
                [sys.executable, "-c", _CHILD, settings],
                cwd=ROOT,
                env=env,
                capture_output=True,
                text=True,
                timeout=60,
            )
        painted = [line for line in out.stdout.splitlines() if line.startswith("painted")]
        if not painted:
            raise SystemExit(f"start-up child failed:\n{out.stderr}")
        times.append(float(painted[0].split()[1]))
    return times


def big_article(target_chars: int = 1_000_000) -> tuple[str, str]:
    """A ~1 MB article with repeated paragraphs, and where it came from."""
    paragraphs: list[str] = []
    source = DATA / "summaries" / "bbc-dev.jsonl"
    if source.is_file():
        for row in read_jsonl(source):
            paragraphs += [p.strip() for p in row["text"].split("\n") if p.strip()]
        origin = f"{source.relative_to(ROOT.parent)} joined"
    else:
        from importlib import resources

        sample = (resources.files("app.resources") / "sample_article.txt").read_text("utf-8")
        base = [p for p in sample.splitlines()[1:] if p.strip()]
        paragraphs = [f"{p} (Report {i}.)" for i in range(20000) for p in base]
        origin = "sample article paragraphs with numbered variations (../shared/data absent)"
    lines = ["A long read assembled for the responsiveness benchmark"]
    size = 0
    for i, paragraph in enumerate(paragraphs):
        lines.append(paragraph)
        if i % 10 == 9:
            lines.append(paragraphs[i - 5])  # a repeat for duplicate removal to find
        size += len(paragraph) + 1
        if size >= target_chars:
            break
    return "\n".join(lines) + "\n", origin


def normal_article() -> tuple[Path, str]:
    """A normal-length news article file: a BBC article (~500 words), or the sample."""
    source = DATA / "summaries" / "bbc-dev.jsonl"
    if source.is_file():
        row = max(read_jsonl(source)[:50], key=lambda r: len(r["text"]))
        path = Path(tempfile.mkdtemp()) / "normal.txt"
        path.write_text(row["title"] + "\n" + row["text"], encoding="utf-8")
        return path, f"{row['id']} ({len(row['text'].split())} words)"
    from importlib import resources

    path = Path(str(resources.files("app.resources") / "sample_article.txt"))
    return path, "the sample article"


class CollectorTimes:
    """The longest garbage collection per generation, and how many there were."""

    def __init__(self) -> None:
        self.longest = [0.0, 0.0, 0.0]
        self.count = [0, 0, 0]
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
            return
        generation = info["generation"]
        self.count[generation] += 1
        self.longest[generation] = max(
            self.longest[generation], time.perf_counter() - self._started
        )


class Probe:
    """A 5 ms timer on the UI thread; `gaps` are the times between ticks, per phase."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = time.perf_counter()
        self.phase = ""
        self.worst: dict[str, float] = {}

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = now - self.last
        self.last = now
        if self.phase:
            self.worst[self.phase] = max(self.worst.get(self.phase, 0.0), gap)

    def start(self, phase: str) -> None:
        self.phase = phase
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.phase = ""


def set_gc_policy(policy: str) -> None:
    """Replace the worker's garbage-collection policy for comparison (see the module docstring)."""
    import contextlib

    from app.gui import worker

    if policy == "no-freeze":
        worker._freeze_survivors = lambda: None  # type: ignore[assignment]
    elif policy == "none":
        worker.deferred_gc = contextlib.nullcontext  # type: ignore[assignment]


def run_in_process(platform: str, gc_policy: str = "freeze") -> list[tuple[str, str]]:
    """The probe scenarios; returns (what, result) rows."""
    os.environ["QT_QPA_PLATFORM"] = platform
    set_gc_policy(gc_policy)
    from app.gui.turns import favour_the_ui_thread

    favour_the_ui_thread()  # as the app's entry point does
    from app.core import side_process

    side_process.allow()  # as the app's entry point does: a long article's initiatives beside
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    settings = tempfile.mkdtemp()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings)
    app = QApplication([sys.argv[0]])
    app.setOrganizationName("KeyfactsBench")
    from app.gui.main_window import MainWindow

    window = MainWindow()
    window.resize(1280, 800)
    window.show()
    probe = Probe()
    collections = CollectorTimes()
    gc.callbacks.append(collections)
    rows: list[tuple[str, str]] = []

    def wait_for(signal: object, action: Callable[[], None], timeout_ms: int = 300_000) -> None:
        loop = QEventLoop()
        signal.connect(loop.quit)  # type: ignore[attr-defined]
        QTimer.singleShot(timeout_ms, loop.quit)
        action()
        loop.exec()
        signal.disconnect(loop.quit)  # type: ignore[attr-defined]

    def settle(ms: int = 200) -> None:
        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    # Engine warm-up in the background, started after the window's first paint as the entry
    # point starts it (`turns.after_first_paint`); the probe runs from `show()`, paint included.
    from app.gui.turns import after_first_paint

    probe.start("engine warm-up in the background")
    wait_for(window._warm_runner.idle, lambda: after_first_paint(window, window.start_warm_up))
    settle()
    probe.stop()

    # A ~1 MB article.
    text, origin = big_article()
    big = Path(tempfile.mkdtemp()) / "big.txt"
    big.write_text(text, encoding="utf-8")
    probe.start("analyse a 1 MB article and show it")
    started = time.perf_counter()
    wait_for(window.analysisFinished, lambda: window.open_path(big))
    analysed = time.perf_counter() - started
    settle()
    probe.stop()
    analysis = window.analysis
    if analysis is None:
        raise SystemExit(f"the 1 MB article failed: {window.message_bar.text()}")
    rows.append(
        (
            "1 MB article",
            f"{len(text) / 1e6:.2f} MB, {len(analysis.document.sentences):,} sentences, "
            f"{len(analysis.dedup.removed)} removals, {len(analysis.facts)} facts; "
            f"analysed in {analysed:.1f} s ({origin})",
        )
    )

    control = window.length_control
    probe.start("slider steps on the 1 MB article")
    big_steps = []
    for value in (3, 6, 9, 12, 5):
        t = time.perf_counter()
        wait_for(window.summaryUpdated, lambda v=value: control.slider.setValue(v))
        big_steps.append(time.perf_counter() - t)
    settle()
    probe.stop()

    probe.start("whole-article summary (100 %) of the 1 MB article")
    wait_for(
        window.summaryUpdated,
        lambda: control.unit_box.setCurrentIndex(control.unit_box.findData("percent")),
    )
    wait_for(window.summaryUpdated, lambda: control.slider.setValue(100))
    settle()
    wait_for(
        window.summaryUpdated,
        lambda: control.unit_box.setCurrentIndex(control.unit_box.findData("sentences")),
    )
    settle()
    probe.stop()

    probe.start("hide / show duplicates on the 1 MB article")
    window.acts.hide_duplicates.trigger()
    settle(100)
    window.acts.hide_duplicates.trigger()
    settle(100)
    probe.stop()

    probe.start("jump to facts on the 1 MB article")
    for item in window.facts_view.fact_items()[:: max(1, len(analysis.facts) // 10)][:10]:
        window.facts_view.setCurrentItem(item)
        settle(20)
    probe.stop()

    # A normal article: how fast the summary follows the slider.
    path, what = normal_article()
    probe.start("open a normal article after the 1 MB one (which is freed)")
    wait_for(window.analysisFinished, lambda: window.open_path(path))
    settle()
    probe.stop()
    probe.start("slider steps on a normal article")
    steps = []
    for value in (1, 2, 3, 4, 5, 6, 7, 8, 4, 2) * 2:
        if value > control.slider.maximum():
            continue
        t = time.perf_counter()
        wait_for(window.summaryUpdated, lambda v=value: control.slider.setValue(v))
        steps.append(time.perf_counter() - t)
    probe.stop()

    for phase, worst in probe.worst.items():
        rows.append((f"longest UI block: {phase}", f"{worst * 1000:.0f} ms"))
    rows.append(
        (
            f"slider step -> new summary shown, normal article: {what}",
            f"median {statistics.median(steps) * 1000:.0f} ms, max {max(steps) * 1000:.0f} ms "
            f"({len(steps)} steps)",
        )
    )
    rows.append(
        (
            "slider step -> new summary shown, 1 MB article",
            f"median {statistics.median(big_steps) * 1000:.0f} ms, "
            f"max {max(big_steps) * 1000:.0f} ms",
        )
    )
    gc.callbacks.remove(collections)
    rows.append(
        (
            "longest garbage collection, generation 0 / 1 / 2 (count)",
            " / ".join(
                f"{ms * 1000:.0f} ms ({n})"
                for ms, n in zip(collections.longest, collections.count, strict=True)
            )
            + f"; {gc.get_freeze_count():,} objects frozen at the end",
        )
    )
    window.close()
    return rows


def main() -> int:
    """Print the table and the command that produced it."""
    parser = argparse.ArgumentParser(description="GUI start-up and responsiveness")
    default = "xcb" if os.environ.get("DISPLAY") else "offscreen"
    parser.add_argument("--platform", default=default, help="Qt platform plugin (xcb, offscreen)")
    parser.add_argument("--startup-runs", type=int, default=5)
    parser.add_argument(
        "--gc-policy",
        choices=("freeze", "no-freeze", "none"),
        default="freeze",
        help="the worker's garbage-collection policy (default: the app's own, freeze)",
    )
    args = parser.parse_args()

    startup = measure_startup(args.platform, args.startup_runs)
    rows = [
        (
            "start-up: launch -> first paint of the window",
            f"median {statistics.median(startup):.2f} s, max {max(startup):.2f} s "
            f"({len(startup)} launches)",
        )
    ]
    rows += run_in_process(args.platform, args.gc_policy)

    command = " ".join(["python", "benchmarks/bench_gui.py", *sys.argv[1:]])
    print(
        f"GUI responsiveness (Qt platform: {args.platform}; targets: paint < 1 s, block < 100 ms)"
    )
    print()
    print("| what | result |")
    print("|---|---|")
    for what, result in rows:
        print(f"| {what} | {result} |")
    print()
    print(f"command: {command}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
