"""Duplicate removal: quality on dedup-dev, the seed article, and the time for a ~1 MB text.

Targets (the dedup issue): >= 99% of dedup-dev restored exactly (output == `clean` modulo
whitespace), 0 documents that lose text, every clean document untouched, a ~1 MB text in < 1 s.
The naive baseline keeps the first copy of each exactly repeated paragraph and nothing else.

"Lost text": a paragraph, or a sentence (our Punkt splitter), of `clean` that no longer appears
in the output (compared with whitespace collapsed).

The 1 MB text is built from distinct BBC articles of ../shared/data/summaries/bbc-dev.jsonl with
duplicates injected here (a paragraph repeated, a teaser, the whole body again); its expected
clean form is the articles themselves, so the timing run is checked for correctness too.

Run from the repository root:  .venv/bin/python benchmarks/bench_dedup.py [--show-failures]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from collections.abc import Callable

from shared_data import DATA, ROOT, SEED, read_jsonl

sys.path.insert(0, str(ROOT))

from app.core.dedup import remove_duplicates
from app.core.sentences import split_sentences

COMMAND = ".venv/bin/python benchmarks/bench_dedup.py"
TARGET_BYTES = 1_000_000


def squash(text: str) -> str:
    """Whitespace collapsed to single spaces."""
    return " ".join(text.split())


def naive_baseline(text: str) -> str:
    """Keep the first copy of each exactly repeated line (paragraph); blank lines stay."""
    seen: set[str] = set()
    kept: list[str] = []
    for line in text.split("\n"):
        if line.strip() and line in seen:
            continue
        seen.add(line)
        kept.append(line)
    return "\n".join(kept)


def ours(text: str) -> str:
    return remove_duplicates(text).text


def lost_units(output: str, clean: str) -> tuple[int, int]:
    """Paragraphs and sentences of `clean` missing from `output` (whitespace collapsed)."""
    have = squash(output)
    paragraphs = sentences = 0
    for line in clean.split("\n"):
        if not line.strip():
            continue
        paragraphs += squash(line) not in have
        sentences += sum(squash(line[s:e]) not in have for s, e in split_sentences(line))
    return paragraphs, sentences


def evaluate(rows: list[dict], method: Callable[[str], str], show: bool) -> dict[str, object]:
    restored = strict = lost_docs = lost_sentences = untouched = clean_docs = 0
    per_kind: Counter[str] = Counter()
    per_kind_total: Counter[str] = Counter()
    for row in rows:
        output = method(row["text"])
        ok = squash(output) == squash(row["clean"])
        restored += ok
        strict += output.rstrip("\n") == row["clean"].rstrip("\n")
        paragraphs, sentences = lost_units(output, row["clean"])
        lost_docs += bool(paragraphs or sentences)
        lost_sentences += sentences
        kind = "+".join(row["kinds"]) or "(none)"
        per_kind_total[kind] += 1
        per_kind[kind] += ok
        if not row["kinds"]:
            clean_docs += 1
            untouched += output == row["text"]
        if show and not ok:
            print(f"  not restored: {row['id']} ({kind})")
    return {
        "restored": restored,
        "strict": strict,
        "lost_docs": lost_docs,
        "lost_sentences": lost_sentences,
        "untouched": untouched,
        "clean_docs": clean_docs,
        "per_kind": per_kind,
        "per_kind_total": per_kind_total,
    }


def quality(rows: list[dict], show: bool) -> None:
    n = len(rows)
    results = {"ours": evaluate(rows, ours, show), "naive": evaluate(rows, naive_baseline, False)}
    print(f"dedup-dev: {n} documents (goal: output == clean modulo whitespace)\n")
    print(f"{'':42} {'ours':>14} {'naive baseline':>16}")

    def row(label: str, key: str, share: bool = False) -> None:
        cells = []
        for name in ("ours", "naive"):
            value = results[name][key]
            cells.append(f"{value} ({100 * value / n:.1f}%)" if share else str(value))
        print(f"{label:42} {cells[0]:>14} {cells[1]:>16}")

    row("exactly restored (modulo whitespace)  >=99%", "restored", share=True)
    row("identical (but for a final line break)", "strict", share=True)
    row("documents that lost text               =0", "lost_docs")
    row("sentences of clean lost", "lost_sentences")
    clean = results["ours"]["clean_docs"]
    print(
        f"{f'clean documents untouched (of {clean})  =all':42} "
        f"{results['ours']['untouched']:>14} {results['naive']['untouched']:>16}"
    )
    print("\nper kind (restored / documents)")
    totals: Counter[str] = results["ours"]["per_kind_total"]  # type: ignore[assignment]
    for kind in sorted(totals):
        cells = [f"{results[m]['per_kind'][kind]}/{totals[kind]}" for m in ("ours", "naive")]  # type: ignore[index]
        print(f"  {kind:40} {cells[0]:>14} {cells[1]:>16}")


def seed_check() -> None:
    print("\nseed article (../shared/seed/EXPECTED.md)")
    if not SEED.exists():
        print(f"  skipped: {SEED} is absent")
        return
    text = SEED.read_text(encoding="utf-8")
    result = remove_duplicates(text)
    lines = [line for line in text.split("\n") if line.strip()]
    kept = [line for line in result.text.split("\n") if line.strip()]
    details = [r.detail for r in result.removed]
    checks = {
        "title + six paragraphs kept, in order": kept == lines[:7],
        "teaser removed as teaser of paragraphs 1-2": "truncated teaser of paragraphs 1-2"
        in details,
        "second copy removed as repeat of paragraph 1..6": [
            d for d in details if d.startswith("repeat")
        ]
        == [f"repeat of paragraph {n}" for n in range(1, 7)],
        "nothing else removed": len(details) == 7,
    }
    for label, ok in checks.items():
        print(f"  {'PASS' if ok else 'FAIL'}  {label}")
    for removal in result.removed:
        print(
            f"        {removal.reason:8} {removal.detail}  (original {removal.start}-{removal.end})"
        )


def big_text() -> tuple[str, str, int] | None:
    """~1 MB of distinct articles with injected duplicates, its expected result, articles used."""
    source = DATA / "summaries" / "bbc-dev.jsonl"
    if not source.exists():
        return None
    rng = random.Random(7)
    noisy: list[str] = []
    clean: list[str] = []
    size = 0
    used = 0
    seen: set[str] = set()
    for row in read_jsonl(source):
        paragraphs = [p for p in row["text"].split("\n") if p.strip()]
        article = [row["title"], *paragraphs]
        # BBC's corpus holds some stories twice and some stock paragraphs in several stories;
        # those are real duplicates, so only articles sharing no line with earlier ones are used.
        if any(p in seen for p in article):
            continue
        seen.update(article)
        dirty = list(article)
        if rng.random() < 0.5 and len(paragraphs) > 2:  # a paragraph repeated further down
            repeated = rng.randrange(1, len(article) - 1)
            dirty.insert(rng.randrange(repeated + 2, len(dirty) + 1), article[repeated])
        if rng.random() < 0.5:  # a teaser of the first paragraphs, straight quotes, cut off
            run = " ".join(paragraphs[:2]).replace("’", "'").replace("“", '"').replace("”", '"')
            cut = run[: rng.randint(80, 400)].rsplit(" ", 1)[0]
            dirty.append(cut + rng.choice(["...", "…", " [...]"]))
        if rng.random() < 0.4:  # the whole body again
            dirty.extend(article)
        noisy.append("\n\n".join(dirty))
        clean.append("\n\n".join(article))
        size += len(noisy[-1].encode("utf-8")) + 2
        used += 1
        if size >= TARGET_BYTES:
            break
    return "\n\n".join(noisy), "\n\n".join(clean), used


def timing() -> None:
    built = big_text()
    print("\ntiming")
    if built is None:
        print("  skipped: ../shared/data/summaries/bbc-dev.jsonl is absent")
        return
    text, clean, used = built
    times = []
    result = remove_duplicates(text)
    for _ in range(5):
        start = time.perf_counter()
        result = remove_duplicates(text)
        times.append(time.perf_counter() - start)
    megabytes = len(text.encode("utf-8")) / 1e6
    print(
        f"  {megabytes:.2f} MB ({len(text):,} characters, {used} distinct articles with injected"
        f" duplicates): best {min(times):.3f} s, worst {max(times):.3f} s of 5   (target < 1 s)"
    )
    restored = squash(result.text) == squash(clean)
    paragraphs, sentences = lost_units(result.text, clean)
    print(
        f"  {len(result.removed)} removals; restored to the distinct articles: "
        f"{'yes' if restored else 'no'}; paragraphs lost: {paragraphs}; sentences lost: {sentences}"
    )


def one_line_timing() -> None:
    """The same articles flattened into one line (no line breaks at all), the whole run twice."""
    built = big_text()
    if built is None:
        return
    clean = built[1]
    body = " ".join(clean[: clean.rfind(".\n", 0, TARGET_BYTES // 2) + 1].split())
    text = body + " " + body
    start = time.perf_counter()
    result = remove_duplicates(text)
    elapsed = time.perf_counter() - start
    print(
        f"  no line breaks, {len(text):,} characters (half a MB of articles twice): "
        f"{elapsed:.3f} s; restored: {'yes' if result.text == body else 'no'}"
    )


def worst_case_timing() -> None:
    """1 MB of lines that all start alike, half of them cut off like teasers: the index's
    candidate cap keeps this linear."""
    rng = random.Random(11)
    words = "the council said bridge river town new old repairs cost".split()
    lines: list[str] = []
    size = 0
    while size < TARGET_BYTES:
        tail = " ".join(rng.choice(words) for _ in range(rng.randint(4, 14)))
        lines.append(f"The council said {tail}{'...' if rng.random() < 0.5 else '.'}")
        size += len(lines[-1]) + 1
    text = "\n".join(lines)
    start = time.perf_counter()
    result = remove_duplicates(text)
    elapsed = time.perf_counter() - start
    print(
        f"  worst case, {len(lines):,} lines sharing their first words, half ending in '...': "
        f"{elapsed:.3f} s ({len(result.removed)} removals)"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show-failures", action="store_true", help="list unrestored rows")
    args = parser.parse_args()
    print(f"$ {COMMAND}\n")
    dev = DATA / "dedup" / "dedup-dev.jsonl"
    if dev.exists():
        quality(read_jsonl(dev), args.show_failures)
    else:
        print(f"skipped quality: {dev} is absent (needs ../shared/data)")
    seed_check()
    timing()
    one_line_timing()
    worst_case_timing()
    return 0


if __name__ == "__main__":
    sys.exit(main())
