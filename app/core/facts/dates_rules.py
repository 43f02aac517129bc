"""The date rules: one compiled pattern per form, each with a function that checks its context
and computes its TIMEX3 value.

A rule's function returns a `Found` (span and value) or None to reject the match. Values for
relative expressions need the reference date; without one they are None, except where the words
themselves give the value ("Aug. 7, 1998", "--08-07" for "Aug. 7", "1990s").

The rules were written from general English date usage and then tuned against the errors seen on
the TimeBank dev set (timebank-dev.jsonl); no string from it is listed here.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass

from app.core.facts import dates_resolve as rs
from app.core.facts.dates_context import Context
from app.core.facts.dates_lexicon import (
    AMBIGUOUS_MONTHS,
    COUNTED_NOUNS,
    DATE_PREPOSITIONS,
    DECADE_WORDS,
    MONTHS,
    NOT_YEAR_BEFORE,
    NUMBER_WORDS,
    ORDINALS,
    VAGUE_COUNTS,
    WEEKDAYS,
    YEAR_NOUNS,
    month_number,
    weekday_number,
)


@dataclass(frozen=True, slots=True)
class Found:
    """A date found by a rule: span in the text, value, and its rule's name."""

    start: int
    end: int
    value: str | None
    kind: str


# How far ahead of the reference date a month named in a past-tense report may lie.
_AHEAD_MONTHS = 3
_REL_YEAR = r"(?:this|last|next)\s+year"
_STRONG_PREPOSITIONS = frozenset(
    "in since until till during before after by through circa from between".split()
)
_FINANCE_NOUNS = frozenset(
    "profit profits earnings results sales loss losses revenue revenues net growth output".split()
)
# Capitalised words after a weekday that make it a title ("Sunday Times"), not a day.
_WEEKDAY_TITLES = frozenset(
    "Times Telegraph Mirror Express Herald Post Mail Tribune Star Sport Independent Business "
    "Review Magazine Edition School Club League Service".split()
)
_CAPITALISED_OK = frozenset(
    [*MONTHS, *WEEKDAYS, "Fiscal", "Calendar", "Spring", "Summer", "Autumn", "Fall", "Winter"]
    + [p.capitalize() for p in DATE_PREPOSITIONS]
    + ["Christmas", "Easter", "Year", "The", "Mid", "Early", "Late", "Since", "Until"]
)
_NOWADAYS_NOUNS = frozenset(
    "world society youth young children generation generations standards terms culture era age "
    "economy technology students kids teenagers families".split()
)


_NOWADAYS_CLAUSE = re.compile(
    r"\b(?:than\s+ever|no\s+longer|any\s?more|nowadays|increasingly|these\s+days|"
    r"still\s+(?:is|are|has|have)|has\s+become|have\s+become)\b",
    re.IGNORECASE,
)
# A weekday or month after these names a repeating time ("every Monday"), not a date.
_SET_WORDS = frozenset({"every", "each", "most", "all", "some"})


def _found(m: re.Match[str], value: str | None, kind: str) -> Found:
    return Found(m.start(), m.end(), value, kind)


def _relative_year(phrase: str | None, ref: datetime.date | None) -> int | None:
    """The year of "this year" / "last year" / "next year" or of a written year."""
    if phrase is None:
        return None
    words = phrase.lower().split()
    if words[0].isdigit():
        return int(words[0])
    if ref is None or words[-1] != "year":
        return None
    return ref.year + {"this": 0, "last": -1, "next": 1}.get(words[0], 0)


def _year_for_month(ref: datetime.date, month: int, future: bool, day: int = 15) -> int:
    """The year of a month (or a day in it) named without a year, said on `ref`.

    News reports look back: without a future verb, the latest such date no more than about a
    month after the reference date; with one, the first on or after the reference month.
    """
    for year in (
        (ref.year + 1, ref.year, ref.year - 1)
        if not future
        else (ref.year - 1, ref.year, ref.year + 1)
    ):
        distance = (year * 12 + month) - (ref.year * 12 + ref.month) + (day - ref.day) / 31
        if future and distance >= -0.5:
            return year
        if not future and distance <= _AHEAD_MONTHS:
            return year
    return ref.year


def _plural_noun(word: str) -> bool:
    return (
        word.islower()
        and len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and word not in YEAR_NOUNS
    )


