"""The key-facts pane: long facts get more room when the window grows; a fact copies whole."""

from __future__ import annotations

import dataclasses
import html

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication


def _grow_and_settle(window, qtbot, width: int, height: int) -> None:  # type: ignore[no-untyped-def]
    window.resize(width, height)
    qtbot.waitUntil(lambda: window.width() == width)


def test_fact_column_widens_with_the_window(loaded, qtbot):  # type: ignore[no-untyped-def]
    view = loaded.facts_view
    _grow_and_settle(loaded, qtbot, 1024, 700)
    narrow = view.columnWidth(0)
    # The library article's long quote does not fit at 1024 px: the column is capped.
    assert narrow < view.sizeHintForColumn(0)
    _grow_and_settle(loaded, qtbot, 2400, 1400)
    assert view.columnWidth(0) > narrow


def test_a_column_width_the_user_chose_is_kept(loaded, qtbot):  # type: ignore[no-untyped-def]
    view = loaded.facts_view
    _grow_and_settle(loaded, qtbot, 1024, 700)
    view.header().resizeSection(0, 120)  # as a drag of the column edge does
    _grow_and_settle(loaded, qtbot, 2000, 1200)
    assert view.columnWidth(0) == 120


def test_a_fact_outside_every_sentence_shows_its_own_text(loaded):  # type: ignore[no-untyped-def]
    analysis, view = loaded.analysis, loaded.facts_view
    quote = analysis.facts.quotes[0]
    sentence = analysis.document.sentences[quote.sentence].text
    before = html.escape(sentence[: sentence.index(quote.text)].strip(" “\"'"))
    assert before

    def tooltip() -> str:
        item = next(i for i in view.fact_items() if i.text(0) == f"“{quote.text}”")
        return item.toolTip(0)

    assert before in tooltip()  # the sentence around the quote
    alone = dataclasses.replace(quote, sentence=None)
    facts = dataclasses.replace(analysis.facts, quotes=(alone, *analysis.facts.quotes[1:]))
    view.show_facts(dataclasses.replace(analysis, facts=facts))
    assert html.escape(quote.text) in tooltip()
    assert before not in tooltip()


def test_a_quote_without_a_speaker_is_shown_as_unattributed() -> None:
    from app.core.facts.model import QuoteFact
    from app.gui.facts_view import _quote_detail

    assert _quote_detail(QuoteFact("We will sail", 0, 12, 0, None)) == "unattributed"


def test_ctrl_c_copies_the_whole_quote_with_its_speaker(loaded, qtbot):  # type: ignore[no-untyped-def]
    view = loaded.facts_view
    quote = loaded.analysis.facts.quotes[0]
    item = next(i for i in view.fact_items() if i.text(0) == f"“{quote.text}”")
    view.setCurrentItem(item)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"“{quote.text}”")
    assert copied.endswith(quote.speaker or "unattributed")
    assert loaded.statusBar().currentMessage() == "Copied the fact to the clipboard"


def test_a_long_list_of_facts_makes_each_row_when_its_chunk_is_added(loaded, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    from app.gui import facts_view

    analysis, view = loaded.analysis, loaded.facts_view
    date = analysis.facts.dates[0]
    many = tuple(dataclasses.replace(date) for _ in range(2 * facts_view.CHUNK + 7))
    made: list[object] = []
    real_date_row = facts_view._date_row

    def counted(fact):  # type: ignore[no-untyped-def]
        made.append(fact)
        return real_date_row(fact)

    monkeypatch.setattr(facts_view, "_date_row", counted)
    view.show_facts(
        dataclasses.replace(analysis, facts=dataclasses.replace(analysis.facts, dates=many))
    )
    # The first turn makes the rows it shows, not all of them.
    assert len(made) == facts_view.CHUNK
    dates = view.topLevelItem(0)
    assert dates.text(0) == f"Dates ({len(many)})"
    qtbot.waitUntil(lambda: dates.childCount() == len(many))
    assert len(made) == len(many)
    assert dates.child(len(many) - 1).text(0) == date.text
