"""The length control's label before and after the first article."""

from __future__ import annotations

from app.core.options import SummaryLength
from app.gui.length_control import LengthControl


def control(qtbot) -> LengthControl:  # type: ignore[no-untyped-def]
    widget = LengthControl([("default", "the default"), ("lead", "the first sentences")])
    qtbot.addWidget(widget)
    return widget


def test_before_any_article_the_automatic_length_says_auto_not_one(qtbot):
    widget = control(qtbot)
    assert widget.value_label.text() == "auto"
    widget.set_article(20, 4)
    assert widget.value_label.text() == "4 of 20"


def test_a_chosen_length_is_shown_before_any_article(qtbot):
    widget = control(qtbot)
    widget.set_length(SummaryLength(sentences=5))
    assert widget.value_label.text() == "5"


def test_a_new_window_says_auto(window):  # type: ignore[no-untyped-def]
    assert window.length_control.value_label.text() == "auto"
