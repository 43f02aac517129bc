"""A bare "the deal" named by its clause and its signer: "The deal, signed ... by X,".

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_bare_deal_set_off_with_its_signer_runs_to_the_signer() -> None:
    text = (
        "Ferry services news. The agreement, signed on Friday by the island council, keeps "
        "the night crossing running for five more years."
    )
    fact = _one(text, "agreement")
    assert fact.text == "agreement, signed on Friday by the island council"
    assert (fact.actor, fact.status) == ("the island council", "completed")


def test_a_bare_deal_with_no_signer_is_still_none() -> None:
    text = "The agreement, signed last week, keeps the night crossing running for five years."
    assert not any("agreement" in t for t in _texts(text))
