"""`BodyNames`: a body's full name, or its longer name, found by its short form."""

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


def test_the_first_words_find_the_first_longer_name_named_before() -> None:
    book = _names("Pellam Freight", "Pellam Freight Holdings", "Pellam")
    assert book.longer(["Pellam"], 500) == "Pellam Freight"
    assert book.longer(["Pellam", "Freight"], 500) == "Pellam Freight Holdings"
    assert book.longer(["Pellam"], 0) is None  # named at or after
    assert book.longer(["Freight"], 500) is None  # a last word opens no name


def test_a_name_noted_as_a_body_is_found_longer_but_never_reported_full() -> None:
    book = BodyNames()
    book.add(0, "Vendia Labs", typed=False)
    assert book.longer(["Vendia"], 100) == "Vendia Labs"
    assert book.full("Vendia", 100) is None
    book.add(200, "Vendia Labs")  # typed as a body's since
    assert book.full("Vendia", 150) is None
    assert book.full("Vendia", 300) == "Vendia Labs"
    assert book.longer(["Vendia"], 100) == "Vendia Labs"  # still from where first noted


def test_the_first_words_of_any_body_name_find_it_longer() -> None:
    # `full` reports no name of more than four words; the salience count still reads "Marston"
    # as the body "Marston Rail Freight Group Services" named in full before.
    book = _names("Marston Rail Freight Group Services")
    assert book.full("Marston", 500) is None
    assert book.longer(["Marston"], 500) == "Marston Rail Freight Group Services"
