"""Date rules for days and periods relative to the reference date: "yesterday", "last Friday",
"next month", "three years ago", "the weekend", holidays, seasons, vague references.

Each function takes a match of its pattern (see `dates_patterns`) and the scan's `Context`, and
returns a `Found` or None to reject the match. Without a reference date the value is None.
"""

from __future__ import annotations

import datetime
import re

from app.core.facts.dates import _resolve as rs
from app.core.facts.dates._context import Context, Tense
from app.core.facts.dates._generic import generic_day
from app.core.facts.dates._governing import past_verb_governs
from app.core.facts.dates._lexicon import (
    COUNTED_NOUNS,
    HOLIDAYS,
    MONTHS,
    NUMBER_WORDS,
    VAGUE_COUNTS,
    WEEKDAY_RE,
    month_number,
    weekday_number,
)
from app.core.facts.dates._rules import (
    _AHEAD_MONTHS,
    _SET_WORDS,
    Anchor,
    AnchorUnit,
    Found,
    _found,
    _year_for_month,
)
from app.core.facts.lexicon import lexicon

_WEEKDAY_TITLES = lexicon("dates_weekday_titles.txt")
_NAMED_DAY_WORDS = lexicon("dates_named_day_words.txt")
_HOLIDAY_NAMES = frozenset(h.lower() for h in HOLIDAYS)
_EVENT_NOUNS = lexicon("dates_event_nouns.txt")
_NOWADAYS_BEFORE = lexicon("dates_nowadays_before.txt")
# Words before "Monday week" that make it a kind of week ("a Monday week of 60 hours").
_KIND_OF_WEEK_BEFORE = _SET_WORDS | {"a", "an", "any"}
# Nouns "the new year" modifies as a name or a kind: no date.
_NEW_YEAR_THINGS = frozenset(
    "honours honors list message address resolution resolutions celebrations party parties "
    "sales".split()
)
# How far ahead a holiday named in a past-tense report may lie and still be this year's
# ("Easter week" a few days before Easter).
_HOLIDAY_AHEAD_DAYS = 14
_THAN_BEFORE = re.compile(r"\bthan\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
_NOWADAYS_CLAUSE = re.compile(
    r"\b(?:than\s+ever|no\s+longer|any\s?more|nowadays|increasingly|these\s+days|"
    r"still\s+(?:is|are|has|have)|has\s+become|have\s+become)\b",
    re.IGNORECASE,
)

# A level of now set against another time's: "up from £12,570 today", "against 40% today",
# "from 95 million today to 250 million by 2027". The amount, not an event, is of "today".
_LEVEL_BEFORE = re.compile(
    r"\b(?:from|against|with|versus|vs\.?)\s+(?:about\s+|around\s+|some\s+|just\s+)?"
    r"[$£€¥]?\s?\d[\d,.]*(?:\s*(?:%|[A-Za-z]+)){0,2}\s*$",
    re.IGNORECASE,
)
# A whole kind of people or things as the subject, with "today" after it ("Most families today
# own two cars", "Children today spend more time ... than"): a quantifier or a comparison in the
# clause makes it of our time. A subject with a determiner ("The minister today ...") is one.
_QUANTIFIERS = frozenset("most many few all some".split())
_DETERMINERS = frozenset(
    "the a an this that these those his her its their our my your whose".split()
)
_GENERIC_SUBJECT_WORDS = 3
_COMPARISON = re.compile(r"\bthan\b|\b(?:more|less|fewer)\b", re.IGNORECASE)
# "The old mill is today a car park": what a thing is now, not an event of the day.
_IS_NOW = re.compile(r"\b(?:is|are|remains|remain)\s*$", re.IGNORECASE)
_STATE_AFTER = frozenset("a an one the home part among".split())
# "Today we are a small club; tomorrow we will be a big one": two eras set side by side, each
# opening its clause before what a subject is (a copula), no event of a day.
_ERAS = re.compile(
    r"\b[Tt]oday,?\s+(?:\w+\s+){1,3}?(?:is|are|am)\s+(?:a|an|one|the)\b[^.;!?]{0,80}?[;,]\s*"
    r"(?:and\s+|but\s+)?tomorrow,?\s+(?:\w+\s+){1,3}?"
    r"(?:will|could|may|might|must|should|can)\s+be\s+(?:a|an|one|the)\b",
)
# What "tomorrow" means the future by ("the jobs of tomorrow", "tomorrow's leaders"); the end of
# a day, its parts and an event named are still a day ("by the end of tomorrow").
_PART_OF_A_DAY = frozenset(
    "end start beginning middle morning afternoon evening night rest close course".split()
)


# --- days and periods relative to the reference date -------------------------------------------


def _is_nowadays(m: re.Match[str], ctx: Context) -> bool:
    """True for "today" meaning "nowadays": "(today known as ...)", "the world of today"."""
    before = ctx.word_before(m.start()).lower()
    after = ctx.word_after(m.end()).lower()
    if ctx.char_before(m.start()) == "(":
        return True
    if after in ("known", "called", "named"):
        # "the town today called Newport"; but "Police today named the man": a verb with its
        # object, an event of the day.
        verb_at = ctx.text.find(after, m.end(), m.end() + 40)
        return ctx.word_after(verb_at + len(after)).lower() not in _DETERMINERS
    if before in ("of", "even", "still", "unlike") or after in ("still",):
        return True
    if before in _NOWADAYS_BEFORE:
        return True  # "music today", "society today"
    if ctx.text[m.end() : m.end() + 2] in ("'s", "’s"):
        # "today's ruling" is a day; "today's celebrities" are of our time.
        following = ctx.text[m.end() + 2 : m.end() + 40].lower().split()[:2]
        return not any(w.strip(".,;:!?\"'") in _EVENT_NOUNS for w in following)
    # "Today, more people own phones than ever": words of a lasting state in the clause.
    left, right = ctx.clause(m.start(), m.end())
    if _THAN_BEFORE.search(left) or _LEVEL_BEFORE.search(left):
        return True  # "stronger than it is today", "up from £12,570 today"
    if _IS_NOW.search(left) and after in _STATE_AFTER:
        return True  # "the mill is today a car park"
    if _of_a_kind_now(left, right, after):
        return True
    if not _NOWADAYS_CLAUSE.search(left[-40:] + " " + right):
        return False
    # "Ministers today published figures showing waiting lists higher than ever": the words of
    # a lasting state belong to a later phrase; a past verb governing "today" makes it a day.
    return not past_verb_governs(ctx.text, m.start() - len(left), m.start(), m.end() + len(right))


def _of_a_kind_now(left: str, right: str, after: str) -> bool:
    """ "today" after a subject that names a whole kind ("Most families today own two cars",
    "Children today spend more time on screens than their parents did"): no determiner, a
    quantifier or a comparison in the clause, and a verb after that is no past one."""
    words = left.split()
    if not 0 < len(words) <= _GENERIC_SUBJECT_WORDS or not after or Context.is_past_word(after):
        return False
    if any(w.lower() in _DETERMINERS or not w.isalpha() for w in words):
        return False
    if any(w[0].isupper() for w in words[1:]):
        return False  # a name: "Acme Foods today opens ..."
    return words[0].lower() in _QUANTIFIERS or _COMPARISON.search(right) is not None


def _between_eras(m: re.Match[str], ctx: Context) -> bool:
    """ "today" or "tomorrow" of "Today we are ...; tomorrow we will be ...": our time and the
    future, not two days."""
    lo = max(ctx.lo, m.start() - 160)
    return any(
        e.start() <= m.start() < e.end()
        for e in _ERAS.finditer(ctx.text, lo, min(ctx.hi, m.end() + 160))
    )


def _is_figurative_tomorrow(m: re.Match[str], ctx: Context) -> bool:
    """ "tomorrow" meaning the future: "the jobs of tomorrow", "tomorrow's leaders" (not
    "tomorrow's vote", "the end of tomorrow")."""
    before = ctx.text[max(ctx.lo, m.start() - 40) : m.start()].split()
    if len(before) >= 2 and before[-1].lower() == "of":
        return before[-2].lower().strip(",") not in _PART_OF_A_DAY
    if ctx.text[m.end() : m.end() + 2] in ("'s", "’s"):
        following = ctx.text[m.end() + 2 : m.end() + 40].lower().split()[:2]
        return not any(w.strip(".,;:!?\"'") in _EVENT_NOUNS for w in following)
    return False


# Words after a weekday that show it heads its phrase ("on a Saturday, then ..."), where a noun
# would make it a modifier of a dated thing ("a Sunday rally").
_AFTER_HEAD = frozenset(
    "then in at on of and or but when before after during with for to is was".split()
)


def _ends_phrase(ctx: Context, end: int) -> bool:
    """Whether the weekday ending at `end` closes its noun phrase (punctuation or a function
    word follows)."""
    after = ctx.next_word(end)
    return not after or not after[:1].isalpha() or after.lower() in _AFTER_HEAD


_DAY_OFFSETS = {"yesterday": -1, "last night": -1, "last evening": -1, "tomorrow": 1}


def _relative_day(m: re.Match[str], ctx: Context) -> Found | None:
    word = " ".join(m["word"].lower().split())
    if m["word"][0].isupper() and not ctx.starts_sentence(m.start()):
        return None  # "USA Today", the "Today" programme
    if word == "today" and _is_nowadays(m, ctx):
        return None
    if word == "tomorrow" and _is_figurative_tomorrow(m, ctx):
        return None
    if word in ("today", "tomorrow") and _between_eras(m, ctx):
        return None
    if " " in word and (
        ctx.word_before(m.start()).lower() in ("the", "a", "that", "each", "every")
        or ctx.next_word(m.end()) == "of"
    ):
        return None  # "the last night of the festival": a night the story counts, not ours
    if ctx.ref is None:
        return _found(m, None, "relative")
    offset = _DAY_OFFSETS.get(word, 0)  # "this morning" / "afternoon" / "evening": today
    spoken = _day_spoken(m, ctx, ctx.ref)
    day = rs.shift_days(spoken, offset) if spoken else None
    return _found(m, rs.day_value(day) if day else None, "relative")


_SAYING = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|wrote|writes|explained|insisted|declared|"
    r"announced|posted|tweeted|asked|replied|warned|spoke|speaking|addressed)\b",
    re.IGNORECASE,
)
_SPOKEN_WEEKDAY = re.compile(rf"\b(?:on\s+)?(?P<wd>{WEEKDAY_RE})\b")
_SPOKEN_DAY = re.compile(rf"\b(?:{WEEKDAY_RE}|yesterday)\b", re.IGNORECASE)
_SPOKEN_YESTERDAY = re.compile(r"\byesterday\b", re.IGNORECASE)
# Other times an attribution may give, which place the speaking on no day we know ("said
# last week", "told the BBC in March", "wrote on 3 May").
_SPOKEN_UNPLACED = re.compile(
    rf"\b(?:last|earlier\s+this|this)\s+(?:week|month|year)\b|\b(?:{'|'.join(MONTHS)})\b|"
    r"\b(?:days?|weeks?|months?|years?)\s+(?:ago|earlier)\b",
    re.IGNORECASE,
)


