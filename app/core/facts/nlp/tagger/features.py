"""The tagger's features: what it reads of a word and its neighbours to choose the word's tag.

nltk's `PerceptronTagger` set (the word, its suffix, its neighbours, the two tags before it)
plus optional groups a model may be trained with ("affix", "shape", "near"); the words of
context are normalised (`normalize`: lower case, numbers and hyphenated words as classes).
Shared by the tagger (`tagger.tag_words`), its trained weights' row look-up (`feature_rows`)
and the training script (`tools/train_tagger.py`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

# The context a sentence's first words and last words see beyond its ends.
START = ("-START-", "-START2-")
END = ("-END-", "-END2-")
# Curly quotation marks, guillemets and low marks -> the straight marks the model was trained on.
QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"'})


def straighten(word: str) -> str:
    """`word` with curly quotation marks made straight (an ASCII word has none to change)."""
    return word if word.isascii() else word.translate(QUOTES)


# Normalised forms remembered: every token of every tagged sentence is normalised, and an
# article repeats its words (about 14 of 15 tokens of a long article are seen before).
@lru_cache(maxsize=1 << 16)
def normalize(word: str) -> str:
    """The form a word takes as context: lower case, numbers and hyphenated words as classes."""
    word = straighten(word)
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


@dataclass(frozen=True, slots=True)
class WordPlace:
    """Where a word stands in a sentence, as every feature group reads it.

    Attributes:
        i: the word's index in the sentence.
        words: the sentence's words as written (quotation marks made straight).
        context: START + the normalised words + END.
        extras: optional groups: "affix" (2- and 4-letter suffixes, 3-letter prefix),
            "shape" (the word's shape, alone and after the previous tag), "near" (the
            neighbours' shapes).
    """

    i: int
    words: Sequence[str]
    context: Sequence[str]
    extras: frozenset[str]


def features(place: WordPlace, prev: str, prev2: str) -> list[str]:
    """The features of the word at `place` (nltk's set, plus the `extras` groups), after the
    tags `prev` (given to the previous word) and `prev2` (to the word before it)."""
    return word_features(place) + tag_features(place, prev, prev2)


def word_features(place: WordPlace) -> list[str]:
    """The features of the word at `place` that do not depend on the tags given before it."""
    i, words, context, extras = place.i, place.words, place.context, place.extras
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


def tag_features(place: WordPlace, prev: str, prev2: str) -> list[str]:
    """The features of the word at `place` that read the tags `prev` and `prev2` given to the
    two words before it."""
    current = place.context[place.i + len(START)]
    out = ["t1 " + prev, "t2 " + prev2, "t12 " + prev + " " + prev2, "t1w " + prev + " " + current]
    if "shape" in place.extras:
        out.append("t1sh " + prev + " " + shape(place.words[place.i]))
    return out
