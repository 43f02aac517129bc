"""Date rules for calendar dates and periods named outright: "Aug. 7, 1998", "June 2004", "1997",
"the 1990s", "the fourth quarter of 2004"; plus the shared `Found` type and the year test.

Each function takes a match of its pattern (see `dates_patterns`) and the scan's `Context`, checks
the words around it, and computes its TIMEX3 value. It returns a `Found` (span and value) or None
to reject the match. Values that need the reference date are None without one, except where the
words themselves give the value ("Aug. 7, 1998", "--08-07" for "Aug. 7", "1990s").

The rules were written from general English date usage and then tuned against the errors seen on
the TimeBank dev set (timebank-dev.jsonl); no string from it is listed here.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass
from enum import StrEnum

from app.core.facts.dates import _resolve as rs
from app.core.facts.dates._context import Context, Tense
from app.core.facts.dates._generic import generic_month
from app.core.facts.dates._lexicon import (
    AMBIGUOUS_MONTHS,
    COUNTED_NOUNS,
    DATE_PREPOSITIONS,
    DECADE_WORDS,
    MONTHS,
    NOT_YEAR_BEFORE,
    ORDINALS,
    WEEKDAYS,
    YEAR_NOUNS,
    month_number,
    weekday_number,
)
from app.core.facts.lexicon import lexicon


class AnchorUnit(StrEnum):
    """The unit an anaphoric date counts in from the date mentioned before it."""

    YEAR = "year"
    MONTH = "month"
    WEEK = "week"
    DAY = "day"
    SEASON = "season"  # "the following spring": `Anchor.month` is the month the season starts


@dataclass(frozen=True, slots=True)
class Anchor:
    """An anaphoric date: "that year" (shift 0), "the following month" (+1), "the next morning"
    (a day, +1), "the previous year" (-1), counted from the date the story mentioned last; a
    month or day of such a year ("that October", "30 October that year") names them."""

    unit: AnchorUnit
    shift: int
    month: int | None = None
    day: int | None = None


@dataclass(frozen=True, slots=True)
class Found:
    """A date found by a rule: span in the text, value, its rule's name, and, for an anaphoric
    date, what it counts from (`extract` resolves it)."""

    start: int
    end: int
    value: str | None
    kind: str
    anchor: Anchor | None = None


# How far ahead of the reference date a month named in a past-tense report may lie.
_AHEAD_MONTHS = 3
_REL_YEAR = r"(?:this|last|next)\s+year"
_STRONG_PREPOSITIONS = frozenset(
    "in since until till during before after by through circa from between".split()
)
# Verbs of a change in amount: the number after their "from" is a quantity, not a year.
CHANGE_VERBS = frozenset(
    """
    rose risen rise rises increased increase increases grew grown grow jumped climbed soared surged
    fell fallen fall falls dropped declined decreased slipped slid shrank plunged improved
    """.split()
)
_TO_AMOUNT = re.compile(r"\s+to\s+[$£€]?\d")
_FINANCE_NOUNS = lexicon("dates_finance_nouns.txt")
_REPORT_WORDS = lexicon("dates_report_words.txt")
_CAPITALISED_OK = frozenset(
    [
        *MONTHS,
        *WEEKDAYS,
        *(m[:3] for m in MONTHS),
        *(m[:3] + "." for m in MONTHS),
        "Sept.",
        "Fiscal",
        "Calendar",
        "Spring",
        "Summer",
        "Autumn",
        "Fall",
        "Winter",
    ]
    + [p.capitalize() for p in DATE_PREPOSITIONS]
    + ["Christmas", "Easter", "Year", "The", "Mid", "Early", "Late", "Since", "Until"]
)


# A weekday or month after these names a repeating time ("every Monday"), not a date.
_SET_WORDS = frozenset({"every", "each", "most", "all", "some"})


def _found(m: re.Match[str], value: str | None, kind: str, anchor: Anchor | None = None) -> Found:
    return Found(m.start(), m.end(), value, kind, anchor)


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


_WEEK_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 5, "final": 5}


def _week_of(m: re.Match[str], ctx: Context) -> Found | None:
    """ "the first week of March" (its month: which days a writer counts as the first week is
    not sure), "the week of March 6" (the ISO week holding the day), "the weekend of 9
    January" (that week's weekend); a year written after it, or the one a day of the month
    would have."""
    month = month_number(m["mon"] or m["mon2"])
    day_text = m["day"] or m["day2"]
    day = int(re.sub(r"\D", "", day_text)) if day_text else None
    if day is None and not m["ord"]:
        return None  # "the week of March": no date
    if day is not None and rs.make_date(None, month, day) is None:
        return None
    if m["year"]:
        year = int(m["year"])
    elif ctx.ref is not None:
        rough_day = day if day is not None else 7 * _WEEK_ORDINALS[m["ord"].lower()] - 3
        year = _year_for_month(ctx.ref, month, ctx.tense(m.start(), m.end()), rough_day)
    else:
        return _found(m, None, "week")
    if day is None:
        return _found(m, rs.make_month(year, month), "week")
    value = (
        rs.week_value(datetime.date(year, month, day)) if rs.make_date(year, month, day) else None
    )
    weekend = m["unit"].lower() == "weekend"
    return _found(m, value + "-WE" if value and weekend else value, "week")


def _year_for_month(ref: datetime.date, month: int, tense: Tense, day: int = 15) -> int:
    """The year of a month (or a day in it) named without a year, said on `ref`.

    With a future verb, the first such date on or after the reference month; with a past verb,
    the latest on or before the reference date ("the board met in December", said in November,
    is last December); with neither, news reports look back, but a date up to `_AHEAD_MONTHS`
    ahead is this year's ("the vote in December"); after a past decision of what was to follow
    (`Tense.NEAREST`), the nearest.
    """

    def distance(year: int) -> float:
        return (year * 12 + month) - (ref.year * 12 + ref.month) + (day - ref.day) / 31

    if tense is Tense.NEAREST:
        return min((ref.year, ref.year + 1, ref.year - 1), key=lambda year: abs(distance(year)))
    for year in (ref.year - 1, ref.year, ref.year + 1):
        if tense is Tense.FUTURE and distance(year) >= -0.5:
            return year
    for year in (ref.year + 1, ref.year, ref.year - 1):
        if tense is Tense.PAST and distance(year) <= 0.5:
            return year
        if tense is Tense.UNKNOWN and distance(year) <= _AHEAD_MONTHS:
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


def _quantity_before(ctx: Context, start: int, end: int, preposition: str) -> bool:
    """Whether the number at `start` is an amount by the words around its "of"/"from": "a
    score of 2072", "the number of 1500", "rose from 1061 to 1128" (but "grew from 2015 on")."""
    at = ctx.text.rfind(preposition, max(ctx.lo, start - 20), start)
    if at < 0:
        return False
    word = ctx.word_before(at).lower()
    if preposition == "of":
        return word in NOT_YEAR_BEFORE
    return word in CHANGE_VERBS and _TO_AMOUNT.match(ctx.text, end) is not None


