"""Settings: every key the window writes is one of settings.KEYS, read back with its type."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from app.core.options import SummaryLength
from app.gui import settings
from app.gui.settings import Settings


def test_every_key_written_is_declared(loaded, qtbot):
    loaded.set_theme("light")
    loaded.save_settings()
    store = settings.app_settings()
    written = set(store.allKeys())
    assert {settings.GEOMETRY, settings.RECENT_FILES, settings.LAST_DIRECTORY} <= written
    assert written <= set(settings.KEYS)


def test_values_keep_their_types_and_old_formats(tmp_path):
    store = QSettings(str(tmp_path / "old.ini"), QSettings.Format.IniFormat)
    # As an older version wrote them: strings in the INI file.
    store.setValue(settings.HIDE_DUPLICATES, "true")
    store.setValue(settings.LENGTH, "percent:30")
    store.setValue(settings.RECENT_FILES, "/one/file.txt")
    typed = Settings(store)
    assert typed.hide_duplicates is True
    assert typed.length == SummaryLength(ratio=0.3)
    assert typed.recent_files == ["/one/file.txt"]
    assert typed.theme == "system" and typed.method == "default"
    assert typed.geometry is None and typed.splitters == (None, None)
    typed.length = SummaryLength(sentences=4)
    assert store.value(settings.LENGTH) == "sentences:4"
