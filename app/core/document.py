"""The document model: title, paragraphs and sentences, each with character offsets.

A `Document` is the one source of truth that the summary, the key facts and the GUI point into.
Every `start`/`end` is a Python string index into `Document.text`, and
`document.text[item.start:item.end] == item.text` holds for every paragraph and sentence.

Paragraphs are the non-blank lines of the text (loaders re-flow hard-wrapped text into one line
per paragraph before a document is built). The first line is the title when it reads like a
headline: short, more text follows, it does not end like a sentence, and it is not the first
piece of a sentence broken across lines ("Birmingham academies Park View and" over "Nansen
primary school were ..."): a headline does not end on a word that needs a continuation (an
article, a conjunction, a preposition, an auxiliary), and the line after it does not carry on
in lower case.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import cached_property

from app.core.sentences import split_sentences, strip_span

_TITLE_MAX_CHARS = 200
_TITLE_MAX_WORDS = 25
_LINE = re.compile(r"[^\n]+")
# Words a headline does not end on: they need what comes after them.
_NEEDS_MORE = frozenset(
    """a an the and or but nor of to in on at by for from with as that which who whose whom than
    into onto over under after before about between among through during against without within
    because while when where whether if so since until unlike via per its their his her our your
    my this these those is are was were be been being has have had will would can could should
    shall may might must do does did not also then said says""".split()
)
# A shorter line is a label ("Notes", "Key points") even over a line in lower case.
_MIN_CONTINUED_WORDS = 3
_LAST_WORD = re.compile(r"(\w[\w'’-]*)\W*$")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph (a non-blank line) of the document."""

    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence; it never crosses a paragraph break."""

    index: int
    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True)
class Document:
    """A cleaned article split into title, paragraphs and sentences.

    Attributes:
        text: the whole cleaned text; all offsets point into it.
        title: the headline line, or None. It is not one of `paragraphs`.
        paragraphs: body paragraphs in order.
        sentences: body sentences in order, numbered from 0.
    """

    text: str
    title: Paragraph | None
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    _sentence_starts: list[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_sentence_starts", [s.start for s in self.sentences])

    @classmethod
    def from_text(cls, text: str) -> Document:
        """Build a document from cleaned text (newlines already normalised to "\\n")."""
        lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]
        spans = [strip_span(text, start, end) for start, end in lines]
        title: Paragraph | None = None
        if len(spans) > 1 and is_headline(
            text[spans[0][0] : spans[0][1]], text[spans[1][0] : spans[1][1]]
        ):
            start, end = spans.pop(0)
            title = Paragraph(-1, start, end, text[start:end])
        paragraphs: list[Paragraph] = []
        sentences: list[Sentence] = []
        for p_index, (start, end) in enumerate(spans):
            paragraphs.append(Paragraph(p_index, start, end, text[start:end]))
            for s_start, s_end in split_sentences(text, start, end):
                sentences.append(
                    Sentence(len(sentences), s_start, s_end, text[s_start:s_end], p_index)
                )
        return cls(text, title, tuple(paragraphs), tuple(sentences))

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains character `offset`, or None (title, blank, out of range)."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i >= 0 and self.sentences[i].start <= offset < self.sentences[i].end:
            return self.sentences[i]
        return None

    @cached_property
    def word_count(self) -> int:
        """Number of whitespace-separated words in the body."""
        return sum(len(p.text.split()) for p in self.paragraphs)


def is_headline(line: str, following: str | None = None) -> bool:
    """Whether a line reads like a headline: short, not ending like a sentence or mid-phrase.

    Args:
        line: the candidate (the first line of a text).
        following: the line after it, if known; a headline is not continued by a line that
            starts in lower case.
    """
    stripped = line.rstrip()
    if len(stripped) > _TITLE_MAX_CHARS or len(stripped.split()) > _TITLE_MAX_WORDS:
        return False
    # A headline does not end like a sentence; closing quotes/brackets after the stop count too.
    core = stripped.rstrip("\"'”’»)]")
    if core.endswith((".", "!", ":", ";", ",", "-", "–", "—", "&")):
        return False
    return not continues_on(line, following)


def continues_on(line: str, following: str | None = None) -> bool:
    """Whether a line that does not end in punctuation is a phrase cut short by a line break.

    It is when it ends on a word that needs more (an article, a conjunction, a preposition, an
    auxiliary: "Park View and") or, being more than a label ("Notes"), the next line carries on
    in lower case.
    """
    core = line.rstrip().rstrip("\"'”’»)]")
    if not core or not (core[-1].isalnum() or core[-1] in "'’"):
        return False
    last = _LAST_WORD.search(core)
    if last is not None and last.group(1).lower() in _NEEDS_MORE:
        return True
    next_start = (following or "").lstrip("\"'“‘([ \t")[:1]
    return len(core.split()) >= _MIN_CONTINUED_WORDS and next_start.islower()
