"""Quality and speed of `app.core.facts.quotes._extract.extract` on ../shared/data.

Prints one table per measure and the command that produced it:

* PolNeAR dev (or train with --split train): recall of direct quotes (gold attributions whose
  content starts with a quotation mark) and an indicative precision (its gold leaves quotes out).
  A gold quote counts as found when predicted quotes cover at least half of its inner words (a
  gold range may hold two quotations and the cue between them). The speaker figure compares with
  the gold source phrase where it names someone.
* bbc-facts-dev: quote precision / recall / F1 (a prediction matches a gold quote when their spans
  overlap by at least half of the longer one) and speaker accuracy over matched quotes.
* the seed article: the quotes found, with speakers.
* timing: a 1,000-word article (warm), 1 MB of articles, linearity, adversarial inputs.

Speaker match (lenient but honest), after lower-casing, dropping punctuation, titles (Mr, Dr,
President, ...) and determiners: the two share their last token, or the predicted last token (the
surname) is in the gold phrase ("Erin Murphy" ~ "Murphy, now a consultant"), or one token set
contains the other ("Mahathir" ~ "Mahathir Mohamad", "spokesman" ~ "a spokesman for the firm").
A None on either side matches only a None. PolNeAR's gold source is a phrase as written; sources
that are only a pronoun ("He") are left out of its speaker figure (the gold does not resolve them).

Usage: .venv/bin/python benchmarks/bench_quotes.py [--split dev|train] [--show-misses N]
       [--no-timing]

The rules were tuned by reading errors on bbc-facts-dev and PolNeAR dev/train; train is there to
check that the figures carry over (they do, within about a point).
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shared_data import DATA, SEED, read_jsonl

from app.core.document import Document
from app.core.facts.quotes import extract

OPENING = ("''", '"', "“", "”", "„", "«", "‘", "'", "‹")
PRONOUNS = frozenset({"he", "she", "i", "we", "they", "it", "you"})
_TOKEN = re.compile(r"[\w'’-]+")
_IGNORED = frozenset(
    "mr mrs ms dr prof sir lord lady president prime minister the a an of chancellor secretary "
    "senator sen gov governor rep".split()
)


def speaker_tokens(name: str) -> list[str]:
    return [t for t in _TOKEN.findall(name.lower()) if t not in _IGNORED]


def speakers_match(gold: str | None, predicted: str | None) -> bool:
    if gold is None or predicted is None:
        return gold is None and predicted is None
    g, p = speaker_tokens(gold), speaker_tokens(predicted)
    if not g or not p:
        return False
    return g[-1] == p[-1] or p[-1] in g or set(g) <= set(p) or set(p) <= set(g)


def inner(text: str, start: int, end: int) -> tuple[int, int]:
    """The words of a gold content range without marks, spaces and edge punctuation."""
    while start < end and (text[start].isspace() or text[start] in "\"“”„«»‘’'‹›"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in "\"“”„«»‘’'‹›.,"):
        end -= 1
    return start, end


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def bench_polnear(split: str, show: int) -> None:
    path = DATA / "quotes" / f"polnear-{split}.jsonl"
    rows = read_jsonl(path)
    gold_n = found = predicted_n = predicted_ok = 0
    speaker_n = speaker_ok = 0
    misses: list[str] = []
    for row in rows:
        text = row["text"]
        quotes = extract(Document.from_text(text))
        spans = [(q.start, q.end) for q in quotes]
        predicted_n += len(quotes)
        contents = [tuple(r) for a in row["attributions"] for r in (a["content"] or [])]
        predicted_ok += sum(1 for s in spans if any(overlap(s, c) for c in contents))
        for attribution in row["attributions"]:
            source = attribution["source"] or []
            source_text = " ".join(text[s:e] for s, e in source)
            for start, end in attribution["content"] or []:
                if not text[start:end].strip().startswith(OPENING):
                    continue
                gold = inner(text, start, end)
                if gold[1] <= gold[0]:
                    continue
                gold_n += 1
                hits = [
                    q for q in quotes if overlap((q.start, q.end), gold) * 2 >= gold[1] - gold[0]
                ]
                if hits:
                    found += 1
                    named = source_text.strip().lower() not in PRONOUNS
                    if named and any(c.isupper() for c in source_text) and len(source_text) < 80:
                        speaker_n += 1
                        ok = speakers_match(source_text, hits[0].speaker)
                        speaker_ok += ok
                        if not ok and len(misses) < show:
                            misses.append(
                                f"SPKR {row['id'][:30]}: {hits[0].text[:40]!r} "
                                f"gold={source_text!r} got={hits[0].speaker!r}"
                            )
                elif len(misses) < show:
                    misses.append(f"{row['id'][:40]}: {text[max(0, start - 40) : end + 10]!r}")
    recall = found / gold_n if gold_n else 0.0
    precision = predicted_ok / predicted_n if predicted_n else 0.0
    print(f"\nPolNeAR {split} ({len(rows)} docs): direct quotes")
    print("| gold | found | recall | predicted | inside a gold content | precision (indicative) |")
    print("|---:|---:|---:|---:|---:|---:|")
    print(
        f"| {gold_n} | {found} | {recall:.3f} | {predicted_n} | {predicted_ok} | {precision:.3f} |"
    )
    if speaker_n:
        print(
            f"speaker vs gold source (named sources only, n={speaker_n}): "
            f"{speaker_ok / speaker_n:.3f}"
        )
    for miss in misses:
        print("  " + miss if miss.startswith("SPKR") else "  MISS " + miss)


def locate(text: str, quote: str) -> int:
    """Where a gold quote is: its first occurrence right after a quotation mark, else the first."""
    body = text.find("\n") + 1  # quotes in the title line are not extracted
    start = text.find(quote, body)
    while start > 0:
        if text[start - 1] in "\"“”„«‘'":
            return start
        start = text.find(quote, start + 1)
    return text.find(quote, body)


def bench_bbc(show: int) -> None:
    rows = read_jsonl(DATA / "facts" / "bbc-facts-dev.jsonl")
    gold_n = predicted_n = tp = speaker_ok = 0
    notes: list[str] = []
    for row in rows:
        text = row["text"]
        quotes = extract(Document.from_text(text))
        predicted_n += len(quotes)
        used: set[int] = set()
        golds: list[tuple[int, int, str | None]] = []
        for g in row["quotes"]:
            start = locate(text, g["quote"])
            golds.append((start, start + len(g["quote"]), g["speaker"]))
        gold_n += len(golds)
        for g_start, g_end, g_speaker in golds:
            best = None
            for i, q in enumerate(quotes):
                if i in used:
                    continue
                o = overlap((q.start, q.end), (g_start, g_end))
                if o * 2 >= max(q.end - q.start, g_end - g_start):
                    best = i
                    break
            if best is None:
                if len(notes) < show:
                    notes.append(f"MISS {row['id']}: {text[g_start:g_end][:70]!r} ({g_speaker})")
                continue
            used.add(best)
            tp += 1
            q = quotes[best]
            if speakers_match(g_speaker, q.speaker):
                speaker_ok += 1
            elif len(notes) < show:
                notes.append(
                    f"SPKR {row['id']}: {q.text[:50]!r} gold={g_speaker!r} got={q.speaker!r}"
                )
        for i, q in enumerate(quotes):
            if i not in used and len(notes) < show:
                notes.append(f"FP   {row['id']}: {q.text[:70]!r} ({q.speaker})")
    precision = tp / predicted_n if predicted_n else 0.0
    recall = tp / gold_n if gold_n else 0.0
    f1 = 2 * precision * recall / (precision + recall) if tp else 0.0
    print(f"\nbbc-facts-dev ({len(rows)} docs): quotes")
    print("| gold | predicted | matched | precision | recall | F1 | speaker accuracy |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    print(
        f"| {gold_n} | {predicted_n} | {tp} | {precision:.3f} | {recall:.3f} | {f1:.3f} "
        f"| {speaker_ok / tp if tp else 0:.3f} |"
    )
    for note in notes:
        print("  " + note)


def bench_seed() -> None:
    if not SEED.exists():
        return
    # EXPECTED.md: lines 1-7 are the article once duplicate removal is done (not this module's job).
    lines = SEED.read_text(encoding="utf-8").split("\n")[:7]
    quotes = extract(Document.from_text("\n".join(lines)))
    print("\nSeed article: quotes found")
    print("| quote | speaker | sentence |")
    print("|---|---|---:|")
    for q in quotes:
        print(f"| {q.text} | {q.speaker} | {q.sentence} |")


def best_time(text: str, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        extract(Document.from_text(text))
        best = min(best, time.perf_counter() - t0)
    return best


def extract_time(document: Document, repeats: int = 3) -> float:
    best = float("inf")
    for _ in range(repeats):
        t0 = time.perf_counter()
        extract(document)
        best = min(best, time.perf_counter() - t0)
    return best


def bench_timing() -> None:
    rows = read_jsonl(DATA / "quotes" / "polnear-train.jsonl")
    corpus = "\n\n".join(row["text"] for row in rows)
    words = corpus.split(" ")
    article = " ".join(words[:1000])
    mega = corpus[:1_000_000]
    print("\nTiming (best of 3; extract() alone, and with Document.from_text)")
    print("| input | chars | extract ms | from_text + extract ms |")
    print("|---|---:|---:|---:|")
    extract(Document.from_text(article))  # warm up nltk and lexicons
    cases = [
        ("1,000-word article", article),
        ("250 kB of articles", mega[:250_000]),
        ("500 kB of articles", mega[:500_000]),
        ("1 MB of articles", mega),
        ("1 MB one paragraph of '\"a ' marks", ('"a ' * 340_000)[:1_000_000]),
        ("1 MB one paragraph of apostrophes", ("it's the '90s ' " * 70_000)[:1_000_000]),
        ("1 MB of 'said' without quotes", ("he said and she said. " * 46_000)[:1_000_000]),
        ("1 MB one paragraph of quotes with cues", ('"We will," he said. ' * 50_000)[:1_000_000]),
        (
            "1 MB of named speakers, 1 per paragraph",
            ('Ms Ann Lee of Bank Corp told "a" and "b" to Mr Bo.\n' * 20_000)[:1_000_000],
        ),
    ]
    for name, text in cases:
        document = Document.from_text(text)
        print(
            f"| {name} | {len(text):,} | {extract_time(document) * 1000:.1f} "
            f"| {best_time(text, 1) * 1000:.1f} |"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["dev", "train"])
    parser.add_argument("--show-misses", type=int, default=0)
    parser.add_argument("--no-timing", action="store_true")
    args = parser.parse_args()
    if not (DATA / "quotes").exists():
        print(f"no evaluation data at {DATA}; nothing to measure")
        return 0
    print("command: .venv/bin/python benchmarks/bench_quotes.py " + " ".join(sys.argv[1:]))
    print(
        "speaker match: after lower-casing and dropping titles/determiners, same last token, or "
        "predicted surname in the gold phrase, or one token set contains the other; None matches "
        "only None"
    )
    bench_polnear(args.split, args.show_misses)
    bench_bbc(args.show_misses)
    bench_seed()
    if not args.no_timing:
        bench_timing()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