# A day and month an attribution names ("told reporters on 30 November", "said on Nov. 30").
_SPOKEN_DATE = re.compile(
    rf"\bon\s+(?:(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{'|'.join(MONTHS)})|"
    rf"(?P<mon2>{'|'.join(MONTHS)})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)\b"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?(?!\s*,?\s*\d)"
)


def _day_before(ref: datetime.date, month: int, named: re.Match[str]) -> datetime.date | None:
    """The day of `month` that `named` gives, in its year if it names one, else on or before
    `ref` (what was said is past)."""
    day = int(named["day"] or named["day2"])
    years = (int(named["year"]),) if named["year"] else (ref.year, ref.year - 1)
    for year in years:
        try:
            date = datetime.date(year, month, day)
        except ValueError:
            return None
        if date <= ref:
            return date
    return None


def _day_spoken(m: re.Match[str], ctx: Context, ref: datetime.date) -> datetime.date | None:
    """The day "today" (or "yesterday", "tomorrow") counts from: the reference date, or, inside
    a quotation whose attribution says when it was said, that day (' "Today we vote," she said
    on Monday. ' is Monday); None when the attribution gives a time but no day."""
    quotation = ctx.quotation_around(m.start())
    if quotation is None:
        return ref
    said = ctx.attribution(*quotation)
    if not _SAYING.search(said) or not (_SPOKEN_DAY.search(said) or _SPOKEN_UNPLACED.search(said)):
        # ' "Tonight is yours," she said. ' after "The mayor spoke to the crowd on Sunday.":
        # the sentence before tells when.
        before = ctx.sentence_before(quotation[0])
        if _SAYING.search(before) and _SPOKEN_DAY.search(before):
            said = before
    if not _SAYING.search(said):
        return ref
    if weekday := _SPOKEN_WEEKDAY.search(said):
        return rs.resolve_weekday(ref, weekday_number(weekday["wd"]), 0)
    if named := _SPOKEN_DATE.search(said):
        return _day_before(ref, month_number(named["mon"] or named["mon2"]), named)
    if _SPOKEN_YESTERDAY.search(said):
        return rs.shift_days(ref, -1)
    return None if _SPOKEN_UNPLACED.search(said) else ref


