"""End to end on the seed article: what a user sees, and how long a warm analysis takes.

Target (issue 2): the seed analysed end to end in < 50 ms warm.

    .venv/bin/python benchmarks/bench_seed.py
"""

from __future__ import annotations

import statistics
import sys
import time

from shared_data import ROOT, SEED

sys.path.insert(0, str(ROOT))

from app.core import export
from app.core.analysis import analyze
from app.core.loading import load_path


def main() -> int:
    if not SEED.exists():
        print(f"skipped: {SEED} is absent (the shared data sits beside the repository)")
        return 0
    print("$ .venv/bin/python benchmarks/bench_seed.py\n")
    loaded = load_path(SEED)
    start = time.perf_counter()
    result = analyze(loaded)  # cold: imports nltk, sumy, scipy, builds lexicons
    cold = time.perf_counter() - start
    times = []
    for _ in range(30):
        start = time.perf_counter()
        analyze(loaded)
        times.append((time.perf_counter() - start) * 1000)
    doc = result.document
    per_paragraph = [
        sum(1 for s in doc.sentences if s.paragraph == p.index) for p in doc.paragraphs
    ]
    sentences = [s.text for s in doc.sentences]
    print(export.to_text(result))
    print()
    print("| check | value |")
    print("|---|---|")
    print(f"| title | {result.title!r} |")
    print(f"| paragraphs after dedup | {len(doc.paragraphs)} |")
    print(f"| sentences per paragraph | {per_paragraph} |")
    print(f"| sentences appearing twice | {len(sentences) - len(set(sentences))} |")
    for removal in result.dedup.removed:
        chars = removal.end - removal.start
        print(f"| removed ({removal.reason}) | {removal.detail}, {chars} chars |")
    print(f"| warm analysis, median of 30 | {statistics.median(times):.1f} ms (target < 50) |")
    print(f"| warm analysis, max of 30 | {max(times):.1f} ms |")
    print(f"| first analysis in this process (imports nltk, sumy, scipy) | {cold:.2f} s |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
