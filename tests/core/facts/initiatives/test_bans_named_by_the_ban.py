"""A ban to come names the undertaking: "voted to ban charges for cabin bags" lists "ban charges
for cabin bags", not the charges banned. Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_ban_voted_for_is_named_whole() -> None:
    fact = _one("The city council voted to ban charges for school meals.", "charges")
    assert fact.text == "ban charges for school meals"
    assert fact.actor == "The city council"


def test_a_ban_from_a_place_is_named_whole() -> None:
    assert _texts("The mayor wants to ban cars from the old town.") == [
        "ban cars from the old town"
    ]


def test_guard_a_ban_from_a_date_stops_before_it() -> None:
    assert _texts("The council will ban cars from 2030.") == ["ban cars"]


def test_a_ban_made_is_named_by_the_ban() -> None:
    assert _texts("The regulator banned charges for paper bills last year.") == [
        "banned charges for paper bills"
    ]
