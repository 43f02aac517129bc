"""Main-text extraction from saved web pages: token F1 against the gold article bodies.

Reads ../shared/data/html (92 real news pages, gzipped, with `article_body`), runs trafilatura
alone (with its defaults, and as Keyfacts calls it: favor_precision, no comments),
readability-lxml alone and Keyfacts' combination (`app.core.formats.html.main_text`), and
prints the mean token F1 (bag of lower-cased word tokens, as in the article-extraction-benchmark)
and the number of pages under 0.5 for each: over all pages, and over the two halves (rows at
even and at odd positions of ground-truth.jsonl; tune on the even half only, and compare the odd
half to see how much a change fits the pages it was tuned on).

Run from the repository root:  .venv/bin/python benchmarks/bench_html.py [--worst N]
"""

from __future__ import annotations

import argparse
import gzip
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shared_data import DATA as SHARED_DATA
from shared_data import read_jsonl

from app.core.formats import html, words

DATA = SHARED_DATA / "html"


def token_f1(found: str, gold: str) -> float:
    """F1 of the multisets of lower-cased word tokens."""
    a, b = Counter(words(found)), Counter(words(gold))
    shared = sum((a & b).values())
    if shared == 0:
        return 1.0 if not a and not b else 0.0
    precision, recall = shared / a.total(), shared / b.total()
    return 2 * precision * recall / (precision + recall)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--worst", type=int, default=5, help="list the N worst pages")
    args = parser.parse_args()
    truth = DATA / "ground-truth.jsonl"
    if not truth.exists():
        print(f"no data at {DATA}; nothing to measure (needs ../shared/data/html)")
        return 0
    rows = read_jsonl(truth)
    import trafilatura

    methods = {
        "trafilatura (defaults)": lambda page: trafilatura.extract(page) or "",
        "trafilatura (precise)": lambda page: html._trafilatura(page),
        "readability-lxml": lambda page: html._readability(page),
        "keyfacts (combined)": lambda page: html.main_text(page),
    }
    scores: dict[str, list[float]] = {name: [] for name in methods}
    seconds: dict[str, float] = dict.fromkeys(methods, 0.0)
    for row in rows:
        page = html.decode_html(gzip.decompress((DATA / row["page"]).read_bytes()))
        for name, method in methods.items():
            started = time.perf_counter()
            found = method(page)
            seconds[name] += time.perf_counter() - started
            scores[name].append(token_f1(found, row["article_body"]))
    print(f"Main-text extraction, {len(rows)} pages of {DATA}")
    print(f"{'method':<23} {'mean F1':>8} {'median':>8} {'min':>6} {'< 0.5':>6} {'ms/page':>8}")
    for name, values in scores.items():
        print(
            f"{name:<23} {statistics.mean(values):8.3f} {statistics.median(values):8.3f} "
            f"{min(values):6.3f} {sum(v < 0.5 for v in values):6d} "
            f"{1000 * seconds[name] / len(rows):8.1f}"
        )
    print(
        f"\n{'halves (mean / min / < 0.5)':<23} {'even rows (tune)':>22} {'odd rows (check)':>22}"
    )
    for name, values in scores.items():
        cells = []
        for half in (values[0::2], values[1::2]):
            cells.append(
                f"{statistics.mean(half):.3f} / {min(half):.3f} / {sum(v < 0.5 for v in half)}"
            )
        print(f"{name:<23} {cells[0]:>22} {cells[1]:>22}")
    combined = scores["keyfacts (combined)"]
    print(f"\nworst {args.worst} pages (combined):")
    for score, row in sorted(zip(combined, rows, strict=True), key=lambda p: p[0])[: args.worst]:
        print(f"  {score:.3f}  {row['id'][:12]}  {row['url'][:70]}")
    print("\ncommand: .venv/bin/python benchmarks/bench_html.py")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
