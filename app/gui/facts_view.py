"""The key-facts pane: Dates, Initiatives and Quotes, each with its value, actor or speaker.

Selecting a fact (click, or the arrow keys) asks the window to show it in the article; hovering a
fact shows the sentence it comes from.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from app.core.facts.dates.labels import date_label, read_from
from app.core.facts.model import UNATTRIBUTED
from app.gui.turns import next_turn

if TYPE_CHECKING:
    from app.core.analysis import Analysis
    from app.core.facts import DateFact, Fact, InitiativeFact, QuoteFact

_SPAN_ROLE = Qt.ItemDataRole.UserRole
_FACT_ROLE = Qt.ItemDataRole.UserRole + 1  # the fact itself, worded when it is copied
_HINT_ROLE = Qt.ItemDataRole.UserRole + 2  # a group whose detail asks for the article's date
# Rows added per event-loop turn: ~10 ms of work (about 35 us a row), far below a noticeable pause.
CHUNK = 250


class FactsView(QTreeWidget):
    """Key facts grouped by kind, two columns: the fact and its detail.

    Object name: ``factsView``.

    Signals:
        factActivated(int, int): start and end (cleaned-text offsets) of the fact chosen.
        factCopied(str): the text a copy put on the clipboard.
        dateRequested(): the reader chose the hint to set the article's date.
    """

    factActivated = Signal(int, int)
    factCopied = Signal(str)
    dateRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("factsView")
        self.setAccessibleName("Key facts")
        self.setAccessibleDescription(
            "Dates, initiatives and quotes; select one to show it in the article"
        )
        self.setColumnCount(2)
        self.setHeaderLabels(["Fact", "Detail"])
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAcceptDrops(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._on_section_resized)
        self.currentItemChanged.connect(self._on_current_changed)
        self.itemClicked.connect(self._on_item)
        self.itemActivated.connect(self._on_item)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_menu)
        self._generation = 0
        # The fact column follows the pane's width (wider pane, less eliding) until the user
        # drags the column edge; then their width stays until the next article.
        self._fact_width = 160
        self._fitting = False
        self._user_sized = False

    def show_facts(self, analysis: Analysis) -> None:
        """Fill the tree with the analysis' facts.

        The first `CHUNK` rows appear at once; a long article's remaining rows are added in
        further chunks from the event loop, so the UI thread is never blocked for long.
        """
        self._generation += 1
        self.clear()
        facts = analysis.facts
        # Each row's texts are made when its chunk is added (`_fill`), not all at once here.
        groups: list[tuple[str, Sequence[Fact], Callable[[Any], _Row]]] = [
            ("Dates", facts.dates, _date_row),
            ("Initiatives", facts.initiatives, _initiative_row),
            ("Quotes", facts.quotes, _quote_row),
        ]
        pending: list[_Pending] = []
        for name, found, make_row in groups:
            group = QTreeWidgetItem(self, [f"{name} ({len(found)})", ""])
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setExpanded(True)
            pending += [(group, make_row, fact) for fact in found]
            if not found:
                empty = QTreeWidgetItem(group, ["(none found)", ""])
                empty.setFlags(Qt.ItemFlag.NoItemFlags)
            if name == "Dates":
                self._show_article_date(group, analysis)
        self._fill(analysis, pending, self._generation)
        # The fact column fits the rows shown at once (later chunks do not move it).
        self._fitting = True
        self.resizeColumnToContents(0)
        self._fitting = False
        self._fact_width = self.columnWidth(0)
        self._user_sized = False
        self._fit_fact_column()

    def _show_article_date(self, group: QTreeWidgetItem, analysis: Analysis) -> None:
        """Beside the group's name, the day the dates were read from; or, when there is none
        and some date waits for one, a link that asks for it (as Edit > Article Date… does)."""
        reference = analysis.reference_date
        if reference is not None:
            group.setText(1, read_from(reference))
            return
        if all(fact.value is not None for fact in analysis.facts.dates):
            return
        group.setText(1, "Set the article’s date…")
        group.setData(0, _HINT_ROLE, True)
        self._style_link(group)
        group.setToolTip(
            1,
            "The article does not say when it was written, so “Thursday” or “next week” "
            "cannot be placed. Click to set its date (Edit ▸ Article Date…).",
        )

    def _style_link(self, group: QTreeWidgetItem) -> None:
        """The hint in the view's font (zoom) and link colour (theme), underlined."""
        font = self.font()
        font.setUnderline(True)
        group.setFont(1, font)
        group.setForeground(1, self.palette().link())

    def _fill(self, analysis: Analysis, pending: list[_Pending], generation: int) -> None:
        if generation != self._generation:
            return  # a newer article replaced this one
        chunk, rest = pending[:CHUNK], pending[CHUNK:]
        sentences = analysis.document.sentences
        for group, make_row, found in chunk:
            fact, label, detail, tip_detail = make_row(found)
            item = QTreeWidgetItem(group, [label, detail])
            item.setData(0, _SPAN_ROLE, (fact.start, fact.end))
            item.setData(0, _FACT_ROLE, fact)
            index = fact.sentence  # None: no sentence holds the fact; its own text stands in
            inside = index is not None and 0 <= index < len(sentences)
            # A fact's text is the article's text at its span (the contract), so no slicing.
            sentence = sentences[index].text if inside and index is not None else fact.text
            tip = _sentence_tooltip(sentence, fact.text, tip_detail)
            item.setToolTip(0, tip)
            item.setToolTip(1, tip)
        if rest:
            next_turn(self, lambda: self._fill(analysis, rest, generation))

    def _fit_fact_column(self) -> None:
        """The fact column as wide as its text, at most 3/5 of the view: the detail keeps room."""
        if self._user_sized:
            return
        self._fitting = True
        self.setColumnWidth(0, min(self._fact_width, max(160, self.width() * 3 // 5)))
        self._fitting = False

    @Slot(int, int, int)
    def _on_section_resized(self, index: int, _old: int, _new: int) -> None:
        if index == 0 and not self._fitting:
            self._user_sized = True

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Refit the fact column to the new width (a maximised window shows more of each fact)."""
        super().resizeEvent(event)
        self._fit_fact_column()

    def changeEvent(self, event: QEvent) -> None:
        """The group headings follow the view's font (zoom) in bold, and the date link the
        font and the theme's link colour."""
        super().changeEvent(event)
        if event.type() not in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            return
        bold = self.font()
        bold.setBold(True)
        for i in range(self.topLevelItemCount()):
            group = self.topLevelItem(i)
            if group is None:
                continue
            group.setFont(0, bold)
            if group.data(0, _HINT_ROLE):
                self._style_link(group)

    def fact_items(self) -> list[QTreeWidgetItem]:
        """Every fact row (not the group rows), in display order."""
        items = []
        for g in range(self.topLevelItemCount()):
            group = self.topLevelItem(g)
            if group is None:
                continue
            for c in range(group.childCount()):
                child = group.child(c)
                if child is not None and child.data(0, _SPAN_ROLE) is not None:
                    items.append(child)
        return items

    def copy_current(self) -> str:
        """Put the current fact on the clipboard as a reader quotes it ("“...” — Ana Ruiz",
        "Tuesday → 14 Oct 2025"), whole where the row is elided; returns it ("" for none)."""
        item = self.currentItem()
        fact = item.data(0, _FACT_ROLE) if item is not None else None
        if fact is None:
            return ""
        text = _copy_text(fact)
        QGuiApplication.clipboard().setText(text)
        self.factCopied.emit(text)
        return text

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Ctrl+C copies the current fact."""
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_current()
            event.accept()
            return
        super().keyPressEvent(event)

    @Slot(QPoint)
    def _show_menu(self, position: QPoint) -> None:
        item = self.itemAt(position)
        if item is None or item.data(0, _SPAN_ROLE) is None:
            return
        self.setCurrentItem(item)
        menu = QMenu(self)
        copy = menu.addAction("&Copy", self.copy_current)
        copy.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        menu.addAction("&Show in Article", lambda: self._show_fact(item))
        menu.exec(self.viewport().mapToGlobal(position))

    @Slot(QTreeWidgetItem, QTreeWidgetItem)
    def _on_current_changed(
        self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None
    ) -> None:
        if current is not None:
            self._show_fact(current)

    @Slot(QTreeWidgetItem, int)
    def _on_item(self, item: QTreeWidgetItem, column: int = 0) -> None:
        """A click or Enter: show the fact; a click on the Dates link asks for the date."""
        if item.data(0, _HINT_ROLE) and column == 1:
            self.dateRequested.emit()
        else:
            self._show_fact(item)

    def _show_fact(self, item: QTreeWidgetItem) -> None:
        span = item.data(0, _SPAN_ROLE)
        if span is not None:
            self.factActivated.emit(int(span[0]), int(span[1]))


# A fact row: the fact, its label, its detail column, and the detail its tooltip starts with.
_Row = tuple["Fact", str, str, str]
# A row still to add: its group, how its texts are made, and the fact.
_Pending = tuple[QTreeWidgetItem, Callable[[Any], _Row], "Fact"]


def _row(fact: Fact, label: str, detail: str) -> _Row:
    return (fact, label, detail, detail)


def _initiative_row(fact: InitiativeFact) -> _Row:
    return _row(fact, fact.text, _initiative_detail(fact))


def _quote_row(fact: QuoteFact) -> _Row:
    return _row(fact, f"“{fact.text}”", _quote_detail(fact))


def _date_row(fact: DateFact) -> _Row:
    """A date's row: the readable label, then in the tooltip the raw values it was read from.

    The tooltip's detail reads "summer 2027 (2027-SU, 2027)"; a label that is its value is not
    repeated.
    """
    label = date_label(fact.timex, fact.value)
    raw = [v for v in dict.fromkeys((fact.timex, fact.value)) if v and v != label]
    return (fact, fact.text, label, f"{label} ({', '.join(raw)})" if raw else label)


def _initiative_detail(fact: InitiativeFact) -> str:
    actor = fact.actor or "unknown actor"
    return actor if fact.status in ("", "unknown") else f"{actor} · {fact.status}"


def _quote_detail(fact: QuoteFact) -> str:
    return fact.speaker or UNATTRIBUTED


def _copy_text(fact: Fact) -> str:
    """The fact in words, as the text export writes it."""
    from app.core import export  # on a copy, after an analysis: the engine is loaded by then
    from app.core.facts import DateFact, InitiativeFact, QuoteFact

    if isinstance(fact, QuoteFact):
        return export.describe_quote(fact)
    if isinstance(fact, DateFact):
        return export.describe_date(fact)
    if isinstance(fact, InitiativeFact):
        return export.describe_initiative(fact)
    return fact.text


def _sentence_tooltip(sentence: str, fact_text: str, detail: str) -> str:
    """The detail, then the sentence as rich text (so Qt wraps it) with the fact in bold."""
    escaped = html.escape(sentence)
    marked = html.escape(fact_text)
    if marked and marked in escaped:
        escaped = escaped.replace(marked, f"<b>{marked}</b>", 1)
    return f"<p><i>{html.escape(detail)}</i></p><p style='white-space:pre-wrap'>{escaped}</p>"
