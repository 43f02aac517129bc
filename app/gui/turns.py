"""Work spread over event-loop turns, so that input, painting and timers get in between.

`QTimer.singleShot(0, ...)` is no help there: Qt 6 turns a zero-delay single shot into a queued
call, and queued calls are all delivered before the event loop looks at timers again, so a chain
of them (each a few tens of ms on a 1 MB article) blocks the UI thread as one long stretch. A
real zero-interval timer waits its turn behind the timers and events already due.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer

# How long a thread may hold the GIL while another waits for it, in the GUI process (Python's
# default is 5 ms). The UI thread takes the GIL several times per event-loop turn, and with the
# analysis thread busy each take waited up to a whole interval: analysing a 1 MB article blocked
# the UI for 110-130 ms at 5 ms and 45-55 ms at 1 ms, for an analysis about 3% slower (bench_gui,
# load 1, 2 cores; RESULTS.md "Round 13 on main").
UI_SWITCH_INTERVAL = 0.001


def favour_the_ui_thread() -> None:
    """Let a waiting thread (the UI's) take the GIL sooner from a busy one (the analysis)."""
    sys.setswitchinterval(UI_SWITCH_INTERVAL)


def next_turn(owner: QObject, callback: Callable[[], None]) -> None:
    """Call `callback` in a later turn of the event loop (never if `owner` is deleted first)."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(0)
    timer.timeout.connect(callback)
    timer.timeout.connect(timer.deleteLater)
    timer.start()


def release_later(owner: QObject, value: object) -> None:
    """Keep `value` alive until a later turn of the event loop, then drop this reference.

    Freeing a replaced 1 MB article's analysis (millions of objects) takes about 20 ms; done
    in a turn of its own, it does not add to the turn that shows the new article.
    """
    held = [value]
    next_turn(owner, held.clear)


class _FirstPaint(QObject):
    """Calls back once, in the turn after `watched` first paints (or after `fallback_ms`)."""

    def __init__(self, watched: QObject, callback: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(watched)
        self._watched = watched
        self._callback: Callable[[], None] | None = callback
        watched.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.Paint:
            next_turn(self, self._fire)
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        if callback is None:
            return
        self._watched.removeEventFilter(self)
        callback()
        self.deleteLater()


def after_first_paint(
    widget: QObject, callback: Callable[[], None], fallback_ms: int = 2000
) -> None:
    """Call `callback` in the event-loop turn after `widget` first paints, or after
    `fallback_ms` if it has not painted by then (a hidden or never-exposed window).

    For work that competes with the first paint for the GIL, such as importing the engine in a
    worker thread: each return from Qt into Python while painting waits for the worker's turn."""
    _FirstPaint(widget, callback, fallback_ms)
