"""The key-facts pane's layout: long facts get more room when the window grows."""

from __future__ import annotations


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


def test_a_quote_without_a_speaker_is_shown_as_unattributed() -> None:
    from app.core.facts.model import QuoteFact
    from app.gui.facts_view import _quote_detail

    assert _quote_detail(QuoteFact("We will sail", 0, 12, 0, None)) == "unattributed"
