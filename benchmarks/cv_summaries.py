"""Does the default summarizer's choice of parameters generalise? Cross-validated on both dev sets.

Issue 12 asks that the parameters be chosen by cross-validation over cnndm-dev and bbc-dev
together, each fold reported. A small grid is searched: the lead-style set's `Coverage`
(`position_scale`, `emphasis`, `length`: what decides cnndm's 3-sentence summaries)
crossed with three of `LONG`'s weights (`overlap`, `reported`, `position`: what decides bbc's
long ones). Rows are split into folds within each set, so every fold holds out a fifth of
cnndm-dev and a fifth of bbc-dev. For each fold the grid point with the best objective on the
other folds is scored on the held-out rows. The objective is the mean of the two sets' ROUGE-1
gains over their baselines (Lead-3 on cnndm, sumy Reduction on bbc); the baselines do not depend
on the grid, so this is the same choice as the mean of the two sets' ROUGE-1.

Each article's features are computed once and reused by every grid point; a grid point that
cannot change an article's summary (Coverage on a long summary, LONG on a lead-style one) is not
rerun, and each distinct summary is scored once. `--only` lets the folds choose only among the
points whose label matches a regular expression (e.g. `'^3/1.5/0.5 '`: LONG only).

Usage:
    .venv/bin/python benchmarks/cv_summaries.py [--folds 5] [--seed 0] [--splits 1] [--bbc-rows N]
        [--limit N] [--workers 2] [--ablate] [--only REGEX]
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import math
import random
import re
import statistics
import sys
import warnings
from multiprocessing import Pool
from typing import Any

import numpy as np
from shared_data import DATA as SHARED_DATA
from shared_data import ROOT

sys.path.insert(0, str(ROOT))

from bench_summaries import _scorer, load, reference_sentences

from app.core.document import Document
from app.core.options import SummaryLength
from app.core.summarize import summarize, sumy_document
from app.core.summarize.default._method import (
    COVER,
    LEAD_COUNT,
    LONG,
    SEED_BELOW,
    SHORT,
    KeyfactsSummarizer,
    _long_share,
)

# The shipped value of each parameter is in its list, with a plainer one (fewer effective
# parameters: emphasis 1 is plain frequency, reported / position 0 drop a term).
# `Coverage.penalty` is not in the grid: it is a reading rule kept for readers (penalty 0 scores
# higher but takes captions, run-ons and fragments into the summary: bench_summary_reading.py),
# so the folds choose among settings that summarise as the app does.
COVER_GRID = [
    {"position_scale": t, "emphasis": e, "length": b}
    for t, e, b in itertools.product((2.0, 3.0, 4.0), (1.0, 1.5), (0.4, 0.5))
]
LONG_GRID = [
    {"overlap": o, "reported": r, "position": q}
    for o, r, q in itertools.product((1.0, 1.5), (0.0, 0.4), (0.0, 0.3))
]
SHIPPED_COVER = {f: getattr(COVER, f) for f in COVER_GRID[0]}
SHIPPED_LONG = {f: getattr(LONG, f) for f in LONG_GRID[0]}
BASELINE = {"cnndm": "lead", "bbc": "reduction"}
# Single-parameter ablations over every tuned weight: (label, {part: {field: plain value}}),
# where part is "short", "long" or "cover". A weight earns its place if making it plain lowers
# the held-out objective.
ABLATIONS: list[tuple[str, dict[str, dict[str, float]]]] = [
    ("shipped", {}),
    ("SHORT threshold 0 (as LONG)", {"short": {"threshold": 0.0}}),
    ("SHORT forward 0", {"short": {"forward": 0.0}}),
    ("SHORT position 0.3 (as LONG)", {"short": {"position": 0.3}}),
    ("SHORT entities 0", {"short": {"entities": 0.0}}),
    ("SHORT caption 0.3 (as LONG)", {"short": {"caption": 0.3}}),
    ("SHORT caption 0", {"short": {"caption": 0.0}}),
    ("SHORT unreadable 0", {"short": {"unreadable": 0.0}}),
    ("LONG unreadable 0", {"long": {"unreadable": 0.0}}),
    ("LONG threshold 0.1 (as SHORT)", {"long": {"threshold": 0.1}}),
    ("LONG centrality 0 (back, fwd)", {"long": {"backward": 0.0, "forward": 0.0}}),
    ("LONG backward 0 (as SHORT)", {"long": {"backward": 0.0}}),
    ("LONG position 0", {"long": {"position": 0.0}}),
    ("LONG long 0", {"long": {"long": 0.0}}),
    ("LONG caption 0", {"long": {"caption": 0.0}}),
    ("LONG reported 0", {"long": {"reported": 0.0}}),
    ("LONG quotation 0", {"long": {"quotation": 0.0}}),
    ("Coverage penalty 0", {"cover": {"penalty": 0.0}}),
    ("Coverage emphasis 1", {"cover": {"emphasis": 1.0}}),
    ("Coverage length 0.4", {"cover": {"length": 0.4}}),
    ("Coverage position_scale 2", {"cover": {"position_scale": 2.0}}),
]


class _Article:
    """One row ready to be summarised many ways: its sumy model, reference and baseline R1."""

    def __init__(self, name: str, row: dict[str, Any]) -> None:
        document = Document.from_text(row["text"])
        self.reference = "\n".join(reference_sentences(row["reference"]))
        baseline = summarize(document, BASELINE[name], SummaryLength(sentences=row["k"]))
        texts = "\n".join(s.text for s in baseline)
        self.base = 100 * _scorer().score(self.reference, texts)["rouge1"].fmeasure
        self.model, self._by_id = sumy_document(document)
        self.n = len(self.model.sentences)
        self.count = min(row["k"], self.n)
        self._by_choice: dict[tuple[int, ...], float] = {}

    def r1(self, summarizer: KeyfactsSummarizer) -> float:
        """ROUGE-1 F1 (x100) of the summary `summarizer` ranks; each distinct choice scored once."""
        chosen = tuple(sorted(summarizer.ranking(self.model, self.count)))
        if chosen not in self._by_choice:
            texts = [self._by_id[id(self.model.sentences[i])].text for i in chosen]
            score = _scorer().score(self.reference, "\n".join(texts))["rouge1"].fmeasure
            self._by_choice[chosen] = 100 * score
        return self._by_choice[chosen]


def _ablation_scores(job: tuple[str, dict[str, Any]]) -> tuple[str, np.ndarray, float]:
    """ROUGE-1 F1 (x100) of one article under every ablation, and its baseline's."""
    name, row = job
    article = _Article(name, row)
    scores = np.zeros(len(ABLATIONS))
    if article.n == 0 or article.count < 1:
        return name, scores, article.base
    summarizer = KeyfactsSummarizer()
    for a, (_, changes) in enumerate(ABLATIONS):
        summarizer.short = dataclasses.replace(SHORT, **changes.get("short", {}))
        summarizer.long = dataclasses.replace(LONG, **changes.get("long", {}))
        summarizer.cover = dataclasses.replace(COVER, **changes.get("cover", {}))
        scores[a] = article.r1(summarizer)
    return name, scores, article.base


