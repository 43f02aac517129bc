"""Whether the app can open a window here, and one plain line saying what to do when it cannot.

Without a display, Qt prints its plugin diagnostics and aborts the process. On Linux (and other
X11/Wayland systems) the app checks first:

- no `DISPLAY`, no `WAYLAND_DISPLAY` and no platform chosen (`QT_QPA_PLATFORM`, `-platform`):
  refused at once, before Qt is started;
- an X display that Qt's xcb plugin cannot use (missing xcb libraries, a display that does not
  answer): Qt is given the platform list "xcb;offscreen", so it falls back to offscreen instead
  of aborting; `QGuiApplication.platformName()` then tells, and the app refuses. No subprocess
  probe, so start-up costs nothing extra.

Windows and macOS always have a display; nothing is checked there.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

PLATFORM_VARIABLE = "QT_QPA_PLATFORM"
_FALLBACK = "offscreen"
_XCB_LIBRARIES = "libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxkbcommon-x11-0"
_ELSEWHERE = (
    "run it under a virtual display (xvfb-run keyfacts; apt install xvfb), "
    "or set QT_QPA_PLATFORM=offscreen to run without a window"
)
NO_DISPLAY = (
    f"keyfacts: no display to open a window on: start it in a desktop session, or {_ELSEWHERE}"
)
XCB_FAILED = (
    "keyfacts: cannot open a window: Qt's X11 (xcb) platform plugin did not start; install "
    f"{_XCB_LIBRARIES} (Debian/Ubuntu names) and check DISPLAY, or {_ELSEWHERE}"
)


def _checked_here(platform: str = sys.platform) -> bool:
    return not platform.startswith(("win", "darwin", "cygwin"))


def platform_chosen(environ: Mapping[str, str], qt_args: Sequence[str]) -> bool:
    """Whether the user picked a Qt platform (the variable or Qt's `-platform` option)."""
    return bool(environ.get(PLATFORM_VARIABLE)) or any(
        a.lstrip("-").split("=", 1)[0] == "platform" for a in qt_args
    )


def missing_display(environ: Mapping[str, str], qt_args: Sequence[str]) -> str | None:
    """The line to print when there is clearly no display here, else None."""
    if not _checked_here() or platform_chosen(environ, qt_args):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return NO_DISPLAY


@contextmanager
def xcb_with_fallback(qt_args: Sequence[str]) -> Iterator[None]:
    """While the QApplication is built: let a failing xcb plugin fall back to offscreen, quietly.

    Only on an X display with no Wayland one and no platform chosen (there Qt would pick xcb
    anyway). Qt's plugin messages during that time are held back; `xcb_failed()` says whether
    the fallback happened, and the caller prints its own line.
    """
    environ = os.environ
    applies = (
        _checked_here()
        and not platform_chosen(environ, qt_args)
        and bool(environ.get("DISPLAY"))
        and not environ.get("WAYLAND_DISPLAY")
    )
    if not applies:
        yield
        return
    held: list[str] = []

    def hold(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if context.category and context.category.startswith("qt.qpa"):
            held.append(message)
        else:
            print(message, file=sys.stderr)

    environ[PLATFORM_VARIABLE] = f"xcb;{_FALLBACK}"
    previous = qInstallMessageHandler(hold)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)
        del environ[PLATFORM_VARIABLE]


def xcb_failed(platform_name: str, qt_args: Sequence[str]) -> bool:
    """Whether Qt fell back to offscreen although nobody asked for it (see `xcb_with_fallback`)."""
    return (
        _checked_here()
        and platform_name == _FALLBACK
        and not platform_chosen(os.environ, qt_args)
        and bool(os.environ.get("DISPLAY"))
    )
