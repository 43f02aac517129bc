"""Quality and speed of app.core.facts.dates._extract.extract.

TimeBank dev (../shared/data/dates/timebank-dev.jsonl): gold = the TIMEX3s of type DATE; each
document's `dct` is passed as the reference date. Each text is built with Document.from_text and
dates are taken from the body AND the title line (the TimeBank texts start with a dateline that
Document takes for a title), so the whole text is covered.
- relaxed span P/R/F1: a prediction matches a gold span when they overlap, one-to-one (pairs taken
  greedily by largest overlap);
- strict span P/R/F1: identical start and end;
- "(info)": relaxed P/R/F1 against the gold less the expressions the brief excludes ("now",
  "currently", "current"); the main figures count them as misses;
- value accuracy: over the relaxed-matched pairs, the share whose value equals the gold value
  exactly (a None value counts as wrong).

BBC facts dev (../shared/data/facts/bbc-facts-dev.jsonl): gold = the `dates` substrings (every
occurrence of each), no reference date; relaxed span P/R/F1.

Speed: extract() on a 1,000-word article (warm, median of 20) and on 1 MB texts (best of 3 runs),
one dense with dates (a date-heavy sentence repeated) and one of real news (TimeBank texts).

Usage (from the repository root): .venv/bin/python benchmarks/bench_dates.py [--errors N]
"""

from __future__ import annotations

import argparse
import datetime
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shared_data import DATA, read_jsonl

from app.core.document import Document
from app.core.facts import dates

Span = tuple[int, int]
# Gold expressions the brief tells us not to extract; only the "(info)" line leaves them out.
SPEC_EXCLUDED = frozenset({"now", "right now", "currently", "current"})


def match_relaxed(pred: list[Span], gold: list[Span]) -> list[tuple[int, int]]:
    """One-to-one pairs (pred index, gold index) of overlapping spans, largest overlap first."""
    pairs = []
    for i, (ps, pe) in enumerate(pred):
        for j, (gs, ge) in enumerate(gold):
            overlap = min(pe, ge) - max(ps, gs)
            if overlap > 0:
                pairs.append((overlap, i, j))
    pairs.sort(reverse=True)
    used_p: set[int] = set()
    used_g: set[int] = set()
    matched = []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            matched.append((i, j))
    return matched


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def predict(text: str, ref: datetime.date | None) -> list[tuple[int, int, str | None]]:
    """Dates over the whole text: the body via extract(), the title line via scan()."""
    doc = Document.from_text(text)
    out = [(f.start, f.end, f.timex) for f in dates.extract(doc, ref)]
    if doc.title is not None:
        out += [
            (f.start, f.end, f.value) for f in dates.scan(text, doc.title.start, doc.title.end, ref)
        ]
    return sorted(out)


def timebank_half(rows: list[dict], half: str) -> list[dict]:
    """The documents of one half of TimeBank dev: by sorted document id, "even" takes positions
    0, 2, 4, ... (the tuning half), "odd" 1, 3, 5, ... (report-only); "all" keeps every one."""
    if half == "all":
        return rows
    ordered = sorted(rows, key=lambda r: r["id"])
    return ordered[0::2] if half == "even" else ordered[1::2]


