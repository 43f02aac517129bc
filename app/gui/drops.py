"""What a drop or a paste holds: local files, a web address, or plain text (no widgets).

Browsers drop a link as text/uri-list with a remote URL (and the same URL as text), or as
plain text that is only the URL; either is a `url` to fetch, not text to analyse.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QMimeData


@dataclass(frozen=True, slots=True)
class Payload:
    """The usable content of a drop or paste.

    Attributes:
        paths: local files, in the order given.
        text: plain text (only when there are no files).
        url: an http(s) address to fetch (the first of those dropped), when there are no files.
        remote: URLs that are neither local files nor http(s) (ignored, but worth telling).
    """

    paths: tuple[str, ...] = ()
    text: str | None = None
    url: str | None = None
    remote: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.paths or self.text or self.url)


def read_mime(mime: QMimeData) -> Payload:
    """Local files first (a file manager also offers their names as text), else plain text."""
    if mime.hasUrls():
        urls = mime.urls()
        paths = tuple(url.toLocalFile() for url in urls if url.isLocalFile())
        remote = tuple(url.toString() for url in urls if not url.isLocalFile())
        if paths:
            return Payload(paths=paths, remote=remote)
        web = [url for url in remote if is_web_address(url)]
        if web:
            return Payload(url=web[0], remote=tuple(u for u in remote if u not in web))
        # Qt offers the URLs themselves as text too; that is not an article.
        if remote and set(mime.text().split()) <= set(remote):
            return Payload(remote=remote)
    if mime.hasText() and mime.text().strip():
        text = mime.text()
        if is_web_address(text):
            return Payload(url=text.strip())
        return Payload(text=text)
    return Payload()


def is_web_address(text: str) -> bool:
    """Whether `text` is one http(s) address and nothing else (`app.core.fetch.is_url`)."""
    from app.core.fetch import is_url  # light: the standard library's URL parsing

    return is_url(text)


def accepts(mime: QMimeData) -> bool:
    """Whether a drag carries something the window can open."""
    return bool(read_mime(mime))
