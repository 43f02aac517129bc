"""Drops of files and text, paste as new article, copying and saving."""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication
from PySide6.QtWidgets import QApplication

from app.gui.drops import read_mime
from tests.gui.conftest import ARTICLE


def _drop(window, mime: QMimeData) -> bool:
    """Drag `mime` over the window and drop it; returns whether the drag was accepted."""
    point = QPointF(window.width() / 2, window.height() / 2)
    actions = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(
        point.toPoint(), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        point, actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(window, drop)
    return drop.isAccepted()


def test_drop_of_a_file_url_opens_it(window, qtbot, article_path):
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(article_path))])
    with qtbot.waitSignal(window.analysisFinished, timeout=20000) as blocker:
        assert _drop(window, mime)
    assert blocker.args[0].loaded.source == str(article_path)


def test_drop_of_several_files_opens_the_first_and_says_so(window, qtbot, article_path, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("Another article.\nWith a second paragraph here.\n", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(article_path)), QUrl.fromLocalFile(str(other))])
    with qtbot.waitSignal(window.analysisFinished, timeout=20000) as blocker:
        assert _drop(window, mime)
    assert blocker.args[0].loaded.source == str(article_path)
    assert "one article at a time" in window.message_bar.text()
    assert "1 file" in window.message_bar.text()


def test_drop_of_plain_text_analyses_it(window, qtbot):
    mime = QMimeData()
    mime.setText(ARTICLE)
    with qtbot.waitSignal(window.analysisFinished, timeout=20000) as blocker:
        assert _drop(window, mime)
    assert blocker.args[0].loaded.source == "dropped text"
    assert "Merrow Lake" in window.article_view.toPlainText()


def test_drag_of_nothing_usable_is_refused(window):
    assert not _drop(window, QMimeData())


def test_paste_as_new_article(window, qtbot):
    QGuiApplication.clipboard().setText(ARTICLE)
    with qtbot.waitSignal(window.analysisFinished, timeout=20000) as blocker:
        window.acts.paste.trigger()
    assert blocker.args[0].loaded.source == "pasted text"


def test_read_mime_prefers_files_and_reports_remote_urls():
    mime = QMimeData()
    mime.setUrls([QUrl("ftp://example.org/a.html")])
    payload = read_mime(mime)
    assert not payload
    assert payload.remote == ("ftp://example.org/a.html",)
    mime = QMimeData()
    mime.setUrls([QUrl("https://example.org/a.html")])
    mime.setText("https://example.org/a.html")
    assert read_mime(mime).url == "https://example.org/a.html"
    assert read_mime(mime).text is None
    mime = QMimeData()
    mime.setText("  https://example.org/b  \n")
    assert read_mime(mime).url == "https://example.org/b"
    mime.setText("Read https://example.org/b today")
    assert read_mime(mime).url is None
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile("/tmp/a.txt")])
    mime.setText("/tmp/a.txt")
    assert read_mime(mime).paths == ("/tmp/a.txt",)
    assert read_mime(mime).text is None


def test_copy_summary_puts_text_and_html_on_the_clipboard(loaded):
    loaded.acts.copy_summary.trigger()
    clipboard = QGuiApplication.clipboard()
    text = clipboard.text()
    for sentence in loaded.analysis.summary:
        assert sentence.text in text
    mime = clipboard.mimeData()
    assert mime.hasHtml()
    assert "<p>" in mime.html()


def test_copy_facts_and_markdown(loaded):
    loaded.acts.copy_facts.trigger()
    facts = QGuiApplication.clipboard().text()
    assert "Dates" in facts and "Quotes" in facts
    for quote in loaded.analysis.facts.quotes:
        assert quote.text in facts
    loaded.acts.copy_markdown.trigger()
    markdown = QGuiApplication.clipboard().text()
    assert markdown.startswith("# ")
    assert "## Summary" in markdown and "## Key facts" in markdown


def test_copy_actions_are_disabled_without_an_article(window):
    assert not window.acts.copy_summary.isEnabled()
    assert not window.acts.save_markdown.isEnabled()


def test_save_markdown_and_json(loaded, tmp_path):
    markdown = tmp_path / "out.md"
    assert loaded.save_markdown(str(markdown))
    assert "## Summary" in markdown.read_text(encoding="utf-8")
    data = tmp_path / "out.json"
    assert loaded.save_json(str(data))
    obj = json.loads(data.read_text(encoding="utf-8"))
    assert obj["text"] == loaded.analysis.text
    for item in obj["summary"]:
        assert obj["text"][item["start"] : item["end"]] == item["text"]


def test_saving_never_overwrites_the_source_file(loaded, article_path):
    before = article_path.read_bytes()
    assert not loaded.save_markdown(str(article_path))
    assert article_path.read_bytes() == before
    assert "never overwrites" in loaded.message_bar.text()
