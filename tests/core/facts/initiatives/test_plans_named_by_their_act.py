"""Plans named by what they do: "unveiled plans to offer a £10 voucher" lists "offer a £10
voucher" (the words "plans to" tell a reader nothing), when the plans' verb is one of undertaking
or action; "a plan to dredge the harbour" names a plan, and plans to reach an aim keep their
noun. Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_plan_is_named_by_its_verb_of_action() -> None:
    text = "The grocer Marrowby unveiled plans to offer a £10 voucher to shoppers who recycle."
    fact = _one(text, "voucher")
    assert fact.text == "offer a £10 voucher"
    assert fact.actor == "Marrowby"


def test_a_second_verb_of_the_same_plan_is_still_read() -> None:
    text = (
        "Tolland Media may unveil plans to merge its radio unit and sell its printing business "
        "next month."
    )
    assert _texts(text) == ["merge its radio unit", "sell its printing business"]


def test_guard_a_plan_and_plans_to_reach_an_aim_keep_their_noun() -> None:
    text = "The ministry unveiled plans to help the solar industry win export orders."
    assert _texts(text) == ["plans to help the solar industry"]
    assert _texts("The trust unveiled a plan to dredge the harbour.") == [
        "plan to dredge the harbour"
    ]
