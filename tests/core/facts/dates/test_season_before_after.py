"""Dates (`_patterns` "anaphoric", `_relative._anaphoric`): "the winter before (that)", "the
summer after" and "the year before that" count from the date the story named just before them,
not from today; with no date named before they are listed with no value."""

from __future__ import annotations

import pytest

from tests.core.facts.dates.said_on import timexes, values


@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        (
            "The pond froze over last winter, and the winter before that.",
            "the winter before that",
            "2024-WI",
        ),
        (
            "The orchard flooded in the summer of 2021 and the summer after.",
            "the summer after",
            "2022-SU",
        ),
        ("Fees went up in 2023 and the year before that.", "the year before that", "2022"),
    ],
)
def test_a_season_or_year_before_that_counts_from_the_date_named(
    text: str, date: str, value: str
) -> None:
    assert timexes(f"Headline\n\n{text}")[date] == value


def test_a_season_before_with_no_date_named_has_no_value() -> None:
    found = values("Headline\n\nThe lane was closed the winter before.")
    assert found["the winter before"] is None
