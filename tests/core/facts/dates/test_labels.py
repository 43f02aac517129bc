"""Readable labels for TIMEX3 date values (app/core/facts/dates/labels.py)."""

from __future__ import annotations

import pytest

from app.core.facts.dates.labels import date_label


@pytest.mark.parametrize(
    ("timex", "label"),
    [
        ("2018-08-18", "18 Aug 2018"),
        ("2021-01-05T14:30", "5 Jan 2021"),
        ("2025-03", "March 2025"),
        ("2025", "2025"),
        ("--09-30", "30 Sep (no year)"),
        ("2026-Q2", "Q2 2026"),
        ("2004-H1", "first half of 2004"),
        ("2027-SU", "summer 2027"),
        ("2019-FA", "autumn 2019"),
        ("2004-W12", "week of 15 Mar 2004"),
        ("2004-W12-WE", "weekend of 20 Mar 2004"),
        ("2026-W01", "week of 29 Dec 2025"),  # an ISO week may open in the year before
        ("2004-W60", "week 60 of 2004"),  # no such week: the number as given
        ("199X", "1990s"),
        ("201X", "2010s"),
        ("19", "20th century"),
        ("20", "21st century"),
        ("2027/2028", "2027–28"),  # a financial year or a season
        ("1999/2000", "1999–2000"),
        ("1998/2002", "1998–2002"),
        ("PAST_REF", "in the past"),
        ("FUTURE_REF", "in the future"),
    ],
)
def test_each_timex_form_reads_as_words(timex: str, label: str) -> None:
    assert date_label(timex) == label


def test_the_contract_value_is_used_when_there_is_no_timex() -> None:
    assert date_label(None, "2025-03") == "March 2025"
    assert date_label(None, None) == "date not resolved"


def test_the_finer_timex_wins_over_the_contract_value() -> None:
    assert date_label("2027-SU", "2027") == "summer 2027"


@pytest.mark.parametrize("odd", ["2025-13", "2025-02-40", "--13-01", "1998-2002", "XXXX-WXX"])
def test_unknown_or_impossible_forms_are_shown_as_they_are(odd: str) -> None:
    assert date_label(odd) == odd
