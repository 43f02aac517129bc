"""Page metadata: Keyfacts' own reader (`formats.html.meta`) against trafilatura's extract_metadata.

There is no gold metadata for ../shared/data/html, so this counts, per field, on how many of the
92 pages each reader finds a value, on how many both find one and agree (titles and sites
compared by their words, authors as sets of names, dates exactly), and lists the
disagreements to be read by hand (`--show N`). Also the milliseconds per page of each.

Run from the repository root:  .venv/bin/python benchmarks/bench_html_meta.py [--show N]
"""

from __future__ import annotations

import argparse
import gzip
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shared_data import DATA as SHARED_DATA
from shared_data import read_jsonl

from app.core.formats import html, words
from app.core.formats.html import meta as html_meta
from app.core.formats.published import iso_date
from app.core.page_meta import PageMeta, clean_authors

DATA = SHARED_DATA / "html"
FIELDS = ("title", "authors", "site", "published", "url")


def by_trafilatura(page: str) -> PageMeta:
    from trafilatura import extract_metadata

    found = extract_metadata(page)
    if found is None:
        return PageMeta()
    authors = clean_authors((found.author or "").split(";"), found.sitename)
    return PageMeta(
        title=found.title,
        authors=authors,
        site=found.sitename,
        published=iso_date(found.date or ""),
        url=found.url,
    )


def by_keyfacts(page: str) -> PageMeta:
    tree = html._parse(page)
    return html_meta.page_meta(tree, html.page_title(tree))


def same(field: str, a: Any, b: Any) -> bool:
    if field in ("title", "site"):
        return words(a) == words(b)
    if field == "authors":
        return {" ".join(words(n)) for n in a} == {" ".join(words(n)) for n in b}
    if field == "url":
        return str(a).rstrip("/").split("://")[-1] == str(b).rstrip("/").split("://")[-1]
    return bool(a == b)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", type=int, default=0, help="list N disagreements per field")
    args = parser.parse_args()
    truth = DATA / "ground-truth.jsonl"
    if not truth.exists():
        print(f"no data at {DATA}; nothing to measure (needs ../shared/data/html)")
        return 0
    rows = read_jsonl(truth)
    seconds = {"keyfacts": 0.0, "trafilatura": 0.0}
    results = []
    for row in rows:
        page = html.decode_html(gzip.decompress((DATA / row["page"]).read_bytes()))
        started = time.perf_counter()
        ours = by_keyfacts(page)
        seconds["keyfacts"] += time.perf_counter() - started
        started = time.perf_counter()
        theirs = by_trafilatura(page)
        seconds["trafilatura"] += time.perf_counter() - started
        results.append((row, ours, theirs))
    print(f"Page metadata, {len(rows)} pages of {DATA}")
    print(f"{'field':<10} {'keyfacts':>9} {'trafilatura':>12} {'both':>5} {'agree':>6}")
    for field in FIELDS:
        ours_n = sum(bool(getattr(o, field)) for _, o, _ in results)
        theirs_n = sum(bool(getattr(t, field)) for _, _, t in results)
        both = [(o, t) for _, o, t in results if getattr(o, field) and getattr(t, field)]
        agree = sum(same(field, getattr(o, field), getattr(t, field)) for o, t in both)
        print(f"{field:<10} {ours_n:9d} {theirs_n:12d} {len(both):5d} {agree:6d}")
    for name, total in seconds.items():
        print(f"{name}: {1000 * total / len(rows):.1f} ms/page")
    if args.show:
        for field in FIELDS:
            print(f"\n{field}: disagreements (keyfacts | trafilatura)")
            shown = 0
            for row, ours, theirs in results:
                a, b = getattr(ours, field), getattr(theirs, field)
                if (a or b) and not (a and b and same(field, a, b)) and shown < args.show:
                    print(f"  {row['id'][:8]}  {a!r} | {b!r}")
                    shown += 1
    print("\ncommand: .venv/bin/python benchmarks/bench_html_meta.py")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
