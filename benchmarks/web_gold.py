"""The hand gold of quotes, speakers and initiatives on saved web pages (benchmarks/data).

`benchmarks/data/facts-html-dev.jsonl` annotates article bodies of ../shared/data/html pages that
are not in news-facts-dev, following ../shared/data/facts/GUIDE.md v2 (quotes and initiatives; no
dates). It stores offsets only, into the page's `article_body` in ../shared/data/html/
ground-truth.jsonl, with a short hash of that body so a changed file is noticed:

    {"page": "<first 10 hex of the page id>", "sha1": "<first 12 hex of sha1(article_body)>",
     "quotes": [{"start": s, "end": e, "speaker_start": s | null, "speaker_end": e | null}],
     "initiatives": [{"start": s, "end": e, "actor_start": s | null, "actor_end": e | null,
                      "status": "..."}]}

`rows()` turns it back into rows shaped like news-facts-dev's ({"id": "html-dev-<page>", "text",
"quotes", "initiatives", "dates": []}), for bench_news_facts.py's `web` set.

`encode` (run once per annotation round) turns an annotator's span file, a JSON list of
{"file": "<page>.txt", "quotes": [{"quote", "speaker"}], "initiatives": [{"initiative", "actor",
"status"}]} whose spans are exact substrings of the body, into that offsets file:

    .venv/bin/python benchmarks/web_gold.py encode SPANS.json [SPANS.json ...]
"""

from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from shared_data import DATA, ROOT, read_jsonl

GOLD = ROOT / "benchmarks" / "data" / "facts-html-dev.jsonl"
BODIES = DATA / "html" / "ground-truth.jsonl"


def _digest(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def bodies() -> dict[str, str]:
    """Article body of each saved page, by the first 10 hex of its id."""
    return {row["id"][:10]: row["article_body"] for row in read_jsonl(BODIES)}


def _span(text: str, part: str | None) -> tuple[int | None, int | None]:
    """Offsets of `part` in `text` (its first occurrence; None for None)."""
    if part is None:
        return None, None
    start = text.find(part)
    if start < 0:
        raise ValueError(f"not in the text: {part!r}")
    return start, start + len(part)


def _cut(text: str, start: int | None, end: int | None) -> str | None:
    return None if start is None or end is None else text[start:end]


def encode(span_files: list[Path]) -> list[dict[str, Any]]:
    """Offset rows from annotators' span files (sorted by page)."""
    texts = bodies()
    out = []
    for path in span_files:
        for article in json.loads(path.read_text(encoding="utf-8")):
            page = article["file"].removesuffix(".txt")
            text = texts[page]
            quotes = []
            for q in article["quotes"]:
                start, end = _span(text, q["quote"])
                s_start, s_end = _span(text, q["speaker"])
                quotes.append(
                    {"start": start, "end": end, "speaker_start": s_start, "speaker_end": s_end}
                )
            initiatives = []
            for i in article["initiatives"]:
                start, end = _span(text, i["initiative"])
                a_start, a_end = _span(text, i["actor"])
                initiatives.append(
                    {
                        "start": start,
                        "end": end,
                        "actor_start": a_start,
                        "actor_end": a_end,
                        "status": i.get("status") or "unknown",
                    }
                )
            out.append(
                {"page": page, "sha1": _digest(text), "quotes": quotes, "initiatives": initiatives}
            )
    return sorted(out, key=lambda row: row["page"])


def rows() -> list[dict[str, Any]]:
    """The gold as news-facts-dev-shaped rows, in page order (empty when ../shared is absent)."""
    if not GOLD.exists() or not BODIES.exists():
        return []
    texts = bodies()
    out = []
    for row in read_jsonl(GOLD):
        text = texts[row["page"]]
        if _digest(text) != row["sha1"]:
            raise ValueError(f"page {row['page']}: its article body changed since annotation")
        out.append(
            {
                "id": "html-dev-" + row["page"],
                "text": text,
                "quotes": [
                    {
                        "quote": text[q["start"] : q["end"]],
                        "speaker": _cut(text, q["speaker_start"], q["speaker_end"]),
                    }
                    for q in row["quotes"]
                ],
                "initiatives": [
                    {
                        "initiative": text[i["start"] : i["end"]],
                        "actor": _cut(text, i["actor_start"], i["actor_end"]),
                        "status": i["status"],
                    }
                    for i in row["initiatives"]
                ],
                "dates": [],
            }
        )
    return out


def main(argv: list[str]) -> int:
    if len(argv) < 2 or argv[0] != "encode":
        print(__doc__)
        return 2
    encoded = encode([Path(p) for p in argv[1:]])
    GOLD.write_text("".join(json.dumps(row) + "\n" for row in encoded), encoding="utf-8")
    quotes = sum(len(r["quotes"]) for r in encoded)
    initiatives = sum(len(r["initiatives"]) for r in encoded)
    print(f"wrote {GOLD}: {len(encoded)} pages, {quotes} quotes, {initiatives} initiatives")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    raise SystemExit(main(sys.argv[1:]))
