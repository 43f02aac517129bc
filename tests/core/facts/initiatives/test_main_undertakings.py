"""Initiatives, round 36: the main undertaking of a story, and what is only asked for.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _texts


def test_a_meeting_someone_asks_for_is_no_undertaking() -> None:
    text = (
        "Opposition leader Tom Brace said he would seek an urgent meeting with the health "
        "secretary."
    )
    assert not any("meeting" in t for t in _texts(text))
    text = "The union has demanded an emergency summit with ministers over the pay offer."
    assert not any("summit" in t for t in _texts(text))
    # A meeting a body holds is still one.
    text = "The council will hold a public meeting on the new parking charges next week."
    assert any("public meeting" in t for t in _texts(text))
