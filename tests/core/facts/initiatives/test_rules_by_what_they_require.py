"""Initiatives: rules or regulations that a body proposes or adopts are an undertaking when a
relative clause says what they require ("rules that would require X to do Y"); rules alone
name nothing. Every sentence here is written for these tests."""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _facts, _one, _texts


def test_proposed_rules_named_by_what_they_require() -> None:
    fact = _one(
        "The regulator proposed rules that would require energy suppliers to publish their "
        "prices each month.",
        "rules",
    )
    assert fact.text == "rules that would require energy suppliers to publish their prices"
    assert fact.actor == "The regulator"
    assert fact.status == "proposed"


def test_adopted_regulations_run_over_a_causative() -> None:
    fact = _one(
        "The ministry adopted regulations that would force phone makers to let owners "
        "repair their own handsets.",
        "regulations",
    )
    assert fact.text == (
        "regulations that would force phone makers to let owners repair their own handsets"
    )


def test_rules_alone_or_describing_name_nothing() -> None:
    assert _facts("The agency proposed new regulations on Monday.") == []
    assert _texts("The league adopted rules that are stricter than before.") == []
    # what the rules require is a state, not an act
    assert _texts("The board adopted rules that require members to be present.") == []
