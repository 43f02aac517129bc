"""Calendar arithmetic for date facts: TIMEX3-style values from a reference date.

Every function here is pure and total: an impossible date gives None, never an exception. The
value conventions follow TimeML's TIMEX3 (as TimeBank uses them): "YYYY-MM-DD", "YYYY-MM",
"YYYY", "YYYY-Qn", "YYYY-Hn", "YYYY-Www", "YYYY-Www-WE", "YYYY-SU" (seasons), "199X" (decade),
"19" (century), and "--MM-DD" for a day of a month when no year is known.
"""

from __future__ import annotations

import datetime
import re

SEASONS: dict[str, str] = {
    "spring": "SP",
    "summer": "SU",
    "fall": "FA",
    "autumn": "FA",
    "winter": "WI",
}
# The month a season starts (northern hemisphere, as the news sets we read use).
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def make_date(year: int | None, month: int, day: int) -> str | None:
    """ISO "YYYY-MM-DD", or "--MM-DD" without a year; None when the day does not exist."""
    if not 1 <= month <= 12 or day < 1:
        return None
    # A leap year when the year is unknown, so "--02-29" is allowed.
    check_year = 2000 if year is None else year
    try:
        datetime.date(check_year, month, day)
    except ValueError:
        return None
    if year is None:
        return f"--{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def make_month(year: int, month: int) -> str | None:
    """ISO "YYYY-MM"; None for a month that does not exist."""
    return f"{year:04d}-{month:02d}" if 1 <= month <= 12 else None


def day_value(day: datetime.date) -> str:
    """ISO value of a calendar day."""
    return day.isoformat()


