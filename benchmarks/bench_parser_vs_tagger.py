"""The shipped tagger + rules (app.core.facts.nlp) against a spaCy tagger + dependency parser.

Issue 11 asks whether a dependency parser, which gives subjects and governing verbs directly,
should replace the tag-based clause finder. This measures both on the same footing:

- accuracy on the gold tokens of EWT dev/test and GUM dev/test (../shared/data/ud; both models
  are trained on EWT train only, GUM is out of domain and never trained on): Penn (XPOS) tag
  accuracy; for the parser, UAS / LAS over every token (punctuation included, labels with their
  subtypes, as the CoNLL 2018 shared task scores them);
- "subject of the clause" precision / recall against UD nsubj, scored by the very code of
  benchmarks/bench_chunks.py (`score_subjects`). The chunker's subject is its noun phrase; the
  parser's is the subtree of each word it labels nsubj*, its verb that word's head (its verb group
  starting at the head's first aux/cop child). A second parser row scores the subject's head word
  alone (the strictest reading). The same again on the clauses of a verb of saying only (the
  predicted clause's verb, or the gold subject's head, is say/tell/add/... : `SPEECH`), the
  clauses a speaker comes from;
- speed: words/s tagging (+ clauses / + parsing) EWT test sentence by sentence, warm, best of 3;
  a 1,000-word stretch of bbc-facts-dev end to end from raw text (ours: tag_sentence + clauses per
  Document sentence; spaCy: nlp(text) on the whole stretch, its tokenizer and sentence split
  included, plus reading each nsubj), median of 10; CPU seconds of this process, one BLAS thread;
- cold start, each in a fresh interpreter (best of 3, wall time): the import, the model load and
  the first sentence; and the model's size on disk.

The spaCy pipeline is an experiment, never a dependency of the app: train it with
`sh tools/train_parser_experiment.sh` (spaCy from `pip install -e '.[experiments]'`).

Usage: .venv/bin/python benchmarks/bench_parser_vs_tagger.py [--model DIR] [--limit N]
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # before numpy loads: CPU time is then one core's

import argparse  # noqa: E402
import importlib.util  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from importlib import resources  # noqa: E402
from pathlib import Path  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench_chunks import read_trees, score_subjects  # noqa: E402
from shared_data import DATA, read_jsonl  # noqa: E402

from app.core.document import Document  # noqa: E402
from app.core.facts.nlp.chunks import clauses  # noqa: E402
from app.core.facts.nlp.tagger import Token, tag_sentence, tag_words  # noqa: E402
from app.core.facts.nlp.tagger import model as tagger_model  # noqa: E402

UD = DATA / "ud"
SETS = (
    ("EWT dev", "en_ewt-ud-dev"),
    ("EWT test", "en_ewt-ud-test"),
    ("GUM dev", "en_gum-ud-dev"),
    ("GUM test", "en_gum-ud-test"),
)
DEFAULT_MODEL = Path("/tmp/parser_exp/out/model-best")
AUX = ("aux", "aux:pass", "cop")
# Verbs of saying (what speakers hang on): the subject scores again, on these clauses only.
SPEECH = frozenset(
    """say says said saying tell tells told telling add adds added adding explain explains
    explained claim claims claimed announce announces announced state states stated ask asks
    asked reply replies replied write writes wrote argue argues argued insist insists insisted
    warn warns warned note notes noted""".split()
)


def read_gold(path: Path, limit: int | None) -> list[list[tuple[str, str, int, str]]]:
    """Sentences as (form, XPOS, head index 0-based or -1, deprel)."""
    trees = read_trees(path)
    tags: list[list[str]] = []
    current: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line:
            if current:
                tags.append(current)
            current = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" not in cols[0] and "." not in cols[0]:
                current.append(cols[4])
    if current:
        tags.append(current)
    out = [
        [(w, t, h, r) for (w, h, r), t in zip(tree, tag, strict=True)]
        for tree, tag in zip(trees, tags, strict=True)
    ]
    return out[:limit] if limit else out


def chunk_predictions(words: list[str], tags: list[str]) -> list[tuple[int, int, int, int]]:
    """(first, last, verb, finite) of every clause subject the shipped rules find."""
    text = " ".join(words)
    tokens, offset = [], 0
    for word, tag in zip(words, tags, strict=True):
        tokens.append(Token(word, offset, offset + len(word), tag))
        offset += len(word) + 1
    return [
        (c.subject.first, c.subject.last, tokens.index(c.verb), tokens.index(c.finite))
        for c in clauses(tokens, text)
        if c.subject is not None
    ]


def parser_predictions(doc, head_word_only: bool = False) -> list[tuple[int, int, int, int]]:
    """(first, last, verb, finite) of every word the parser labels nsubj* (its subtree)."""
    out = []
    for token in doc:
        if not token.dep_.startswith("nsubj") or token.head is token:
            continue
        verb = token.head
        group = [c.i for c in verb.lefts if c.dep_ in AUX]
        if head_word_only:
            first, last = token.i, token.i
        else:
            first, last = token.left_edge.i, token.right_edge.i
        out.append((first, last, verb.i, min([*group, verb.i])))
    return out


def scores(sentences, tags, predictions, parses=None):
    """Tag accuracy, UAS, LAS, predicted subjects, precision, recall over one set.

    Args:
        sentences: the gold sentences (`read_gold`).
        tags: the predicted tags of each sentence.
        predictions: the predicted subjects of each sentence, as `score_subjects` takes them.
        parses: the parsed Docs of each sentence (None: no dependency scores).
    """
    tag_right = total = uas = las = predicted = right = gold = covered = 0
    speech = [0, 0, 0, 0]  # predicted, right, gold, covered: clauses of a verb of saying
    for k, sentence in enumerate(sentences):
        tag_right += sum(p == g for p, (_, g, _, _) in zip(tags[k], sentence, strict=True))
        total += len(sentence)
        if parses is not None:
            for token, (_, _, head, rel) in zip(parses[k], sentence, strict=True):
                predicted_head = -1 if token.head is token else token.head.i
                if predicted_head == head:
                    uas += 1
                    las += token.dep_ == rel or (head == -1 and token.dep_ == "ROOT")
        gold += sum(r.startswith("nsubj") for _, _, _, r in sentence)
        tree = [(w, h, r) for w, _, h, r in sentence]
        n, good, hit = score_subjects(tree, predictions[k])
        predicted += n
        right += good
        covered += len(hit)
        said = [p for p in predictions[k] if sentence[p[2]][0].lower() in SPEECH]
        n, good, hit = score_subjects(tree, said)
        speech[0] += n
        speech[1] += good
        speech[2] += sum(
            r.startswith("nsubj") and h >= 0 and sentence[h][0].lower() in SPEECH
            for _, _, h, r in sentence
        )
        speech[3] += sum(sentence[sentence[i][2]][0].lower() in SPEECH for i in hit)
    return (
        tag_right / total,
        uas / total if parses is not None else None,
        las / total if parses is not None else None,
        predicted,
        right / max(predicted, 1),
        covered / max(gold, 1),
        f"{speech[1] / max(speech[0], 1):.3f} / {speech[3] / max(speech[2], 1):.3f} ({speech[2]})",
    )


def size_on_disk(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", type=Path, default=DEFAULT_MODEL, help="spaCy pipeline dir")
    parser.add_argument("--limit", type=int, help="only the first N sentences of each set")
    args = parser.parse_args()
    command = ".venv/bin/python benchmarks/bench_parser_vs_tagger.py"
    print("command: " + " ".join([command, *sys.argv[1:]]))
    if not (UD / "en_ewt-ud-test.conllu").exists():
        print(f"no UD data at {UD}; nothing to measure")
        return 0
    if importlib.util.find_spec("spacy") is None:
        print("spaCy is not installed (an experiment): .venv/bin/pip install -e '.[experiments]'")
        return 0
    if not (args.model / "meta.json").exists():
        print(f"no spaCy pipeline at {args.model}: sh tools/train_parser_experiment.sh trains it")
        return 0
    import spacy
    from spacy.tokens import Doc

    nlp = spacy.load(args.model)
    print(f"spaCy {spacy.__version__}, pipeline {nlp.pipe_names} from {args.model}")

    print(
        "\n| set | system | tag acc | UAS | LAS | subjects given | subject P | subject R "
        "| verb of saying: subject P / R (gold n) |"
    )
    print("|---|---|---:|---:|---:|---:|---:|---:|---:|")
    ewt_test = None
    for name, stem in SETS:
        sentences = read_gold(UD / f"{stem}.conllu", args.limit)
        if stem == "en_ewt-ud-test":
            ewt_test = sentences
        words = [[w for w, _, _, _ in s] for s in sentences]
        ours_tags = [tag_words(w) for w in words]
        parses = list(nlp.pipe(Doc(nlp.vocab, words=w) for w in words))
        spacy_tags = [[t.tag_ for t in doc] for doc in parses]
        rows = (
            (
                "tagger + rules (shipped)",
                scores(
                    sentences,
                    ours_tags,
                    [chunk_predictions(w, t) for w, t in zip(words, ours_tags, strict=True)],
                ),
            ),
            (
                "spaCy tagger + parser",
                scores(sentences, spacy_tags, [parser_predictions(d) for d in parses], parses),
            ),
            (
                "spaCy, subject head word only",
                scores(
                    sentences,
                    spacy_tags,
                    [parser_predictions(d, head_word_only=True) for d in parses],
                    parses,
                ),
            ),
        )
        for system, (acc, uas, las, n, p, r, said) in rows:
            dep = f"{uas:.2%} | {las:.2%}" if uas is not None else "- | -"
            print(f"| {name} | {system} | {acc:.2%} | {dep} | {n} | {p:.3f} | {r:.3f} | {said} |")

    # Warm throughput on gold tokens, sentence by sentence.
    assert ewt_test is not None
    words = [[w for w, _, _, _ in s] for s in ewt_test]
    n_words = sum(map(len, words))

    def ours_gold() -> None:
        for w in words:
            chunk_predictions(w, tag_words(w))

    def spacy_gold() -> None:
        for doc in nlp.pipe(Doc(nlp.vocab, words=w) for w in words):
            parser_predictions(doc)

    def best_of_3(run) -> float:
        best = float("inf")
        for _ in range(3):
            t0 = time.process_time()
            run()
            best = min(best, time.process_time() - t0)
        return best

    speed_ours = n_words / best_of_3(ours_gold)
    speed_spacy = n_words / best_of_3(spacy_gold)

    # A 1,000-word article from raw text, end to end.
    article = ""
    facts = DATA / "facts" / "bbc-facts-dev.jsonl"
    if facts.exists():
        text = " ".join(" ".join(row["text"].split()) for row in read_jsonl(facts))
        article = " ".join(text.split(" ")[:1000])
    ms_ours = ms_spacy = None
    if article:
        spans = [(s.start, s.end) for s in Document.from_text(article).sentences]

        def median_of_10(run) -> float:
            runs = []
            for _ in range(11):
                t0 = time.process_time()
                run()
                runs.append(time.process_time() - t0)
            return statistics.median(runs[1:]) * 1000

        ms_ours = median_of_10(
            lambda: [clauses(tag_sentence(article, s, e), article) for s, e in spans]
        )
        ms_spacy = median_of_10(lambda: parser_predictions(nlp(article)))

    # Cold start in fresh interpreters: import, load, first sentence.
    sample = "The council said on Monday that it would open a new library."
    ours_code = (
        "import time; t0 = time.perf_counter(); "
        "from app.core.facts.nlp import chunks, tagger; "
        "from app.core.facts.nlp.tagger import model as tagger_model; t1 = time.perf_counter(); "
        "tagger_model.load_model(); t2 = time.perf_counter(); "
        f"chunks.clauses(tagger.tag_sentence({sample!r}), {sample!r}); t3 = time.perf_counter(); "
        "print(t1 - t0, t2 - t1, t3 - t2)"
    )
    spacy_code = (
        "import time; t0 = time.perf_counter(); import spacy; t1 = time.perf_counter(); "
        f"nlp = spacy.load({str(args.model)!r}); t2 = time.perf_counter(); "
        f"nlp({sample!r}); t3 = time.perf_counter(); print(t1 - t0, t2 - t1, t3 - t2)"
    )

    def cold(code: str) -> list[float]:
        env_code = "import os; os.environ.setdefault('OMP_NUM_THREADS', '1'); " + code
        parts = [float("inf")] * 3
        for _ in range(3):
            result = subprocess.run(
                [sys.executable, "-c", env_code],
                capture_output=True,
                text=True,
                check=True,
                cwd=Path(__file__).resolve().parents[1],
            )
            parts = [min(a, float(b)) for a, b in zip(parts, result.stdout.split(), strict=True)]
        return parts

    cold_ours = cold(ours_code)
    cold_spacy = cold(spacy_code)
    weights = resources.files(tagger_model.MODEL_PACKAGE).joinpath(tagger_model.MODEL_FILE)
    size_ours = len(weights.read_bytes())
    size_spacy = size_on_disk(args.model)

    print(
        "\n| system | words/s CPU (EWT test, gold tokens, warm) | 1,000-word article, raw text "
        "(ms CPU, warm) | import (s) | model load (s) | first sentence (s) | model on disk |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|")
    for system, speed, ms, (imp, load, first), size in (
        ("tagger + rules (shipped)", speed_ours, ms_ours, cold_ours, size_ours),
        ("spaCy tagger + parser", speed_spacy, ms_spacy, cold_spacy, size_spacy),
    ):
        article_ms = f"{ms:.1f}" if ms is not None else "-"
        print(
            f"| {system} | {speed:,.0f} | {article_ms} | {imp:.2f} | {load:.2f} | {first:.3f} "
            f"| {size / 1e6:.1f} MB |"
        )
    print(
        "(import: `from app.core.facts.nlp import chunks, tagger` (numpy included) vs `import "
        "spacy`; cold times are wall seconds in a fresh interpreter, best of 3; the shipped "
        "weights are gzip JSON, the spaCy pipeline an uncompressed directory)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
