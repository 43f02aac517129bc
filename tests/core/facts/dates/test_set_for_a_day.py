"""Dates (`_context._SETS_A_DAY`): a day an event is set for by an active verb of setting and
its object ("The court set a hearing for Friday") is still to come, so the next such day (said
on Monday 7 December 2026: Friday 11 December, where the nearest Friday was the 4th). A past
passive ("was set for Friday but was moved"), a day that is no object of setting ("set bail at
£5,000 on Friday") and "set a record" keep the old reading."""

from __future__ import annotations

import pytest

from tests.core.facts.dates.said_on import values


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        ("The magistrates set a hearing for Friday.", "Friday", "2026-12-11"),
        ("The board fixed the vote for Saturday after members objected.", "Saturday", "2026-12-12"),
        ("The union has booked a meeting for Sunday.", "Sunday", "2026-12-13"),
        ("The tribunal sets a date for Friday.", "Friday", "2026-12-11"),
    ],
)
def test_a_day_set_for_an_event_lies_ahead(sentence: str, date: str, value: str) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        ("A hearing was set for Friday but was later moved.", "Friday", "2026-12-04"),
        ("The judge set bail at £5,000 on Friday.", "Friday", "2026-12-04"),
        ("The sprinter set a record on Saturday.", "Saturday", "2026-12-05"),
    ],
)
def test_guard_a_passive_past_or_no_setting_keeps_the_old_reading(
    sentence: str, date: str, value: str
) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value
