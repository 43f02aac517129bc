"""Part-of-speech tags (Penn Treebank) for words, with character offsets into the document text.

An averaged perceptron (Collins 2002; the feature set of nltk's `PerceptronTagger`, plus a few
shape and affix features) trained by `tools/train_tagger.py` on UD English EWT. Its weights ship
as package data (`app.resources.models`, gzip-compressed JSON, CC BY-SA 4.0; see the README beside
them). This module tokenizes and tags; the features it reads are in `features`, the
weights and their loading in `model`, and the grammar's corrections to the model's tags in
`corrections`. The four are the whole runtime: they need neither nltk's tagger nor any
NLTK data.

The model is read on first use, once, under a lock (never at import time, so the GUI does not pay
for it at start-up); `model.load_model()` can be called early from a worker thread to warm
it.

Tokens follow the Penn/EWT conventions the model was trained on: clitics are split ("do" "n't",
"firm" "'s"), hyphenated words and numbers stay whole, punctuation marks are tokens of their own.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from typing import NamedTuple

from app.core.facts.nlp.tagger.corrections import grammar_corrections
from app.core.facts.nlp.tagger.features import END, START, normalize, straighten
from app.core.facts.nlp.tagger.model import TaggerModel, load_model
from app.core.sentences import ABBREVIATIONS

_TOKEN = re.compile(
    r"""
    (?:https?://|www\.)[^\s"'“”‘’<>()]*[\w/]   # a web address
  | [\w.+-]+@\w+(?:\.\w+)+                     # an e-mail address
  | (?:[A-Za-z]\.){2,}(?![A-Za-z])             # U.S. / p.m. / e.g.
  | \d+(?:[.,:/]\d+)*[^\W\d_]*(?:-\w+)*(?:['’]s\b)?  # 1,000 / 3.5 / 5bn / 56-year-old('s)
  | \w+(?:[-'’&]\w+)*                          # words, hyphenated or with an apostrophe
  | \.\.\.|--+                                 # an ellipsis or a dash typed as hyphens
  | \S                                         # any other mark, alone
    """,
    re.VERBOSE,
)
_CLITIC = re.compile(r"(?i)(?:n['’]t|['’](?:s|re|ll|ve|d|m))$")


class Token(NamedTuple):
    """A word or mark of the text: `text == document_text[start:end]`, `tag` a Penn tag.

    A named tuple, not a frozen dataclass: every word of every tagged sentence is one (143,000
    on the 1 MB benchmark article), and a frozen dataclass sets each field through
    `object.__setattr__`, several times slower to build."""

    text: str
    start: int
    end: int
    tag: str


def tag_words(
    words: Sequence[str], model: TaggerModel | None = None, proper: Collection[int] = ()
) -> list[str]:
    """Penn tags for one sentence given as its words, left to right; the words at the indices
    in `proper` are proper nouns (NNP) whatever the model says (names the reader has read).

    The weights of the features that do not read earlier tags are summed for the whole sentence
    at once; then each word adds its tag-context features and takes its best tag (ties: the
    first tag in the model's order). The features' rows come from `model.rows`, which looks
    each word up once (`feature_rows.FeatureRows`: the same rows, summed in the same order),
    and remembers a word's sum and best tag per place (the word and all its features read
    around it), so a word met again in the same place is not summed or scored again.
    """
    model = model or load_model()
    straight = [straighten(w) for w in words]
    context = [*START, *map(normalize, straight), *END]
    memo = model.rows
    fixed = [model.tagdict.get(word) for word in straight]
    for i in proper:  # most sentences: none
        if 0 <= i < len(fixed):
            fixed[i] = "NNP"
    unknown = [i for i, known in enumerate(fixed) if known is None]
    places = memo.places(unknown, straight, context)
    static = memo.static_sums(places, unknown, straight, context)
    prev, prev2 = START
    tags: list[str] = []
    k = 0
    for i, known in enumerate(fixed):
        tag = known
        if tag is None:
            normal = context[i + len(START)]
            tag = model.tags[memo.best(places[k], static[k], straight[i], normal, prev, prev2)]
            k += 1
        tags.append(tag)
        prev2, prev = prev, tag
    return grammar_corrections(straight, tags, proper)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Token spans of `text[start:end]` as offsets into `text` (Penn/EWT-style tokens)."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    taken = start  # where the last span ended
    for match in _TOKEN.finditer(text, start, end):
        s, e = match.span()
        if s < taken:
            continue  # the period already taken by the abbreviation before it
        piece = match.group()
        # Every clitic holds an apostrophe: most tokens need no search for one.
        if "'" in piece or "’" in piece:
            first = piece[0]
            if first.isdigit() and _CLITIC.search(piece):
                spans += [(s, e - 2), (e - 2, e)]  # "the 66-year-old's": the number, then "'s"
                taken = e
                continue
            clitic = _CLITIC.search(piece) if first.isalpha() or first == "_" else None
            if clitic and clitic.start() > 0:
                spans += [(s, s + clitic.start()), (s + clitic.start(), e)]
                taken = e
                continue
        # "Mr." / "Inc." / "J.": the period belongs to the abbreviation (not an ellipsis's:
        # "Z..." is "Z" "..."). The period is looked at first: most words have none.
        if (
            e < end
            and text[e] == "."
            and (piece[0].isalpha() or piece[0] == "_")
            and (piece.lower() in ABBREVIATIONS or _initial(piece))
            and not text.startswith("...", e)
        ):
            e += 1
        spans.append((s, e))
        taken = e
    return spans


def _initial(piece: str) -> bool:
    return len(piece) == 1 and piece.isupper()


def tag_sentence(
    text: str, start: int = 0, end: int | None = None, names: Collection[int] = ()
) -> list[Token]:
    """The tokens of one sentence `text[start:end]`, tagged, with offsets into `text`; the
    tokens that start at an offset in `names` are proper nouns (`tag_words`)."""
    spans = tokenize(text, start, end)
    proper = {i for i, (s, _) in enumerate(spans) if s in names} if names else set()
    tags = tag_words([text[s:e] for s, e in spans], proper=proper)
    # `tuple.__new__` builds each Token without the named tuple's own `__new__` (a Python
    # function call per word): the same Token.
    return [
        _new_tuple(Token, (text[s:e], s, e, tag)) for (s, e), tag in zip(spans, tags, strict=True)
    ]


_new_tuple = tuple.__new__
