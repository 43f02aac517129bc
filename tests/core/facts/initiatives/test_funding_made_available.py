"""Initiatives: money "made available" is put in hand, and a passive's subject that opens a
reported clause ("The trust said new funding of £2m had been made available") is what the verb
takes, with the reporter as its actor. Every sentence here is written for these tests."""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_funding_made_available_in_a_reported_clause() -> None:
    fact = _one(
        "Kestrel Health said new funding of £1.5m had been made available for evening surgeries.",
        "funding",
    )
    assert (fact.actor, fact.status) == ("Kestrel Health", "launched")


def test_funding_made_available_opening_the_sentence() -> None:
    fact = _one("Extra funding of £900,000 has been made available for village halls.", "funding")
    assert fact.status == "launched"


def test_what_is_made_available_to_read_names_nothing() -> None:
    assert _texts("The trust said the report would be made available to staff.") == []
    assert _texts("The firm made available its data.") == []
