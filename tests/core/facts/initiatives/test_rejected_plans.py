"""Plans rejected, turned down, vetoed or ruled out are cancelled, and the body that rejects
them was not behind them (no actor). Only a plan's head counts: a pay offer rejected is no
undertaking the rejecter gives up. Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_plans_rejected_by_a_board_are_cancelled_with_no_actor() -> None:
    text = "Plans for a £45m ferry terminal have been rejected by the estuary trust."
    fact = _one(text, "terminal")
    assert (fact.text, fact.actor, fact.status) == ("£45m ferry terminal", None, "cancelled")


def test_plans_turned_down_by_a_council_are_cancelled() -> None:
    fact = _one("Councillors turned down plans for a gravel quarry near the village.", "quarry")
    assert (fact.actor, fact.status) == (None, "cancelled")


def test_a_proposed_merger_ruled_out_is_cancelled() -> None:
    fact = _one("The cooperative ruled out a proposed merger with a larger grocer.", "merger")
    assert (fact.actor, fact.status) == (None, "cancelled")


def test_guard_a_pay_offer_rejected_is_no_item() -> None:
    assert _texts("Porters rejected a pay offer from the cleaning contractor.") == []


def test_guard_a_rejection_only_tried_is_none() -> None:
    assert _texts("The guild was trying to block the reform of apprenticeships.") == []
