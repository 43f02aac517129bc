"""Dates (app.core.facts.dates._day_lists): days listed before or after the one that carries the
month are dates of that month ("on 9, 10 and 23 January"). Round 41: only the last was listed.
Sentences are our own."""

from __future__ import annotations

import datetime

from app.core.facts.dates import scan

REF = datetime.date(2026, 12, 7)


def _dates(text: str) -> list[tuple[str, str | None]]:
    return [(text[f.start : f.end], f.value) for f in scan(text, reference_date=REF)]


def test_days_listed_before_the_month_are_that_months_days() -> None:
    text = "Porters will walk out on 9, 10 and 23 January, the union said."
    assert _dates(text) == [
        ("9", "2027-01-09"),
        ("10", "2027-01-10"),
        ("23 January", "2027-01-23"),
    ]


def test_listed_days_take_the_year_the_month_has() -> None:
    text = "Hearings were held on 2 and 3 June 2025."
    assert _dates(text) == [("2", "2025-06-02"), ("3 June 2025", "2025-06-03")]


def test_days_listed_after_a_month_first_date() -> None:
    text = "The fair runs on March 4, 5 and 11 in the town square."
    assert [v for _, v in _dates(text)] == ["2027-03-04", "2027-03-05", "2027-03-11"]


def test_numbers_that_count_things_are_no_days() -> None:
    # Guards: the list runs on into a noun; a number glued to a year is no listed day.
    assert len(_dates("The fair opened on March 4, 5 and 11 stalls were empty.")) == 1
    assert [t for t, _ in _dates("It was built in 2019 and 5 May was its opening.")] == [
        "2019",
        "5 May",
    ]


def test_the_first_day_of_a_range_in_one_month_is_a_date() -> None:
    # Round 45: only the day that carries the month was listed.
    assert _dates("The regatta will be held from 7 to 9 August.") == [
        ("7", "2027-08-07"),
        ("9 August", "2027-08-09"),
    ]
    assert [v for _, v in _dates("Roadworks close the lane on 14-16 January.")] == [
        "2027-01-14",
        "2027-01-16",
    ]


def test_the_last_day_of_a_range_after_a_month_first_date() -> None:
    assert _dates("The book fair runs from April 20 to 23 at the hall.") == [
        ("April 20", "2027-04-20"),
        ("23", "2027-04-23"),
    ]


def test_ranges_of_amounts_and_times_are_no_days() -> None:
    # Guards: a change in an amount, a span of hours, a range running backwards.
    assert len(_dates("Fees rose from 3 to 5 June prices said.")) == 1
    assert len(_dates("The clinic opens on May 2 to 4 p.m. visitors.")) == 1
    assert len(_dates("The fair ran from 9 to 7 August.")) == 1
    assert len(_dates("The story ran on pages 10-12 June editions carried.")) == 1
