"""What readers notice in lead-style summaries: questions, fragments, captions, run-ons.

Counts the summary sentences that the default summarizer's reading checks
(`app.core.summarize.default._text.reading_flags`) mark as a question, a fragment, a photo
caption or a run-on (over `Coverage.run_on_from` words), under several settings of the
lead-style set's `Coverage` (`_cover`), on:

* cnndm-dev at 3 sentences (the lead-style set itself), and
* the 92 html dev pages (../shared/data/html) at the app's default length
  (`default_sentence_count`: about one sentence in eight, 3 to 10), as the app analyses them.

Each variant after the first also reports how many summaries differ from the first's, and
`--show N` prints up to N of the changed summaries side by side, to read them.

Usage:
    .venv/bin/python benchmarks/bench_summary_reading.py [--variants shipped,penalty0]
        [--limit N] [--show N]
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import sys
import warnings
from collections import Counter
from typing import Any

from shared_data import DATA, ROOT, read_jsonl

sys.path.insert(0, str(ROOT))

from bench_summaries import load

import app.core.summarize.default._method as method
from app.core.analysis import analyze
from app.core.document import Document
from app.core.loading import load_bytes
from app.core.options import AnalysisOptions, SummaryLength
from app.core.summarize import summarize
from app.core.summarize.default._text import reading_flags

SHIPPED = method.COVER
# name -> changes to the shipped `Coverage`.
VARIANTS: dict[str, dict[str, Any]] = {
    "shipped": {},
    "penalty0": {"penalty": 0.0},
    "penalty0.1": {"penalty": 0.1},
    "penalty0.2": {"penalty": 0.2},
}
KINDS = ("question", "fragment", "caption", "run-on")


def kinds(text: str) -> list[str]:
    """The reading flags a reader would notice in one summary sentence."""
    flags = reading_flags(text)
    found = [
        k
        for k, on in zip(KINDS[:3], (flags.question, flags.fragment, flags.caption), strict=True)
        if on
    ]
    if len(text.split()) > SHIPPED.run_on_from:
        found.append("run-on")
    return found


def summaries(variant: str, limit: int | None) -> dict[str, list[list[str]]]:
    """Each source's summaries (lists of sentence texts) under one variant."""
    method.COVER = dataclasses.replace(SHIPPED, **VARIANTS[variant])
    try:
        cnndm = [
            [
                s.text
                for s in summarize(Document.from_text(row["text"]), "default", SummaryLength(3))
            ]
            for row in load("cnndm", limit)
        ]
        pages = []
        for page in read_jsonl(DATA / "html" / "ground-truth.jsonl")[:limit]:
            data = gzip.decompress((DATA / "html" / page["page"]).read_bytes())
            analysis = analyze(load_bytes(data, f"{page['id']}.html", ".html"), AnalysisOptions())
            pages.append([s.text for s in analysis.summary])
    finally:
        method.COVER = SHIPPED
    return {"cnndm-dev (3)": cnndm, "html pages (app default)": pages}


def main() -> int:
    warnings.filterwarnings("ignore", category=RuntimeWarning, module="sumy")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", default="shipped,penalty0")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--show", type=int, default=0, help="print N changed summaries")
    args = parser.parse_args()
    if not (DATA / "summaries").is_dir() or not (DATA / "html").is_dir():
        print(f"no evaluation data at {DATA}; nothing to measure")
        return 0
    names = args.variants.split(",")
    print("command: .venv/bin/python benchmarks/bench_summary_reading.py " + " ".join(sys.argv[1:]))
    results = {name: summaries(name, args.limit) for name in names}
    header = f"{'source':<26} {'variant':<14} {'sent.':>6} " + " ".join(f"{k:>8}" for k in KINDS)
    print(header + f" {'changed':>8}")
    for source in results[names[0]]:
        first = results[names[0]][source]
        for name in names:
            mine = results[name][source]
            counts: Counter[str] = Counter(k for summary in mine for t in summary for k in kinds(t))
            changed = sum(a != b for a, b in zip(first, mine, strict=True))
            cells = " ".join(f"{counts[k]:8d}" for k in KINDS)
            total = sum(len(s) for s in mine)
            print(f"{source:<26} {name:<14} {total:6d} {cells} {changed:8d}")
    shown = 0
    for source in results[names[0]]:
        for name in names[1:]:
            for i, (a, b) in enumerate(
                zip(results[names[0]][source], results[name][source], strict=True)
            ):
                if a == b or shown >= args.show:
                    continue
                shown += 1
                print(f"\n--- {source} #{i}: {names[0]} | {name}")
                for t in a:
                    mark = "  " if t in b else "- "
                    print(f"{mark}{kinds(t)} {t[:300]}")
                for t in b:
                    if t not in a:
                        print(f"+ {kinds(t)} {t[:300]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
