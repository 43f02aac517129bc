"""Dates (app.core.facts.dates.find_dateline): a dateline with a day and no year ("WETHERBY, 3
December -") is of the week before the day the program runs, or of no date it can be sure of."""

from __future__ import annotations

import datetime

import pytest

from app.core.analysis import analyze
from app.core.facts.dates import find_dateline
from app.core.loading import loaded_from_text
from app.core.options import AnalysisOptions

TEXT = "WETHERBY, 3 December - The council agreed on Tuesday to close the library."


@pytest.mark.parametrize(
    ("run_date", "expected"),
    [
        (datetime.date(2026, 12, 7), datetime.date(2026, 12, 3)),
        (datetime.date(2026, 12, 3), datetime.date(2026, 12, 3)),
        (datetime.date(2026, 12, 10), datetime.date(2026, 12, 3)),
        # Too long after, or before it: which year is not sure.
        (datetime.date(2027, 2, 1), None),
        (datetime.date(2026, 12, 1), None),
        (None, None),
    ],
)
def test_a_dateline_without_its_year_is_of_the_week_before_the_run(
    run_date: datetime.date | None, expected: datetime.date | None
) -> None:
    assert find_dateline(TEXT, run_date) == expected


def test_across_new_year_a_dateline_is_of_the_december_before() -> None:
    text = "WETHERBY, 30 December - The council agreed on Tuesday to close the library."
    assert find_dateline(text, datetime.date(2027, 1, 2)) == datetime.date(2026, 12, 30)


def test_a_full_date_wins_over_the_run_date() -> None:
    text = "WETHERBY, 3 December 2019 - The council agreed on Tuesday to close the library."
    assert find_dateline(text, datetime.date(2026, 12, 7)) == datetime.date(2019, 12, 3)


def test_the_analysis_reads_relative_dates_from_a_fresh_dateline() -> None:
    options = AnalysisOptions(run_date=datetime.date(2026, 12, 7))
    analysis = analyze(loaded_from_text(TEXT, "wetherby.txt"), options)
    assert analysis.meta.published == datetime.date(2026, 12, 3)
    assert [(d.text, d.value) for d in analysis.facts.dates] == [("Tuesday", "2026-12-01")]
    unsure = analyze(loaded_from_text(TEXT, "wetherby.txt"), AnalysisOptions())
    assert unsure.meta.published is None
