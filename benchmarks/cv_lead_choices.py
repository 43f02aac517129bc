"""Which early sentences should a 3-sentence summary keep? Every readable set, cross-validated.

`cv_summaries.py` reruns the whole summarizer per grid point; this script looks at the choice
itself. For every cnndm-dev article it scores (ROUGE-1 F1) every readable 3-sentence set among
the first `POOL` sentences once (the `_cover` rules: no boilerplate or not-prose sentence, an
opener with the sentence before it, a question or an open quotation with the sentence after
it, no two sentences that repeat each other), so any way of scoring the sets can be tried in a
second and cross-validated exactly as `cv_summaries.py` does (5 folds, the same split seeds;
cnndm only, since the lead-style set never decides bbc-dev's summaries). Articles where the
set does not apply (`Coverage.max_share`) keep the shipped summary in every row.

Printed: Lead-3, the shipped choice, the best readable set (an upper bound), then for each
grid of `Coverage` values (and the reading rule "keep the first sentence unless it is a
question, fragment, caption or run-on") the best point on all rows and the cross-validated
gain over Lead-3 for each split seed, the held-out R2 and RLsum gains of the shipped grid
(its point chosen by R1), then the articles where two `position_scale` values differ
(`--show`).

Usage:
    .venv/bin/python benchmarks/cv_lead_choices.py [--splits 5] [--workers 2] [--show 3,6]
"""

from __future__ import annotations

import argparse
import dataclasses
import itertools
import math
import statistics
import sys
import warnings
from itertools import combinations
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
from app.core.summarize.default._cover import word_weights
from app.core.summarize.default._method import (
    COVER,
    DUPLICATE,
    LEAD_COUNT,
    KeyfactsSummarizer,
)
from app.core.summarize.default._select import repeats

POOL = 7  # `Coverage.window`
FOLDS = 5
SCALES = (2.0, 3.0, 4.0, 6.0, 8.0)
EMPHASES = (1.0, 1.5)
LENGTHS = (0.4, 0.5)
GRIDS = {
    "position_scale 2/3/4 (the grid before)": (2.0, 3.0, 4.0),
    "position_scale 2/3/4/6/8 (shipped grid)": SCALES,
}


def _article(row: dict[str, Any]) -> dict[str, Any]:
    """One article's readable sets with their R1, and what scoring them needs."""
    warnings.filterwarnings("ignore", category=RuntimeWarning, module="sumy")
    document = Document.from_text(row["text"])
    reference = "\n".join(reference_sentences(row["reference"]))

    def rouge(texts: list[str]) -> tuple[float, float, float]:
        scores = _scorer().score(reference, "\n".join(texts))
        r1, r2, rl = (100 * scores[k].fmeasure for k in ("rouge1", "rouge2", "rougeLsum"))
        return r1, r2, rl

    lead = rouge([s.text for s in summarize(document, "lead", SummaryLength(sentences=3))])
    model, by_id = sumy_document(document)
    n = len(model.sentences)
    summarizer = KeyfactsSummarizer()
    shipped_set = tuple(sorted(summarizer.ranking(model, 3)))

    def text(i: int) -> str:
        return by_id[id(model.sentences[i])].text

    shipped = rouge([text(i) for i in shipped_set])
    f = summarizer._features(model).without_tallies()
    same = repeats(f, DUPLICATE)
    pool = [i for i in range(min(n, POOL)) if not (f.flags[i].boilerplate or f.flags[i].not_prose)]
    sets, scores = [], []
    if COVER.max_share * n >= LEAD_COUNT:
        for chosen in combinations(pool, 3):
            inside = set(chosen)
            if any(f.flags[i].backward and i - 1 not in inside for i in chosen):
                continue
            if any(f.flags[i].needs_next and i + 1 not in inside for i in chosen):
                continue
            if any(same(a, b) for a, b in combinations(chosen, 2)):
                continue
            sets.append(chosen)
            scores.append(rouge([text(i) for i in chosen]))
    weights = {
        (t, e): word_weights(f.counts, dataclasses.replace(COVER, position_scale=t, emphasis=e))
        for t, e in itertools.product(SCALES, EMPHASES)
    }
    covered = {
        key: np.array(
            [float(w[list(frozenset().union(*(f.terms[i] for i in s)))].sum()) for s in sets]
        )
        for key, w in weights.items()
    }
    flagged = [
        g.question or g.fragment or g.caption or bool(f.words[i] > COVER.run_on_from)
        for i, g in enumerate(f.flags[:POOL])
    ]
    size = np.array([max(1.0, float(sum(f.words[i] for i in s))) for s in sets])
    penalised = np.array([sum(flagged[i] for i in s) for s in sets], dtype=np.float64)
    return {
        "lead": lead,
        "shipped": shipped,
        "shipped_set": shipped_set,
        "sets": sets,
        "rouge": np.array(scores).reshape(-1, 3),
        "covered": covered,
        "log_size": np.log(size),
        "penalised": penalised,
        "first_flagged": bool(flagged[0]) if flagged else True,
        "texts": [text(i) for i in range(min(n, POOL))],
    }


