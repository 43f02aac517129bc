"""The year a sentence names, carried on to the bare dates after it in that sentence.

"The festival ran from 14 August 2025 and the site stays shut until 17 August": a reader puts
17 August in 2025, the year the sentence has just named, not in the year the reference date and
the tense would give. "He was charged on 8 September 2025, appeared on 22 September and was
bailed until 6 October": each bare date goes on from the one before it.

A bare date takes the named year when it falls on or after the date before it in that year;
one that falls before it does only at the end of a range ("from 14 December 2025 until 3
January" is January 2026). The year is not carried past a verb of the future ("founded in June
1960 and will list on 9 June": the listing is ahead of the reference date), a verb of saying
(the reported clause has its own time), another kind of date ("on Friday", "last week") or an
aside set off by commas ("The firm, founded in March 1960, said its shares rose on 9 June").

The year also goes on into the next sentence when the story is told in that past: "The mill
closed in March 2019. In June, the owners sold the site" is June 2019. Only a year before the
reference date's goes on, only into the sentence right after (which may open the next
paragraph), and only to a date in a clause of the simple past ("sold", "It started a youth team
in September"): not to one of the present or present perfect ("has stood empty since June"),
nor one after a verb of saying in its sentence ("The owners said in June").

The year also goes back from a month to the bare month joined to it ("between March and June
last year", "in March and June last year"; a range over new year starts the year before).
"""

from __future__ import annotations

import dataclasses
import re

from app.core.facts.dates._context import Context, Tense
from app.core.facts.dates._lexicon import MONTH_RE, month_number
from app.core.facts.dates._rules import Found

