"""Initiatives: the status comes from the governing verb's tense, aspect and voice.

Every sentence here is written for these tests; each test asserts that something is listed
(or that a named item is), so it fails when `extract` returns nothing.
"""

from __future__ import annotations

import pytest

from tests.core.facts.initiatives._helpers import _facts, _one


def test_passive_takes_the_by_agent() -> None:
    fact = _one(
        "A new cycle-hire scheme was launched by the Northgate city council on Monday.",
        "cycle-hire scheme",
    )
    assert fact.actor is not None and "council" in fact.actor
    assert fact.status == "launched"


# Status from the governing verb's tense and aspect.
@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("The council will launch a recycling scheme for flats.", "planned"),
        ("The council plans to launch a recycling scheme for flats.", "planned"),
        ("The council launched a recycling scheme for flats.", "launched"),
        ("The council has launched a recycling scheme for flats.", "launched"),
        ("The council would introduce a recycling scheme for flats.", "proposed"),
        ("The council is developing a recycling scheme for flats.", "ongoing"),
        ("The council has scrapped its recycling scheme for flats.", "cancelled"),
        ("The council signed a recycling agreement with Binco.", "completed"),
        ("The council announced a recycling scheme for flats.", "announced"),
    ],
)
def test_status_comes_from_tense_and_aspect(text: str, status: str) -> None:
    fact = _one(text, "recycling")
    assert fact.status == status


def test_status_is_a_known_value() -> None:
    known = {"announced", "proposed", "planned", "launched", "ongoing", "completed", "cancelled"}
    facts = _facts(
        "The board approved a merger with Tallis Group.\n"
        "It is also considering a new bond programme for next year."
    )
    assert facts
    assert {f.status for f in facts} <= known | {"unknown"}


def test_a_perfect_infinitive_is_done() -> None:
    fact = _one(
        "The only two firms to have signed a supply agreement with Orbix are based in Leeds.",
        "supply agreement",
    )
    assert fact.status == "completed"
