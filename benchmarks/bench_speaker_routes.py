"""Quote speakers right / wrong / none by the ROUTE that found them (issue 11, tuning sets only).

A diagnostic beside bench_news_facts.py: it runs the quote extractor with its private steps
wrapped (nothing in the app changes) and labels each quotation by how its speaker was found:
- cue: `before` (words before the opening mark: "X said: '...'"), `after` ('"...," said X'),
  `clause` ('"...?" X pressed', read from the grammar), `same-sentence-prev` (a second fragment
  of the same sentence keeps the first one's cue);
- inherited: `group` (pieces of one quotation), `carried` (the previous quotation's speaker run
  on), `reported` / `introduced` (the sentence before names them), `colon/grouped` (a colon
  introduction in the sentence before), `fragment` (a few words inside a named subject's
  sentence); `none` when no cue was found;
and by the kind of phrase the speaker was read from: a name, a pronoun (`pron-he`), a definite
description (`desc`: "the firm") or a role kept as written (`role`).

Matching and verdicts are facts_scoring's. Sets: PolNeAR train (`polnear`, or one half of its
articles, `polnear:0` / `polnear:1`, for a cross-validation view), news-facts-dev half A,
bbc-facts-dev half A, news-facts-dev half B1 as `news:B1`, and the web pages' gold half A as
`web` (web_gold.py) (`news` alone is half A; the
report-only halves, news B2, bbc B and web B, are refused). --show ROUTE prints the wrong
verdicts of routes whose label holds ROUTE.

Usage: .venv/bin/python benchmarks/bench_speaker_routes.py [--sets polnear,news,bbc,news:B1]
           [--show X]
"""

from __future__ import annotations

import argparse
import collections
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import bench_news_facts as facts
import web_gold
from facts_scoring import halves, match, speaker_verdict
from shared_data import read_jsonl

from app.core.document import Document
from app.core.facts import quotes
from app.core.facts.nlp.lexicon import PRONOUNS
from app.core.facts.quotes import _context as context
from app.core.facts.quotes import _extract as steps

_state: dict[str, Any] = {"pieces": [], "source": None}
_routes: dict[int, str] = {}
_reported: set[int] = set()
_introduced: set[int] = set()


def _wrap_cue_finder(name: str, label: str) -> None:
    original = getattr(steps, name)

    def wrapped(*args: Any) -> Any:
        found = original(*args)
        if found is not None and _state["source"] is None:
            _state["source"] = label
        return found

    setattr(steps, name, wrapped)


def _install() -> None:
    """Wrap the extractor's private steps so that each piece records its route."""
    for name, label in (("cue_before", "before"), ("cue_after", "after")):
        _wrap_cue_finder(name, label)
    _wrap_cue_finder("cue_from_clause", "clause")
    find_cue = steps._find_cue

    def find(document: Document, pieces: list[Any], index: int) -> Any:
        _state["pieces"], _state["source"] = pieces, None
        cue = find_cue(document, pieces, index)
        if cue is not None:
            previous = pieces[index - 1] if index else None
            same = previous is not None and cue is previous.cue
            _routes[id(pieces[index])] = "same-sentence-prev" if same else _state["source"] or "?"
        return cue

    steps._find_cue = find
    for name, seen in (("_reported_speaker", _reported), ("_introduced_speaker", _introduced)):
        original = getattr(context, name)

        def noted(*args: Any, _original: Any = original, _seen: set[int] = seen) -> Any:
            found = _original(*args)
            if found:
                _seen.add(id(found[0]))
            return found

        setattr(context, name, noted)
    for name in ("inherit_from_context", "attribute_fragments", "share_within_groups"):
        _wrap_stage(name)
    # The context stage shares the groups it fills in itself, from its own module.
    _wrap_stage("share_within_groups", context)


