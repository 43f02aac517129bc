"""Part-of-speech tags (Penn Treebank) for words, with character offsets into the document text.

An averaged perceptron (Collins 2002; the feature set of nltk's `PerceptronTagger`, plus a few
shape and affix features) trained by `tools/train_tagger.py` on UD English EWT. Its weights ship
as package data (`app.resources.models`, gzip-compressed JSON, CC BY-SA 4.0; see the README beside
them). This module is the whole runtime: it needs neither nltk's tagger nor any NLTK data.

The model is read on first use, once, under a lock (never at import time, so the GUI does not pay
for it at start-up); `load_model()` can be called early from a worker thread to warm it.

Tokens follow the Penn/EWT conventions the model was trained on: clitics are split ("do" "n't",
"firm" "'s"), hyphenated words and numbers stay whole, punctuation marks are tokens of their own.
"""

from __future__ import annotations

import gzip
import json
import re
import threading
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, NamedTuple

import numpy as np
import numpy.typing as npt

from app.core.facts.nlp.feature_rows import FeatureRows
from app.core.sentences import ABBREVIATIONS

MODEL_PACKAGE = "app.resources.models"
MODEL_FILE = "tagger-ewt.json.gz"
START = ("-START-", "-START2-")
END = ("-END-", "-END2-")

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
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})


class Token(NamedTuple):
    """A word or mark of the text: `text == document_text[start:end]`, `tag` a Penn tag.

    A named tuple, not a frozen dataclass: every word of every tagged sentence is one (143,000
    on the 1 MB benchmark article), and a frozen dataclass sets each field through
    `object.__setattr__`, several times slower to build."""

    text: str
    start: int
    end: int
    tag: str


@dataclass(frozen=True, slots=True)
class TaggerModel:
    """The trained weights.

    Attributes:
        index: feature -> its row in `weights`.
        weights: one row of per-tag weights for each feature, and a last row of zeros that
            the features the model does not know fall back on.
        tags: every tag the model can give, in the order of the weights' columns.
        tagdict: frequent words whose tag never varies in training -> that tag.
        extras: the optional feature groups the model was trained with (see `features`).
    """

    index: dict[str, int]
    weights: npt.NDArray[np.float32]
    tags: tuple[str, ...]
    tagdict: dict[str, str]
    extras: frozenset[str]
    rows: FeatureRows = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "rows", FeatureRows(self.index, self.weights, self.extras, shape))


_model: TaggerModel | None = None
_lock = threading.Lock()


def load_model() -> TaggerModel:
    """The shipped model, read from the package on the first call (thread-safe, once)."""
    global _model
    if _model is None:
        with _lock:
            if _model is None:
                _model = read_model(
                    resources.files(MODEL_PACKAGE).joinpath(MODEL_FILE).read_bytes()
                )
    return _model


# The model's lists of whole numbers (1.5 MB of JSON each).
_NUMBER_LISTS = frozenset({"rows", "cols", "values"})
_JSON = json.JSONDecoder()
_SEPARATORS = " \t\n\r,:"
_NUMBERS_PER_CALL = 1 << 16  # characters of a number list parsed in one call


def _json_in_parts(text: str, number_lists: frozenset[str]) -> dict[str, Any]:
    """A JSON object parsed value by value, its lists of whole numbers in slices, with numpy.

    `json.loads` parses the whole 5 MB model in one call that holds the GIL for 60-90 ms, so
    the first analysis froze the GUI thread that long. Here the longest call is a few ms, and
    the number lists (most of the file) are read as numpy arrays, 2x faster than as Python ints.

    Raises:
        ValueError, IndexError: `text` is not a JSON object laid out as expected.
    """
    found: dict[str, Any] = {}
    at = text.index("{") + 1
    while True:
        while text[at] in _SEPARATORS:
            at += 1
        if text[at] == "}":
            return found
        key, at = _JSON.raw_decode(text, at)
        while text[at] in _SEPARATORS:
            at += 1
        if key in number_lists and text[at] == "[":
            end = text.index("]", at)
            found[key] = _whole_numbers(text, at + 1, end)
            at = end + 1
        else:
            found[key], at = _JSON.raw_decode(text, at)


def _whole_numbers(text: str, start: int, end: int) -> npt.NDArray[np.int64]:
    """The comma-separated whole numbers in text[start:end], a slice at a time."""
    parts = []
    while start < end:
        stop = text.find(",", min(start + _NUMBERS_PER_CALL, end), end)
        stop = end if stop < 0 else stop
        piece = text[start:stop]
        if any(mark in piece for mark in ".eE"):
            raise ValueError("not whole numbers")
        parts.append(np.fromstring(piece, dtype=np.int64, sep=","))
        start = stop + 1
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int64)


