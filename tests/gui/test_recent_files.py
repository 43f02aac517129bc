"""File > Open Recent: long names lose their middle, the full path stays in the status tip.

QA found long file names shown in full, stretching the menu across the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu

from app.gui.recent_files import RecentFiles


def _menu_with(qtbot, tmp_path, *names):  # type: ignore[no-untyped-def]
    menu = QMenu()
    qtbot.addWidget(menu)
    settings = QSettings(str(tmp_path / "recent.ini"), QSettings.Format.IniFormat)
    recent = RecentFiles(settings, menu)
    paths = []
    for name in names:
        path = tmp_path / name
        path.write_text("An article.", encoding="utf-8")
        recent.add(str(path))
        paths.append(str(path))
    files = [a for a in menu.actions() if a.statusTip()]
    return files, paths


def test_a_long_name_is_elided_in_the_middle_with_the_full_path_in_the_tips(qtbot, tmp_path):
    name = "council-minutes-" + "very-long-agenda-item-" * 8 + "final.txt"
    (action,), (path,) = _menu_with(qtbot, tmp_path, name)
    label = action.text()
    assert "…" in label
    assert len(label) < len(name) // 2
    assert label.startswith("&1 council-minutes")
    assert label.endswith("final.txt")
    assert action.statusTip() == path
    assert action.toolTip() == path


def test_a_short_name_is_shown_whole_and_an_ampersand_is_not_a_mnemonic(qtbot, tmp_path):
    (action,), _ = _menu_with(qtbot, tmp_path, "cats & dogs.txt")
    assert action.text() == "&1 cats && dogs.txt"
