"""`BodyNames`: a body's full name found by its short form (round 22, issue 11 item 1)."""

from __future__ import annotations

from app.core.facts.nlp.body_names import BodyNames


def _names(*named: str) -> BodyNames:
    book = BodyNames()
    for position, name in enumerate(named):
        book.add(position * 100, name)
    return book


def test_the_head_and_the_tail_of_a_name_give_the_full_name() -> None:
    book = _names("Tarrow Motors", "Castlegate Wanderers")
    assert book.full("Tarrow", 500) == "Tarrow Motors"
    assert book.full("Wanderers", 500) == "Castlegate Wanderers"


def test_no_full_name_named_after_the_short_form() -> None:
    assert _names("Tarrow Motors").full("Tarrow", 0) is None


def test_two_full_names_with_the_word_give_none() -> None:
    assert _names("Harbourside Rovers", "Millbrook Rovers").full("Rovers", 500) is None


def test_a_word_after_of_or_a_suffix_is_no_short_form() -> None:
    book = _names("Bank of Ellandia", "Tarrow Motors Ltd")
    assert book.full("Ellandia", 500) is None
    assert book.full("Bank", 500) is None
    assert book.full("Ltd", 500) is None
    assert book.full("Tarrow Motors", 500) is None  # only a suffix is left out
    assert book.full("Tarrow", 500) == "Tarrow Motors"
