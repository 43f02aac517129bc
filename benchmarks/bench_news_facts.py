"""Key facts against hand gold with issue 11's rule: news-facts-dev, bbc-facts-dev, PolNeAR dev.

For each facts set (../shared/data/facts/{news,bbc}-facts-dev.jsonl) the article text is run as the
app runs it (Document.from_text; the reference date is the text's own dateline, else none; the
extractors read the body, not the headline line, so gold items in the headline count as misses;
facts inside page furniture are dropped as `analysis.analyze` drops them, so what is scored is
what the app shows):
- quotes: P / R / F1, and the speaker verdicts right / wrong / none over matched quotes whose gold
  names a speaker;
- initiatives: P / R / F1, and actor right / wrong / none over matched items with a gold actor;
- dates: P / R / F1 of the spans, and the share of matched gold dates that get a value. The gold
  (GUIDE.md v2) gives spans only, no values, so "value right" cannot be scored on these sets
  (TimeBank dev in bench_dates.py scores values).
PolNeAR dev (or train with --polnear-split train; --limit N scores its first N rows): gold direct
quotes (content ranges that open with a quotation mark, marks stripped), quote recall and the
speaker verdicts against the gold source phrase; sources that are only a pronoun or relative
("he", "which") are not scored for speaker (the gold leaves them unresolved).

Matching and speaker rules are in facts_scoring.py (one scorer for every facts benchmark): token F1
of content words >= 0.5, one-to-one; a speaker is right when it shares a name word (3+ letters, not
a title) with the gold one.

--half A|B|all splits each facts set by article: A = the first half of its rows in file order, B =
the rest (news-facts-dev: A = 14 BBC + 2 web articles, B = 16 web articles; the file is sorted by
id). PolNeAR dev is split the same way. B1 / B2 split half B again (8 web pages each): B1 is
tuned on beside A from round 8 on, B2 is the forecast; A+B1 is everything but B2.

`web` (in --sets) is our own hand gold on 40 saved pages outside news-facts-dev (quotes, speakers
and initiatives; see web_gold.py and benchmarks/data/README.md): its half A is tuned on, half B
is report-only. It has no date gold, so its date columns are "-".

Usage: .venv/bin/python benchmarks/bench_news_facts.py [--half A|B|B1|B2|A+B1|all] [--show N]
           [--sets news,bbc,web,polnear] [--polnear-split dev|train] [--polnear-half 0|1]
           [--limit N]
"""

from __future__ import annotations

import argparse
import datetime
import gzip
import hashlib
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import web_gold
from facts_scoring import Tally, halves, speaker_verdict
from shared_data import DATA, read_jsonl

from app.core.analysis import outside_furniture
from app.core.document import Document
from app.core.facts import dates, initiatives, quotes
from app.core.loading import load_bytes

FACT_SETS = {
    "news": DATA / "facts" / "news-facts-dev.jsonl",
    "bbc": DATA / "facts" / "bbc-facts-dev.jsonl",
}
POLNEAR = {split: DATA / "quotes" / f"polnear-{split}.jsonl" for split in ("train", "dev")}
OPENING = ("''", '"', "“", "”", "„", "«", "‘", "'", "‹")
MARKS = "\"“”„«»‘’'‹›"
PRONOUNS = frozenset("he she i we they it you him her them us me who whom which that this".split())


def score_facts(rows: list[dict[str, Any]], show: int) -> tuple[dict[str, Tally], tuple[int, int]]:
    """Quotes, initiatives and dates of each row against its gold; and of the matched gold dates
    a reader can place, how many there are and how many got a value."""
    tallies = {"quotes": Tally(), "initiatives": Tally(), "dates": Tally()}
    valued = 0
    placeable = [0, 0]  # matched gold dates a reader can place given the page's date; with a value
    for row in rows:
        text = row["text"]
        document = Document.from_text(text)
        found_quotes = outside_furniture(document, quotes.extract(document))
        tallies["quotes"].add(
            [(q.text, q.speaker) for q in found_quotes],
            [(g["quote"], g["speaker"]) for g in row["quotes"]],
            row["id"],
            show,
        )
        found_initiatives = outside_furniture(document, initiatives.extract(document))
        tallies["initiatives"].add(
            [(f.text, f.actor) for f in found_initiatives],
            [(g["initiative"], g["actor"]) for g in row["initiatives"]],
            row["id"],
            show,
        )
        reference = page_date(row["id"]) or dates.find_dateline(text)
        found_dates = outside_furniture(document, dates.extract(document, reference))
        pairs = tallies["dates"].add(
            [(d.text, None) for d in found_dates], [(g["date"], None) for g in row["dates"]]
        )
        valued += sum(1 for i, _ in pairs if found_dates[i].value is not None)
        for i, j in pairs:
            if reference is not None or _PLACED_ALONE.search(row["dates"][j]["date"]):
                placeable[0] += 1
                placeable[1] += found_dates[i].value is not None
    tallies["dates"].verdicts["right"] = valued  # "right" here: matched dates with a value
    tallies["dates"].verdicts["none"] = tallies["dates"].matched - valued
    return tallies, (placeable[0], placeable[1])