def timebank(errors: int, half: str = "all") -> None:
    rows = timebank_half(read_jsonl(DATA / "dates" / "timebank-dev.jsonl"), half)
    n_pred = n_gold = tp_relaxed = tp_strict = value_ok = 0
    n_excluded = tp_excluded = 0  # gold that the spec leaves out ("now", "currently", "current")
    fps: list[str] = []
    fns: list[str] = []
    bad_values: list[str] = []
    for row in rows:
        text = row["text"]
        ref = datetime.date.fromisoformat(row["dct"][:10])
        gold = [t for t in row["timexes"] if t["type"] == "DATE"]
        pred = predict(text, ref)
        n_pred += len(pred)
        n_gold += len(gold)
        gold_spans = [(g["start"], g["end"]) for g in gold]
        pred_spans = [(s, e) for s, e, _ in pred]
        tp_strict += len(set(pred_spans) & set(gold_spans))
        matched = match_relaxed(pred_spans, gold_spans)
        tp_relaxed += len(matched)
        for i, j in matched:
            if pred[i][2] == gold[j]["value"]:
                value_ok += 1
            else:
                bad_values.append(
                    f"{text[pred[i][0] : pred[i][1]]!r} -> {pred[i][2]} (gold {gold[j]['text']!r} "
                    f"{gold[j]['value']}, dct {row['dct']}) | "
                    f"{_sentence(text, pred[i][0], pred[i][1])}"
                )
        mp = {i for i, _ in matched}
        mg = {j for _, j in matched}
        for j, g in enumerate(gold):
            if g["text"].lower().strip() in SPEC_EXCLUDED:
                n_excluded += 1
                tp_excluded += j in mg
        for i, (s, e, v) in enumerate(pred):
            if i not in mp:
                fps.append(f"{text[s:e]!r} {v} | ...{_around(text, s, e)}...")
        for j, g in enumerate(gold):
            if j not in mg:
                fns.append(
                    f"{g['text']!r} {g['value']} | ...{_around(text, g['start'], g['end'])}..."
                )
    rp, rr, rf = prf(tp_relaxed, n_pred, n_gold)
    sp, sr, sf = prf(tp_strict, n_pred, n_gold)
    print(f"TimeBank dev ({half}): {len(rows)} docs, {n_gold} gold DATE timexes, ", end="")
    print(f"{n_pred} predicted")
    print(f"{'measure':<28}{'P':>7}{'R':>7}{'F1':>7}")
    print(f"{'relaxed span (overlap)':<28}{rp:7.3f}{rr:7.3f}{rf:7.3f}")
    print(f"{'strict span (exact)':<28}{sp:7.3f}{sr:7.3f}{sf:7.3f}")
    xp, xr, xf = prf(tp_relaxed - tp_excluded, n_pred, n_gold - n_excluded)
    print(f"{'relaxed, less now/currently':<28}{xp:7.3f}{xr:7.3f}{xf:7.3f}  (info)")
    print(
        f"value accuracy (exact value over relaxed-matched pairs): "
        f"{value_ok / max(1, tp_relaxed):.3f} ({value_ok}/{tp_relaxed})"
    )
    print("reference: dateparser search_dates 0.63 F1 / 0.48 value; HeidelTime ~0.90 relaxed F1")
    if errors:
        for title, items in (
            ("false positives", fps),
            ("false negatives", fns),
            ("wrong values", bad_values),
        ):
            print(f"\n-- {title} ({len(items)}) --")
            for item in items[:errors]:
                print("  " + item)


def _around(text: str, start: int, end: int) -> str:
    return (
        text[max(0, start - 40) : start] + "[" + text[start:end] + "]" + text[end : end + 30]
    ).replace("\n", " ")


def _sentence(text: str, start: int, end: int) -> str:
    """The sentence around a span (up to 200 characters each side), the span in brackets."""
    lo = max(text.rfind(". ", max(0, start - 200), start) + 2, text.rfind("\n", 0, start) + 1)
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i != -1]
    hi = min([*stops, end + 200])
    return (text[lo:start] + "[" + text[start:end] + "]" + text[end:hi]).replace("\n", " ")


def bbc(errors: int) -> None:
    path = DATA / "facts" / "bbc-facts-dev.jsonl"
    if not path.exists():
        print(f"no data at {path}; BBC check skipped")
        return
    rows = read_jsonl(path)
    vague = ("PAST_REF", "FUTURE_REF", "PRESENT_REF")
    totals = {"all dates": [0, 0, 0], "without PAST/FUTURE_REF": [0, 0, 0]}
    misses: list[str] = []
    for row in rows:
        text = row["text"]
        every = {
            (m.start(), m.end())
            for d in row["dates"]
            for m in re.finditer(re.escape(d["date"]), text)
        }
        # "this year" inside a gold "earlier this year" is the same date, not a second one.
        gold_spans = sorted(
            (s, e)
            for s, e in every
            if not any(a <= s and e <= b and (a, b) != (s, e) for a, b in every)
        )
        pred = predict(text, None)
        for name, keep in (
            ("all dates", pred),
            ("without PAST/FUTURE_REF", [p for p in pred if p[2] not in vague]),
        ):
            pred_spans = [(s, e) for s, e, _ in keep]
            matched = match_relaxed(pred_spans, gold_spans)
            totals[name][0] += len(matched)
            totals[name][1] += len(pred_spans)
            totals[name][2] += len(gold_spans)
            if name == "all dates":
                mp = {i for i, _ in matched}
                mg = {j for _, j in matched}
                misses += [
                    f"FP {text[s:e]!r} | ...{_around(text, s, e)}..."
                    for i, (s, e) in enumerate(pred_spans)
                    if i not in mp
                ]
                misses += [
                    f"FN {text[s:e]!r} | ...{_around(text, s, e)}..."
                    for j, (s, e) in enumerate(gold_spans)
                    if j not in mg
                ]
    n_gold = totals["all dates"][2]
    print(f"\nBBC facts dev: {len(rows)} articles, {n_gold} gold date spans, no reference date")
    print(f"{'relaxed span (overlap)':<28}{'P':>7}{'R':>7}{'F1':>7}")
    for name, (tp, n_pred, n_gold) in totals.items():
        p, r, f = prf(tp, n_pred, n_gold)
        print(f"{name:<28}{p:7.3f}{r:7.3f}{f:7.3f}")
    for item in misses[:errors]:
        print("  " + item)


