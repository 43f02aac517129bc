"""Work spread over event-loop turns, so that input, painting and timers get in between.

`QTimer.singleShot(0, ...)` is no help there: Qt 6 turns a zero-delay single shot into a queued
call, and queued calls are all delivered before the event loop looks at timers again, so a chain
of them (each a few tens of ms on a 1 MB article) blocks the UI thread as one long stretch. A
real zero-interval timer waits its turn behind the timers and events already due.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer


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
