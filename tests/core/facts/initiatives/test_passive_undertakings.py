"""Undertakings a passive still to come names: "fares will be frozen by the county".

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_passive_to_come_with_its_agent_is_the_agent_s_undertaking() -> None:
    text = (
        "Valley travel news. Tram fares will be frozen until 2029 by the regional authority, "
        "officials confirmed. Passenger numbers fell last winter."
    )
    fact = _one(text, "frozen")
    assert fact.text == "Tram fares will be frozen until 2029"
    assert (fact.actor, fact.status) == ("the regional authority", "planned")


def test_a_passive_to_come_is_the_reporting_body_s_undertaking() -> None:
    text = (
        "Town centre news. Two village libraries are to be closed next spring, the county "
        "council said on Friday. Readers will be offered a mobile service instead."
    )
    fact = _one(text, "libraries")
    assert fact.text == "Two village libraries are to be closed"
    assert (fact.actor, fact.status) == ("the county council", "planned")


def test_a_passive_that_changes_an_amount_or_names_no_one_is_none() -> None:
    text = "The minimum fee would be reduced to £10, the minister said in a statement."
    assert not any("reduced" in t for t in _texts(text))
    text = "Harbour dues will be raised by 4% next year, the trust said."
    assert not any("raised" in t for t in _texts(text))
    # Done already: an outcome, no plan.
    text = "Two village libraries were closed last spring, the county council said."
    assert not any("closed" in t for t in _texts(text))
    # Nobody named closes them.
    assert not any("closed" in t for t in _texts("Several offices will be closed in May."))
