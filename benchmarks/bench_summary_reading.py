"""What readers notice in the default summaries: questions, fragments, captions, run-ons, scraps.

Counts the summary sentences that the default summarizer's reading checks mark as a question,
a fragment or a photo caption (`app.core.summarize.default._text.reading_flags`), a run-on
(over `Coverage.run_on_from` words), not prose (a list or table row, a stat line, a scrap of
under `_prose.MIN_CONTENT_WORDS` content words: `_prose.is_not_prose`, counted at the shipped
threshold whatever the variant), a tally of names and numbers (`_prose.is_tally`; barred
from all but long summaries of English texts) or a no-comment line ("X declined to comment."),
under a few variants of the summarizer, on:

* cnndm-dev at 3 sentences (the lead-style set itself),
* bbc-dev at the reference's length (long summaries),
* the html dev pages (../shared/data/html) at the app's default length
  (`default_sentence_count`: about one sentence in eight, 3 to 10), as the app analyses them,
* and, with `--pages DIR`, every saved `*.html` page in DIR the same way.

Each variant after the first also reports how many summaries differ from the first's, and
`--show N` prints up to N of the changed summaries side by side, to read them.

Usage:
    .venv/bin/python benchmarks/bench_summary_reading.py [--variants shipped,prose-off]
        [--sets cnndm,bbc,html] [--pages DIR] [--limit N] [--show N]
"""

from __future__ import annotations

import argparse
import dataclasses
import gzip
import sys
import warnings
from collections import Counter
from pathlib import Path
from typing import Any

from shared_data import DATA, ROOT, read_jsonl

sys.path.insert(0, str(ROOT))

from bench_summaries import load

import app.core.summarize.default._method as method
import app.core.summarize.default._prose as prose
import app.core.summarize.default._text as text_checks
from app.core.analysis import analyze
from app.core.document import Document
from app.core.loading import load_bytes
from app.core.options import AnalysisOptions, SummaryLength
from app.core.summarize import summarize
from app.core.summarize.default._text import reading_flags

SHIPPED = method.COVER
SHIPPED_MIN = prose.MIN_CONTENT_WORDS
# name -> changes: "cover" to the shipped `Coverage`, "prose" False to turn the not-prose rule
# off, "min_content" for `_prose.MIN_CONTENT_WORDS`.
VARIANTS: dict[str, dict[str, Any]] = {
    "shipped": {},
    "prose-off": {"prose": False},
    "min2": {"min_content": 2},
    "min3": {"min_content": 3},
    "min4": {"min_content": 4},
    "penalty0": {"cover": {"penalty": 0.0}},
    "scale6": {"cover": {"position_scale": 6.0, "keep_first": False}},
}
KINDS = ("question", "fragment", "caption", "run-on", "not-prose", "tally", "no-comment")


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
    if prose.is_not_prose(text):
        found.append("not-prose")
    if prose.is_tally(text):
        found.append("tally")
    if prose.is_no_comment(text):
        found.append("no-comment")
    return found


def _page_summary(data: bytes, name: str) -> list[str]:
    analysis = analyze(load_bytes(data, name, ".html"), AnalysisOptions())
    return [s.text for s in analysis.summary]


def summaries(
    variant: str, sets: list[str], pages: Path | None, limit: int | None
) -> dict[str, list[list[str]]]:
    """Each source's summaries (lists of sentence texts) under one variant."""
    changes = VARIANTS[variant]
    method.COVER = dataclasses.replace(SHIPPED, **changes.get("cover", {}))
    prose.MIN_CONTENT_WORDS = changes.get("min_content", SHIPPED_MIN)
    if not changes.get("prose", True):
        text_checks.is_not_prose = lambda text: False
    result: dict[str, list[list[str]]] = {}
    try:
        for name in ("cnndm", "bbc"):
            if name in sets:
                label = "cnndm-dev (3)" if name == "cnndm" else "bbc-dev (reference length)"
                result[label] = [
                    [
                        s.text
                        for s in summarize(
                            Document.from_text(row["text"]), "default", SummaryLength(row["k"])
                        )
                    ]
                    for row in load(name, limit)
                ]
        if "html" in sets:
            result["html dev pages (app)"] = [
                _page_summary(
                    gzip.decompress((DATA / "html" / page["page"]).read_bytes()),
                    f"{page['id']}.html",
                )
                for page in read_jsonl(DATA / "html" / "ground-truth.jsonl")[:limit]
            ]
        if pages is not None:
            files = sorted(pages.glob("*.html"))[:limit]
            result[f"{pages.name} pages (app)"] = [
                _page_summary(path.read_bytes(), path.name) for path in files
            ]
    finally:
        method.COVER = SHIPPED
        prose.MIN_CONTENT_WORDS = SHIPPED_MIN
        text_checks.is_not_prose = prose.is_not_prose
    return result


def main() -> int:
    warnings.filterwarnings("ignore", category=RuntimeWarning, module="sumy")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--variants", default="shipped,prose-off")
    parser.add_argument("--sets", default="cnndm,bbc,html", help="of cnndm, bbc, html")
    parser.add_argument("--pages", type=Path, default=None, help="a folder of saved .html pages")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--show", type=int, default=0, help="print N changed summaries")
    args = parser.parse_args()
    if not (DATA / "summaries").is_dir() or not (DATA / "html").is_dir():
        print(f"no evaluation data at {DATA}; nothing to measure")
        return 0
    names = args.variants.split(",")
    print("command: .venv/bin/python benchmarks/bench_summary_reading.py " + " ".join(sys.argv[1:]))
    sets = args.sets.split(",")
    results = {name: summaries(name, sets, args.pages, args.limit) for name in names}
    header = f"{'source':<26} {'variant':<10} {'sent.':>6} " + " ".join(f"{k:>10}" for k in KINDS)
    print(header + f" {'changed':>8}")
    for source in results[names[0]]:
        first = results[names[0]][source]
        for name in names:
            mine = results[name][source]
            counts: Counter[str] = Counter(k for summary in mine for t in summary for k in kinds(t))
            changed = sum(a != b for a, b in zip(first, mine, strict=True))
            cells = " ".join(f"{counts[k]:10d}" for k in KINDS)
            total = sum(len(s) for s in mine)
            print(f"{source:<26} {name:<10} {total:6d} {cells} {changed:8d}")
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
