"""A sum spent over a time ("will spend £90m over the next three years on ...") names what it
goes on past the time phrase, as a sum with no time does. Every sentence here is written for
these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_sum_spent_over_the_next_years_on_a_new_work() -> None:
    text = "Moorland Water said it would spend £90m over the next three years on a new reservoir."
    fact = _one(text, "reservoir")
    assert fact.text == "new reservoir"
    assert (fact.actor, fact.status) == ("Moorland Water", "planned")


def test_a_sum_spent_over_a_time_on_plural_works() -> None:
    text = "Moorland Water said it would spend £90m over the next three years on sewer upgrades."
    assert _one(text, "upgrades").text == "sewer upgrades"


def test_guard_days_spent_on_a_task_are_no_sum() -> None:
    assert _texts("The crew spent two days over the summer on the old reservoir.") == []
