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
in lower case. A line under the title that reads like a headline too is its subtitle, the
`standfirst`: the article's text, but never a summary sentence.

Page furniture (bylines, timestamps, datelines, credits, captions, section headings, related
links: `app.core.furniture`) stays in the text with its offsets, but each paragraph and sentence
carries its `kind`, and `furniture` lists the spans: summaries choose among `candidates` only,
and key facts inside furniture are dropped (`app.core.analysis`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

from app.core.datelines import dateline_prefix
from app.core.furniture import (
    FurnitureKind,
    FurnitureSpan,
    byline_prefix,
    classify,
    classify_line,
    classify_sentence,
)
from app.core.headlines import is_headline
from app.core.sentences import split_sentences, strip_span

_LINE = re.compile(r"[^\n]+")
# A kicker over the headline: a label of one or two words in capitals ("PRESS RELEASE",
# "OPINION") or a release's own label, with the headline on the line after it.
_KICKER = re.compile(
    r"[A-Z][A-Z&'’-]+(?:\s+[A-Z][A-Z&'’-]+)?"
    r"|(?i:(?:press|news|media)\s+release|for\s+immediate\s+release)[:.]?"
)

# A line ending on one of these is a sentence or a question (a teaser that may be the lead:
# "Ever slept on a night train?"), not a subtitle; the full stops of scripts written without
# spaces are among them, as `is_headline` does not know them.
_SENTENCE_ENDS = ("?", "？", "。", "．", "！")


@dataclass(frozen=True, slots=True)
class Paragraph:
    """One paragraph (a non-blank line) of the document."""

    index: int
    start: int
    end: int
    text: str
    kind: FurnitureKind | None = None


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence; it never crosses a paragraph break.

    `kind` is its furniture kind (its paragraph's, or its own: a credit at the end of a body
    paragraph), or None for the article's own text.
    """

    index: int
    start: int
    end: int
    text: str
    paragraph: int
    kind: FurnitureKind | None = None

    @property
    def is_furniture(self) -> bool:
        return self.kind is not None


def by_paragraph(sentences: Sequence[Sentence]) -> list[list[Sentence]]:
    """Consecutive sentences of one source paragraph grouped together (a summary is shown and
    copied a paragraph per source paragraph)."""
    groups: list[list[Sentence]] = []
    for sentence in sentences:
        if groups and groups[-1][-1].paragraph == sentence.paragraph:
            groups[-1].append(sentence)
        else:
            groups.append([sentence])
    return groups


@dataclass(frozen=True)
class Document:
    """A cleaned article split into title, paragraphs and sentences.

    Attributes:
        text: the whole cleaned text; all offsets point into it.
        title: the headline line, or None. It is not one of `paragraphs`.
        paragraphs: body paragraphs in order (furniture lines included, with their `kind`).
        sentences: body sentences in order, numbered from 0 (furniture included).
        furniture: the furniture spans in text order: whole lines and sentences, and the
            dateline that opens a body paragraph ("OSLO (Reuters) - ").
    """

    text: str
    title: Paragraph | None
    paragraphs: tuple[Paragraph, ...]
    sentences: tuple[Sentence, ...]
    furniture: tuple[FurnitureSpan, ...] = ()
    _sentence_starts: list[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_sentence_starts", [s.start for s in self.sentences])

    @classmethod
    def from_text(
        cls,
        text: str,
        hints: Mapping[str, FurnitureKind] | None = None,
        declared_title: str | None = None,
    ) -> Document:
        """Build a document from cleaned text (newlines already normalised to "\\n").

        Args:
            text: the cleaned text.
            hints: furniture the page's structure names (normalised line text -> kind), from
                a web page's headings, captions and bylines (`formats.html`).
            declared_title: the title the file itself declares (a web page's), which its
                loader put on the first line: that line is the title even when it ends like a
                sentence ("Meth. We're on it. They just might be.").
        """
        lines = [(m.start(), m.end()) for m in _LINE.finditer(text) if m.group().strip()]
        spans = [strip_span(text, start, end) for start, end in lines]
        title: Paragraph | None = None
        first = text[spans[0][0] : spans[0][1]] if spans else ""
        declared = declared_title is not None and first.split() == declared_title.split()
        kicker = not declared and _has_kicker(text, spans)
        notices = 0 if declared or kicker else _leading_notices(text, spans)
        # Which line is the headline: under notices or a kicker, else the first if it reads
        # as one (None: no title).
        at = notices or (1 if kicker else None)
        if at is None and len(spans) > 1:
            headline = declared or is_headline(first, text[spans[1][0] : spans[1][1]])
            at = 0 if headline else None
        if at is not None:
            start, end = spans.pop(at)
            title = Paragraph(-1, start, end, text[start:end])
        kinds = classify(
            [text[start:end] for start, end in spans], hints, title.text if title else None
        )
        if kicker:
            kinds[0] = FurnitureKind.HEADING
        paragraphs: list[Paragraph] = []
        sentences: list[Sentence] = []
        furniture: list[FurnitureSpan] = []
        for p_index, ((start, end), kind) in enumerate(zip(spans, kinds, strict=True)):
            paragraphs.append(Paragraph(p_index, start, end, text[start:end], kind))
            if kind is not None:
                furniture.append(FurnitureSpan(start, end, kind))
            prefix = dateline_prefix(text[start:end]) if kind is None else 0
            if prefix:
                furniture.append(FurnitureSpan(start, start + prefix, FurnitureKind.DATELINE))
            glued = byline_prefix(text[start:end]) if kind is None and not prefix else 0
            found = split_sentences(text, start, end)
            if glued:  # the glued byline becomes a sentence of its own
                found = _split_at(found, start + glued, text)
            for s_start, s_end in _joined_at(found, start + prefix):
                own = kind
                if glued and s_end <= start + glued:
                    own = FurnitureKind.BYLINE
                    furniture.append(FurnitureSpan(s_start, s_end, own))
                if own is None and (s_start > start or not prefix):
                    own = classify_sentence(text[s_start:s_end])
                    if own is not None:
                        furniture.append(FurnitureSpan(s_start, s_end, own))
                sentences.append(
                    Sentence(len(sentences), s_start, s_end, text[s_start:s_end], p_index, own)
                )
        furniture.sort(key=lambda f: (f.start, f.end))
        return cls(text, title, tuple(paragraphs), tuple(sentences), tuple(furniture))

    @cached_property
    def standfirst(self) -> Paragraph | None:
        """The subtitle under the headline ("Researchers say 30 minutes a day may be enough"),
        or None.

        It is the first paragraph of the article's own text, with only furniture before it
        and a title above, when it is one sentence that reads like a headline (`is_headline`:
        short, no final stop, not a phrase cut off by a line break), is no question, and more
        text follows. It is the article's own words, so its facts count, but it is display
        copy like the title: no summary sentence (`candidates`), whose first sentence it would
        otherwise be, without a stop, saying again what the lead says in full.
        """
        if self.title is None:
            return None
        body = [p for p in self.paragraphs if p.kind is None]
        if len(body) < 2 or sum(s.paragraph == body[0].index for s in self.sentences) != 1:
            return None
        line = body[0].text
        if line.rstrip().rstrip("\"'”’»)]").endswith(_SENTENCE_ENDS):
            return None
        return body[0] if is_headline(line, body[1].text) else None

    @cached_property
    def candidates(self) -> tuple[Sentence, ...]:
        """The sentences a summary may choose: all but furniture and the standfirst (all, if
        nothing else is left)."""
        subtitle = self.standfirst.index if self.standfirst is not None else -1
        body = tuple(s for s in self.sentences if s.kind is None and s.paragraph != subtitle)
        return body or self.sentences

    def reading_text(self, sentence: Sentence) -> str:
        """A sentence as a reader weighs it: without a furniture prefix it opens with (the
        dateline of "WASHINGTON (AP) — Voters ..."), which says nothing about its news."""
        return self.without_prefix(sentence).text

    def without_prefix(self, sentence: Sentence) -> Sentence:
        """The sentence with its span starting after a furniture prefix it opens with (and the
        dash or colon after it), as a summary shows and copies it; else the sentence itself.

        "OSLO (Reuters) - Prices rose." becomes "Prices rose." at the offsets of those words;
        its `index` is the sentence's, so it still names the whole sentence.
        """
        i = bisect.bisect_right(self._furniture_starts, sentence.start) - 1
        if i >= 0 and self.furniture[i].start == sentence.start < self.furniture[i].end:
            cut = self.furniture[i].end
            while cut < sentence.end and self.text[cut] in " —–-:":
                cut += 1
            if cut < sentence.end:
                return replace(sentence, start=cut, text=self.text[cut : sentence.end])
        return sentence

    def in_furniture(self, start: int, end: int) -> bool:
        """Whether the span `start:end` overlaps a furniture span."""
        # Spans are disjoint and sorted: only the last one starting before `end` can reach.
        i = bisect.bisect_left(self._furniture_starts, end) - 1
        return i >= 0 and self.furniture[i].end > start

    @cached_property
    def _furniture_starts(self) -> list[int]:
        return [f.start for f in self.furniture]

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


def _has_kicker(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether the first line is a kicker (`_KICKER`) over a headline that more text follows."""
    if len(spans) < 3:
        return False
    first, second, third = (text[start:end] for start, end in spans[:3])
    return _KICKER.fullmatch(first.strip()) is not None and is_headline(second, third)


def _leading_notices(text: str, spans: list[tuple[int, int]]) -> int:
    """How many notices open the text ("View this email in your browser") before a headline
    that more text follows (0: none, or no headline after them)."""
    count = 0
    while count < min(3, len(spans) - 2):
        if classify_line(text[spans[count][0] : spans[count][1]]) is not FurnitureKind.CONTROL:
            break
        count += 1
    if not count:
        return 0
    line, following = (text[start:end] for start, end in spans[count : count + 2])
    return count if is_headline(line, following) else 0


def _split_at(spans: list[tuple[int, int]], at: int, text: str) -> list[tuple[int, int]]:
    """Sentence spans with the one that holds offset `at` cut there."""
    result: list[tuple[int, int]] = []
    for start, end in spans:
        if start < at < end:
            for piece in (strip_span(text, start, at), strip_span(text, at, end)):
                if piece[0] < piece[1]:
                    result.append(piece)
        else:
            result.append((start, end))
    return result


def _joined_at(spans: list[tuple[int, int]], prefix_end: int) -> list[tuple[int, int]]:
    """Sentence spans with those that end inside a dateline joined to the next.

    "COLUMBIA, S.C. (AP) - Voters ..." is one sentence, though "S.C." reads like its end.
    """
    while len(spans) > 1 and spans[0][1] < prefix_end:
        spans = [(spans[0][0], spans[1][1]), *spans[2:]]
    return spans
