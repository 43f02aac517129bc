"""Web addresses dropped or pasted on the window are fetched off the UI thread."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QUrl
from PySide6.QtGui import QGuiApplication

from tests.fixtures.web_server import closed_port, serve, standard_routes
from tests.gui.test_drops_and_clipboard import _drop


@pytest.fixture(autouse=True)
def _no_proxies(monkeypatch):
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def base():
    with serve(standard_routes()) as address:
        yield address


def test_a_dropped_browser_link_is_fetched_and_its_metadata_shown(window, qtbot, base):
    mime = QMimeData()  # as a browser drops a link: text/uri-list plus the URL as text
    mime.setUrls([QUrl(base + "/moved")])
    mime.setText(base + "/moved")
    with qtbot.waitSignal(window.analysisFinished, timeout=20000) as blocker:
        assert _drop(window, mime)
    analysis = blocker.args[0]
    assert analysis.loaded.source == base + "/moved"
    assert analysis.meta.url == base + "/story"
    assert "twice a day" in window.article_view.toPlainText()
    view = window.article_view
    assert view.meta_line == "Ana Ruiz · Harwick Gazette · 12 March 2024"
    # painted in the blank line right under the headline
    rect = view.meta_rect()
    title = view.blockBoundingGeometry(view.document().firstBlock()).translated(
        view.contentOffset()
    )
    assert rect is not None and abs(rect.top() - title.bottom()) < 1
    assert window.windowTitle().startswith("Ferry timetable changes")


def test_a_pasted_address_is_fetched(window, qtbot, base):
    QGuiApplication.clipboard().setText(base + "/story")
    with qtbot.waitSignal(window.analysisFinished, timeout=20000) as blocker:
        window.acts.paste.trigger()
    assert blocker.args[0].meta.url == base + "/story"


def test_a_link_that_cannot_be_fetched_says_why(window, qtbot):
    address = closed_port()
    mime = QMimeData()
    mime.setUrls([QUrl(address)])
    with qtbot.waitSignal(window.analysisFailed, timeout=20000):
        assert _drop(window, mime)
    message = window.message_bar.text()
    assert address in message and "refused" in message
    assert window.analysis is None


def test_a_text_without_metadata_hides_the_line(window, qtbot, article_path):
    with qtbot.waitSignal(window.analysisFinished, timeout=20000):
        window.open_path(article_path)
    assert window.article_view.meta_line == ""
    assert window.article_view.meta_rect() is None
