"""The date rules whose patterns open on an optional word are tried only where their opening
matches, and some patterns open on a letter or digit: the same matches, found without trying
every character (speed, round 43b; the tests of openings and skipping fail on 0fc0fa7). The
sentences are our own."""

from __future__ import annotations

import re
from re import _compiler, _parser  # the engine's own reading of where a pattern may start

import pytest

from app.core.facts.dates._extract import _windows
from app.core.facts.dates._patterns import OPENINGS, RULES
from app.core.facts.nlp.pieces import finditer_from

_RULES = {name: (anchor, pattern) for name, anchor, pattern, _ in RULES}

_SENTENCES = [
    "The ferry to Harlow Quay returns on Monday, March 3, and the café reopens Tuesday 4 April.",
    "Tenants signed on the 12th of JUNE 2021, and again on 5 Sept. 2022, said Wren Calder.",
    "Early March brought floods; by mid-July the dam held, and in late SEPTEMBER it failed.",
    "Fiscal 2019 ended with a loss, the mid-1990s with none, and pre-2000 rules still apply.",
    "The WEDNESDAY, 31st DECEMBER 1999 gala sold out; Sat 6 Jan 2001 did not, nor x5 May.",
    "Profits rose in calendar year 2018 and in the post 2008 years, but not in 1066 or 2100.",
    "Opened Thursday, the 1st of Oct. 2019 and closed Feb 29 at the earliest, MON. Jan 5.",
    "The mill shut that year; later that day the owners met, and THE FOLLOWING MONTH it sold.",
]


def _skips_ahead(pattern: re.Pattern[str]) -> bool:
    """Whether the engine knows the characters a match can open on (a literal or a set) and
    skips to the next of them instead of trying the pattern at every character."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    return bool(
        _compiler._get_literal_prefix(parsed, pattern.flags)[0]
        or _compiler._get_charset_prefix(parsed, pattern.flags)
    )


@pytest.mark.parametrize("name", sorted(OPENINGS))
def test_a_rule_tried_where_its_opening_matches_finds_the_same_dates(name: str) -> None:
    anchor, pattern = _RULES[name]
    found = 0
    for text in [*_SENTENCES, " ".join(_SENTENCES)]:
        for lo, hi in [(0, len(text)), *_windows(anchor, text, 0, len(text)), (9, len(text) - 9)]:
            expected = [(m.span(), m.groups()) for m in pattern.finditer(text, lo, hi)]
            opened = [
                (m.span(), m.groups()) for m in finditer_from(OPENINGS[name], pattern, text, lo, hi)
            ]
            assert opened == expected
            found += len(expected)
    assert found > 0


@pytest.mark.parametrize("name", sorted(OPENINGS))
def test_every_match_starts_where_its_opening_matches(name: str) -> None:
    _, pattern = _RULES[name]
    text = " ".join(_SENTENCES)
    for start in range(len(text)):
        if pattern.match(text, start) is not None:
            assert OPENINGS[name].match(text, start) is not None, text[start : start + 20]


@pytest.mark.parametrize("name", sorted(OPENINGS))
def test_openings_skip_ahead(name: str) -> None:
    assert _skips_ahead(OPENINGS[name])


def test_month_patterns_and_two_anchors_skip_ahead() -> None:
    assert _skips_ahead(_RULES["month_year"][1])  # every month form opens on its letter
    assert _skips_ahead(_RULES["quarter_code"][0])
    assert _skips_ahead(_RULES["year_range"][0])


def test_guard_a_quarter_code_inside_a_word_is_no_anchor() -> None:
    anchor = _RULES["quarter_code"][0]
    text = "Sales in Q3 and FY2024 beat HQ1 and the XFY plan (H1)."
    assert [m.group() for m in anchor.finditer(text)] == ["Q3", "FY", "H1"]
