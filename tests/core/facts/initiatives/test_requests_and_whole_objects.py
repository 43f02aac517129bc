"""Initiatives: what others are asked to do is nobody's undertaking yet, and an infinitive's
object keeps what it is for.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_what_a_body_is_asked_to_do_is_not_listed() -> None:
    text = "Parish councils will be asked to submit plans for new footpaths by 1 May."
    assert _texts(text) == []
    # Urged by someone unnamed: the firms have undertaken nothing yet.
    assert _texts("Firms were urged to set up a pension scheme for staff.") == []


def test_an_infinitives_object_keeps_its_for_phrase() -> None:
    text = "The ministry has dropped plans to cut support for village halls."
    fact = _one(text, "cut support for village halls")
    assert fact.status == "cancelled"
    # named by the act (round 39: "plans to" tells a reader nothing)
    assert _texts(text) == ["cut support for village halls"]