# "the first Monday", "the last Friday before Christmas": a day counted within a month or
# from an event, not one of this week's.
_ORDINAL_DAY = re.compile(r"\b[Tt]he\s+(?P<n>first|second|third|fourth|fifth|last|final)\s+$")
_OF_MONTH = re.compile(
    rf"\s+(?:of|in)\s+(?P<mon>{'|'.join(MONTHS)})\b(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?"
)
_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "last": -1, "final": -1}


def _ordinal_weekday(m: re.Match[str], ctx: Context) -> Found | None:
    """ "the first Monday of March" (that day), "the first Monday" (a day the story counts
    from: no value); None when no ordinal stands before the weekday."""
    ordinal = _ORDINAL_DAY.search(ctx.text, max(0, m.start("wd") - 16), m.start("wd"))
    if ordinal is None:
        return None
    month_m = _OF_MONTH.match(ctx.text, m.end("wd"))
    if month_m is None:
        return Found(ordinal.start(), m.end("wd"), None, "weekday")
    month = month_number(month_m["mon"])
    if month_m["year"]:
        year = int(month_m["year"])
    elif ctx.ref is not None:
        year = _year_for_month(ctx.ref, month, ctx.tense(ordinal.start(), month_m.end()))
    else:
        return Found(ordinal.start(), month_m.end(), None, "date")
    day = rs.nth_weekday(year, month, weekday_number(m["wd"]), _ORDINALS[ordinal["n"]])
    return Found(ordinal.start(), month_m.end(), rs.day_value(day) if day else None, "date")


