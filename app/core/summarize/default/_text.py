"""Sentence-level reading checks for the default summarizer: what readers hate in a summary.

Each check looks at one sentence's text only (no statistics), so it is cheap and explainable:
page furniture (boilerplate, bylines, photo captions), questions, fragments, openers that
point back to an earlier sentence ("He", "However", "In return"), and reported speech. The word
lists are plain files in `resources/lexicons/summary_*.txt`, read with importlib.resources.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

# Leading characters that do not count when reading a sentence's first word.
_LEADING = "\"'`‘’“”«»([{ -–—*•#"
_TERMINAL = re.compile(r"[.!?…]['\"’”»)\]]*\s*$|[.!?]\s*['\"’”»)\]]+\s*$")
_QUESTION = re.compile(r"\?\s*['\"’”»)\]]*\s*$")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
# A photo caption's telltales: "(pictured)", "( left )", "(centre)", "pictured above".
_CAPTION_MARK = re.compile(
    r"\(\s*(pictured|left|right|centre|center|top|bottom|above|below|inset|file photo|"
    r"second (left|right)|far (left|right)|front|back)\s*\)|\bpictured (above|below|left|right)\b",
    re.IGNORECASE,
)
# A caption label: "Big Brother is watching : A speed camera ..." (a short lead-in, a colon, a
# capital), unless the lead-in is a speech verb ("Luis said : 'I am happy'").
_LABEL = re.compile(r"^([^:]{1,40}?)\s:\s+['\"‘“]?[A-Z0-9]")
_SPEECH = re.compile(r"\b(said|says|say|told|added|asked|wrote|tweeted|explained|stated)\b", re.I)
# Reported speech: the plain verbs news uses to attribute a statement to its source.
_REPORTED = re.compile(r"\b(said|says|told|added)\b")


def _lexicon_lines(name: str) -> list[str]:
    text = (resources.files("app.resources") / "lexicons" / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def _boilerplate() -> re.Pattern[str]:
    patterns = _lexicon_lines("summary_boilerplate.txt")
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@cache
def openers() -> tuple[tuple[str, ...], ...]:
    """The back-pointing openers, each as a tuple of words, longest first."""
    words = [tuple(line.split()) for line in _lexicon_lines("summary_openers.txt")]
    return tuple(sorted(words, key=len, reverse=True))


def first_words(text: str, count: int) -> tuple[str, ...]:
    """The first `count` words of `text`, ignoring leading quotes, brackets and dashes."""
    return tuple(m.group() for m in _WORD.finditer(text.lstrip(_LEADING), 0))[:count]


def opens_backwards(text: str) -> bool:
    """Whether the sentence opens on a pronoun or connective that needs an earlier sentence.

    "He resigned." and "In return, ..." do; "Hebrew ..." and "There are ..." do not.
    """
    head = first_words(text, 4)
    return any(head[: len(opener)] == opener for opener in openers())


def is_boilerplate(text: str) -> bool:
    """Page furniture: "Scroll down for video", "Share this article", bylines, captions."""
    body = text.lstrip(_LEADING)
    if _boilerplate().match(body):
        return True
    if _CAPTION_MARK.search(body) and _TERMINAL.search(text) is None:
        return True
    label = _LABEL.match(body)
    return label is not None and not _SPEECH.search(label.group(1))


def is_caption(text: str) -> bool:
    """Reads like a photo caption ("Ruiz (pictured) waves ..."), though it is a whole sentence.

    News sites also write "(pictured)" in body sentences, so this is a penalty, not a ban.
    """
    return _CAPTION_MARK.search(text) is not None


def is_question(text: str) -> bool:
    """A question (ends with "?", closing quotes allowed)."""
    return _QUESTION.search(text) is not None


def opens_quote(text: str) -> bool:
    """The sentence opens inside a quotation (a quote reads badly out of its context)."""
    return text.lstrip()[:1] in "\"'`‘“«"


def reports_speech(text: str) -> bool:
    """The sentence attributes a statement to a source ("..., he said", "told the BBC")."""
    return _REPORTED.search(text) is not None


def is_fragment(text: str) -> bool:
    """Not a whole sentence: too short, lower-case start, or no sentence-final punctuation."""
    body = text.lstrip(_LEADING)
    if len(_WORD.findall(body)) < 4:
        return True
    if body[:1].islower():
        return True
    return _TERMINAL.search(text) is None


@dataclass(frozen=True, slots=True)
class ReadingFlags:
    """What a sentence is, for the summarizer's penalties."""

    boilerplate: bool
    question: bool
    fragment: bool
    backward: bool
    quote: bool
    caption: bool
    reported: bool


def reading_flags(text: str) -> ReadingFlags:
    """All reading checks for one sentence."""
    return ReadingFlags(
        is_boilerplate(text),
        is_question(text),
        is_fragment(text),
        opens_backwards(text),
        opens_quote(text),
        is_caption(text),
        reports_speech(text),
    )
