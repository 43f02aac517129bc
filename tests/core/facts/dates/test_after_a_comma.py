"""Dates (`_context._AFTER_ASIDE`): a date in a phrase of "after" or "following" set off by a
comma after a future word ("The scheme is expected to save £2m, after losses in October") is the
event's that the expectation follows, not the future's: it is not put ahead (said on Monday 7
December: October 2026). When the future clause names its own time ("will open in May, after
tests in March") or the phrase closes before the date, the old reading holds."""

from __future__ import annotations

import pytest

from tests.core.facts.dates.said_on import values


def test_a_date_in_an_after_phrase_set_off_by_a_comma_is_not_put_ahead() -> None:
    text = "Headline\n\nThe merger is expected to cut costs by £5m, after losses in October."
    assert values(text)["October"] == "2026-10"


def test_a_following_phrase_reads_the_same() -> None:
    text = "Headline\n\nThe board will review the fares, following complaints in October."
    assert values(text)["October"] == "2026-10"


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        # The future clause names its own time: the tests lead up to it.
        ("The tram line will open in May, following trials in March.", "March", "2027-03"),
        # The phrase closes before the date: the future word governs it.
        ("The pool will reopen, after a refit, in October.", "October", "2027-10"),
        # No comma: the future word's own phrase.
        ("The plan is expected to save £2m after launching in October.", "October", "2027-10"),
    ],
)
def test_guard_the_future_reading_holds_otherwise(sentence: str, date: str, value: str) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value
