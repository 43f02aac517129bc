"""A quotation signed on the line below it: a paragraph that is only the quoted words, then a
paragraph that is only a dash and a name ('"I went to Wall Street before the crash." / - Ana
Ruiz.'), as fact checks and epigraphs set who said what. The name is the speaker."""

from __future__ import annotations

import re

from app.core.document import Document
from app.core.facts.nlp.discourse import Discourse
from app.core.facts.nlp.lexicon import NAME_WORD
from app.core.facts.quotes._phrases import Cue
from app.core.facts.quotes._pieces import Piece
from app.core.facts.quotes._speaker_names import resolve

# A whole line: a dash, one to four capitalised words, an optional title after a comma, a stop.
_SIGNATURE = re.compile(
    r"[ \u00a0]*[-–—][ \u00a0]*(" + NAME_WORD + r"(?:[ \u00a0]" + NAME_WORD + r"){0,3})"
    r"[ \u00a0]*(?:,[^.\n]{1,80})?\.?[ \u00a0]*"
)
_WORD = re.compile(r"\w")


def sign_from_the_line_below(document: Document, pieces: list[Piece], people: Discourse) -> None:
    """Give the quotations of a paragraph that holds nothing but quoted words the speaker the
    next paragraph signs with a dash and a name; a paragraph with words of its own outside the
    marks, or a next line that says more than a name, signs nothing."""
    text = document.text
    paragraphs = document.paragraphs
    by_paragraph: dict[int, list[Piece]] = {}
    for piece in pieces:
        by_paragraph.setdefault(piece.paragraph, []).append(piece)
    for index, own in by_paragraph.items():
        if index + 1 >= len(paragraphs) or any(p.cue is not None for p in own):
            continue
        below = paragraphs[index + 1]
        signed = _SIGNATURE.fullmatch(text, below.start, below.end)
        own_paragraph = paragraphs[index]
        if signed is None or not _only_quoted(text, own_paragraph.start, own_paragraph.end, own):
            continue
        cue = Cue(signed.group(1), signed.start(1), signed.end(1))
        speaker = resolve(cue, people, text)
        if speaker is None:
            continue
        for piece in own:
            piece.cue, piece.speaker = cue, speaker


def _only_quoted(text: str, start: int, end: int, own: list[Piece]) -> bool:
    """Whether text[start:end], a paragraph, holds no word outside its quotations `own`."""
    position = start
    for piece in own:
        if _WORD.search(text, position, piece.span.outer_start):
            return False
        position = max(position, piece.span.end)
    return _WORD.search(text, position, end) is None
