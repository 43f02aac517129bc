"""Dates (app.core.facts.dates._context, _relative): which instance of a bare month a clause
means, and a season that names a kind of thing. Sentences of our own; said on Monday 7 December
2026."""

from __future__ import annotations

import datetime

import pytest

from tests.core.facts.dates.said_on import values


@pytest.mark.parametrize(
    ("sentence", "span", "expected"),
    [
        # A span's end opening the clause: the clause's verb after it places it.
        ("Until October, the ferry ran every hour.", "October", "2026-10"),
        ("Until October the ferry had run every hour.", "October", "2026-10"),
        ("Until October, the ferry will run every hour.", "October", "2027-10"),
        # A verb of saying after it says nothing of the span's own time.
        ("Until March, ministers said, the line will stay shut.", "March", "2027-03"),
        # What was promised follows the promise: the nearest March, not the one behind.
        ("At the time, it promised to keep it open until March.", "March", "2027-03"),
        ("The show ran until August.", "August", "2026-08"),
    ],
)
def test_a_span_end_takes_the_time_of_what_governs_it(
    sentence: str, span: str, expected: str
) -> None:
    assert values(sentence)[span] == expected


@pytest.mark.parametrize(
    "sentence",
    ["The last winter timetable began in November.", "The next summer timetable starts in May."],
)
def test_a_season_after_last_or_next_that_names_a_kind_is_no_date(sentence: str) -> None:
    found = values(sentence)
    assert not any("winter" in text or "summer" in text for text in found), found
    assert len(found) == 1  # the month is still found


@pytest.mark.parametrize(
    ("sentence", "ref", "expected"),
    [
        # The month just ended is "last month"; "last February" said in March is last year's.
        ("The roof fell in last February.", datetime.date(2026, 3, 2), "2025-02"),
        ("The roof fell in this past February.", datetime.date(2026, 3, 2), "2026-02"),
        ("The roof fell in last June.", datetime.date(2026, 10, 20), "2026-06"),
        ("The roof fell in last December.", datetime.date(2027, 1, 5), "2026-12"),
    ],
)
def test_last_and_the_month_just_ended(sentence: str, ref: datetime.date, expected: str) -> None:
    found = values(sentence, ref)
    assert list(found.values()) == [expected], found
