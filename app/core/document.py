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

from app.core.headlines import is_headline
from app.core.sentences import split_sentences, strip_span

_LINE = re.compile(r"[^\n]+")


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
