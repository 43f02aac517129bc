"""Pull quotes: a quotation a web page repeats as a paragraph of its own to catch the eye.

The body text of a web article often carries them where the layout put them ('"We need a big
booster," Ruiz said of the Moon.'), before or after the paragraph where the words are really
said. Such a paragraph is out of the story's order: its names are not antecedents for a later
"he continued", its speaker is not the one a next quotation runs on from, and it takes no
speaker from the quotations around it.
"""

from __future__ import annotations

import re

from app.core.document import Document
from app.core.facts.quotes._pieces import Piece

# A pull quote's paragraph is its quotation and a short attribution ("Cooke said.").
_MAX_ATTRIBUTION_WORDS = 12
# Words the quotation must have for a repeat to be a copy, not a common phrase; fewer when the
# paragraph is the quotation alone (a subhead: "'We're vetting VP candidates!'").
_MIN_WORDS = 6
_MIN_WORDS_ALONE = 3
_WORD = re.compile(r"\w[\w'’-]*")


def pull_quote_paragraphs(document: Document, pieces: list[Piece]) -> set[int]:
    """Indices of paragraphs that are one quotation and a short attribution, whose words the
    article also gives in another paragraph."""
    text = document.text
    by_paragraph: dict[int, list[Piece]] = {}
    for piece in pieces:
        by_paragraph.setdefault(piece.paragraph, []).append(piece)
    out: set[int] = set()
    for index, found in by_paragraph.items():
        if len(found) != 1:
            continue
        piece = found[0]
        paragraph = document.paragraphs[index]
        inner = text[piece.start : piece.end].strip(" ,.\u00a0")
        rest = text[paragraph.start : piece.span.outer_start] + text[piece.end : paragraph.end]
        attribution = len(_WORD.findall(rest))
        least = _MIN_WORDS if attribution else _MIN_WORDS_ALONE
        if len(_WORD.findall(inner)) < least or attribution > _MAX_ATTRIBUTION_WORDS:
            continue
        copies = (text.find(inner), text.rfind(inner))
        if any(at >= 0 and not paragraph.start <= at < paragraph.end for at in copies):
            out.add(index)
    return out


def speak_as_their_copies(document: Document, pieces: list[Piece], pulled: set[int]) -> None:
    """A pull quote with no speaker of its own takes the one its copy in the story has."""
    text = document.text
    for piece in pieces:
        if piece.paragraph not in pulled or piece.speaker is not None:
            continue
        inner = text[piece.start : piece.end].strip(" ,.\u00a0")
        for other in pieces:
            if other.paragraph == piece.paragraph or other.speaker is None:
                continue
            if inner in text[other.start : other.end]:
                piece.cue, piece.speaker = other.cue, other.speaker
                break
