"""Batch throughput (process pool vs Dask) and the batch's peak memory as the archive grows.

Articles: bbc-dev's texts (../shared/data/summaries/bbc-dev.jsonl, title line + text), written
at run time to a temporary folder as one file each, repeated round-robin past its 1,114 rows.
Every configuration analyses the same `--articles` files through `app.batch.run_batch` with the
default options:

- `jobs 1`: in this process (what `keyfacts-batch --jobs 1` does); `jobs 2`: two spawned worker
  processes (`--jobs 2`, and `keyfacts-cli --jobs 2`);
- `dask 1`, `dask 2`: a Dask LocalCluster on 127.0.0.1 of one or two single-threaded worker
  processes (`--workers N`).

"start s" is starting the back end and loading the engine in every worker (timed apart);
"art/s" is articles per second after that; "ms/art" is the mean time one article's analysis
takes inside its worker (its latency, without queueing), "cpu ms" the CPU time of that analysis
(what one core unshared by other work would take); "all cpu" the CPU time the whole batch spent
per article, over every process of it (main, workers, Dask's scheduler and nannies): the cost of
the back end itself, which a loaded machine does not distort; "slowest" the largest wall time.
The speed-up is 2 workers against 1 of the same kind; the Dask overhead is its throughput against
the pool's.

Memory: `keyfacts-batch FOLDER -o OUT --jobs 2` in a subprocess on `--memory-sizes` articles,
its resident memory sampled every 0.1 s: the main process (which streams inputs and writes rows)
and the whole tree (main + workers). Bounded means the peak does not grow with the input.

The machine has 2 cores shared with other work: the load average is printed with the table.

Run from the repository root:  .venv/bin/python benchmarks/bench_batch.py
  [--articles 1000] [--memory-sizes 2500,10000] [--skip-dask] [--skip-memory]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from shared_data import DATA, read_jsonl  # noqa: E402

from app.batch.engine import warm_up  # noqa: E402
from app.batch.items import iter_folder  # noqa: E402
from app.batch.pool import Backend, InlineBackend, ProcessBackend  # noqa: E402
from app.batch.run import run_batch  # noqa: E402

SOURCE = DATA / "summaries" / "bbc-dev.jsonl"


def write_archive(folder: Path, count: int) -> None:
    """`count` article files from bbc-dev's texts, 1,000 to a sub-folder."""
    rows = read_jsonl(SOURCE)
    for number in range(count):
        row = rows[number % len(rows)]
        sub = folder / f"part-{number // 1000:04d}"
        if number % 1000 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{number:06d}.txt").write_text(row["title"] + "\n" + row["text"], encoding="utf-8")


def start(kind: str, workers: int) -> Backend:
    if kind == "dask":
        from app.batch.cluster import DaskBackend

        return DaskBackend(workers=workers)
    if workers == 1:
        warm_up()
        return InlineBackend()
    backend = ProcessBackend(workers)
    # Start every worker (the pool starts them on demand) and wait until each has loaded the
    # engine, so that start-up is timed apart from throughput as it is for Dask.
    for future in [backend.submit(time.sleep, 0.5) for _ in range(workers)]:
        future.result()
    return backend


def tree_cpu_seconds() -> float:
    """CPU time (user + system) of this process and every live descendant (workers, nannies)."""
    import psutil

    total = 0.0
    main = psutil.Process()
    for process in [main, *main.children(recursive=True)]:
        try:
            times = process.cpu_times()
        except psutil.Error:
            continue
        total += times.user + times.system
    return total


def measure(kind: str, workers: int, folder: Path, out: Path) -> dict[str, float]:
    began = time.perf_counter()
    backend = start(kind, workers)
    started = time.perf_counter()
    cpu_started = tree_cpu_seconds()
    try:
        stats = run_batch(iter_folder(folder), out, backend)
        cpu = tree_cpu_seconds() - cpu_started
    finally:
        backend.close()
    seconds = time.perf_counter() - started
    count = stats.done + stats.failed
    return {
        "start": started - began,
        "rate": count / seconds,
        "latency_ms": 1000 * stats.analysis_seconds / max(1, count),
        "cpu_ms": 1000 * stats.analysis_cpu_seconds / max(1, count),
        "tree_cpu_ms": 1000 * cpu / max(1, count),
        "slowest_ms": 1000 * stats.slowest_seconds,
        "count": count,
        "failed": stats.failed,
    }


