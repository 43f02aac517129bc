"""Initiatives: the status comes from the governing verb's tense, aspect and voice.

Every sentence here is written for these tests; each test asserts that something is listed
(or that a named item is), so it fails when `extract` returns nothing.
"""

from __future__ import annotations

import pytest

from tests.core.facts.initiatives._helpers import _DESCRIBED, _facts, _one


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


def test_a_past_verb_that_says_it_was_done_gives_a_done_status() -> None:
    text = "Dorlan Energy managed to complete its purchase of Varga Oil last year."
    assert _one(text, "purchase of Varga Oil").status == "completed"
    text = "Dorlan Energy was able to finance its surprise purchase of Varga Oil in May."
    assert _one(text, "purchase of Varga Oil").status == "completed"
    text = "Doctors at Harfield University helped conduct the two-year vaccine trial."
    assert _one(text, "vaccine trial").status == "completed"
    # Trying, or being able to in future, says nothing of its being done.
    text = "Dorlan Energy tried to complete its purchase of Varga Oil last year."
    assert _one(text, "purchase of Varga Oil").status == "planned"
    text = "Dorlan Energy will be able to finance its purchase of Varga Oil."
    assert _one(text, "purchase of Varga Oil").status == "planned"


def test_a_sum_applied_for_is_sought() -> None:
    text = (
        "Westmoor Wildlife Trust looks after six reserves. "
        "The trust has applied for a £90,000 grant to restore its ponds."
    )
    fact = _one(text, "£90,000 grant")
    assert (fact.actor, fact.status) == ("Westmoor Wildlife Trust", "proposed")


def test_a_retrial_asked_for() -> None:
    text = "Bramley's lawyers have called for a full retrial, saying the jury was misled."
    assert _one(text, "full retrial").status == "proposed"


def test_what_a_body_is_considering_is_planned() -> None:
    assert _one(_DESCRIBED, "scheme").status == "planned"
    text = "Ashby Council is planning a £2m scheme to repair its bridges."
    assert _one(text, "scheme").status == "planned"
