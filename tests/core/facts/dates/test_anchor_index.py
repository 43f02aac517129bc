"""The anchors found once in the whole text give each paragraph its own search's windows."""

from __future__ import annotations

import pytest

from app.core.facts.dates._extract import AnchorIndex, _windows
from app.core.facts.dates._patterns import RULES

_ANCHORS = list({id(anchor): anchor for _, anchor, _, _ in RULES}.values())

_TEXT = (
    "The bridge opened in March 2019 and closed a year later\n\n"
    "in the spring, when the council met on Tuesday.\n\n"
    "Work resumed last week, the firm said on 4 May.x"
)


def _paragraphs(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for part in text.split("\n\n"):
        spans.append((start, start + len(part)))
        start += len(part) + 2
    return spans


@pytest.mark.parametrize("anchor", _ANCHORS, ids=lambda a: a.pattern[:20])
def test_each_paragraph_gets_the_windows_of_its_own_search(anchor):
    index = AnchorIndex(_TEXT)
    for lo, hi in _paragraphs(_TEXT):
        assert index.windows(anchor, lo, hi) == _windows(anchor, _TEXT, lo, hi)


def test_a_match_across_a_paragraph_break_is_not_handed_to_either_paragraph():
    # "later\n\nin" is one match of the "later in" anchor in the whole text, none in either
    # paragraph on its own.
    anchor = next(a for _, a, _, _ in RULES if "later\\s+in" in a.pattern)
    (lo1, hi1), (lo2, hi2), _ = _paragraphs(_TEXT)
    index = AnchorIndex(_TEXT)
    assert any(m.start() < hi1 < m.end() for m in anchor.finditer(_TEXT))
    assert index.windows(anchor, lo2, hi2) == _windows(anchor, _TEXT, lo2, hi2)
    assert index.windows(anchor, lo1, hi1) == _windows(anchor, _TEXT, lo1, hi1)


def test_a_stretch_that_ends_inside_a_word_is_searched_on_its_own():
    # A stretch that stops after "ago" in "agoraphobia": its own search sees "ago" end there
    # (a word boundary at its end), the whole text sees one word.
    text = "She was told two years agoraphobia was rare."
    anchor = next(a for _, a, _, _ in RULES if a.pattern.startswith("ago"))
    end = text.index("agora") + 3
    assert _windows(anchor, text, 0, end) != []
    assert AnchorIndex(text).windows(anchor, 0, end) == _windows(anchor, text, 0, end)
