"""Date facts: calendar dates and periods in an article, with TIMEX3-style values.

Public API (used by `app.core.analysis`; `find_dateline` is `_dateline`'s):
    extract(document, reference_date=None) -> list[DateFact]   body sentences only, in order
    scan(text, start=0, end=None, reference_date=None) -> list[Found]   any stretch (a title)

Hand-written rules (`dates_patterns` lists them; `dates_rules` and `dates_relative` check them)
find candidates in each body paragraph; overlapping candidates are settled longest first, so
"Friday, Oct. 23, 1998" wins over "Friday" and "1998". A span never starts with a preposition
("August 18", not "on August 18"); modifiers that belong to the date stay ("early next year",
"the end of 1990").

Values: "YYYY-MM-DD", "YYYY-MM", "YYYY", "--MM-DD" (a day with no year: the year is never
guessed without a reference date), and TIMEX3 forms for the rest ("199X", "2004-Q4", "2004-H1",
"2004-W12", "2004-W12-WE", "2004-SU", "19" for the 20th century, "PAST_REF", "FUTURE_REF").
Relative expressions ("last Friday", "this June", "yesterday") are resolved against the
reference date; without one their value is None. A bare weekday or a month without a year is
placed by the tense of the nearest verb (news looks back unless a future verb points forward).
Impossible dates ("31 February") and ambiguous numeric ones ("03/04/2005") keep value None.

Left out on purpose: durations ("three months"), ages, times of day alone, "now"/"currently",
repeating days ("every Monday"), "today" where it means "nowadays" ("(today known as ...)",
"today, more people than ever ...", "up from £12,570 today"), and "tomorrow" where it means the
future ("the jobs of tomorrow", "tomorrow's leaders").

Tuned on the TimeBank dev set (timebank-dev.jsonl) by reading its errors; the rules are general
English usage, not its strings. `benchmarks/bench_dates.py` prints the figures.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime
import re

from app.core.document import Document
from app.core.facts.dates._carry import YearTold, carry_into_paragraph, carry_years
from app.core.facts.dates._context import Context
from app.core.facts.dates._day_lists import with_listed_days
from app.core.facts.dates._patterns import OPENINGS, RULES, WINDOW_NEEDS
from app.core.facts.dates._resolve import (
    SEASON_START,
    make_date,
    make_month,
    shift_days,
    shift_months,
    week_value,
)
from app.core.facts.dates._rules import Anchor, AnchorUnit, Found
from app.core.facts.model import DateFact
from app.core.facts.nlp.pieces import finditer_from

__all__ = ["contract_value", "extract", "scan"]

# Words before a date that belong to it: "early 1990", "the end of 1990", "mid-November".
_PREFIX = re.compile(
    r"(?:\b(?:[Tt]he\s+)?(?:very\s+)?(?:end|beginning|start|middle|close)\s+of\s+(?:the\s+)?"
    r"|\b(?:[Ee]arly|[Ll]ate|[Mm]id)[-\s]|\b[Mm]id-)$"
)
_QUARTER_VALUE = re.compile(r"^\d{4}-Q\d$")
_FULL_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_YEAR_MONTH = re.compile(r"^\d{4}-\d{2}")
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}T.*")
# What joins two weekdays into a range: "Thursday until Monday", "from 09:00 on Thursday to
# 18:00 on Monday", "Wednesday-Sunday". A list ("made Friday and Thursday") keeps no order.
_WEEKDAY_JOIN = re.compile(
    r"\s*(?:\s(?:until|till|to|through|thru)\s+|\s*[-–—]\s*)"
    r"(?:(?:\d{1,2}[:.]\d{2}|\d{1,2}\s*[ap]\.?m\.?)\s+)?(?:on\s+)?",
    re.IGNORECASE,
)
# How far a match may reach before and after its anchor word.
_WINDOW_BEFORE = 40
_WINDOW_AFTER = 50
# How many sentences after a quarter is named "a year ago" still means that quarter a year ago.
_QUARTER_REACH = 2


def scan(
    text: str,
    start: int = 0,
    end: int | None = None,
    reference_date: datetime.date | None = None,
    anchors: AnchorIndex | None = None,
) -> list[Found]:
    """Date spans in `text[start:end]` (one paragraph or line), in text order, not overlapping.

    Args:
        text: the text; returned offsets point into it.
        start: where to start scanning.
        end: where to stop (default: the end of the text).
        reference_date: the date relative expressions are resolved against.
        anchors: the rules' anchors found once in the whole `text`, when it is scanned
            paragraph by paragraph (the same windows, found faster).

    Returns:
        The dates found, each with its span, value and the name of the rule that found it.
    """
    hi = len(text) if end is None else end
    reference_date = _as_date(reference_date)
    ctx = Context(text, start, hi, reference_date)
    candidates: list[Found] = []
    # Rules that share an anchor (the month rules) share its windows.
    windows: dict[re.Pattern[str], list[tuple[int, int]]] = {}
    for name, anchor, pattern, handler in RULES:
        if anchor not in windows:
            windows[anchor] = (
                anchors.windows(anchor, start, hi)
                if anchors is not None
                else _windows(anchor, text, start, hi)
            )
        needs = WINDOW_NEEDS.get(name)
        opening = OPENINGS.get(name)
        for window_start, window_end in windows[anchor]:
            if needs is not None and not needs(text, window_start, window_end):
                continue  # a word every match holds is missing: no match here
            for m in (
                pattern.finditer(text, window_start, window_end)
                if opening is None
                else finditer_from(opening, pattern, text, window_start, window_end)
            ):
                found = handler(m, ctx)
                if found is not None and found.end > found.start:
                    candidates.append(_with_prefix(found, text, start))
    dates = carry_years(_ordered_weekdays(_settle(candidates), text, reference_date), ctx)
    return with_listed_days(dates, text, start, hi)


def _ordered_weekdays(
    found: list[Found], text: str, reference_date: datetime.date | None
) -> list[Found]:
    """The second weekday of a range runs on from the first ("from Thursday until Monday",
    "taken Wednesday through Sunday").

    Each bare weekday was placed alone by its clause's tense; when the second of two joined
    ones falls on or before the first, the one the reference date does not hold in place moves
    by a week: the second, after a first that is still to come, else the first.
    """
    out = list(found)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        if not (_is_bare_weekday(first, text) and _is_bare_weekday(second, text)):
            continue
        if _WEEKDAY_JOIN.fullmatch(text, first.end, second.start) is None:
            continue
        assert first.value is not None and second.value is not None
        day_1 = datetime.date.fromisoformat(first.value)
        day_2 = datetime.date.fromisoformat(second.value)
        if day_2 > day_1:
            continue
        if reference_date is not None and day_1 > reference_date:
            out[i] = dataclasses.replace(second, value=_plus_days(day_2, 7))
        else:
            out[i - 1] = dataclasses.replace(first, value=_plus_days(day_1, -7))
    return out


def _is_bare_weekday(found: Found, text: str) -> bool:
    """A weekday alone ("Monday", not "last Monday"), placed on a calendar day."""
    return (
        found.kind == "weekday"
        and found.value is not None
        and _FULL_DATE.match(found.value) is not None
        and text[found.start : found.end].isalpha()
    )


def _plus_days(day: datetime.date, days: int) -> str | None:
    shifted = shift_days(day, days)
    return shifted.isoformat() if shifted else None


def _as_date(day: datetime.date | None) -> datetime.date | None:
    """A datetime passed as the reference date counts as its calendar day."""
    return day.date() if isinstance(day, datetime.datetime) else day


def _windows(anchor: re.Pattern[str], text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Stretches of `text[lo:hi]` around the anchors of a rule, merged where they overlap."""
    windows: list[tuple[int, int]] = []
    for m in anchor.finditer(text, lo, hi):
        window_start = max(lo, m.start() - _WINDOW_BEFORE)
        window_end = min(hi, m.end() + _WINDOW_AFTER)
        if windows and window_start <= windows[-1][1]:
            windows[-1] = (windows[-1][0], window_end)
        else:
            windows.append((window_start, window_end))
    return windows


