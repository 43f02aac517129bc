""" "press ahead with", "go ahead with", "push ahead with": what follows "with" is an undertaking
being pursued, as the object of "run" is. Sentences are our own."""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_pressing_ahead_with_talks() -> None:
    fact = _one("The council wants to press ahead with talks about a new bus franchise.", "talks")
    assert fact.text == "talks about a new bus franchise"
    assert fact.actor == "The council"


def test_going_ahead_with_a_cut() -> None:
    fact = _one("Ministers went ahead with the tax cut.", "tax cut")
    assert fact.actor == "Ministers"


def test_guard_pushing_for_keeps_its_sense_and_going_ahead_alone_lists_nothing() -> None:
    assert _one("The union pushed for a new pay deal.", "pay deal").status == "proposed"
    assert _texts("The protest went ahead despite the rain.") == []