def ablate(sets: dict[str, list[dict[str, Any]]], folds: int, seed: int, workers: int) -> None:
    """Each single ablation on all rows and per fold: R1 change from the shipped weights."""
    jobs = [(name, row) for name, rows in sets.items() for row in rows]
    with Pool(workers) as pool:
        results = pool.map(_ablation_scores, jobs, chunksize=4)
    table = {name: np.array([t for n, t, _ in results if n == name]).T for name in sets}
    rng = np.random.RandomState(seed)
    split = {name: np.array_split(rng.permutation(table[name].shape[1]), folds) for name in sets}
    print(
        "\nSingle ablations (all rows): R1 change from shipped per set (+- paired s.e.), change"
        " of the objective (mean of the two) in each fold, folds where it is >= 0"
    )
    print(f"{'ablation':<34} {'cnndm':>14} {'bbc':>14} {'mean':>6}  per fold")
    for a, (label, _) in enumerate(ABLATIONS):
        cells, means = [], []
        for name in sets:
            diff = table[name][a] - table[name][0]
            error = statistics.stdev(diff) / math.sqrt(len(diff)) if len(diff) > 1 else 0.0
            cells.append(f"{diff.mean():+6.2f} +-{error:4.2f}")
            means.append(diff.mean())
        per_fold = [
            float(np.mean([(table[n][a] - table[n][0])[split[n][f]].mean() for n in sets]))
            for f in range(folds)
        ]
        fold_cells = " ".join(f"{d:+5.2f}" for d in per_fold)
        print(
            f"{label:<34} {cells[0]:>14} {cells[1]:>14} {np.mean(means):+6.2f}  {fold_cells}"
            f"  ({sum(d >= 0 for d in per_fold)}/{folds})"
        )
    for name in sets:
        print(f"{name} shipped R1 on all rows: {table[name][0].mean():.2f}")


