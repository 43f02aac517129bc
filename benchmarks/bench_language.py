"""The English check (`app.core.language`): English dev sets stay English, other languages are told.

Prints, per set, how many articles the check calls not English: every row of the English dev sets
(cnndm, bbc, news-facts, PolNeAR train, dedup) should stay English, and on the 92 html/ pages the
hand-made language gold (`benchmarks/data/language-html-dev.jsonl`) gives precision and recall of
"not English". Also the time of the check on a 1 MB article (it reads the first 3,000 words only).

Usage:  .venv/bin/python benchmarks/bench_language.py
"""

from __future__ import annotations

import gzip
import json
import sys
import time

from shared_data import DATA, ROOT, read_jsonl

sys.path.insert(0, str(ROOT))

from app.core.language import check_english
from app.core.loading import load_bytes

ENGLISH_SETS = [
    "summaries/cnndm-dev.jsonl",
    "summaries/bbc-dev.jsonl",
    "facts/news-facts-dev.jsonl",
    "quotes/polnear-train.jsonl",
    "dedup/dedup-dev.jsonl",
]
GOLD = ROOT / "benchmarks" / "data" / "language-html-dev.jsonl"


def main() -> None:
    if not DATA.exists():
        print(f"skipped: {DATA} not found (../shared/data is not beside the repository)")
        return
    print("command: .venv/bin/python benchmarks/bench_language.py")
    print()
    print("| set | articles | called not English |")
    print("|---|---:|---:|")
    for name in ENGLISH_SETS:
        rows = read_jsonl(DATA / name)
        flagged = sum(not check_english(row.get("text") or "").english for row in rows)
        print(f"| {name} | {len(rows)} | {flagged} |")
    gold = {row["page"]: row["language"] for row in map(json.loads, GOLD.open())}
    hits = {"tp": 0, "fp": 0, "fn": 0}
    for path in sorted((DATA / "html" / "pages").glob("*.html.gz")):
        page = path.name[:10]
        loaded = load_bytes(gzip.decompress(path.read_bytes()), path.name[:-3])
        said_other = not check_english(loaded.text).english
        is_other = gold[page] != "en"
        if said_other and is_other:
            hits["tp"] += 1
        elif said_other:
            hits["fp"] += 1
        elif is_other:
            hits["fn"] += 1
            print(f"missed: {page} ({gold[page]})")
    other = sum(language != "en" for language in gold.values())
    print()
    print(f"html/ pages: {len(gold)}, {other} not English (hand gold)")
    print(f"called not English: right {hits['tp']}, wrong {hits['fp']}, missed {hits['fn']}")
    article = ("The board said on Monday that the pier would close for repairs. " * 16_000)[
        :1_000_000
    ]
    start = time.perf_counter()
    check_english(article)
    print(f"check on a 1 MB article: {1000 * (time.perf_counter() - start):.1f} ms")


if __name__ == "__main__":
    main()
