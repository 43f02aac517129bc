"""Copying to the clipboard and saving to files: the engine's renderers, put where the user asked.

The engine's `app.core.export` is imported inside each function: it is loaded by then (an
analysis exists), and importing this module stays cheap.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from app.gui.saving import save_text

if TYPE_CHECKING:
    from app.core.analysis import Analysis

FORMATS = ("markdown", "json")


def copy_summary(analysis: Analysis) -> str:
    """Put the summary on the clipboard as plain text (sentences verbatim) plus HTML.

    Returns:
        A status line saying what was copied.
    """
    from app.core.export import summary_html, summary_text

    mime = QMimeData()
    mime.setText(summary_text(analysis))
    mime.setHtml(summary_html(analysis))
    QGuiApplication.clipboard().setMimeData(mime)
    return f"Copied the summary ({len(analysis.summary)} sentences)"


def copy_facts(analysis: Analysis) -> str:
    """Put the key facts on the clipboard as a plain list; returns a status line."""
    from app.core.export import facts_text

    QGuiApplication.clipboard().setText(facts_text(analysis))
    return f"Copied {len(analysis.facts)} key facts"


def copy_markdown(analysis: Analysis) -> str:
    """Put the summary and key facts on the clipboard as Markdown; returns a status line."""
    from app.core.export import to_markdown

    QGuiApplication.clipboard().setText(to_markdown(analysis))
    return "Copied the summary and key facts as Markdown"


def render(analysis: Analysis, kind: str) -> str:
    """The analysis as "markdown" (summary + facts) or "json" (the CLI's object)."""
    from app.core.export import to_json_dict, to_markdown

    if kind == "json":
        return json.dumps(to_json_dict(analysis), ensure_ascii=False, indent=2) + "\n"
    return to_markdown(analysis)


def save(analysis: Analysis, kind: str, path: str, source: str | None) -> None:
    """Write the analysis as `kind` to `path` with QSaveFile, never over `source`.

    Raises:
        SaveError: the path is the source file, or it cannot be written.
    """
    save_text(path, render(analysis, kind), protected=source)
