"""Initiatives, round 36: the main undertaking of a story, and what is only asked for.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.core.facts.initiatives._helpers import _facts, _one, _texts


def test_a_meeting_someone_asks_for_is_no_undertaking() -> None:
    text = (
        "Opposition leader Tom Brace said he would seek an urgent meeting with the health "
        "secretary."
    )
    assert not any("meeting" in t for t in _texts(text))
    text = "The union has demanded an emergency summit with ministers over the pay offer."
    assert not any("summit" in t for t in _texts(text))
    # A meeting a body holds is still one.
    text = "The council will hold a public meeting on the new parking charges next week."
    assert any("public meeting" in t for t in _texts(text))


def test_a_proposed_or_planned_work_is_an_undertaking_whatever_its_noun() -> None:
    text = (
        "Councillors have put off a vote on the proposed Harwell footbridge until the autumn. "
        "The £40m crossing, first suggested in 2018, would join the two halves of the town."
    )
    fact = _one(text, "Harwell footbridge")
    assert fact.text == "proposed Harwell footbridge"
    assert fact.status == "proposed"
    text = "Residents packed the hall to object to the planned Corwick bus depot on Friday."
    fact = _one(text, "Corwick bus depot")
    assert fact.status == "planned"
    # The participle alone names nothing a reader can use.
    text = "The union was trying to resist the planned changes, the minister said on Friday."
    assert _texts(text) == []


def test_a_definite_subject_of_an_intention_is_who_intends_it() -> None:
    text = (
        "The cooperative will spend an extra £2m to hold rents and plans to introduce a "
        "cheaper lease for young farmers."
    )
    fact = _one(text, "cheaper lease")
    assert fact.text == "cheaper lease for young farmers"
    assert (fact.actor, fact.status) == ("The cooperative", "planned")
    # A force is no one who intends: "the storm" stays a forecast.
    assert _texts("The storm will close the coastal road and flood the harbour.") == []


def test_a_relative_clause_spending_a_sum_names_the_bill() -> None:
    text = (
        "A House committee approved a bill that would spend $2.1 billion over four years on "
        "repairing levees."
    )
    fact = _one(text, "bill")
    assert fact.text == "bill that would spend $2.1 billion over four years on repairing levees"
    assert fact.actor == "A House committee"


def test_a_participle_set_off_by_commas_gives_its_by_agent() -> None:
    text = (
        "The trade agreement, signed in March by the government and two Asian states, lowers "
        "duties on rice and steel."
    )
    fact = _one(text, "trade agreement")
    assert fact.actor == "the government"


def test_support_won_for_a_work_makes_it_the_winner_s_undertaking() -> None:
    text = (
        "The Lowmoor Rowing Club has won lottery backing for a £3m overhaul of its ageing "
        "boathouse."
    )
    fact = _one(text, "overhaul")
    assert fact.text == "£3m overhaul of its ageing boathouse"
    assert fact.status == "planned"
    assert fact.actor is not None and "Rowing Club" in fact.actor
    # Support given to someone else's work names no undertaking of the giver.
    text = "The council gave backing for a £3m overhaul of the boathouse on Monday."
    assert not any(f.actor == "The council" for f in _facts(text))


@pytest.mark.parametrize("work", ["rebuild", "renovation", "restoration", "refurbishment"])
def test_works_on_an_existing_place_are_undertaking_heads(work: str) -> None:
    # Round 36: "won council backing for a £6m rebuild of its slipway" listed nothing: "rebuild"
    # was no head, as "overhaul" is.
    text = f"The Lowmoor Rowing Club has won lottery backing for a £3m {work} of its boathouse."
    fact = _one(text, work)
    assert fact.text == f"£3m {work} of its boathouse"
    assert fact.actor is not None and "Rowing Club" in fact.actor
