"""The three panes in splitters: the article on the left; the summary above the key facts."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from app.gui.article_view import ArticleView
from app.gui.facts_view import FactsView
from app.gui.find_bar import FindBar
from app.gui.summary_view import SummaryView


class Panes(QSplitter):
    """A horizontal splitter: article | (summary / key facts), each pane under a bold label;
    the article pane has a find bar under it (hidden until Ctrl+F).

    The labels have keyboard buddies (Alt+T, Alt+S, Alt+K move the focus to their pane).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setObjectName("mainSplitter")
        self.article_view = ArticleView(self)
        self.summary_view = SummaryView(self)
        self.facts_view = FactsView(self)
        self.article_label = _pane_label("Ar&ticle", self.article_view)
        self.find_bar = FindBar(self.article_view)

        self.side_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.side_splitter.setObjectName("sideSplitter")
        self.side_splitter.addWidget(
            _pane(_pane_label("&Summary", self.summary_view), self.summary_view)
        )
        self.side_splitter.addWidget(
            _pane(_pane_label("&Key facts", self.facts_view), self.facts_view)
        )
        self.side_splitter.setChildrenCollapsible(False)

        self.addWidget(_pane(self.article_label, self.article_view, self.find_bar))
        self.addWidget(self.side_splitter)
        self.setChildrenCollapsible(False)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setSizes([700, 500])
        self.side_splitter.setSizes([260, 440])

    def set_article_name(self, name: str) -> None:
        """Show the article's file name (or source) in the article pane's label."""
        shown = name if len(name) <= 60 else name[:59] + "…"
        shown = shown.replace("&", "&&")  # a literal "&" in a file name, not a mnemonic
        self.article_label.setText(f"Ar&ticle — {shown}")

    def save_sizes(self) -> tuple[QByteArray, QByteArray]:
        """Both splitters' states, for QSettings."""
        return self.saveState(), self.side_splitter.saveState()

    def restore_sizes(self, main: object, side: object) -> None:
        """Restore the states `save_sizes` gave (anything else is ignored)."""
        if isinstance(main, QByteArray) and not main.isEmpty():
            self.restoreState(main)
        if isinstance(side, QByteArray) and not side.isEmpty():
            self.side_splitter.restoreState(side)


def _pane_label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(2, 0, 0, 2)
    return label


def _pane(label: QLabel, view: QWidget, below: QWidget | None = None) -> QWidget:
    pane = QWidget()
    layout = QVBoxLayout(pane)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(label)
    layout.addWidget(view, 1)
    if below is not None:
        layout.addWidget(below)
    return pane
