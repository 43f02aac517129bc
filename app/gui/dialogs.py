"""File-dialog filters and the About box text."""

from __future__ import annotations

from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from app import __version__
from app.core import loading


def _suffixes(found: Iterable[str]) -> tuple[str, ...]:
    """A suffix set of the loader (which owns the list), without dots, sorted."""
    return tuple(sorted(s.lstrip(".") for s in found if s))


def open_filters() -> list[str]:
    """Filters for the Open dialog: every format the loader reads first, "all files" last."""
    groups = [
        ("Text files", _suffixes(loading.TEXT_SUFFIXES)),
        ("Markdown", _suffixes(loading.MARKDOWN_SUFFIXES)),
        ("Web pages", _suffixes(loading.HTML_SUFFIXES)),
        ("PDF documents", ("pdf",)),
        ("Word documents", ("docx",)),
        ("Rich text", ("rtf",)),
    ]
    every = " ".join(f"*.{s}" for _, suffixes in groups for s in suffixes)
    filters = [f"Articles ({every})"]
    filters += [f"{name} ({' '.join(f'*.{s}' for s in suffixes)})" for name, suffixes in groups]
    filters.append("All files (*)")
    return filters


MARKDOWN_FILTER = "Markdown (*.md)"
JSON_FILTER = "JSON (*.json)"


def about_text() -> str:
    """The About box's rich text."""
    return (
        f"<h3>Keyfacts {__version__}</h3>"
        "<p>Offline summaries and key facts — dates, initiatives and quotes — for articles.</p>"
        "<p>Everything runs on this computer: no network, no accounts, no models to download. "
        "Duplicate paragraphs that scraped pages repeat are removed first and shown struck "
        "through in the article.</p>"
        "<p>Open a file (Ctrl+O), drop one on the window, or paste text (Ctrl+Shift+V).</p>"
        "<p>Built with Qt for Python, NLTK's Punkt algorithm and sumy. MIT licence.</p>"
    )


def sample_path() -> Path:
    """The bundled sample article as a file path (resources are plain files in a wheel)."""
    return Path(str(resources.files("app.resources") / "sample_article.txt"))
