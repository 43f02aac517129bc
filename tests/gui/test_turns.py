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


def test_work_after_the_first_paint_waits_for_it_and_runs_once(qtbot):
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QWidget

    from app.gui.turns import after_first_paint

    widget = QWidget()
    qtbot.addWidget(widget)
    painted: list[bool] = []
    calls: list[bool] = []

    class Painted(QObject):
        def eventFilter(self, watched, event):  # type: ignore[no-untyped-def]
            if event.type() == QEvent.Type.Paint:
                painted.append(True)
            return False

    spy = Painted(widget)
    widget.installEventFilter(spy)
    after_first_paint(widget, lambda: calls.append(bool(painted)), fallback_ms=60_000)
    qtbot.wait(50)
    assert calls == []  # not shown, not painted: nothing yet
    widget.show()
    qtbot.waitUntil(lambda: calls != [], timeout=5000)
    assert calls == [True]  # after the paint
    widget.update()
    qtbot.wait(100)
    assert calls == [True]  # once


def test_work_after_the_first_paint_runs_anyway_when_nothing_paints(qtbot):
    from PySide6.QtWidgets import QWidget

    from app.gui.turns import after_first_paint

    widget = QWidget()  # never shown
    qtbot.addWidget(widget)
    calls: list[int] = []
    after_first_paint(widget, lambda: calls.append(1), fallback_ms=100)
    qtbot.waitUntil(lambda: calls == [1], timeout=5000)
    qtbot.wait(150)
    assert calls == [1]
