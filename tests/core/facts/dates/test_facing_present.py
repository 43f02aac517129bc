"""Dates (`_context.Context`, `_governing.facing_present`): with no tense word before a month in
its clause, a present of facing, holding or standing in an event governs it, and the event is
still to come ("The mayor faces a recall vote in March", said on Monday 7 December: next March).
Nothing changes when a preposition puts the date behind the verb or the verb tells a figure or a
state of now."""

from __future__ import annotations

import pytest

from tests.core.facts.dates.said_on import values


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        ("The harbour master faces a disciplinary hearing in March.", "March", "2027-03"),
        ("The rowing club holds its open day in May.", "May", "2027-05"),
        ("Shop workers face a pay freeze in April.", "April", "2027-04"),
        ("The councillor, who left the party in June, stands again in May.", "May", "2027-05"),
        ("The councillor, who left the party in June, stands again in May.", "June", "2026-06"),
        ("The deputy leader stands for the top job in April.", "April", "2027-04"),
    ],
)
def test_a_present_of_facing_puts_a_month_ahead(sentence: str, date: str, value: str) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        # A preposition puts the date behind the verb: the charges are over a past attack.
        ("The driver faces charges over a crash in March.", "March", "2026-03"),
        ("The ferry firm faces a fine for a spill in April.", "April", "2026-04"),
        # A figure or a state of now, not an event to come.
        ("Joblessness stands at 5.2% in October.", "October", "2026-10"),
        ("Bread prices hold steady in October, the survey shows.", "October", "2026-10"),
        # A past verb after the present governs the date.
        ("The keeper holds the record she set in May.", "May", "2026-05"),
    ],
)
def test_guard_a_month_the_present_does_not_govern(sentence: str, date: str, value: str) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value
