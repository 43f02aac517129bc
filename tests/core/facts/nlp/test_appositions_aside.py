"""`appositions.aside_start`: where an aside that ends right before a verb opens."""

from __future__ import annotations

from app.core.facts.nlp.appositions import aside_start


def test_a_dash_aside() -> None:
    text = "Sam Orr - who manages Ella Brandt - said"
    assert aside_start(text, 0, text.index("said")) == text.index(" - who")


def test_a_which_clause() -> None:
    text = "Harbour Media, which manages Ella Brandt, said"
    assert aside_start(text, 0, text.index("said")) == text.index(", which")


def test_no_aside() -> None:
    text = "Sam Orr, the boss of Harbour Media, said"
    assert aside_start(text, 0, text.index("said")) is None