def _weekday(m: re.Match[str], ctx: Context) -> Found | None:
    ordinal = _ordinal_weekday(m, ctx)
    if ordinal is not None:
        return ordinal
    after = ctx.word_after(m.end())
    if after[:1].isupper() and after.lower() in _WEEKDAY_TITLES:
        return None
    before = ctx.word_before(m.start())
    if before.lower() in _SET_WORDS or (
        before.lower() in ("a", "an") and not m["rel"] and _ends_phrase(ctx, m.end())
    ):
        return None  # "every Monday", "forty loaves on a Saturday" (not "a Sunday rally")
    if (
        before.lower() in _NAMED_DAY_WORDS
        and before[:1].isupper()
        and not m["rel"]
        and ctx.text.endswith(f"{before} ", 0, m.start())
    ):
        # "Super Tuesday", "Bloody Sunday": a named day, not one of this week's; its date is
        # not ours to know. The holidays we can count are `_holiday`'s ("Black Friday").
        if f"{before} {m['wd']}".lower() in _HOLIDAY_NAMES:
            return None
        return Found(m.start() - len(before) - 1, m.end("wd"), None, "named_day")
    if before == "on" and not m["rel"] and m["wd"].lower().startswith("sun"):
        # "the Mail on Sunday", "The Sun on Sunday": a title, not a day. Only after "the": at a
        # sentence's start "Police on Monday arrested", "Israel on Sunday said" are dated news.
        two_before = ctx.word_before(m.start() - 3)
        if two_before[:1].isupper() and ctx.word_before(m.start() - 4 - len(two_before)) in (
            "the",
            "The",
        ):
            return None
    if not m["rel"] and generic_day(ctx, m.start("wd"), m.end("wd")):
        return None  # "about 40 Friday services", "Monday-to-Thursday peaks"
    if ctx.ref is None:
        return _found(m, None, "weekday")
    rel = (m["rel"] or "").lower().split()
    if _counted_from_the_story(m, ctx, rel):
        return _found(m, None, "weekday")
    if rel and rel[0] in ("last", "previous", "past"):
        direction = -1
    elif rel and rel[-1] in ("next", "following", "coming"):
        direction = 1
    else:
        tense = ctx.leaning(m.start(), m.end())
        direction = {Tense.FUTURE: 2, Tense.PAST: 0}.get(tense, 3)
    # '"We met the unions on Monday," she said on Thursday': the Monday before the Thursday the
    # words were said; none when the attribution gives a time but no day ("said in May").
    spoken = _day_spoken(m, ctx, ctx.ref)
    day = rs.resolve_weekday(spoken, weekday_number(m["wd"]), direction) if spoken else None
    return _found(m, rs.day_value(day) if day else None, "weekday")


