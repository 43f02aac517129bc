"""Initiatives, round 20: undertakings a reader expects that the list missed, and statuses.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_sized_undertaking_after_in_frames_its_clause() -> None:
    text = "Harfield Council will test free evening parking in a two-year pilot scheme."
    fact = _one(text, "pilot scheme")
    assert fact.text == "two-year pilot scheme"
    assert fact.actor == "Harfield Council"
    assert fact.status == "planned"
    fact = _one("Corvex Motors will refit its Ohio plant in a £40m programme.", "programme")
    assert fact.actor == "Corvex Motors"
    # "in" is everywhere: a role in, a purpose, a count, or nobody acting is no frame.
    assert _texts("The firm cut 300 jobs in a bid to save money.") == []
    assert _texts("There were cuts in 40 small programmes last year.") == []
    assert _texts("The deal was signed in one afternoon session.") == []


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
