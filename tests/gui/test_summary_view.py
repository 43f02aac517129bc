"""The summary pane: sentences of one source paragraph read as one paragraph, each still a link."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.core.document import Sentence
from app.gui.summary_view import NOTHING_TO_SUMMARISE, WAITING, SummaryView


def _sentences() -> tuple[Sentence, ...]:
    texts = [
        (0, "“The pier will open in May.", 0),
        (1, "Nobody doubts it.”", 0),
        (4, "The ferry runs twice a day.", 2),
    ]
    return tuple(Sentence(i, 0, len(t), t, p) for i, t, p in texts)


def test_sentences_of_one_paragraph_share_a_block(qtbot):  # type: ignore[no-untyped-def]
    view = SummaryView()
    qtbot.addWidget(view)
    view.show_summary(_sentences())
    blocks = view.toPlainText().split("\n")
    assert [b for b in blocks if b] == [
        "“The pier will open in May. Nobody doubts it.”",
        "The ferry runs twice a day.",
    ]


def test_each_sentence_in_a_shared_block_is_its_own_link(qtbot):  # type: ignore[no-untyped-def]
    view = SummaryView()
    qtbot.addWidget(view)
    view.resize(600, 300)
    view.show()
    view.show_summary(_sentences())
    cursor = view.textCursor()
    cursor.setPosition(view.toPlainText().index("Nobody") + 2)
    point = view.cursorRect(cursor).center()
    with qtbot.waitSignal(view.sentenceActivated) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == [1]


def test_an_empty_summary_says_why(qtbot):  # type: ignore[no-untyped-def]
    view = SummaryView()
    qtbot.addWidget(view)
    assert view.placeholderText() == WAITING
    assert view.toPlainText() == ""
    view.show_summary(())
    assert view.empty_message() == NOTHING_TO_SUMMARISE
    assert view.toPlainText() == NOTHING_TO_SUMMARISE
    view.show_summary(_sentences())
    assert view.empty_message() == ""
    assert NOTHING_TO_SUMMARISE not in view.toPlainText()
