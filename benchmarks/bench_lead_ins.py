"""Lead-ins in the default summaries: short sentences that announce the next and say nothing alone.

"Residents were less enthusiastic." before a resident's complaint, "Not everyone agrees." before a
critic's words: a reader copying the summary gets a mood with no one and nothing in it. This
counter defines the kind in general terms, on purpose wider than the app's own rule
(`app.core.summarize.default._lead_in`), so that it also shows what the rule misses:

* short: 2 to `MAX_WORDS` words;
* no name (no capitalised word after the first but "I"), number, or quotation mark, a capital
  first (no scrap of a quotation: "he said."), and no opener that points back ("He", "But": a
  fault of its own, counted elsewhere) nor a speaker's own aside ("I'm confused.", "There is
  hope.");
* a state or attitude and nothing after it: a linking verb ("is", "were", "seemed",
  "remain", ...) with at most three words after it and none of them a determiner, possessive
  or preposition (no noun phrase: "were less enthusiastic", "are worried", not "is a good
  idea"), and no reporting verb before it ("Officials said the deal was unusual."); or a
  plural and one verb ("Critics disagree."); or a quantifier subject ("Not everyone",
  "Some", "Others", "Many", "Few") in a sentence of at most six words;
* and the sentence after it in the article (the same paragraph or the next) elaborates: it
  quotes or reports someone, opens on a part of the group or a pronoun ("Some", "One",
  "They"), or repeats a content word of the lead-in's subject.

Counted on the default summaries of cnndm-dev (3 sentences), bbc-dev (the reference's length)
and the html dev pages (the app's default length, as the app analyses them): the summary
sentences of the kind, those of them whose next sentence is not in the summary too (alone: what
the reader faults), and those the app's rule marks (`is_lead_in` and `elaborates`).
`--sets own` adds our own report-only articles (benchmarks/data/own-articles-round41 and
-round43, as the app analyses them), counted only: their sentences are never shown.
`--show N` prints up to N of the summary sentences found, with the sentence after each, to read
them by hand; `--articles` counts (and shows) every article sentence of the kind as well, in or
out of a summary, to read what the rules would take.

Usage:
    .venv/bin/python benchmarks/bench_lead_ins.py [--sets cnndm,bbc,html] [--limit N]
        [--show N] [--articles]
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
import warnings
from collections.abc import Iterator
from typing import Any

from shared_data import DATA, ROOT, read_jsonl

sys.path.insert(0, str(ROOT))

from bench_summaries import load

from app.core.analysis import analyze
from app.core.document import Document
from app.core.loading import load_bytes
from app.core.options import AnalysisOptions, SummaryLength
from app.core.summarize import summarize
from app.core.summarize.default._lead_in import elaborates, is_lead_in
from app.core.summarize.default._text import opens_backwards

MAX_WORDS = 10
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
_QUOTE = re.compile(r"[\"“”«»‘]|(?:^|\s)'[A-Za-z]")
_LINKING = frozenset(
    "is are was were be been seem seems seemed appear appears appeared remain remains "
    "remained look looks looked sound sounds sounded feel feels felt grew become became "
    "stay stayed".split()
)
_NOUN_PHRASE = frozenset(
    "a an the this that these those his her their its my our your some any no every "
    "of to in on at for with by from about over into than as".split()
)
_QUANTIFIERS = frozenset("everyone everybody all some others many few most several none".split())
_PERSONAL = frozenset("i i'm we you my our your it it's there that this he she they".split())
_REPORTING = frozenset("said says say told believe believes think thinks thought".split())
_SPEECH = re.compile(r"\b(?:said|says|say|told|tells|added|adds|argued|argues|warned|warns)\b")
_PART = frozenset("some one others many most they their a few".split())


def predicate_of_state(words: list[str]) -> bool:
    """A state or attitude with nothing after it (module docstring)."""
    lower = [w.lower().replace("’", "'") for w in words]
    quantifier = lower[0] in _QUANTIFIERS or lower[:2] in (["not", "everyone"], ["not", "all"])
    if quantifier and len(words) <= 6:
        return True
    if lower[0] in _PERSONAL:
        return False  # "I'm confused.", "There is hope.": a speaker's aside, no group
    for i, word in enumerate(lower[1:], start=1):
        if word in _REPORTING:
            return False  # "Officials said the deal was unusual.": a report, not a mood
        if word in _LINKING:
            rest = lower[i + 1 :]
            return 0 < len(rest) <= 3 and not _NOUN_PHRASE.intersection(rest)
    # "Critics disagree.": a group (a plural) and one verb.
    return len(words) <= 3 and lower[0].endswith("s") and not lower[0].endswith("ss")


def is_kind(text: str) -> bool:
    """Whether a sentence is a lead-in by the counter's definition (without its next one)."""
    body = text.strip()
    words = _WORD.findall(body)
    if not 2 <= len(words) <= MAX_WORDS or not body.endswith(".") or not body[:1].isupper():
        return False
    if re.search(r"\d", body) or _QUOTE.search(body) or opens_backwards(body):
        return False
    if any(w[:1].isupper() and w != "I" for w in words[1:]):
        return False
    return predicate_of_state(words)


