"""A list of intentions whose first is named by a noun: "would introduce a £500 grant for new
parents, cut income tax and build a new tram line" lists each act after the grant too. Every
sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _texts


def test_acts_after_a_grant_in_a_list_are_listed() -> None:
    text = (
        "The Green leader said her party would introduce a £500 grant for new parents, cut "
        "income tax and build a new tram line."
    )
    assert _texts(text) == [
        "£500 grant for new parents",
        "cut income tax",
        "build a new tram line",
    ]
