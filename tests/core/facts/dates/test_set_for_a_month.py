"""Dates (`_context.Context.tense_and_word`, `_SETS_A_DAY`): a month an event is set for by an
active verb of setting ("The court set a hearing for October", said on Monday 7 December 2026)
lies ahead of the setting, so the next such month (October 2027, where the nearest was October
2026), as a weekday set so. A passive past and a setting placed by a date before it in its
clause ("In October the board set ...") keep the nearest."""

from __future__ import annotations

import pytest

from tests.core.facts.dates.said_on import values


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        ("The court set a hearing for October.", "October", "2027-10"),
        ("The landlords' panel has booked a review for September.", "September", "2027-09"),
        ("The league schedules the final for November.", "November", "2027-11"),
    ],
)
def test_a_month_set_for_an_event_lies_ahead(sentence: str, date: str, value: str) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        ("A hearing was set for October but was later moved.", "October", "2026-10"),
        ("In October the board set a ballot for November.", "November", "2026-11"),
        ("Last month the council fixed a vote for November.", "November", "2026-11"),
    ],
)
def test_guard_a_passive_or_a_placed_setting_keeps_the_nearest(
    sentence: str, date: str, value: str
) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        ("The dry spell set a record for October, forecasters said.", "October", "2026-10"),
        ("Orders set a new high for September.", "September", "2026-09"),
        ("The strong figures set the tone for November.", "November", "2026-11"),
    ],
)
def test_guard_a_record_or_a_tone_set_for_a_month_is_no_event_set(
    sentence: str, date: str, value: str
) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value
