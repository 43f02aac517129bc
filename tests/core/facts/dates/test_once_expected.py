"""Dates (`_context.Context.tense`): a word of the future after "once" ("once expected to", "was
once planned") tells a hope or a plan of the past, which does not put the date ahead."""

from __future__ import annotations

import datetime

import pytest

from tests.core.facts.dates.said_on import values

SAID = datetime.date(2026, 11, 20)


@pytest.mark.parametrize(
    "sentence",
    [
        "A pay deal, once expected to be signed within days of an October meeting, may slip.",
        "The merger was once expected to close after an October vote by shareholders.",
    ],
)
def test_a_hope_of_the_past_does_not_put_the_month_ahead(sentence: str) -> None:
    assert values(f"Headline\n\n{sentence}", SAID)["October"] == "2026-10"


def test_without_once_the_future_word_still_points_ahead() -> None:
    text = "Headline\n\nThe merger is expected to close after an October vote by shareholders."
    assert values(text, SAID)["October"] == "2027-10"
