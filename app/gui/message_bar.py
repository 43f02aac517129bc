"""A dismissable one-line message above the panes, for errors and notices (never a traceback)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from app.gui.theme import highlights


class MessageBar(QFrame):
    """Shows one message at a time; hidden until there is one.

    Object name: ``messageBar``; the text is in the child QLabel ``messageText``.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setAccessibleName("Message")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.label = QLabel(self)
        self.label.setObjectName("messageText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        close = QToolButton(self)
        close.setText("✕")
        close.setAutoRaise(True)
        close.setToolTip("Dismiss")
        close.setAccessibleName("Dismiss message")
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self._kind = "info"
        self.hide()

    def text(self) -> str:
        """The message shown (empty when hidden)."""
        return self.label.text() if not self.isHidden() else ""

    def show_error(self, message: str) -> None:
        """Show an error message."""
        self._show(message, "error")

    def show_info(self, message: str) -> None:
        """Show a notice."""
        self._show(message, "info")

    def _show(self, message: str, kind: str) -> None:
        self._kind = kind
        self.label.setText(message)
        self.recolour()
        self.show()

    def recolour(self) -> None:
        """Pick the background for the current palette (the window calls this on theme change)."""
        # The application palette: a widget's own palette follows it only a moment later.
        colours = highlights(QApplication.palette())
        colour = colours.banner_error if self._kind == "error" else colours.banner_info
        self.setStyleSheet(
            f"QFrame#messageBar {{ background: {colour.name()}; border-radius: 3px; }}"
        )
