"""Initiatives: what members are balloted for ("Nurses will be balloted for industrial action")
is planned by whoever the sentence reports, never by the members balloted; a vote on an offer
("balloted on a new pay deal") names nothing. Every sentence here is written for these tests."""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_action_members_are_balloted_for_is_the_reporters_plan() -> None:
    fact = _one(
        "Porters at 12 hospitals will be balloted for industrial action in May, the GMB said.",
        "action",
    )
    assert (fact.text, fact.actor, fact.status) == ("industrial action", "GMB", "planned")


def test_a_ballot_on_an_offer_names_nothing() -> None:
    assert _texts("Staff at the depot were balloted on a new pay deal, the union said.") == []
