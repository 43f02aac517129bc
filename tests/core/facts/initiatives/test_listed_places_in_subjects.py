"""Initiatives: a clause's subject followed by a list of places after "in" or "from".

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one


def test_the_last_listed_place_is_not_who_acts() -> None:
    text = "Health officials in Kent and Sussex are planning a new screening programme."
    assert _one(text, "screening programme").actor == "Health officials"
    text = "Regulators in both France and Germany are conducting investigations into the bank."
    assert _one(text, "investigations into").actor == "Regulators"
    text = "Ministers from France and Germany have agreed a plan to cut steel tariffs."
    assert _one(text, "plan to cut steel tariffs").actor == "Ministers"
    # One place, and a pair of names opening the clause, read as before.
    text = "Tax inspectors in Scotland have launched a review of the charity's finances."
    assert _one(text, "review of the charity").actor == "Tax inspectors"
    text = "Michael Howard and John Redwood launched a campaign to cut council tax bills."
    assert _one(text, "campaign").actor == "Michael Howard and John Redwood"
