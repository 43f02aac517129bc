"""Initiatives, round 45 (b): money raised to pay for something ("raised £12m from backers last
spring to fund a new ferry") names what it is for, still to be done, and the one who raised it
is its actor, past who gave the money and when.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_money_raised_from_someone_to_fund_a_thing() -> None:
    text = "Quarrel Boats raised £12m from backers last spring to fund the new ferry."
    fact = _one(text, "new ferry")
    assert fact.actor == "Quarrel Boats"
    assert fact.status == "planned"
    text = "Quarrel Boats raised £12m last spring to fund a second ferry."
    assert _one(text, "second ferry").actor == "Quarrel Boats"


def test_prices_raised_to_fund_a_thing_are_no_sum() -> None:
    # guard: what is raised is no sum, so nothing says what money is for
    assert _texts("Quarrel Boats raised its fares to fund the new ferry.") == []
