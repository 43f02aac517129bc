"""The table of date rules: for each form, a cheap anchor pattern, the full pattern and the
function (in `dates_rules`) that checks the context and computes the value.

The anchor is a word every match must contain (a month name, "quarter", "ago"...). `scan` runs a
rule's full pattern only in short windows around its anchors, which keeps the scan fast and
linear: a full pattern with optional words in front would otherwise be tried at every character.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from app.core.facts.dates._context import Context
from app.core.facts.dates._lexicon import (
    AMBIGUOUS_MONTHS,
    DAY_RE,
    DECADE_WORDS,
    HOLIDAY_RE,
    MONTH_FULL_RE,
    MONTH_RE,
    MONTHS,
    NUMBER_RE,
    ORDINAL_RE,
    PART_OF_DAY_RE,
    SEASON_RE,
    WEEKDAY_RE,
    WEEKDAYS,
    YEAR_RE,
)
from app.core.facts.dates._relative import (
    _ago,
    _anaphoric,
    _day_of_relative_month,
    _fiscal_year,
    _holiday,
    _new_year,
    _period_end,
    _relative_day,
    _relative_unit,
    _season,
    _season_year,
    _vague,
    _weekday,
    _weekday_week,
    _weekend,
)
from app.core.facts.dates._rules import (
    _REL_YEAR,
    Found,
    _century,
    _day_month,
    _decade,
    _month_alone,
    _month_of_year_told,
    _month_year,
    _numeric,
    _quarter,
    _quarter_code,
    _reporting_period,
    _spelled_year,
    _week_of,
    _year,
    _year_ago_adjective,
    _year_range,
)

Rule = tuple[
    str, re.Pattern[str], re.Pattern[str], Callable[[re.Match[str], Context], Found | None]
]

MONTH_ANCHOR = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|" + "|".join(
    m.upper() for m in "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
)
UNIT_ANCHOR = (
    r"[Ww]eek|[Mm]onth|[Yy]ear|[Dd]ecade|[Cc]entury|[Qq]uarter|[Ss]pring|[Ss]ummer|[Ff]all|"
    r"[Aa]utumn|[Ww]inter|" + MONTH_ANCHOR
)
SEASON_ANCHOR = r"[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter"

# Compiled once for the rules that share them: `dates.scan` finds an anchor's windows once.
_MONTH_ANCHOR = re.compile(MONTH_ANCHOR)
_SEASON_ANCHOR = re.compile(SEASON_ANCHOR)

# --- the patterns ------------------------------------------------------------------------------

_I = "(?i:{})".format
_WD_PREFIX = rf"(?:(?P<wd>{WEEKDAY_RE}),?\s+)?"
_REL = _I(
    r"this\s+coming|this\s+past|(?:the\s+)?(?:past|previous|following|next|coming|current|last)|"
    r"this|next|last|coming|past"
)

_SPELLED_UNIT = "one|two|three|four|five|six|seven|eight|nine"
_SPELLED_YEAR = (
    r"(?:nineteen|eighteen)\s+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?:[-\s](?:" + _SPELLED_UNIT + r"))?\b|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|hundred|oh[-\s](?:" + _SPELLED_UNIT + r"))|"
    r"two\s+thousand(?:\s+and)?(?:[-\s](?:" + _SPELLED_UNIT + r"|ten|eleven|twelve))?"
)

_RULES: tuple[Rule, ...] = (
    (
        "month_day",
        _MONTH_ANCHOR,
        re.compile(
            rf"{_WD_PREFIX}(?P<mon>{MONTH_RE})\s+(?<![\w])(?P<day>{DAY_RE})(?!\w)"
            rf"(?:(?:,\s*|\s+)(?P<year>{YEAR_RE}))?"
        ),
        _day_month,
    ),
    (
        "day_month",
        _MONTH_ANCHOR,
        re.compile(
            rf"{_WD_PREFIX}(?:the\s+)?(?<![\w.,])(?P<day>{DAY_RE})(?:\s+of)?\s+"
            rf"(?P<mon>{MONTH_RE})(?:,?\s+(?P<year>{YEAR_RE}))?"
        ),
        _day_month,
    ),
    (
        # "the first week of March", "the week of March 6", "the weekend of 9 January 2027"
        "week_of",
        re.compile(r"[Ww]eek(?:end)?\s+of"),
        re.compile(
            r"\b(?i:the)\s+(?:(?P<ord>(?i:first|second|third|fourth|last|final))\s+)?"
            r"(?P<unit>(?i:week|weekend))\s+of\s+"
            rf"(?:(?P<mon>{MONTH_RE})(?:\s+(?<![\w])(?P<day>{DAY_RE})(?!\w))?|"
            rf"(?:the\s+)?(?<![\w.,])(?P<day2>{DAY_RE})(?:\s+of)?\s+(?P<mon2>{MONTH_RE}))"
            rf"(?:,?\s+(?P<year>{YEAR_RE}))?"
        ),
        _week_of,
    ),
    (
        # "that October" (not "said that October was ...", nor "that May"), "30 October that
        # year", "in May the following year"
        "month_of_year_told",
        _MONTH_ANCHOR,
        re.compile(
            rf"\b(?i:that)\s+(?P<mon1>{'|'.join(m for m in MONTHS if m not in AMBIGUOUS_MONTHS)})\b"
            r"(?=\s*[.,;:!?)]|\s*$|\s+(?:and|but|when|as|after|before|in|at|with|for|on|while|"
            r"because|until|to)\b)|"
            rf"(?:(?<![\w.,])(?P<day>{DAY_RE})\s+(?:of\s+)?)?(?P<mon>{MONTH_RE})"
            rf"(?:\s+(?<![\w])(?P<day2>{DAY_RE})(?!\w))?(?:,?\s+|\s+of\s+)"
            r"(?P<rel>(?i:that|the\s+same|the\s+following|the\s+next|the\s+previous))\s+(?i:year)\b"
        ),
        _month_of_year_told,
    ),
    (
        "month_year",
        _MONTH_ANCHOR,
        re.compile(
            rf"(?P<mon>{MONTH_RE})(?:(?P<of>\s+of)?,?\s+(?P<year>{YEAR_RE})|"
            rf"\s+(?P<rel>{_I(_REL_YEAR)}))\b"
        ),
        _month_year,
    ),
    (
        "numeric",
        re.compile(r"\d[-/]\d"),
        re.compile(
            r"(?<![\w./-])(?:(?P<iy>1\d{3}|20\d{2})-(?P<im>\d{1,2})-(?P<id>\d{1,2})"
            r"(?=T\d|(?![\w/-]|\.\d))|"
            r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<sy>\d{4}|\d{2})(?![\w/-]|\.\d))"
        ),
        _numeric,
    ),
    (
        "month",
        _MONTH_ANCHOR,
        re.compile(rf"(?:\b(?P<mod>{_I('early|late|mid')})[-\s]+)?\b(?P<mon>{MONTH_FULL_RE})\b"),
        _month_alone,
    ),
    (
        "year",
        re.compile(r"[12]\d{3}"),
        re.compile(
            rf"(?:(?P<pre>{_I('fiscal|calendar')})(?:\s+{_I('year')})?\s+|"
            rf"\b(?P<mod>{_I('mid|early|late|pre|post')})[-\s])?\b(?P<year>{YEAR_RE})\b"
        ),
        _year,
    ),
    (
        "year_range",
        re.compile(r"\d\d{3}[-–/]\d"),  # opening on one digit, the scan skips ahead to it
        re.compile(
            r"(?<![\w$£€#.,/-])(?P<first>1\d{3}|20\d{2})[-–/](?P<second>\d{4}|\d{2})"
            r"(?![\w%/-]|[.,]\d)"
            # the year the range names, part of the date ("the 2029-30 season")
            r"(?:\s+(?:season|(?:financial|fiscal|school|academic|tax)\s+year)\b)?"
        ),
        _year_range,
    ),
    (
        "decade",
        re.compile(r"0['’]?s\b|ties\b"),  # "1990s", "'90s", "the 90s", "the nineties"
        re.compile(
            rf"(?:\b{_I('the')}\s+)?(?:\b{_I('early|late|mid')}[-\s]+)?"
            rf"(?:\b(?P<cent>1\d|20)(?P<dec>\d)0['’]?s|['’](?P<short>\d)0s|"
            rf"(?<=[Tt]he\s)(?P<bare>\d)0s)\b|"
            rf"\b{_I('the')}\s+(?:{_I('early|late|mid')}[-\s]+)?"
            rf"(?P<word>{_I('|'.join(DECADE_WORDS))})\b"
        ),
        _decade,
    ),
    (
        "century",
        re.compile(r"[Cc]entur"),
        re.compile(
            rf"(?:\b{_I('the')}\s+)?(?:\b{_I('early|late|mid')}[-\s]+)?"
            rf"\b(?P<n>\d{{1,2}})(?:st|nd|rd|th)[-\s]+{_I('century')}\b"
        ),
        _century,
    ),
    (
        "quarter",
        re.compile(r"[Qq]uarter|[Hh]alf"),
        re.compile(
            r"(?i:(?:\bthe\s+)?(?:(?P<y1>" + YEAR_RE + "|" + _REL_YEAR + r")['’]s\s+|"
            r"(?P<y2>" + YEAR_RE + r")\s+)?(?:(?:fiscal|calendar)[-\s]+)?"
            r"\b(?P<ord>" + ORDINAL_RE + r")[-\s]+(?:fiscal[-\s]+)?(?P<unit>quarter|half)\b"
            r"(?:\s+of\s+(?:the\s+)?(?:(?:fiscal|calendar)\s+(?:year\s+)?)?"
            r"(?P<y3>" + YEAR_RE + "|" + _REL_YEAR + r")\b|,?\s+(?P<y4>" + YEAR_RE + r")\b)?)"
        ),
        _quarter,
    ),
    (
        "reporting_period",
        re.compile(r"quarter|period"),
        re.compile(
            r"\b(?i:the)\s+(?P<mods>(?i:(?:latest|current|recent|same|comparable|corresponding|"
            r"year-ago|year-earlier|year\s+ago|year\s+earlier|fiscal)\s+)*)"
            r"(?P<unit>quarter|period)\b(?!\s+of\b)"
        ),
        _reporting_period,
    ),
    (
        "year_ago_adjective",
        re.compile(r"[Yy]ear-"),
        re.compile(r"\b[Yy]ear-(?:ago|earlier)\b"),
        _year_ago_adjective,
    ),
    (
        "relative_day",
        re.compile(
            r"[Yy]esterday|[Tt]o(?:day|morrow|night)|TO(?:DAY|MORROW|NIGHT)"
            r"|[Ll]ast\s+(?:night|evening)|[Tt]his\s+(?:morning|afternoon|evening)"
        ),
        re.compile(
            rf"(?:\b{_I('early|late|earlier|later')}\s+)?"
            rf"\b(?P<word>{_I('yesterday|today|tomorrow|tonight')}|"
            r"[Ll]ast\s+(?:night|evening)|[Tt]his\s+(?:morning|afternoon|evening))\b"
            rf"(?:\s+(?:{PART_OF_DAY_RE})\b)?"
        ),
        _relative_day,
    ),
    (
        "weekday_week",
        re.compile(WEEKDAY_RE),
        re.compile(
            rf"\b(?:(?P<wd>{WEEKDAY_RE})\s+week\b(?![\s-]*\d|\s+of\b)|"
            rf"a\s+week\s+(?P<dir>on|last)\s+(?P<wd2>{WEEKDAY_RE})\b)"
        ),
        _weekday_week,
    ),
    (
        "weekday",
        re.compile(WEEKDAY_RE),
        re.compile(
            rf"(?:\b(?P<rel>{_REL})\s+|\b{_I('early|late|earlier|later')}\s+)?"
            rf"\b(?P<wd>{WEEKDAY_RE})\b(?:\s+(?:{PART_OF_DAY_RE})\b)?"
        ),
        _weekday,
    ),
    (
        "relative_unit",
        re.compile(UNIT_ANCHOR),
        re.compile(
            rf"(?:\b{_I('early|late|earlier|later|mid|sometime')}[-\s]+)?\b(?P<rel>{_REL})\s+"
            rf"(?P<unit>{_I('week|weekend|month|year|decade|century|quarter|' + SEASON_RE)}|"
            rf"{MONTH_FULL_RE})\b(?!-\w)"
        ),
        _relative_unit,
    ),
    (
        "day_of_relative_month",
        re.compile(r"[Mm]onth"),
        re.compile(
            r"\b[Tt]he\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\s+of\s+"
            r"(?P<rel>(?i:this|next|last))\s+month\b"
        ),
        _day_of_relative_month,
    ),
    (
        "ago",
        re.compile(r"ago\b|earlier\b|later\b|before\b|previously\b"),
        re.compile(
            r"(?i:\b(?:(?:about|almost|nearly|some|more\s+than|over|just|only|roughly|barely|"
            r"less\s+than|at\s+least)\s+)?(?P<num>" + NUMBER_RE + r")\s+"
            r"(?P<unit>days?|weeks?|fortnights?|months?|years?|decades?|century|centuries)"
            r"(?:\s+or\s+(?:so|two|more))?\s+(?P<dir>ago|earlier|later|before|previously))\b"
        ),
        _ago,
    ),
    (
        "season_year",
        _SEASON_ANCHOR,
        re.compile(
            rf"(?:\b{_I('the')}\s+)?(?:\b{_I('early|late|mid')}[-\s]+)?"
            rf"\b(?P<season>{_I(SEASON_RE)})(?:\s+of)?,?\s+(?P<year>{YEAR_RE})\b"
        ),
        _season_year,
    ),
    (
        "vague",
        re.compile(r"[Rr]ecent|[Pp]ast\b|[Ff]uture|term\b|[Ll]ater\s+date|[Ss]oon"),
        re.compile(
            r"\b(?i:(?:more\s+)?recently|the\s+(?:(?:near|distant|recent|immediate|foreseeable)"
            r"\s+)?(?:past|future)(?!\s+(?:\d|few|several|couple|" + NUMBER_RE + r"\b|"
            r"years?|months?|weeks?|decades?|days?|century|quarters?|summers?|winters?)|-)|"
            r"the\s+(?:near|short)\s+term|a\s+later\s+date|"
            r"recent\s+(?:years|months|weeks|days)|(?<!as\s)soon(?!\s+(?:as|after|afterwards|"
            r"thereafter|enough)\b))\b"
        ),
        _vague,
    ),
    (
        "holiday",
        re.compile(HOLIDAY_RE),  # the names themselves: one list (`HOLIDAYS`) to keep
        re.compile(
            rf"(?:\b(?P<rel>{_I('last|this|next')})\s+)?\b(?P<h>{HOLIDAY_RE})\b"
            rf"(?:,?\s+(?P<year>{YEAR_RE})\b)?"
        ),
        _holiday,
    ),
    (
        "period_end",
        re.compile(
            r"[Ee]nd\b|[Bb]eginning|[Ss]tart\b|[Mm]iddle|[Tt]urn\b|[Ee]arlier\s+in|[Ll]ater\s+in"
        ),
        re.compile(
            r"\b(?i:(?:the\s+)?(?:end|beginning|start|middle|turn)\s+of\s+the\s+"
            r"(?P<unit>year|month|week|decade|century)|year[-\s]end|year['’]s\s+end|"
            r"(?:earlier|later)\s+in\s+the\s+(?P<unit2>year|month|week|day))\b"
        ),
        _period_end,
    ),
    (
        "quarter_code",
        # "\b" said after the letter, so that the whole text's scan skips ahead to each Q, H, F
        re.compile(r"Q(?<!\wQ)[1-4]|H(?<!\wH)[12]|F(?<!\wF)Y"),
        re.compile(
            r"\b(?:(?P<code>Q[1-4]|H[12])(?:\s*(?:[-/]\s*)?(?P<year>"
            + YEAR_RE
            + r"|['’]?\d{2}\b))?|"
            r"FY\s?(?P<fy>" + YEAR_RE + r"|['’]?\d{2}\b))(?![\w-])"
        ),
        _quarter_code,
    ),
    (
        "season",
        _SEASON_ANCHOR,
        re.compile(
            r"\b(?i:the)\s+(?:(?P<mod>(?i:early|late))\s+)?"
            r"(?P<season>(?i:spring|summer|autumn|winter))"
            r"\b(?!\s+of\b)"
        ),
        _season,
    ),
    (
        # "will reopen in spring", "by late summer": a bare season after a preposition, ending
        # its phrase ("in winter garden", "by Winter" are names, "spring water" a thing).
        "bare_season",
        _SEASON_ANCHOR,
        re.compile(
            r"(?<=\b[Ii]n\s|\b[Bb]y\s)(?:(?P<mod>early|late)\s+)?"
            r"(?P<season>spring|summer|autumn|winter)\b"
            r"(?=\s*(?:[.,;:!?)]|$)|\s+(?:and|or|but|when|as|after|before|to|the|a|an|this|next|"
            r"last|in|on|at|with|for|from|until|while|because|if|so|than|that|is|was|will|would)\b)"
        ),
        _season,
    ),
    (
        "new_year",
        re.compile(r"[Yy]ear\b"),
        re.compile(r"\b(?i:the)\s+(?i:new)\s+(?i:year)\b(?!-)"),
        _new_year,
    ),
    ("weekend", re.compile(r"[Ww]eekend"), re.compile(r"\b(?i:the)\s+(?i:weekend)\b"), _weekend),
    (
        "fiscal_year",
        re.compile(r"[Yy]ear\b"),
        re.compile(
            r"\b(?i:the)\s+(?P<mods>(?i:(?:full|current|latest)\s+)?)"
            r"(?P<fiscal>(?i:fiscal\s+)?)(?i:year)\b(?!-)"
        ),
        _fiscal_year,
    ),
    (
        "anaphoric",
        re.compile(
            r"[Yy]ear|[Mm]onth|[Ww]eek|[Dd]ay|morning|afternoon|evening|night|"
            r"[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter"
        ),
        re.compile(
            r"\b(?i:(?:(?:earlier|later|early|late)\s+)?that\s+(?:same\s+)?|"
            r"the\s+(?P<next>next|following)\s+)"
            r"(?P<unit>(?i:year|month|day|morning|afternoon|evening|night))\b|"
            # "arrested the week after.", "the year before, fares rose", "last winter, and the
            # winter before that": counted from the date told before; not "the week before
            # Christmas", "the year before last".
            r"\b(?i:the)\s+(?P<unit2>(?i:day|week|month|year|spring|summer|autumn|winter))\s+"
            r"(?P<dir>(?i:before|after))\b(?:\s+(?i:that|then)\b)?"
            r"(?=\s*[.,;:!?)]|\s*$|\s+(?:and|but|when|as|while)\b)"
        ),
        _anaphoric,
    ),
    (
        "spelled_year",
        re.compile(r"[Nn]ineteen|[Ee]ighteen|[Tt]wo\s+thousand"),
        re.compile(
            rf"(?:\b(?P<mon>{MONTH_FULL_RE})\s+|\b(?i:the\s+year)\s+)?"
            rf"\b(?P<spelled>(?i:{_SPELLED_YEAR}))\b"
        ),
        _spelled_year,
    ),
)


def _branches(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern ("a|b(c|d)" -> ["a", "b(c|d)"])."""
    out, depth, start, i = [], 0, 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 1
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return [*out, pattern[start:]]