def _row_scores(job: tuple[str, dict[str, Any]]) -> tuple[str, np.ndarray, float]:
    """ROUGE-1 F1 (x100) of one article under every (Coverage, LONG) point, and its baseline's."""
    name, row = job
    article = _Article(name, row)
    n, count = article.n, article.count
    table = np.zeros((len(COVER_GRID), len(LONG_GRID)))
    if n == 0 or count < 1:
        return name, table, article.base
    # Which parameters can change this article's summary (as `KeyfactsSummarizer.ranking`).
    mix = _long_share(count, n)
    cover_used = (count <= LEAD_COUNT or mix < SEED_BELOW) and COVER.max_share * n >= LEAD_COUNT
    long_used = mix > 0
    summarizer = KeyfactsSummarizer()
    by_key: dict[tuple[int, int], float] = {}
    for (c, cover), (g, weights) in itertools.product(enumerate(COVER_GRID), enumerate(LONG_GRID)):
        key = (c if cover_used else 0, g if long_used else 0)
        if key not in by_key:
            summarizer.cover = dataclasses.replace(COVER, **cover)
            summarizer.long = dataclasses.replace(LONG, **weights)
            by_key[key] = article.r1(summarizer)
        table[c, g] = by_key[key]
    return name, table, article.base


def _label(point: int) -> str:
    cover, weights = COVER_GRID[point // len(LONG_GRID)], LONG_GRID[point % len(LONG_GRID)]
    return (
        f"{cover['position_scale']:g}/{cover['emphasis']:g}/{cover['length']:g}"
        " | "
        f"{weights['overlap']:g}/{weights['reported']:g}/{weights['position']:g}"
    )


def _point(cover: dict[str, float], weights: dict[str, float]) -> int:
    return COVER_GRID.index(cover) * len(LONG_GRID) + LONG_GRID.index(weights)


def _cross_validate(
    grid: dict[str, np.ndarray],
    base: dict[str, np.ndarray],
    folds: int,
    seed: int,
    show: bool,
    allowed: np.ndarray,
) -> tuple[dict[str, list[float]], dict[str, np.ndarray], list[int]]:
    """Per-fold held-out gains, every row's held-out R1, and each fold's chosen point.

    Folds are drawn within each set, so each holds out a share of both. Only the `allowed`
    points (a boolean mask) may be chosen.
    """
    rng = np.random.RandomState(seed)
    split = {name: np.array_split(rng.permutation(grid[name].shape[1]), folds) for name in grid}
    if show:
        print(
            f"\n{'fold':>4} {'chosen point':<30} {'cnndm default':>13} {'Lead-3':>6} {'gain':>6} "
            f"{'bbc default':>11} {'Reduct.':>7} {'gain':>6}"
        )
    gains: dict[str, list[float]] = {name: [] for name in grid}
    held = {name: np.zeros(grid[name].shape[1]) for name in grid}
    chosen = []
    for f in range(folds):
        train = {n: np.setdiff1d(np.arange(grid[n].shape[1]), split[n][f]) for n in grid}
        objective = np.mean(
            [grid[n][:, train[n]].mean(axis=1) - base[n][train[n]].mean() for n in grid], axis=0
        )
        best = int(np.argmax(np.where(allowed, objective, -np.inf)))
        chosen.append(best)
        cells = []
        for name in grid:
            test = split[name][f]
            held[name][test] = grid[name][best, test]
            mine, theirs = grid[name][best, test].mean(), base[name][test].mean()
            gains[name].append(float(mine - theirs))
            width = 13 if name == "cnndm" else 11
            cells.append(f"{mine:{width}.2f} {theirs:{20 - width}.2f} {mine - theirs:+6.2f}")
        if show:
            print(f"{f:4d} {_label(best):<30} {cells[0]} {cells[1]}")
    return gains, held, chosen


def main() -> int:
    warnings.filterwarnings("ignore", category=RuntimeWarning, module="sumy")
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--bbc-rows", type=int, default=None, help="random bbc-dev subsample")
    parser.add_argument("--seed", type=int, default=0, help="fold split (and subsample) seed")
    parser.add_argument("--splits", type=int, default=1, help="also repeat over N fold splits")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--limit", type=int, default=None, help="first rows per set (a quick try)")
    parser.add_argument("--ablate", action="store_true", help="single-parameter ablations only")
    parser.add_argument(
        "--only",
        default=None,
        help="regular expression: the folds choose only among points whose label matches",
    )
    args = parser.parse_args()
    if not (SHARED_DATA / "summaries").is_dir():
        print(f"no evaluation data at {SHARED_DATA}; nothing to measure")
        return 0
    print("command: .venv/bin/python benchmarks/cv_summaries.py " + " ".join(sys.argv[1:]))
    sets = {"cnndm": load("cnndm", args.limit), "bbc": load("bbc", args.limit)}
    if args.bbc_rows is not None and args.bbc_rows < len(sets["bbc"]):
        sets["bbc"] = random.Random(args.seed).sample(sets["bbc"], args.bbc_rows)
    if args.ablate:
        ablate(sets, args.folds, args.seed, args.workers)
        return 0
    jobs = [(name, row) for name, rows in sets.items() for row in rows]
    with Pool(args.workers) as pool:
        results = pool.map(_row_scores, jobs, chunksize=4)
    grid: dict[str, np.ndarray] = {}  # set -> points x rows
    base: dict[str, np.ndarray] = {}
    for name in sets:
        mine = [(t, b) for n, t, b in results if n == name]
        grid[name] = np.array([t.ravel() for t, _ in mine]).T
        base[name] = np.array([b for _, b in mine])

    points = len(COVER_GRID) * len(LONG_GRID)
    allowed = np.array(
        [args.only is None or re.search(args.only, _label(p)) is not None for p in range(points)]
    )
    if args.only is not None:
        print(f"the folds choose only among points matching {args.only!r}: {allowed.sum()}")
    shipped = _point(SHIPPED_COVER, SHIPPED_LONG)
    print(
        f"\ncnndm-dev {len(sets['cnndm'])} rows (3 sentences), bbc-dev {len(sets['bbc'])} rows "
        f"(the reference's length); grid {len(COVER_GRID)} Coverage x {len(LONG_GRID)} LONG "
        f"= {points} points"
    )
    print("point = Coverage position_scale/emphasis/length | LONG overlap/reported/position")
    print("objective: mean of the two sets' R1 gains over their baselines on the training folds")
    gains, held, chosen_points = _cross_validate(
        grid, base, args.folds, args.seed, show=True, allowed=allowed
    )
    print()
    for name, label in (("cnndm", "Lead-3"), ("bbc", "Reduction")):
        diff = held[name] - base[name]
        error = statistics.stdev(diff) / math.sqrt(len(diff))
        in_sample = grid[name][shipped].mean()
        print(
            f"{name:5} cross-validated gain over {label}: {statistics.mean(gains[name]):+.2f} "
            f"(sd {statistics.stdev(gains[name]):.2f} across folds, min {min(gains[name]):+.2f}, "
            f"max {max(gains[name]):+.2f}; pooled {held[name].mean():.2f} vs "
            f"{base[name].mean():.2f} = {diff.mean():+.2f} +- {error:.2f} s.e.); shipped point "
            f"on all rows {in_sample:.2f} vs {base[name].mean():.2f} = "
            f"{in_sample - base[name].mean():+.2f}"
        )
    if args.splits > 1:
        print(f"\n{'split seed':>10} {'cnndm CV gain':>13} {'bbc CV gain':>11}  points chosen")
        pooled: dict[str, list[float]] = {name: [] for name in grid}
        for seed in range(args.seed, args.seed + args.splits):
            _, held, chosen = _cross_validate(
                grid, base, args.folds, seed, show=False, allowed=allowed
            )
            for name in grid:
                pooled[name].append(float((held[name] - base[name]).mean()))
            labels = sorted({_label(p) for p in chosen})
            print(
                f"{seed:10d} {pooled['cnndm'][-1]:+13.2f} {pooled['bbc'][-1]:+11.2f}  "
                + ", ".join(labels)
            )
        print(
            f"{'mean':>10} {statistics.mean(pooled['cnndm']):+13.2f} "
            f"{statistics.mean(pooled['bbc']):+11.2f}"
        )
    print("\nall rows (in-sample), R1 gain over the baseline:")
    simplest = _point(
        {**SHIPPED_COVER, "emphasis": 1.0},
        {"overlap": 1.5, "reported": 0.0, "position": 0.0},
    )
    named = [("shipped", shipped)]
    for field, plain in (("emphasis", 1.0),):
        named.append(
            (
                f"shipped, Coverage {field} {plain:g}",
                _point({**SHIPPED_COVER, field: plain}, SHIPPED_LONG),
            )
        )
    for field, plain in (("reported", 0.0), ("position", 0.0)):
        named.append(
            (
                f"shipped, LONG {field} {plain:g}",
                _point(SHIPPED_COVER, {**SHIPPED_LONG, field: plain}),
            )
        )
    named.append(("plain (emphasis 1, no reported/position)", simplest))
    best_all = int(
        np.argmax(np.mean([grid[n].mean(axis=1) - base[n].mean() for n in sets], axis=0))
    )
    named.append(("best on all rows", best_all))
    named += [(f"chosen in fold {f}", p) for f, p in enumerate(chosen_points)]
    for label, p in named:
        figures = "  ".join(
            f"{n} {grid[n][p].mean():.2f} ({grid[n][p].mean() - base[n].mean():+.2f})" for n in sets
        )
        print(f"  {label:<46} {_label(p):<30} {figures}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
