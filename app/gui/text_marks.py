"""Marks on the article view's text: spans queried by what is on screen, summary sentences as
runs, and cheap selection cursors (`app.gui.article_view` uses them)."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextCursor, QTextDocument

if TYPE_CHECKING:
    from app.core.document import Sentence


def summary_runs(sentences: tuple[Sentence, ...]) -> list[tuple[int, int]]:
    """Spans of consecutive summary sentences within a paragraph, as one mark each.

    A long summary (a high percentage of a 1 MB article) then needs a few hundred marks instead
    of thousands, and the space between two highlighted sentences is highlighted too.
    """
    runs: list[tuple[int, int]] = []
    previous: Sentence | None = None
    for sentence in sentences:
        if (
            previous is not None
            and sentence.index == previous.index + 1
            and sentence.paragraph == previous.paragraph
        ):
            runs[-1] = (runs[-1][0], sentence.end)
        else:
            runs.append((sentence.start, sentence.end))
        previous = sentence
    return runs


class Spans:
    """Sorted, non-overlapping spans, queried by the range on screen."""

    def __init__(self, spans: list[tuple[int, int]] | None = None) -> None:
        self._spans = spans or []
        self._starts = [start for start, _ in self._spans]
        self._ends = [end for _, end in self._spans]

    def between(self, first: int, last: int) -> list[tuple[int, int]]:
        """The spans that overlap [first, last)."""
        i = bisect.bisect_right(self._ends, first)
        j = bisect.bisect_left(self._starts, last)
        return self._spans[i:j]


@contextmanager
def no_cursor_layout(document: QTextDocument) -> Iterator[None]:
    """Make many selection cursors cheaply.

    Inside an edit block a cursor skips laying out its block to find its x position (Qt's
    QTextCursor::setPosition); outside one, each selection cursor costs ~100 us on a long
    paragraph, 60x more. Nothing is edited, so the block leaves no undo step and no change.
    """
    guard = QTextCursor(document)
    guard.beginEditBlock()
    try:
        yield
    finally:
        guard.endEditBlock()
