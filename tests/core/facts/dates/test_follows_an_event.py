"""Dates (`_context._FOLLOWS_AN_EVENT`): a present "follows" or "comes after" whose object is an
event with its date tells of that event when it is over, so the date is behind even when the
clause looks ahead after it ("The stoppage, which follows a two-day walkout in October, is set
to close libraries", said on Monday 7 December 2026: October 2026, was 2027). A future
before it ("will follow a ballot in January") and "follows the same format" keep their
readings."""

from __future__ import annotations

import pytest

from tests.core.facts.dates.said_on import values


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        (
            "The stoppage, which follows a two-day walkout in October, is set to close libraries.",
            "October",
            "2026-10",
        ),
        (
            "The new closure comes after a fire in October and will last a month.",
            "October",
            "2026-10",
        ),
    ],
)
def test_the_event_followed_is_behind(sentence: str, date: str, value: str) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        ("The stoppage will follow a ballot in January.", "January", "2027-01"),
        ("The fair follows the same format in June.", "June", "2026-06"),
    ],
)
def test_guard_a_future_or_a_manner_keeps_its_reading(sentence: str, date: str, value: str) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value
