"""The window's actions come from one table: each row is an action, in a menu or the tool bar."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence

from app.gui import window_actions
from app.gui.window_actions import ACTIONS, MENUS, TOOL_BAR


def test_every_row_is_an_action_of_the_window_with_its_shortcut(window):
    for spec in ACTIONS:
        action = window.findChild(QAction, spec.name)
        assert action is getattr(window.acts, spec.attribute), spec.name
        assert action in window.actions(), spec.name
        assert action.text() == spec.text
        if isinstance(spec.shortcut, str):
            assert action.shortcut() == QKeySequence(spec.shortcut), spec.name
        elif spec.shortcut is not None:
            assert not action.shortcut().isEmpty(), spec.name


def test_every_action_is_in_a_menu_once(window):
    names = window.acts.by_attribute
    in_menus = [item for _title, items in MENUS for item in items if item in names]
    assert sorted(in_menus) == sorted(spec.attribute for spec in ACTIONS)
    assert set(TOOL_BAR) - set(window.acts.by_attribute) == {
        window_actions.SEPARATOR,
        window_actions.CONTROLS,
    }


def test_standard_keys_where_qt_has_them(window):
    standard = {spec.name: spec.shortcut for spec in ACTIONS}
    key = QKeySequence.StandardKey
    assert standard["actionOpen"] == key.Open and standard["actionQuit"] == key.Quit
    assert standard["actionSaveMarkdown"] == key.Save


def test_triggering_a_row_calls_its_slot(loaded, qtbot):
    shown = loaded.article_view.toPlainText()
    loaded.acts.hide_duplicates.trigger()  # set_hide_duplicates(True): the struck copies go
    assert loaded.acts.hide_duplicates.isChecked()
    assert len(loaded.article_view.toPlainText()) < len(shown)
    loaded.acts.focus_facts.trigger()
    qtbot.waitUntil(loaded.facts_view.hasFocus)