def _choice(a: dict[str, Any], scale: float, emphasis: float, length: float, keep: bool) -> int:
    """Index into a["sets"] of the set `_cover` would choose (-1: none applies)."""
    if not a["sets"]:
        return -1
    worth = (
        np.log(a["covered"][(scale, emphasis)] + 1e-300)
        - length * a["log_size"]
        + a["penalised"] * math.log(1 - COVER.penalty)
    )
    if keep and not a["first_flagged"]:
        first = np.array([0 in s for s in a["sets"]])
        if first.any():
            worth = np.where(first, worth, -np.inf)
    return int(np.argmax(worth))


def _table(
    articles: list[dict[str, Any]], points: list[tuple[float, float, float, bool]], metric: int = 0
) -> Any:
    """points x articles ROUGE F1 (metric 0, 1, 2: R1, R2, RLsum)."""
    rows = []
    for point in points:
        row = []
        for a in articles:
            c = _choice(a, *point)
            row.append(a["rouge"][c, metric] if c >= 0 else a["shipped"][metric])
        rows.append(row)
    return np.array(rows)


def _cross_validated(table: Any, lead: Any, seed: int, scored: Any = None) -> float:
    """Pooled held-out gain over Lead-3, folds as `cv_summaries.py` draws cnndm's.

    The point is chosen by `table` (R1) on the training folds; the held-out rows are scored
    in `scored` (another metric's table over the same points), by default `table` itself.
    """
    scored = table if scored is None else scored
    split = np.array_split(np.random.RandomState(seed).permutation(table.shape[1]), FOLDS)
    held = np.zeros(table.shape[1])
    for fold in split:
        train = np.setdiff1d(np.arange(table.shape[1]), fold)
        held[fold] = scored[int(np.argmax(table[:, train].mean(axis=1))), fold]
    return float(held.mean() - lead.mean())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--splits", type=int, default=5, help="fold split seeds 0..N-1")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--show", default=None, help="two position_scale values: list changes")
    args = parser.parse_args()
    if not (SHARED_DATA / "summaries").is_dir():
        print(f"no evaluation data at {SHARED_DATA}; nothing to measure")
        return 0
    print("command: .venv/bin/python benchmarks/cv_lead_choices.py " + " ".join(sys.argv[1:]))
    with Pool(args.workers) as pool:
        articles = pool.map(_article, load("cnndm", None), chunksize=4)
    lead = np.array([a["lead"][0] for a in articles])
    shipped = np.array([a["shipped"][0] for a in articles])
    best = np.array([a["rouge"][:, 0].max() if a["sets"] else a["shipped"][0] for a in articles])
    print(
        f"\ncnndm-dev {len(articles)} articles; R1 Lead-3 {lead.mean():.2f}, shipped "
        f"{shipped.mean():.2f} ({shipped.mean() - lead.mean():+.2f}), best readable set of "
        f"the first {POOL} {best.mean():.2f} ({best.mean() - lead.mean():+.2f})"
    )
    print(
        f"\n{'grid (x emphasis 1/1.5 x length 0.4/0.5)':<52} {'best point':>18}  CV gain per split"
    )
    for keep in (False, True):
        for label, scales in GRIDS.items():
            points = list(itertools.product(scales, EMPHASES, LENGTHS, (keep,)))
            table = _table(articles, points)
            means = table.mean(axis=1) - lead.mean()
            top = int(np.argmax(means))
            gains = [_cross_validated(table, lead, seed) for seed in range(args.splits)]
            name = label + (", first kept" if keep else "")
            where = "/".join(f"{v:g}" for v in points[top][:3])
            print(
                f"{name:<52} {where:>10} {means[top]:+.2f}  "
                + " ".join(f"{g:+.2f}" for g in gains)
                + f"  mean {statistics.mean(gains):+.2f}"
            )
    points = list(itertools.product(SCALES, EMPHASES, LENGTHS, (False,)))
    by_r1 = _table(articles, points)
    for metric, name in ((1, "R2"), (2, "RLsum")):
        base = np.array([a["lead"][metric] for a in articles])
        gains = [
            _cross_validated(by_r1, base, seed, _table(articles, points, metric))
            for seed in range(args.splits)
        ]
        print(
            f"shipped grid, point chosen by R1, held-out {name} gain over Lead-3: "
            + " ".join(f"{g:+.2f}" for g in gains)
        )
    if args.show:
        old, new = (float(v) for v in args.show.split(","))
        print(
            f"\narticles whose set differs, position_scale {old:g} -> {new:g} (emphasis and "
            f"length as shipped):"
        )
        for k, a in enumerate(articles):
            before = _choice(a, old, COVER.emphasis, COVER.length, False)
            after = _choice(a, new, COVER.emphasis, COVER.length, False)
            if before == after or before < 0:
                continue
            s0, s1 = a["sets"][before], a["sets"][after]
            change = a["rouge"][after, 0] - a["rouge"][before, 0]
            note = "  first sentence left out" if 0 in s0 and 0 not in s1 else ""
            print(f"  #{k}: {s0} -> {s1}  R1 {change:+.1f}{note}")
            if note:
                print(f"      first: {a['texts'][0][:100]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