def _weekday_week(m: re.Match[str], ctx: Context) -> Found | None:
    """ "on Friday week", "a week on Friday": the Friday after the coming one; "a week last
    Friday": the one before the last. Not "a Monday week of 60 hours" (a kind of week)."""
    if m["wd"] and ctx.word_before(m.start()).lower() in _KIND_OF_WEEK_BEFORE:
        return None
    if ctx.ref is None:
        return _found(m, None, "weekday")
    back = (m["dir"] or "").lower() == "last"
    day = rs.resolve_weekday(ctx.ref, weekday_number(m["wd"] or m["wd2"]), -1 if back else 1)
    day = rs.shift_days(day, -7 if back else 7) if day else None
    return _found(m, rs.day_value(day) if day else None, "weekday")


def _counted_from_the_story(m: re.Match[str], ctx: Context, rel: list[str]) -> bool:
    """ "The deal was signed the following Friday", "the Friday after", "the Tuesday before the
    vote": a day counted from a time the story tells of, not from the day of writing (a clause
    that looks ahead, "will sit again the following Monday", counts from now)."""
    if rel[:1] == ["the"] and rel[-1] in ("following", "previous"):
        return not ctx.is_future(m.start(), m.end())
    return (
        not rel
        and ctx.word_before(m.start()) in ("the", "The")
        and ctx.next_word(m.end()) in ("after", "before")
    )


def _day_of_relative_month(m: re.Match[str], ctx: Context) -> Found | None:
    """ "the 15th of next month", "the 3rd of this month": a day of a month counted from the
    reference date."""
    if ctx.ref is None:
        return _found(m, None, "date")
    shift = {"this": 0, "next": 1, "last": -1}[m["rel"].lower()]
    year, month = rs.shift_months(ctx.ref.year, ctx.ref.month, shift)
    return _found(m, rs.make_date(year, month, int(m["day"])), "date")


def _new_year(m: re.Match[str], ctx: Context) -> Found | None:
    """ "in the new year": the start of the coming year, said in its second half ("will set out
    its plans in the new year", in December); the year under way when said in its first half or
    of a past verb ("prices rose in the new year"). Not a name or a kind of thing it names
    ("the New Year Sprint", "the New Year honours", "a new year resolution")."""
    after = ctx.next_word(m.end())
    if after[:1].isupper() or after.lower() in _NEW_YEAR_THINGS:
        return None
    if ctx.ref is None:
        return _found(m, None, "year")
    ahead = ctx.ref.month >= 7 and ctx.leaning(m.start(), m.end()) is not Tense.PAST
    return _found(m, f"{ctx.ref.year + 1 if ahead else ctx.ref.year:04d}", "year")


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
    if unit.lower() in rs.SEASONS and ctx.next_word(m.end()) in _SEASONS_THINGS:
        return None  # "the last winter timetable": the final one of a kind, no time
    rel = re.sub(r"\s+", " ", m["rel"].lower())
    # "The following year" counts from the date the story is telling of, not from today.
    anchor = None
    if rel in ("the following", "the previous") and unit.lower() in ("year", "month", "week"):
        anchor = Anchor(AnchorUnit(unit.lower()), 1 if rel == "the following" else -1)
    elif rel in ("the following", "the previous") and unit.lower() in rs.SEASONS:
        # "broken again the following spring": the first spring after the date told of.
        start = rs.SEASON_START[rs.SEASONS[unit.lower()]]
        anchor = Anchor(AnchorUnit.SEASON, 1 if rel == "the following" else -1, start)
    kind = "relative" if anchor is None else "anaphoric"
    if ctx.ref is None or (
        rel in ("the following", "the previous") and not ctx.is_future(m.start(), m.end())
    ):
        # "Construction began the following spring": the spring after a time the story tells
        # of, not the spring after today. A year or month is then counted from the date named
        # before it (`extract`, through the anchor); with none, it has no value either. In a
        # clause about what is to come it is the coming one ("may rise in the following year").
        return _found(m, None, kind, anchor)
    ref, direction = ctx.ref, _direction(m["rel"])
    lower = unit.lower()
    if unit.capitalize() not in MONTHS and lower not in rs.SEASONS:
        # '"Last week was the worst," he said on 30 November', said on a day the attribution
        # names: counted from that day; from none when it gives a time but no day ("said in
        # October") and the unit is shorter than a year.
        spoken = _day_spoken(m, ctx, ref)
        if spoken is None and lower in ("week", "weekend", "month", "quarter"):
            return _found(m, None, kind, anchor)
        ref = spoken or ref
    value: str | None
    if unit.capitalize() in MONTHS:
        month = month_number(unit)
        year = rs.resolve_month_year(ref, month, direction)
        if rel == "last" and (ref.month - month) % 12 == 1 and year == ref.year:
            # "crashed last February", said on 1 March: the month just ended is "last month"
            # or "in February"; "last February" is last year's ("this past February" is not).
            year -= 1
        value = rs.make_month(year, month)
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
    return _found(m, value, kind, anchor)


