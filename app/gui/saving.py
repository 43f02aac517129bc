"""Writing exports with QSaveFile (all or nothing), never over the article's own source file."""

from __future__ import annotations

import os

from PySide6.QtCore import QIODevice, QSaveFile


class SaveError(Exception):
    """Saving failed; `str()` is one line for the user."""


def same_file(a: str, b: str) -> bool:
    """Whether two paths name the same file (following links)."""
    try:
        return os.path.samefile(a, b)
    except OSError:
        return os.path.realpath(a) == os.path.realpath(b)


def save_text(path: str, text: str, protected: str | None = None) -> None:
    """Write `text` as UTF-8 to `path` atomically.

    Args:
        path: where to write.
        text: the content.
        protected: the user's source file, which is never overwritten.

    Raises:
        SaveError: the path is the source file, or the file cannot be written.
    """
    if protected and os.path.exists(path) and same_file(path, protected):
        raise SaveError("That is the article's own file; Keyfacts never overwrites it")
    out = QSaveFile(path)
    if not out.open(QIODevice.OpenModeFlag.WriteOnly):
        raise SaveError(f"Cannot write {path}: {out.errorString()}")
    data = text.encode("utf-8")
    if out.write(data) != len(data):
        message = out.errorString()
        out.cancelWriting()
        raise SaveError(f"Cannot write {path}: {message}")
    if not out.commit():
        raise SaveError(f"Cannot write {path}: {out.errorString()}")