def year_in_context(ctx: Context, start: int, end: int, year: int) -> bool:
    """True when a four-digit number reads as a year, not a quantity or a label."""
    before = ctx.word_before(start)
    after = ctx.next_word(end)
    lower_before = before.lower().rstrip(".")
    if after.lower() in COUNTED_NOUNS:
        return False
    if ctx.text[end : end + 2].startswith("-") and ctx.text[end + 1 : end + 2].isalpha():
        return False  # "2000-strong", "1500-year-old"
    strong = lower_before in _STRONG_PREPOSITIONS
    if year < 1800 and not strong and lower_before not in ("of", "year", "the"):
        return False
    if strong:
        return True
    if lower_before in NOT_YEAR_BEFORE or _plural_noun(after):
        return False
    if before.endswith(("'s", "’s")):
        return True  # "the company's 1989 results"
    # "Windows 2000", "Euro 2004": a year right after a name is part of the name.
    return not (
        before[:1].isupper()
        and before not in _CAPITALISED_OK
        and not before.isupper()
        and not ctx.starts_sentence(start - len(before) - 1)
    )


# --- explicit calendar dates -------------------------------------------------------------------


def _day_month(m: re.Match[str], ctx: Context) -> Found | None:
    month = month_number(m["mon"])
    day = int(re.sub(r"\D", "", m["day"]))
    year = int(m["year"]) if m["year"] else None
    if year is None and ctx.next_word(m.end()).lower() in COUNTED_NOUNS:
        return None
    if year is not None and not year_in_context(ctx, m.start("year"), m.end(), year):
        return _day_month_without_year(m, ctx, month, day)
    if year is None:
        return _day_month_without_year(m, ctx, month, day)
    return _found(m, rs.make_date(year, month, day), "date")


def _day_month_without_year(m: re.Match[str], ctx: Context, month: int, day: int) -> Found | None:
    end = m.end("day") if m.start("day") > m.start("mon") else m.end("mon")
    if rs.make_date(None, month, day) is None:
        return Found(m.start(), end, None, "date")
    if ctx.ref is None:
        return Found(m.start(), end, rs.make_date(None, month, day), "date")
    year = _year_for_month(ctx.ref, month, ctx.is_future(m.start(), end), day)
    return Found(m.start(), end, rs.make_date(year, month, day), "date")


def _month_year(m: re.Match[str], ctx: Context) -> Found | None:
    month = month_number(m["mon"])
    if m["year"]:
        year = int(m["year"])
        if not year_in_context(ctx, m.start("year"), m.end(), year) and m["of"] is None:
            return None
    else:
        rel_year = _relative_year(m["rel"], ctx.ref)
        if rel_year is None:
            return _found(m, None, "month")
        year = rel_year
    return _found(m, rs.make_month(year, month), "month")


def _numeric(m: re.Match[str], ctx: Context) -> Found | None:
    if m["iy"]:
        return _found(m, rs.make_date(int(m["iy"]), int(m["im"]), int(m["id"])), "numeric")
    first, second, year_text = int(m["a"]), int(m["b"]), m["sy"]
    year = int(year_text) if len(year_text) == 4 else 2000 + int(year_text)
    if len(year_text) == 2 and year > (ctx.ref.year if ctx.ref else 2030) + 1:
        year -= 100
    # Month first (US style) unless the first number cannot be a month.
    month, day = (second, first) if first > 12 else (first, second)
    return _found(m, rs.make_date(year, month, day), "numeric")


def _month_alone(m: re.Match[str], ctx: Context) -> Found | None:
    name = m["mon"].capitalize()
    before = ctx.word_before(m.start()).lower()
    after = ctx.word_after(m.end())
    if before in _SET_WORDS:
        return None  # "every July"
    anchored = m["mod"] is not None or before in DATE_PREPOSITIONS
    if before in ("a", "an", "the") and after.islower() and after not in ("of", "and", "or"):
        anchored = True  # "a June agreement", "the March accession"
    if after[:1].isupper() and after not in _CAPITALISED_OK and not anchored:
        return None  # "June Carter", "October Revolution"
    if name in AMBIGUOUS_MONTHS and not anchored:
        return None
    month = month_number(name)
    if ctx.ref is None:
        return _found(m, None, "month")
    year = _year_for_month(ctx.ref, month, ctx.is_future(m.start(), m.end()))
    return _found(m, rs.make_month(year, month), "month")