def _ago(m: re.Match[str], ctx: Context) -> Found | None:
    direction_word = m["dir"].lower()
    if direction_word in ("earlier", "later") and ctx.next_word(m.end()).lower() == "than":
        return None  # "a week earlier than usual": a comparison, not a time
    if direction_word == "before":
        following = ctx.text[m.end() : m.end() + 2].lstrip(" ")
        if following and following[0] not in ".,;:)!?":
            return None  # "two years before the war": relative to an event, not a date
    number_text = re.sub(r"\s+", " ", m["num"].lower())
    unit = m["unit"].lower().rstrip("s")
    vague = number_text in VAGUE_COUNTS
    digits = number_text.replace(",", "")
    count = int(digits) if digits.isdigit() else NUMBER_WORDS.get(number_text)
    kind = "year_ago" if unit == "year" and count == 1 else "ago"
    year_ago = kind == "year_ago" and direction_word == "earlier"  # results "a year earlier"
    if direction_word != "ago" and not year_ago:
        # "three years later", "a week earlier": counted from the date the story named last
        # (`extract`, through the anchor), not from the day of writing; "a few days later"
        # gives no count, so no value.
        sign = 1 if direction_word in ("later", "after") else -1
        unit_of = {"day": AnchorUnit.DAY, "week": AnchorUnit.WEEK, "month": AnchorUnit.MONTH}
        anchor_unit = unit_of.get(unit, AnchorUnit.YEAR if unit == "year" else None)
        if vague or count is None or anchor_unit is None:
            return _found(m, None, kind)
        return _found(m, None, "counted", Anchor(anchor_unit, sign * count))
    if vague or count is None:
        return _found(m, "PAST_REF", "ago")
    if ctx.ref is None:
        return _found(m, None, kind)
    ref, n = ctx.ref, -count
    value: str | None
    if unit == "day":
        day = rs.shift_days(ref, n)
        value = rs.day_value(day) if day else None
    elif unit in ("week", "fortnight"):
        day = rs.shift_days(ref, (7 if unit == "week" else 14) * n)
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


# Things a season names rather than dates ("the winter timetable", "the autumn budget", "the
# summer sales"): the season is their kind; "the summer months" is still a time.
_SEASONS_THINGS = frozenset(
    """timetable timetables schedule schedules budget statement sale sales collection
    collections edition issue menu uniform uniforms fuel payment payments olympics games
    festival fair show tour exhibition programme program campaign range catalogue tyres tires
    coat coats clothes wardrobe crop crops wheat flu virus vomiting term terms half-term
    half-terms semester""".split()
)


def _season(m: re.Match[str], ctx: Context) -> Found | None:
    if ctx.next_word(m.end()) in _SEASONS_THINGS:
        return None  # "the winter timetable": a thing, not a time
    tense = ctx.tense(m.start(), m.end())
    if not m.group().lower().startswith("the") and tense is Tense.UNKNOWN:
        return None  # "in winter, roads ice over": every winter, unless a verb dates it
    if ctx.ref is None:
        return _found(m, None, "season")
    code = rs.SEASONS[m["season"].lower()]
    # "will publish an evaluation in the autumn", said in December: the coming autumn; with no
    # past verb near, so is one starting within `_AHEAD_MONTHS`, as a month is ("a hearing is
    # expected in the spring", said in December; not "sales were weak in the spring").
    direction = 2 if tense in (Tense.FUTURE, Tense.NEAREST) else 0
    ahead = (rs.SEASON_START[code] - ctx.ref.month) % 12
    if tense is Tense.UNKNOWN and ahead <= _AHEAD_MONTHS:
        direction = 0 if ctx.leaning(m.start(), m.end()) is Tense.PAST else 2
    return _found(m, rs.resolve_season(ctx.ref, code, direction), "season")


