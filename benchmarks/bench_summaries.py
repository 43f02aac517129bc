"""Summary benchmark: every registered method on the dev sets, plus speed on long input.

Quality, per method x data set: ROUGE-1/2/Lsum F1 (rouge_score, stemmed), the share of summary
sentences that open on a pronoun/connective whose previous sentence is not in the summary
("dangling %"), summary sentences cut from the sentences they go with ("cut": a quoted passage
over several sentences, or a question and its answer, not taken whole), boilerplate sentences,
near-duplicate pairs (content-word Jaccard >= 0.5) and
milliseconds per article. Then the row-by-row ROUGE-1 difference of `default` over the baseline
each target names (Lead-3 on cnndm, Reduction on bbc), and ROUGE-1 against every reference of an
article (cnndm: SummEval's 97 articles have the highlights and ten more written for SummEval,
REALSumm's 96 only the highlights).

* cnndm-dev: 3 sentences each, as the data set's README says.
* bbc-dev: as many sentences as the reference has, counted in the article's own sentences as
  the app splits them (`reference_length`), the length every method is asked for. The rows keep
  the headline apart from the text, so each is given to the app as an article file would be:
  the title line, a blank line, then the text (`Document` detects the title).

Speed: a 1,000-word article and a 1 MB text (bbc-dev articles run together), each method timed
warm, with its ratio to sumy's LexRank on the same text; methods over their sentence limit print
'refused'.

Usage:
    .venv/bin/python benchmarks/bench_summaries.py [--limit N] [--methods a,b] [--sets cnndm,bbc]
        [--workers 2] [--no-speed] [--no-quality] [--limits]
"""

from __future__ import annotations

import argparse
import math
import re
import statistics
import sys
import time
import warnings
from functools import cache
from multiprocessing import Pool
from typing import Any

from shared_data import DATA as SHARED_DATA
from shared_data import ROOT, read_jsonl

sys.path.insert(0, str(ROOT))

from app.core.document import Document
from app.core.options import SummaryLength
from app.core.sentences import split_sentences
from app.core.summarize import (
    METHODS,
    SummaryError,
    method_names,
    stemmer,
    stop_words,
    summarize,
)
from app.core.summarize.default._text import (
    is_boilerplate,
    linked_flags,
    opens_backwards,
    reading_flags,
)

DATA = SHARED_DATA / "summaries"
_SPLIT = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+")
_WORD = re.compile(r"[^\W_]+")
_SPACE = re.compile(r"\s+")


def reference_sentences(reference: str) -> list[str]:
    """The reference split at sentence-final punctuation followed by a space."""
    return [s.strip() for s in _SPLIT.split(reference) if s.strip()]


def reference_length(reference: str, sentences: list[str]) -> int:
    """How many of the article's sentences (as the app splits them) make up an extract.

    bbc-dev's references are article sentences joined together, so the reference is tiled, from
    its start, by the longest article sentence that comes next (spaces ignored). Counting stops
    followed by a space instead misreads about 80 of 1,114 references: two sentences run together
    where the article had a paragraph break ("... quotas.- Michael Howard ..."), list items
    without a stop, and an ellipsis inside a quotation. Where no article sentence comes next (the
    reference was edited), the reference's own next sentence, by the app's splitter, counts one.
    """
    squeezed = _SPACE.sub("", reference)
    ends = [len(_SPACE.sub("", reference[:end])) for _, end in split_sentences(reference)]
    pieces = sorted({p for p in (_SPACE.sub("", t) for t in sentences) if p}, key=len, reverse=True)
    count = position = 0
    while position < len(squeezed):
        piece = next((p for p in pieces if squeezed.startswith(p, position)), None)
        if piece is not None:
            position += len(piece)
        else:
            position = next((end for end in ends if end > position), len(squeezed))
        count += 1
    return max(1, count)


def load(name: str, limit: int | None) -> list[dict[str, Any]]:
    """Rows of one dev set as {text, reference, k}."""
    rows = []
    for row in read_jsonl(DATA / f"{name}-dev.jsonl"):
        if name == "bbc":
            text = f"{row['title']}\n\n{row['text']}"
            sentences = [s.text for s in Document.from_text(text).sentences]
            k = reference_length(row["reference"], sentences)
        else:
            text, k = row["text"], 3
        references = row.get("references") or []
        rows.append({"text": text, "reference": row["reference"], "k": k, "all": references})
        if limit is not None and len(rows) >= limit:
            break
    return rows


@cache
def _scorer() -> Any:
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)


def _content(text: str) -> frozenset[str]:
    stem = stemmer()
    return frozenset(stem(w) for w in _WORD.findall(text.lower()) if w not in stop_words())


