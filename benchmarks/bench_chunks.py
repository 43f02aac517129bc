"""How often app.core.facts.nlp.chunks finds a clause's subject, against UD dependency gold.

On the gold tokens of EWT dev and GUM dev (../shared/data/ud), tagged by the shipped tagger:
- a predicted clause with a subject is right when a word of its subject chunk is a gold subject
  (deprel nsubj, nsubj:pass, csubj..., incl. subtypes) of the clause's main verb, of the word
  the verb group serves as auxiliary or copula ("has" / "is" attach to the predicate in UD), or
  of the verb that the main verb is coordinated with (UD gives a shared subject to the first);
- precision = right / predicted clauses with a subject; recall = gold nominal subjects (nsubj*,
  whose head is a verb or a copular predicate) covered by a right prediction.
Subjects the heuristic gives through "and" (shared with the clause before) are scored the same way.

Speed: tag_sentence + clauses over every sentence of the first 1,000 words of the bbc-facts-dev
articles (Document sentences), warm, CPU time, median of 10.

Usage: .venv/bin/python benchmarks/bench_chunks.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from shared_data import DATA, read_jsonl

from app.core.document import Document
from app.core.facts.nlp.chunks import clauses
from app.core.facts.nlp.tagger import Token, tag_sentence, tag_words

UD = DATA / "ud"
SETS = (("EWT dev", "en_ewt-ud-dev"), ("GUM dev", "en_gum-ud-dev"))


def read_trees(path: Path) -> list[list[tuple[str, int, str]]]:
    """Sentences as (form, head index 0-based or -1 for the root, deprel)."""
    sentences: list[list[tuple[str, int, str]]] = []
    current: list[tuple[str, int, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line:
            if current:
                sentences.append(current)
            current = []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            current.append((cols[1], int(cols[6]) - 1, cols[7]))
    if current:
        sentences.append(current)
    return sentences


def score_subjects(
    sentence: list[tuple[str, int, str]], predictions: list[tuple[int, int, int, int]]
) -> tuple[int, int, set[int]]:
    """Score one sentence's predicted subjects against its gold tree.

    Args:
        sentence: the gold tree (`read_trees`).
        predictions: one (first, last, verb, finite) per predicted subject: the subject's
            first and last token, its clause's main verb and that verb group's first verb.

    Returns:
        (predicted, right, the gold nsubj* tokens covered by a right prediction).
    """
    right = 0
    hit: set[int] = set()
    for first, last, main, finite in predictions:
        verb = main
        heads = {verb}
        # A verb coordinated with another shares its subject ("came home and told you"),
        # which UD attaches to the first conjunct only.
        while sentence[verb][2] == "conj" and sentence[verb][1] >= 0:
            verb = sentence[verb][1]
            heads.add(verb)
        for i in range(finite, main + 1):
            if sentence[i][2].split(":")[0] in ("aux", "cop"):
                heads.add(sentence[i][1])
        good = {
            i
            for i in range(first, last + 1)
            if sentence[i][2].split(":")[0] in ("nsubj", "csubj") and sentence[i][1] in heads
        }
        if good:
            right += 1
            hit |= {i for i in good if sentence[i][2].startswith("nsubj")}
    return len(predictions), right, hit


def score(sentences: list[list[tuple[str, int, str]]]) -> tuple[int, int, int, int]:
    predicted = right = gold = covered = 0
    for sentence in sentences:
        words = [w for w, _, _ in sentence]
        text = " ".join(words)
        tokens, offset = [], 0
        for word, tag in zip(words, tag_words(words), strict=True):
            tokens.append(Token(word, offset, offset + len(word), tag))
            offset += len(word) + 1
        gold += sum(rel.startswith("nsubj") for _, _, rel in sentence)
        found = [
            (c.subject.first, c.subject.last, tokens.index(c.verb), tokens.index(c.finite))
            for c in clauses(tokens, text)
            if c.subject is not None
        ]
        n, good, hit = score_subjects(sentence, found)
        predicted += n
        right += good
        covered += len(hit)
    return predicted, right, gold, covered


def main() -> int:
    print("command: .venv/bin/python benchmarks/bench_chunks.py " + " ".join(sys.argv[1:]))
    if not (UD / "en_ewt-ud-dev.conllu").exists():
        print(f"no UD data at {UD}; nothing to measure")
        return 0
    print("\n| set | clauses with a subject | right | precision | gold nsubj | recall |")
    print("|---|---:|---:|---:|---:|---:|")
    for name, stem in SETS:
        predicted, right, gold, covered = score(read_trees(UD / f"{stem}.conllu"))
        print(
            f"| {name} | {predicted} | {right} | {right / predicted:.3f} | {gold} "
            f"| {covered / gold:.3f} |"
        )
    print("(gold tokens, tags from the shipped tagger; subjects per UD nsubj/csubj relations)")
    facts = DATA / "facts" / "bbc-facts-dev.jsonl"
    if facts.exists():
        text = " ".join(" ".join(row["text"].split()) for row in read_jsonl(facts))
        text = " ".join(text.split(" ")[:1000])
        spans = [(s.start, s.end) for s in Document.from_text(text).sentences]
        runs = []
        for _ in range(11):
            t0 = time.process_time()
            for start, end in spans:
                clauses(tag_sentence(text, start, end), text)
            runs.append(time.process_time() - t0)
        print(
            f"\n1,000 words ({len(spans)} sentences): tag_sentence + clauses "
            f"{statistics.median(runs[1:]) * 1000:.1f} ms CPU (warm, median of 10)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