class AnchorIndex:
    """The matches of each rule's anchor in a whole text, found once, handed out as the
    windows of one paragraph at a time (`_windows`, without a search of every paragraph for
    every anchor: on a 1 MB article about 90,000 searches).

    A paragraph gets exactly the windows its own search would give: where a match runs across
    its start or end, or no space follows its end (an anchor's final "\\b" would read
    it), the paragraph is searched on its own instead.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._found: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}

    def windows(self, anchor: re.Pattern[str], lo: int, hi: int) -> list[tuple[int, int]]:
        """`_windows(anchor, text, lo, hi)`, from the whole text's matches."""
        text = self._text
        if hi < len(text) and not text[hi].isspace():
            return _windows(anchor, text, lo, hi)
        found = self._found.get(id(anchor))
        if found is None:
            spans = [m.span() for m in anchor.finditer(text)]
            found = self._found[id(anchor)] = ([s for s, _ in spans], spans)
        starts, spans = found
        i = bisect.bisect_left(starts, lo)
        if i > 0 and spans[i - 1][1] > lo:
            return _windows(anchor, text, lo, hi)  # a match from before runs into the paragraph
        windows: list[tuple[int, int]] = []
        while i < len(spans) and spans[i][0] < hi:
            match_start, match_end = spans[i]
            if match_end > hi:
                return _windows(anchor, text, lo, hi)  # runs on past the paragraph's end
            window_start = max(lo, match_start - _WINDOW_BEFORE)
            window_end = min(hi, match_end + _WINDOW_AFTER)
            if windows and window_start <= windows[-1][1]:
                windows[-1] = (windows[-1][0], window_end)
            else:
                windows.append((window_start, window_end))
            i += 1
        return windows


