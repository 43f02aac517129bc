"""Titled laws and schemes: the status a modal after the title gives ("The Clean Rivers Bill would
give ..." is proposed), a bill laid before a house (proposed), and a description of the one
titled bill named just before ("a bill that would ...") told as that bill, one item. Sentences
are our own."""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _facts, _one, _texts


def test_would_after_a_bills_title_is_a_proposal() -> None:
    fact = _one("The Clean Rivers Bill would give regulators new powers.", "Clean Rivers Bill")
    assert fact.status == "proposed"


def test_will_after_a_bills_title_is_a_plan() -> None:
    fact = _one("The Clean Rivers Bill will give regulators new powers.", "Clean Rivers Bill")
    assert fact.status == "planned"


def test_a_reported_would_after_a_schemes_title_is_a_plan() -> None:
    fact = _one(
        "The Minister for Housing said the Home Start Scheme would open in March.",
        "Home Start Scheme",
    )
    assert fact.status == "planned"


def test_guard_a_past_verb_after_the_title_says_nothing_of_its_status() -> None:
    fact = _one("The Clean Rivers Bill gave regulators new powers.", "Clean Rivers Bill")
    assert fact.status == "unknown"


def test_a_bill_laid_before_parliament_is_proposed() -> None:
    fact = _one("Ministers laid the Clean Rivers Bill before Parliament.", "Clean Rivers Bill")
    assert fact.actor == "Ministers"
    assert fact.status == "proposed"


def test_guard_laid_off_and_laid_out_keep_their_own_sense() -> None:
    assert _texts("The firm laid off 200 workers.") == []
    fact = _one("The justice secretary laid out plans to cap legal fees.", "plans")
    assert fact.status == "announced"


def test_a_description_after_the_title_is_the_same_bill() -> None:
    text = (
        "The Tenants' Fairness Bill was published on Monday. The housing minister introduced "
        "a bill that would end rent bidding wars in the Commons."
    )
    facts = _facts(text)
    assert [f.text for f in facts] == ["Tenants' Fairness Bill"]
    assert facts[0].actor == "The housing minister"


def test_guard_with_two_titled_bills_the_description_stays_apart() -> None:
    text = (
        "The Tenants' Fairness Bill was published on Monday. The Clean Rivers Bill followed. "
        "The housing minister introduced a bill that would end rent bidding wars in the Commons."
    )
    assert "bill that would end rent bidding wars" in _texts(text)
