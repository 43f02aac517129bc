"""Dates (`_context.Context`, `_clause._PRESENT_EXPECTATION`): a present passive of expectation or
scheduling ("is expected", "is due", "is scheduled", "is set") governs the date after it and looks
ahead from now, so a season, month or weekday is the next one (said on Monday 7 December: the
summer of 2027, not the summer just gone). A past one, a story's setting ("is set in") and a date
after a preposition of a topic ("an inquiry is expected into the flood in June") keep the old
reading."""

from __future__ import annotations

import pytest

from tests.core.facts.dates.said_on import values


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        ("A ruling on the lido is expected in the summer.", "the summer", "2027"),
        ("Planning consent is not expected before the autumn.", "the autumn", "2027"),
        ("The inspectors' verdict is due in October.", "October", "2027-10"),
        ("The second reading is scheduled for November.", "November", "2027-11"),
        ("Talks with the unions are now expected in September.", "September", "2027-09"),
        ("A decision on the depot is expected on Friday.", "Friday", "2026-12-11"),
        # The words before a date that belong to it are no topic.
        ("The audit is due by the end of March.", "the end of March", "2027-03"),
    ],
)
def test_a_present_expectation_puts_the_date_ahead(sentence: str, date: str, value: str) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        # An expectation told in the past says nothing of now.
        ("The merger, which was expected in the summer, fell through.", "the summer", "2026"),
        # The date of the noun after a topic's preposition: the flood was in June.
        ("An inquiry is expected into the flood in June.", "June", "2026-06"),
    ],
)
def test_guard_an_expectation_that_does_not_govern_ahead(
    sentence: str, date: str, value: str
) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value
