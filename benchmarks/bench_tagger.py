"""Accuracy and speed of the shipped part-of-speech tagger (app.core.facts.nlp.tagger).

- accuracy (Penn / XPOS tags) on the gold tokens of EWT test and GUM test (../shared/data/ud;
  the model is trained on EWT train only; GUM is out of domain and never trained on), EWT dev too;
- load time: reading and parsing the weights file (best of 3, a new model object each time);
- speed: words per second tagging EWT test sentence by sentence, warm (best of 3); and
  tag_sentence on raw text (tokenising included) over the same sentences joined;
Times are CPU seconds of this process (time.process_time): the machine is shared, wall time is
not a fair measure there.
- the weights file's size.
With --nltk, nltk's own PerceptronTagger is trained on the same EWT train (5 passes, its defaults)
and measured the same way, for comparison (about a minute on a free core; nltk shuffles with
the unseeded global `random`, so its figures move a little from run to run).

Usage: .venv/bin/python benchmarks/bench_tagger.py [--nltk] [--model PATH]
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))

from shared_data import DATA
from train_tagger import read_conllu

from app.core.facts.nlp import tagger
from app.core.facts.nlp.tagger import model as tagger_model

UD = DATA / "ud"
SETS = (
    ("EWT dev", "en_ewt-ud-dev"),
    ("EWT test", "en_ewt-ud-test"),
    ("GUM test", "en_gum-ud-test"),
)


def accuracy(tag: Callable[[Sequence[str]], list[str]], sentences: list[list[tuple[str, str]]]):
    right = total = 0
    for sentence in sentences:
        tags = tag([w for w, _ in sentence])
        right += sum(p == g for p, (_, g) in zip(tags, sentence, strict=True))
        total += len(sentence)
    return right / total, total


def words_per_second(tag, sentences) -> float:
    words = [[w for w, _ in s] for s in sentences]
    n = sum(map(len, words))
    best = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        for w in words:
            tag(w)
        best = min(best, time.process_time() - t0)
    return n / best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nltk", action="store_true", help="also train and measure nltk's")
    parser.add_argument("--model", type=Path, help="a weights file other than the shipped one")
    args = parser.parse_args()
    print("command: .venv/bin/python benchmarks/bench_tagger.py " + " ".join(sys.argv[1:]))
    if not (UD / "en_ewt-ud-test.conllu").exists():
        print(f"no UD data at {UD}; nothing to measure")
        return 0
    if args.model:
        data = args.model.read_bytes()
    else:
        data = (
            resources.files(tagger_model.MODEL_PACKAGE)
            .joinpath(tagger_model.MODEL_FILE)
            .read_bytes()
        )
    load = float("inf")
    for _ in range(3):
        t0 = time.process_time()
        model = tagger_model.read_model(data)
        load = min(load, time.process_time() - t0)
    sets = {name: read_conllu(UD / f"{stem}.conllu") for name, stem in SETS}
    rows = []

    def ours(words):
        return tagger.tag_words(words, model)

    rows.append(("ours (shipped)" if not args.model else f"ours ({args.model.name})", ours))
    if args.nltk:
        from nltk.tag.perceptron import PerceptronTagger

        train = read_conllu(UD / "en_ewt-ud-train.conllu")
        nltk_tagger = PerceptronTagger(load=False)
        t0 = time.process_time()
        nltk_tagger.train([list(s) for s in train], nr_iter=5)
        print(f"nltk PerceptronTagger trained in {time.process_time() - t0:.1f} s (5 passes)")

        def theirs(words):
            return [t for _, t in nltk_tagger.tag(list(words))]

        rows.append(("nltk PerceptronTagger, EWT train", theirs))
    print(
        f"\nweights: {len(data) / 1e6:.2f} MB gzip, {len(model.weights):,} features, "
        f"extras {sorted(model.extras)}; load {load * 1000:.0f} ms CPU (parse, best of 3)"
    )
    print("\n| tagger | EWT dev | EWT test | GUM test | words/s CPU (EWT test, warm) |")
    print("|---|---:|---:|---:|---:|")
    for name, tag in rows:
        accs = [accuracy(tag, sets[s])[0] for s, _ in SETS]
        speed = words_per_second(tag, sets["EWT test"])
        print(f"| {name} | " + " | ".join(f"{a:.2%}" for a in accs) + f" | {speed:,.0f} |")
    raw = "\n".join(" ".join(w for w, _ in s) for s in sets["EWT test"])
    lines = raw.split("\n")
    t0 = time.process_time()
    n = 0
    offset = 0
    for line in lines:
        n += len(tagger.tag_sentence(raw, offset, offset + len(line)))
        offset += len(line) + 1
    elapsed = time.process_time() - t0
    print(f"\ntag_sentence on raw text (tokenising included): {n / elapsed:,.0f} tokens/s CPU")
    print("(Penn/XPOS tags, on the treebanks' gold tokens; GUM is measured, never trained on)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
