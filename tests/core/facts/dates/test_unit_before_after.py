"""Dates (`_patterns` "anaphoric", `_relative._anaphoric`): "the week after", "the day before",
"the year before" closing their phrase count from the date the story told before them, as "the
following week" does; "the week before Christmas" and "the year before last" are not these."""

from __future__ import annotations

import pytest

from tests.core.facts.dates.said_on import timexes, values


@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        (
            "The mill shut on 9 October 2024. The receivers were called in the day before.",
            "the day before",
            "2024-10-08",
        ),
        ("Rents rose 3% in May 2025 and 4% the year before.", "the year before", "2024"),
        (
            "Orders fell in August 2023. The month after, they recovered.",
            "The month after",
            "2023-09",
        ),
    ],
)
def test_a_unit_before_or_after_counts_from_the_date_told(text: str, date: str, value: str) -> None:
    assert values(f"Headline\n\n{text}")[date] == value


def test_the_week_after_a_day_is_the_next_week() -> None:
    text = "Headline\n\nThe mill shut on 9 October 2024. Its owner was arrested the week after."
    assert timexes(text)["the week after"] == "2024-W42"


def test_guard_a_unit_before_an_event_or_before_last() -> None:
    found = values(
        "Headline\n\nThe week before the final was quiet. The year before last was worse."
    )
    assert "The week before" not in found
    assert "The year before" not in found