def _best_of(runs: int, text: str, ref: datetime.date) -> tuple[float, float]:
    """Fastest wall and CPU time of a few extract() runs (the machine is shared with others)."""
    doc = Document.from_text(text)
    wall = cpu = float("inf")
    for _ in range(runs):
        w0, c0 = time.perf_counter(), time.process_time()
        dates.extract(doc, ref)
        wall = min(wall, time.perf_counter() - w0)
        cpu = min(cpu, time.process_time() - c0)
    return wall, cpu


def speed() -> None:
    sentence = (
        "The council said on Friday that the plan, first proposed in June 2004, would cost "
        "2000 jobs by the end of next year, three months after the 1990s scheme closed. "
    )
    words_per = len(sentence.split())
    article = (sentence * (1000 // words_per + 1)).strip()
    ref = datetime.date(2005, 3, 14)
    doc = Document.from_text(article)
    dates.extract(doc, ref)
    walls, cpus = [], []
    for _ in range(20):
        w0, c0 = time.perf_counter(), time.process_time()
        dates.extract(doc, ref)
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    big_text = "\n".join([article] * (1_000_000 // len(article) + 1))[:1_000_000]
    big_s = _best_of(3, big_text, ref)
    half_s = _best_of(3, big_text[:500_000], ref)
    rows = [
        (
            "1,000-word article, warm (median of 20)",
            (statistics.median(walls), statistics.median(cpus)),
            "< 0.030",
        ),
        ("500 kB text (dense)", half_s, ""),
        ("1 MB text (the sentence above, repeated: dense)", big_s, "< 3"),
    ]
    news = DATA / "dates" / "timebank-dev.jsonl"
    if news.exists():
        texts = [row["text"] for row in read_jsonl(news)]
        real = "\n".join(texts * (1_000_000 // sum(map(len, texts)) + 1))[:1_000_000]
        rows.append(("1 MB text (TimeBank news, concatenated)", _best_of(3, real, ref), "< 3"))
    header = "speed of extract() (Document built beforehand)"
    print(f"\n{header:<56}{'wall s':>9}{'CPU s':>9}{'target':>9}")
    for name, (wall, cpu), target in rows:
        print(f"{name:<56}{wall:9.4f}{cpu:9.4f}{target:>9}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=int, default=0, help="list N errors of each kind")
    parser.add_argument("--no-speed", action="store_true", help="skip the timing runs")
    parser.add_argument(
        "--half",
        choices=("all", "even", "odd"),
        default="all",
        help="TimeBank dev half by sorted doc id: even = tuning, odd = report-only (totals only)",
    )
    args = parser.parse_args()
    print("command: .venv/bin/python benchmarks/bench_dates.py " + " ".join(sys.argv[1:]))
    if not (DATA / "dates" / "timebank-dev.jsonl").exists():
        print(f"no data at {DATA}; nothing to measure (needs ../shared/data/dates)")
        return 0
    if args.half == "odd" and args.errors:
        parser.error("the odd half is report-only: totals, no --errors")
    timebank(args.errors, args.half)
    bbc(args.errors)
    if not args.no_speed:
        speed()
    return 0


if __name__ == "__main__":
    sys.exit(main())
