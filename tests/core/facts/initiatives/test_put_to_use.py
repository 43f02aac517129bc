"""Initiatives: "put to good use", "put to the test" use or try what exists; only "put" with a
place ("put more police on the streets") or "put forward" changes or proposes something.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _texts


def test_a_plant_put_to_use_is_no_undertaking() -> None:
    assert _texts("The Dunmore plant is increasingly being put to good use.") == []


def test_put_forward_still_proposes() -> None:
    text = "Ministers have put forward a bill to ban bonuses at water firms."
    assert _texts(text) == ["bill to ban bonuses"]
