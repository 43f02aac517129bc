"""Train the part-of-speech tagger that ships in the package, reproducibly, from UD English EWT.

    .venv/bin/python tools/train_tagger.py            # writes resources/models/tagger-ewt.json.gz

An averaged perceptron (the algorithm and feature set of nltk's PerceptronTagger, plus the extra
feature groups of `app.core.facts.nlp.tagger.features`), trained on EWT train only
(../shared/data/ud/en_ewt-ud-train.conllu) with Penn (XPOS) tags: a fixed number of passes, the
sentences shuffled between passes by a seeded generator, so the same data give the same file
(gzip without a timestamp, JSON with sorted keys). The averaged weights are rounded and those
smaller than --prune are dropped (they change almost no decision and make most of the file).
EWT dev is for choosing the settings (printed at the end with --dev); EWT test and GUM are only
measured, by benchmarks/bench_tagger.py. GUM is never trained on (its licence is NC).

The weights are a derived work of EWT: CC BY-SA 4.0, see resources/models/README.md.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.core.facts.nlp.tagger import tag_words  # noqa: E402
from app.core.facts.nlp.tagger.features import (  # noqa: E402
    END,
    START,
    WordPlace,
    features,
    normalize,
)
from app.core.facts.nlp.tagger.model import TaggerModel, read_model  # noqa: E402

UD = ROOT.parent / "shared" / "data" / "ud"
OUT = ROOT / "resources" / "models" / "tagger-ewt.json.gz"
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})

Sentence = list[tuple[str, str]]


def read_conllu(path: Path, column: int = 4) -> list[Sentence]:
    """(form, tag) sentences of a CoNLL-U file; column 4 = XPOS (Penn), 3 = UPOS."""
    sentences: list[Sentence] = []
    current: Sentence = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line:
                if current:
                    sentences.append(current)
                current = []
            elif not line.startswith("#"):
                cols = line.split("\t")
                if "-" in cols[0] or "." in cols[0]:
                    continue  # multi-word token ranges and empty nodes
                current.append((cols[1], cols[column]))
    if current:
        sentences.append(current)
    return sentences


class Trainer:
    """Averaged perceptron training (weights averaged over every update step)."""

    def __init__(self, extras: frozenset[str]) -> None:
        self.extras = extras
        self.weights: dict[str, dict[str, float]] = {}
        self.totals: dict[tuple[str, str], float] = defaultdict(float)
        self.stamps: dict[tuple[str, str], int] = defaultdict(int)
        self.steps = 0
        self.tags: set[str] = set()
        self.tagdict: dict[str, str] = {}

    def make_tagdict(self, sentences: list[Sentence], min_count: int, purity: float) -> None:
        """Frequent words that (almost) always carry one tag are tagged without the model."""
        counts: dict[str, Counter[str]] = defaultdict(Counter)
        for sentence in sentences:
            for word, tag in sentence:
                counts[word.translate(_QUOTES)][tag] += 1
                self.tags.add(tag)
        for word, tags in counts.items():
            tag, mode = tags.most_common(1)[0]
            n = sum(tags.values())
            if n >= min_count and mode / n >= purity:
                self.tagdict[word] = tag

    def predict(self, feats: list[str]) -> str:
        scores: dict[str, float] = defaultdict(float)
        for feat in feats:
            row = self.weights.get(feat)
            if row:
                for tag, weight in row.items():
                    scores[tag] += weight
        return max(self.tags, key=lambda tag: (scores[tag], tag))

    def update(self, truth: str, guess: str, feats: list[str]) -> None:
        self.steps += 1
        if truth == guess:
            return
        for feat in feats:
            row = self.weights.setdefault(feat, {})
            for tag, delta in ((truth, 1.0), (guess, -1.0)):
                key = (feat, tag)
                old = row.get(tag, 0.0)
                self.totals[key] += (self.steps - self.stamps[key]) * old
                self.stamps[key] = self.steps
                row[tag] = old + delta

    def train_pass(self, sentences: list[Sentence]) -> tuple[int, int]:
        right = seen = 0
        for sentence in sentences:
            words = [w.translate(_QUOTES) for w, _ in sentence]
            context = [*START, *(normalize(w) for w in words), *END]
            prev, prev2 = START
            for i, (word, (_, truth)) in enumerate(zip(words, sentence, strict=True)):
                guess = self.tagdict.get(word)
                if guess is None:
                    feats = features(WordPlace(i, words, context, self.extras), prev, prev2)
                    guess = self.predict(feats)
                    self.update(truth, guess, feats)
                prev2, prev = prev, guess
                right += guess == truth
                seen += 1
        return right, seen

    def averaged(self, prune: float) -> dict[tuple[str, str], int]:
        """The averaged weights in thousandths, those under `prune` in size left out."""
        out: dict[tuple[str, str], int] = {}
        for feat, row in self.weights.items():
            for tag, weight in row.items():
                key = (feat, tag)
                total = self.totals[key] + (self.steps - self.stamps[key]) * weight
                value = round(total / self.steps * 1000)
                if value and abs(value) >= prune * 1000:
                    out[key] = value
        return out


def payload(trainer: Trainer, weights: dict[tuple[str, str], int], **about: object) -> bytes:
    """The weights file: gzip-compressed JSON, the same bytes for the same weights."""
    features = sorted({feat for feat, _ in weights})
    tags = sorted(trainer.tags)
    row_of = {feat: n for n, feat in enumerate(features)}
    col_of = {tag: n for n, tag in enumerate(tags)}
    entries = sorted((row_of[f], col_of[t], v) for (f, t), v in weights.items())
    data = {
        "format": 2,
        **about,
        "extras": sorted(trainer.extras),
        "tags": tags,
        "tagdict": trainer.tagdict,
        "features": features,
        "rows": [r for r, _, _ in entries],
        "cols": [c for _, c, _ in entries],
        "values": [v for _, _, v in entries],
    }
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def accuracy(model: TaggerModel, sentences: list[Sentence]) -> float:
    right = total = 0
    for sentence in sentences:
        tags = tag_words([w for w, _ in sentence], model)
        right += sum(g == t for g, (_, t) in zip(tags, sentence, strict=True))
        total += len(sentence)
    return right / total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--iterations", type=int, default=8)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--extras", default="affix,shape", help="comma-separated, or ''")
    parser.add_argument("--prune", type=float, default=0.0)
    parser.add_argument("--column", type=int, default=4, help="4 = XPOS (Penn), 3 = UPOS")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--dev", action="store_true", help="print EWT dev accuracy at the end")
    args = parser.parse_args()
    train_path = UD / "en_ewt-ud-train.conllu"
    if not train_path.exists():
        print(f"{train_path} is absent: nothing to train on")
        return 1
    extras = frozenset(e for e in args.extras.split(",") if e)
    sentences = read_conllu(train_path, args.column)
    rng = random.Random(args.seed)
    trainer = Trainer(extras)
    trainer.make_tagdict(sentences, min_count=20, purity=0.97)
    t0 = time.perf_counter()
    for n in range(args.iterations):
        right, seen = trainer.train_pass(sentences)
        print(f"pass {n + 1}: training accuracy {right / seen:.4f}", flush=True)
        rng.shuffle(sentences)
    weights = trainer.averaged(args.prune)
    train_s = time.perf_counter() - t0
    packed = payload(
        trainer,
        weights,
        source="UD English EWT train (Silveira et al. 2014), CC BY-SA 4.0",
        tagset="UPOS" if args.column == 3 else "Penn (XPOS)",
        iterations=args.iterations,
        seed=args.seed,
    )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(packed)
    print(
        f"trained {args.iterations} passes in {train_s:.1f} s; {len(weights):,} weights; "
        f"wrote {args.out} ({len(packed) / 1e6:.2f} MB)"
    )
    if args.dev:
        model = read_model(packed)
        dev = read_conllu(UD / "en_ewt-ud-dev.conllu", args.column)
        print(f"EWT dev accuracy: {accuracy(model, dev):.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
