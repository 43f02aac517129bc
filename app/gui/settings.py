"""The app's QSettings: where they live, every key by name, and typed access to each value.

Every key the app stores is a constant here, and `Settings` reads and writes each one with its
type, so no other module spells a key or converts a QVariant. The stored values keep the formats
of earlier versions (old settings files still load).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtGui import QGuiApplication, QScreen

from app.core.options import SummaryLength

ORGANIZATION = "Keyfacts"
APPLICATION = "Keyfacts"

# The keys, with the type each holds.
GEOMETRY = "window/geometry"  # QByteArray: QWidget.saveGeometry()
SPLITTER = "window/splitter"  # QByteArray: the main splitter's saveState()
SIDE_SPLITTER = "window/sideSplitter"  # QByteArray: the summary/facts splitter's saveState()
METHOD = "summary/method"  # str: a method name
LENGTH = "summary/length"  # str: "auto", "sentences:N" or "percent:P"
HIDE_DUPLICATES = "view/hideDuplicates"  # bool
THEME = "view/theme"  # str: "system", "light" or "dark"
ZOOM = "view/zoom"  # int: text size step in points (0: the desktop's size)
RECENT_FILES = "recentFiles"  # list[str]: absolute paths, most recent first
LAST_DIRECTORY = "lastDirectory"  # str: the folder of the last article opened

KEYS = (
    GEOMETRY,
    SPLITTER,
    SIDE_SPLITTER,
    METHOD,
    LENGTH,
    HIDE_DUPLICATES,
    THEME,
    ZOOM,
    RECENT_FILES,
    LAST_DIRECTORY,
)


def app_settings() -> QSettings:
    """The user's settings: an INI file in the platform's config folder.

    INI format explicitly (not the registry on Windows), so tests can point it at a temporary
    folder with `QSettings.setPath(IniFormat, UserScope, tmp)`.
    """
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
    )


def _byte_array(value: object) -> QByteArray | None:
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


class Settings:
    """Typed access to the app's settings, one property per key.

    Args:
        store: the QSettings to read and write (default: `app_settings()`).
    """

    def __init__(self, store: QSettings | None = None) -> None:
        self.store = store if store is not None else app_settings()

    @property
    def geometry(self) -> QByteArray | None:
        """The window's saved geometry, or None."""
        return _byte_array(self.store.value(GEOMETRY))

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self.store.setValue(GEOMETRY, value)

    @property
    def splitters(self) -> tuple[QByteArray | None, QByteArray | None]:
        """The main and the side splitter's saved states (None where there is none)."""
        return _byte_array(self.store.value(SPLITTER)), _byte_array(self.store.value(SIDE_SPLITTER))

    @splitters.setter
    def splitters(self, value: tuple[QByteArray, QByteArray]) -> None:
        self.store.setValue(SPLITTER, value[0])
        self.store.setValue(SIDE_SPLITTER, value[1])

    @property
    def method(self) -> str:
        """The summary method chosen last ("default" at first)."""
        return str(self.store.value(METHOD, "default"))

    @method.setter
    def method(self, value: str) -> None:
        self.store.setValue(METHOD, value)

    @property
    def length(self) -> SummaryLength:
        """The summary length carried to the next session (automatic at first)."""
        return length_from_setting(self.store.value(LENGTH, "auto"))

    @length.setter
    def length(self, value: SummaryLength) -> None:
        self.store.setValue(LENGTH, length_to_setting(value))

    @property
    def hide_duplicates(self) -> bool:
        """Whether the article pane hides removed duplicates."""
        return str(self.store.value(HIDE_DUPLICATES, "false")).lower() == "true"

    @hide_duplicates.setter
    def hide_duplicates(self, value: bool) -> None:
        self.store.setValue(HIDE_DUPLICATES, value)

    @property
    def zoom(self) -> int:
        """The panes' text size step in points (0 at first, or when the value is unreadable)."""
        try:
            return int(str(self.store.value(ZOOM, 0)))
        except ValueError:
            return 0

    @zoom.setter
    def zoom(self, value: int) -> None:
        self.store.setValue(ZOOM, value)

    @property
    def theme(self) -> str:
        """The palette's name ("system" at first)."""
        return str(self.store.value(THEME, "system"))

    @theme.setter
    def theme(self, value: str) -> None:
        self.store.setValue(THEME, value)

    @property
    def recent_files(self) -> list[str]:
        """The remembered files, most recent first."""
        value = self.store.value(RECENT_FILES, [])
        if isinstance(value, str):  # QSettings gives a lone string for a one-item list
            return [value] if value else []
        return [str(v) for v in value] if isinstance(value, list) else []

    @recent_files.setter
    def recent_files(self, value: list[str]) -> None:
        self.store.setValue(RECENT_FILES, value)

    @property
    def last_directory(self) -> str:
        """The folder the last article came from (the home folder at first)."""
        return str(self.store.value(LAST_DIRECTORY, str(Path.home())))

    @last_directory.setter
    def last_directory(self, value: str) -> None:
        self.store.setValue(LAST_DIRECTORY, value)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self.store.sync()


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


# The smallest window the three panes and the tool bar's controls are usable in.
MIN_WINDOW_SIZE = QSize(640, 420)


def _room(screen: QScreen | None) -> QSize | None:
    """The inside a window can have on `screen` (default: the primary one), or None."""
    screen = screen or QGuiApplication.primaryScreen()
    if screen is None:
        return None
    room = screen.availableGeometry()
    # resize() sets the inside: the frame and title bar come on top of it.
    return QSize(room.width() * 95 // 100, room.height() * 90 // 100)


def first_window_size() -> QSize:
    """1200 x 780, or less on a small screen: a 1366 x 768 laptop lost the status bar."""
    room = _room(None)
    size = QSize(1200, 780)
    return size if room is None else size.boundedTo(room)


def fit_window_size(size: QSize, screen: QScreen | None = None) -> QSize:
    """`size` (from old settings, say) at least `MIN_WINDOW_SIZE` and at most what fits `screen`."""
    size = size.expandedTo(MIN_WINDOW_SIZE)
    room = _room(screen)
    return size if room is None else size.boundedTo(room)
