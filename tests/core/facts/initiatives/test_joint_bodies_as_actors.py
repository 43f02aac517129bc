"""Bodies of members that act together (a panel, a board, a partnership) as who acts.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one


def test_a_panel_of_a_chamber_is_who_advances_a_bill() -> None:
    text = (
        "A Senate panel advanced a bill that would spend $900 million on replacing lead "
        "water pipes in older cities."
    )
    fact = _one(text, "bill")
    assert fact.actor == "A Senate panel"


def test_a_partnership_that_plans_something_is_who_plans_it() -> None:
    text = (
        "Riverside transport news. Commuters have long asked for cheaper travel. The "
        "partnership plans to introduce a weekly travelcard for apprentices. Its members "
        "include the city council and three bus companies."
    )
    fact = _one(text, "travelcard")
    assert fact.text == "weekly travelcard for apprentices"
    assert (fact.actor, fact.status) == ("The partnership", "planned")
