"""Tests for app.core.facts.dates._generic: a weekday naming a kind of day is no date."""

from __future__ import annotations

import datetime

import pytest

from app.core.document import Document
from app.core.facts.dates import extract

REF = datetime.date(2004, 11, 17)  # a Wednesday


def dates(text: str) -> list[str]:
    return [f.text for f in extract(Document.from_text(text), REF)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The operator will cut about 30 Sunday trains between the two cities on Monday.",
        "Several Saturday markets in the county closed early on Monday because of the storm.",
        "Drivers complained about the Tuesday-to-Friday shifts on Monday.",
        "The Monday–Thursday peaks were busier than ever on Monday, the operator said.",
    ],
)
def test_a_counted_or_ranged_weekday_is_no_date(sentence: str) -> None:
    # Only the closing "on Monday" is a calendar day.
    assert dates(sentence) == ["Monday"]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("The Friday explosions shook the city, officials said.", "Friday"),
        ("She told a Sunday rally in the square that she would stand.", "Sunday"),
        ("The mayor gave a Tuesday interview to the local paper.", "Tuesday"),
        ("Three Labour councillors resigned on Thursday.", "Thursday"),
        ("The two leaders met Saturday evening, aides said.", "Saturday evening"),
    ],
)
def test_a_specific_weekday_stays_a_date(sentence: str, day: str) -> None:
    assert dates(sentence) == [day]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Weekend riders lost out on Monday. Sunday cyclists are the most patient.", ["Monday"]),
        ("Sunday cyclists were out early, the club said.", ["Sunday"]),
        ("Friday talks will settle the matter.", ["Friday"]),
    ],
)
def test_a_sentence_opening_with_a_day_a_plural_and_a_present_verb_names_no_date(
    sentence: str, expected: list[str]
) -> None:
    # "Sunday cyclists are": every Sunday's; "were out early", "will settle": one day's.
    assert dates(sentence) == expected
