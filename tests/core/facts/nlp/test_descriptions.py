"""Tests for app.core.facts.nlp.descriptions: "the minister", "the state", "the port"."""

from __future__ import annotations

from app.core.facts.nlp.discourse import Discourse
from tests.core.facts.nlp._discourse_helpers import fed, name_at


def test_a_description_with_nobody_before_is_unresolved() -> None:
    text = "The season opened quietly. END"
    discourse = fed(text)
    assert name_at(discourse, "the 36-year-old", text, "END") is None
    assert name_at(discourse, "the firm", text, "END") is None
    assert name_at(discourse, "they", text, "END") is None


def test_the_title_points_to_the_person_introduced_with_it() -> None:
    text = "Finance Minister Ida Norrman spoke. Shadow minister Karl Strom replied. END"
    assert name_at(fed(text), "the minister", text, "END") == "Ida Norrman"


def test_an_abbreviated_title_answers_the_spelled_out_description() -> None:
    text = "Sen. Ana Ruiz spoke on Sunday. The host, Eva Lund, asked first. END"
    discourse = Discourse()
    second = text.index("The host")
    discourse.add_sentence(text, 0, second)
    discourse.add_sentence(text, second, text.index("END"))
    assert name_at(discourse, "the senator", text, "END") == "Ana Ruiz"


def test_a_title_two_people_hold_names_neither() -> None:
    text = "Finance Minister Ana Ruiz met Foreign Minister Eva Lund in Oslo. Talks ran late. END"
    discourse = fed(text)
    assert name_at(discourse, "the minister", text, "END") is None
    assert discourse.by_title("minister", text.index("END")) is None


def test_a_title_one_person_holds_twice_still_names_them() -> None:
    text = "Minister Ana Ruiz spoke. Later Minister Ana Ruiz left. END"
    assert name_at(fed(text), "the minister", text, "END") == "Ana Ruiz"


def test_the_state_is_the_one_place_named_just_before() -> None:
    text = "Vermont Governor Ana Ruiz praised the scheme. END"
    assert name_at(fed(text), "the state", text, "END") == "Vermont"
    text = "Oregon voted first. The bill was signed. END"
    assert name_at(fed(text), "the state", text, "END") == "Oregon"
    # Two places named: "the state" may be either.
    text = "Ana Ruiz flew from Vermont to Ohio. END"
    assert name_at(fed(text), "the state", text, "END") is None


def test_a_word_of_a_body_name_describes_that_body() -> None:
    text = (
        "The Tarn Port Authority approved the quay. Harlow Rail will use it. "
        "Later the port said so. END"
    )
    assert name_at(fed(text), "the port", text, "END") == "Tarn Port Authority"


def test_a_title_is_no_word_of_a_body_name() -> None:  # a guard
    text = "Prince Holdings rose on Monday. Later the prince spoke. END"
    discourse = fed(text)
    discourse.note_body("Prince Holdings", 0)
    assert name_at(discourse, "the prince", text, "END") is None
