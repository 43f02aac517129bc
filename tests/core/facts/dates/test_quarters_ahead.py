"""Dates (`_rules._quarter`, `_quarter_code`, `_resolve.resolve_quarter_year`): a quarter or a
half of a business report named without a year, governed by a verb of the future, is the first
such period not yet over ("Profits will grow in the second quarter", said on 7 December 2026:
2027's); a period whose figures are to be reported is over, whatever the tense."""

from __future__ import annotations

import pytest

from tests.core.facts.dates.said_on import timexes


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        ("The grocer's profits will grow in the second quarter.", "the second quarter", "2027-Q2"),
        ("The chain expects revenue to recover in Q1.", "Q1", "2027-Q1"),
        ("Its profits will rise in the fourth quarter.", "the fourth quarter", "2026-Q4"),
    ],
)
def test_a_quarter_ahead_is_the_next_one_not_yet_over(sentence: str, date: str, value: str) -> None:
    assert timexes(f"Headline\n\n{sentence}")[date] == value


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        # Past verbs, and figures of a quarter to be reported: the quarter is over.
        ("The grocer's profits grew in the second quarter.", "the second quarter", "2026-Q2"),
        (
            "The chain will report its second-quarter revenue on Friday.",
            "second-quarter",
            "2026-Q2",
        ),
        (
            "The chain will publish revenue for the second quarter on Friday.",
            "the second quarter",
            "2026-Q2",
        ),
    ],
)
def test_guard_a_quarter_that_is_over(sentence: str, date: str, value: str) -> None:
    assert timexes(f"Headline\n\n{sentence}")[date] == value