def peak_memory(folder: Path, out: Path, jobs: int) -> tuple[float, float, float]:
    """Peak RSS (MB) of the batch command's main process and of its whole tree; wall seconds."""
    import psutil

    began = time.perf_counter()
    command = [sys.executable, "-m", "app.batch.command", str(folder), "-o", str(out)]
    process = subprocess.Popen([*command, "--jobs", str(jobs)], cwd=ROOT, stderr=subprocess.PIPE)
    main = psutil.Process(process.pid)
    peak_main = peak_tree = 0
    while process.poll() is None:
        try:
            rss = main.memory_info().rss
            tree = rss + sum(child.memory_info().rss for child in main.children(recursive=True))
        except psutil.Error:
            continue
        peak_main, peak_tree = max(peak_main, rss), max(peak_tree, tree)
        time.sleep(0.1)
    process.communicate()
    return peak_main / 2**20, peak_tree / 2**20, time.perf_counter() - began


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--memory-sizes", default="2500,10000")
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--skip-memory", action="store_true")
    args = parser.parse_args()
    if not SOURCE.exists():
        print(f"skipped: {SOURCE} is absent (see benchmarks/shared_data.py)")
        return 0
    command = "$ .venv/bin/python benchmarks/bench_batch.py " + " ".join(sys.argv[1:])
    load_before = os.getloadavg()
    results: dict[str, dict[str, float]] = {}
    memory: list[tuple[int, float, float, float]] = []
    with tempfile.TemporaryDirectory(prefix="keyfacts-bench-batch-") as tmp:
        folder = Path(tmp) / "archive"
        write_archive(folder, args.articles)
        kinds = [("jobs", 1), ("jobs", 2)]
        if not args.skip_dask:
            kinds += [("dask", 1), ("dask", 2)]
        for kind, workers in kinds:
            name = f"{kind} {workers}"
            results[name] = measure(kind, workers, folder, Path(tmp) / f"{kind}{workers}.jsonl")
            print(f"  {name}: {results[name]['rate']:.1f} art/s", file=sys.stderr)
        if not args.skip_memory:
            for size in map(int, args.memory_sizes.split(",")):
                big = Path(tmp) / f"archive-{size}"
                write_archive(big, size)
                main_mb, tree_mb, wall = peak_memory(big, Path(tmp) / f"mem{size}.jsonl", 2)
                memory.append((size, main_mb, tree_mb, wall))
    load_after = os.getloadavg()
    print(command)
    print(f"load average before {load_before[0]:.1f}, after {load_after[0]:.1f} (2 cores)")
    print(f"{args.articles} bbc-dev articles, default options, 4 a task (jobs), 16 (dask)")
    print(
        f"{'back end':<10}{'start s':>9}{'art/s':>9}{'ms/art':>9}{'cpu ms':>9}{'all cpu':>9}"
        f"{'slowest':>9}{'failed':>8}"
    )
    for name, r in results.items():
        print(
            f"{name:<10}{r['start']:>9.2f}{r['rate']:>9.1f}{r['latency_ms']:>9.1f}"
            f"{r['cpu_ms']:>9.1f}{r['tree_cpu_ms']:>9.1f}{r['slowest_ms']:>9.0f}{r['failed']:>8.0f}"
        )
    for kind in ("jobs", "dask"):
        if f"{kind} 2" in results:
            ratio = results[f"{kind} 2"]["rate"] / results[f"{kind} 1"]["rate"]
            print(f"speed-up {kind} 2 vs 1: {ratio:.2f}x")
    for workers in (1, 2):
        if f"dask {workers}" in results:
            pool, dask = results[f"jobs {workers}"], results[f"dask {workers}"]
            print(
                f"dask {workers} vs jobs {workers}: throughput {dask['rate'] / pool['rate']:.2f}x,"
                f" start-up {dask['start']:.1f} s vs {pool['start']:.1f} s"
            )
    if memory:
        print("peak memory of keyfacts-batch --jobs 2 (MB)")
        print(f"{'articles':>9}{'main':>8}{'tree':>8}{'wall s':>8}{'art/s':>8}")
        for size, main_mb, tree_mb, wall in memory:
            print(f"{size:>9}{main_mb:>8.0f}{tree_mb:>8.0f}{wall:>8.0f}{size / wall:>8.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
