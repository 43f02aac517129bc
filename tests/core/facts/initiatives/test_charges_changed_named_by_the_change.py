"""A charge that exists, changed: "vowed to freeze council tax" lists "freeze council tax" (the
change is the undertaking, as "cut stamp duty" is), not the tax alone; a charge still to come
("a new levy") is named by its noun. Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_frozen_tax_is_named_by_the_freeze() -> None:
    fact = _one("The mayor vowed to freeze council tax for three years.", "council tax")
    assert fact.text == "freeze council tax"
    assert fact.actor == "The mayor"


def test_a_raised_levy_is_named_by_the_rise() -> None:
    assert _texts("The county council plans to raise the parking levy.") == [
        "raise the parking levy"
    ]


def test_what_a_charge_is_on_belongs_to_its_name() -> None:
    assert _texts("The government plans to raise levies on sugary drinks.") == [
        "raise levies on sugary drinks"
    ]


def test_guard_a_new_levy_keeps_its_noun() -> None:
    assert _texts("The borough plans to introduce a new levy on visitors.") == [
        "new levy on visitors"
    ]
