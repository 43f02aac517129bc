"""Dates (`_context.Context`): a past verb inside an aside of "who" or "which" does not govern a
month after the aside; the clause's own present of an event does, and points ahead ("The
governor, who won the seat in February, faces a confidence vote in April", said on Monday 7
December: next April, February the past one)."""

from __future__ import annotations

import pytest

from tests.core.facts.dates.said_on import values


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        (
            "The governor, who won the seat in February, faces a confidence vote in April.",
            "April",
            "2027-04",
        ),
        (
            "The governor, who won the seat in February, faces a confidence vote in April.",
            "February",
            "2026-02",
        ),
        (
            "The striker, who signed in August, leads the team out in the cup final in May.",
            "May",
            "2027-05",
        ),
        # A scheduled present after the aside was read ahead before, and still is.
        ("The lido, which shut in July, reopens to swimmers in May.", "May", "2027-05"),
    ],
)
def test_present_after_a_past_aside_lies_ahead(sentence: str, date: str, value: str) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        # The clause's own verb is past: the month is behind, as before.
        (
            "The governor, who won the seat in February, lost a confidence vote in April.",
            "April",
            "2026-04",
        ),
        # A present of being is no event: read as before.
        (
            "The lido, which shut in July, is popular with swimmers in May.",
            "May",
            "2026-05",
        ),
    ],
)
def test_past_or_being_after_an_aside_reads_as_before(sentence: str, date: str, value: str) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value
