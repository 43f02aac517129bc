"""Words and regular-expression pieces that the date rules are built from.

Month and weekday names are matched case-sensitively (capitalised or all capitals): "may",
"march" and "august" in lower case are ordinary words. Relative words ("last", "week") are
matched in either case. Open word lists (counted nouns, title words ...) are plain files in
resources/lexicons/dates_*.txt, read once at import.
"""

from __future__ import annotations

import re

from app.core.facts.lexicon import lexicon

MONTHS: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# Abbreviations always carry their period ("Aug. 7"); "Sept" and "Sept." are both common.
_MONTH_ABBREVIATIONS = ("Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAYS: tuple[str, ...] = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)

NUMBER_WORDS: dict[str, int] = {
    "a": 1,
    "an": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "hundred": 100,
    "a dozen": 12,
    "a couple of": 2,
    "a couple": 2,
}
# Counts with no exact number: "a few years ago" is a vague past, not a year.
VAGUE_COUNTS: frozenset[str] = frozenset({"a few", "few", "several", "many", "some"})
ORDINALS: dict[str, int] = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
DECADE_WORDS: dict[str, int] = {
    "twenties": 2,
    "thirties": 3,
    "forties": 4,
    "fifties": 5,
    "sixties": 6,
    "seventies": 7,
    "eighties": 8,
    "nineties": 9,
}
HOLIDAYS: tuple[str, ...] = (
    "Christmas Day",
    "Christmas Eve",
    "Christmas",
    "Boxing Day",
    "New Year's Day",
    "New Year's Eve",
    "Hogmanay",
    "Burns Night",
    "Thanksgiving Day",
    "Thanksgiving",
    "Black Friday",
    "Small Business Saturday",
    "Cyber Monday",
    "Shrove Tuesday",
    "Pancake Day",
    "Ash Wednesday",
    "Palm Sunday",
    "Maundy Thursday",
    "Good Friday",
    "Easter Sunday",
    "Easter Monday",
    "Easter Day",
    "Easter",
    "Whit Monday",
    "Election Day",
    "Independence Day",
    "Juneteenth",
    "Labor Day",
    "Memorial Day",
    "Martin Luther King Day",
    "Martin Luther King Jr. Day",
    "Presidents' Day",
    "Presidents Day",
    "Columbus Day",
    "St Patrick's Day",
    "St. Patrick's Day",
    "Halloween",
    "Bonfire Night",
    "Guy Fawkes Night",
    "Armistice Day",
    "Remembrance Day",
    "Remembrance Sunday",
    "Veterans Day",
    "Valentine's Day",
)

COUNTED_NOUNS: frozenset[str] = lexicon("dates_counted_nouns.txt")
YEAR_NOUNS: frozenset[str] = lexicon("dates_year_nouns.txt")
NOT_YEAR_BEFORE: frozenset[str] = lexicon("dates_not_year_before.txt")
# Months that are also common words or names ("May", "March", "June", "April", "August"):
# alone they need a preposition or modifier before them to count as a date.
AMBIGUOUS_MONTHS: frozenset[str] = frozenset({"May", "March", "June", "April", "August"})
DATE_PREPOSITIONS: frozenset[str] = frozenset(
    """
    in on by since until till before after during through throughout from to of early late mid
    last this next between and or around about circa from end beginning start middle
    """.split()
)


def _alternation(words: tuple[str, ...]) -> str:
    """Names in title case or all capitals, longest first so alternatives never cut a name."""
    forms = [w for name in words for w in (name, name.upper())]
    return "|".join(sorted(set(forms), key=len, reverse=True))


MONTH_FULL_RE = _alternation(MONTHS)
# Every alternative opens on a letter ("Jan\.", not "(?:Jan|...)\."), so that a pattern opening
# on a month lets the engine skip ahead to the letters a month can start with.
MONTH_RE = (
    "(?:"
    + MONTH_FULL_RE
    + "|"
    + "|".join(a + r"\." for abbr in (*_MONTH_ABBREVIATIONS, "Sept") for a in (abbr, abbr.upper()))
    + r"|Sept(?=\s)|"
    # Without the period only right before a number: "12 Mar 2019", "Mar 12".
    + "|".join(a for abbr in _MONTH_ABBREVIATIONS for a in (abbr, abbr.upper()))
    + r"(?=\s+\d))"
)
WEEKDAY_RE = _alternation(WEEKDAYS)
# Day of month: 1-31 with an optional ordinal suffix, not part of a bigger number or a time.
DAY_RE = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d%]|[.,:]\d)"
# Year 1000-2099, not part of a bigger number, a decimal or a time.
YEAR_RE = r"(?<![\d$£€#.,/])(?<!\d-)(?:1\d{3}|20\d{2})(?![\d%]|[.,:/]\d|-\d)"
NUMBER_RE = (
    r"(?:(?<![\d,.])\d{1,3}(?:,\d{3})*(?![\d,.]\d)|"
    + "|".join(sorted((w.replace(" ", r"\s+") for w in NUMBER_WORDS), key=len, reverse=True))
    + r"|a\s+few|few|several|many|some)"
)
ORDINAL_RE = "|".join(ORDINALS)
SEASON_RE = "spring|summer|fall|autumn|winter"
PART_OF_DAY_RE = "morning|afternoon|evening|night|overnight"
# Longest first, so that "Easter Monday" is not cut to "Easter".
HOLIDAY_RE = "|".join(
    re.escape(h).replace(r"\ ", r"\s+").replace("'", "['’]")
    for h in sorted(HOLIDAYS, key=len, reverse=True)
)


_MONTH_BY_PREFIX = {m[:3].lower(): i for i, m in enumerate(MONTHS, start=1)}
_WEEKDAY_BY_NAME = {d.lower(): i for i, d in enumerate(WEEKDAYS)}


def month_number(name: str) -> int:
    """1-12 for a month name or abbreviation ("Sept.", "AUG.", "December")."""
    return _MONTH_BY_PREFIX[name[:3].lower()]


def weekday_number(name: str) -> int:
    """0 (Monday) to 6 (Sunday) for a weekday name."""
    return _WEEKDAY_BY_NAME[name.lower()]
