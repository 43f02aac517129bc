"""The main window: loading, contract names, errors, the live summary and navigation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QPlainTextEdit, QTextBrowser, QTreeWidget

from app.core.options import SummaryLength
from app.gui.main_window import MainWindow


def test_contract_object_names_and_shortcuts(window: MainWindow) -> None:
    assert isinstance(window.findChild(QPlainTextEdit, "articleView"), QPlainTextEdit)
    assert isinstance(window.findChild(QTextBrowser, "summaryView"), QTextBrowser)
    assert isinstance(window.findChild(QTreeWidget, "factsView"), QTreeWidget)
    shortcuts = {
        "actionOpen": QKeySequence("Ctrl+O"),
        "actionCopySummary": QKeySequence("Ctrl+Shift+C"),
        "actionPasteArticle": QKeySequence("Ctrl+Shift+V"),
    }
    for name, sequence in shortcuts.items():
        action = window.findChild(QAction, name)
        assert action is not None, name
        assert action.shortcut() == sequence, name
    assert window.findChild(QAction, "actionQuit") is not None
    assert window.acceptDrops()


def test_open_path_on_the_sample_shows_summary_facts_and_status(window, qtbot, sample_path):
    with qtbot.waitSignal(window.analysisFinished, timeout=20000) as blocker:
        window.open_path(sample_path)
    analysis = blocker.args[0]
    assert analysis.summary
    summary_text = window.summary_view.toPlainText()
    for sentence in analysis.summary:
        assert sentence.text in summary_text
    assert "Summary ready" in window.statusBar().currentMessage()
    assert analysis.document.sentences[0].text in window.article_view.toPlainText()
    assert len(window.facts_view.fact_items()) == len(analysis.facts)
    assert window.windowTitle().endswith("Keyfacts")


def test_removed_duplicates_are_struck_and_can_be_hidden(loaded, qtbot):
    analysis = loaded.analysis
    assert analysis.dedup.removed, "the fixture repeats a paragraph"

    def struck() -> int:
        marks = loaded.article_view.extraSelections()
        return sum(1 for m in marks if m.format.fontStrikeOut())

    assert struck() >= 1
    assert "Removed" in loaded.statusBar().currentMessage()
    shown = loaded.article_view.toPlainText()
    loaded.acts.hide_duplicates.trigger()
    assert loaded.acts.hide_duplicates.isChecked()
    assert struck() == 0
    hidden = loaded.article_view.toPlainText()
    assert len(hidden) < len(shown)
    assert hidden.count("opened its new public library") == 1


def test_binary_file_gives_a_message_and_keeps_the_previous_article(loaded, qtbot, tmp_path):
    before = loaded.analysis
    article_text = loaded.article_view.toPlainText()
    binary = tmp_path / "picture.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with qtbot.waitSignal(loaded.analysisFailed, timeout=20000) as blocker:
        loaded.open_path(binary)
    assert "not text" in blocker.args[0]
    assert loaded.message_bar.text().startswith("Could not open picture.png")
    assert "Traceback" not in loaded.message_bar.text()
    assert loaded.analysis is before
    assert loaded.article_view.toPlainText() == article_text


def test_empty_and_missing_files_give_plain_messages(window, qtbot, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    with qtbot.waitSignal(window.analysisFailed, timeout=20000) as blocker:
        window.open_path(empty)
    assert "empty" in blocker.args[0]
    with qtbot.waitSignal(window.analysisFailed, timeout=20000) as blocker:
        window.open_path(tmp_path / "nowhere.txt")
    assert "no such file" in blocker.args[0]
    assert window.analysis is None


def test_slider_changes_the_number_of_summary_sentences(loaded, qtbot):
    control = loaded.length_control
    assert control.unit() == "sentences"
    for wanted in (2, 4, 1):
        with qtbot.waitSignal(loaded.summaryUpdated, timeout=20000):
            control.slider.setValue(wanted)
        qtbot.waitUntil(lambda: not loaded.is_busy())
        assert len(loaded.analysis.summary) == wanted
        assert len(loaded.summary_view.sentences()) == wanted
        shown = loaded.article_view.toPlainText()
        marked = " ".join(
            shown[m.cursor.selectionStart() : m.cursor.selectionEnd()]
            for m in loaded.article_view.extraSelections()
            if not m.format.fontStrikeOut()
        )
        highlighted = [s for s in loaded.analysis.document.sentences if s.text in marked]
        assert highlighted == list(loaded.analysis.summary)


def test_percent_unit_summarises_by_ratio(loaded, qtbot):
    control = loaded.length_control
    with qtbot.waitSignal(loaded.summaryUpdated, timeout=20000):
        control.unit_box.setCurrentIndex(control.unit_box.findData("percent"))
    qtbot.waitUntil(lambda: not loaded.is_busy())
    with qtbot.waitSignal(loaded.summaryUpdated, timeout=20000):
        control.slider.setValue(100)
    qtbot.waitUntil(lambda: not loaded.is_busy())
    assert loaded.analysis.options.length.ratio == 1.0
    assert len(loaded.analysis.summary) == len(loaded.analysis.document.sentences)


def test_method_chooser_resummarises(loaded, qtbot):
    box = loaded.length_control.method_box
    with qtbot.waitSignal(loaded.summaryUpdated, timeout=20000):
        box.setCurrentIndex(box.findData("lead"))
    qtbot.waitUntil(lambda: not loaded.is_busy())
    analysis = loaded.analysis
    assert analysis.options.method == "lead"
    assert analysis.summary[0] == analysis.document.sentences[0]


def test_clicking_a_fact_moves_the_article_cursor_to_it(loaded, qtbot):
    items = loaded.facts_view.fact_items()
    assert items
    item = items[-1]
    start, end = item.data(0, Qt.ItemDataRole.UserRole)
    fact_text = loaded.analysis.text[start:end]
    rect = loaded.facts_view.visualItemRect(item)
    qtbot.mouseClick(loaded.facts_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    cursor = loaded.article_view.textCursor()
    assert cursor.hasSelection()
    assert cursor.selectedText() == fact_text
    assert item.toolTip(0)  # hovering shows the fact's sentence


def test_clicking_a_summary_sentence_selects_it_in_the_article(loaded, qtbot):
    view = loaded.summary_view
    sentence = view.sentences()[-1]
    block = view.document().lastBlock()
    cursor = view.textCursor()
    cursor.setPosition(block.position() + 2)
    point = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert loaded.article_view.textCursor().selectedText() == sentence.text


def test_a_newer_load_supersedes_an_older_one(window, qtbot, sample_path, article_path):
    window.open_path(sample_path)
    with qtbot.waitSignal(window.analysisFinished, timeout=20000) as blocker:
        window.open_path(article_path)
    qtbot.waitUntil(lambda: not window.is_busy())
    assert blocker.args[0].loaded.source == str(article_path)
    assert window.analysis.loaded.source == str(article_path)


def test_settings_are_restored(loaded, qtbot):
    with qtbot.waitSignal(loaded.summaryUpdated, timeout=20000):
        loaded.length_control.slider.setValue(2)
    qtbot.waitUntil(lambda: not loaded.is_busy())
    loaded.set_hide_duplicates(True)
    loaded.close()
    again = MainWindow()
    qtbot.addWidget(again)
    # A sentence count was for that article; the next session starts automatic (see
    # LengthControl.carried_length; a percentage is kept, tests/gui/test_length_between_articles).
    assert again.length_control.length() == SummaryLength()
    assert again.acts.hide_duplicates.isChecked()
    assert again.recent_files.paths()[0] == str(loaded.analysis.loaded.source)


def test_help_opens_the_sample_article(window, qtbot):
    with qtbot.waitSignal(window.analysisFinished, timeout=20000) as blocker:
        window.acts.open_sample.trigger()
    assert blocker.args[0].loaded.source.endswith("sample_article.txt")


def test_first_window_fits_a_small_screen(window):
    # The offscreen platform's screen is smaller than the usual first size (1200 x 780).
    room = window.screen().availableGeometry()
    assert room.width() < 1200 or room.height() < 780
    assert window.frameGeometry().width() <= room.width()
    assert window.frameGeometry().height() <= room.height()


def test_an_engine_bug_is_an_internal_error_with_a_log(
    window, qtbot, article_path, log_dir, monkeypatch
):
    import app.core.analysis

    def broken(*_args, **_kwargs):
        raise ValueError("offsets out of step")  # a bug, not a message for the user

    monkeypatch.setattr(app.core.analysis, "analyze", broken)
    with qtbot.waitSignal(window.analysisFailed, timeout=20000):
        window.open_path(article_path)
    log_file = log_dir / "keyfacts.log"
    assert window.message_bar.text() == (
        f"Could not open library.txt: internal error: details in {log_file}"
    )
    assert "ValueError: offsets out of step" in log_file.read_text(encoding="utf-8")


def test_an_article_in_another_language_says_so_and_an_english_one_clears_it(
    window, qtbot, tmp_path, article_path
):
    from tests.core.test_language import GERMAN

    foreign = tmp_path / "anleger.txt"
    foreign.write_text(GERMAN, encoding="utf-8")
    with qtbot.waitSignal(window.analysisFinished, timeout=20000):
        window.open_path(foreign)
    assert "does not look like English" in window.message_bar.text()
    with qtbot.waitSignal(window.analysisFinished, timeout=20000):
        window.open_path(article_path)
    assert window.message_bar.text() == ""


def test_a_page_of_list_rows_says_why_there_is_no_summary(window, qtbot, tmp_path):
    rows = "\n".join(f"- Stage {n}: {n + 3} May, Harbour Ring" for n in range(1, 9))
    path = tmp_path / "calendar.txt"
    path.write_text(f"Harbour Ring race calendar\n\n{rows}\n", encoding="utf-8")
    with qtbot.waitSignal(window.analysisFinished, timeout=20000):
        window.open_path(str(path))
    qtbot.waitUntil(lambda: window.summary_view.empty_message() != "", timeout=5000)
    assert "No summary" in window.summary_view.toPlainText()
    assert not window.acts.copy_summary.isEnabled()  # nothing to copy
    assert window.acts.copy_facts.isEnabled()
