"""Initiatives: an undertaking whose "to" complement is a verb with no object and where it goes.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_plan_to_return_to_profit_is_named_whole() -> None:
    # "profit" is read as a verb after "to"; "by 2028" says when, not what.
    text = "Brightmart has set out a plan to return to profit by 2028."
    found = _one(text, "plan to return to profit")
    assert (found.text, found.actor) == ("plan to return to profit", "Brightmart")


def test_a_plan_to_move_into_a_market_is_named_whole() -> None:
    text = "Arden Foods unveiled a plan to move into Asia."
    assert _texts(text) == ["plan to move into Asia"]
    # A time after the verb is no complement: the plan stays a bare head, unlisted.
    assert _texts("Arden Foods unveiled a plan to report by March.") == []
