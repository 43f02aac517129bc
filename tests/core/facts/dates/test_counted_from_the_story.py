"""Dates (app.core.facts.dates._relative, _extract): "three years later", "a week later", "two
days earlier" count from the date the sentence before (or their own) names. Sentences of our
own; said on Monday 7 December 2026."""

from __future__ import annotations

import pytest

from tests.core.facts.dates.said_on import timexes


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        (
            "The stadium was sold in 1998. Three years later it was rebuilt.",
            "Three years later",
            "2001",
        ),
        (
            "The mill shut in March 2019. Six months later, the site was sold.",
            "Six months later",
            "2019-09",
        ),
        (
            "The firm was fined on 3 May 2024. Its rival had been fined two days earlier.",
            "two days earlier",
            "2024-05-01",
        ),
        (
            "Fans met the owners on 12 November. A week later, the owners agreed to sell.",
            "A week later",
            "2026-W47",
        ),
        # Two sentences on, the date named may not be the one counted from.
        (
            "The mill shut in March 2019. Its staff left. The roof fell in. Six months later, "
            "the site was sold.",
            "Six months later",
            None,
        ),
        # No count, no value.
        (
            "The mill shut in March 2019. A few months later, it was sold.",
            "A few months later",
            None,
        ),
    ],
)
def test_a_count_later_or_earlier_is_from_the_date_named(
    text: str, span: str, expected: str | None
) -> None:
    assert timexes(text)[span] == expected
