"""Edit > Article Date…: the reader sets the day an undated article was written."""

from __future__ import annotations

import datetime
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QPushButton

from app.gui.article_date import ArticleDateDialog

# My own article: relative days and no dateline.
UNDATED = """Bridge to reopen after repairs

The Harlow Street bridge will reopen on Thursday after six weeks of repairs, the council said.

Engineers finished the work last week. Buses will return to the route on Monday.

"It has been a long six weeks for everyone," said councillor Dana Webb.
"""
SUNDAY = datetime.date(2026, 12, 6)


@pytest.fixture
def undated(window, qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "bridge.txt"
    path.write_text(UNDATED, encoding="utf-8")
    with qtbot.waitSignal(window.analysisFinished, timeout=20000):
        window.open_path(path)
    return window


def _dates(window) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return {d.text: d.value for d in window.analysis.facts.dates}


def _dates_group(window):  # type: ignore[no-untyped-def]
    group = window.facts_view.topLevelItem(0)
    assert group.text(0).startswith("Dates")
    return group


def test_an_undated_article_offers_to_set_its_date(undated, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    assert set(_dates(undated).values()) == {None}
    group = _dates_group(undated)
    assert group.text(1) == "Set the article’s date…"
    shown: list[ArticleDateDialog] = []

    def accept_sunday(dialog: ArticleDateDialog) -> int:  # the reader picks a day, clicks OK
        shown.append(dialog)
        dialog.edit.setDate(QDate(2026, 12, 6))
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(ArticleDateDialog, "exec", accept_sunday)
    undated.facts_view.itemClicked.emit(group, 1)  # a click on the link
    assert len(shown) == 1
    qtbot.waitUntil(lambda: _dates(undated).get("Thursday") == "2026-12-10", timeout=10000)
    # A click on the group's name only folds or shows the group.
    undated.facts_view.itemClicked.emit(_dates_group(undated), 0)
    assert len(shown) == 1


def test_setting_the_date_places_the_dates_and_keeps_the_rest(undated, qtbot) -> None:  # type: ignore[no-untyped-def]
    before = undated.analysis
    undated.dating.set_date(SUNDAY)
    qtbot.waitUntil(lambda: _dates(undated).get("Thursday") is not None, timeout=10000)
    assert _dates(undated) == {
        "Thursday": "2026-12-10",
        "last week": "2026-11",  # week 48 of 2026, 23-29 November: the contract value is its month
        "Monday": "2026-12-07",
    }
    assert undated.analysis.summary == before.summary
    assert undated.analysis.facts.quotes == before.facts.quotes
    assert _dates_group(undated).text(1) == "read from 6 Dec 2026"
    details = {item.text(0): item.text(1) for item in undated.facts_view.fact_items()}
    assert details["Thursday"] == "10 Dec 2026"
    assert undated.statusBar().currentMessage() == "Dates read from 6 Dec 2026"
    # Back to the article's own date: it has none.
    undated.dating.set_date(None)
    qtbot.waitUntil(lambda: _dates(undated).get("Thursday") is None, timeout=10000)
    assert _dates_group(undated).text(1) == "Set the article’s date…"


def test_a_summary_made_meanwhile_keeps_the_dates_read_from_the_set_date(
    undated, qtbot, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    from app.core import analysis as engine

    gate = threading.Event()
    real = engine.resummarize

    def slow_resummarize(*args):  # type: ignore[no-untyped-def]
        gate.wait(10)
        return real(*args)

    monkeypatch.setattr(engine, "resummarize", slow_resummarize)
    undated.length_control.slider.setValue(1)  # a summary of the undated analysis starts
    qtbot.waitUntil(lambda: undated.resummary.busy, timeout=5000)
    undated.dating.set_date(SUNDAY)  # and the dates are read again meanwhile
    qtbot.waitUntil(lambda: _dates(undated).get("Thursday") is not None, timeout=10000)
    with qtbot.waitSignal(undated.summaryUpdated, timeout=10000):
        gate.set()
    assert len(undated.analysis.summary) == 1
    assert _dates(undated)["Thursday"] == "2026-12-10"
    assert undated.analysis.options.reference_date == SUNDAY


def test_the_action_is_in_the_edit_menu_and_needs_an_article(window, undated) -> None:  # type: ignore[no-untyped-def]
    action = window.findChild(QAction, "actionArticleDate")
    assert action is not None and action.isEnabled()
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert action in edit.actions()


def test_the_action_is_off_before_an_article(window) -> None:  # type: ignore[no-untyped-def]
    assert not window.findChild(QAction, "actionArticleDate").isEnabled()


def test_the_dialog_starts_at_the_articles_own_date_and_can_go_back_to_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    own = datetime.date(2026, 3, 2)
    dialog = ArticleDateDialog(None, own)
    qtbot.addWidget(dialog)
    assert dialog.edit.date().toPython() == own
    button = dialog.findChild(QPushButton, "articleDateReset")
    assert button.text() == "Use the Article’s Own Date"
    button.click()
    assert dialog.result() == ArticleDateDialog.DialogCode.Accepted
    assert dialog.chosen() is None


def test_the_dialog_gives_the_date_chosen(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ArticleDateDialog(None, None, today=SUNDAY)
    qtbot.addWidget(dialog)
    assert dialog.edit.date().toPython() == SUNDAY
    dialog.edit.setDate(dialog.edit.date().addDays(-3))
    box = dialog.findChild(QDialogButtonBox)
    box.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.chosen() == datetime.date(2026, 12, 3)
