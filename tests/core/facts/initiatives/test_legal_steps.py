"""Initiatives: legal steps a party takes against a ruling or another party.

"has lodged an appeal against the ruling", "will appeal against the decision", "has challenged
the fine", "is taking legal action against X": a step with who takes it. An appeal for
witnesses or for money, an appeal someone will not make, a right to appeal: no step.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_an_appeal_lodged_against_a_ruling() -> None:
    text = "Tolbrook Quarries has lodged an appeal against a Crown Court ruling on its licence."
    fact = _one(text, "appeal")
    assert fact.text == "appeal against a Crown Court ruling"
    assert (fact.actor, fact.status) == ("Tolbrook Quarries", "launched")


def test_steps_named_by_their_verb() -> None:
    fact = _one("Granby Motors said it would appeal against the verdict.", "appeal")
    assert (fact.text, fact.actor, fact.status) == (
        "appeal against the verdict",
        "Granby Motors",
        "planned",
    )
    fact = _one("Granby Motors has challenged the fine in the High Court.", "fine")
    assert (fact.text, fact.actor) == ("challenged the fine", "Granby Motors")


def test_legal_action_taken_against_a_party() -> None:
    fact = _one("Mara Lind is taking legal action against Westport Radio.", "legal action")
    assert (fact.text, fact.actor, fact.status) == (
        "legal action against Westport Radio",
        "Mara Lind",
        "ongoing",
    )


def test_appeals_that_are_no_legal_step() -> None:
    assert _texts("Police in Granby have launched an appeal for witnesses.") == []
    assert _texts("Granby Motors said it would not appeal against the verdict.") == []
    assert _texts("Granby Motors has the right to appeal against the verdict.") == []
    assert _texts("The striker challenged the goalkeeper in the second half.") == []
