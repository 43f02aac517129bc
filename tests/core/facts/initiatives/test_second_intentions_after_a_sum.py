"""A second verb of intention after a sum spent: "will spend £2m and plans to ...".

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one


def test_plans_after_a_sum_spent_are_the_subject_s_second_verb() -> None:
    text = (
        "Harbour transport news. The harbour trust will spend £3m and plans to open a "
        "covered market for fishermen. The trust runs the quays on both sides of the river."
    )
    fact = _one(text, "covered market")
    assert fact.text == "covered market for fishermen"
    assert (fact.actor, fact.status) == ("The harbour trust", "planned")


def test_plans_after_a_thing_launched_may_still_be_its_object() -> None:
    # Not a sum: "plans" may be a second thing launched, so no intention is read.
    text = "The trust has launched a review of its leases and plans to sell two warehouses."
    # the plans launched, named by their act since round 39: launched, not planned
    assert _one(text, "sell two warehouses").status == "launched"
