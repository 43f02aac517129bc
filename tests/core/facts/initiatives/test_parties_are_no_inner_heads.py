"""Initiatives: who a deal is made with is a party, never the undertaking inside its name
("an agreement with pilots on pay": the pilots are people, not a trial).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _texts


def test_the_party_after_with_does_not_replace_the_deal() -> None:
    text = "In May, the airline reached a crucial agreement with pilots on pay and hours."
    assert _texts(text) == ["crucial agreement with pilots"]
    text = "The firm has signed a partnership with a venture capital fund to build homes."
    assert _texts(text) == ["partnership with a venture capital fund"]
    # What talks with a party are about is still named.
    text = "The bank is in talks with the government about its investment in the plant."
    assert _texts(text) == ["investment in the plant"]
