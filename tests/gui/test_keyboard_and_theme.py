"""Keyboard use, themes and the entry point."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.gui import theme
from app.gui.entry import main


def test_arrow_keys_in_the_facts_pane_move_the_article(loaded, qtbot):
    facts = loaded.facts_view
    facts.setFocus()
    first = facts.fact_items()[0]
    facts.setCurrentItem(first)
    qtbot.keyClick(facts, Qt.Key.Key_Down)
    current = facts.currentItem()
    assert current is not first
    start, end = current.data(0, Qt.ItemDataRole.UserRole)
    assert loaded.article_view.textCursor().selectedText() == loaded.analysis.text[start:end]


def test_panes_have_accessible_names_and_buddies(window):
    for view in (window.article_view, window.summary_view, window.facts_view):
        assert view.accessibleName()
    assert window.length_control.slider.accessibleName() == "Summary length"


def test_dark_theme_recolours_the_marks(loaded, qtbot):
    app = QApplication.instance()
    try:
        loaded.set_theme("dark")
        qtbot.waitUntil(lambda: theme.is_dark(loaded.article_view.palette()))
        expected = theme.highlights(loaded.article_view.palette()).summary

        def recoloured() -> bool:
            view = loaded.article_view
            marks = [m for m in view.extraSelections() if not m.format.fontStrikeOut()]
            return bool(marks) and all(m.format.background().color() == expected for m in marks)

        qtbot.waitUntil(recoloured)
    finally:
        theme.apply_theme(app, "light")


def test_entry_point_version_and_help(capsys):
    assert main(["--version"]) == 0
    assert "keyfacts" in capsys.readouterr().out
    assert main(["--help"]) == 0
    assert "--sample" in capsys.readouterr().out
