"""Dates (app.core.facts.dates._context): an irregular past verb ("wept", "swept", "oversaw")
puts a weekday that opens its clause behind the reference date, as "-ed" verbs do. Our own
article, said on Tuesday 8 December 2026: "After the verdicts on Friday, Ms Oduya wept in the
dock" gave the Friday to come."""

from __future__ import annotations

from tests.core.facts.dates.said_on import scanned_values


def test_an_irregular_past_verb_puts_the_weekday_behind() -> None:
    # said on Monday 7 December 2026: the nearest Thursday and Wednesday lie ahead, so only the
    # verb puts them behind (Thursday 3 and Wednesday 2 December)
    assert scanned_values("After the hearing on Thursday, the widow wept outside.") == [
        "2026-12-03"
    ]
    assert scanned_values("On Wednesday, fans swept onto the pitch.") == ["2026-12-02"]
    assert scanned_values("On Thursday, the regulator oversaw the sale.") == ["2026-12-03"]


def test_a_future_verb_still_puts_it_ahead() -> None:
    # guard: the same shape with "will"
    assert scanned_values("On Wednesday, fans will sweep onto the pitch.") == ["2026-12-09"]
