"""Reader precision of the initiatives list on articles outside every gold.

A reader's measure, not a gold: the engine's initiatives on a fixed set of articles that no gold
annotates were read one by one and judged "good" (a real undertaking named by a whole noun phrase,
with the right actor or none) or "bad" (with the reason), in
`benchmarks/data/initiatives-reader.jsonl`:

    {"id": "<article id>", "text": "<item>", "actor": "<actor>" | null, "verdict": "good|bad",
     "reason": "..."}

Reader precision is good / judged over the items the engine lists now. An item the judgements do
not hold (a change listed something new, or changed its actor) is counted apart as unjudged: read
it (`--show`) and add its judgement before trusting the figure.

The reader set: the saved web pages of ../shared/data/html/pages that are in no gold (not in
news-facts-dev nor in benchmarks/data/facts-html-dev.jsonl), the bbc-dev rows 10 and 30 modulo 40
that are in no gold (bbc-facts-dev, news-facts-dev, the two held-out files), and (round 14, the
wider set) the rows 5, 15, 25 and 35 modulo 40 in no gold and our own articles of
`benchmarks/data/reader-articles.jsonl` (six genres written for this measure: a council press
release, an earnings story, a science story, a sports story, a court report, an opinion column).
`--set round12` keeps to round 12's set (web pages and rows 10 and 30).

`--set round17` is round 17's fresh set, read before any change looked at it: the bbc-dev rows 2
and 22 modulo 40 in no gold (55 articles) and every cnndm-dev row (193 CNN/DailyMail articles, in
no gold; they list few initiatives, about one in six articles, so 15 of them would not have
brought the set near 60 items). `--half A|B` keeps the articles whose id's md5 starts with an
even (A) or odd (B) byte: round 17 tuned on A only, so B is its forecast.

`--set round19` is round 19's fresh set, made the same way and read on round 19's start commit
(f03f950) before any change: the bbc-dev rows 7, 12, 17, 27, 32 and 37 modulo 40 in no gold
(rows no earlier reader set holds; cnndm-dev is all in round 17's set; 72 items). Halves as
round 17's.

`--set round45` is round 45's fresh set, made the same way and read on round 45's start commit
(1d5e820) before any change: the bbc-dev rows 3, 13, 23 and 33 modulo 40 in no gold (rows no
earlier reader set holds) and 25 PolNeAR train articles (2016 US politics copy, in no gold and no
earlier reader set): those whose text names a bill, plan, programme, proposal or legislation, the
first 25 in the order of their id's md5. Halves as round 17's.

Usage: .venv/bin/python benchmarks/reader_initiatives.py [--show] [--list]
           [--set wider|round12|round17|round19|round45] [--half A|B]
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import re
import sys
from collections.abc import Iterator

from shared_data import DATA, ROOT, read_jsonl

from app.core.analysis import analyze
from app.core.loading import load_bytes

JUDGEMENTS = ROOT / "benchmarks" / "data" / "initiatives-reader.jsonl"
PAGES = DATA / "html" / "pages"
GOLDS = (
    DATA / "facts" / "bbc-facts-dev.jsonl",
    DATA / "facts" / "news-facts-dev.jsonl",
    ROOT / "benchmarks" / "data" / "initiatives-heldout.jsonl",
    ROOT / "benchmarks" / "data" / "initiatives-heldout2.jsonl",
)
WEB_GOLD = ROOT / "benchmarks" / "data" / "facts-html-dev.jsonl"
OWN = ROOT / "benchmarks" / "data" / "reader-articles.jsonl"
ROUND12_ROWS = (10, 30)  # bbc-dev rows modulo 40: round 12's set
WIDER_ROWS = (5, 10, 15, 25, 30, 35)  # and round 14's
ROUND17_ROWS = (2, 22)  # round 17's fresh set: these bbc-dev rows and every cnndm-dev row
ROUND19_ROWS = (7, 12, 17, 27, 32, 37)  # round 19's fresh set: these bbc-dev rows
ROUND45_ROWS = (3, 13, 23, 33)  # round 45's fresh set: these bbc-dev rows and PolNeAR train copy
ROUND45_POLNEAR = 25  # PolNeAR train articles in round 45's set
_POLITICS = re.compile(r"\b(?:bills?|plans?|programs?|programmes?|proposals?|legislation)\b")


def _gold_ids() -> set[str]:
    ids = {row["id"] for path in GOLDS for row in read_jsonl(path)}
    ids |= {"html-dev-" + row["page"] for row in read_jsonl(WEB_GOLD)}
    return ids


def articles(name: str = "wider") -> Iterator[tuple[str, bytes, str]]:
    """(id, bytes, suffix) of every article of the reader set `name`, web pages first."""
    gold = _gold_ids()
    if name == "round17":
        for index, row in enumerate(read_jsonl(DATA / "summaries" / "bbc-dev.jsonl")):
            if index % 40 in ROUND17_ROWS and row["id"] not in gold:
                yield row["id"], row["text"].encode("utf-8"), ".txt"
        for row in read_jsonl(DATA / "summaries" / "cnndm-dev.jsonl"):
            if row["id"] not in gold:
                yield row["id"], row["text"].encode("utf-8"), ".txt"
        return
    if name == "round19":
        for index, row in enumerate(read_jsonl(DATA / "summaries" / "bbc-dev.jsonl")):
            if index % 40 in ROUND19_ROWS and row["id"] not in gold:
                yield row["id"], row["text"].encode("utf-8"), ".txt"
        return
    if name == "round45":
        yield from _round45(gold)
        return
    wider = name == "wider"
    rows = WIDER_ROWS if wider else ROUND12_ROWS
    for path in sorted(PAGES.glob("*.html.gz")):
        article_id = "html-dev-" + path.name[:10]
        if article_id not in gold:
            yield article_id, gzip.decompress(path.read_bytes()), ".html"
    for index, row in enumerate(read_jsonl(DATA / "summaries" / "bbc-dev.jsonl")):
        if index % 40 in rows and row["id"] not in gold:
            yield row["id"], row["text"].encode("utf-8"), ".txt"
    if wider:
        for row in read_jsonl(OWN):
            yield row["id"], row["text"].encode("utf-8"), ".txt"


def _md5(article_id: str) -> str:
    return hashlib.md5(article_id.encode("utf-8")).hexdigest()


def _round45(gold: set[str]) -> Iterator[tuple[str, bytes, str]]:
    for index, row in enumerate(read_jsonl(DATA / "summaries" / "bbc-dev.jsonl")):
        if index % 40 in ROUND45_ROWS and row["id"] not in gold:
            yield row["id"], row["text"].encode("utf-8"), ".txt"
    rows = sorted(read_jsonl(DATA / "quotes" / "polnear-train.jsonl"), key=lambda r: _md5(r["id"]))
    chosen = [r for r in rows if r["id"] not in gold and _POLITICS.search(r["text"])]
    for row in chosen[:ROUND45_POLNEAR]:
        yield row["id"], row["text"].encode("utf-8"), ".txt"


def in_half(article_id: str, half: str) -> bool:
    """Whether the article falls in half A (its id's md5 starts with an even byte) or B."""
    even = hashlib.md5(article_id.encode("utf-8")).digest()[0] % 2 == 0
    return half == "all" or even == (half == "A")


def listed(
    name: str = "wider", half: str = "all"
) -> Iterator[tuple[str, str, str | None, str, str]]:
    """(id, item, actor, status, its sentence) for every initiative the engine lists."""
    for article_id, data, suffix in articles(name):
        if not in_half(article_id, half):
            continue
        analysis = analyze(load_bytes(data, article_id, suffix))
        sentences = analysis.document.sentences
        for fact in analysis.facts.initiatives:
            sentence = sentences[fact.sentence].text if fact.sentence is not None else ""
            yield article_id, fact.text, fact.actor, fact.status, sentence


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print each item and its verdict")
    parser.add_argument("--list", action="store_true", help="print every item with its sentence")
    parser.add_argument(
        "--set",
        choices=("wider", "round12", "round17", "round19", "round45"),
        default="wider",
        help="the reader set to measure",
    )
    parser.add_argument(
        "--half", choices=("A", "B", "all"), default="all", help="half of the set, by article"
    )
    args = parser.parse_args(argv)
    if not PAGES.exists():
        print("../shared/data is absent: nothing to measure")
        return 0
    judged = (
        {(j["id"], j["text"], j["actor"]): j for j in read_jsonl(JUDGEMENTS)}
        if JUDGEMENTS.exists()
        else {}
    )
    good = bad = unjudged = 0
    for article_id, text, actor, status, sentence in listed(args.set, args.half):
        verdict = judged.get((article_id, text, actor))
        if verdict is None:
            unjudged += 1
            mark = "??"
        elif verdict["verdict"] == "good":
            good += 1
            mark = "ok"
        else:
            bad += 1
            mark = "NO"
        if args.show or args.list or verdict is None:
            reason = "" if verdict is None else f"  ({verdict['reason']})"
            print(f"{mark} {article_id} | {text} | actor: {actor} | {status}{reason}")
            if args.list:
                print(f"     {sentence}")
    judged_n = good + bad
    precision = good / judged_n if judged_n else 0.0
    print(
        f"reader precision {precision:.2f} ({good} good / {judged_n} judged; {unjudged} unjudged)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
