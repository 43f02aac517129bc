"""The desktop integration files: the SVG icon and the .desktop entry."""

from __future__ import annotations

import configparser
from importlib import resources

from app.gui.icons import app_icon


def test_the_svg_icon_renders(qapp):
    pixmap = app_icon().pixmap(64, 64)
    assert not pixmap.isNull()
    assert pixmap.toImage().pixelColor(32, 32).alpha() > 0


def test_desktop_entry_launches_keyfacts_with_a_file():
    text = (resources.files("app.resources") / "keyfacts.desktop").read_text(encoding="utf-8")
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read_string(text)
    entry = parser["Desktop Entry"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "keyfacts"
    assert "%f" in entry["Exec"]
    assert entry["Icon"] == "keyfacts"
    assert "text/plain" in entry["MimeType"].split(";")


def test_open_dialog_filters_cover_every_format_the_loader_reads():
    from app.core import loading
    from app.gui.dialogs import open_filters

    first = open_filters()[0]
    for name in ("TEXT_SUFFIXES", "MARKDOWN_SUFFIXES", "HTML_SUFFIXES"):
        for suffix in getattr(loading, name, ()):
            if suffix:
                assert f"*{suffix}" in first.split("(")[1], suffix
    for suffix in (".pdf", ".docx", ".rtf"):
        assert f"*{suffix}" in first
    assert open_filters()[-1] == "All files (*)"
