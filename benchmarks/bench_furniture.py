"""Furniture in summaries: how many summary sentences of the 92 html/ dev pages are page furniture.

The gold (`benchmarks/data/furniture-html-dev.jsonl`, offsets only, made by hand: see
benchmarks/data/README.md) marks the bylines, timestamps, datelines, credits, captions, section
headings and related/read-more lines that reached the default summaries of these pages. Each row
is `{id, start, end, kind, sha1}`: `start`/`end` index the cleaned text (the page as loaded, after
duplicate removal) when the gold was made, `sha1` is the first 12 hex digits of the SHA-1 of the
span's normalised words (lower-case words, single spaces), so a span is found again when
extraction moves it (then by the sentence whose words hash the same).

A summary sentence counts as furniture when it starts inside a gold span (a dateline excepted:
"OSLO (Reuters) - ..." opens a news sentence) or half of its characters are gold furniture.
Also printed: how many gold spans the engine itself marks as furniture (`Document.furniture`),
and summary sentences the engine marks (always 0: furniture is never a candidate).

Usage:  .venv/bin/python benchmarks/bench_furniture.py [--method default] [--show]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import re
import sys
from collections import Counter
from typing import Any

from shared_data import DATA, ROOT, read_jsonl

sys.path.insert(0, str(ROOT))

from app.core.analysis import Analysis, analyze
from app.core.loading import load_bytes
from app.core.options import AnalysisOptions

GOLD = ROOT / "benchmarks" / "data" / "furniture-html-dev.jsonl"
PAGES = DATA / "html"


def normalise(text: str) -> str:
    """Lower-case words joined by single spaces (as `app.core.furniture.normalise`)."""
    return " ".join(re.findall(r"\w+", text.lower()))


def sha(text: str) -> str:
    return hashlib.sha1(normalise(text).encode()).hexdigest()[:12]


def locate(analysis: Analysis, row: dict[str, Any]) -> tuple[int, int] | None:
    """Where a gold span is in this analysis's text: its offsets, else a sentence or line
    whose words hash the same; None if it is gone (extraction changed)."""
    text = analysis.text
    start, end = row["start"], row["end"]
    if end <= len(text) and sha(text[start:end]) == row["sha1"]:
        return start, end
    for item in (*analysis.document.sentences, *analysis.document.paragraphs):
        if sha(item.text) == row["sha1"]:
            return item.start, item.end
    return None


def is_furniture(start: int, end: int, spans: list[tuple[int, int, str]]) -> str | None:
    """The gold kind a summary sentence `start:end` counts as, or None."""
    inside = 0
    for s, e, kind in spans:
        if s <= start < e and kind != "dateline":
            return kind
        inside += max(0, min(end, e) - max(start, s))
    if inside * 2 >= end - start:
        return next(k for s, e, k in spans if s < end and start < e)
    return None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--method", default="default")
    parser.add_argument("--show", action="store_true", help="print each furniture sentence")
    args = parser.parse_args()
    if not (PAGES / "ground-truth.jsonl").exists():
        print(f"skipped: {PAGES} not found (../shared/data is not beside the repository)")
        return 0
    gold: dict[str, list[dict[str, Any]]] = {}
    for row in read_jsonl(GOLD):
        gold.setdefault(row["id"], []).append(row)
    options = AnalysisOptions(method=args.method)
    pages = sentences = found = stale = 0
    flagged = 0
    hits: Counter[str] = Counter()
    marked: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    for page in read_jsonl(PAGES / "ground-truth.jsonl"):
        data = gzip.decompress((PAGES / page["page"]).read_bytes())
        analysis = analyze(load_bytes(data, f"{page['id']}.html", ".html"), options)
        pages += 1
        sentences += len(analysis.summary)
        # getattr: the same script measures the code from before furniture was known.
        flagged += sum(1 for s in analysis.summary if getattr(s, "kind", None) is not None)
        in_furniture = getattr(analysis.document, "in_furniture", lambda start, end: False)
        spans: list[tuple[int, int, str]] = []
        for row in gold.get(page["id"], []):
            totals[row["kind"]] += 1
            where = locate(analysis, row)
            if where is None:
                stale += 1
                continue
            found += 1
            spans.append((*where, row["kind"]))
            if in_furniture(*where):
                marked[row["kind"]] += 1
        for sentence in analysis.summary:
            kind = is_furniture(sentence.start, sentence.end, spans)
            if kind is not None:
                hits[kind] += 1
                if args.show:
                    print(f"  {page['id'][:12]} [{sentence.index}] {kind}: {sentence.text[:100]}")
    print(f"command: .venv/bin/python benchmarks/bench_furniture.py --method {args.method}")
    print(f"{pages} pages, {sentences} summary sentences; gold spans {sum(totals.values())}")
    print(f"gold spans found in the text: {found} ({stale} not found: extraction changed)")
    print()
    print(f"{'kind':<10} {'gold':>5} {'marked by engine':>17} {'in summaries':>13}")
    for kind in sorted(totals):
        print(f"{kind:<10} {totals[kind]:>5} {marked[kind]:>17} {hits[kind]:>13}")
    print(
        f"{'all':<10} {sum(totals.values()):>5} {sum(marked.values()):>17} "
        f"{sum(hits.values()):>13}   (target: 0 in summaries)"
    )
    print(f"summary sentences the engine itself marks as furniture: {flagged}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