def _year(m: re.Match[str], ctx: Context) -> Found | None:
    year = int(m["year"])
    fixed = m["pre"] is not None or m["mod"] is not None  # "fiscal 1989", "post-1959"
    if not fixed and not year_in_context(ctx, m.start("year"), m.end(), year):
        return None
    return _found(m, f"{year:04d}", "year")


def _decade(m: re.Match[str], ctx: Context) -> Found | None:
    if m["cent"]:
        return _found(m, f"{m['cent']}{m['dec']}X", "decade")
    digit = int(m["short"]) if m["short"] else DECADE_WORDS[m["word"].lower()]
    if ctx.ref is None:
        return _found(m, None, "decade")
    century = ctx.ref.year // 100 if digit * 10 <= ctx.ref.year % 100 else ctx.ref.year // 100 - 1
    return _found(m, f"{century:02d}{digit}X", "decade")


def _century(m: re.Match[str], ctx: Context) -> Found | None:
    number = int(m["n"])
    return _found(m, f"{number - 1:02d}" if 1 <= number <= 21 else None, "century")


# --- quarters and reporting periods ------------------------------------------------------------


def _quarter(m: re.Match[str], ctx: Context) -> Found | None:
    number = ORDINALS[m["ord"].lower()]
    unit = m["unit"].lower()
    year_phrase = m["y1"] or m["y2"] or m["y3"] or m["y4"]
    if unit == "half":
        if number > 2:
            return None
        fiscal = "fiscal" in m.group().lower()
        if (
            year_phrase is None
            and not fiscal
            and ctx.word_after(m.end()).lower() not in _FINANCE_NOUNS
        ):
            return None  # "the first half" of a match
    year = _relative_year(year_phrase, ctx.ref)
    if year is None and year_phrase is None and ctx.ref is not None:
        year = rs.resolve_quarter_year(ctx.ref, number) if unit == "quarter" else ctx.ref.year
    code = "Q" if unit == "quarter" else "H"
    return _found(m, f"{year:04d}-{code}{number}" if year is not None else None, "quarter")


def _reporting_period(m: re.Match[str], ctx: Context) -> Found | None:
    mods = m["mods"].lower().split()
    unit = m["unit"].lower()
    earlier = any(w in ("year-ago", "year-earlier", "ago", "earlier") for w in mods)
    if (
        unit == "period"
        and not earlier
        and not {"latest", "comparable", "corresponding"} & set(mods)
    ):
        return None
    if ctx.ref is None:
        return _found(m, None, "year_ago" if earlier else "quarter")
    if "current" in mods:
        year, quarter = ctx.ref.year, rs.quarter_of(ctx.ref)
    else:
        # The quarter most recently reported: the one before the reference date's.
        year, month = rs.shift_months(ctx.ref.year, rs.quarter_of(ctx.ref) * 3 - 2, -3)
        quarter = (month - 1) // 3 + 1
    if earlier:
        year -= 1
    return _found(m, f"{year:04d}-Q{quarter}", "year_ago" if earlier else "quarter")


def _year_ago_adjective(m: re.Match[str], ctx: Context) -> Found | None:
    value = f"{ctx.ref.year - 1:04d}" if ctx.ref else None
    return _found(m, value, "year_ago")


# --- days and periods relative to the reference date -------------------------------------------


def _is_nowadays(m: re.Match[str], ctx: Context) -> bool:
    """True for "today" meaning "nowadays": "(today known as ...)", "the world of today"."""
    before = ctx.word_before(m.start()).lower()
    after = ctx.word_after(m.end()).lower()
    if ctx.char_before(m.start()) == "(" or after in ("known", "called", "named"):
        return True
    if before in ("of", "even", "still", "unlike") or after in ("still",):
        return True
    possessive = ctx.text[m.end() : m.end() + 2] in ("'s", "’s")
    if possessive and ctx.word_after(m.end() + 2).lower() in _NOWADAYS_NOUNS:
        return True
    # "Today, more people own phones than ever": words of a lasting state in the clause.
    left, right = ctx.clause(m.start(), m.end())
    return bool(_NOWADAYS_CLAUSE.search(left[-40:] + " " + right))


def _relative_day(m: re.Match[str], ctx: Context) -> Found | None:
    word = m["word"].lower()
    if m["word"][0].isupper() and not ctx.starts_sentence(m.start()):
        return None  # "USA Today", the "Today" programme
    if word == "today" and _is_nowadays(m, ctx):
        return None
    if ctx.ref is None:
        return _found(m, None, "relative")
    offset = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[word]
    day = rs.shift_days(ctx.ref, offset)
    return _found(m, rs.day_value(day) if day else None, "relative")


