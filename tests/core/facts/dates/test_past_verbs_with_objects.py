"""Dates (app.core.facts.dates._context): a past verb with an object ("closed 600 schools",
"hired 40 staff", "approved £2m for the scheme") governs the month after it, which is then behind
the reference date, not up to three months ahead. Round 41: said in December, "A storm closed
600 schools in January" gave next January. Sentences are our own."""

from __future__ import annotations

from tests.core.facts.dates.said_on import scanned_values


def test_a_past_verb_with_a_counted_object_puts_the_month_behind() -> None:
    assert scanned_values("A freak storm shuttered 300 cafes in January.") == ["2026-01"]
    assert scanned_values("The bakery hired 40 apprentices in January.") == ["2026-01"]


def test_a_past_verb_with_a_sum_or_a_determiner_puts_the_month_behind() -> None:
    assert scanned_values("The trust approved £2m for the wing in January.") == ["2026-01"]
    assert scanned_values("The club sacked its manager in January.") == ["2026-01"]


def test_a_future_or_a_report_still_looks_ahead() -> None:
    # Guards: a future verb, and a reporting verb whose clause may tell of what is to come.
    assert scanned_values("The bakery will hire 40 apprentices in January.") == ["2027-01"]
    assert scanned_values("The bakery confirmed the hires in January.") == ["2027-01"]
