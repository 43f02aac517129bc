"""Days listed before or after one month: "on 9, 10 and 23 January", "March 4, 5 and 11", and
the first or last day of a range in one month: "from 3 to 5 June", "3-5 June", "June 3 to 5".

Only the last day (or, in the American order, the first) carries the month, so the rules find it
alone; the other days are the same month's days and are dates of their own. Each listed number
becomes a date with the value of the day that carries the month, its day replaced. A number that
is no day of that month ("31 June"), or a list that runs on into a noun ("4, 5 and 11 people"),
gives nothing.
"""

from __future__ import annotations

import re

from app.core.facts.dates._resolve import make_date
from app.core.facts.dates._rules import CHANGE_VERBS, Found

# A day number: "9", "9th".
_DAY = r"(\d{1,2})(?:st|nd|rd|th)?"
# Days before the one that carries the month: "9, 10 and " right before "23 January".
_LIST_BEFORE = re.compile(
    r"(?:" + _DAY + r",[ \u00a0]+)*" + _DAY + r",?[ \u00a0]+(?:and|or|&)[ \u00a0]+$"
)
# Days after the month's own day: ", 5 and 11" right after "March 4".
_LIST_AFTER = re.compile(
    r"(?:,[ \u00a0]+"
    + _DAY
    + r")*,?[ \u00a0]+(?:and|or|&)[ \u00a0]+"
    + _DAY
    + r"(?=[.,;:!?)]|[ \u00a0]+[a-z]|\s*$)"
)
# The first day of a range before the day that carries the month: "from 3 to " or "3-" right
# before "5 June" ("from" is needed with words: "aged 3 to 5" counts years).
_RANGE_BEFORE = re.compile(
    r"(?:\bfrom[ \u00a0]+" + _DAY + r"[ \u00a0]+(?:to|until|till)[ \u00a0]+|" + _DAY + r"[-–])$"
)
# The last day of a range after the month's own day: " to 5", "-5" right after "June 3".
_RANGE_AFTER = re.compile(
    r"(?:[ \u00a0]+(?:to|until|till|through)[ \u00a0]+|[-–])"
    + _DAY
    + r"(?=[.,;:!?)](?!\d)|[ \u00a0]+[a-z]|\s*$)"
)
# What follows the list after "and 11" when it counts things, not days ("11 people").
_COUNTED = re.compile(
    r"[ \u00a0]+(?!at\b|in\b|on\b|to\b|from\b|when\b|and\b|but\b|as\b|for\b)[a-z]"
)
# A date whose day comes first ("23 January") or last ("March 4") in its words.
_DAY_FIRST = re.compile(r"\d{1,2}(?:st|nd|rd|th)?[ \u00a0]+[A-Z]")
_DAY_LAST = re.compile(r"[A-Z][a-z]+\.?[ \u00a0]+\d{1,2}(?:st|nd|rd|th)?$")
_DAY_VALUE = re.compile(r"^(\d{4}|-)-(\d{2})-(\d{2})$")
_REACH = 40


def with_listed_days(found: list[Found], text: str, lo: int, hi: int) -> list[Found]:
    """`found` (in text order) with the days listed beside a day that carries its month."""
    listed: list[Found] = []
    for date in found:
        value = date.value
        shape = _DAY_VALUE.match(value) if value is not None else None
        if shape is None:
            continue
        words = text[date.start : date.end]
        if _DAY_FIRST.match(words):
            reach = max(lo, date.start - _REACH)
            before = _LIST_BEFORE.search(text, reach, date.start)
            if before is not None and _stands_alone(text, lo, before.start()):
                listed += _days(before.group(), before.start(), shape, date.kind)
            elif (before := _RANGE_BEFORE.search(text, reach, date.start)) is not None:
                first = int(before.group(1) or before.group(2))
                if (
                    first < int(shape.group(3))
                    and _stands_alone(text, lo, before.start())
                    and not _after_a_change(text, lo, before.start())
                ):
                    listed += _days(before.group(), before.start(), shape, date.kind)
        elif _DAY_LAST.search(words):
            after = _LIST_AFTER.match(text, date.end, min(hi, date.end + _REACH))
            if after is None:
                after = _RANGE_AFTER.match(text, date.end, min(hi, date.end + _REACH))
                if after is not None and int(after.group(1)) <= int(shape.group(3)):
                    after = None  # "June 3 to 1": no range of days
            if after is not None and not _COUNTED.match(text, after.end()):
                listed += _days(after.group(), date.end, shape, date.kind)
    if not listed:
        return found
    taken = [(d.start, d.end) for d in found]
    fresh = [d for d in listed if not any(s < d.end and d.start < e for s, e in taken)]
    return sorted(found + fresh, key=lambda d: d.start)


def _stands_alone(text: str, lo: int, start: int) -> bool:
    """Whether the words found at `start` open the stretch or follow no letter or digit (and no
    hyphen, dash or point of a longer number: "2-3-5 June", "1.3-5 June")."""
    return start == lo or not (text[start - 1].isalnum() or text[start - 1] in "-–.")


def _after_a_change(text: str, lo: int, start: int) -> bool:
    """Whether the word before `start` is a verb of change or a noun of what is counted ("rose
    from 3 to 5 June ...", "pages 10-11 June ...", "aged 3-5" tell of amounts, not days)."""
    words = text[max(lo, start - 20) : start].split()
    return bool(words) and words[-1].lower() in CHANGE_VERBS | _COUNTING_WORDS


# Words that number things before a range ("pages 10-11", "children aged 3-5").
_COUNTING_WORDS = frozenset("page pages pp p chapter chapters aged ages lines items nos".split())


def _days(words: str, offset: int, shape: re.Match[str], kind: str) -> list[Found]:
    year = int(shape.group(1)) if shape.group(1).isdigit() else None
    month = int(shape.group(2))
    days: list[Found] = []
    for number in re.finditer(_DAY, words):
        value = make_date(year, month, int(number.group(1)))
        if value is None:
            return []  # "30 and 31 June": no day of that month
        days.append(Found(offset + number.start(), offset + number.end(), value, kind))
    return days