def year_in_context(ctx: Context, start: int, end: int, year: int) -> bool:
    """True when a four-digit number reads as a year, not a quantity or a label."""
    before = ctx.word_before(start)
    after = ctx.next_word(end)
    lower_before = before.lower().rstrip(".")
    if after.lower() in COUNTED_NOUNS:
        return False
    if ctx.text[end : end + 2].startswith("-") and ctx.text[end + 1 : end + 2].isalpha():
        return False  # "2000-strong", "1500-year-old"
    if lower_before in ("of", "from") and _quantity_before(ctx, start, end, lower_before):
        return False  # "a total score of 2072", "rose from 1061 to 1128"
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
        return None  # "May 5 people" is not a date
    if year is None or not year_in_context(ctx, m.start("year"), m.end(), year):
        return _day_month_without_year(m, ctx, month, day)
    return _found(m, rs.make_date(year, month, day), "date")


def _day_month_without_year(m: re.Match[str], ctx: Context, month: int, day: int) -> Found | None:
    end = m.end("day") if m.start("day") > m.start("mon") else m.end("mon")
    if rs.make_date(None, month, day) is None:
        return Found(m.start(), end, None, "date")
    if ctx.ref is None:
        return Found(m.start(), end, rs.make_date(None, month, day), "date")
    year = _year_for_month(ctx.ref, month, ctx.tense(m.start(), end), day)
    if m["wd"]:
        year = _year_of_weekday(year, month, day, weekday_number(m["wd"]))
    return Found(m.start(), end, rs.make_date(year, month, day), "date")


