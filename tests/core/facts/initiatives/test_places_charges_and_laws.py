"""Initiatives: a place its owner already works at ("at its vast Dunmore factory") is no
undertaking; a charge raised to a figure ("increase income tax to 50%") and what a law would do
("the legislation would ban X") still are.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _texts


def test_a_place_where_work_goes_on_is_no_undertaking() -> None:
    text = (
        "Initially, Fenmore said it would make 50,000 bikes a year at its vast Dunmore "
        "factory on the edge of Leeds."
    )
    assert _texts(text) == []


def test_a_new_plant_built_still_counts() -> None:
    assert _texts("Fenmore will build a new plant in Derby.") == ["new plant in Derby"]


def test_a_charge_raised_to_a_figure_is_still_a_policy() -> None:
    text = (
        "Ms Hale defended her party's plans to increase income tax to 45% for those earning "
        "more than £200,000."
    )
    assert any("income tax" in t for t in _texts(text))


def test_what_a_law_would_do_is_still_listed() -> None:
    text = (
        "Ten new casinos are proposed if the Betting Bill becomes law. Mr Tern said the "
        "legislation would ban hidden betting tricks."
    )
    assert any("hidden betting tricks" in t for t in _texts(text))
