"""A sum spent on plural things put in a counted set of places ("will spend £20m on charging
points at both terminals") names a new work, the places in its name; a wage bill ("on staff at
each hospital") does not. Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_things_put_at_both_places_are_a_work() -> None:
    text = "Kestrel Ferries will also spend £20m on charging points at both terminals."
    fact = _one(text, "charging points")
    assert fact.text == "charging points at both terminals"
    assert fact.actor == "Kestrel Ferries"


def test_guard_staff_at_each_place_are_no_work() -> None:
    assert _texts("The trust will spend £2m on staff at each hospital.") == []
