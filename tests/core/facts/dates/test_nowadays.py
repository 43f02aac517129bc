"""Dates (app.core.facts.dates._relative): "today" and "tomorrow" that mean our time and the
future, not a day, are no dates; the ones that place an event still are. Sentences of our own;
said on Monday 7 December 2026.
"""

from __future__ import annotations

import pytest

from tests.core.facts.dates.said_on import values


@pytest.mark.parametrize(
    "sentence",
    [
        # A level of now set against another time's.
        "The allowance will rise to £14,000 next year, up from £12,570 today.",
        "The fund had 40,000 members in 2019, compared with 52,000 today.",
        # A whole kind as the subject, with a quantifier or a comparison.
        "Children today spend more time on screens than their parents did.",
        "Most families today own two cars.",
        # What a thing is now.
        "The old mill is today a car park.",
    ],
)
def test_today_meaning_our_time_is_no_date(sentence: str) -> None:
    assert not any(text.lower() == "today" for text in values(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The college trains young people for the jobs of tomorrow.",
        "She wants to train tomorrow's leaders in the valley.",
    ],
)
def test_tomorrow_meaning_the_future_is_no_date(sentence: str) -> None:
    assert not any(text.lower() == "tomorrow" for text in values(sentence))


@pytest.mark.parametrize(
    ("sentence", "span", "expected"),
    [
        ("MPs today vote on the plan.", "today", "2026-12-07"),
        ("The minister today announced more money for schools.", "today", "2026-12-07"),
        ("Ministers today published figures showing fewer arrests.", "today", "2026-12-07"),
        ("The minister is today expected to resign.", "today", "2026-12-07"),
        ("Shares rose 3% today, the exchange said.", "today", "2026-12-07"),
        ("Tomorrow's vote could decide the race.", "Tomorrow", "2026-12-08"),
        ("The budget will be set by the end of tomorrow.", "the end of tomorrow", "2026-12-08"),
        ("The council meets tomorrow to decide.", "tomorrow", "2026-12-08"),
    ],
)
def test_today_and_tomorrow_of_an_event_are_days(sentence: str, span: str, expected: str) -> None:
    assert values(sentence)[span] == expected


@pytest.mark.parametrize(
    ("sentence", "listed"),
    [
        # Two eras set side by side: what a subject is now and will be.
        ('"Today we are a small club; tomorrow we will be a big one," the chairman said.', []),
        ("Today we are a hardware firm, tomorrow we will be a services firm.", []),
        # Two days.
        ("Today we vote; tomorrow we count the ballots.", ["Today", "tomorrow"]),
        ("Today the shop is shut, but tomorrow it will be open again.", ["Today", "tomorrow"]),
        ("Today is the deadline; tomorrow will be the vote.", ["Today", "tomorrow"]),
    ],
)
def test_today_and_tomorrow_set_side_by_side_as_eras_are_no_dates(
    sentence: str, listed: list[str]
) -> None:
    assert list(values(sentence)) == listed
