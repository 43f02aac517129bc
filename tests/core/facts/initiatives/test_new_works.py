"""Initiatives: the object of a verb that orders, buys, funds or announces something is a new
work when a count of new ones or a sum committed to it says so ("has ordered six new ferries",
"is investing 35m pounds in two new production lines", "announced a share buyback of up to
£50m"), whatever its noun; without either it is no undertaking.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_count_of_new_things_ordered_is_listed() -> None:
    assert _texts("Island Link has ordered six new ferries from a Polish yard.") == [
        "six new ferries"
    ]
    # Not a plain object: what was ordered may be any ferries.
    assert _texts("Island Link has ordered ferries from a Polish yard.") == []


def test_a_sum_invested_in_new_things_is_listed() -> None:
    texts = _texts("Harlow Foods is investing 35m pounds in two new production lines.")
    assert texts == ["two new production lines"]
    texts = _texts("Harlow Foods is investing £35m in new production lines at its bakery.")
    assert texts == ["new production lines"]


def test_a_sum_committed_by_an_announcement_is_listed() -> None:
    texts = _texts("Harlow Foods announced a share buyback of up to £50m on Thursday.")
    assert texts == ["share buyback"]
    texts = _texts("Harlow Foods announced a share buyback of up to 500m pounds.")
    assert texts == ["share buyback"]
    # A sum that is the price of a thing that exists is no undertaking.
    assert _texts("Harlow Foods bought a £2m house in Leeds.") == []


def test_what_is_trialled_or_piloted_is_an_undertaking() -> None:
    text = "Northgate council will pilot a four-day week for 250 of its office staff from June."
    fact = _one(text, "four-day week")
    assert (fact.actor, fact.status) == ("Northgate council", "planned")
    text = "The county council will trial a shorter school day at 30 of its primary schools."
    fact = _one(text, "shorter school day")
    assert (fact.actor, fact.status) == ("The county council", "planned")
    # A time noun with no modifier is when, not what: "launched a year ago".
    assert _texts("The bakery launched a year ago and opened a second shop in March.") == []


def test_ships_ordered_with_a_compound_adjective_are_a_new_work() -> None:
    # Round 39: the tagger read "battery-powered" as a participle, so nothing was ordered.
    text = "Harwick Ferries has ordered four battery-powered ships in a £120m deal."
    assert _one(text, "deal").actor == "Harwick Ferries"
