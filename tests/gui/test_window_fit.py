"""The window at small sizes: the tool bar fits 800 px, restored sizes fit the screen and panes."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QToolBar, QToolButton

from app.gui.main_window import MainWindow
from app.gui.settings import MIN_WINDOW_SIZE, Settings, app_settings


def test_the_tool_bar_shows_everything_on_an_800_pixel_screen(window, qtbot):
    # The first window on an 800 x 600 screen is 760 px wide (settings.first_window_size).
    window.resize(760, 540)
    tool_bar = window.findChild(QToolBar, "mainToolBar")
    qtbot.waitUntil(lambda: tool_bar.width() <= 760)
    assert tool_bar.sizeHint().width() <= 760
    extension = tool_bar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible()
    for action in tool_bar.actions():
        if not action.isSeparator():
            assert tool_bar.widgetForAction(action).isVisible(), action.objectName()
    hide = tool_bar.widgetForAction(window.acts.hide_duplicates)
    assert not window.acts.hide_duplicates.icon().isNull() and hide.toolTip()


def _window_with_saved_size(qtbot, size: QSize) -> MainWindow:
    first = MainWindow()
    qtbot.addWidget(first)
    first.resize(size)
    first.save_settings()
    first.close()
    again = MainWindow()
    qtbot.addWidget(again)
    return again


def test_a_tiny_saved_window_is_enlarged_so_the_panes_fit(qtbot):
    again = _window_with_saved_size(qtbot, QSize(200, 120))
    assert again.width() >= MIN_WINDOW_SIZE.width()
    assert again.height() >= MIN_WINDOW_SIZE.height()


def test_a_saved_window_larger_than_the_screen_is_clamped(qtbot):
    again = _window_with_saved_size(qtbot, QSize(5000, 4000))
    room = again.screen().availableGeometry()
    assert again.width() <= room.width() and again.height() <= room.height()
    assert Settings(app_settings()).geometry is not None
