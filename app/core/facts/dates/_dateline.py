"""The date an article was written, read from its first lines: "Published: 12 March 2019",
"LONDON, March 12, 2019 --", a date alone on a line; given the day the program runs, a dateline
with a day and no year ("LEEDS, 3 December -") of the week before it, or with its weekday too
("LONDON, Tuesday 8 December") of the year before it in which that day is that weekday."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from app.core.datelines import dateline_day, dateline_prefix
from app.core.facts.dates._extract import scan
from app.core.facts.dates._lexicon import WEEKDAY_RE, weekday_number
from app.core.facts.dates._rules import Found

__all__ = ["find_dateline"]

_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LINE = re.compile(r"[^\n]+")
_DATELINE_CUE = re.compile(
    r"\b(?i:published|posted|updated|date|dated)\b|--|—|\(AP\)"
    r"|\((?:Reuters|AFP|Xinhua|AP|UPI|PA)\)|\||^\s*By\s"
)
_DATELINE_CHARS = 600
_DATELINE_LINES = 5
# A line with a cue ("Published", "Updated") may stand this far down (after share buttons and
# a byline of name and role on two lines).
_CUED_DATELINE_LINES = 8
_DATELINE_OFFSET = 40


def find_dateline(text: str, run_date: datetime.date | None = None) -> datetime.date | None:
    """The article's own publication date if a line near the top states one, else None.

    Looks at the first few lines ("Published: 12 March 2019", "LONDON, March 12, 2019 --",
    a date alone on a line) for a full date with day, month and year. Given the day the
    program runs, a dateline with a day and no year ("LEEDS, 3 December -") is that day of the
    week before it, when there is one: copy is read fresh; any older and its year is not sure.
    One that names the weekday too ("LONDON, Tuesday 8 December") is of the year before the
    run in which that day falls on that weekday, if any: the weekday gives the year.
    """
    found = _full_dateline(text)
    if found is None and run_date is not None:
        dated_by_weekday, found = _pinned_by_its_weekday(text, run_date)
        if not dated_by_weekday:
            found = _fresh_dateline(text, run_date)
    return found


# How many days before the run a dateline without its year may lie and be taken as of its year.
_FRESH_DAYS = 7


def _fresh_dateline(text: str, run_date: datetime.date) -> datetime.date | None:
    """The day of a dateline without its year ("LEEDS, 3 December -") in the week before
    `run_date` (across new year, the year before), else None."""
    head = text[:_DATELINE_CHARS]
    for line in [m for m in _LINE.finditer(head) if m.group().strip()][:_DATELINE_LINES]:
        filed = dateline_day(line.group().lstrip())
        if filed is None:
            continue
        for year in (run_date.year, run_date.year - 1):
            try:
                day = datetime.date(year, *filed)
            except ValueError:
                continue
            if 0 <= (run_date - day).days <= _FRESH_DAYS:
                return day
        return None
    return None


def _full_dateline(text: str) -> datetime.date | None:
    """A full date (day, month and year) on a line near the top, as `find_dateline` reads it."""
    for found in _dateline_dates(text):
        if found.value is None or not _FULL_DATE.match(found.value):
            continue
        try:
            return datetime.date.fromisoformat(found.value)
        except ValueError:
            continue
    return None


# How many days before the run a dateline's day may lie when its weekday gives its year: in a
# year a day of the month falls on a weekday once at most (again only 5, 6 or 11 years on).
_PINNED_DAYS = 366
_NO_YEAR = re.compile(r"--(\d{2})-(\d{2})")
_WEEKDAY_FIRST = re.compile(rf"(?P<wd>{WEEKDAY_RE})\b")


def _pinned_by_its_weekday(text: str, run_date: datetime.date) -> tuple[bool, datetime.date | None]:
    """Whether a line near the top dates the article by a weekday and a day with no year
    ("LONDON, Tuesday 8 December", "Published: Tuesday, December 8"), and its day: the one in
    the year before `run_date` that falls on that weekday, else None (the weekday says that
    the week before the run is not its year either)."""
    for found in _dateline_dates(text):
        day = _NO_YEAR.fullmatch(found.value or "")
        weekday = _WEEKDAY_FIRST.match(text, found.start, found.end)
        if day is None or weekday is None:
            continue
        for year in (run_date.year, run_date.year - 1):
            try:
                filed = datetime.date(year, int(day[1]), int(day[2]))
            except ValueError:
                continue
            on_its_weekday = filed.weekday() == weekday_number(weekday["wd"])
            if on_its_weekday and 0 <= (run_date - filed).days <= _PINNED_DAYS:
                return True, filed
        return True, None
    return False, None


def _dateline_dates(text: str) -> Iterator[Found]:
    """The dates near the top that may be the article's own, line by line: on one of the first
    lines where the date is most of the line or a cue stands ("Published", a dateline), or
    further down after a cue; near the start of its line."""
    head = text[:_DATELINE_CHARS]
    lines = [m for m in _LINE.finditer(head) if m.group().strip()][:_CUED_DATELINE_LINES]
    for number, line in enumerate(lines):
        # A dateline opening the line is a cue too: "WETHERBY, 3 December 2019 - The ...".
        cue = _DATELINE_CUE.search(line.group()) is not None
        cue = cue or dateline_prefix(line.group().lstrip()) > 0
        if not cue and number >= _DATELINE_LINES:
            continue  # below share buttons and a two-line byline: only "Updated ..." counts
        letters = len(line.group().replace(" ", ""))
        for found in scan(text, line.start(), line.end()):
            if found.value is None:
                continue
            # Without a cue the date must be most of its line: a date inside the story's first
            # sentence ("The council met on 4 May 2018.") is not its dateline.
            if not cue and 2 * len(text[found.start : found.end].replace(" ", "")) < letters:
                continue
            if found.start - line.start() > _DATELINE_OFFSET:
                continue  # far into a long line: part of the story, whatever the cue
            yield found
