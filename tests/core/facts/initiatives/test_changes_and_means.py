"""Initiatives: an amount verb with the size of its change ("cut its fixed deals by 2%") has
the sense of changing a quantity, so its object is no deal made; a firm hired "to" do something
names the undertaking with what it is hired for, never the hiring alone.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _texts


def test_a_product_cut_by_a_figure_is_no_deal() -> None:
    text = "The supplier Brightgas said it would cut its fixed deals by a further 3%."
    assert _texts(text) == []


def test_a_deal_agreed_is_still_a_deal() -> None:
    text = "Brightgas has signed a ten-year deal with Hallam Steel to supply its works."
    assert any("deal" in t for t in _texts(text))


def test_a_firm_hired_to_do_something_is_named_with_its_purpose() -> None:
    text = "The council said it would hire an outside firm to audit every parking contract."
    assert _texts(text) == ["hire an outside firm to audit every parking contract"]
