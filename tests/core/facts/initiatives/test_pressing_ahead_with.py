""" "press ahead with", "go ahead with", "push ahead with", "go on with": what follows "with" is
an undertaking being pursued, as the object of "run" is. Sentences are our own."""

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


def test_going_on_with_reforms() -> None:
    fact = _one("The council will go on with the new parking scheme.", "parking scheme")
    assert fact.actor == "The council"
    assert fact.status == "planned"


def test_guard_going_on_alone_or_to_another_verb() -> None:
    assert _texts("The talks went on for hours.") == []
    fact = _one("Ana Ruiz went on to launch a new cycling scheme.", "cycling scheme")
    assert fact.actor == "Ana Ruiz"