def _wrap_stage(name: str, module: Any = steps) -> None:
    original = getattr(module, name)

    def stage(*args: Any) -> None:
        pieces = args[1] if len(args) > 1 else args[0]
        before = {id(p): id(p.cue) for p in pieces}
        previous_cue = {id(p): id(pieces[i - 1].cue) if i else 0 for i, p in enumerate(pieces)}
        original(*args)
        for piece in pieces:
            if id(piece.cue) == before[id(piece)] or id(piece) in _routes:
                continue
            route = {"share_within_groups": "group", "attribute_fragments": "fragment"}.get(
                name, "colon/grouped"
            )
            if name == "inherit_from_context":
                if id(piece.cue) in _reported:
                    route = "reported"
                elif id(piece.cue) in _introduced:
                    route = "introduced"
                elif id(piece.cue) == previous_cue[id(piece)]:
                    route = "carried"
            _routes[id(piece)] = route

    setattr(module, name, stage)


# The facts sets' halves that may be read here; B2 and bbc B are report-only.
_TUNING_HALVES = frozenset({("news", "A"), ("news", "B1"), ("bbc", "A"), ("web", "A")})


def phrase_kind(phrase: str) -> str:
    """name, pron-X, desc or role: what the speaker phrase is."""
    words = phrase.split()
    if len(words) == 1 and words[0].lower() in PRONOUNS:
        return "pron-" + words[0].lower()
    if any(w[:1].isupper() for w in words[1:]) or (len(words) == 1 and words[0][:1].isupper()):
        return "name"
    if words and words[0].lower() in ("the", "a", "an", "its", "his", "her", "their"):
        return "desc"
    return "name" if words and words[0][:1].isupper() else "role"


def routed_quotes(text: str) -> list[tuple[str, str | None, str, str | None]]:
    """(quote, speaker, route/phrase kind, cue phrase) for each quotation of `text`."""
    _routes.clear()
    # Cue ids are only unique while their document's cues live: start each document afresh.
    _reported.clear()
    _introduced.clear()
    found = quotes.extract(Document.from_text(text))
    pieces = {(p.start, p.end): p for p in _state["pieces"]}
    out = []
    for quote in found:
        piece = pieces.get((quote.start, quote.end))
        cue = piece.cue.phrase if piece is not None and piece.cue is not None else None
        route = _routes.get(id(piece), "none") if piece is not None else "?"
        out.append((quote.text, quote.speaker, f"{route}/{phrase_kind(cue) if cue else '-'}", cue))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", default="polnear,news,bbc")
    parser.add_argument("--show", default="", help="print wrong verdicts of routes holding this")
    args = parser.parse_args()
    _install()
    table: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for name in args.sets.split(","):
        if name.startswith("polnear"):
            rows = read_jsonl(facts.POLNEAR["train"])
            part = name.partition(":")[2]
            if part:  # a cross-validation half of train, by article: polnear:0 or polnear:1
                rows = [r for r in rows if str(facts.article_half(r["id"])) == part]
            items = [(r["id"], r["text"], facts.gold_quotes_polnear(r)) for r in rows]
        else:
            name, _, half = name.partition(":")
            if (name, half or "A") not in _TUNING_HALVES:
                parser.error(f"{name}:{half} is not a tuning half (news:A, news:B1, bbc:A, web:A)")
            every = web_gold.rows() if name == "web" else read_jsonl(facts.FACT_SETS[name])
            rows = halves(every, half or "A")
            items = [
                (r["id"], r["text"], [(g["quote"], g["speaker"]) for g in r["quotes"]])
                for r in rows
            ]
        for row_id, text, gold in items:
            found = routed_quotes(text)
            for i, j in match([f[0] for f in found], [g[0] for g in gold]):
                if gold[j][1] is None:
                    continue
                verdict = speaker_verdict(found[i][1], gold[j][1])
                table[found[i][2]][verdict] += 1
                if verdict == "wrong" and args.show and args.show in found[i][2]:
                    print(f"WRONG {found[i][2]} {row_id}: cue={found[i][3]!r} got={found[i][1]!r}")
    print(f"sets: {args.sets} (PolNeAR train; facts sets: half A unless named, news:B1)\n")
    print("| route / phrase | right | wrong | none | precision (right / (right + wrong)) |")
    print("|---|---:|---:|---:|---:|")
    for key, counts in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        given = counts["right"] + counts["wrong"]
        precision = f"{counts['right'] / given:.3f}" if given else "-"
        row = f"| {key} | {counts['right']} | {counts['wrong']} | {counts['none']} | {precision} |"
        print(row)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
