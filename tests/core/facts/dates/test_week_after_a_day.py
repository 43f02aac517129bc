"""Dates (app.core.facts.dates._extract): "the following week", "the previous week" in a story
told in the past count from the day it named last, as "the following day" does. Sentences of our
own; said on Monday 7 December 2026."""

from __future__ import annotations

import pytest

from tests.core.facts.dates.said_on import timexes


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        (
            "The factory opened on 2 February 2018. The following week, the first lorries left.",
            "The following week",
            "2018-W06",
        ),
        # The next paragraph still tells of that day.
        (
            "The museum reopened on 14 May 2019.\n\nIts director had resigned the previous week.",
            "the previous week",
            "2019-W19",
        ),
        # No day named before: the story's week is not known.
        ("The first lorries left the following week.", "the following week", None),
        # What is still to come counts from now.
        ("Ministers will meet the following week.", "the following week", "2026-W51"),
    ],
)
def test_the_following_week_counts_from_the_day_named(
    text: str, span: str, expected: str | None
) -> None:
    assert timexes(text)[span] == expected
