"""Dates (app.core.facts.dates._carry): a bare month joined to a month with a year takes that
year. Round 39: "between March and June last year" gave this year's March and last year's June.
Sentences are our own."""

from __future__ import annotations

from tests.core.facts.dates.said_on import scanned_values


def test_a_range_takes_the_year_its_closing_month_names() -> None:
    text = "The crew sampled 40 rivers between April and July last year."
    assert scanned_values(text) == ["2025-04", "2025-07"]
    assert scanned_values("The gallery is shut from May to August 2024.") == ["2024-05", "2024-08"]


def test_a_range_over_new_year_starts_the_year_before() -> None:
    text = "Footfall fell between October and January last year."
    assert scanned_values(text) == ["2024-10", "2025-01"]


def test_two_listed_months_share_the_year() -> None:
    assert scanned_values("Prices rose in April and July last year.") == ["2025-04", "2025-07"]


def test_guard_a_month_with_its_own_year_keeps_it() -> None:
    assert scanned_values("It ran from April 2023 to July last year.") == ["2023-04", "2025-07"]


def test_guard_a_list_over_new_year_says_nothing_of_the_years() -> None:
    values = scanned_values("Adding December and January's figures, the tally rose.")
    assert values[0] != "2027-12"
