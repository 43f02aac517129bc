"""A law or scheme called by its title ("the Clean Rivers Bill") is an undertaking with no
verb of undertaking: the title a body gives its own text or scheme says so. Every sentence here
is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_titled_bill_with_no_verb_of_undertaking_is_listed() -> None:
    fact = _one("The Coastal Waters Bill was debated in the Commons on Tuesday.", "Bill")
    assert fact.text == "Coastal Waters Bill"


def test_a_titled_bill_in_a_phrase_of_state_is_listed_with_its_possessive_word() -> None:
    text = "Under the Lodgers' Fair Rent Bill, landlords would need a month's notice to evict."
    fact = _one(text, "Bill")
    assert (fact.text, fact.actor) == ("Lodgers' Fair Rent Bill", None)


def test_a_titled_scheme_is_listed() -> None:
    fact = _one("The Warm Lofts Scheme will close to new applicants in March.", "Scheme")
    assert fact.text == "Warm Lofts Scheme"


def test_a_title_runs_on_through_of_and_and() -> None:
    text = "MPs spent the night arguing over the Prevention of Fly Tipping Bill."
    assert _one(text, "Bill").text == "Prevention of Fly Tipping Bill"
    text = "The Flooding and Coastal Erosion Bill sets out new duties for councils."
    assert _one(text, "Bill").text == "Flooding and Coastal Erosion Bill"


def test_a_body_behind_a_titled_bill_stays_its_actor() -> None:
    fact = _one("MPs will vote on the government's Safer Roads Bill on Monday.", "Bill")
    assert (fact.text, fact.actor) == ("Safer Roads Bill", "the government")


def test_guard_a_person_called_bill_is_no_item() -> None:
    assert _texts("Uncle Bill said the harbour was quieter this year.") == []


def test_guard_a_law_in_force_named_as_an_act_is_no_item() -> None:
    assert _texts("Under the Data Keeping Act, firms must hold records for six years.") == []
