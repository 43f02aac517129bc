"""A bill approved or passed: a stage on its way (proposed) or passed (completed).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one


def test_a_bill_a_committee_approves_is_still_proposed() -> None:
    text = "A state committee approved a bill to widen rural broadband grants on Tuesday."
    fact = _one(text, "bill")
    assert fact.text == "bill to widen rural broadband grants"
    assert (fact.actor, fact.status) == ("A state committee", "proposed")


def test_a_bill_a_parliament_passes_is_completed() -> None:
    text = "The Harland parliament passed a bill to ban single-use plastic cups on Monday."
    fact = _one(text, "bill")
    assert fact.status == "completed"
