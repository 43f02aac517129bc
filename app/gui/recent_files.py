"""The File > Open Recent menu, kept in QSettings (most recent first, missing files pruned)."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from app.gui.settings import Settings

MAX_RECENT = 10
# About this many average characters of a file name show; longer names lose their middle (the
# full path is in the tooltip and status tip).
_LABEL_CHARS = 48


class RecentFiles(QObject):
    """Maintains the recent-files list and its menu.

    Signals:
        openRequested(str): the user chose a file from the menu.
    """

    openRequested = Signal(str)

    def __init__(self, settings: QSettings, menu: QMenu, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = Settings(settings)
        self._menu = menu
        self._menu.aboutToShow.connect(self._rebuild)
        self._rebuild()

    def paths(self) -> list[str]:
        """The remembered files, most recent first."""
        return self._settings.recent_files

    def add(self, path: str) -> None:
        """Put `path` at the top of the list."""
        absolute = os.path.abspath(path)
        paths = [p for p in self.paths() if p != absolute]
        self._settings.recent_files = [absolute, *paths][:MAX_RECENT]
        self._rebuild()

    def clear(self) -> None:
        """Forget every file."""
        self._settings.recent_files = []
        self._rebuild()

    @Slot()
    def _rebuild(self) -> None:
        self._menu.clear()
        existing = [p for p in self.paths() if Path(p).is_file()]
        metrics = self._menu.fontMetrics()
        room = metrics.averageCharWidth() * _LABEL_CHARS
        for number, path in enumerate(existing, start=1):
            # The middle goes: a name's start and its extension tell files apart best.
            name = metrics.elidedText(Path(path).name, Qt.TextElideMode.ElideMiddle, room)
            name = name.replace("&", "&&")  # a literal "&", not a mnemonic
            label = f"&{number} {name}" if number < 10 else name
            action = QAction(label, self._menu)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.openRequested.emit(p))
            self._menu.addAction(action)
        if not existing:
            empty = self._menu.addAction("No recent files")
            empty.setEnabled(False)
        self._menu.addSeparator()
        clear = self._menu.addAction("&Clear Menu")
        clear.setObjectName("actionClearRecent")
        clear.setEnabled(bool(existing))
        clear.triggered.connect(self.clear)
