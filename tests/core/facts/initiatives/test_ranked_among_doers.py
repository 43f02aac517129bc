"""An infinitive that ranks a copula's subject among those who did it ("X is one of a number of
firms to have developed Y", "X became the first country to launch Y"): X is who acts, and Y
was done. Sentences are our own."""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one


def test_one_of_several_firms_to_have_developed() -> None:
    text = "Sonwave is one of several firms to have developed a new payments platform."
    assert _one(text, "payments platform").actor == "Sonwave"


def test_the_first_firm_to_launch_is_the_actor_and_it_was_launched() -> None:
    fact = _one(
        "Vendia became the first firm to launch a national cycling scheme.", "cycling scheme"
    )
    assert fact.actor == "Vendia"
    assert fact.status == "launched"


def test_guard_a_future_rank_stays_planned() -> None:
    fact = _one(
        "Norland will be the first country to launch a national cycling scheme.",
        "cycling scheme",
    )
    assert fact.status == "planned"