def read_model(data: bytes) -> TaggerModel:
    """A model from the bytes of a gzip-compressed JSON weights file.

    The file holds the feature names, the tags, and the non-zero weights as three parallel
    lists: feature number, tag number, weight in thousandths.
    """
    text = gzip.decompress(data).decode("utf-8")  # zlib lets other threads run meanwhile
    try:
        raw = _json_in_parts(text, _NUMBER_LISTS)
    except (ValueError, IndexError):  # not laid out as expected: read it whole
        raw = json.loads(text)
    features: list[str] = raw["features"]
    tags: list[str] = raw["tags"]
    weights = np.zeros((len(features) + 1, len(tags)), dtype=np.float32)
    rows, cols = np.asarray(raw["rows"]), np.asarray(raw["cols"])
    weights[rows, cols] = np.asarray(raw["values"], dtype=np.float32) / 1000
    return TaggerModel(
        index={feature: row for row, feature in enumerate(features)},
        weights=weights,
        tags=tuple(tags),
        tagdict=raw["tagdict"],
        extras=frozenset(raw.get("extras", ())),
    )


def _straight(word: str) -> str:
    """`word` with curly quotation marks made straight (an ASCII word has none to change)."""
    return word if word.isascii() else word.translate(_QUOTES)


# Normalised forms remembered: every token of every tagged sentence is normalised, and an
# article repeats its words (about 14 of 15 tokens of a long article are seen before).
@lru_cache(maxsize=1 << 16)
def normalize(word: str) -> str:
    """The form a word takes as context: lower case, numbers and hyphenated words as classes."""
    word = _straight(word)
    if "-" in word and word[0] != "-":
        return "!HYPHEN"
    if word.isdigit() and len(word) == 4:
        return "!YEAR"
    if word[:1].isdigit():
        return "!DIGITS"
    return word.lower()


@lru_cache(maxsize=1 << 16)
def shape(word: str) -> str:
    """A coarse shape: X for capitals, x for small letters, d for digits, runs collapsed."""
    out: list[str] = []
    for char in word[:8]:
        kind = "X" if char.isupper() else "x" if char.islower() else "d" if char.isdigit() else char
        if not out or out[-1] != kind:
            out.append(kind)
    return "".join(out)


def features(
    i: int,
    words: Sequence[str],
    context: Sequence[str],
    prev: str,
    prev2: str,
    extras: frozenset[str],
) -> list[str]:
    """The features of word `i` of a sentence (nltk's set, plus the `extras` groups).

    Args:
        i: the word's index in the sentence.
        words: the sentence's words as written (quotation marks made straight).
        context: START + the normalised words + END.
        prev: the tag given to the previous word.
        prev2: the tag given to the word before it.
        extras: optional groups: "affix" (2- and 4-letter suffixes, 3-letter prefix),
            "shape" (the word's shape, alone and after the previous tag), "near" (the
            neighbours' shapes).
    """
    return word_features(i, words, context, extras) + tag_features(
        i, words, context, prev, prev2, extras
    )


def word_features(
    i: int, words: Sequence[str], context: Sequence[str], extras: frozenset[str]
) -> list[str]:
    """The features of word `i` that do not depend on the tags given before it."""
    word = words[i]
    j = i + len(START)
    out = [
        "bias",
        "s3 " + word[-3:],
        "p1 " + word[:1],
        "w " + context[j],
        "w-1 " + context[j - 1],
        "s3-1 " + context[j - 1][-3:],
        "w-2 " + context[j - 2],
        "w+1 " + context[j + 1],
        "s3+1 " + context[j + 1][-3:],
        "w+2 " + context[j + 2],
    ]
    if "affix" in extras:
        out += ["s2 " + word[-2:], "s4 " + word[-4:], "p3 " + word[:3].lower()]
    if "shape" in extras:
        out.append("sh " + shape(word))
    if "near" in extras:
        before = shape(words[i - 1]) if i > 0 else "^"
        after = shape(words[i + 1]) if i + 1 < len(words) else "$"
        out += ["sh-1 " + before, "sh+1 " + after, "sh-1+1 " + before + " " + after]
    return out


def tag_features(
    i: int,
    words: Sequence[str],
    context: Sequence[str],
    prev: str,
    prev2: str,
    extras: frozenset[str],
) -> list[str]:
    """The features of word `i` that read the tags given to the two words before it."""
    current = context[i + len(START)]
    out = ["t1 " + prev, "t2 " + prev2, "t12 " + prev + " " + prev2, "t1w " + prev + " " + current]
    if "shape" in extras:
        out.append("t1sh " + prev + " " + shape(words[i]))
    return out


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
    straight = [_straight(w) for w in words]
    context = [*START, *(normalize(w) for w in straight), *END]
    memo = model.rows
    fixed = ["NNP" if i in proper else model.tagdict.get(word) for i, word in enumerate(straight)]
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
    tags = _verb_of_a_verbless_sentence(straight, tags, proper)
    return _verb_after_a_subject(straight, _noun_after_an_amount(straight, tags))


