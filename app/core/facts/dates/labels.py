"""Readable labels for date values: "2027-SU" -> "summer 2027", "--09-30" -> "30 Sep (no year)".

The extractor's values are TIMEX3 forms (see `app.core.facts.dates._resolve`), exact but cryptic
to a reader. `date_label` turns each form into words; a form it does not know is shown as it is,
so a label is never empty and never wrong about the value. English month names, not the
locale's: the rest of the app is English.
"""

from __future__ import annotations

import re
from datetime import date

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_SEASONS = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}
_HALVES = {"1": "first", "2": "second"}
_REFS = {"PAST_REF": "in the past", "PRESENT_REF": "now", "FUTURE_REF": "in the future"}

_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_YEAR = re.compile(r"\d{4}")
_NO_YEAR = re.compile(r"--(\d{2})-(\d{2})")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_HALF = re.compile(r"(\d{4})-H([12])")
_SEASON = re.compile(r"(\d{4})-(SP|SU|FA|WI)")
_WEEK = re.compile(r"(\d{4})-W(\d{1,2})(-WE)?")
_DECADE = re.compile(r"(\d{3})X")
_CENTURY = re.compile(r"\d{2}")
_YEARS = re.compile(r"(\d{4})/(\d{4})")


def date_label(timex: str | None, value: str | None = None) -> str:
    """Words for a date fact's value: the finer `timex` if there is one, else the contract `value`.

    Args:
        timex: a TIMEX3 value ("2004-Q4", "199X", "PAST_REF", ...) or None.
        value: the contract form ("YYYY-MM-DD", "YYYY-MM", "YYYY", "--MM-DD") or None.

    Returns:
        "18 Aug 2018", "March 2025", "2025", "30 Sep (no year)", "Q2 2026", "first half of 2004",
        "summer 2027", "week of 15 Mar 2004", "weekend of 20 Mar 2004", "1990s", "20th century",
        "2027–28" (the years "2027/2028"),
        "in the past"; the raw value for a form not listed; "date not resolved" when there is none.
    """
    raw = timex or value
    if not raw:
        return "date not resolved"
    if m := _DAY.fullmatch(raw):
        return _day(int(m[3]), int(m[2]), m[1]) or raw
    if (m := _MONTH.fullmatch(raw)) and 1 <= int(m[2]) <= 12:
        return f"{_MONTHS[int(m[2]) - 1]} {m[1]}"
    if _YEAR.fullmatch(raw):
        return raw
    if m := _NO_YEAR.fullmatch(raw):
        day = _day(int(m[2]), int(m[1]), None)
        return f"{day} (no year)" if day else raw
    if m := _QUARTER.fullmatch(raw):
        return f"Q{m[2]} {m[1]}"
    if m := _HALF.fullmatch(raw):
        return f"{_HALVES[m[2]]} half of {m[1]}"
    if m := _SEASON.fullmatch(raw):
        return f"{_SEASONS[m[2]]} {m[1]}"
    if m := _WEEK.fullmatch(raw):
        return _week(int(m[1]), int(m[2]), bool(m[3]))
    if m := _DECADE.fullmatch(raw):
        return f"{m[1]}0s"
    if m := _YEARS.fullmatch(raw):
        first, last = m[1], m[2]
        short = int(last) == int(first) + 1 and first[:2] == last[:2]
        return f"{first}–{last[2:] if short else last}"
    if _CENTURY.fullmatch(raw):
        return f"{_ordinal(int(raw) + 1)} century"
    return _REFS.get(raw, raw)


def read_from(day: date) -> str:
    """ "read from 6 Dec 2026": the day an article's relative dates were read from, as the
    window's Dates heading, its status bar and the text outputs say it."""
    return f"read from {date_label(day.isoformat())}"


def _day(day: int, month: int, year: str | None) -> str | None:
    """ "18 Aug 2018" (or "18 Aug" without a year); None for a month or day out of range."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    short = _MONTHS[month - 1][:3]
    return f"{day} {short} {year}" if year else f"{day} {short}"


def _week(year: int, week: int, weekend: bool) -> str:
    """ "week of 15 Mar 2004" (its Monday) or "weekend of 20 Mar 2004" (its Saturday): a
    reader knows the calendar, not ISO week numbers; the number for a week the year lacks."""
    try:
        day = date.fromisocalendar(year, week, 6 if weekend else 1)
    except ValueError:
        return f"weekend of week {week}, {year}" if weekend else f"week {week} of {year}"
    words = _day(day.day, day.month, str(day.year))
    return f"{'weekend' if weekend else 'week'} of {words}"


def _ordinal(number: int) -> str:
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    return f"{number}{'th' if 10 <= number % 100 <= 20 else suffix}"
