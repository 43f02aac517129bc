"""Quote speakers on unseen articles, against the hand verdicts of speakers-unseen-judged.jsonl.

The judged sample (round 16): BBC and CNN/DailyMail articles of the summaries sets that no facts
gold holds (see data/README.md). Each quotation the engine keeps now is matched to its judged
row by (set, row, first 40 characters, occurrence); a speaker that changed is classed against
the row's verdict: the judged right speaker (same last word) -> right, none -> none, anything
else -> wrong?; a judged quotation no longer kept -> gone. Prints the counts and each change.

Halves (round 17): an article is in half A when the first byte of md5("set:row") is even, else
in half B; tune on A, keep B for the forecast (`--half A|B`; all articles without it).

Round 19 (`--set round19`): a fresh sample judged the same way at f03f950 (speakers-round19-
judged.jsonl: 42 articles, bbc rows with index % 7 == 5 and cnndm rows from 100 on; see
data/README.md). It keeps offsets and hashes only: a quotation is matched by (set, row, start);
its speaker by the SHA-1 of the speaker at f03f950, or of the right speaker's last word, lower
case. Its halves hash "round19:set" in place of "set" (a different split from round 17's).

Usage: .venv/bin/python benchmarks/bench_unseen_speakers.py [--half A|B] [--set round19]
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bench_speaker_routes as routes
from shared_data import DATA, read_jsonl

from app.core.document import Document
from app.core.facts import quotes

JUDGED = Path(__file__).resolve().parent / "data" / "speakers-unseen-judged.jsonl"
ROUND19 = Path(__file__).resolve().parent / "data" / "speakers-round19-judged.jsonl"
SOURCES = {
    "bbc": DATA / "summaries" / "bbc-dev.jsonl",
    "cnndm": DATA / "summaries" / "cnndm-dev.jsonl",
}


def _keyed(rows: list[tuple[str, int, str]]) -> list[tuple[str, int, str, int]]:
    seen: collections.Counter[tuple[str, int, str]] = collections.Counter()
    out = []
    for key in rows:
        seen[key] += 1
        out.append((*key, seen[key]))
    return out


def half_of(name: str, row: int) -> str:
    """The half an article is in: A when the first byte of md5("set:row") is even, else B."""
    return "A" if hashlib.md5(f"{name}:{row}".encode()).digest()[0] % 2 == 0 else "B"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--half", choices=("A", "B"), help="one half of the articles (default all)")
    parser.add_argument("--set", choices=("round16", "round19"), default="round16")
    args = parser.parse_args()
    if args.set == "round19":
        return _round19(args.half)
    if not JUDGED.exists() or not SOURCES["bbc"].exists():
        print("no judged sample or summaries data here; nothing to measure")
        return 0
    judged = [json.loads(line) for line in JUDGED.read_text(encoding="utf-8").splitlines()]
    if args.half is not None:
        judged = [j for j in judged if half_of(j["set"], j["row"]) == args.half]
        print(f"half {args.half}: {len({(j['set'], j['row']) for j in judged})} articles")
    texts = {name: read_jsonl(path) for name, path in SOURCES.items()}
    routes._install()
    now: dict[tuple[str, int, str, int], Any] = {}
    for name, row in dict.fromkeys((j["set"], j["row"]) for j in judged):
        found = routes.routed_quotes(texts[name][row]["text"])
        keys = _keyed([(name, row, quote[:40]) for quote, *_ in found])
        now.update(zip(keys, [speaker for _, speaker, *_ in found], strict=True))
    keys = _keyed([(j["set"], j["row"], j["quote_start"]) for j in judged])
    before: collections.Counter[tuple[str, str]] = collections.Counter()
    after: collections.Counter[tuple[str, str]] = collections.Counter()
    for key, j in zip(keys, judged, strict=True):
        before[(j["set"], j["verdict"])] += 1
        if key not in now:
            verdict = "gone"
        elif now[key] == j["speaker"]:
            verdict = j["verdict"]
        elif now[key] is None:
            verdict = "none"
        else:
            right = j["right_speaker"]
            same = right is not None and now[key].split()[-1] == right.split()[-1]
            verdict = "right" if same else "wrong?"
        after[(j["set"], verdict)] += 1
        if verdict != j["verdict"]:
            print(
                f"{j['set']} {j['row']} {j['verdict']} -> {verdict}: {j['speaker']!r} -> "
                f"{now.get(key, '(gone)')!r} | {j['quote_start']!r}"
            )
    _print_table(before, after)
    return 0


def _print_table(
    before: collections.Counter[tuple[str, str]], after: collections.Counter[tuple[str, str]]
) -> None:
    """Each source's judged verdicts and what they are now."""
    print("\n| set | judged right / wrong / none | now right / wrong / wrong? / none / gone |")
    print("|---|---|---|")
    for name in SOURCES:
        was = " / ".join(str(before[(name, v)]) for v in ("right", "wrong", "none"))
        now_ = " / ".join(
            str(after[(name, v)]) for v in ("right", "wrong", "wrong?", "none", "gone")
        )
        print(f"| {name} | {was} | {now_} |")


def _sha(text: str | None) -> str | None:
    return None if text is None else hashlib.sha1(text.encode()).hexdigest()[:10]


def _round19(half: str | None) -> int:
    """Right / wrong / wrong? / none / gone on the round-19 sample (hashes, no text)."""
    if not ROUND19.exists() or not SOURCES["bbc"].exists():
        print("no judged sample or summaries data here; nothing to measure")
        return 0
    judged = [json.loads(line) for line in ROUND19.read_text(encoding="utf-8").splitlines()]
    if half is not None:
        judged = [j for j in judged if half_of("round19:" + j["set"], j["row"]) == half]
        print(f"half {half}: {len({(j['set'], j['row']) for j in judged})} articles")
    texts = {name: read_jsonl(path) for name, path in SOURCES.items()}
    now: dict[tuple[str, int, int], str | None] = {}
    for name, row in dict.fromkeys((j["set"], j["row"]) for j in judged):
        for quote in quotes.extract(Document.from_text(texts[name][row]["text"])):
            now[(name, row, quote.start)] = quote.speaker
    before: collections.Counter[tuple[str, str]] = collections.Counter()
    after: collections.Counter[tuple[str, str]] = collections.Counter()
    for j in judged:
        key = (j["set"], j["row"], j["start"])
        before[(j["set"], j["verdict"])] += 1
        speaker = now.get(key)
        if key not in now:
            verdict = "gone"
        elif _sha(speaker) == j["speaker_sha1"]:
            verdict = j["verdict"]
        elif speaker is None:
            verdict = "none"
        else:
            same = _sha(speaker.split()[-1].lower()) == j["right_last_sha1"]
            verdict = "right" if same else "wrong?"
        after[(j["set"], verdict)] += 1
        if verdict != j["verdict"]:
            print(f"{j['set']} {j['row']} @{j['start']} {j['verdict']} -> {verdict}: {speaker!r}")
    _print_table(before, after)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