def _weekday(m: re.Match[str], ctx: Context) -> Found | None:
    after = ctx.word_after(m.end())
    if after in _WEEKDAY_TITLES:
        return None
    before = ctx.word_before(m.start())
    if before.lower() in _SET_WORDS:
        return None  # "every Monday"
    if before == "on" and not m["rel"]:
        # "the Mail on Sunday", "Scotland on Sunday": a title, not a day.
        two_before = ctx.word_before(m.start() - 3)
        if two_before[:1].isupper() and ctx.word_before(m.start() - 4 - len(two_before)) in (
            "the",
            "The",
            "",
        ):
            return None
    if ctx.ref is None:
        return _found(m, None, "weekday")
    rel = (m["rel"] or "").lower().split()
    if rel and rel[0] in ("last", "previous", "past"):
        direction = -1
    elif rel and rel[-1] in ("next", "following", "coming"):
        direction = 1
    else:
        direction = 2 if ctx.is_future(m.start(), m.end()) else 0
    day = rs.resolve_weekday(ctx.ref, weekday_number(m["wd"]), direction)
    return _found(m, rs.day_value(day) if day else None, "weekday")


def _direction(word: str) -> int:
    word = word.lower().split()[-1]
    if word in ("last", "past", "previous"):
        return -1
    if word in ("next", "coming", "following"):
        return 1
    return 0


def _relative_unit(m: re.Match[str], ctx: Context) -> Found | None:
    unit = m["unit"]
    if m.group()[0].isupper() and not ctx.starts_sentence(m.start()):
        return None  # "This Week", a programme's name
    if ctx.ref is None:
        return _found(m, None, "relative")
    ref, direction = ctx.ref, _direction(m["rel"])
    lower = unit.lower()
    value: str | None
    if unit.capitalize() in MONTHS:
        month = month_number(unit)
        value = rs.make_month(rs.resolve_month_year(ref, month, direction), month)
    elif lower in rs.SEASONS:
        value = rs.resolve_season(ref, rs.SEASONS[lower], direction)
    elif lower in ("week", "weekend"):
        day = rs.shift_days(ref, 7 * direction)
        value = rs.week_value(day) + ("-WE" if lower == "weekend" else "") if day else None
    elif lower == "month":
        value = rs.make_month(*rs.shift_months(ref.year, ref.month, direction))
    elif lower == "year":
        value = f"{ref.year + direction:04d}"
    elif lower == "quarter":
        year, month = rs.shift_months(ref.year, ref.month, 3 * direction)
        value = f"{year:04d}-Q{(month - 1) // 3 + 1}"
    elif lower == "decade":
        value = f"{ref.year // 10 + direction:03d}X"
    else:
        value = f"{ref.year // 100 + direction:02d}"
    return _found(m, value, "relative")


def _ago(m: re.Match[str], ctx: Context) -> Found | None:
    direction_word = m["dir"].lower()
    if direction_word == "before":
        following = ctx.text[m.end() : m.end() + 2].lstrip(" ")
        if following and following[0] not in ".,;:)!?":
            return None  # "two years before the war": relative to an event, not a date
    sign = 1 if direction_word == "later" else -1
    number_text = re.sub(r"\s+", " ", m["num"].lower())
    unit = m["unit"].lower().rstrip("s")
    vague = number_text in VAGUE_COUNTS
    count = int(number_text) if number_text.isdigit() else NUMBER_WORDS.get(number_text)
    kind = "year_ago" if unit == "year" and count == 1 else "ago"
    if vague or count is None:
        return _found(m, "PAST_REF" if sign < 0 else "FUTURE_REF", "ago")
    if ctx.ref is None:
        return _found(m, None, kind)
    ref, n = ctx.ref, sign * count
    value: str | None
    if unit == "day":
        day = rs.shift_days(ref, n)
        value = rs.day_value(day) if day else None
    elif unit == "week":
        day = rs.shift_days(ref, 7 * n)
        value = rs.week_value(day) if day else None
    elif unit == "month":
        value = rs.make_month(*rs.shift_months(ref.year, ref.month, n))
    else:
        years = n * {"year": 1, "decade": 10}.get(unit, 100)
        value = f"{ref.year + years:04d}" if 0 < ref.year + years < 10000 else None
    return _found(m, value, kind)