_FULL_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_NO_YEAR = re.compile(r"--(\d{2})-(\d{2})")
_MONTH_NAME = re.compile(MONTH_RE)
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_WRITTEN_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
# A month or a day of one with nothing else: "June", "mid-June", "3 June", "June 3", "Sept. 3".
_BARE = re.compile(
    r"(?:(?:early|late|mid)[-\s]+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?[A-Z][a-z]+\.?"
    r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+(?=[\"“‘'(A-Z])")
# A clause of the present or the present perfect: what "has stood empty since June" is is now.
_PRESENT = re.compile(r"\b(?:has|have|is|are|am)\b|\w'(?:s|ve|re)\b", re.IGNORECASE)
_SAYING = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|announced|reported|stated|claimed|warned|"
    r"confirmed|revealed|explained|insisted|predicted|argued|noted|wrote)\b",
    re.IGNORECASE,
)
# What ends a range right before its second date: "until 3 January", "to 8 January", "–3 Jan".
_RANGE_END = re.compile(r"(?:\b(?:until|till|to|through|thru)|[-–—])\s*$", re.IGNORECASE)
# What opens a range of two months and joins two months: "between March and June", "from May
# to August", "May-August"; "March and June" (a list).
_MONTH_RANGE_OPEN = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
_MONTH_JOIN = re.compile(
    r"\s+(?:(?P<list>and|or)|to|until|till|through|thru)\s+|\s*[-–]\s*", re.IGNORECASE
)
# The kinds of date that can name a year or take one carried on.
_CALENDAR_KINDS = frozenset({"date", "month"})


@dataclasses.dataclass(frozen=True, slots=True)
class _Point:
    """The last calendar date of the sentence: its year, month and day (None for a month)."""

    year: int
    month: int
    day: int | None
    end: int
    # The year lies before the reference date's (or there is none): the story tells of a past
    # whose year may go on into the next sentence.
    behind: bool = False


@dataclasses.dataclass(frozen=True, slots=True)
class YearTold:
    """The year a paragraph's last sentence told of, which its next sentence may go on in."""

    point: _Point


def carry_years(found: list[Found], ctx: Context) -> list[Found]:
    """`found` (one paragraph's dates in text order) with the bare dates that follow a date
    naming its year in the same sentence (or the one before) placed in that year, then a bare
    month joined to a month with a year placed in its year (see the module's docstring)."""
    return _framed_by_a_year(_ranged_months(_carried_on(found, ctx, None)[0], ctx.text), ctx)


def carry_into_paragraph(
    found: list[Found], ctx: Context, told: YearTold | None
) -> tuple[list[Found], YearTold | None]:
    """`found` (a paragraph's dates, already carried within it by `carry_years`) with the year
    the paragraph before ended on (`told`) carried into its first sentence; and the year this
    paragraph ends on, for the next one (None: none goes on)."""
    out, last = _carried_on(found, ctx, told.point if told is not None else None)
    return out, (YearTold(last) if last is not None and last.behind else None)


def _carried_on(
    found: list[Found], ctx: Context, last: _Point | None
) -> tuple[list[Found], _Point | None]:
    """`found` with the bare dates after a date naming its year placed in that year, and the
    last date a year goes on from (None: none)."""
    out = list(found)
    for i, date in enumerate(out):
        crossed = False
        if last is not None and not _same_story(ctx, last.end, date.start):
            crossed = last.behind and _next_sentence(ctx, last.end, date.start)
            if not crossed:
                last = None
        point = _calendar_point(date) or _point_without_year(date, ctx.text)
        if point is None or date.kind not in _CALENDAR_KINDS:
            last = None  # "on Friday", "last week", "2026": the sentence moved to another time
            continue
        if _WRITTEN_YEAR.search(ctx.text, date.start, date.end):
            last = None if _aside(ctx, date) else _told(point, ctx)
            continue
        if not _BARE.fullmatch(ctx.text, date.start, date.end):
            last = None  # "the 15th of next month", "Friday, April 1": placed otherwise
            continue
        carried = None
        if last is not None and (not crossed or _told_on_in_the_past(ctx, date)):
            carried = _carried(point, last, ctx, date)
            if carried is not None:
                carried = dataclasses.replace(carried, behind=last.behind)
        if carried is None:
            last = None
            continue
        out[i] = dataclasses.replace(date, value=_value(carried))
        last = carried
    return out, last


def _told(point: _Point, ctx: Context) -> _Point:
    """`point` marked as told of the past when its year is before the reference date's."""
    behind = ctx.ref is None or point.year < ctx.ref.year
    return dataclasses.replace(point, behind=behind)


def _next_sentence(ctx: Context, end: int, start: int) -> bool:
    """The date at `start` is in the sentence right after the one a date ends at `end` (it
    may open the next paragraph), and no verb of saying stands before it in its sentence."""
    text = ctx.text
    if end < ctx.lo:  # the paragraph before: its last sentence, and this one's first
        rest = len(text[end : ctx.lo].rstrip())
        if _SENTENCE_END.search(text, end, end + rest) is not None:
            return False
        opened = ctx.lo
    else:
        ends = list(_SENTENCE_END.finditer(text, end, start))
        if len(ends) != 1:
            return False
        opened = ends[0].end()
    if _SENTENCE_END.search(text, opened, start) is not None:
        return False
    return _SAYING.search(text, opened, start) is None


def _told_on_in_the_past(ctx: Context, date: Found) -> bool:
    """A date's clause is of the simple past ("In June, the owners sold the site"), with no
    verb of the present or present perfect around it."""
    if ctx.leaning(date.start, date.end) is not Tense.PAST:
        return False
    left, right = ctx.clause(date.start, date.end)
    return _PRESENT.search(left) is None and _PRESENT.search(right) is None


def _framed_by_a_year(found: list[Found], ctx: Context) -> list[Found]:
    """A bare month in a sentence that a relative year opens and sets off ("Last year, a storm
    closed 600 schools in January") is that year's month, the frame the sentence is told in,
    up to a verb of saying (whose clause has its own time) or the sentence's end."""
    out = list(found)
    frame: Found | None = None
    for i, date in enumerate(out):
        if _YEAR_FRAME.fullmatch(ctx.text, date.start, date.end) and _opens_and_sets_off(ctx, date):
            frame = date if date.value is not None and date.value.isdigit() else None
            continue
        if frame is None:
            continue
        between = ctx.text[frame.end : date.start]
        if _SENTENCE_END.search(between) or _SAYING.search(between):
            frame = None
            continue
        if (
            date.kind == "month"
            and date.value is not None
            and _BARE.fullmatch(ctx.text, date.start, date.end)
        ):
            out[i] = dataclasses.replace(date, value=f"{frame.value}{date.value[4:]}")
        else:
            frame = None  # another kind of date: the sentence moved to another time
    return out


def _opens_and_sets_off(ctx: Context, date: Found) -> bool:
    """`date` opens its sentence and a comma sets it off ("Last year, ...")."""
    return ctx.starts_sentence(date.start) and ctx.text.startswith(",", date.end)


# A relative year that can frame a sentence: "Last year", "this year", "next year".
_YEAR_FRAME = re.compile(r"(?i:last|this|next)\s+year")


def _ranged_months(found: list[Found], text: str) -> list[Found]:
    """A bare month joined to a month with a year takes that year ("between March and June
    last year", "from May to August 2024", "in March and June last year"): placed alone by its
    clause's tense, it fell in another year than the one the two name. The year before for a
    range whose first month comes later in the year ("between November and February"); a list
    in that order ("December and January") says nothing of the years."""
    out = list(found)
    for i in range(1, len(out)):
        first, second = out[i - 1], out[i]
        if first.kind != "month" or second.kind != "month":
            continue
        if first.value is None or second.value is None:
            continue
        if not text[first.start : first.end].isalpha():
            continue  # "March 2024 and June": the first names its own year
        join = _MONTH_JOIN.fullmatch(text, first.end, second.start)
        if join is None:
            continue
        month_1, month_2 = int(first.value[5:7]), int(second.value[5:7])
        opened = _MONTH_RANGE_OPEN.search(text, max(0, first.start - 12), first.start)
        ranged = opened is not None or not join["list"]
        if month_1 > month_2 and not ranged:
            continue  # "adding December and January's figures": which years, the list says not
        back = month_1 > month_2
        value = f"{int(second.value[:4]) - back:04d}-{month_1:02d}"
        if value != first.value:
            out[i - 1] = dataclasses.replace(first, value=value)
    return out


def _calendar_point(date: Found) -> _Point | None:
    if date.value is None:
        return None
    if (day := _FULL_DATE.fullmatch(date.value)) is not None:
        return _Point(int(day[1]), int(day[2]), int(day[3]), date.end)
    if (month := _MONTH.fullmatch(date.value)) is not None:
        return _Point(int(month[1]), int(month[2]), None, date.end)
    return None


def _point_without_year(date: Found, text: str) -> _Point | None:
    """A day or month its rule left without a year (there is no reference date: "3 June" is
    "--06-03", "June" None), as a point whose year a date told before may give; its year (0)
    is never used. None for anything else ("31 February", "June last year")."""
    if date.value is not None:
        day = _NO_YEAR.fullmatch(date.value)
        return _Point(0, int(day[1]), int(day[2]), date.end) if day is not None else None
    if date.kind != "month":
        return None
    name = _MONTH_NAME.search(text, date.start, date.end)
    return _Point(0, month_number(name.group()), None, date.end) if name is not None else None


def _same_story(ctx: Context, end: int, start: int) -> bool:
    """No sentence ends and no verb of saying opens a reported clause between two dates of
    one paragraph."""
    if end < ctx.lo:
        return False
    between = ctx.text[end:start]
    return _SENTENCE_END.search(between) is None and _SAYING.search(between) is None


def _aside(ctx: Context, date: Found) -> bool:
    """A date inside commas after the sentence's start: "The firm, founded in March 1960, ..."."""
    after = ctx.text[date.end : date.end + 1]
    if after != ",":
        return False
    lo = max(ctx.lo, date.start - 120)
    before = ctx.text[lo : date.start]
    ends = list(_SENTENCE_END.finditer(before))
    return "," in (before[ends[-1].end() :] if ends else before)


def _carried(point: _Point, last: _Point, ctx: Context, date: Found) -> _Point | None:
    """`point` moved into the year of `last`, or None when the year is not carried."""
    tense, word = ctx.tense_and_word(date.start, date.end)
    if tense is Tense.FUTURE and (not word or ctx.is_future_word(word)):
        return None  # "will list on 9 June": ahead of the reference date, not of the year named
    if point.day is None and last.day is None and point.month <= last.month:
        return None  # "in June 2002 ... in March": a month before, of no range
    if (point.month, point.day or 1) >= (last.month, last.day or 1):
        return dataclasses.replace(point, year=last.year)
    if _RANGE_END.search(ctx.text, max(ctx.lo, date.start - 12), date.start):
        return dataclasses.replace(point, year=last.year + 1)
    return None


def _value(point: _Point) -> str:
    if point.day is None:
        return f"{point.year:04d}-{point.month:02d}"
    return f"{point.year:04d}-{point.month:02d}-{point.day:02d}"
