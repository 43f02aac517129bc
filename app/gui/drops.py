"""What a drop or a paste holds: local files, or plain text (Qt-only parsing, no widgets)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMimeData


@dataclass(frozen=True, slots=True)
class Payload:
    """The usable content of a drop or paste.

    Attributes:
        paths: local files, in the order given.
        text: plain text (only when there are no files).
        remote: URLs that are not local files (ignored, but worth telling the user).
    """

    paths: tuple[str, ...] = ()
    text: str | None = None
    remote: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.paths or self.text)


def read_mime(mime: QMimeData) -> Payload:
    """Local files first (a file manager also offers their names as text), else plain text."""
    if mime.hasUrls():
        urls = mime.urls()
        paths = tuple(url.toLocalFile() for url in urls if url.isLocalFile())
        remote = tuple(url.toString() for url in urls if not url.isLocalFile())
        if paths:
            return Payload(paths=paths, remote=remote)
        # Qt offers the URLs themselves as text too; that is not an article.
        if remote and set(mime.text().split()) <= set(remote):
            return Payload(remote=remote)
    if mime.hasText() and mime.text().strip():
        return Payload(text=mime.text())
    return Payload()


def accepts(mime: QMimeData) -> bool:
    """Whether a drag carries something the window can open."""
    return bool(read_mime(mime))
