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