# A date a reader places without knowing when the article was written: it names its year.
_PLACED_ALONE = re.compile(r"\b1\d{3}\b|\b20\d{2}\b")


def page_date(row_id: str) -> datetime.date | None:
    """The publication date a web article's saved page declares (news-facts-dev's html-dev rows
    are the bodies of ../shared/data/html pages), read as the app reads the page; else None."""
    if not row_id.startswith("html-dev-"):
        return None
    prefix = row_id.removeprefix("html-dev-")
    for page in (DATA / "html" / "pages").glob(prefix + "*.html.gz"):
        return load_bytes(gzip.decompress(page.read_bytes()), "page.html").meta.published
    return None


def article_half(article_id: str) -> int:
    """0 or 1: a fixed split of a PolNeAR file by article (a hash of its id), so that a rule
    chosen on one half can be checked on the other."""
    return int(hashlib.md5(article_id.encode()).hexdigest(), 16) % 2


def gold_quotes_polnear(row: dict[str, Any]) -> list[tuple[str, str | None]]:
    """PolNeAR direct quotes of one row: (inner text, source phrase or None for a pronoun)."""
    text = row["text"]
    out: list[tuple[str, str | None]] = []
    for attribution in row["attributions"]:
        source = " ".join(text[s:e] for s, e in attribution["source"] or []).strip()
        speaker = source if source and source.lower() not in PRONOUNS else None
        for start, end in attribution["content"] or []:
            if not text[start:end].strip().startswith(OPENING):
                continue
            inner = text[start:end].strip().strip(MARKS + ".,").strip()
            if inner:
                out.append((inner, speaker))
    return out