def _with_prefix(found: Found, text: str, lo: int) -> Found:
    m = _PREFIX.search(text, max(lo, found.start - 40), found.start)
    if m is None or m.end() != found.start:
        return found
    return dataclasses.replace(found, start=m.start())


def _settle(candidates: list[Found]) -> list[Found]:
    """Keep the longest of overlapping candidates (earlier rules win ties)."""
    order = sorted(
        range(len(candidates)),
        key=lambda i: (-(candidates[i].end - candidates[i].start), i),
    )
    starts: list[int] = []  # the kept spans, disjoint and sorted by start
    kept: list[Found] = []
    for i in order:
        c = candidates[i]
        k = bisect.bisect_left(starts, c.end)  # kept spans starting before c ends
        if k > 0 and kept[k - 1].end > c.start:
            continue
        starts.insert(k, c.start)
        kept.insert(k, c)
    return kept


def extract(document: Document, reference_date: datetime.date | None = None) -> list[DateFact]:
    """Date facts in the body of `document` (not its title), in text order.

    Args:
        document: the article.
        reference_date: the date "last Friday", "this June", "yesterday" are resolved against
            (usually the publication date; see `find_dateline`). Without it their value is None.

    Returns:
        One `DateFact` per date, with `document.text[start:end] == text` and `sentence` the
        index of the sentence holding it.
    """
    reference_date = _as_date(reference_date)
    facts: list[DateFact] = []
    last_quarter: str | None = None
    last_quarter_sentence = -1
    last_value: str | None = None
    last_value_sentence = -1
    last_day: str | None = None  # "that day" skips a month or year named since the day
    last_day_paragraph = -1
    last_day_at = -1  # where that day was named
    # The sentence of a month or year named since the last day: "arrested in March 2025 and
    # released the following day" counts from no day we know.
    coarse_sentence = -1
    text = document.text
    anchors = AnchorIndex(text)
    told: YearTold | None = None  # the year the paragraph before ended on, going on
    for number, paragraph in enumerate(document.paragraphs):
        ctx = Context(text, paragraph.start, paragraph.end, reference_date)
        found_here = scan(text, paragraph.start, paragraph.end, reference_date, anchors)
        found_here, told = carry_into_paragraph(found_here, ctx, told)
        for found in found_here:
            sentence = document.sentence_at(found.start)
            if sentence is None or _not_a_date(found):
                continue
            value = found.value
            # "Profit fell to $5m from $9m a year earlier": in a report of a quarter, the same
            # quarter of the year before.
            if (
                found.kind == "year_ago"
                and last_quarter is not None
                and (
                    sentence.index - last_quarter_sentence <= _QUARTER_REACH
                    or ctx.mentions_quarter(found.start, found.end)
                )
            ):
                value = f"{int(last_quarter[:4]) - 1:04d}{last_quarter[4:]}"
            if found.anchor is not None:
                before = last_value
                if found.anchor.unit in (AnchorUnit.DAY, AnchorUnit.WEEK):
                    # "that evening", "the following week" count from a day of this paragraph
                    # or the one before; further back, the story has moved on (often to the
                    # day it opened with).
                    near = number - last_day_paragraph <= _DAY_REACH_PARAGRAPHS
                    before = last_day if near and coarse_sentence != sentence.index else None
                    quotation = ctx.quotation_around(found.start)
                    if quotation is not None and not quotation[0] < last_day_at < quotation[1]:
                        # '"That night I lost everything," she said': the speaker's day, which
                        # the narration's dates before the quotation do not give.
                        before = None
                if found.kind == "counted" and sentence.index - last_value_sentence > 1:
                    # "Three days later" counts from an event the sentence before names; a date
                    # further back may not be the one ("Eight trading days after Oct. 12 ...
                    # This gap closes slowly. Three days later, ...").
                    before = None
                value = _resolve_anaphora(found.anchor, before) or value
            if value is not None and _QUARTER_VALUE.match(value) and found.kind != "year_ago":
                last_quarter, last_quarter_sentence = value, sentence.index
            if value is not None and value[:4].isdigit():
                last_value, last_value_sentence = value, sentence.index
                if _FULL_DATE.match(value):
                    last_day, last_day_paragraph, last_day_at = value, number, found.start
                    coarse_sentence = -1
                else:
                    coarse_sentence = sentence.index
            facts.append(
                DateFact(
                    text=text[found.start : found.end],
                    start=found.start,
                    end=found.end,
                    sentence=sentence.index,
                    value=contract_value(value),
                    timex=value,
                )
            )
    return facts