_CASE_PAIR = re.compile(r"^\[([A-Z])([a-z])\]")


def _literal_first(anchor: re.Pattern[str], done: dict[str, re.Pattern[str]]) -> re.Pattern[str]:
    """The same anchor with each "[Ww]eek" alternative written "Week|week": when every
    alternative starts with a plain letter, the regex engine skips the positions no
    alternative can start at, which makes the anchors' scan of a long text several times
    faster. Same matches, in the same order of preference."""
    if anchor.pattern not in done:
        branches = []
        for branch in _branches(anchor.pattern):
            pair = _CASE_PAIR.match(branch)
            if pair and pair[1].lower() == pair[2]:
                rest = branch[pair.end() :]
                branches += [pair[1] + rest, pair[2] + rest]
            else:
                branches.append(branch)
        done[anchor.pattern] = re.compile("|".join(branches), anchor.flags)
    return done[anchor.pattern]


_FAST: dict[str, re.Pattern[str]] = {}
RULES: tuple[Rule, ...] = tuple(
    (name, _literal_first(anchor, _FAST), pattern, handler)
    for name, anchor, pattern, handler in _RULES
)


class WordsNeeded:
    """A test a window must pass before a rule's pattern is tried in it: it holds one of
    `words`, whatever their case (every match of the pattern does).

    Only a window of ASCII characters is tested: `re`'s case-insensitive matching also pairs a
    few letters beyond ASCII with ASCII ones ("ſ" with "s", the Kelvin sign with "k"), which
    `str.lower` does not; in any other window the pattern itself decides."""

    def __init__(self, words: tuple[str, ...]) -> None:
        """`words` lower case, each one a match holds some case of."""
        self.words = words
        self._any = re.compile("|".join(re.escape(word) for word in words))  # one C call

    def __call__(self, text: str, lo: int, hi: int) -> bool:
        """Whether the pattern may match in text[lo:hi]."""
        window = text[lo:hi]
        return not window.isascii() or self._any.search(window.lower()) is not None


