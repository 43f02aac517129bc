"""Light and dark palettes, and the highlight colours the views derive from the active palette.

The app uses the Fusion style with an explicit palette for "light" and "dark" so both look the same
on every platform; "system" keeps the platform's own style and palette.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

THEMES = ("system", "light", "dark")

_system_style: str | None = None


def _palette(dark: bool) -> QPalette:
    role = QPalette.ColorRole
    group = QPalette.ColorGroup
    if dark:
        colours = {
            role.Window: "#2b2d31",
            role.WindowText: "#e6e6e6",
            role.Base: "#1e1f22",
            role.AlternateBase: "#26282c",
            role.ToolTipBase: "#3a3d42",
            role.ToolTipText: "#f0f0f0",
            role.PlaceholderText: "#8c8f94",
            role.Text: "#e6e6e6",
            role.Button: "#34363b",
            role.ButtonText: "#e6e6e6",
            role.BrightText: "#ff6b6b",
            role.Light: "#4a4d52",
            role.Midlight: "#3e4146",
            role.Mid: "#2f3135",
            role.Dark: "#1a1b1e",
            role.Shadow: "#000000",
            role.Highlight: "#3d7bd9",
            role.HighlightedText: "#ffffff",
            role.Link: "#79b0ff",
            role.LinkVisited: "#c79bff",
        }
        disabled = "#7a7d82"
    else:
        colours = {
            role.Window: "#f3f3f3",
            role.WindowText: "#1b1b1b",
            role.Base: "#ffffff",
            role.AlternateBase: "#f5f7fa",
            role.ToolTipBase: "#ffffe6",
            role.ToolTipText: "#1b1b1b",
            role.PlaceholderText: "#73767a",
            role.Text: "#1b1b1b",
            role.Button: "#ececec",
            role.ButtonText: "#1b1b1b",
            role.BrightText: "#c00000",
            role.Light: "#ffffff",
            role.Midlight: "#f0f0f0",
            role.Mid: "#b8b8b8",
            role.Dark: "#9f9f9f",
            role.Shadow: "#505050",
            role.Highlight: "#2f6fd6",
            role.HighlightedText: "#ffffff",
            role.Link: "#1a5fb4",
            role.LinkVisited: "#7b3fb4",
        }
        disabled = "#8a8a8a"
    palette = QPalette()
    for colour_role, value in colours.items():
        palette.setColor(colour_role, QColor(value))
    for colour_role in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, colour_role, QColor(disabled))
    return palette


def apply_theme(app: QApplication, theme: str) -> None:
    """Switch the whole application to "system", "light" or "dark"."""
    global _system_style
    if _system_style is None:
        _system_style = app.style().name()
    if theme in ("light", "dark"):
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(_palette(theme == "dark"))
    else:
        app.setStyle(QStyleFactory.create(_system_style) or QStyleFactory.create("Fusion"))
        app.setPalette(app.style().standardPalette())


def is_dark(palette: QPalette) -> bool:
    """Whether text is drawn light on dark in `palette`."""
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


@dataclass(frozen=True, slots=True)
class Highlights:
    """Colours for the article's marks, readable on the palette they were made for.

    Attributes:
        summary: background of summary sentences.
        focus: background of the sentence or fact the user jumped to.
        removed: text colour of removed duplicates (they are also struck through).
        banner_error / banner_info: backgrounds of the message bar.
    """

    summary: QColor
    focus: QColor
    removed: QColor
    banner_error: QColor
    banner_info: QColor


def highlights(palette: QPalette) -> Highlights:
    """The highlight colours for `palette` (light or dark)."""
    if is_dark(palette):
        return Highlights(
            summary=QColor("#4a4216"),
            focus=QColor("#1f5a8a"),
            removed=QColor("#8a8d92"),
            banner_error=QColor("#5c2626"),
            banner_info=QColor("#24425c"),
        )
    return Highlights(
        summary=QColor("#fff1a8"),
        focus=QColor("#a8d1ff"),
        removed=QColor("#8c8c8c"),
        banner_error=QColor("#fbdada"),
        banner_info=QColor("#dcebfb"),
    )
