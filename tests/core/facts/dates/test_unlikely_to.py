"""Dates (`_clause.TENSE`): "unlikely to" looks ahead as "likely to" does ("The bridge is
unlikely to reopen before May", said on Monday 7 December 2026: May 2027, was 2026)."""

from __future__ import annotations

import pytest

from tests.core.facts.dates.said_on import values


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        ("The bridge is unlikely to reopen before May.", "May", "2027-05"),
        ("Engineers say the line is unlikely to open in April.", "April", "2027-04"),
        ("The board said the sale was unlikely to close in June.", "June", "2027-06"),
    ],
)
def test_unlikely_to_looks_ahead(sentence: str, date: str, value: str) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value


def test_guard_a_past_verb_keeps_its_reading() -> None:
    assert values("Headline\n\nThe bridge reopened in May.")["May"] == "2026-05"