def near_duplicate_pairs(texts: list[str]) -> int:
    """Pairs of sentences whose content-word sets overlap by Jaccard >= 0.5."""
    sets = [_content(t) for t in texts]
    pairs = 0
    for i in range(len(sets)):
        for j in range(i + 1, len(sets)):
            union = sets[i] | sets[j]
            if union and len(sets[i] & sets[j]) / len(union) >= 0.5:
                pairs += 1
    return pairs


def cut_sentences(document: Document, indices: set[int]) -> int:
    """Summary sentences whose quoted passage or question-and-answer is not taken whole."""
    sentences = document.sentences
    texts = [s.text for s in sentences]
    flags = linked_flags(texts, [s.paragraph for s in sentences], [reading_flags(t) for t in texts])
    position = {s.index: k for k, s in enumerate(sentences)}
    cut = 0
    for index in indices:
        k = position[index]
        before = flags[k].continues and sentences[k - 1].index not in indices
        after = flags[k].needs_next and sentences[k + 1].index not in indices
        cut += before or after
    return cut


def score_row(job: tuple[str, dict[str, Any]]) -> dict[str, Any]:
    """Summarise one row with one method and measure it."""
    method, row = job
    document = Document.from_text(row["text"])
    started = time.perf_counter()
    try:
        summary = summarize(document, method, SummaryLength(sentences=row["k"]))
    except SummaryError:
        return {"refused": True}
    elapsed = time.perf_counter() - started
    indices = {s.index for s in summary}
    texts = [s.text for s in summary]
    scores = _scorer().score("\n".join(reference_sentences(row["reference"])), "\n".join(texts))
    dangling = sum(1 for s in summary if opens_backwards(s.text) and (s.index - 1) not in indices)
    # ROUGE-1 against every reference the row has (cnndm: the highlights and those written for
    # SummEval), averaged: a check that a gain is not peculiar to one writer's highlights.
    every = [
        _scorer().score("\n".join(reference_sentences(r)), "\n".join(texts))["rouge1"].fmeasure
        for r in row["all"]
    ]
    return {
        "r1_all": statistics.mean(every) if every else None,
        "refused": False,
        "r1": scores["rouge1"].fmeasure,
        "r2": scores["rouge2"].fmeasure,
        "rl": scores["rougeLsum"].fmeasure,
        "sentences": len(summary),
        "dangling": dangling,
        "cut": cut_sentences(document, indices),
        "boilerplate": sum(1 for t in texts if is_boilerplate(t)),
        "duplicates": near_duplicate_pairs(texts),
        "ms": elapsed * 1000,
    }


def reference_dangling(row: dict[str, Any]) -> tuple[int, int]:
    """(dangling, matched): the readability check applied to an extractive reference itself.

    Each reference sentence is found among the article's sentences (same words, spacing
    aside); it dangles when it opens on a pronoun/connective and the article sentence before it
    is not in the reference. Sentences not found verbatim are left out of both counts.
    """
    document = Document.from_text(row["text"])
    by_words = {" ".join(s.text.split()): s.index for s in document.sentences}
    found = {
        by_words[key]
        for key in (" ".join(r.split()) for r in reference_sentences(row["reference"]))
        if key in by_words
    }
    texts = {s.index: s.text for s in document.sentences}
    dangling = sum(1 for i in found if opens_backwards(texts[i]) and i - 1 not in found)
    return dangling, len(found)


