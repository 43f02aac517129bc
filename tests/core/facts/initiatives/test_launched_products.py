"""Initiatives: a new product launched ("Brightwell launched a folding scooter"), as the guide
counts one, by a verb of launching and a product noun, opened by "a"/"an" or said to be new.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_product_launched_is_listed_with_its_maker() -> None:
    fact = _one("Brightwell on Thursday launched a folding scooter for commuters.", "scooter")
    assert (fact.text, fact.actor, fact.status) == ("folding scooter", "Brightwell", "launched")
    fact = _one("Orland Motors unveiled a new electric lorry at the show.", "lorry")
    assert (fact.text, fact.actor) == ("new electric lorry", "Orland Motors")
    fact = _one("Fenmore Audio launched its first smartwatch in March.", "smartwatch")
    assert (fact.text, fact.actor) == ("first smartwatch", "Fenmore Audio")
    assert _one("The firm rolled out a new charger for its vans.", "charger").text == "new charger"


def test_acts_and_things_only_made_are_no_products() -> None:
    assert _texts("The army launched an attack on the town.") == []
    assert _texts("North Korea launched a missile on Sunday.") == []
    assert _texts("The rebels launched a suicide drone at the base.") == []  # no product
    # a definite object refers back to one launched before; other verbs make no launch
    assert _texts("The company launched the phone in May.") == []
    assert _texts("Medics introduced a new drug to the trial.") == []
