"""Initiatives: an undertaking noun whose clause says when it starts or started.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_pilot_that_starts_in_a_month_is_planned() -> None:
    text = "Year 12 pupils will learn from home on Mondays under a pilot that starts in October."
    fact = _one(text, "pilot that starts in October")
    assert fact.actor is None  # the clause names no one
    assert fact.status == "planned"
    text = "Patients will see a nurse at night under a scheme that will begin next month."
    assert _one(text, "scheme that will begin next month").status == "planned"


def test_a_scheme_launched_last_year_is_named_with_its_time() -> None:
    text = "Tenants can borrow tools for free under a scheme launched last year."
    fact = _one(text, "scheme launched last year")
    assert fact.status == "launched"
    # No time, or a head too weak to list without a verb of undertaking: nothing.
    assert _texts("The club said the pilot that starts the game is injured.") == []
    assert _texts("Staff will work under a system that starts in May.") == []
    assert _texts("Patients will be seen under a trial that starts in May.") == []
