"""Find in the article: Ctrl+F opens the bar; Enter, Shift+Enter and F3 step through matches."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from app.gui.find_bar import FindBar

TEXT = "The ferry left at dawn.\nA second Ferry came at noon.\nNo boat came at night."


def _bar(qtbot):  # type: ignore[no-untyped-def]
    view = QPlainTextEdit()
    view.setPlainText(TEXT)
    bar = FindBar(view)
    qtbot.addWidget(view)
    qtbot.addWidget(bar)
    bar.open_bar()
    return view, bar


def test_typing_finds_the_first_match_ignoring_case_and_counts_them(qtbot):  # type: ignore[no-untyped-def]
    view, bar = _bar(qtbot)
    qtbot.keyClicks(bar.field, "FERRY")
    assert view.textCursor().selectedText() == "ferry"
    assert view.textCursor().selectionStart() == TEXT.index("ferry")
    assert bar.count_label.text() == "2 matches"


def test_enter_steps_forward_wrapping_and_shift_enter_steps_back(qtbot):  # type: ignore[no-untyped-def]
    view, bar = _bar(qtbot)
    qtbot.keyClicks(bar.field, "came")
    first, second = TEXT.index("came"), TEXT.rindex("came")
    assert view.textCursor().selectionStart() == first
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)
    assert view.textCursor().selectionStart() == second
    qtbot.keyClick(bar.field, Qt.Key.Key_Return)  # round to the first again
    assert view.textCursor().selectionStart() == first
    qtbot.keyClick(bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert view.textCursor().selectionStart() == second


def test_no_match_says_so_and_keeps_the_selection(qtbot):  # type: ignore[no-untyped-def]
    view, bar = _bar(qtbot)
    qtbot.keyClicks(bar.field, "dawn")
    assert not bar.find_next() or view.textCursor().selectedText() == "dawn"
    bar.field.setText("harbour")
    assert bar.find_next() is False
    assert bar.count_label.text() == "No matches"
    assert view.textCursor().selectedText() == "dawn"


def test_escape_closes_the_bar_and_returns_to_the_article(qtbot):  # type: ignore[no-untyped-def]
    view, bar = _bar(qtbot)
    view.show()
    bar.show()
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()


def test_the_window_has_find_actions_on_the_article(window, qtbot, sample_path):  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.analysisFinished, timeout=20000):
        window.open_path(sample_path)
    window.acts.find.trigger()
    bar = window.panes.find_bar
    assert bar.isVisible()
    word = window.analysis.document.sentences[0].text.split()[1]
    bar.field.setText(word)
    window.acts.find_next.trigger()
    assert window.article_view.textCursor().selectedText().casefold() == word.casefold()
    # Esc in the field closes the bar, although the window's Esc cancels an analysis.
    window.show()
    window.acts.find.trigger()
    qtbot.waitUntil(bar.field.hasFocus)
    qtbot.keyClick(bar.field, Qt.Key.Key_Escape)
    assert not bar.isVisible()