def week_value(day: datetime.date) -> str:
    """ISO week ("YYYY-Www") of the week holding `day`."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def shift_days(ref: datetime.date, days: int) -> datetime.date | None:
    """`ref` moved by `days`, or None when it leaves the calendar."""
    try:
        return ref + datetime.timedelta(days=days)
    except OverflowError:
        return None


def shift_months(year: int, month: int, months: int) -> tuple[int, int]:
    """(year, month) moved by `months`."""
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def quarter_of(day: datetime.date) -> int:
    """Calendar quarter (1-4) of a day."""
    return (day.month - 1) // 3 + 1


def resolve_weekday(ref: datetime.date, weekday: int, direction: int) -> datetime.date | None:
    """The day with `weekday` (Monday 0) nearest `ref` in a direction.

    Args:
        ref: the reference date.
        weekday: 0 for Monday ... 6 for Sunday.
        direction: -1 strictly before (last Friday), +1 strictly after (next Friday),
            0 the same or the most recent before (a bare "Friday" in a past-tense report),
            2 the same or the next after (a bare "Friday" with a future verb),
            3 the nearer of the two (no tense word at all; a tie goes back).
    """
    if direction == -1:
        delta = -((ref.weekday() - weekday) % 7 or 7)
    elif direction == 1:
        delta = (weekday - ref.weekday()) % 7 or 7
    elif direction == 2:
        delta = (weekday - ref.weekday()) % 7
    elif direction == 3:
        back, ahead = (ref.weekday() - weekday) % 7, (weekday - ref.weekday()) % 7
        delta = ahead if ahead < back else -back
    else:
        delta = -((ref.weekday() - weekday) % 7)
    return shift_days(ref, delta)


def nth_weekday(year: int, month: int, weekday: int, n: int) -> datetime.date | None:
    """The `n`th `weekday` (Monday 0) of a month; `n` -1 is the last. None if there is none."""
    if n < 0:
        last = datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1)
        return last - datetime.timedelta(days=(last.weekday() - weekday) % 7)
    first = datetime.date(year, month, 1)
    day = first + datetime.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    return day if day.month == month else None


def resolve_month_year(ref: datetime.date, month: int, direction: int) -> int:
    """The year of a month named without one: -1 last, +1 next, 0 this (the reference year)."""
    if direction == -1:
        return ref.year if month < ref.month else ref.year - 1
    if direction == 1:
        return ref.year if month > ref.month else ref.year + 1
    return ref.year


def resolve_quarter_year(ref: datetime.date, quarter: int, future: bool = False) -> int:
    """The year of "the third quarter" said on `ref`: the current year unless it is far ahead.

    A quarter up to one ahead of the current one is this year's (reports name the quarter just
    ended or the one coming); one further ahead is last year's. With a verb of the future
    ("will rise in the first quarter", said in December), the first such quarter not yet over.
    """
    if future:
        return ref.year if quarter >= quarter_of(ref) else ref.year + 1
    return ref.year if quarter <= quarter_of(ref) + 1 else ref.year - 1


def resolve_season(ref: datetime.date, code: str, direction: int) -> str:
    """TIMEX value of a season said on `ref`: "last fall" (-1), "this summer" (0), "next" (+1),
    or the one not yet over, as a future verb reads "in the autumn" (2).

    A season instance is named by the year it starts in (winter 1998 runs Dec 1998 - Feb 1999).
    """
    start = SEASON_START[code]
    now = ref.year * 12 + ref.month - 1
    # The latest instance that has started by the reference month.
    year = ref.year if ref.month >= start else ref.year - 1
    running = now < year * 12 + start - 1 + 3
    if direction == 2:
        chosen = year if running else year + 1
    elif running:
        chosen = {-1: year - 1, 0: year, 1: year + 1}[direction]
    elif direction == -1:
        chosen = year
    elif direction == 1:
        chosen = year + 1
    else:
        # "this summer" said in October means the one just past; said in March, the coming one.
        chosen = year + 1 if year + 1 == ref.year else year
    return f"{chosen:04d}-{code}"


# Holidays on the same day every year (month, day).
_FIXED_HOLIDAYS = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "boxing day": (12, 26),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "hogmanay": (12, 31),
    "burns night": (1, 25),
    "valentine's day": (2, 14),
    "st patrick's day": (3, 17),
    "independence day": (7, 4),
    "juneteenth": (6, 19),
    "halloween": (10, 31),
    "bonfire night": (11, 5),
    "guy fawkes night": (11, 5),
    "armistice day": (11, 11),
    "remembrance day": (11, 11),
    "veterans day": (11, 11),
}
# Moveable feasts, in days from (Western) Easter Sunday.
_FROM_EASTER = {
    "easter": 0,
    "easter sunday": 0,
    "easter day": 0,
    "shrove tuesday": -47,
    "pancake day": -47,
    "ash wednesday": -46,
    "palm sunday": -7,
    "maundy thursday": -3,
    "good friday": -2,
    "easter monday": 1,
    "whit monday": 50,
}
# The n-th weekday (Monday 0) of a month: (month, weekday, n); n = -1 is the month's last.
_NTH_WEEKDAY = {
    "martin luther king day": (1, 0, 3),
    "martin luther king jr day": (1, 0, 3),
    "presidents' day": (2, 0, 3),
    "presidents day": (2, 0, 3),
    "memorial day": (5, 0, -1),
    "labor day": (9, 0, 1),
    "columbus day": (10, 0, 2),
    "remembrance sunday": (11, 6, 2),
    "thanksgiving": (11, 3, 4),
    "thanksgiving day": (11, 3, 4),
}
# The shopping days after (US) Thanksgiving, in days from it.
_FROM_THANKSGIVING = {"black friday": 1, "small business saturday": 2, "cyber monday": 4}


def holiday(name: str, year: int) -> datetime.date | None:
    """The day of a (UK/US/Christian calendar) holiday in `year`, or None if unknown. `name`
    is in lower case with straight apostrophes; periods are ignored ("St. Patrick's Day")."""
    name = name.replace(".", "")
    if not 1 <= year <= 9999:
        return None
    if name in _FIXED_HOLIDAYS:
        month, day = _FIXED_HOLIDAYS[name]
        return datetime.date(year, month, day)
    if name in _FROM_EASTER:
        return _easter(year) + datetime.timedelta(days=_FROM_EASTER[name])
    if name in _FROM_THANKSGIVING:
        thanksgiving = _nth_weekday(year, 11, 3, 4)
        return thanksgiving + datetime.timedelta(days=_FROM_THANKSGIVING[name])
    if name in _NTH_WEEKDAY:
        month, weekday, n = _NTH_WEEKDAY[name]
        if n == -1:
            last = datetime.date(year, month + 1, 1) - datetime.timedelta(days=1)
            return last - datetime.timedelta(days=(last.weekday() - weekday) % 7)
        return _nth_weekday(year, month, weekday, n)
    if name == "election day":
        first_monday = _nth_weekday(year, 11, 0, 1)
        return first_monday + datetime.timedelta(days=1)
    return None


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> datetime.date:
    first = datetime.date(year, month, 1)
    return first + datetime.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def _easter(year: int) -> datetime.date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    r = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * r) // 433
    month = (h + r - 7 * m + 90) // 25
    return datetime.date(year, month, (h + r - 7 * m + 33 * month + 19) % 32)


_UNITS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen".split()
    )
}
_TENS = {
    w: 10 * (i + 2)
    for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())
}


def spelled_year_value(words: str) -> int | None:
    """1996 for "nineteen ninety-six", 2000 for "two thousand", 1905 for "nineteen oh five"."""
    parts = re.split(r"[\s-]+", words.lower())
    if parts[:2] == ["two", "thousand"]:
        rest = [p for p in parts[2:] if p != "and"]
        return 2000 + (_small_number(rest) if rest else 0)
    if parts[0] not in _UNITS:
        return None
    century = _UNITS[parts[0]]
    rest = parts[1:]
    if rest == ["hundred"]:
        return century * 100
    if rest[:1] == ["oh"]:
        rest = rest[1:]
    small = _small_number(rest)
    return century * 100 + small if 0 < small < 100 else None


def _small_number(parts: list[str]) -> int:
    total = 0
    for part in parts:
        total += _TENS.get(part, _UNITS.get(part, 0))
    return total
