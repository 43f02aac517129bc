"""Dates (`_relative._is_nowadays`, `_governing.past_verb_governs`): "today" governed by a past
verb is the day of an event, even when words of a lasting state ("than ever") come later in
the clause; "today" beside a verb with its object ("Police today named the man") is one too."""

from __future__ import annotations

import pytest

from tests.core.facts.dates.said_on import values


@pytest.mark.parametrize(
    "sentence",
    [
        "Landlords today published figures showing rents higher than ever.",
        "The council has today released data showing rents higher than ever.",
        "Officers today named the driver who died in the crash.",
        "The club today called a meeting of its members.",
    ],
)
def test_today_governed_by_a_past_verb_is_the_day(sentence: str) -> None:
    assert values(f"Headline\n\n{sentence}") == {"today": "2026-12-07"}


@pytest.mark.parametrize(
    "sentence",
    [
        # "nowadays": a present verb, or a name for what a place is now.
        "Renters today pay more than ever for a flat.",
        "The quarry, today known as Mill Lake, was flooded in 1950.",
        "The hamlet today called Eastwick had one farm.",
    ],
)
def test_today_meaning_nowadays_is_still_left_out(sentence: str) -> None:
    assert "today" not in values(f"Headline\n\n{sentence}")
