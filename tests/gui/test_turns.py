"""`next_turn`: work split over event-loop turns lets what is already due run in between."""

from __future__ import annotations

import time
import weakref

from PySide6.QtCore import QObject, QTimer

from app.gui.turns import next_turn, release_later


def _busy(seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        pass


def test_a_timer_already_due_runs_before_the_next_turn(qtbot):
    """A 1 ms timer due while a step works fires before the next step (input waits no longer)."""
    owner = QObject()
    order: list[str] = []
    due = QTimer()
    due.setSingleShot(True)
    due.setInterval(1)
    due.timeout.connect(lambda: order.append("timer"))

    def first() -> None:
        due.start()
        _busy(0.02)  # the timer is overdue when this step ends
        next_turn(owner, lambda: order.append("second"))

    next_turn(owner, first)
    qtbot.waitUntil(lambda: len(order) == 2)
    assert order == ["timer", "second"]


def test_nothing_runs_once_the_owner_is_gone(qtbot):
    owner = QObject()
    called: list[bool] = []
    next_turn(owner, lambda: called.append(True))
    owner.deleteLater()
    qtbot.wait(50)
    assert called == []


def test_a_released_value_lives_until_a_later_turn(qtbot):
    class Analysis:  # stands in for a replaced article's analysis
        pass

    owner = QObject()
    value = Analysis()
    alive = weakref.ref(value)
    release_later(owner, value)
    del value
    assert alive() is not None
    qtbot.waitUntil(lambda: alive() is None)