# Rules whose anchors are common words and whose matches also need a rarer one: "year" and
# "month" are everywhere, "last year" and "next month" are not (`_REL`: every one of its
# alternatives holds one of these words); a month is common, "that October" (its first
# alternative holds "that", its second "year") is not.
WINDOW_NEEDS: dict[str, WordsNeeded] = {
    "relative_unit": WordsNeeded(
        ("this", "past", "previous", "following", "next", "coming", "current", "last")
    ),
    # Every month's window is searched; "that October" and "May the following year" are rare.
    "month_of_year_told": WordsNeeded(("that", "year")),
}


def _openings(words: tuple[str, ...]) -> list[str]:
    """The first three letters of each word, as written and in capitals ("Mon", "MON")."""
    return [form for word in words for form in (word[:3], word[:3].upper())]


def _any_case(words: str) -> list[str]:
    """Each word in any case, as alternatives that open on a plain letter ("E(?i:arly)",
    "e(?i:arly)"): the same strings as "(?i:early)" for a first letter whose only other case is
    its capital (not "s", "k" or "i", which also match "ſ", the Kelvin sign, "ı" and "İ")."""
    out = []
    for word in words.split():
        assert word[0] not in "ski", word
        out += [f"{word[0].upper()}(?i:{word[1:]})", f"{word[0]}(?i:{word[1:]})"]
    return out


# Where a match may start, for rules whose pattern opens on an optional word: the engine tries
# such a pattern at every character of its windows, and one opening on these (plain letters
# and digits) skips ahead to the next place it can match. Every match of the rule's pattern
# starts where its opening matches: a weekday's or month's first three letters (any month
# form: "Sept.", "JAN."), "the", a day's or year's first digit, or the optional word itself
# ("fiscal 2024", "mid-1990s", "early March"; "later that day", "the next morning").
OPENINGS: dict[str, re.Pattern[str]] = {
    "month_day": re.compile("|".join(_openings(WEEKDAYS + MONTHS))),
    "day_month": re.compile("|".join([*_openings(WEEKDAYS), "the", *"0123456789"])),
    "month": re.compile("|".join([*_any_case("early late mid"), MONTH_FULL_RE])),
    "year": re.compile("|".join([*_any_case("fiscal calendar mid early late pre post"), "1", "2"])),
    "anaphoric": re.compile("|".join(_any_case("earlier later early late that the"))),
}
