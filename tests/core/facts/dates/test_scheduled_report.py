"""Dates (`_context._SCHEDULED_REPORT`): a present of reporting a company's results on a named
day ("The firm reports full-year results on 14 April") is a timetable: the day is still to come
(said on Monday 7 December 2026: 14 April 2027, was 2026). The past ("reported"), a present of
what a report says ("reports a rise in thefts in April") and results with only a month (the
present may be a habit) keep the old reading."""

from __future__ import annotations

import pytest

from tests.core.facts.dates.said_on import values


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        ("Brackwell Foods reports full-year results on 14 April.", "14 April", "2027-04-14"),
        ("The lender publishes its annual accounts on 30 June.", "30 June", "2027-06-30"),
        ("The miner releases first-half figures on 20 May.", "20 May", "2027-05-20"),
    ],
)
def test_results_reported_on_a_named_day_lie_ahead(sentence: str, date: str, value: str) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        ("Brackwell Foods reported full-year results on 14 April.", "14 April", "2026-04-14"),
        ("The agency reports a rise in thefts in April.", "April", "2026-04"),
        ("The lender reports its yearly figures in June.", "June", "2026-06"),
    ],
)
def test_guard_a_past_a_finding_or_a_month_keep_the_old_reading(
    sentence: str, date: str, value: str
) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value