_NOUN_TAGS = frozenset({"NN", "NNS", "NNP"})
# Nouns in -ed ("speed", "watershed", "seabed", "hatred", "hundred").
_NOUNS_IN_ED = ("shed", "bed", "dred", "tred")
_CLOSING_MARKS = frozenset(". , ; : ! ? \" '".split())


def _verb_of_a_verbless_sentence(
    words: Sequence[str], tags: list[str], proper: Collection[int]
) -> list[str]:
    """ "A local teacher disagreed.": the model, seeing no verb before, reads the past form as a
    noun of the phrase ("teacher disagreed" NN NN), and the sentence has no clause at all. In a
    sentence given no verb, a lower-case word in -ed that ends a noun phrase opening the
    sentence with a determiner, before a closing mark (or the end), is its past verb."""
    if any(t.startswith("VB") or t == "MD" for t in tags):
        return tags
    if len(words) < 3 or tags[0] != "DT" or tags[1] not in _NOUN_TAGS | {"JJ"}:
        return tags
    for i in range(2, len(words)):
        word = words[i]
        if tags[i] not in _NOUN_TAGS and tags[i] != "JJ":
            return tags  # the opening noun phrase ended without one
        if _past_form(word):
            after = words[i + 1] if i + 1 < len(words) else "."
            if tags[i - 1] in _NOUN_TAGS and after in _CLOSING_MARKS and i not in proper:
                return [*tags[:i], "VBD", *tags[i + 1 :]]
            return tags
    return tags


_AFTER_NOUN_PHRASE = frozenset({"TO", "IN", ",", ".", ":", "CC", "MD", "VBZ", "VBD", "VBP"})


def _amount(word: str) -> bool:
    return any(c.isdigit() for c in word) or word in {"£", "$", "€"}


def _noun_after_an_amount(words: Sequence[str], tags: list[str]) -> list[str]:
    """ "a £240m terminal to build ...": after a determiner and an amount, a word the model
    read as an adjective with no noun after it to describe is the phrase's head noun (`tags`,
    this sentence's own list, is corrected in place)."""
    for i in range(2, len(words) - 1):
        if tags[i] != "JJ" or tags[i + 1] not in _AFTER_NOUN_PHRASE:
            continue
        k = i - 1
        while k > 0 and _amount(words[k]):
            k -= 1
        if k < i - 1 and tags[k] == "DT":
            tags[i] = "NN"
    return tags


# What opens a noun phrase that a verb takes as its object ("plans a", "needs the").
_OBJECT_OPENERS = frozenset("a an the its their his her our this these".split())


def _verb_after_a_subject(words: Sequence[str], tags: list[str]) -> list[str]:
    """ "The company plans a new store": the model reads "company plans" as a compound, leaving
    no verb. Before any verb, a plural noun in -s after a singular noun and before a determiner
    is the clause's verb (`tags` is corrected in place)."""
    for i in range(1, len(words) - 1):
        tag = tags[i]
        if tag.startswith("VB") or tag == "MD":
            return tags  # the clause has its verb
        if (
            tag == "NNS"
            and tags[i - 1] in {"NN", "NNP"}
            and words[i + 1].lower() in _OBJECT_OPENERS
            and words[i].islower()
            and words[i].endswith("s")
            and not words[i].endswith("ss")
        ):
            tags[i] = "VBZ"
            return tags
    return tags


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Token spans of `text[start:end]` as offsets into `text` (Penn/EWT-style tokens)."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for match in _TOKEN.finditer(text, start, end):
        s, e = match.span()
        if spans and s < spans[-1][1]:
            continue  # the period already taken by the abbreviation before it
        piece = match.group()
        # Every clitic holds an apostrophe: most tokens need no search for one.
        apostrophe = "'" in piece or "’" in piece
        if apostrophe and piece[:1].isdigit() and _CLITIC.search(piece):
            spans += [(s, e - 2), (e - 2, e)]  # "the 66-year-old's": the number, then "'s"
            continue
        if piece[:1].isalpha() or piece[:1] == "_":
            clitic = _CLITIC.search(piece) if apostrophe else None
            if clitic and clitic.start() > 0:
                spans += [(s, s + clitic.start()), (s + clitic.start(), e)]
                continue
            # "Mr." / "Inc." / "J.": the period belongs to the abbreviation (not an ellipsis's:
            # "Z..." is "Z" "..."). The period is looked at first: most words have none.
            if (
                e < end
                and text[e] == "."
                and (piece.lower() in ABBREVIATIONS or _initial(piece))
                and not text.startswith("...", e)
            ):
                e += 1
        spans.append((s, e))
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


def _past_form(word: str) -> bool:
    """Whether `word` may be a regular past form (not a noun in -ed: "speed", "seabed")."""
    if not (word.endswith("ed") and word.isalpha() and word.islower() and len(word) > 4):
        return False
    if word.endswith("eed") and len(word) <= 5:
        return False
    return not word.endswith(_NOUNS_IN_ED)
