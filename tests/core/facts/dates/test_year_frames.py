"""Dates (app.core.facts.dates._carry): a relative year opening a sentence and set off by a comma
("Last year, ...") frames it: a bare month later in that sentence is that year's. Round 41:
"Last year, a storm closed 600 schools in January" gave this year's January. Sentences are our
own."""

from __future__ import annotations

from tests.core.facts.dates.said_on import scanned_values


def test_a_month_in_a_sentence_framed_by_last_year_is_last_years() -> None:
    assert scanned_values("Last year, floods shut 40 roads in January.") == ["2025", "2025-01"]


def test_a_month_in_a_sentence_framed_by_next_year_is_next_years() -> None:
    assert scanned_values("Next year, the trust will open a clinic in May.") == ["2027", "2027-05"]


def test_guard_a_verb_of_saying_or_a_year_not_opening_the_sentence_frames_nothing() -> None:
    assert scanned_values("Last year, the trust said a clinic would open in May.")[1] == "2027-05"
    assert (
        scanned_values("Floods shut roads last year, and in March they shut again.")[1] == "2026-03"
    )