# How many paragraphs back "that day" may find the day it refers to.
_DAY_REACH_PARAGRAPHS = 1


def _not_a_date(found: Found) -> bool:
    """ "recently", "the past", "the future", "soon", "in recent years": found (so no other rule
    reads them) but not listed, since no calendar holds them. ("Recent years" was listed until
    round 10: news-facts-dev's annotators never mark it, TimeBank F1 stays 0.910 without it.)"""
    return found.kind == "vague"


_CONTRACT_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}-\d{2}")
_WITHIN_YEAR = re.compile(r"(\d{4})-(?:Q[1-4]|H[12]|SP|SU|FA|WI)")
_WEEK = re.compile(r"(\d{4})-W(\d{1,2})(-WE)?")


def _week_contract_value(year: int, week: int, weekend: bool) -> str | None:
    """The month an ISO week (or its weekend) lies in ("2026-W49" is 30 Nov - 6 Dec: "2026");
    else its calendar year; None when it spans two years or does not exist."""
    try:
        first = datetime.date.fromisocalendar(year, week, 6 if weekend else 1)
    except ValueError:
        return None
    last = datetime.date.fromisocalendar(year, week, 7)
    if first.year != last.year:
        return None
    return (
        f"{first.year:04d}-{first.month:02d}" if first.month == last.month else f"{first.year:04d}"
    )


def contract_value(timex: str | None) -> str | None:
    """The contract's form of a TIMEX3 value: the most precise of date, month or year it fits.

    "2004-Q4" and "2027-SU" lie within their year, so they give "2004"/"2027"; a week gives
    its month when it lies in one ("2004-W12" is 15-21 March: "2004-03"), else its year; a day
    with a time gives its day; decades, centuries and PAST_REF-like values give None.
    """
    if timex is None:
        return None
    if _CONTRACT_VALUE.fullmatch(timex):
        return timex
    if (week := _WEEK.fullmatch(timex)) is not None:
        return _week_contract_value(int(week[1]), int(week[2]), week[3] is not None)
    if (within := _WITHIN_YEAR.fullmatch(timex)) is not None:
        return within.group(1)
    if _DATE_TIME.fullmatch(timex):
        return timex[:10]
    return None


def _resolve_anaphora(anchor: Anchor, last_value: str | None) -> str | None:
    """Value of "that year", "that day", "the next morning" from the date mentioned before."""
    unit, shift = anchor.unit, anchor.shift
    if last_value is None:
        return None
    if unit is AnchorUnit.YEAR:
        year = int(last_value[:4]) + shift
        if anchor.month is None:
            return f"{year:04d}"
        if anchor.day is None:
            return make_month(year, anchor.month)
        return make_date(year, anchor.month, anchor.day)
    if unit is AnchorUnit.MONTH and _YEAR_MONTH.match(last_value):
        year, month = shift_months(int(last_value[:4]), int(last_value[5:7]), shift)
        return f"{year:04d}-{month:02d}"
    if unit is AnchorUnit.DAY and _FULL_DATE.match(last_value):
        return _plus_days(datetime.date.fromisoformat(last_value), shift)
    if unit is AnchorUnit.SEASON and anchor.month is not None:
        return _season_after(last_value, anchor.month, shift)
    if unit is AnchorUnit.WEEK and _FULL_DATE.match(last_value):
        # "the previous week": the week before the day's own, not the seven days before it
        day = shift_days(datetime.date.fromisoformat(last_value), 7 * shift)
        return week_value(day) if day else None
    return None


def _season_after(last_value: str, start: int, shift: int) -> str | None:
    """The season starting in month `start` right after (`shift` 1) or before (-1) the date
    `last_value` names: "the following spring" after September 2023 is spring 2024; after a
    year alone, the next year's (or the one before's). Named by the year it starts in."""
    if not last_value[:4].isdigit():
        return None
    year = int(last_value[:4])
    code = _SEASON_CODES[start]
    if not _YEAR_MONTH.match(last_value):
        return f"{year + shift:04d}-{code}"
    at = year * 12 + int(last_value[5:7]) - 1  # months since year 0
    if shift > 0:  # the first instance starting after that month
        first = next(y for y in range(year - 1, year + 2) if y * 12 + start - 1 > at)
        return f"{first:04d}-{code}"
    # the last instance over before that month (a season lasts three months)
    last = next(y for y in range(year + 1, year - 3, -1) if y * 12 + start + 1 < at)
    return f"{last:04d}-{code}"


# A season by the month it starts in (the inverse of `SEASON_START`).
_SEASON_CODES = {start: code for code, start in SEASON_START.items()}