def quality(methods: list[str], sets: list[str], limit: int | None, workers: int) -> None:
    table: dict[tuple[str, str], dict[str, float]] = {}
    per_row: dict[tuple[str, str], list[float]] = {}
    print(
        f"{'set':6} {'method':10} {'R1':>6} {'R2':>6} {'RLsum':>6} {'dangl%':>6} "
        f"{'cut':>4} {'boiler':>6} {'dups':>5} {'ms/art':>8} {'refused':>7}"
    )
    with Pool(workers) as pool:
        for name in sets:
            rows = load(name, limit)
            for method in methods:
                # Warm the method (imports, tokenizers) outside the timed rows.
                summarize(Document.from_text(rows[0]["text"]), method, SummaryLength(sentences=1))
                results = pool.map(score_row, [(method, row) for row in rows], chunksize=4)
                done = [r for r in results if not r["refused"]]
                refused = len(results) - len(done)
                if not refused:
                    per_row[name, method] = [r["r1"] for r in done]
                if not done:
                    print(f"{name:6} {method:10} {'refused':>6}")
                    continue
                sentences = sum(r["sentences"] for r in done) or 1
                table[name, method] = {
                    key: 100 * statistics.mean(r[key] for r in done) for key in ("r1", "r2", "rl")
                }
                table[name, method]["dangling"] = 100 * sum(r["dangling"] for r in done) / sentences
                if all(r["r1_all"] is not None for r in done):
                    table[name, method]["r1_all"] = 100 * statistics.mean(r["r1_all"] for r in done)
                table[name, method]["cut"] = sum(r["cut"] for r in done)
                table[name, method]["boilerplate"] = sum(r["boilerplate"] for r in done)
                table[name, method]["duplicates"] = sum(r["duplicates"] for r in done)
                print(
                    f"{name:6} {method:10} "
                    f"{100 * statistics.mean(r['r1'] for r in done):6.2f} "
                    f"{100 * statistics.mean(r['r2'] for r in done):6.2f} "
                    f"{100 * statistics.mean(r['rl'] for r in done):6.2f} "
                    f"{100 * sum(r['dangling'] for r in done) / sentences:6.1f} "
                    f"{sum(r['cut'] for r in done):4d} "
                    f"{sum(r['boilerplate'] for r in done):6d} "
                    f"{sum(r['duplicates'] for r in done):5d} "
                    f"{statistics.mean(r['ms'] for r in done):8.1f} "
                    f"{refused:7d}",
                    flush=True,
                )
            if name == "bbc":
                # The references are extractive: how readable are they by the same check?
                counts = pool.map(reference_dangling, rows, chunksize=8)
                matched = sum(m for _, m in counts) or 1
                print(
                    f"{name:6} {'reference':10} {'':>6} {'':>6} {'':>6} "
                    f"{100 * sum(d for d, _ in counts) / matched:6.1f}  "
                    f"({matched:,} reference sentences found verbatim in their articles)",
                    flush=True,
                )
    print()
    paired("cnndm", "default", "lead", per_row)
    paired("bbc", "default", "reduction", per_row)
    every_reference(table)
    targets(table)


def paired(
    name: str, method: str, baseline: str, per_row: dict[tuple[str, str], list[float]]
) -> None:
    """The row-by-row R1 difference of `method` over `baseline`: mean, standard error, counts."""
    a, b = per_row.get((name, method)), per_row.get((name, baseline))
    if not a or not b or len(a) != len(b) or len(a) < 2:
        return
    diff = [100 * (x - y) for x, y in zip(a, b, strict=True)]
    error = statistics.stdev(diff) / math.sqrt(len(diff))
    print(
        f"{name:6} {method} - {baseline}: R1 {statistics.mean(diff):+.2f} +- {error:.2f} "
        f"(standard error; {sum(d > 0 for d in diff)} articles better, "
        f"{sum(d < 0 for d in diff)} worse)"
    )


def every_reference(table: dict[tuple[str, str], dict[str, float]]) -> None:
    """ROUGE-1 against all of each article's references, where a set has several."""
    rows = [(key, value["r1_all"]) for key, value in table.items() if "r1_all" in value]
    if rows:
        print("\nROUGE-1 F1 against every reference of an article (mean over them, then articles):")
    for (name, method), r1 in rows:
        print(f"{name:6} {method:10} {r1:6.2f}")


def targets(table: dict[tuple[str, str], dict[str, float]]) -> None:
    """The issue's quality targets for `default`, each marked met or not."""
    # (label, measured, bound, higher is better)
    checks: list[tuple[str, float, float, bool]] = []
    default, lead = table.get(("cnndm", "default")), table.get(("cnndm", "lead"))
    if default and lead:
        checks += [
            ("cnndm R1 >= Lead-3 R1 + 1.0", default["r1"], lead["r1"] + 1.0, True),
            ("cnndm R2 >= Lead-3 R2", default["r2"], lead["r2"], True),
            ("cnndm RLsum >= Lead-3 RLsum", default["rl"], lead["rl"], True),
        ]
    default, reduction = table.get(("bbc", "default")), table.get(("bbc", "reduction"))
    if default and reduction:
        checks.append(("bbc R1 >= Reduction R1", default["r1"], reduction["r1"], True))
    for name in ("cnndm", "bbc"):
        row = table.get((name, "default"))
        if row:
            checks += [
                (f"{name} dangling % <= 2", row["dangling"], 2.0, False),
                (f"{name} cut quotations, questions == 0", row["cut"], 0.0, False),
                (f"{name} boilerplate == 0", row["boilerplate"], 0.0, False),
                (f"{name} near-duplicate pairs == 0", row["duplicates"], 0.0, False),
            ]
    if checks:
        print("\ntargets for default:")
    for label, value, bound, higher in checks:
        met = value >= bound if higher else value <= bound
        print(f"  {'met    ' if met else 'NOT MET'} {label}: {value:.2f} (bound {bound:.2f})")