def elaborated(lead: str, following: str | None) -> bool:
    """Whether the sentence after a lead-in says what it announced (module docstring)."""
    if not following:
        return False
    words = [w.lower() for w in _WORD.findall(following)]
    if _SPEECH.search(following) or _QUOTE.search(following) or (words[:1] and words[0] in _PART):
        return True
    subject = {w.lower()[:5] for w in _WORD.findall(lead)[:3] if len(w) > 3}
    return any(w[:5] in subject for w in words)


def _summaries(sets: list[str], limit: int | None) -> Iterator[tuple[str, Document, set[int]]]:
    """(source, document, indices of its summary sentences) for every article."""
    for name in ("cnndm", "bbc"):
        if name in sets:
            for row in load(name, limit):
                document = Document.from_text(row["text"])
                chosen = summarize(document, "default", SummaryLength(row["k"]))
                yield name, document, _indices(document, chosen)
    if "own" in sets:  # report-only: counted, never shown (`main`)
        for name in ("round41", "round43"):
            path = ROOT / "benchmarks" / "data" / f"own-articles-{name}.jsonl"
            for row in read_jsonl(path)[:limit]:
                loaded = load_bytes(row["text"].encode("utf-8"), f"{row['id']}.txt", ".txt")
                analysis = analyze(loaded, AnalysisOptions())
                yield "own", analysis.document, _indices(analysis.document, analysis.summary)
    if "html" in sets:
        for page in read_jsonl(DATA / "html" / "ground-truth.jsonl")[:limit]:
            data = gzip.decompress((DATA / "html" / page["page"]).read_bytes())
            analysis = analyze(load_bytes(data, f"{page['id']}.html", ".html"), AnalysisOptions())
            yield "html", analysis.document, _indices(analysis.document, analysis.summary)


def _indices(document: Document, chosen: Any) -> set[int]:
    index = {id(s): i for i, s in enumerate(document.sentences)}
    found = (document.sentence_at(s.start) for s in chosen)
    return {index[id(s)] for s in found if s is not None}


def main() -> int:
    warnings.filterwarnings("ignore", category=RuntimeWarning, module="sumy")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="cnndm,bbc,html")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--show", type=int, default=0, help="print N lead-ins found")
    parser.add_argument("--articles", action="store_true", help="count every article sentence")
    args = parser.parse_args()
    if not (DATA / "summaries").is_dir():
        print(f"no evaluation data at {DATA}; nothing to measure")
        return 0
    print("command: .venv/bin/python benchmarks/bench_lead_ins.py " + " ".join(sys.argv[1:]))
    counts: dict[str, list[int]] = {}
    shown: list[str] = []
    for source, document, chosen in _summaries(args.sets.split(","), args.limit):
        row = counts.setdefault(source, [0] * 7)
        texts = [s.text for s in document.sentences]
        row[0] += len(chosen)
        for i, text in enumerate(texts):
            following = texts[i + 1] if i + 1 < len(texts) else None
            kind = is_kind(text) and elaborated(text, following)
            rule = is_lead_in(text) and following is not None and elaborates(following)
            row[4] += kind
            row[5] += rule
            row[6] += kind and rule
            # The report-only articles give totals only.
            show = source != "own" and len(shown) < args.show
            if i not in chosen:
                if show and args.articles and (kind or rule):
                    shown.append(
                        f"{source} article {'K' if kind else '-'}{'R' if rule else '-'}"
                        f" | {text} || {(following or '')[:120]}"
                    )
                continue
            row[1] += kind
            row[2] += kind and i + 1 not in chosen
            row[3] += rule
            if (kind or rule) and show:
                alone = "alone" if i + 1 not in chosen else "with next"
                shown.append(
                    f"{source} summary {'K' if kind else '-'}{'R' if rule else '-'}"
                    f" {alone} | {text} || {(following or '')[:120]}"
                )
    print(
        f"{'source':<8} {'summary sent.':>13} {'lead-ins':>9} {'alone':>6} {'app rule':>9}"
        + (f" {'article: kind':>14} {'app rule':>9} {'both':>5}" if args.articles else "")
    )
    for source, (n, kind, alone, rule, a_kind, a_rule, a_both) in counts.items():
        extra = f" {a_kind:14d} {a_rule:9d} {a_both:5d}" if args.articles else ""
        print(f"{source:<8} {n:13d} {kind:9d} {alone:6d} {rule:9d}{extra}")
    for line in shown:
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
