"""Initiatives: a thing a body will put in place or pay for, named by the verb and its object.

"will install backup generators at 12 care homes", "will fund a dedicated minibus for the
villages": an undertaking with no undertaking noun. Paying for what is money already ("fund all
expenses") is a budget line.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_installing_a_counted_thing() -> None:
    text = "Harwick Borough Council will install backup generators at 12 care homes."
    fact = _one(text, "generators")
    assert (fact.text, fact.actor, fact.status) == (
        "install backup generators at 12 care homes",
        "Harwick Borough Council",
        "planned",
    )


def test_funding_one_thing() -> None:
    text = "The Dale Valley Health Trust will fund a dedicated minibus for the villages."
    assert _one(text, "minibus").actor == "Dale Valley Health Trust"


def test_a_measure_of_one_word() -> None:
    text = "Norland plans to install 400 MW of solar by 2030."
    assert _one(text, "MW").text == "install 400 MW of solar"


def test_funding_money_is_no_undertaking() -> None:
    assert _texts("The Dale Valley Health Trust agreed to fund all expenses of the move.") == []