def _speed_texts() -> dict[str, str]:
    """A 1,000-word article and a 1 MB text, both made of bbc-dev articles."""
    articles = [row["text"] for row in load("bbc", None)]
    long_article = next(a for a in articles if len(a.split()) >= 1000)
    words = long_article.split(" ")
    one_k = " ".join(words[:1000])
    # Keep paragraphs: cut at the paragraph break nearest 1,000 words.
    cut = one_k.rfind("\n")
    one_k = one_k[:cut] if cut > len(one_k) // 2 else one_k
    parts, size = [], 0
    for article in articles:
        parts.append(article)
        size += len(article.encode("utf-8")) + 2
        if size >= 1_000_000:
            break
    return {"1k words": one_k, "1 MB": "\n\n".join(parts)}


def speed(methods: list[str]) -> None:
    texts = _speed_texts()
    for label, text in texts.items():
        document = Document.from_text(text)
        n = len(document.sentences)
        print(
            f"\n{label}: {len(text.encode('utf-8')):,} bytes, {document.word_count:,} words, "
            f"{n:,} sentences (default length {len(summarize(document, 'lead'))} sentences)"
        )
        print(f"{'method':10} {'seconds':>9} {'x lexrank':>9}")
        timings: dict[str, float | None] = {}
        for method in ["lexrank", *[m for m in methods if m != "lexrank"]]:
            limit = METHODS[method].max_sentences
            if limit is not None and n > limit:
                timings[method] = None
                continue
            summarize(Document.from_text("Warm up here. Second sentence now."), method)
            runs = 5 if label == "1k words" else 1
            best = math.inf
            for _ in range(runs):
                started = time.perf_counter()
                summarize(document, method)
                best = min(best, time.perf_counter() - started)
            timings[method] = best
        base = timings.get("lexrank")
        for method in methods:
            t = timings.get(method)
            if t is None:
                print(f"{method:10} {'refused':>9} {'':>9}")
            else:
                ratio = f"{t / base:9.3f}" if base else f"{'n/a':>9}"
                print(f"{method:10} {t:9.3f} {ratio}")


def _document_of(text: str, sentences: int) -> Document:
    """The first paragraphs of `text` that hold at least `sentences` sentences."""
    kept: list[str] = []
    count = 0
    for paragraph in text.split("\n\n"):
        kept.append(paragraph)
        count += len(Document.from_text(paragraph).sentences)
        if count >= sentences:
            break
    return Document.from_text("\n\n".join(kept))


def limits(methods: list[str]) -> None:
    """Time each method on a text as long as its sentence limit (the limit's evidence)."""
    text = _speed_texts()["1 MB"]
    print(f"\n{'method':10} {'limit':>6} {'sentences':>9} {'wall s':>7} {'cpu s':>7}")
    for method in methods:
        limit = METHODS[method].max_sentences
        if limit is None:
            continue
        document = _document_of(text, limit)
        while len(document.sentences) > limit:  # trim the last paragraph's overshoot
            document = Document.from_text(document.text[: document.sentences[limit].start])
        summarize(Document.from_text("Warm up here. Second sentence now."), method)
        wall, cpu = time.perf_counter(), time.process_time()
        summarize(document, method)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        print(f"{method:10} {limit:6d} {len(document.sentences):9d} {wall:7.2f} {cpu:7.2f}")


def main() -> int:
    # sumy's LexRank divides by a zero norm on some texts; the warning is not ours to fix.
    warnings.filterwarnings("ignore", category=RuntimeWarning, module="sumy")
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--limit", type=int, default=None, help="rows per data set")
    parser.add_argument("--methods", default=",".join(method_names()))
    parser.add_argument("--sets", default="cnndm,bbc")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-speed", action="store_true")
    parser.add_argument("--no-quality", action="store_true")
    parser.add_argument(
        "--limits", action="store_true", help="also time each method at its sentence limit"
    )
    args = parser.parse_args()
    if not DATA.is_dir():
        print(f"no evaluation data at {DATA}; nothing to measure")
        return 0
    methods = [m for m in args.methods.split(",") if m]
    print("command: .venv/bin/python benchmarks/bench_summaries.py " + " ".join(sys.argv[1:]))
    if not args.no_quality:
        quality(methods, args.sets.split(","), args.limit, args.workers)
    if not args.no_speed:
        speed(methods)
    if args.limits:
        limits(methods)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
