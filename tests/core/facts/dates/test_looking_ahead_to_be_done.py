"""Dates (`_clause.TENSE`): a passive infinitive of an irregular verb ("is due to be made",
"is expected to be given") is no past verb, and a present "expects to" or "anticipates to"
looks ahead like "hopes to": said on Monday 7 December 2026, the date is the next one (October
2027, March 2027; was 2026). A past participle after "been" and a past "expected" keep their
reading."""

from __future__ import annotations

import pytest

from tests.core.facts.dates.said_on import values


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        ("A decision is due to be made in October.", "October", "2027-10"),
        ("The award is expected to be won in September.", "September", "2027-09"),
        ("The charity expects to hire two nurses by March.", "March", "2027-03"),
        (
            "The school expects to fill the roles by March, after a recruiting pause in January.",
            "March",
            "2027-03",
        ),
        ("The club anticipates to sell out by April.", "April", "2027-04"),
    ],
)
def test_a_passive_infinitive_or_expects_to_looks_ahead(
    sentence: str, date: str, value: str
) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        ("A verdict has been given in October.", "October", "2026-10"),
        ("The deal was made in September.", "September", "2026-09"),
    ],
)
def test_guard_a_perfect_or_a_past_keeps_its_reading(sentence: str, date: str, value: str) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value
