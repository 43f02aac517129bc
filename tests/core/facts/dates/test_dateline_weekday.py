"""Dates (`find_dateline`): a dateline that names a weekday with a day and no year ("HALSFORD,
Thursday 3 December") is of the year before the run in which that day falls on that weekday;
a weekday that fits no such day gives no date, not the week-before reading."""

from __future__ import annotations

import datetime

import pytest

from app.core.analysis import analyze
from app.core.facts.dates import find_dateline
from app.core.loading import loaded_from_text
from app.core.options import AnalysisOptions

RUN = datetime.date(2026, 12, 7)
BODY = "\n\nThe council agreed on Tuesday to close the library."


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # 3 December 2026 is a Thursday, four days before the run.
        ("HALSFORD, Thursday 3 December", datetime.date(2026, 12, 3)),
        ("Published: Thursday, 3 December", datetime.date(2026, 12, 3)),
        # Older than a week: the weekday still gives the year (2 March 2026 is a Monday).
        ("HALSFORD, Monday 2 March", datetime.date(2026, 3, 2)),
        # The run's year does not hold it yet; 9 December 2025 was a Tuesday.
        ("Tuesday, December 9", datetime.date(2025, 12, 9)),
    ],
)
def test_a_weekday_gives_the_dateline_its_year(head: str, expected: datetime.date) -> None:
    assert find_dateline(head + BODY, RUN) == expected


@pytest.mark.parametrize(
    "head",
    [
        # 3 December 2026 is a Thursday: a Friday fits no day in the year before the run.
        "HALSFORD, Friday, 3 December - The council agreed on Tuesday to close the library.",
        "HALSFORD, Friday 3 December" + BODY,
    ],
)
def test_a_weekday_that_fits_no_day_gives_no_date(head: str) -> None:
    assert find_dateline(head, RUN) is None


def test_without_the_run_date_a_weekday_dateline_gives_no_year() -> None:
    assert find_dateline("HALSFORD, Thursday 3 December" + BODY, None) is None


def test_the_analysis_reads_relative_dates_from_a_weekday_dateline() -> None:
    text = (
        "Library to close\n\nHALSFORD, Monday 2 March\n\nThe council agreed on Friday to close it."
    )
    analysis = analyze(loaded_from_text(text, "halsford.txt"), AnalysisOptions(run_date=RUN))
    assert analysis.meta.published == datetime.date(2026, 3, 2)
    assert ("Friday", "2026-02-27") in [(d.text, d.value) for d in analysis.facts.dates]
