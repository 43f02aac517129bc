"""Facts for a 1,000-word article, warm: milliseconds per kind (dates, quotes, initiatives).

The article is the first 1,000 words of PolNeAR train (news with many quotations); the figure is
the fastest of `--repeat` runs after one warm-up run, on CPU time, so other work on the machine
weighs less; no run reuses the names an earlier run read. Target (issue 11): all three kinds
<= 60 ms.

Usage: .venv/bin/python benchmarks/bench_facts_speed.py [--repeat N]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shared_data import DATA, read_jsonl

from app.core.document import Document
from app.core.facts import dates, initiatives, quotes
from app.core.facts.nlp.names import forget_read_names


def best_ms(run: Callable[[], object], repeat: int) -> float:
    """The fastest of `repeat` runs of `run`, in CPU milliseconds; each run starts with no
    names remembered from the runs before (`names.forget_read_names`), as a new article does."""
    best = float("inf")
    for _ in range(repeat):
        forget_read_names()
        started = time.process_time()
        run()
        best = min(best, time.process_time() - started)
    return best * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    print("command: .venv/bin/python benchmarks/bench_facts_speed.py " + " ".join(sys.argv[1:]))
    source = DATA / "quotes" / "polnear-train.jsonl"
    if not source.exists():
        print(f"no evaluation data at {DATA}; nothing to measure")
        return 0
    corpus = "\n\n".join(row["text"] for row in read_jsonl(source))
    document = Document.from_text(" ".join(corpus.split(" ")[:1000]))
    kinds: dict[str, Callable[[], object]] = {
        "dates": lambda: dates.extract(document, None),
        "quotes": lambda: quotes.extract(document),
        "initiatives": lambda: initiatives.extract(document),
    }
    for run in kinds.values():
        run()  # warm: lexicons, the tagger's weights
    times = {name: best_ms(run, args.repeat) for name, run in kinds.items()}
    # As `analysis.analyze` runs them: initiatives then reuse the names the quotes read.
    together = best_ms(lambda: [run() for run in kinds.values()], args.repeat)
    print(f"load average: {os.getloadavg()[0]:.1f}\n")
    print("| kind | ms (1,000 words, warm, CPU) |\n|---|---:|")
    for name, ms in times.items():
        print(f"| {name} | {ms:.1f} |")
    print(f"| all three (each alone, summed) | {sum(times.values()):.1f} |")
    print(f"| all three in one pass | {together:.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
