"""Initiatives: what a verb that changes an amount acts on ("cut council tax", "freeze the
price cap") is not the undertaking; the plan or proposal to change it is.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _texts


def test_a_plan_to_change_an_amount_is_named_whole() -> None:
    texts = _texts("The council launched a plan to cut council tax.")
    assert texts == ["plan to cut council tax"]
    # named by the act (round 39: "plans to" tells a reader nothing)
    texts = _texts("The government announced plans to freeze the energy price cap.")
    assert texts == ["freeze the energy price cap"]
    texts = _texts("The council unveiled a proposal to lower the speed limit to 20mph.")
    assert texts == ["proposal to lower the speed limit"]
    # A plan to make something new still names what it makes.
    assert _texts("The firm announced plans to open 25 new stores.") == ["25 new stores"]


def test_a_target_an_active_verb_raises_is_a_figure_not_an_undertaking() -> None:
    text = "The mining group raised targets for its two copper mines in Chile by a fifth."
    assert not any("targets" in t for t in _texts(text))
