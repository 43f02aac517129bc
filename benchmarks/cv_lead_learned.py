"""Can a learned scorer choose the 3-sentence lead-style set better? Fitted inside each fold.

The lead-style set (`_cover`) scores every readable set of 3 sentences among the first seven by
the position-weighted main words it covers over the square root of its length, with three
hand-set parameters (`position_scale`, `emphasis`, `length`) that `cv_summaries.py` re-chooses
inside each fold from a 12-point grid. This script asks whether a scorer *learned* on the
training folds' articles does better on the held-out ones than that hand-made worth:

* every eligible set of each cnndm-dev article (the `_cover` rules, `keep_first` included: when
  the first sentence reads well only the readable sets that hold it compete) is scored once
  (ROUGE-1 F1) and described by set features: the log of its covered word weight under six
  weightings (position_scale 2/3/4/6 at emphasis 1.5; 3 at emphasis 1 and 2), its log length,
  the mean position, TF-IDF centrality, names-and-numbers share, reported speech, quotation,
  digits, the largest cosine between two of its sentences, the cosine to the first sentence,
  short sentences (< 12 words). A set's penalty for questions, fragments, captions and run-ons
  stays the app's (`Coverage.penalty`, a reading rule) in every model;
* a linear scorer over those features is fitted on the training folds' articles, listwise (the
  sets of one article compete in a softmax), either to the sets' ROUGE-1 turned into a target
  distribution (`ce`: cross-entropy with target softmax(R1), one R1 point per unit) or to the
  expected ROUGE-1 of the chosen set (`er`), with an L2 penalty whose weight (0.001 / 0.01 /
  0.1 / 1) is chosen by a 4-fold cross-validation inside the training folds;
* on the held-out fold each article takes its best set under the fitted scorer.

Models: M1, the coverage weightings and length all learned (a continuous stand-in for the grid);
M2, M1 plus the nine sentence features; M3, the shipped worth with the nine features learned on
top; M4, the shipped worth with position, centrality and the cosine to the lead learned on top.
Two one-parameter rules are cross-validated the same way: keep Lead-3 unless the chosen set is
worth more than `margin` in log-worth above it, and a novelty lead (the earliest readable set
whose sentences' greatest pairwise cosine is under `tau`). Articles the set does not decide
(`Coverage.max_share`: under 12 sentences) keep the shipped summary in every model.

Folds are `cv_summaries.py`'s for cnndm (5, split seeds 0..N-1); the shipped point's figures per
fold are its in-sample ones (the grid's re-chosen figures are `cv_summaries.py`'s). bbc-dev is
left out: none of its 3-sentence summaries is lead-style (every such article is under 12
sentences), and of its longer ones a single row (5 sentences) starts from the set; the rest
are scored by `LONG` alone.

Usage:
    .venv/bin/python benchmarks/cv_lead_learned.py [--objective ce|er|both] [--splits 5]
        [--workers 2]
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import warnings
from itertools import combinations
from multiprocessing import Pool
from typing import Any

import numpy as np
from scipy.optimize import minimize
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

FOLDS = 5
WEIGHTINGS = ((2.0, 1.5), (3.0, 1.5), (4.0, 1.5), (6.0, 1.5), (3.0, 1.0), (3.0, 2.0))
COVERS = [f"cover {t:g}/{e:g}" for t, e in WEIGHTINGS]
SHIPPED_COVER = f"cover {COVER.position_scale:g}/{COVER.emphasis:g}"
EXTRA = [
    "position",
    "centrality",
    "entities",
    "reported",
    "quotation",
    "digits",
    "redundancy",
    "to_lead",
    "short",
]
MODELS: dict[str, tuple[list[str], bool]] = {  # name -> (features, shipped worth as offset)
    "M1 coverage weightings + length, learned": ([*COVERS, "log_size"], False),
    "M2 M1 + nine sentence features, learned": ([*COVERS, "log_size", *EXTRA], False),
    "M3 shipped worth + nine features learned": (EXTRA, True),
    "M4 shipped worth + position, centrality, to_lead": (
        ["position", "centrality", "to_lead"],
        True,
    ),
}
LAMBDAS = (0.001, 0.01, 0.1, 1.0)
MARGINS = (0.0, 0.02, 0.05, 0.1, 0.2, 0.3, math.inf)
TAUS = (0.1, 0.2, 0.3, 0.4, 0.5, math.inf)
PENALTY = math.log(1.0 - COVER.penalty)  # per question, fragment, caption or run-on: the app's
_QUOTATION = re.compile(r"(^|\s)'\s|\s'(\s|$)|[\"“”`]")  # tokenised text spaces its quote marks
_DIGIT = re.compile(r"\d")


def _rouge(reference: str, texts: list[str]) -> tuple[float, ...]:
    scores = _scorer().score(reference, "\n".join(texts))
    return tuple(100 * scores[k].fmeasure for k in ("rouge1", "rouge2", "rougeLsum"))


def _article(row: dict[str, Any]) -> dict[str, Any]:
    """One article: Lead-3's and the app's R1, and each eligible set with its R1 and features."""
    warnings.filterwarnings("ignore", category=RuntimeWarning, module="sumy")
    document = Document.from_text(row["text"])
    reference = "\n".join(reference_sentences(row["reference"]))
    lead = _rouge(
        reference, [s.text for s in summarize(document, "lead", SummaryLength(sentences=3))]
    )
    model, by_id = sumy_document(document)
    n = len(model.sentences)
    summarizer = KeyfactsSummarizer()
    shipped = tuple(sorted(summarizer.ranking(model, LEAD_COUNT)))

    def text(i: int) -> str:
        return by_id[id(model.sentences[i])].text

    out: dict[str, Any] = {
        "lead": lead[0],
        "shipped": _rouge(reference, [text(i) for i in shipped])[0],
        "sets": [],
    }
    if COVER.max_share * n < LEAD_COUNT:
        return out  # ranked, not a set: the same in every model
    f = summarizer._features(model).without_tallies()
    flags, words = f.flags, f.words
    same = repeats(f, DUPLICATE)
    pool = list(range(min(n, COVER.window)))
    candidates = [i for i in pool if not (flags[i].boilerplate or flags[i].not_prose)]

    def penalised(i: int) -> bool:
        g = flags[i]
        return g.question or g.fragment or g.caption or bool(words[i] > COVER.run_on_from)

    def readable(chosen: tuple[int, ...]) -> bool:  # as `_cover.best_lead_set`
        inside = set(chosen)
        for i in chosen:
            named = (i < len(f.speakers) and not inside.isdisjoint(f.speakers[i])) or (
                i - 1 in inside and not flags[i].unnamed_before
            )
            if flags[i].backward and not named:
                return False
            if flags[i].needs_next and i + 1 not in inside:
                return False
        return not any(same(a, b) for a, b in combinations(chosen, 2))

    sets = [s for s in combinations(candidates, LEAD_COUNT) if readable(s)]
    if COVER.keep_first and 0 in candidates and not penalised(0) and any(0 in s for s in sets):
        sets = [s for s in sets if 0 in s]
    if not sets:
        return out
    similarity = np.vstack([f.similarity(i) for i in range(n)])
    centrality = (similarity.sum(axis=1) - np.diag(similarity)) / max(1, n - 1)
    x: dict[str, Any] = {}
    for (scale, emphasis), name in zip(WEIGHTINGS, COVERS, strict=True):
        params = COVER.__class__(position_scale=scale, emphasis=emphasis)
        weights = word_weights(f.counts, params)
        x[name] = [
            math.log(float(weights[list(frozenset().union(*(f.terms[i] for i in s)))].sum()))
            for s in sets
        ]
    x["log_size"] = [math.log(max(1.0, float(sum(words[i] for i in s)))) for s in sets]
    x["penalised"] = [sum(penalised(i) for i in s) for s in sets]
    x["position"] = [sum(s) / LEAD_COUNT for s in sets]
    x["centrality"] = [float(np.mean(centrality[list(s)])) for s in sets]
    x["entities"] = [float(np.mean(f.entities[list(s)])) for s in sets]
    x["reported"] = [sum(flags[i].reported for i in s) for s in sets]
    x["quotation"] = [sum(bool(_QUOTATION.search(text(i))) for i in s) for s in sets]
    x["digits"] = [sum(bool(_DIGIT.search(text(i))) for i in s) for s in sets]
    x["redundancy"] = [max(similarity[a, b] for a, b in combinations(s, 2)) for s in sets]
    x["to_lead"] = [float(np.mean([similarity[0, i] for i in s if i != 0] or [1.0])) for s in sets]
    x["short"] = [sum(bool(words[i] < 12) for i in s) for s in sets]
    out.update(
        sets=sets,
        x={k: np.array(v, dtype=np.float64) for k, v in x.items()},
        r1=np.array([_rouge(reference, [text(i) for i in s])[0] for s in sets]),
        shipped_set=shipped,
    )
    return out


def _offset(a: dict[str, Any], shipped_worth: bool) -> Any:
    offset = PENALTY * a["x"]["penalised"]
    if shipped_worth:
        offset = offset + a["x"][SHIPPED_COVER] - COVER.length * a["x"]["log_size"]
    return offset


def _design(a: dict[str, Any], features: list[str]) -> Any:
    if not features:
        return np.zeros((len(a["sets"]), 0))
    matrix = np.column_stack([a["x"][k] for k in features])
    return matrix - matrix.mean(axis=0)  # only differences within an article count


def _fit(
    articles: list[dict[str, Any]], features: list[str], shipped: bool, lam: float, kind: str
) -> Any:
    """Weights (per raw feature unit) of the listwise scorer on these articles."""
    data = [(_design(a, features), _offset(a, shipped), a["r1"]) for a in articles]
    scale = np.vstack([m for m, _, _ in data]).std(axis=0)
    scale[scale == 0] = 1.0
    data = [(m / scale, o, y) for m, o, y in data]

    def loss(w: Any) -> tuple[float, Any]:
        total, grad = 0.0, np.zeros(len(features))
        for m, offset, y in data:
            s = m @ w + offset
            p = np.exp(s - s.max())
            p /= p.sum()
            if kind == "ce":
                t = np.exp(y - y.max())
                t /= t.sum()
                total -= float(t @ np.log(p + 1e-300))
                grad -= m.T @ (t - p)
            else:
                expected = float(p @ y)
                total -= expected
                grad -= m.T @ (p * (y - expected))
        n = len(data)
        return total / n + 0.5 * lam * float(w @ w), grad / n + lam * w

    result = minimize(loss, np.zeros(len(features)), jac=True, method="L-BFGS-B")
    return result.x / scale


def _held(
    articles: list[dict[str, Any]], rows: Any, choose: Any
) -> Any:  # R1 of each row under a chooser of set indices
    out = []
    for i in rows:
        a = articles[i]
        out.append(a["r1"][choose(a)] if a["sets"] else a["shipped"])
    return np.array(out)


def _scorer_choice(features: list[str], shipped: bool, w: Any) -> Any:
    return lambda a: int(np.argmax(_design(a, features) @ w + _offset(a, shipped)))


def _learned_fold(
    articles: list[dict[str, Any]], train: Any, features: list[str], shipped: bool, kind: str
) -> tuple[Any, float]:
    """The scorer fitted on `train`, its L2 weight chosen by 4-fold CV inside `train`."""
    fitting = [i for i in train if articles[i]["sets"]]
    parts = np.array_split(np.random.RandomState(len(train)).permutation(fitting), 4)
    best, best_value = LAMBDAS[0], -math.inf
    for lam in LAMBDAS:
        values = []
        for part in parts:
            inner = [articles[i] for i in fitting if i not in set(part.tolist())]
            w = _fit(inner, features, shipped, lam, kind)
            values.extend(_held(articles, part, _scorer_choice(features, shipped, w)))
        if float(np.mean(values)) > best_value:
            best, best_value = lam, float(np.mean(values))
    return _fit([articles[i] for i in fitting], features, shipped, best, kind), best


def _splits(n: int, seed: int) -> list[Any]:
    return np.array_split(np.random.RandomState(seed).permutation(n), FOLDS)


def _report(name: str, held: dict[int, Any], lead: Any, shipped: Any, detail: list[str]) -> None:
    print(f"\n{name}")
    for line in detail:
        print("  " + line)
    gains = [float(h.mean() - lead.mean()) for h in held.values()]
    print(
        "  pooled held-out gain over Lead-3 per split seed: "
        + " ".join(f"{g:+.2f}" for g in gains)
        + f"  mean {np.mean(gains):+.2f} (shipped point {shipped.mean() - lead.mean():+.2f})"
    )


def _one_parameter(
    articles: list[dict[str, Any]], values: tuple[float, ...], choose: Any, label: str, splits: int
) -> None:
    """A rule with one value chosen on the training folds by R1."""
    lead = np.array([a["lead"] for a in articles])
    shipped = np.array([a["shipped"] for a in articles])
    rows = np.arange(len(articles))
    table = np.array([_held(articles, rows, lambda a, v=v: choose(a, v)) for v in values])
    in_sample = " ".join(
        f"{v:g}: {t.mean() - lead.mean():+.2f}" for v, t in zip(values, table, strict=True)
    )
    held, detail = {}, [f"in sample, gain over Lead-3 per value: {in_sample}"]
    for seed in range(splits):
        out = np.zeros(len(articles))
        for f, test in enumerate(_splits(len(articles), seed)):
            train = np.setdiff1d(rows, test)
            best = int(np.argmax(table[:, train].mean(axis=1)))
            out[test] = table[best, test]
            if seed == 0:
                detail.append(
                    f"fold {f}: {label} {values[best]:g}, held-out gain "
                    f"{out[test].mean() - lead[test].mean():+.2f} (shipped point "
                    f"{shipped[test].mean() - lead[test].mean():+.2f})"
                )
        held[seed] = out
    _report(f"one-parameter rule: {label}", held, lead, shipped, detail)


def _worth(a: dict[str, Any]) -> Any:
    return _offset(a, True)


def _margin_choice(a: dict[str, Any], margin: float) -> int:
    worth = _worth(a)
    best = int(np.argmax(worth))
    if (0, 1, 2) in a["sets"]:
        lead = a["sets"].index((0, 1, 2))
        if worth[best] - worth[lead] <= margin:
            return lead
    return best


def _novelty_choice(a: dict[str, Any], tau: float) -> int:
    fresh = [k for k, r in enumerate(a["x"]["redundancy"]) if r < tau]
    if not fresh:
        return int(np.argmax(_worth(a)))
    return min(fresh, key=lambda k: (sum(a["sets"][k]), a["sets"][k]))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--objective", choices=("ce", "er", "both"), default="both")
    parser.add_argument("--splits", type=int, default=5, help="fold split seeds 0..N-1")
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    if not (SHARED_DATA / "summaries").is_dir():
        print(f"no evaluation data at {SHARED_DATA}; nothing to measure")
        return 0
    print("command: .venv/bin/python benchmarks/cv_lead_learned.py " + " ".join(sys.argv[1:]))
    with Pool(args.workers) as pool:
        articles = pool.map(_article, load("cnndm", None), chunksize=4)
    lead = np.array([a["lead"] for a in articles])
    shipped = np.array([a["shipped"] for a in articles])
    decided = [a for a in articles if a["sets"]]
    same = sum(a["sets"][int(np.argmax(_worth(a)))] == a["shipped_set"] for a in decided)
    oracle = np.array([a["r1"].max() if a["sets"] else a["shipped"] for a in articles])
    print(
        f"cnndm-dev {len(articles)} articles, {len(decided)} decided by the set (the others keep "
        f"the shipped summary); the shipped worth recomputed here picks the app's set in "
        f"{same} of {len(decided)}\nR1: Lead-3 {lead.mean():.2f}, shipped {shipped.mean():.2f} "
        f"({shipped.mean() - lead.mean():+.2f}), best eligible set {oracle.mean():.2f} "
        f"({oracle.mean() - lead.mean():+.2f})"
    )
    rows = np.arange(len(articles))
    kinds = ("ce", "er") if args.objective == "both" else (args.objective,)
    for kind in kinds:
        for name, (features, shipped_worth) in MODELS.items():
            w = _fit(decided, features, shipped_worth, 0.01, kind)
            in_sample = _held(articles, rows, _scorer_choice(features, shipped_worth, w))
            detail = [f"in sample (L2 0.01): {in_sample.mean() - lead.mean():+.2f}"]
            held = {}
            for seed in range(args.splits):
                out = np.zeros(len(articles))
                for f, test in enumerate(_splits(len(articles), seed)):
                    train = np.setdiff1d(rows, test)
                    w, lam = _learned_fold(articles, train, features, shipped_worth, kind)
                    out[test] = _held(articles, test, _scorer_choice(features, shipped_worth, w))
                    if seed == 0:
                        detail.append(
                            f"fold {f}: L2 {lam:g}, held-out gain "
                            f"{out[test].mean() - lead[test].mean():+.2f} (shipped point "
                            f"{shipped[test].mean() - lead[test].mean():+.2f})"
                        )
                held[seed] = out
            _report(f"{name} [{kind}]", held, lead, shipped, detail)
            sys.stdout.flush()
    _one_parameter(articles, MARGINS, _margin_choice, "Lead-3 kept within margin", args.splits)
    _one_parameter(articles, TAUS, _novelty_choice, "novelty lead, tau", args.splits)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
