"""Key facts on our own hand-annotated articles (the round 41, 43 and 45 gold sets, report-only).

benchmarks/data/own-articles-roundNN.jsonl holds short news articles written for the set, with
their quotes and speakers, dates with values, and initiatives with actors, annotated by hand before
the engine ran on them (benchmarks/data/README.md says how): round41 (the default) 16 articles
(politics, courts, business, health, local council, sport, science, weather, crime, culture),
round43 18 articles in other genres (a central bank, a product launch, a summit, a city budget, a
university, a charity appeal, a stadium plan, a film festival, a factory closure, a state law, an
EU regulation, a police appeal, a school inspection, a price cap, a runway, a discovery, ...),
round45 18 more in genres neither has (a rail strike, a merger, an election result, a data breach,
a recall, a transfer, a fine, a funding round, a Q&A interview, an opinion column, an obituary).
Nobody tunes on them: they measure unseen copy the same way every round, and the per-article list
is what a reader of the output would complain about. `--set` chooses the file.

Each article runs as the CLI runs it: `analyze(load_bytes(text, "<id>.txt"), reference_date=...)`
with the article's own reference date (the CLI's --reference-date). Scored with facts_scoring.py
(issue 11's rule: content-word token F1 >= 0.5, one-to-one; a speaker or actor is right when it
shares a name word with the gold one):
- quotes: P / R / F1; speaker right / wrong / none over matched quotes whose gold names a speaker;
- dates: P / R / F1 of the spans; value accuracy over matched dates (the value must equal the
  gold's: the smallest contract form holding the whole period, "last week" -> "2026-11", "next
  spring" -> "2027", None only where no form holds it, "the 1970s");
- initiatives: P / R / F1; actor right / wrong / none over matched items whose gold names an actor.
The gold annotates the headline line too (one headline quotation, one headline year): quotes are
read from the headline, dates are not, so a headline date counts as a miss, marked "(headline)".
The match is by words, not by place: an undertaking the engine names by another mention than the
gold's ("the bill that would ..." for the bill's title) counts as one miss and one extra.

Usage: .venv/bin/python benchmarks/bench_own_articles.py [--set round41|round43|round45]
       [--table-only] [--article ID]
"""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from facts_scoring import Tally, speaker_verdict
from shared_data import ROOT, read_jsonl

from app.core.analysis import analyze
from app.core.loading import load_bytes
from app.core.options import AnalysisOptions

SETS = ("round41", "round43", "round45")


def gold_path(name: str) -> Path:
    """The gold file of the set named `name` ("round41" -> own-articles-round41.jsonl)."""
    return ROOT / "benchmarks" / "data" / f"own-articles-{name}.jsonl"


def headline_end(text: str) -> int:
    """Where the headline line ends (the gold's first line is the headline)."""
    cut = text.find("\n")
    return cut if cut >= 0 else 0


def where(row: dict[str, Any], item: dict[str, Any]) -> str:
    """' (headline)' for a gold item on the headline line, else ''."""
    return " (headline)" if item.get("start", 1 << 30) < headline_end(row["text"]) else ""


def score_article(row: dict[str, Any], tallies: dict[str, Tally], values: list[int]) -> list[str]:
    """Score one article into `tallies` and `values` ([matched dates, with the right value]);
    return the reader's list of what went wrong in it."""
    reference = datetime.date.fromisoformat(row["reference_date"])
    loaded = load_bytes(row["text"].encode("utf-8"), f"{row['id']}.txt", ".txt")
    facts = analyze(loaded, AnalysisOptions(reference_date=reference)).facts
    lines: list[str] = []

    quotes = [(q.text, q.speaker) for q in facts.quotes]
    lines += _who_scored(row, tallies["quotes"], quotes, "quote", "speaker")

    gold_d = row["dates"]
    found_d = list(facts.dates)
    pairs = tallies["dates"].add(
        [(d.text, None) for d in found_d], [(g["date"], None) for g in gold_d]
    )
    lines += _unmatched(row, "date", gold_d, "date", [d.text for d in found_d], pairs)
    for i, j in pairs:
        values[0] += 1
        if found_d[i].value == gold_d[j]["value"]:
            values[1] += 1
        else:
            lines.append(
                f"  date value: {found_d[i].text!r} gold={gold_d[j]['value']!r} "
                f"got={found_d[i].value!r}"
            )

    items = [(f.text, f.actor) for f in facts.initiatives]
    lines += _who_scored(row, tallies["initiatives"], items, "initiative", "actor", cut=False)
    return lines


