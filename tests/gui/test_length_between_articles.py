"""What the length slider means for the next article: counts are per article, percentages carry.

QA found that choosing 13 of 13 sentences and then opening an 11-sentence article showed
"11 of 11": the count was carried over as an absolute number.
"""

from __future__ import annotations

from app.core.options import SummaryLength

# My own second article, longer than the conftest one: a dozen plain sentences in three paragraphs.
HARBOUR = """Harbour ferry returns after a winter of repairs
The old harbour ferry carried its first passengers of the year on Monday. Engineers spent four months replacing the engine and the deck boards. The crossing now takes nine minutes instead of fifteen.
The operator said tickets would cost the same as last year. Season passes go on sale next week at the kiosk by the pier. Children under five travel free.
Fishermen welcomed the quieter engine. One skipper said the old one could be heard across the bay at dawn. The harbour master plans a second boat for the summer.
Local schools will use the ferry for trips to the island nature reserve. The reserve counted more than two hundred seabird nests last spring. Volunteers will guide the visits on Fridays.
"""  # noqa: E501


def _open(window, qtbot, path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.analysisFinished, timeout=20000):
        window.open_path(path)
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=20000)


def _resummarise(window, qtbot, change) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.summaryUpdated, timeout=20000):
        change()
    qtbot.waitUntil(lambda: not window.is_busy(), timeout=20000)


def test_a_sentence_count_does_not_carry_to_the_next_article(window, qtbot, tmp_path):
    long_path = tmp_path / "harbour.txt"
    long_path.write_text(HARBOUR, encoding="utf-8")
    fresh = tmp_path / "harbour-copy.txt"
    fresh.write_text(HARBOUR, encoding="utf-8")
    # What the app chooses by itself for the second article, in a window never touched.
    _open(window, qtbot, fresh)
    automatic = len(window.analysis.summary)

    _open(window, qtbot, long_path)
    control = window.length_control
    _resummarise(window, qtbot, lambda: control.slider.setValue(control.slider.maximum()))
    total = len(window.analysis.document.sentences)
    assert len(window.analysis.summary) == total  # "all of it" on this article

    _open(window, qtbot, fresh)
    assert window.analysis.options.length == SummaryLength()
    assert control.length() == SummaryLength()
    assert len(window.analysis.summary) == automatic < len(window.analysis.document.sentences)
    assert control.value_label.text() == f"{automatic} of {len(window.analysis.document.sentences)}"


def test_a_percentage_carries_to_the_next_article_and_the_next_session(
    window, qtbot, tmp_path, article_path
):
    long_path = tmp_path / "harbour.txt"
    long_path.write_text(HARBOUR, encoding="utf-8")
    _open(window, qtbot, long_path)
    control = window.length_control
    _resummarise(
        window,
        qtbot,
        lambda: control.unit_box.setCurrentIndex(control.unit_box.findData("percent")),
    )
    _resummarise(window, qtbot, lambda: control.slider.setValue(50))

    _open(window, qtbot, article_path)
    assert window.analysis.options.length == SummaryLength(ratio=0.5)
    assert control.value_label.text() == "50 %"

    window.save_settings()
    from app.gui.main_window import MainWindow

    again = MainWindow()
    qtbot.addWidget(again)
    assert again.length_control.length() == SummaryLength(ratio=0.5)
