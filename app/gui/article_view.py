"""The article pane: the text as loaded, summary sentences highlighted, removed duplicates struck.

Page furniture (bylines, captions, headings ...: `app.core.furniture`) is dimmed, with its kind
in a tooltip; it never changes with the summary, so it is formatted into the document once per
article (a char format, which is what Qt's tooltips read) rather than marked on every step.

The view shows either the original text (duplicates struck through and greyed) or the cleaned
text (duplicates hidden). Every offset the engine gives points into the cleaned text; this view
maps it to what is on screen. Marks are `ExtraSelection`s, so changing the summary (every slider
step) never touches the document and never re-lays it out. The page's metadata (authors · site ·
date) is painted in the blank line under the headline: it is not part of the text, so no offset
moves.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, QTimer, Slot
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QPalette,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from app.gui.text_marks import Spans, no_cursor_layout, summary_runs
from app.gui.theme import highlights
from app.gui.turns import next_turn

if TYPE_CHECKING:
    from app.core.analysis import Analysis
    from app.core.document import Sentence

_PLACEHOLDER = (
    "Open an article (Ctrl+O), drop a file or text here, or paste one (Ctrl+Shift+V).\n\n"
    "Keyfacts shows the article with its summary sentences highlighted, the summary, and the "
    "key facts: dates, initiatives and quotes."
)

_BREAK = re.compile("\n")
# Characters outside the Basic Multilingual Plane (emoji, some CJK and maths): one code point
# in Python, two UTF-16 units in Qt's positions.
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


def _single_breaks(text: str) -> list[int]:
    """Offsets just after every single line break (where a blank line is added for reading).

    One paragraph per line is what the loaders produce; a break with text on both sides gets a
    blank line on screen. (A plain scan: 5x faster than a look-around regex on 1 MB.)
    """
    last = len(text) - 1
    return [
        i + 1
        for i in (m.start() for m in _BREAK.finditer(text))
        if 0 < i < last and text[i - 1] != "\n" and text[i + 1] != "\n"
    ]


def _with_gaps(text: str, gaps: list[int]) -> str:
    """`text` with a newline inserted at each offset in `gaps` (sorted)."""
    if not gaps:
        return text
    pieces, previous = [], 0
    for gap in gaps:
        pieces.append(text[previous:gap])
        previous = gap
    pieces.append(text[previous:])
    return "\n".join(pieces)


class ArticleView(QPlainTextEdit):
    """Read-only article text with summary, duplicate and focus marks.

    Object name: ``articleView``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleView")
        self.setAccessibleName("Article")
        self.setAccessibleDescription(
            "The article; summary sentences are highlighted and removed duplicates struck through"
        )
        self.setReadOnly(True)
        # Read-only, but with a keyboard caret so the text can be read and selected without a mouse.
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setAcceptDrops(False)  # drops go to the main window
        self.setPlaceholderText(_PLACEHOLDER)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)
        self.document().setDocumentMargin(12)
        self._analysis: Analysis | None = None
        self._meta_line = ""  # "Ana Ruiz · Harwick Gazette · 12 March 2024", or ""
        self._hide_removed = False
        self._summary: tuple[Sentence, ...] = ()
        self._focus: tuple[int, int] | None = None  # cleaned-text offsets
        self._reloads = 0  # texts shown so far: a deferred marking is for the newest only
        # Offsets (in the text shown) where a blank line was added after a one-line paragraph.
        self._gaps: list[int] = []
        # Offsets (in the text shown, with its gaps) of characters that Qt counts twice.
        self._astral: list[int] = []
        # Marks as sorted, non-overlapping spans of the text shown, per kind.
        self._removed_spans = Spans()
        self._summary_spans = Spans()
        self._focus_spans = Spans()
        # Scrolling and resizing re-mark from the event loop, never from inside Qt's own
        # scrolling code (changing extra selections there re-enters the editor and crashes).
        self._remark = QTimer(self)
        self._remark.setSingleShot(True)
        self._remark.setInterval(0)
        self._remark.timeout.connect(self._mark_visible)
        self.verticalScrollBar().valueChanged.connect(self._remark.start)

    @property
    def hides_removed(self) -> bool:
        """Whether removed duplicates are hidden (the cleaned text is shown)."""
        return self._hide_removed

    def show_analysis(
        self, analysis: Analysis, hide_removed: bool, then: Callable[[], None] | None = None
    ) -> None:
        """Show a new article, then (in the next event-loop turn) its summary marked, then
        (in a turn after that) call `then`: each turn stays short on a 1 MB article."""
        self._analysis = analysis
        self._meta_line = analysis.meta.line()
        self._hide_removed = hide_removed
        self._summary = analysis.summary
        self._focus = None
        self._reload(then=then)

    @property
    def meta_line(self) -> str:
        """The metadata line shown under the headline ("" when the page states none)."""
        return self._meta_line

    def meta_rect(self) -> QRectF | None:
        """Where the metadata line is painted (viewport coordinates), or None if it is not.

        It takes the blank line under the headline; an article without a headline, or whose
        headline is not followed by a blank line on screen, shows no metadata line.
        """
        analysis = self._analysis
        if not self._meta_line or analysis is None or analysis.document.title is None:
            return None
        start, _ = self.shown_span(analysis.document.title.start, analysis.document.title.end)
        block = self.document().findBlock(start).next()
        if not block.isValid() or block.length() > 1:  # length 1: an empty block
            return None
        margin = self.document().documentMargin()
        rect = self.blockBoundingGeometry(block).translated(self.contentOffset())
        line = QFontMetrics(self.font()).lineSpacing()
        return QRectF(rect.left() + margin, rect.top(), rect.width() - 2 * margin, line)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The text, then the metadata line in the blank line under the headline."""
        super().paintEvent(event)
        rect = self.meta_rect()
        if rect is None or not rect.intersects(QRectF(event.rect())):
            return
        painter = QPainter(self.viewport())
        painter.setFont(self.font())
        painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
        shown = QFontMetrics(self.font()).elidedText(
            self._meta_line, Qt.TextElideMode.ElideRight, int(rect.width())
        )
        painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, shown)
        painter.end()

    def set_hide_removed(self, hide: bool) -> None:
        """Show the cleaned text (True) or the original with duplicates struck through."""
        if hide == self._hide_removed:
            return
        self._hide_removed = hide
        if self._analysis is not None:
            self._reload()

    def set_summary(self, sentences: tuple[Sentence, ...]) -> None:
        """Highlight these summary sentences instead of the previous ones."""
        self._summary = sentences
        self._apply_marks()

    def focus_span(self, start: int, end: int) -> None:
        """Select the cleaned-text span [start, end), mark it and scroll it into view."""
        if self._analysis is None:
            return
        self._focus = (start, end)
        shown_start, shown_end = self.shown_span(start, end)
        cursor = self.textCursor()
        cursor.setPosition(shown_end)
        cursor.setPosition(shown_start, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()
        self._apply_marks()

    def shown_span(self, start: int, end: int) -> tuple[int, int]:
        """Where the cleaned-text span [start, end) is on screen, in Qt's (UTF-16) positions."""
        if self._analysis is not None and not self._hide_removed and self._analysis.dedup.removed:
            start, end = self._analysis.dedup.to_original_span(start, end)
        return self._spaced(start, end)

    def _spaced(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of the text to the view's positions.

        The view has a blank line between paragraphs, and Qt counts positions in UTF-16 units,
        where Python counts code points: each emoji before a span moves it one more place.
        """
        shown_start = start + bisect.bisect_right(self._gaps, start)
        shown_end = end + bisect.bisect_right(self._gaps, end - 1) if end > start else shown_start
        if self._astral:
            shown_start += bisect.bisect_left(self._astral, shown_start)
            shown_end += bisect.bisect_left(self._astral, shown_end)
        return shown_start, shown_end

    def _reload(self, then: Callable[[], None] | None = None) -> None:
        """Show the text (with or without the removed duplicates), then its marks: at once, or
        for a new article (`then` given) in the next event-loop turn, so that on a 1 MB article
        setting the text and marking it (each ~20 ms) are two short turns, not one long one;
        `then` is called in a turn after the marks'."""
        analysis = self._analysis
        assert analysis is not None
        text = analysis.text if self._hide_removed else analysis.dedup.original
        self._gaps = _single_breaks(text)
        shown = _with_gaps(text, self._gaps)
        self._astral = [m.start() for m in _ASTRAL.finditer(shown)]
        self._reloads += 1
        # No marks of the previous text meanwhile (a re-mark on scrolling would place them).
        self._removed_spans = self._summary_spans = self._focus_spans = Spans()
        self.setExtraSelections([])
        self.setPlainText(shown)
        self._format_title()
        self._format_furniture()
        if then is None:
            self._mark_reloaded(self._reloads)
            return
        reload = self._reloads

        def mark_then() -> None:
            self._mark_reloaded(reload)
            next_turn(self, then)

        next_turn(self, mark_then)

    def _mark_reloaded(self, reload: int) -> None:
        """Mark the text `_reload` number `reload` showed (unless another replaced it since)."""
        if reload != self._reloads or self._analysis is None:
            return
        self._removed_spans = Spans() if self._hide_removed else self._removed_runs()
        self._apply_marks()

    def _format_title(self) -> None:
        analysis = self._analysis
        if analysis is None or analysis.document.title is None:
            return
        title = analysis.document.title
        cursor = self._cursor(*self.shown_span(title.start, title.end))
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setFontPointSize(self.font().pointSizeF() * 1.3)
        cursor.mergeCharFormat(fmt)
        below = self.document().findBlock(cursor.selectionStart()).next()
        if self._meta_line and below.isValid() and below.length() == 1:
            # The blank line under the headline holds the metadata line: twice as tall (an
            # empty line is as tall as its font; QPlainTextEdit ignores line heights and
            # margins), so a blank line still separates it from the first paragraph.
            tall = QTextCharFormat()
            tall.setFontPointSize(self.font().pointSizeF() * 2)
            QTextCursor(below).mergeBlockCharFormat(tall)

    def _format_furniture(self) -> None:
        """Dim each furniture span and say what it is in a tooltip."""
        analysis = self._analysis
        if analysis is None or not analysis.document.furniture:
            return
        colour = self.palette().color(QPalette.ColorRole.PlaceholderText)
        with no_cursor_layout(self.document()):
            for span in analysis.document.furniture:
                fmt = QTextCharFormat()
                fmt.setForeground(colour)
                fmt.setToolTip(
                    f"Page furniture: {span.kind.label}. Not used in the summary or key facts."
                )
                self._cursor(*self.shown_span(span.start, span.end)).mergeCharFormat(fmt)

    def furniture_tooltip(self, offset: int) -> str:
        """The tooltip at cleaned-text `offset` (empty where it is not furniture)."""
        if self._analysis is None:
            return ""
        start, _ = self.shown_span(offset, offset + 1)
        cursor = QTextCursor(self.document())
        cursor.setPosition(start + 1)
        return cursor.charFormat().toolTip()

    def _removed_runs(self) -> Spans:
        analysis = self._analysis
        assert analysis is not None
        original = analysis.dedup.original
        # Neighbouring removals (a run of repeated paragraphs) become one mark.
        runs: list[tuple[int, int]] = []
        for removal in analysis.dedup.removed:
            if runs and not original[runs[-1][1] : removal.start].strip():
                runs[-1] = (runs[-1][0], removal.end)
            else:
                runs.append((removal.start, removal.end))
        return Spans([self._spaced(start, end) for start, end in runs])

    def _apply_marks(self) -> None:
        self._summary_spans = Spans([self.shown_span(*run) for run in summary_runs(self._summary)])
        focus = [self.shown_span(*self._focus)] if self._focus is not None else []
        self._focus_spans = Spans(focus)
        self._mark_visible()

    @Slot()
    def _mark_visible(self) -> None:
        """Give Qt the marks of the visible text only.

        Qt lays out every block an extra selection touches (to repaint it): thousands of marks
        over a 1 MB article cost a quarter of a second, the few on screen almost nothing. The
        marks follow the scroll bar.
        """
        if self._analysis is None:
            return
        first = self.firstVisibleBlock().position()
        corner = QPoint(self.viewport().width(), self.viewport().height())
        last = self.cursorForPosition(corner).block().next().position()
        if last <= first:  # the last block is on screen
            last = self.document().characterCount()
        # A screenful more on each side: a small scroll shows marked text before the re-mark.
        margin = last - first
        first, last = max(0, first - margin), last + margin
        colours = highlights(self.palette())
        removed, summary, focus = QTextCharFormat(), QTextCharFormat(), QTextCharFormat()
        removed.setFontStrikeOut(True)
        removed.setForeground(colours.removed)
        removed.setToolTip("Removed as a duplicate")
        summary.setBackground(colours.summary)
        focus.setBackground(colours.focus)
        marks: list[QTextEdit.ExtraSelection] = []
        with no_cursor_layout(self.document()):
            for spans, fmt in (
                (self._removed_spans, removed),
                (self._summary_spans, summary),
                (self._focus_spans, focus),
            ):
                marks += [self._mark(a, b, fmt) for a, b in spans.between(first, last)]
        self.setExtraSelections(marks)

    def _mark(self, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        selection.cursor = self._cursor(start, end)
        selection.format = fmt
        return selection

    def _cursor(self, start: int, end: int) -> QTextCursor:
        """A cursor selecting the view's positions [start, end)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def resizeEvent(self, event: QResizeEvent) -> None:
        """More or less text is on screen: mark what is."""
        super().resizeEvent(event)
        self._remark.start()

    def changeEvent(self, event: QEvent) -> None:
        """Recolour the marks when the palette changes (light <-> dark); size the headline to
        the new font when the font changes (zoom), and mark what is on screen then."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._remark.start()
            self._format_furniture()
        elif event.type() == QEvent.Type.FontChange and self._analysis is not None:
            self._format_title()
            self._remark.start()
