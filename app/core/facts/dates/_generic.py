"""A day of the week named as a kind of day, not as a date.

"About 40 Friday services", "on Saturday mornings", "Monday-to-Thursday peaks": no calendar day
is meant, so giving them "last Friday's" value would be a wrong fact. The specific uses stay
dates: "the Friday explosions", "its Friday issue", "Friday's ruling", and "a Friday interview",
"at a Sunday rally" (in US reporting "a" + day + event is one past day, so "a" alone says
nothing; "a reduced Friday timetable" stays listed).

The reading is grammatical: the day modifies the plural common noun after it (by the tagger)
and the phrase's determiner, past any adjectives, is a count or a quantifier ("every", "most");
or a sentence opens with the day, a plural noun and a present verb ("Friday travellers are not
second-class passengers").

A month is named as a kind of month when it is the subject of a generic present ("January is
always the hardest month", "August tends to be quiet"): what every January is, no date of the
story.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from app.core.facts.dates._context import Context
from app.core.facts.dates._lexicon import WEEKDAY_RE

if TYPE_CHECKING:
    from app.core.facts.nlp.tagger import Token

# "Monday-to-Thursday", "Monday–Friday": a span of weekdays written as one modifier.
_RANGE_LINK = r"(?:-(?:to|through|thru)-|[-–])"
_RANGE_AFTER = re.compile(rf"{_RANGE_LINK}(?:{WEEKDAY_RE})\b")
_RANGE_BEFORE = re.compile(rf"\b(?:{WEEKDAY_RE}){_RANGE_LINK}$")
# Parts of the day in the plural: "on Saturday mornings", "most Sunday evenings".
_PARTS_OF_DAYS = frozenset({"mornings", "afternoons", "evenings", "nights", "lunchtimes"})
_QUANTIFIERS = frozenset({"every", "each", "any", "no", "most", "many", "several", "all"})
# A cheap look before tagging: a quantifier or a number shortly before the day.
_CUE_BEFORE = re.compile(
    r"(?i)\b(?:every|each|any|no|most|many|several|all|\d[\d,.]*|two|three|four|five|"
    r"six|seven|eight|nine|ten|dozens?|hundreds?)\b"
)
# Between the determiner and the day: adjectives and participles ("a reduced", "a typical busy").
_BETWEEN = frozenset({"JJ", "JJR", "JJS", "VBN", "VBG", "RB", "RBR", "RBS", "HYPH"})
_MAX_BETWEEN = 3
_PLURAL_NOUN = "NNS"
_LOOK_BEFORE = 60  # characters tagged before the day
_LOOK_AFTER = 40


def _tagged(text: str, lo: int, hi: int) -> list[Token]:
    """The tagged words of `text[lo:hi]`. The tagger (numpy) loads here, not with the package:
    the window imports the date labels before it paints."""
    from app.core.facts.nlp.tagger import tag_sentence

    return tag_sentence(text, lo, hi)


def generic_day(ctx: Context, start: int, end: int) -> bool:
    """True when the weekday at `text[start:end]` names a kind of day, not a date."""
    text = ctx.text
    if _RANGE_AFTER.match(text, end, ctx.hi) or _RANGE_BEFORE.search(
        text, max(ctx.lo, start - 16), start
    ):
        return True
    after = ctx.next_word(end)
    if after in _PARTS_OF_DAYS:
        return True  # "open on Saturday mornings": every such morning
    if not after[:1].islower():
        return False
    if ctx.starts_sentence(start):
        return _opens_a_plural_subject(text, start, end, ctx.hi)
    lo = max(ctx.lo, start - _LOOK_BEFORE)
    if not _CUE_BEFORE.search(text, lo, start):
        return False
    space = text.find(" ", lo, start)
    lo = space + 1 if lo > ctx.lo and space >= 0 else lo  # whole words only
    tokens = _tagged(text, lo, min(ctx.hi, end + _LOOK_AFTER))
    day = next((i for i, t in enumerate(tokens) if t.start == start), None)
    following = next((i for i, t in enumerate(tokens) if t.start >= end), None)
    if day is None or following is None or tokens[following].tag != _PLURAL_NOUN:
        return False
    for word in reversed(tokens[max(0, day - 1 - _MAX_BETWEEN) : day]):
        if word.tag == "CD" or word.text.lower() in _QUANTIFIERS:
            return True  # "about 40 Friday services", "several busy Saturday markets"
        if word.tag not in _BETWEEN:
            return False
    return False


# A present verb: what is so of every such day. A past or future one is the one day's ("Sunday
# shoppers were out early", "Friday talks will decide").
_PRESENT_PLURAL = "VBP"


def _opens_a_plural_subject(text: str, start: int, end: int, hi: int) -> bool:
    """ "Friday travellers are not second-class passengers": a sentence opening with a day, a
    plural noun and a present verb speaks of every such day."""
    tokens = _tagged(text, start, min(hi, end + _LOOK_AFTER))
    return len(tokens) >= 3 and tokens[1].tag == _PLURAL_NOUN and tokens[2].tag == _PRESENT_PLURAL


# After a month: a present of "be" with a word of what is so every year, or "tends to be".
_GENERIC_PRESENT_AFTER = re.compile(
    r"\s+(?:(?:is|are)\s+(?:(?:not|also)\s+)?(?:always|usually|often|typically|generally|"
    r"normally|traditionally|invariably|historically|rarely|seldom|never)|tends?\s+to\s+be)\b"
)


def generic_month(text: str, end: int) -> bool:
    """True when the month ending at `end`, with no word of time before it, is the subject of a
    generic present ("January is always the hardest month"): every such month, no date."""
    return _GENERIC_PRESENT_AFTER.match(text, end) is not None
