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


# Each role's colour in the light and the dark palette, side by side so they are kept in step.
_ROLE = QPalette.ColorRole
_COLOURS: dict[QPalette.ColorRole, tuple[str, str]] = {
    _ROLE.Window: ("#f3f3f3", "#2b2d31"),
    _ROLE.WindowText: ("#1b1b1b", "#e6e6e6"),
    _ROLE.Base: ("#ffffff", "#1e1f22"),
    _ROLE.AlternateBase: ("#f5f7fa", "#26282c"),
    _ROLE.ToolTipBase: ("#ffffe6", "#3a3d42"),
    _ROLE.ToolTipText: ("#1b1b1b", "#f0f0f0"),
    _ROLE.PlaceholderText: ("#73767a", "#8c8f94"),
    _ROLE.Text: ("#1b1b1b", "#e6e6e6"),
    _ROLE.Button: ("#ececec", "#34363b"),
    _ROLE.ButtonText: ("#1b1b1b", "#e6e6e6"),
    _ROLE.BrightText: ("#c00000", "#ff6b6b"),
    _ROLE.Light: ("#ffffff", "#4a4d52"),
    _ROLE.Midlight: ("#f0f0f0", "#3e4146"),
    _ROLE.Mid: ("#b8b8b8", "#2f3135"),
    _ROLE.Dark: ("#9f9f9f", "#1a1b1e"),
    _ROLE.Shadow: ("#505050", "#000000"),
    _ROLE.Highlight: ("#2f6fd6", "#3d7bd9"),
    _ROLE.HighlightedText: ("#ffffff", "#ffffff"),
    _ROLE.Link: ("#1a5fb4", "#79b0ff"),
    _ROLE.LinkVisited: ("#7b3fb4", "#c79bff"),
}
# Disabled text, button text and window text.
_DISABLED = ("#8a8a8a", "#7a7d82")


def _palette(dark: bool) -> QPalette:
    palette = QPalette()
    for role, pair in _COLOURS.items():
        palette.setColor(role, QColor(pair[dark]))
    for role in (_ROLE.WindowText, _ROLE.Text, _ROLE.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(_DISABLED[dark]))
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


_LIGHT_HIGHLIGHTS = Highlights(
    summary=QColor("#fff1a8"),
    focus=QColor("#a8d1ff"),
    removed=QColor("#8c8c8c"),
    banner_error=QColor("#fbdada"),
    banner_info=QColor("#dcebfb"),
)
_DARK_HIGHLIGHTS = Highlights(
    summary=QColor("#4a4216"),
    focus=QColor("#1f5a8a"),
    removed=QColor("#8a8d92"),
    banner_error=QColor("#5c2626"),
    banner_info=QColor("#24425c"),
)


def highlights(palette: QPalette) -> Highlights:
    """The highlight colours for `palette` (light or dark); shared, so not to be modified."""
    return _DARK_HIGHLIGHTS if is_dark(palette) else _LIGHT_HIGHLIGHTS
