"""The status bar's busy indicator: what is being worked on, a progress bar and a Cancel button.

It appears only when work takes longer than a moment, so quick re-summaries do not flicker.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

SHOW_AFTER_MS = 250


class BusyIndicator(QWidget):
    """A label, an indeterminate progress bar and a Cancel button.

    Signals:
        cancelRequested(): the user pressed Cancel.
    """

    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("busyIndicator")
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # indeterminate: the engine reports stages, not percentages
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName("Working")
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setToolTip("Stop this analysis (Esc)")
        self.cancel_button.clicked.connect(self.cancelRequested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOW_AFTER_MS)
        self._timer.timeout.connect(self.show)
        self.hide()

    def start(self, what: str) -> None:
        """Say what is being worked on; appear unless it finishes quickly."""
        self.label.setText(what)
        if not self.isVisible():
            self._timer.start()

    @Slot()
    def stop(self) -> None:
        """Work is over: hide."""
        self._timer.stop()
        self.hide()
