"""Dates (`_generic.generic_month`): a month that is the subject of a generic present
("January is always the hardest month", "August tends to be quiet") names every such month,
no date of the story, so it is not listed. A month of the story ("the vote is in January",
"February was the busiest month", "this January is ...") stays listed."""

from __future__ import annotations

import pytest

from tests.core.facts.dates.said_on import values


@pytest.mark.parametrize(
    ("sentence", "date"),
    [
        ("January is always the hardest month for the florists.", "January"),
        ("Shop owners say February is usually when takings fall.", "February"),
        ("September tends to be the busiest month at the ferry port.", "September"),
    ],
)
def test_a_month_as_the_subject_of_a_generic_present_is_not_listed(
    sentence: str, date: str
) -> None:
    assert date not in values(f"Headline\n\n{sentence}")


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        ("The vote is in January, the council said.", "January", "2027-01"),
        ("The florists said trade in September was always slow.", "September", "2026-09"),
    ],
)
def test_guard_a_month_of_the_story_stays_listed(sentence: str, date: str, value: str) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value


def test_guard_a_month_with_a_word_of_time_stays_listed() -> None:
    assert "This January" in values("Headline\n\nThis January is always going to be hard.")