def _vague(m: re.Match[str], ctx: Context) -> Found | None:
    words = m.group().lower()
    if ctx.word_after(m.end()).lower() in ("of", "tense"):
        return None  # "the future of the company"
    future = any(w in words for w in ("future", "near term", "soon"))
    value = "FUTURE_REF" if future else "PAST_REF"
    return _found(m, value, "vague")


# Nouns after a holiday that still name a time ("the Christmas period", "Easter weekend").
_HOLIDAY_TIME_NOUNS = frozenset(
    """
    day eve morning afternoon evening night weekend week holiday holidays season period break
    """.split()
)
_DETERMINERS = frozenset("a an the his her its their our my your whose".split())


def _modifies_a_noun(m: re.Match[str], ctx: Context) -> bool:
    """A holiday's name used as a modifier after a determiner ("his Christmas cards", "a
    Halloween costume") names a thing, not a day; "the Christmas period" is still a time."""
    if m["rel"] or m["year"] or " " in m["h"].strip():
        return False
    after = ctx.next_word(m.end())
    return (
        ctx.word_before(m.start()).lower() in _DETERMINERS
        and after.isalpha()
        and after.islower()
        and after not in _HOLIDAY_TIME_NOUNS
    )


def _holiday(m: re.Match[str], ctx: Context) -> Found | None:
    name = re.sub(r"\s+", " ", m["h"].lower()).replace("’", "'")
    if _modifies_a_noun(m, ctx):
        return None  # "his Christmas cards", "a Halloween costume"
    if m["year"]:
        day = rs.holiday(name, int(m["year"]))
    elif ctx.ref is None:
        return _found(m, None, "holiday")
    else:
        direction = _direction(m["rel"]) if m["rel"] else 0
        day = rs.holiday(name, ctx.ref.year)
        if day is not None and direction == 0:
            # Like a month without a year: this year's, unless it is well ahead in a past-tense
            # report (last year's) or already past with a future verb (next year's); with no
            # tense word, the year a day of its month would have ("New Year's Day" said in
            # December is the coming one, "Christmas" said in August last year's).
            tense = ctx.leaning(m.start(), m.end())
            if tense in (Tense.UNKNOWN, Tense.NEAREST):
                year = _year_for_month(ctx.ref, day.month, tense, day.day)
                day = rs.holiday(name, year) if year != ctx.ref.year else day
            elif tense is Tense.PAST and (day - ctx.ref).days > _HOLIDAY_AHEAD_DAYS:
                direction = -1
            elif tense is Tense.FUTURE and day < ctx.ref:
                direction = 1
        if day is not None and direction == -1 and day >= ctx.ref:
            day = rs.holiday(name, ctx.ref.year - 1)
        elif day is not None and direction == 1 and day <= ctx.ref:
            day = rs.holiday(name, ctx.ref.year + 1)
    return _found(m, rs.day_value(day) if day else None, "holiday")


def _period_end(m: re.Match[str], ctx: Context) -> Found | None:
    if (m["unit2"] or "").lower() == "day":
        # "Earlier in the day" is the day the story is telling of, like "that day": the date
        # mentioned before it, not the page's date ("... might help later in the day").
        return _found(m, None, "anaphoric", Anchor(AnchorUnit.DAY, 0))
    if ctx.ref is None:
        return _found(m, None, "relative")
    unit = (m["unit"] or m["unit2"] or "year").lower()
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
    if m["unit2"]:  # "the week after", "the year before", "the winter before that"
        unit, shift = m["unit2"].lower(), 1 if m["dir"].lower() == "after" else -1
        if unit in rs.SEASONS:
            start = rs.SEASON_START[rs.SEASONS[unit]]
            return _found(m, None, "anaphoric", Anchor(AnchorUnit.SEASON, shift, start))
        return _found(m, None, "anaphoric", Anchor(AnchorUnit(unit), shift))
    unit = m["unit"].lower()
    unit = "day" if unit in ("morning", "afternoon", "evening", "night") else unit
    shift = 1 if m["next"] else 0
    return _found(m, None, "anaphoric", Anchor(AnchorUnit(unit), shift))
