"""The long fuzz run: N generated inputs through loading, duplicate removal and the pipeline.

Seeded and deterministic. Each input is one of:

- unicode: random code points from every plane and category (controls, RTL marks, emoji,
  combining marks, lone surrogates) mixed with sentence-like runs and newlines of every kind;
- article: generated paragraphs with repeats, run through `remove_duplicates` (idempotent;
  paragraph order kept; every sentence that occurs once in the input is kept);
- bytes: random bytes, or a valid file (text in five encodings, HTML, Markdown, RTF, PDF,
  DOCX) with random bytes flipped, cut or inserted, loaded under a random suffix.

An input fails if anything raises other than `LoadError` (a refusal with a one-line reason), or
if an offset in the JSON export does not point at its text, or a property above does not hold.

Run from the repository root:  .venv/bin/python benchmarks/fuzz.py [--n 10000] [--seed 1]
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core.analysis import analyze
from app.core.dedup import remove_duplicates
from app.core.export import to_json_dict
from app.core.loading import LoadError, load_bytes, loaded_from_text
from tests.core.formats.makers import make_docx, make_pdf

SPECIALS = [
    "\u202b",  # right-to-left embedding
    "\u200f",
    "\u200d",
    "\ufeff",
    "\u0301",  # combining acute
    "\x00",
    "\x1b",
    "\x7f",
    "\u2028",
    "\u2029",
    "\r",
    "\r\n",
    "\n",
    "\n\n",
    "\t",
    "\ud800",  # lone surrogates
    "\udfff",
    "😀",
    "🏳️‍🌈",
    "שלום",
    "مرحبا",
    "…",
    '"',
    "“",
    "”",
    ". ",
    "? ",
    "Mr. ",
    "U.S. ",
    "12 May 2024",
    "last Friday",
]
WORDS = "river council path mill budget plan said would open next the a of on in".split()


def random_word(rng: random.Random) -> str:
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(2, 9)))


def random_sentence(rng: random.Random) -> str:
    words = [rng.choice(WORDS) if rng.random() < 0.5 else random_word(rng) for _ in range(12)]
    return " ".join(words[: rng.randint(3, 12)]).capitalize() + rng.choice([".", ".", "!", "?"])


def random_unicode(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(0, 30)):
        roll = rng.random()
        if roll < 0.3:
            parts.append(rng.choice(SPECIALS))
        elif roll < 0.6:
            parts.append(random_sentence(rng) + " ")
        elif roll < 0.8:
            parts.append("".join(chr(rng.randint(0, 0x2FFF)) for _ in range(rng.randint(1, 20))))
        else:
            parts.append("".join(chr(rng.randint(0, 0x10FFFF)) for _ in range(rng.randint(1, 8))))
    return "".join(parts)


def random_article(rng: random.Random) -> tuple[str, list[str]]:
    sentences = list(dict.fromkeys(random_sentence(rng) for _ in range(rng.randint(1, 20))))
    paragraphs, i = [], 0
    while i < len(sentences):
        size = rng.randint(1, 3)
        paragraphs.append(" ".join(sentences[i : i + size]))
        i += size
    lines = list(paragraphs)
    for _ in range(rng.randint(0, 5)):
        lines.insert(rng.randint(0, len(lines)), rng.choice(paragraphs))
    return rng.choice(["\n", "\n\n", "\r\n"]).join(lines), paragraphs


def valid_file(rng: random.Random) -> tuple[bytes, str]:
    text = "\n".join(random_sentence(rng) for _ in range(rng.randint(1, 8)))
    kind = rng.randrange(7)
    if kind == 0:
        encoding = rng.choice(["utf-8", "utf-16", "utf-16-le", "cp1252", "utf-8-sig"])
        return text.encode(encoding, "replace"), ".txt"
    if kind == 1:
        body = "".join(f"<p>{line}</p>" for line in text.split("\n"))
        return f"<html><head><title>T</title></head><body>{body}</body></html>".encode(), ".html"
    if kind == 2:
        return ("# Title\n\n" + text.replace("\n", "\n\n- ")).encode(), ".md"
    if kind == 3:
        return ("{\\rtf1\\ansi " + text.replace("\n", "\\par ") + "}").encode(), ".rtf"
    if kind == 4:
        return make_pdf([text.split("\n")]), ".pdf"
    if kind == 5:
        return make_docx([("Normal", line) for line in text.split("\n")]), ".docx"
    return text.encode(), ""


def mutate(data: bytes, rng: random.Random) -> bytes:
    buffer = bytearray(data)
    for _ in range(rng.randint(0, 6)):
        if not buffer:
            break
        roll, at = rng.random(), rng.randrange(len(buffer))
        if roll < 0.5:
            buffer[at] = rng.randrange(256)
        elif roll < 0.75:
            del buffer[at : at + rng.randint(1, 64)]
        else:
            buffer[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
    return bytes(buffer)


def check_pipeline(loaded_text: str, loaded: object) -> None:
    data = to_json_dict(analyze(loaded))  # type: ignore[arg-type]
    json.dumps(data, ensure_ascii=False).encode("utf-8")
    text = data["text"]
    items = list(data["summary"])
    for kind in ("dates", "quotes", "initiatives"):
        items += data["facts"][kind]
    for item in items:
        assert 0 <= item["start"] <= item["end"] <= len(text), item
        assert text[item["start"] : item["end"]] == item["text"], item
    for removal in data["dedup"]["removed"]:
        assert loaded_text[removal["start"] : removal["end"]] == removal["text"], removal


def run_unicode(rng: random.Random) -> None:
    try:
        loaded = loaded_from_text(random_unicode(rng), "fuzz")
    except LoadError:
        return
    check_pipeline(loaded.text, loaded)


def run_article(rng: random.Random) -> None:
    text, paragraphs = random_article(rng)
    cleaned = remove_duplicates(text).text
    assert remove_duplicates(cleaned).text == cleaned, "not idempotent"
    positions = [cleaned.find(p) for p in paragraphs]
    assert all(p >= 0 for p in positions), "a paragraph was lost"
    assert sorted(paragraphs, key=cleaned.find) == sorted(paragraphs, key=text.find), "order"
    loaded = loaded_from_text(text, "fuzz")
    check_pipeline(loaded.text, loaded)


def run_bytes(rng: random.Random) -> None:
    if rng.random() < 0.3:
        data = bytes(rng.randrange(256) for _ in range(rng.randint(0, 3000)))
        suffix = rng.choice([".txt", ".html", ".pdf", ".docx", ".rtf", ".md", ""])
    else:
        data, suffix = valid_file(rng)
        data = mutate(data, rng)
        if rng.random() < 0.2:
            suffix = rng.choice([".txt", ".html", ".pdf", ".docx", ".rtf", ".md", ""])
    try:
        loaded = load_bytes(data, "fuzz", suffix)
    except LoadError as error:
        assert str(error) and "\n" not in str(error), repr(str(error))
        return
    check_pipeline(loaded.text, loaded)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--replay",
        nargs=2,
        metavar=("KIND", "SEED"),
        help="re-run one failing input, with traceback",
    )
    args = parser.parse_args()
    runners = {"unicode": run_unicode, "article": run_article, "bytes": run_bytes}
    if args.replay:
        runners[args.replay[0]](random.Random(int(args.replay[1])))
        print("no failure")
        return 0
    counts: Counter[str] = Counter()
    failures: Counter[str] = Counter()
    examples: dict[str, str] = {}
    signatures: Counter[str] = Counter()
    replays: dict[str, str] = {}
    started = time.perf_counter()
    master = random.Random(args.seed)
    for i in range(args.n):
        kind = ("unicode", "article", "bytes")[i % 3]
        seed = master.randrange(2**32)
        counts[kind] += 1
        try:
            runners[kind](random.Random(seed))
        except Exception as error:
            failures[kind] += 1
            frame = traceback.extract_tb(error.__traceback__)[-1]
            where = f"{type(error).__name__} at {Path(frame.filename).name}:{frame.lineno}"
            signatures[where] += 1
            replays.setdefault(where, f"--replay {kind} {seed}")
            examples.setdefault(
                kind,
                f"replay with --replay {kind} {seed}\n{traceback.format_exc(limit=-3)}",
            )
    seconds = time.perf_counter() - started
    print(f"Fuzz run: {args.n} inputs, seed {args.seed}, {seconds:.0f} s")
    print(f"{'kind':<8} {'inputs':>7} {'failures':>9}")
    for kind in runners:
        print(f"{kind:<8} {counts[kind]:>7} {failures[kind]:>9}")
    print(f"{'total':<8} {sum(counts.values()):>7} {sum(failures.values()):>9}")
    if signatures:
        print("\nfailures by place:")
        for where, count in signatures.most_common():
            print(f"  {count:>5}  {where}  ({replays[where]})")
    for kind, example in examples.items():
        print(f"\nfirst {kind} failure, {example}")
    print(f"\ncommand: .venv/bin/python benchmarks/fuzz.py --n {args.n} --seed {args.seed}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
