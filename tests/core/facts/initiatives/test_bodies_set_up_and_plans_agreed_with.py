"""Initiatives: a body a verb of founding sets up, told apart by its own words ("an independent
ethics panel", "a new taskforce on rural buses"), and a plan agreed with a party ("a rescue plan
agreed with the Treasury"). A bare "a committee" or "a new panel" names nothing. Every sentence
here is written for these tests."""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_body_set_up_with_words_of_its_own() -> None:
    fact = _one(
        "The trust now publishes every invoice over £10,000 and has set up an independent "
        "ethics panel.",
        "panel",
    )
    assert (fact.text, fact.actor, fact.status) == (
        "independent ethics panel",
        "The trust",
        "launched",
    )


def test_what_a_body_is_for_names_it_without_a_time() -> None:
    text = "The minister formed a new taskforce on rural buses last month."
    assert _texts(text) == ["new taskforce on rural buses"]


def test_a_bare_body_or_one_that_speaks_names_nothing() -> None:
    assert _texts("The council set up a new panel.") == []
    assert _texts("The trust has set up a committee.") == []
    assert _texts("The committee said the panel of judges would meet again.") == []


def test_a_plan_agreed_with_a_party() -> None:
    fact = _one(
        "A rescue plan agreed with the Treasury would bring the council debts back under "
        "control by 2028.",
        "plan",
    )
    assert fact.text == "rescue plan"
    assert fact.actor is None  # who agreed it with the Treasury is not said
