"""How analysis time and memory grow with article length (10 KB to 10 MB).

Each size runs in a fresh Python process (so peak memory is that size's alone): the article is
generated (our own sentence templates, deterministic, with dates, quotes and a few repeated
paragraphs), loaded with `loaded_from_text`, and analysed with the default options
(`app.core.analysis.analyze`, method "default"). Time is loading plus analysis, as wall clock
and as CPU time (which a busy machine disturbs less; it includes the second process that runs a
long article's initiatives, as in the CLI, unless `--in-process`); imports and tokenizer
set-up are warmed up first on a small text. Memory is the process's peak resident set size,
and its growth above the warmed-up process.

Timings on a shared machine are noisy: each size up to 2M runs `--repeat` times and the
fastest run is kept; the load average is printed with the table.

Run from the repository root:  .venv/bin/python benchmarks/bench_scale.py [--sizes 10K,1M]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

NAMES = ["Ana Ruiz", "Tom Okafor", "Lena Berg", "Raj Patel", "Mei Chen", "Jon Hale", "Sara Diaz"]
PLACES = ["the mill", "the harbour", "the old school", "the market", "the bridge", "the depot"]
THINGS = ["a new path", "the budget", "a housing plan", "the bus routes", "a flood wall", "a park"]
VERBS = ["approved", "delayed", "rejected", "reviewed", "funded", "announced", "debated"]
MONTHS = ["January", "March", "May", "June", "August", "October", "December"]


def sentence(rng: random.Random) -> str:
    """One generated news sentence; numbers make almost every sentence unique."""
    kind = rng.randrange(5)
    if kind == 0:
        return (
            f"The council {rng.choice(VERBS)} {rng.choice(THINGS)} near {rng.choice(PLACES)} "
            f"on {rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(1990, 2030)}."
        )
    if kind == 1:
        return (
            f'"We expect {rng.randint(2, 900)} people to use it every week," said '
            f"{rng.choice(NAMES)}, who has worked at {rng.choice(PLACES)} for {rng.randint(2, 40)} "
            "years."
        )
    if kind == 2:
        return (
            f"{rng.choice(NAMES)} said the plan would cost about {rng.randint(2, 99)} million "
            f"pounds and take {rng.randint(2, 30)} months to finish."
        )
    if kind == 3:
        return (
            f"Residents near {rng.choice(PLACES)} have asked for {rng.choice(THINGS)} since "
            f"{rng.randint(1990, 2024)}, and {rng.randint(10, 5000)} of them signed a letter."
        )
    return (
        f"A vote on {rng.choice(THINGS)} is due in {rng.choice(MONTHS)}, after a review by "
        f"{rng.randint(2, 12)} members of the planning board."
    )


def article(size: int, seed: int = 7) -> str:
    """A generated article of at most `size` characters, with a headline and some repeats."""
    rng = random.Random(seed)
    headline = "Council weighs new plans for the town"
    paragraphs: list[str] = []
    total = len(headline) + 2
    while True:
        if paragraphs and rng.random() < 0.03:
            paragraph = rng.choice(paragraphs)  # scraped pages repeat a paragraph now and then
        else:
            paragraph = " ".join(sentence(rng) for _ in range(rng.randint(1, 4)))
        if total + len(paragraph) + 1 > size:
            break
        paragraphs.append(paragraph)
        total += len(paragraph) + 1
    return headline + "\n" + "\n".join(paragraphs) + "\n"


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def measure(size: int, in_process: bool = False) -> dict[str, float]:
    """Analyse one generated article in this process (and, as the CLI does, a long article's
    initiatives in a second process unless `in_process`); returns the figures. CPU time counts
    both processes."""
    from app.core import side_process
    from app.core.analysis import analyze
    from app.core.loading import loaded_from_text

    side_process.allow(not in_process)

    analyze(loaded_from_text(article(3000, seed=1), "warm-up"))  # imports, tokenizer, lexicons
    base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    text = article(size)
    started, cpu_started = time.perf_counter(), time.process_time() + _children_cpu()
    analysis = analyze(loaded_from_text(text, "scale"))  # loading (re-flow check) counts too
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() + _children_cpu() - cpu_started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {
        "chars": len(text),
        "sentences": len(analysis.document.sentences),
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "peak_mb": peak / 1024,
        "growth_mb": (peak - base) / 1024,
    }


def parse_size(text: str) -> int:
    units = {"K": 1_000, "M": 1_000_000}
    return int(float(text[:-1]) * units[text[-1].upper()]) if text[-1].isalpha() else int(text)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10K,100K,1M,10M", help="comma-separated, e.g. 10K,1M")
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per size up to 2M (fastest kept); 1 above"
    )
    parser.add_argument(
        "--in-process",
        action="store_true",
        help="never run a long article's initiatives in a second process (the CLI does)",
    )
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        print(json.dumps(measure(args.child, args.in_process)))
        return 0
    rows = []
    load_before = os.getloadavg()[0]
    for label in args.sizes.split(","):
        size = parse_size(label)
        runs = []
        for _ in range(args.repeat if size <= 2_000_000 else 1):
            result = subprocess.run(
                [sys.executable, __file__, "--child", str(size)]
                + (["--in-process"] if args.in_process else []),
                capture_output=True,
                text=True,
                check=False,
            )
            if result.returncode != 0:
                print(f"{label}: failed\n{result.stderr}")
                return 1
            runs.append(json.loads(result.stdout.splitlines()[-1]))
        rows.append((label, min(runs, key=lambda r: r["seconds"])))
    print(
        "Analysis with the default options, a fresh process per run, fastest of "
        f"{args.repeat} runs up to 2M (1 above); load average {load_before:.1f} before, "
        f"{os.getloadavg()[0]:.1f} after, {os.cpu_count()} CPUs; "
        + ("all in one process" if args.in_process else "CPU s: both processes, as the CLI runs")
    )
    print(
        f"{'size':>6} {'chars':>11} {'sentences':>10} {'seconds':>8} {'CPU s':>7} {'s/MB':>7} "
        f"{'peak RSS MB':>12} {'growth MB':>10}"
    )
    for label, r in rows:
        print(
            f"{label:>6} {r['chars']:>11,} {r['sentences']:>10,} {r['seconds']:>8.2f} "
            f"{r['cpu_seconds']:>7.2f} "
            f"{r['seconds'] / (r['chars'] / 1e6):>7.2f} {r['peak_mb']:>12.0f} "
            f"{r['growth_mb']:>10.0f}"
        )
    print(
        "\ncommand: .venv/bin/python benchmarks/bench_scale.py "
        f"--sizes {args.sizes} --repeat {args.repeat}"
        + (" --in-process" if args.in_process else "")
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
