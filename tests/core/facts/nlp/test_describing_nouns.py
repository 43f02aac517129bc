"""A common noun written before a first name describes the person ("Keeper Nadia Lewin"): it is
not part of the name, and "the keeper" later is that person."""

from __future__ import annotations

from app.core.facts.nlp.names import read_name
from tests.core.facts.quotes.speakers_of import speakers_of


def test_a_noun_before_a_first_name_is_held_as_a_title() -> None:
    text = "Pharmacist Lee Carver opened early."
    name = read_name(text, 0, len("Pharmacist Lee Carver"))
    assert name is not None
    assert name.text == "Lee Carver"
    assert name.titles == ("pharmacist",)


def test_the_noun_later_is_the_person_it_described() -> None:
    body = (
        "Keeper Nadia Lewin weighed the calf at dawn.\n\n"
        '"She has put on two kilos this week," the keeper said.'
    )
    assert speakers_of("", body) == ["Nadia Lewin"]


def test_a_first_name_before_a_first_name_stays_in_the_name() -> None:
    # A guard (passes on 5a1d112 too): "Grace" is a first name, not a description.
    text = "Grace Mary Holt opened early."
    name = read_name(text, 0, len("Grace Mary Holt"))
    assert name is not None
    assert name.text == "Grace Mary Holt"


def test_a_lower_case_noun_before_a_name_is_the_description_later() -> None:
    body = (
        '"Nobody warned us," historian Ines Arlott said on Monday.\n\n'
        'The historian added: "Half the archive is gone."'
    )
    assert speakers_of("", body) == ["Ines Arlott", "Ines Arlott"]


def test_a_capitalised_word_inside_a_sentence_is_a_name_not_a_description() -> None:
    # A guard (passes on 5a1d112 too): "Harbour" mid-sentence may be a body's name.
    text = "The talks were led by Harbour Anna Kett."
    start = text.index("Harbour")
    name = read_name(text, start, start + len("Harbour Anna Kett"))
    assert name is not None
    assert name.titles == ()
