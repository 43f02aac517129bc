"""Initiatives: "bring forward" a plan proposes it, as "put forward" does ("the firm would bring
forward a £40m plan to build a bridge linking the two towns"). Moving a date or a vote earlier
names nothing. Every sentence here is written for these tests."""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_plan_brought_forward_is_proposed() -> None:
    fact = _one(
        "Marlow Rail said it would bring forward a £40m plan to build a bridge linking the two "
        "towns.",
        "plan",
    )
    assert fact.text.startswith("£40m plan to build a bridge"), fact.text
    assert fact.actor == "Marlow Rail"


def test_a_date_brought_forward_names_nothing() -> None:
    assert _texts("The council has brought forward its budget vote by a week.") == []
    assert _texts("Organisers brought forward the start of the race to 9am.") == []