def _season_year(m: re.Match[str], ctx: Context) -> Found | None:
    year = int(m["year"])
    if ctx.next_word(m.end()).lower() in COUNTED_NOUNS:
        return None
    return _found(m, f"{year:04d}-{rs.SEASONS[m['season'].lower()]}", "season")


def _season(m: re.Match[str], ctx: Context) -> Found | None:
    if ctx.ref is None:
        return _found(m, None, "season")
    code = rs.SEASONS[m["season"].lower()]
    return _found(m, rs.resolve_season(ctx.ref, code, 0), "season")


def _vague(m: re.Match[str], ctx: Context) -> Found | None:
    words = m.group().lower()
    if ctx.word_after(m.end()).lower() in ("of", "tense"):
        return None  # "the future of the company"
    future = any(w in words for w in ("future", "near term", "soon"))
    value = "FUTURE_REF" if future else "PAST_REF"
    return _found(m, value, "vague")


def _holiday(m: re.Match[str], ctx: Context) -> Found | None:
    name = re.sub(r"\s+", " ", m["h"].lower()).replace("’", "'")
    if m["year"]:
        day = rs.holiday(name, int(m["year"]))
    elif ctx.ref is None:
        return _found(m, None, "holiday")
    else:
        direction = _direction(m["rel"]) if m["rel"] else 0
        if direction == 0 and not ctx.is_future(m.start(), m.end()):
            direction = -1  # a holiday named in a report without a future verb is the last one
        day = rs.holiday(name, ctx.ref.year)
        if day is not None and direction == -1 and day >= ctx.ref:
            day = rs.holiday(name, ctx.ref.year - 1)
        elif day is not None and direction == 1 and day <= ctx.ref:
            day = rs.holiday(name, ctx.ref.year + 1)
    return _found(m, rs.day_value(day) if day else None, "holiday")


def _period_end(m: re.Match[str], ctx: Context) -> Found | None:
    if ctx.ref is None:
        return _found(m, None, "relative")
    unit = (m["unit"] or m["unit2"] or "year").lower()
    if unit == "day":
        return _found(m, rs.day_value(ctx.ref), "relative")
    if unit == "month":
        return _found(m, rs.make_month(ctx.ref.year, ctx.ref.month), "relative")
    if unit == "week":
        return _found(m, rs.week_value(ctx.ref), "relative")
    if unit == "decade":
        return _found(m, f"{ctx.ref.year // 10:03d}X", "relative")
    if unit == "century":
        return _found(m, f"{ctx.ref.year // 100:02d}", "relative")
    return _found(m, f"{ctx.ref.year:04d}", "relative")


def _weekend(m: re.Match[str], ctx: Context) -> Found | None:
    if ctx.ref is None:
        return _found(m, None, "relative")
    # The weekend just past, or the coming one when a future verb says so.
    direction = 2 if ctx.is_future(m.start(), m.end()) else 0
    saturday = rs.resolve_weekday(ctx.ref, 5, direction)
    return _found(m, rs.week_value(saturday) + "-WE" if saturday else None, "relative")


def _fiscal_year(m: re.Match[str], ctx: Context) -> Found | None:
    mods = m["mods"].lower()
    if not mods.strip() and not m["fiscal"]:
        return None  # a bare "the year" is too often a span of time
    if ctx.ref is None:
        return _found(m, None, "relative")
    year = ctx.ref.year - 1 if "latest" in mods else ctx.ref.year
    return _found(m, f"{year:04d}", "relative")


def _anaphoric(m: re.Match[str], ctx: Context) -> Found | None:
    # The value comes from the date mentioned before it; `extract` fills it in.
    unit = m["unit"].lower()
    unit = "day" if unit in ("morning", "afternoon", "evening", "night") else unit
    shift = 1 if m["next"] else 0
    return _found(m, None, f"anaphoric:{unit}:{shift}")


def _spelled_year(m: re.Match[str], ctx: Context) -> Found | None:
    year = spelled_year_value(m["spelled"])
    if year is None or ctx.next_word(m.end()).lower() in COUNTED_NOUNS:
        return None
    if _plural_noun(ctx.next_word(m.end())):
        return None
    if m["mon"]:
        return _found(m, rs.make_month(year, month_number(m["mon"])), "month")
    return _found(m, f"{year:04d}", "year")


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
