"""Quoted pieces: each marked span of the body with its paragraph, sentence and quotation group.

A quotation that runs over several paragraphs, or that a cue splits ('"We will win," he said,
"and soon."'), is several pieces of one group; the pieces of a group share one speaker. A line
of page furniture between two of its paragraphs (a related link, a heading) does not end it.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.document import Document, Sentence
from app.core.facts.quotes._marks import MarkedSpan, find_marked_spans
from app.core.facts.quotes._phrases import Cue
from app.core.sentences import strip_span


@dataclass(slots=True)
class Piece:
    span: MarkedSpan
    start: int
    end: int
    paragraph: int
    sentence: Sentence | None
    group: int
    cue: Cue | None = None
    speaker: str | None = None


def find_pieces(document: Document) -> list[Piece]:
    text = document.text
    pieces: list[Piece] = []
    group = -1
    continues = False  # the previous paragraph ended inside an open quotation
    for paragraph in document.paragraphs:
        spans = find_marked_spans(text, paragraph.start, paragraph.end)
        if paragraph.kind is not None and not spans:
            continue  # a "SEE MORE: ..." line set between a quotation's paragraphs
        for position, span in enumerate(spans):
            start, end = _trim(text, span.start, span.end)
            if start >= end:
                continue
            reopened = (
                position == 0
                and continues
                and span.outer_start == paragraph.start
                # A writer reopens a quotation with the marks it opened with: a straight mark
                # left open before a paragraph that opens with a curly one is not continued.
                and _straight(span.open_mark) == _straight(pieces[-1].span.open_mark)
            )
            previous_open = bool(pieces) and not pieces[-1].span.closed
            same_paragraph = bool(pieces) and pieces[-1].paragraph == paragraph.index
            if not (reopened or (previous_open and same_paragraph)):
                group += 1
            sentence = document.sentence_at(span.outer_start) or document.sentence_at(start)
            pieces.append(Piece(span, start, end, paragraph.index, sentence, group))
        continues = bool(spans) and not spans[-1].closed
    return pieces


def _straight(mark: str) -> bool:
    return mark in ('"', "'")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = strip_span(text, start, end)
    # The comma (or dash) closing a quoted clause belongs to the carrying sentence.
    while end > start and text[end - 1] in ",;—–":
        end -= 1
    return strip_span(text, start, end)


def share_within_groups(pieces: list[Piece]) -> None:
    """Pieces of one quotation (paragraph continuations, reopenings) share one speaker."""
    by_group: dict[int, tuple[Cue, str | None]] = {}
    for piece in pieces:
        if piece.cue is not None and piece.group not in by_group:
            by_group[piece.group] = (piece.cue, piece.speaker)
    for piece in pieces:
        if piece.cue is None and piece.group in by_group:
            piece.cue, piece.speaker = by_group[piece.group]