def _year_of_weekday(year: int, month: int, day: int, weekday: int) -> int:
    """The year, of `year` and the two beside it, in which the day falls on `weekday` ("Friday,
    April 1" said in June 2016 with a future verb is no April 1 of 2017, a Saturday); `year`
    when that is one of them or none is."""
    for candidate in (year, year - 1, year + 1):
        try:
            if datetime.date(candidate, month, day).weekday() == weekday:
                return candidate
        except ValueError:
            continue
    return year


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
    if first <= 12 and second <= 12 and first != second:
        # 03/04/2005 is 3 April in Britain and March 4 in the US: say nothing rather than guess.
        return _found(m, None, "numeric")
    month, day = (second, first) if first > 12 else (first, second)
    return _found(m, rs.make_date(year, month, day), "numeric")


# The second end of a range of months that gives the year: " and December 2027", " to May 2005".
_RANGE_YEAR = re.compile(
    rf"\s*(?:and|to|until|till|through|[-–])\s+(?P<to>{'|'.join(MONTHS)})\b,?\s+(?P<year>(?:19|20)\d\d)\b"
)


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
    if not anchored and before not in ("this", "last", "next") and generic_month(ctx.text, m.end()):
        return None  # "January is always the hardest month": every January
    if name in AMBIGUOUS_MONTHS and not anchored:
        return None
    month = month_number(name)
    shared = _RANGE_YEAR.match(ctx.text, m.end())
    if shared is not None:
        # "between March and December 2027": the range's year is the first month's too.
        year = int(shared["year"])
        return _found(
            m,
            rs.make_month(year if month <= month_number(shared["to"]) else year - 1, month),
            "month",
        )
    tense = ctx.tense(m.start(), m.end()) if ctx.ref is not None else Tense.UNKNOWN
    earlier = _dated_month_before(ctx, m.start()) if tense is not Tense.FUTURE else None
    if earlier is not None and earlier[1] < month:
        # "opened a centre in June 2025 and started a lunch club in September": a later
        # month of the same sentence goes on in the year it named.
        return _found(m, rs.make_month(earlier[0], month), "month")
    if ctx.ref is None:
        return _found(m, None, "month")
    year = _year_for_month(ctx.ref, month, tense)
    return _found(m, rs.make_month(year, month), "month")


# A month with its year ("June 2025", "June 3, 2025", "3 June 2025").
_DATED_MONTH = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?P<mon>"
    + "|".join(MONTHS)
    + r")\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?P<year>(?:19|20)\d\d)\b"
)
_SENTENCE_END_BEFORE = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“‘'(A-Z0-9])")


def _dated_month_before(ctx: Context, start: int) -> tuple[int, int] | None:
    """(year, month) of the last month named with its year earlier in the same sentence."""
    lo = max(ctx.lo, start - 300)
    ends = list(_SENTENCE_END_BEFORE.finditer(ctx.text, lo, start))
    if ends:
        lo = ends[-1].end()
    found = list(_DATED_MONTH.finditer(ctx.text, lo, start))
    if not found:
        return None
    last = found[-1]
    return int(last["year"]), month_number(last["mon"])


_YEAR_TOLD_SHIFT = {"that": 0, "the same": 0, "the following": 1, "the next": 1, "the previous": -1}


def _month_of_year_told(m: re.Match[str], ctx: Context) -> Found | None:
    """ "that October", "30 October that year", "in May the following year": a month or day of
    the year the story tells of, counted from the date it named last (`extract`)."""
    month = month_number(m["mon1"] or m["mon"])
    day_text = m["day"] or m["day2"]
    day = int(re.sub(r"\D", "", day_text)) if day_text else None
    if day is not None and rs.make_date(None, month, day) is None:
        return None
    shift = _YEAR_TOLD_SHIFT[" ".join((m["rel"] or "that").lower().split())]
    return _found(m, None, "anaphoric", Anchor(AnchorUnit.YEAR, shift, month, day))


def _year(m: re.Match[str], ctx: Context) -> Found | None:
    year = int(m["year"])
    fixed = m["pre"] is not None or m["mod"] is not None  # "fiscal 1989", "post-1959"
    if not fixed and not year_in_context(ctx, m.start("year"), m.end(), year):
        return None
    return _found(m, f"{year:04d}", "year")


