"""What a deal is said to do is its effect, no undertaking: "a £150m deal that the company says
will cut its carbon emissions" lists the deal, not "cut its carbon emissions" (the subject of
"will cut" is the relative standing for the deal). Every sentence here is written for these
tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _texts


def test_an_effect_said_of_a_deal_through_that_is_not_listed() -> None:
    text = (
        "Kestrel Ferries has signed a £150m deal that the company says will cut its fuel "
        "emissions by a fifth."
    )
    assert _texts(text) == ["£150m deal"]


def test_guard_an_effect_said_of_an_order_through_which_is_not_listed() -> None:
    text = "The airline agreed a £75m order, which it said would cut its noise levels by half."
    assert _texts(text) == ["£75m order"]
