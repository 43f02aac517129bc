"""Find in the article: a bar under the article pane (Ctrl+F), as readers know it from browsers.

Typing searches as you type from where the current match starts; Enter (or F3) goes to the next
match and Shift+Enter (or Shift+F3) to the previous one, wrapping round at either end; Esc closes
the bar and gives the article back the focus. Matching ignores case. The match is the article
view's selection, so the summary marks (extra selections) are left as they are.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)

_BACKWARD = QTextDocument.FindFlag.FindBackward


class FindBar(QWidget):
    """Object name ``findBar``; its field is ``findField``. Hidden until `open_bar`."""

    def __init__(self, view: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findBar")
        self._view = view
        self.field = QLineEdit(self)
        self.field.setObjectName("findField")
        self.field.setPlaceholderText("Find in article")
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName("Find in article")
        self.field.installEventFilter(self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("findCount")
        self.count_label.setMinimumWidth(90)
        previous = _button("▲", "Previous match (Shift+Enter)", self.find_previous)
        following = _button("▼", "Next match (Enter)", self.find_next)
        close = _button("✕", "Close (Esc)", self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.addWidget(self.field, 1)
        layout.addWidget(self.count_label)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(close)
        self.field.textEdited.connect(self._search_as_typed)
        self.hide()

    def open_bar(self) -> None:
        """Show the bar with its field focused; a selection in the article becomes the query."""
        selected = self._view.textCursor().selectedText()
        if selected and "\u2029" not in selected and len(selected) <= 100:
            self.field.setText(selected)
        self.show()
        self.field.setFocus()
        self.field.selectAll()
        self._update_count()

    @Slot()
    def close_bar(self) -> None:
        self.hide()
        self._view.setFocus()

    @Slot()
    def find_next(self) -> bool:
        """Select the next match after the selection (wrapping round); False when none."""
        return self._find(backward=False)

    @Slot()
    def find_previous(self) -> bool:
        """Select the match before the selection (wrapping round); False when none."""
        return self._find(backward=True)

    def refresh(self) -> None:
        """Count the matches again (the article changed)."""
        if self.isVisible():
            self._update_count()

    def _find(self, backward: bool, start: int | None = None) -> bool:
        query = self.field.text()
        if not query:
            return False
        if not self.isVisible():
            self.open_bar()
        document = self._view.document()
        cursor = self._view.textCursor()
        if start is not None:
            cursor.setPosition(start)
        flags = _BACKWARD if backward else QTextDocument.FindFlag(0)
        found = document.find(query, cursor, flags)
        if found.isNull():  # wrap round to the other end
            edge = QTextCursor(document)
            edge.movePosition(
                QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
            )
            found = document.find(query, edge, flags)
        if found.isNull():
            self._update_count()
            return False
        self._view.setTextCursor(found)
        self._view.centerCursor()
        self._update_count()
        return True

    @Slot(str)
    def _search_as_typed(self, _text: str) -> None:
        # From where the current match starts, so that typing more letters keeps it if it fits.
        self._find(backward=False, start=self._view.textCursor().selectionStart())

    def _update_count(self) -> None:
        query = self.field.text().casefold()
        if not query:
            self.count_label.setText("")
            return
        n = self._view.toPlainText().casefold().count(query)
        self.count_label.setText("No matches" if n == 0 else f"{n:,} match{'es' if n != 1 else ''}")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc closes, Enter and Shift+Enter step, in the field (before any window shortcut:
        the window's Esc cancels an analysis)."""
        if watched is self.field and event.type() in (
            QEvent.Type.ShortcutOverride,
            QEvent.Type.KeyPress,
        ):
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.type() == QEvent.Type.KeyPress:
                    if key == Qt.Key.Key_Escape:
                        self.close_bar()
                    elif event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                        self.find_previous()
                    else:
                        self.find_next()
                event.accept()
                return True
        return super().eventFilter(watched, event)


def _button(text: str, tip: str, slot: object) -> QToolButton:
    button = QToolButton()
    button.setText(text)
    button.setToolTip(tip)
    button.setAccessibleName(tip.split(" (")[0])
    button.setAutoRaise(True)
    button.clicked.connect(slot)
    return button
