"""A law's text published or put forward is put before a legislature: "the government has
published a bill that would ..." proposes what the bill does, as "introduced" or "tabled" do.
Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_bill_published_is_proposed_by_who_published_it() -> None:
    text = "The Welsh government has published a bill that would cap holiday lets."
    fact = _one(text, "bill")
    assert fact.text == "bill that would cap holiday lets"
    assert (fact.actor, fact.status) == ("The Welsh government", "proposed")


def test_a_bill_put_forward_is_proposed() -> None:
    fact = _one("Ministers put forward a bill to license dog groomers.", "bill")
    assert fact.text == "bill to license dog groomers"
    assert (fact.actor, fact.status) == ("Ministers", "proposed")


def test_guard_a_report_published_is_no_item() -> None:
    assert _texts("The watchdog published its annual accounts on Monday.") == []


def test_guard_a_bill_word_modifying_another_noun_is_no_law_published() -> None:
    assert _texts("The charity published a bill summary for its members.") == []