def _year_range(m: re.Match[str], ctx: Context) -> Found | None:
    """A span of years, "2004-05" (a season or financial year) or "1998-2002": no one value;
    its TIMEX form is the ISO 8601 interval "2004/2005" (the contract's `value` stays null)."""
    first, second = int(m["first"]), m["second"]
    last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
    if len(second) == 2 and last < first:
        last += 100  # "1999-00"
    if not first < last <= first + (1 if len(second) == 2 else 100):
        return None  # "2004-03", "1998-1990": not a range of years
    if ctx.next_word(m.end()).lower() in COUNTED_NOUNS:
        return None
    return _found(m, f"{first:04d}/{last:04d}", "year")


def _decade(m: re.Match[str], ctx: Context) -> Found | None:
    if m["cent"]:
        return _found(m, f"{m['cent']}{m['dec']}X", "decade")
    short = m["short"] or m["bare"]
    digit = int(short) if short else DECADE_WORDS[m["word"].lower()]
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
    elif (
        year_phrase is None
        and "fiscal" not in m.group().lower()
        and not ctx.reports_figures(_FINANCE_NOUNS, _REPORT_WORDS)
    ):
        return None  # "left the court in the second quarter": a quarter of a game
    year = _relative_year(year_phrase, ctx.ref)
    if year is None and year_phrase is None and ctx.ref is not None:
        hyphenated = "-" in ctx.text[m.end("ord") : m.start("unit")]
        future = not hyphenated and _future_period(ctx, m.start(), m.end())
        if unit == "quarter":
            year = rs.resolve_quarter_year(ctx.ref, number, future)
        else:  # "will close in the first half", said in its second half: next year's
            year = ctx.ref.year + (future and number * 6 < ctx.ref.month)
    code = "Q" if unit == "quarter" else "H"
    value = f"{year:04d}-{code}{number}" if year is not None else None
    start = m.start()
    hyphenated = "-" in ctx.text[m.end("ord") : m.start("unit")]
    if hyphenated and m.group()[:4].lower() == "the ":
        start += 4  # "the third-quarter profit": "the" goes with "profit", not with the date
    return Found(start, m.end(), value, "quarter")


def _quarter_code(m: re.Match[str], ctx: Context) -> Found | None:
    """Codes of business reports: "Q3 2004", "H1", "FY2005", "FY05"."""
    written = m["year"] or m["fy"]
    year: int | None = None
    if written:
        digits = written.lstrip("'’")
        year = int(digits) if len(digits) == 4 else 2000 + int(digits)
    if m["fy"]:
        return _found(m, f"{year:04d}" if year is not None else None, "year")
    code = m["code"]
    if year is None and ctx.ref is not None:
        number = int(code[1])
        future = _future_period(ctx, m.start(), m.end())
        if code[0] == "Q":
            year = rs.resolve_quarter_year(ctx.ref, number, future)
        else:
            year = ctx.ref.year + (future and number * 6 < ctx.ref.month)
    return _found(m, f"{year:04d}-{code}" if year is not None else None, "quarter")


# Verbs of reporting figures: a period they publish ("will report results for the third
# quarter", "third-quarter results") is over, whatever the tense of the reporting.
_REPORTS_FIGURES = re.compile(
    r"\b(?:report|reports|publish|publishes|announce|announces|post|posts|release|releases|"
    r"unveil|unveils|issue|issues)\b",
    re.IGNORECASE,
)


def _future_period(ctx: Context, start: int, end: int) -> bool:
    """Whether a quarter or a half at `start` lies ahead by its verb ("will rise in the first
    quarter", "expects sales to recover in Q2"), not one whose figures are to be reported nor
    one of a reported future ("would")."""
    tense, word = ctx.tense_and_word(start, end)
    if tense is not Tense.FUTURE or word.lower() in _FUTURE_IN_THE_PAST:
        return False  # "said sales would slow in the second quarter": said when, we don't know
    return _REPORTS_FIGURES.search(ctx.clause(start, end)[0]) is None


_FUTURE_IN_THE_PAST = frozenset({"would", "could", "might"})


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


def _spelled_year(m: re.Match[str], ctx: Context) -> Found | None:
    year = rs.spelled_year_value(m["spelled"])
    if year is None or ctx.next_word(m.end()).lower() in COUNTED_NOUNS:
        return None
    if _plural_noun(ctx.next_word(m.end())):
        return None
    if m["mon"]:
        return _found(m, rs.make_month(year, month_number(m["mon"])), "month")
    return _found(m, f"{year:04d}", "year")
