"""The window's file and clipboard commands: open dialog, paste, drops, copy and save.

Split out of `main_window.py` to keep that module about layout and the analysis flow; these
commands only need the window's public face (`open_path`, `open_text`, `analysis`, the message
and status bars).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QMimeData, QObject, QSettings, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QStatusBar, QWidget

from app.gui import dialogs, drops, exporting
from app.gui.saving import SaveError
from app.gui.settings import Settings

if TYPE_CHECKING:
    from app.core.analysis import Analysis
    from app.gui.message_bar import MessageBar


class Host(Protocol):
    """What the commands use of the main window: its public face, not the window class (which
    builds these commands, so naming it here would tie the two modules in a circle)."""

    message_bar: MessageBar

    @property
    def analysis(self) -> Analysis | None: ...
    @property
    def source_path(self) -> str | None: ...
    def open_path(self, path: str | os.PathLike[str]) -> None: ...
    def open_text(self, text: str, source: str = ...) -> None: ...
    def open_url(self, url: str) -> None: ...
    def set_load_notice(self, text: str) -> None: ...
    def statusBar(self) -> QStatusBar: ...  # Qt's name
    def window(self) -> QWidget: ...


class FileCommands(QObject):
    """Open, paste, drop, copy and save on behalf of the main window (no signals)."""

    def __init__(self, window: Host, settings: QSettings) -> None:
        super().__init__(window.window())
        self._window = window
        self._settings = Settings(settings)

    # -- opening -----------------------------------------------------------------------------

    @Slot()
    def open_dialog(self) -> None:
        """File > Open: the platform's dialog, filtered to the formats the engine reads."""
        filters = dialogs.open_filters()
        path, _ = QFileDialog.getOpenFileName(
            self._window.window(),
            "Open Article",
            self.start_directory(),
            ";;".join(filters),
            filters[0],
        )
        if path:
            self._window.open_path(path)

    def start_directory(self) -> str:
        """The folder the last article came from (the home folder at first)."""
        return self._settings.last_directory

    def remember_directory(self, path: str) -> None:
        """Start the next Open and Save dialogs in the folder of `path` (an article just opened)."""
        self._settings.last_directory = str(Path(path).resolve().parent)

    @Slot()
    def paste_article(self) -> None:
        """Analyse what is on the clipboard: a copied file, or text."""
        mime = QGuiApplication.clipboard().mimeData()
        if mime is None or not self.open_mime(mime, "pasted text"):
            self._window.message_bar.show_info("The clipboard holds no text or file to analyse.")

    def open_mime(self, mime: QMimeData, text_source: str) -> bool:
        """Open what a drop or paste holds; False if it holds nothing usable."""
        window = self._window
        payload = drops.read_mime(mime)
        if payload.paths:
            first, rest = payload.paths[0], payload.paths[1:]
            window.open_path(first)
            if rest:
                window.set_load_notice(
                    f"Keyfacts shows one article at a time: opened {Path(first).name} and "
                    f"left the other {len(rest)} file{'s' if len(rest) > 1 else ''} unopened."
                )
            return True
        if payload.url is not None:
            window.open_url(payload.url)
            return True
        if payload.text is not None:
            window.open_text(payload.text, text_source)
            return True
        if payload.remote:
            window.message_bar.show_info(
                "Only files on this computer and http(s) addresses can be opened."
            )
            return True
        return False

    # -- copying -----------------------------------------------------------------------------

    def _require_analysis(self) -> Analysis | None:
        analysis = self._window.analysis
        if analysis is None:
            self._window.statusBar().showMessage(
                "Nothing to copy or save yet: open an article first"
            )
        return analysis

    def _copy(self, put_on_clipboard: Callable[[Analysis], str]) -> None:
        """Run one of `exporting`'s clipboard commands; its status line goes to the status bar."""
        if (analysis := self._require_analysis()) is not None:
            self._window.statusBar().showMessage(put_on_clipboard(analysis))

    @Slot()
    def copy_summary(self) -> None:
        """Put the summary on the clipboard: plain text (every sentence verbatim) plus HTML."""
        self._copy(exporting.copy_summary)

    @Slot()
    def copy_facts(self) -> None:
        """Put the key facts on the clipboard as a plain list."""
        self._copy(exporting.copy_facts)

    @Slot()
    def copy_markdown(self) -> None:
        """Put the summary and key facts on the clipboard as Markdown."""
        self._copy(exporting.copy_markdown)

    # -- saving ------------------------------------------------------------------------------

    @Slot()
    def save_markdown_dialog(self) -> None:
        """File > Save Summary as Markdown."""
        self._save_dialog("markdown", "md", dialogs.MARKDOWN_FILTER)

    @Slot()
    def save_json_dialog(self) -> None:
        """File > Save Analysis as JSON."""
        self._save_dialog("json", "json", dialogs.JSON_FILTER)

    def _save_dialog(self, kind: str, suffix: str, filter_: str) -> None:
        if self._require_analysis() is None:
            return
        source = self._window.source_path
        stem = Path(source).stem if source else "article"
        suggestion = str(Path(self.start_directory()) / f"{stem}.keyfacts.{suffix}")
        path, _ = QFileDialog.getSaveFileName(self._window.window(), "Save As", suggestion, filter_)
        if path:
            self.save(kind, path)

    def save(self, kind: str, path: str) -> bool:
        """Write the analysis as "markdown" or "json"; a failure is shown, never raised."""
        if (analysis := self._require_analysis()) is None:
            return False
        try:
            exporting.save(analysis, kind, path, self._window.source_path)
        except SaveError as error:
            self._window.message_bar.show_error(str(error))
            return False
        self._window.statusBar().showMessage(f"Saved {Path(path).name}")
        return True