def _who_scored(
    row: dict[str, Any],
    tally: Tally,
    found: list[tuple[str, str | None]],
    kind: str,
    who: str,
    cut: bool = True,
) -> list[str]:
    """Score `found` (text, speaker or actor) against the row's gold of `kind` ("quote": its
    "quotes", each with "quote" and "speaker"; "initiative": "initiatives", "initiative",
    "actor") into `tally`; the reader's lines: misses, extras and each wrong or missing `who`."""
    gold = row[kind + "s"]
    pairs = tally.add(found, [(g[kind], g[who]) for g in gold])
    lines = _unmatched(row, kind, gold, kind, [text for text, _ in found], pairs)
    for i, j in pairs:
        expected, (text, got) = gold[j][who], found[i]
        verdict = speaker_verdict(got, expected) if expected is not None else "right"
        if verdict != "right":
            shown = _cut(text) if cut else text
            lines.append(f"  {who} {verdict}: {shown!r} gold={expected!r} got={got!r}")
    return lines


def _unmatched(
    row: dict[str, Any],
    kind: str,
    gold: list[dict[str, Any]],
    field: str,
    found: list[str],
    pairs: list[tuple[int, int]],
) -> list[str]:
    """Gold items nobody found ('missed') and found items the gold does not hold ('extra')."""
    hit_gold = {j for _, j in pairs}
    hit_found = {i for i, _ in pairs}
    lines = [
        f"  missed {kind}: {_cut(g[field])!r}{where(row, g)}"
        for j, g in enumerate(gold)
        if j not in hit_gold
    ]
    lines += [f"  extra {kind}: {_cut(t)!r}" for i, t in enumerate(found) if i not in hit_found]
    return lines


def _cut(text: str, width: int = 70) -> str:
    return text if len(text) <= width else text[: width - 3] + "..."


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--table-only", action="store_true", help="leave out the per-article list")
    parser.add_argument("--article", default="", help="score only the article with this id")
    parser.add_argument(
        "--set", default=SETS[0], choices=SETS, help="which gold file (default: %(default)s)"
    )
    args = parser.parse_args()
    print("command: .venv/bin/python benchmarks/bench_own_articles.py " + " ".join(sys.argv[1:]))
    gold = gold_path(args.set)
    if not gold.exists():
        print(f"no gold at {gold}; nothing to measure")
        return 0
    rows = [r for r in read_jsonl(gold) if not args.article or r["id"] == args.article]
    tallies = {kind: Tally() for kind in ("quotes", "dates", "initiatives")}
    values = [0, 0]
    listing: list[str] = []
    for row in rows:
        lines = score_article(row, tallies, values)
        listing.append(f"{row['id']} (reference {row['reference_date']}): {len(lines)} item(s)")
        listing += lines
    q, d, i = (tallies[k].summary() for k in ("quotes", "dates", "initiatives"))
    print(f"\n{args.set}: {len(rows)} articles (report-only: do not tune on them)\n")
    print("| kind | gold/pred | P / R / F1 | who right / wrong / none (n) | date value right |")
    print("|---|---:|---:|---:|---:|")
    for name, s in (("quotes", q), ("initiatives", i)):
        who = "speaker" if name == "quotes" else "actor"
        v = tallies[name].verdicts
        print(
            f"| {name} | {s['gold']}/{s['predicted']} | {s['P']:.2f} / {s['R']:.2f} / "
            f"{s['F1']:.2f} | {who}: {s['right']:.2f} / {s['wrong']:.2f} / {s['none']:.2f} "
            f"({v['right']}/{v['wrong']}/{v['none']}) | |"
        )
    share = values[1] / values[0] if values[0] else 0.0
    print(
        f"| dates | {d['gold']}/{d['predicted']} | {d['P']:.2f} / {d['R']:.2f} / {d['F1']:.2f} "
        f"| | {share:.2f} ({values[1]}/{values[0]}) |"
    )
    if not args.table_only:
        print("\nper article: missed (gold not found), extra (found, not in the gold), wrong")
        print("speaker / actor / date value:\n")
        print("\n".join(listing))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
