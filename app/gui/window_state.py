"""What the main window keeps between sessions, restored at start and saved at close.

Its geometry (fitted to the screen it opens on), the splitters' sizes, the summary's method and
length, the text zoom, the theme and whether removed duplicates are hidden, each read and written
through `settings.Settings`. Split out of `main_window.py`, whose concern is layout and the
analysis flow; these functions only need the window's public face (`Host`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from app.gui.settings import Settings, first_window_size, fit_window_size

if TYPE_CHECKING:
    from PySide6.QtCore import QByteArray, QSize
    from PySide6.QtGui import QScreen

    from app.gui.length_control import LengthControl
    from app.gui.panes import Panes
    from app.gui.window_actions import WindowActions
    from app.gui.zoom import TextZoom


class Host(Protocol):
    """What the window's state is read from and written to: its public face, not the window
    class (which calls these functions, so naming it here would tie the two modules in a
    circle)."""

    panes: Panes
    length_control: LengthControl
    zoom: TextZoom
    acts: WindowActions

    def set_hide_duplicates(self, hide: bool) -> None: ...
    def restoreGeometry(self, geometry: QByteArray | bytes | bytearray | memoryview) -> bool: ...
    def saveGeometry(self) -> QByteArray: ...
    def size(self) -> QSize: ...
    def resize(self, arg__1: QSize, /) -> None: ...
    def screen(self) -> QScreen: ...


def restore_window_state(window: Host, settings: Settings) -> None:
    """Give a new `window` the state the last session saved (a first size when none)."""
    geometry = settings.geometry
    if geometry is not None:
        window.restoreGeometry(geometry)
        fitted = fit_window_size(window.size(), window.screen())
        if fitted != window.size():  # saved on a bigger screen, or too small for the panes
            window.resize(fitted)
    else:
        window.resize(first_window_size())
    window.panes.restore_sizes(*settings.splitters)
    window.length_control.set_method(settings.method)
    window.length_control.set_length(settings.length)
    window.set_hide_duplicates(settings.hide_duplicates)
    window.zoom.set_step(settings.zoom)
    window.acts.themes.get(settings.theme, window.acts.themes["system"]).setChecked(True)


def save_window_state(window: Host, settings: Settings) -> None:
    """Write `window`'s geometry, splitter sizes, method, length and view options."""
    settings.geometry = window.saveGeometry()
    settings.splitters = window.panes.save_sizes()
    settings.method = window.length_control.method()
    settings.length = window.length_control.carried_length()
    settings.zoom = window.zoom.step
    settings.hide_duplicates = window.acts.hide_duplicates.isChecked()
    settings.sync()
