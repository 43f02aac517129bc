"""GUI test setup: offscreen Qt, settings in a temporary folder, sample files.

QT_QPA_PLATFORM is set here, before anything imports Qt, so the tests need no display.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

# The offscreen platform plugin says so when a window with size limits is shown; it is about the
# test platform, not the app.
_OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"

# My own test article (not the seed article): a headline, four paragraphs, one repeated.
ARTICLE = """Lakeside town opens a library in a disused railway station
The town of Merrow Lake opened its new public library on Saturday in the old railway station, which had stood empty since 1998. The project cost £2.4 million and took three years to finish.
Librarian Ada Finch said the building "finally has trains of thought instead of trains". The library will stay open until nine o'clock on weekdays.
The county council, which paid for half of the work, said it would launch a reading programme for children in the spring of 2027. Councillor Omar Vance called it "the best thing to happen to the town in decades".
Critics said the money should have gone to road repairs. A petition with 800 signatures was handed to the mayor in March 2026.
The town of Merrow Lake opened its new public library on Saturday in the old railway station, which had stood empty since 1998. The project cost £2.4 million and took three years to finish.
"""  # noqa: E501


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every GUI test ignores the offscreen plugin's size-hint notice (and only that)."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore(_OFFSCREEN_NOISE))


@pytest.fixture(autouse=True)
def settings_dir(tmp_path: Path) -> Iterator[Path]:
    """Point QSettings (INI format, user scope) at a fresh folder for every test."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture
def sample_path() -> Path:
    """The sample article shipped with the app: the file Help > Open the Sample Article opens."""
    from app.gui.dialogs import sample_path as shipped_sample

    return shipped_sample()


@pytest.fixture
def article_path(tmp_path: Path) -> Path:
    """A small article of my own with a repeated paragraph, as a UTF-8 file."""
    path = tmp_path / "library.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def window(qtbot):  # type: ignore[no-untyped-def]
    """A shown main window (closed and deleted after the test)."""
    from app.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    # Let running jobs report back before the window goes, so no signal hits a dead object.
    qtbot.waitUntil(lambda: not win.is_busy(), timeout=20000)


@pytest.fixture
def loaded(window, qtbot, article_path):  # type: ignore[no-untyped-def]
    """The main window with `article_path` analysed."""
    with qtbot.waitSignal(window.analysisFinished, timeout=20000):
        window.open_path(article_path)
    return window
