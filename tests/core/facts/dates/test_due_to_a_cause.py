"""Dates (`_clause._DUE_TO_CAUSE`): "due to" of a cause ("the fall is due to weaker sales",
"due to rising costs"), where a comparative, a word of degree, a gerund or a participle opens
the noun phrase after it, is no word of the future: the date is not put ahead (said on Monday 7
December: October 2026, the October just gone, not 2027). "Due to" with an infinitive ("is due
to open"), "is due in" and "due to" whom something is owed keep looking ahead."""

from __future__ import annotations

import pytest

from tests.core.facts.dates.said_on import values


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        ("The dip in profit is due to weaker orders in October.", "October", "2026-10"),
        ("The shortfall was due to poor bookings in October.", "October", "2026-10"),
        ("The slump is due to rising fuel bills in October.", "October", "2026-10"),
        ("The closure is due to increased repair costs in October.", "October", "2026-10"),
    ],
)
def test_due_to_of_a_cause_does_not_put_the_date_ahead(
    sentence: str, date: str, value: str
) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        ("The new wing is due to open in October.", "October", "2027-10"),
        ("The inspectors' verdict is due in October.", "October", "2027-10"),
        ("The talks were due to resume in October.", "October", "2027-10"),
        # Whom a payment is owed: the date is still the payment's.
        ("The final instalment is due to the builder on Friday.", "Friday", "2026-12-11"),
    ],
)
def test_guard_due_to_of_a_schedule_still_looks_ahead(sentence: str, date: str, value: str) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value
