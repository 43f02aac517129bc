"""Round 45 (issue 11): '"...," came the reply from X': the one the answer came from speaks.
Sentences are our own; the first test fails on the commit before, the other is a guard.
"""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of

_LEAD = "Mooring fees at Kellsand harbour will double next year. "


def test_the_one_a_reply_came_from_speaks() -> None:
    text = _LEAD + '"Not a penny more," came the curt reply from Ana Ruiz, the harbour master.'
    assert speakers_of("", text) == ["Ana Ruiz"]
    text = _LEAD + '"We have no choice," came the response from Kellsand Harbour Trust.'
    assert speakers_of("", text) == ["Kellsand Harbour Trust"]


def test_guard_something_else_that_came_names_no_one() -> None:
    text = _LEAD + '"Not a penny more," came the cry as the meeting broke up.'
    assert speakers_of("", text) == [None]
