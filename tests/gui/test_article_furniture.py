"""Page furniture in the article pane: dimmed, with its kind in a tooltip, never highlighted."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPalette, QTextCursor

FURNISHED = """Harbour town opens a solar ferry line

By Mara Lindqvist
Updated 10:42 AM GMT, April 4, 2023
BERGEN (Wire) - The harbour town of Eastwick opened a solar ferry line on Monday, officials said.
The ferry carries up to 120 passengers and crosses the bay in 25 minutes on solar power.
WHAT THE FERRY COSTS
Town officials said the line cost 4 million euros, paid for by a regional climate fund.
Iven Dahl contributed reporting from Tromsø.
"""


def _open(window, qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    path = tmp_path / "ferry.txt"
    path.write_text(FURNISHED, encoding="utf-8")
    with qtbot.waitSignal(window.analysisFinished, timeout=20000):
        window.open_path(path)
    return window.article_view


def test_furniture_is_dimmed_with_its_kind_in_a_tooltip(window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    view = _open(window, qtbot, tmp_path)
    text = view._analysis.text
    dim = view.palette().color(QPalette.ColorRole.PlaceholderText)
    for words, label in (
        ("By Mara Lindqvist", "Byline"),
        ("WHAT THE FERRY COSTS", "Section heading"),
        ("Iven Dahl contributed", "Credit"),
        ("BERGEN (Wire)", "Dateline"),
    ):
        offset = text.index(words)
        assert label in view.furniture_tooltip(offset)
        start, _ = view.shown_span(offset, offset + 1)
        cursor = QTextCursor(view.document())
        cursor.setPosition(start + 1)
        assert cursor.charFormat().foreground().color() == dim
    # The news after a dateline is not dimmed.
    assert view.furniture_tooltip(text.index("The harbour town")) == ""


def test_summary_marks_never_cover_furniture(window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    view = _open(window, qtbot, tmp_path)
    analysis = view._analysis
    assert analysis.summary
    # Datelines too: a summary sentence's span starts after the dateline it opens with.
    furniture = analysis.document.furniture
    assert any(f.kind.value == "dateline" for f in furniture)
    for sentence in analysis.summary:
        assert sentence.kind is None
        assert not any(f.start < sentence.end and sentence.start < f.end for f in furniture)


def test_length_slider_counts_the_sentences_a_summary_can_choose(window, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    view = _open(window, qtbot, tmp_path)
    document = view._analysis.document
    assert len(document.candidates) < len(document.sentences)  # the byline, heading ...
    assert window.length_control.slider.maximum() == len(document.candidates)
    assert f"of {len(document.candidates)} sentences" in window.statusBar().currentMessage()
