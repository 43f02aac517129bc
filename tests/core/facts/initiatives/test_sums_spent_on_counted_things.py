"""A sum spent on a count of things ("will invest £40m in three electric ferries") names what
it pays for, as a count of new ones did; a kind of thing with no count stays a budget line.
Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_sum_invested_in_a_count_of_things_names_them() -> None:
    text = "Tidewick Ferries said it would invest £40m in three electric ferries."
    fact = _one(text, "ferries")
    assert fact.text == "three electric ferries"
    assert (fact.actor, fact.status) == ("Tidewick Ferries", "planned")


def test_guard_a_sum_invested_in_a_kind_of_thing_is_no_item() -> None:
    assert _texts("Tidewick Ferries said it would invest £40m in electric ferries.") == []
