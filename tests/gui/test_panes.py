"""The pane labels: an "&" in a file name is shown, not taken as a keyboard mnemonic."""

from __future__ import annotations

from app.gui.panes import Panes


def test_an_ampersand_in_the_article_name_is_shown(qtbot):  # type: ignore[no-untyped-def]
    panes = Panes()
    qtbot.addWidget(panes)
    panes.set_article_name("cats & dogs.txt")
    assert panes.article_label.text() == "Ar&ticle — cats && dogs.txt"