def score_polnear(rows: list[dict[str, Any]], show: int) -> tuple[Tally, Tally, int]:
    """Quote recall and speakers on PolNeAR rows: the strict reading, the lenient one where a
    gold description the article gives our name counts right (facts_scoring's docstring), and how
    many strict wrong verdicts read their speaker from the gold's own words (a description such as
    "the senator" that we resolved to a name: whether that name is right, the gold does not say)."""
    tally, lenient = Tally(), Tally(appositions=True)
    same_words = 0
    for row in rows:
        text = row["text"]
        document = Document.from_text(text)
        found = outside_furniture(document, quotes.extract(document))
        predicted = [(q.text, q.speaker) for q in found]
        gold = gold_quotes_polnear(row)
        for i, j in tally.add(predicted, gold, row["id"], show):
            start, end = found[i].speaker_start, found[i].speaker_end
            read = text[start:end] if start is not None and end is not None else ""
            if gold[j][1] and speaker_verdict(found[i].speaker, gold[j][1]) == "wrong":
                same_words += read.strip().lower() == gold[j][1].strip().lower()
        lenient.add(predicted, gold, text=text)
    return tally, lenient, same_words


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("A", "B", "B1", "B2", "A+B1", "all"), default="all")
    parser.add_argument("--show", type=int, default=0, help="list N speaker/actor errors per set")
    parser.add_argument("--sets", default="news,bbc,polnear")
    parser.add_argument(
        "--polnear-split",
        choices=("dev", "train"),
        default="dev",
        help="PolNeAR file to score (train: 840 articles, the one to tune on)",
    )
    parser.add_argument("--limit", type=int, default=0, help="score only the first N PolNeAR rows")
    parser.add_argument(
        "--polnear-half",
        choices=("0", "1"),
        default=None,
        help="score one of two halves of the PolNeAR file's articles (a hash of the id)",
    )
    args = parser.parse_args()
    print("command: .venv/bin/python benchmarks/bench_news_facts.py " + " ".join(sys.argv[1:]))
    if not FACT_SETS["news"].exists():
        print(f"no evaluation data at {DATA}; nothing to measure")
        return 0
    wanted = args.sets.split(",")
    print(
        f"half: {args.half} (A = first half of each file's rows, B = the rest; "
        "B1 / B2 = B's first half and the rest)\n"
    )
    print(
        "| set | docs | quotes gold/pred | quote P / R / F1 | speaker right / wrong / none (n) "
        "| initiatives gold/pred | init. P / R / F1 | actor right / wrong / none (n) "
        "| dates gold/pred | date P / R / F1 | dates with a value | placeable with a value |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    notes: list[str] = []
    for name in ("news", "bbc", "web"):
        if name not in wanted:
            continue
        every = web_gold.rows() if name == "web" else read_jsonl(FACT_SETS[name])
        if not every:
            print(f"| {name}: no gold here ({web_gold.GOLD.name} or its pages missing) |")
            continue
        rows = halves(every, args.half)
        t, (placeable, placed) = score_facts(rows, args.show)
        q, i, d = (t[k].summary() for k in ("quotes", "initiatives", "dates"))
        dated = (
            "| - | - | - | - |"
            if name == "web"
            else f"| {d['gold']}/{d['predicted']} | {d['P']:.2f} / {d['R']:.2f} / {d['F1']:.2f} "
            f"| {d['right']:.2f} ({t['dates'].verdicts['right']}/{d['matched']}) "
            f"| {placed / max(placeable, 1):.2f} ({placed}/{placeable}) |"
        )
        label = "web-facts (html pages)" if name == "web" else f"{name}-facts-dev"
        print(
            f"| {label} | {len(rows)} | {q['gold']}/{q['predicted']} "
            f"| {q['P']:.2f} / {q['R']:.2f} / {q['F1']:.2f} "
            f"| {q['right']:.2f} / {q['wrong']:.2f} / {q['none']:.2f} ({q['scored']}) "
            f"| {i['gold']}/{i['predicted']} | {i['P']:.2f} / {i['R']:.2f} / {i['F1']:.2f} "
            f"| {i['right']:.2f} / {i['wrong']:.2f} / {i['none']:.2f} ({i['scored']}) " + dated
        )
        notes += [f"[{name}] {n}" for n in t["quotes"].notes + t["initiatives"].notes]
    polnear = POLNEAR[args.polnear_split]
    if "polnear" in wanted and polnear.exists():
        rows = halves(read_jsonl(polnear), args.half)
        if args.polnear_half is not None:
            rows = [r for r in rows if str(article_half(r["id"])) == args.polnear_half]
        if args.limit:
            rows = rows[: args.limit]
        p, lenient, same_words = score_polnear(rows, args.show)
        s = p.summary()
        print(
            f"| PolNeAR {args.polnear_split} (direct quotes) | {len(rows)} "
            f"| {s['gold']}/{s['predicted']} "
            f"| {s['P']:.2f}* / {s['R']:.2f} / - "
            f"| {s['right']:.3f} / {s['wrong']:.3f} / {s['none']:.3f} ({s['scored']}: "
            f"{p.verdicts['right']}/{p.verdicts['wrong']}/{p.verdicts['none']}) "
            "| | | | | | |"
        )
        v = lenient.verdicts
        print(
            f"| PolNeAR {args.polnear_split}, gold descriptions by apposition (lenient) | | | "
            f"| {lenient.share('right'):.3f} / {lenient.share('wrong'):.3f} / "
            f"{lenient.share('none'):.3f} ({lenient.scored}: "
            f"{v['right']}/{v['wrong']}/{v['none']}) | | | | | | |"
        )
        print(
            f"of the {p.verdicts['wrong']} wrong (strict), {same_words} read the gold's own words "
            "(a description resolved to a name the gold does not give)"
        )
        print("* PolNeAR's gold leaves some quotations out: its precision is indicative only")
        notes += [f"[polnear] {n}" for n in p.notes]
    print(
        "dates: the gold gives spans, not values; 'with a value' is over matched gold dates; "
        "'placeable' = those a reader can place given the page's date (a web article's saved "
        "page declares it; the BBC rows have none, so there only dates naming their year count)"
    )
    for note in notes:
        print("  " + note)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
