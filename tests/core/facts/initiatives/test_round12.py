"""Initiatives, round 12: what a reader of unseen articles found wrong, fixed by grammar.

Every sentence here is written for these tests; each names the item it expects, so it fails
when `extract` lists nothing.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one


def test_a_pronoun_of_quantity_is_no_actor() -> None:
    fact = _one(
        "Neither has yet tabled a formal bid, but the ferry operator expects one soon.",
        "formal bid",
    )
    assert fact.actor is None


def test_the_owner_of_a_decision_acts_on_it_not_the_reporter() -> None:
    text = (
        "The paper said shareholders were angry at Norvale's decision to suspend merger "
        "talks with Pellam."
    )
    fact = _one(text, "merger talks")
    assert fact.actor == "Norvale"


def test_by_the_end_of_a_month_is_when_not_who() -> None:
    fact = _one(
        "The brewer hopes to announce a preferred takeover by the end of the year.", "takeover"
    )
    assert fact.text == "preferred takeover"
