"""Dates (`_relative`): a weekday, a week or a month inside a quotation whose attribution says on
which day it was said counts from that day, not from the reference date ('"We signed on Monday,"
she said on Thursday', said on Monday 7 December: the Monday before Thursday 3 December); when the
attribution gives a time but no day ("said in October"), a week or a month gets no value rather
than a wrong one."""

from __future__ import annotations

import pytest

from tests.core.facts.dates.said_on import timexes, values


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        (
            '"We signed the lease on Monday," the owner said on Thursday.',
            "Monday",
            "2026-11-30",
        ),
        (
            '"The vote will be on Friday," the chairwoman said last Tuesday.',
            "Friday",
            "2026-12-04",
        ),
        # The attribution names the day by its date.
        ('"Yesterday the roof leaked," the head said on 2 December.', "Yesterday", "2026-12-01"),
        ('"Next month we reopen," the owner said on 30 October.', "Next month", "2026-11"),
        ('"On Friday we sign," the owner said on 2 December 2025.', "Friday", "2025-12-05"),
        # The attribution gives a month but no day: no value, rather than one counted from today.
        ('"Next month we reopen," the owner said in October.', "Next month", None),
    ],
)
def test_a_day_in_a_quotation_counts_from_the_day_it_was_said(
    sentence: str, date: str, value: str | None
) -> None:
    assert _value(sentence, date) == value


def test_a_week_in_a_quotation_counts_from_the_day_it_was_said() -> None:
    # Said on Wednesday 2 December: the week after is that of Monday 7 December (week 50).
    text = 'Headline\n\n"Next week we open the doors," the manager said on Wednesday.'
    assert timexes(text)["Next week"] == "2026-W50"


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        # No time in the attribution: counted from the reference date, as before.
        ('"We signed the lease on Monday," the owner said.', "Monday", "2026-12-07"),
        ('"Next month we reopen," the owner said.', "Next month", "2027-01"),
        # Outside a quotation: the reference date.
        ("The owner signed the lease on Monday, she said on Thursday.", "Monday", "2026-12-07"),
    ],
)
def test_guard_a_day_with_no_day_of_speaking(sentence: str, date: str, value: str) -> None:
    assert _value(sentence, date) == value


def _value(sentence: str, date: str) -> str | None:
    return values(f"Headline\n\n{sentence}")[date]
