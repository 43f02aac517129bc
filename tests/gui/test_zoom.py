"""Text size: Ctrl++ / Ctrl+- / Ctrl+0 zoom the three panes together, within bounds, remembered."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel

from app.gui.main_window import MainWindow
from app.gui.zoom import MAX_STEP, MIN_STEP, TextZoom


def test_steps_change_every_widget_and_stay_within_bounds(qtbot):  # type: ignore[no-untyped-def]
    labels = [QLabel("a"), QLabel("b")]
    for label in labels:
        qtbot.addWidget(label)
    base = [label.font().pointSizeF() for label in labels]
    zoom = TextZoom(labels)
    zoom.zoom_in()
    zoom.zoom_in()
    assert [label.font().pointSizeF() for label in labels] == [b + 2 for b in base]
    assert zoom.set_step(999) == MAX_STEP
    assert zoom.set_step(-999) == MIN_STEP
    zoom.reset()
    assert [label.font().pointSizeF() for label in labels] == base


def test_zoom_reaches_the_panes_and_the_headline_and_is_remembered(loaded, qtbot):  # type: ignore[no-untyped-def]
    view = loaded.article_view
    base = view.font().pointSizeF()
    loaded.acts.zoom_in.trigger()
    loaded.acts.zoom_in.trigger()
    assert view.font().pointSizeF() == base + 2
    assert loaded.summary_view.font().pointSizeF() > base  # the summary grows too
    title = loaded.analysis.document.title
    assert title is not None
    cursor = QTextCursor(view.document())
    cursor.setPosition(1)  # inside the headline, which opens the article
    assert cursor.charFormat().fontPointSize() == (base + 2) * 1.3
    loaded.close()
    again = MainWindow()
    qtbot.addWidget(again)
    assert again.zoom.step == 2
    again.acts.zoom_reset.trigger()
    assert again.article_view.font().pointSizeF() == base
