"""Fit the initiative scorer's weights (`_weights.Weights`) by coordinate search, with k-fold
cross-validation by article on the tuning articles only.

Tuning articles: news-facts-dev A+B1 (24), bbc-facts-dev half A (10) and the web gold's half A
(20). The report-only halves (news B2, bbc B, web B) are never read here.

Each weights vector is scored end to end: `initiatives.extract(document, weights)` on every
article, matched to the gold by the benchmark's rule (facts_scoring.match: content-word token F1
>= 0.5, one-to-one), so merging, the list limit (`max_items`, kept as it is) and every gate act
as they do in the app. The objective on a set of articles is the micro F1 subject to precision
>= --min-precision (a vector under the floor ranks below any vector over it, and among those
under it by precision). Coordinate search: from the hand-set weights, each float weight and the
threshold in turn tries its value plus each of --steps and keeps the best strict gain; passes
repeat until none gains (at most --passes).

Tagging is what costs: the sentence tagger's output is cached per sentence for the run (the
weights change nothing before scoring), so one evaluation of the 54 articles is a few seconds.
Evaluations are memoised per weights vector over all articles, so the folds share the start.

For each of --folds folds (articles dealt round-robin after a seeded shuffle), the search runs on
the other folds and both the hand-set and the fitted weights are scored on the held-out fold;
the summed held-out counts are the CV figures. Then the search runs once on all tuning
articles: those are the weights to put in `_weights.py` when CV says they help.

--ceiling prints instead, per tuning set, the hand-set weights at a range of thresholds (no
list limit): at the lowest, every candidate the engine scores is listed, so its recall is the
most any weights can reach.

Usage: .venv/bin/python benchmarks/fit_initiative_weights.py [--folds 5] [--passes 3]
           [--steps -1,-0.5,0.5,1] [--min-precision 0.75] [--seed 0] [--ceiling]
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import web_gold
from facts_scoring import halves, match, prf
from shared_data import DATA, read_jsonl

from app.core.document import Document
from app.core.facts import initiatives
from app.core.facts.initiatives import _extract
from app.core.facts.initiatives._weights import WEIGHTS, Weights
from app.core.facts.nlp.tagger import Token

# The weights searched: every float field (the list limits stay as they are).
FIELDS = [f.name for f in dataclasses.fields(Weights) if f.type in ("float", float)]

_TAGGED: dict[tuple[int, int, int, int | None, frozenset[int]], list[Token]] = {}
_plain_tokens = _extract._tokens


def _cached_tokens(
    text: str, sentence: Any, dateline_end: int | None = None, names: Any = ()
) -> list[Token]:
    key = (id(text), sentence.start, sentence.end, dateline_end, frozenset(names))
    if key not in _TAGGED:
        _TAGGED[key] = _plain_tokens(text, sentence, dateline_end, names)
    return list(_TAGGED[key])


_extract._tokens = _cached_tokens  # type: ignore[assignment]


@dataclasses.dataclass
class Article:
    label: str
    document: Document
    gold: list[str]


def tuning_articles() -> list[Article]:
    """news A+B1, bbc A, web A: the articles tuned on."""
    out: list[Article] = []
    sets = [
        ("news", halves(read_jsonl(DATA / "facts" / "news-facts-dev.jsonl"), "A+B1")),
        ("bbc", halves(read_jsonl(DATA / "facts" / "bbc-facts-dev.jsonl"), "A")),
        ("web", halves(web_gold.rows(), "A")),
    ]
    for name, rows in sets:
        for row in rows:
            gold = [g["initiative"] for g in row["initiatives"]]
            out.append(Article(f"{name}:{row['id']}", Document.from_text(row["text"]), gold))
    return out


Counts = tuple[int, int, int]  # matched, predicted, gold
_MEMO: dict[Weights, list[Counts]] = {}


def evaluate(weights: Weights, articles: Sequence[Article]) -> list[Counts]:
    """Per-article counts of `weights` on every article (memoised)."""
    if weights not in _MEMO:
        out = []
        for a in articles:
            found = [f.text for f in initiatives.extract(a.document, weights)]
            out.append((len(match(found, a.gold)), len(found), len(a.gold)))
        _MEMO[weights] = out
    return _MEMO[weights]


def total(counts: Sequence[Counts], idx: Sequence[int]) -> Counts:
    return (
        sum(counts[i][0] for i in idx),
        sum(counts[i][1] for i in idx),
        sum(counts[i][2] for i in idx),
    )


def rank(c: Counts, floor: float) -> tuple[bool, float, float]:
    p, _r, f = prf(*c)
    return (p >= floor, f if p >= floor else p, p)


def fmt(c: Counts) -> str:
    p, r, f = prf(*c)
    return f"{p:.2f} / {r:.2f} / {f:.2f} ({c[0]}/{c[1]} of {c[2]})"


def search(
    start: Weights,
    articles: Sequence[Article],
    idx: Sequence[int],
    steps: Sequence[float],
    passes: int,
    floor: float,
) -> Weights:
    """Coordinate search on the articles at `idx` from `start`."""
    best = start
    best_rank = rank(total(evaluate(best, articles), idx), floor)
    for n in range(passes):
        gained = False
        for name in FIELDS:
            base = getattr(best, name)
            for step in steps:
                trial = dataclasses.replace(best, **{name: round(base + step, 3)})
                r = rank(total(evaluate(trial, articles), idx), floor)
                if r > best_rank:
                    best, best_rank, gained = trial, r, True
            if getattr(best, name) != base:
                print(f"    pass {n + 1}: {name} {base} -> {getattr(best, name)}", flush=True)
        if not gained:
            break
    return best


def changed(w: Weights) -> str:
    diffs = [f"{n}={getattr(w, n)} (was {getattr(WEIGHTS, n)})" for n in FIELDS]
    return (
        ", ".join(
            d for d, n in zip(diffs, FIELDS, strict=True) if getattr(w, n) != getattr(WEIGHTS, n)
        )
        or "none"
    )


def ceiling(articles: Sequence[Article]) -> None:
    """Each tuning set at thresholds from -100 (every candidate) to the hand-set one."""
    print("| threshold | " + " | ".join(("news A+B1", "bbc A", "web A", "all")) + " |")
    print("|---|---|---|---|---|")
    sets = [
        [i for i, a in enumerate(articles) if a.label.startswith(n)] for n in ("news", "bbc", "web")
    ]
    sets.append(list(range(len(articles))))
    for th in (-100.0, -2.0, 0.0, 1.0, 2.0, 2.5, WEIGHTS.threshold):
        w = dataclasses.replace(WEIGHTS, threshold=th, max_items=1000)
        counts = evaluate(w, articles)
        print(f"| {th} | " + " | ".join(fmt(total(counts, ix)) for ix in sets) + " |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--passes", type=int, default=3)
    parser.add_argument("--steps", default="-1,-0.5,0.5,1")
    parser.add_argument("--min-precision", type=float, default=0.75)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--ceiling", action="store_true", help="threshold sweep, no fit")
    args = parser.parse_args()
    steps = [float(s) for s in args.steps.split(",")]
    print(
        "command: .venv/bin/python benchmarks/fit_initiative_weights.py " + " ".join(sys.argv[1:])
    )
    t0 = time.perf_counter()
    articles = tuning_articles()
    if args.ceiling:
        ceiling(articles)
        return 0
    order = list(range(len(articles)))
    random.Random(args.seed).shuffle(order)
    folds = [sorted(order[k :: args.folds]) for k in range(args.folds)]
    hand = evaluate(WEIGHTS, articles)
    print(f"{len(articles)} tuning articles; hand-set on all: {fmt(total(hand, order))}")
    print(f"first evaluation (tagging included): {time.perf_counter() - t0:.0f}s", flush=True)
    held_hand: list[Counts] = []
    held_fit: list[Counts] = []
    print(
        "\n| fold | articles | train hand P/R/F1 | train fitted | held-out hand | held-out fitted |"
    )
    print("|---|---:|---|---|---|---|")
    rows = []
    for k, test in enumerate(folds):
        train = [i for i in order if i not in test]
        print(f"  fold {k + 1}: searching on {len(train)} articles", flush=True)
        fitted = search(WEIGHTS, articles, train, steps, args.passes, args.min_precision)
        fit_counts = evaluate(fitted, articles)
        held_hand.append(total(hand, test))
        held_fit.append(total(fit_counts, test))
        rows.append(
            f"| {k + 1} | {len(test)} | {fmt(total(hand, train))} | {fmt(total(fit_counts, train))}"
            f" | {fmt(held_hand[-1])} | {fmt(held_fit[-1])} |"
        )
        print(rows[-1])
        print(f"    fold {k + 1} changes: {changed(fitted)}", flush=True)
    print(
        "\n| fold | articles | train hand P/R/F1 | train fitted | held-out hand | held-out fitted |"
    )
    print("|---|---:|---|---|---|---|")
    print("\n".join(rows))
    folds_all = list(range(len(folds)))
    sum_hand, sum_fit = total(held_hand, folds_all), total(held_fit, folds_all)
    print(f"CV held-out, summed over folds: hand {fmt(sum_hand)}; fitted {fmt(sum_fit)}")
    print("\nfinal search on all tuning articles:", flush=True)
    final = search(WEIGHTS, articles, order, steps, args.passes, args.min_precision)
    print(
        f"all tuning articles: hand {fmt(total(hand, order))}; "
        f"fitted {fmt(total(evaluate(final, articles), order))}"
    )
    print(f"fitted weights: {changed(final)}")
    print(f"{len(_MEMO)} weight vectors evaluated in {time.perf_counter() - t0:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
