"""Where the app keeps its QSettings, and the typed (de)serialisation of the length setting."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QGuiApplication

from app.core.options import SummaryLength

ORGANIZATION = "Keyfacts"
APPLICATION = "Keyfacts"


def app_settings() -> QSettings:
    """The user's settings: an INI file in the platform's config folder.

    INI format explicitly (not the registry on Windows), so tests can point it at a temporary
    folder with `QSettings.setPath(IniFormat, UserScope, tmp)`.
    """
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def length_to_setting(length: SummaryLength) -> str:
    """ "auto", "sentences:N" or "percent:P"."""
    if length.ratio is not None:
        return f"percent:{round(length.ratio * 100)}"
    if length.sentences is not None:
        return f"sentences:{length.sentences}"
    return "auto"


def length_from_setting(value: object) -> SummaryLength:
    """The inverse of `length_to_setting`; anything unreadable means automatic."""
    unit, _, number = str(value or "auto").partition(":")
    try:
        if unit == "percent":
            return SummaryLength(ratio=min(100, max(1, int(number))) / 100)
        if unit == "sentences":
            return SummaryLength(sentences=max(1, int(number)))
    except ValueError:
        pass
    return SummaryLength()


def first_window_size() -> QSize:
    """1200 x 780, or less on a small screen: a 1366 x 768 laptop lost the status bar."""
    width, height = 1200, 780
    screen = QGuiApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        # resize() sets the inside: the frame and title bar come on top of it.
        width = min(width, room.width() * 95 // 100)
        height = min(height, room.height() * 90 // 100)
    return QSize(width, height)
