"""Tests for app.core.facts.nlp.name_kinds: a name typed by its words."""

from __future__ import annotations

import pytest

from app.core.facts.nlp.name_kinds import NameKind, name_kind


@pytest.mark.parametrize("name", ["Marlow Estates", "Kestrel Properties", "Lune Gazette"])
def test_company_and_newspaper_words_make_a_body(name: str) -> None:
    assert name_kind(name.split()) is NameKind.ORGANISATION


def test_a_stretch_of_land_or_water_is_a_place_not_a_body() -> None:
    assert name_kind(["Baltic", "Sea"]) is NameKind.PLACE
    assert name_kind(["Lake", "Vattern"]) is NameKind.PLACE
    assert name_kind(["Sea", "Rescue", "Trust"]) is NameKind.ORGANISATION


def test_an_airline_named_air_is_a_body() -> None:
    assert name_kind(["Fjordline", "Air"]) is NameKind.ORGANISATION


def test_countries_of_two_words_are_places_not_bodies() -> None:
    for words in (["United", "States"], ["United", "Kingdom"], ["Great", "Britain"]):
        assert name_kind(words) is NameKind.PLACE


def test_transport_operators_named_by_what_they_run_are_bodies() -> None:
    for words in (["Harlow", "Rail"], ["Tarn", "Buses"], ["Northern", "Trains"]):
        assert name_kind(words) is NameKind.ORGANISATION


def test_a_firms_closing_word_types_a_name_of_two_words_or_more_only() -> None:
    # Round 35: "Quillon Materials" is a firm; "Software" opening "Software giant Quillon" is no
    # firm (it became the actor "it" stood for).
    assert name_kind(["Quillon", "Materials"]) is NameKind.ORGANISATION
    assert name_kind(["Quillon", "Ventures"]) is NameKind.ORGANISATION
    assert name_kind(["Quillon", "Semiconductor"]) is NameKind.ORGANISATION  # round 39
    assert name_kind(["Software"]) is not NameKind.ORGANISATION
    assert name_kind(["Media"]) is not NameKind.ORGANISATION


@pytest.mark.parametrize("name", ["Warm Homes Scheme", "Clean Air Bill", "Coastal Homes Strategy"])
def test_a_named_scheme_or_law_is_no_body_whatever_its_words(name: str) -> None:
    # Round 41: "Homes" and "Air" made these bodies, and the council's launch of the scheme was
    # dropped as "the name of a body the article names".
    assert name_kind(name.split()) is not NameKind.ORGANISATION


def test_guard_a_surname_grant_or_a_body_with_homes_stays() -> None:
    assert name_kind(["Ola", "Grant"]) is not NameKind.EVENT
    assert name_kind(["Harbour", "Homes"]) is NameKind.ORGANISATION
