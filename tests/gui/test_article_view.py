"""The article pane's offset mapping: cleaned-text spans land on the same words on screen."""

from __future__ import annotations

from app.gui.article_view import _single_breaks, _with_gaps


def test_blank_lines_are_added_only_between_one_line_paragraphs():
    text = "Title\nFirst para.\n\nSecond para.\nThird."
    gaps = _single_breaks(text)
    assert _with_gaps(text, gaps) == "Title\n\nFirst para.\n\nSecond para.\n\nThird."


def _check_every_sentence(loaded):
    view = loaded.article_view
    shown = view.toPlainText()
    for sentence in loaded.analysis.document.sentences:
        start, end = view.shown_span(sentence.start, sentence.end)
        assert shown[start:end] == sentence.text
    for fact in loaded.analysis.facts.quotes:
        start, end = view.shown_span(fact.start, fact.end)
        assert shown[start:end] == fact.text


def test_spans_map_onto_the_original_with_duplicates_shown(loaded):
    assert not loaded.article_view.hides_removed
    _check_every_sentence(loaded)


def test_spans_map_onto_the_cleaned_text_with_duplicates_hidden(loaded):
    loaded.set_hide_duplicates(True)
    _check_every_sentence(loaded)


def test_removed_marks_cover_the_removed_text(loaded):
    view = loaded.article_view
    shown = view.toPlainText()
    struck = [m for m in view.extraSelections() if m.format.fontStrikeOut()]
    removed = loaded.analysis.dedup.removed
    assert struck
    struck_text = "".join(
        shown[m.cursor.selectionStart() : m.cursor.selectionEnd()] for m in struck
    )
    for removal in removed:
        assert removal.text.strip().split("\n")[0] in struck_text


def test_spans_map_on_the_sample_article_both_ways(window, qtbot, sample_path):
    with qtbot.waitSignal(window.analysisFinished, timeout=20000):
        window.open_path(sample_path)
    _check_every_sentence(window)
    window.set_hide_duplicates(True)
    _check_every_sentence(window)


def test_a_long_article_marks_only_what_is_on_screen(window, qtbot, tmp_path):
    paragraphs = [
        f"Report {i} says the harbour crane number {i} was serviced on time. "
        f"Engineers checked its cables and found {i % 7} worn strands."
        for i in range(600)
    ]
    path = tmp_path / "long.txt"
    path.write_text("A long maintenance log\n" + "\n".join(paragraphs) + "\n", encoding="utf-8")
    with qtbot.waitSignal(window.analysisFinished, timeout=60000):
        window.open_path(path)
    qtbot.waitUntil(lambda: not window.is_busy())
    control = window.length_control
    with qtbot.waitSignal(window.summaryUpdated, timeout=60000):
        control.unit_box.setCurrentIndex(control.unit_box.findData("percent"))
    with qtbot.waitSignal(window.summaryUpdated, timeout=60000):
        control.slider.setValue(100)
    view = window.article_view
    assert 0 < len(view.extraSelections()) < len(window.analysis.summary)
    # Jump to the last sentence: the view scrolls and the marks follow it.
    last = window.analysis.document.sentences[-1]
    window.show_sentence(last.index)
    assert view.textCursor().selectedText() == last.text

    def marked_near_the_end() -> bool:
        ends = [m.cursor.selectionEnd() for m in view.extraSelections()]
        return bool(ends) and max(ends) >= view.textCursor().selectionEnd()

    qtbot.waitUntil(marked_near_the_end)


def test_spans_after_emoji_land_on_the_same_words(window, qtbot, tmp_path):
    # Qt counts an emoji as two positions, Python as one character.
    text = (
        "Fans cheer 🎉 the cup final\n"
        "The club 🏆 won the cup on 3 May 2024 in front of 😀 40,000 fans.\n"
        "“It was the best day of my life 🙌,” said captain Ana Lima. The parade is on Sunday.\n"
        "The club 🏆 won the cup on 3 May 2024 in front of 😀 40,000 fans.\n"
    )
    path = tmp_path / "emoji.txt"
    path.write_text(text, encoding="utf-8")
    with qtbot.waitSignal(window.analysisFinished, timeout=20000):
        window.open_path(path)
    view = window.article_view
    analysis = window.analysis
    assert analysis.dedup.removed and analysis.facts.quotes
    for hide in (False, True):
        window.set_hide_duplicates(hide)
        items = [*analysis.document.sentences, *analysis.facts.dates, *analysis.facts.quotes]
        for item in items:
            window.show_span(item.start, item.end)
            assert view.textCursor().selectedText() == item.text
        marks = [m.cursor.selectedText() for m in view.extraSelections()]
        for sentence in window.analysis.summary:  # a run of sentences is one mark
            assert any(sentence.text in mark for mark in marks)


def test_a_new_article_shows_its_text_first_and_its_marks_in_a_later_turn(loaded, qtbot):
    view, analysis = loaded.article_view, loaded.analysis
    called: list[int] = []
    view.show_analysis(analysis, False, then=lambda: called.append(len(view.extraSelections())))
    # This turn: the text, no marks (not even the previous text's), and nothing called yet.
    assert view.toPlainText().startswith(analysis.dedup.original.split("\n")[0])
    assert view.extraSelections() == []
    assert called == []
    qtbot.waitUntil(lambda: called != [])
    assert called[0] > 0  # `then` came after the marks were placed


def test_a_newer_text_drops_the_older_deferred_marking_but_still_calls_then(loaded, qtbot):
    view, analysis = loaded.article_view, loaded.analysis
    called: list[str] = []
    view.show_analysis(analysis, False, then=lambda: called.append("first"))
    view.set_hide_removed(True)  # marked at once: the first show's marking is stale
    marks = len(view.extraSelections())
    qtbot.waitUntil(lambda: called == ["first"])
    assert len(view.extraSelections()) == marks
    assert not any(m.format.fontStrikeOut() for m in view.extraSelections())
