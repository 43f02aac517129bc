"""Initiatives: a sum written with a currency word is money, not the thing a verb acts on
("will sell 300m euros (£250m) of new shares" cut at the aside is no "sell 300m euros").

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _texts


def test_a_sum_cut_off_from_what_it_buys_is_no_item() -> None:
    text = "Fenwick has said it will sell 300m euros (£250m) of new shares to stay afloat."
    assert _texts(text) == []


def test_a_sum_with_what_it_is_of_still_counts() -> None:
    text = "Fenwick has said it will sell 300m euros of new shares to stay afloat."
    assert _texts(text) == ["sell 300m euros of new shares"]
