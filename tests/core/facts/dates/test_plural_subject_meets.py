"""Dates (`_clause._BASE_SUBJECT`'s plural, `_PLURAL_BASE`): the base form of a verb of a
meeting or a session ("meet", "open", "resume") after a plural noun opening its clause, after
"the" or an owner, is the present of a scheduled event, as after a name ("Rovers return"): said
on Monday 7 December 2026, "shareholders meet in April" is April 2027 (was 2026), "the two
sides meet on Saturday" the 12th (was the 5th). A past verb before the subject, a past form,
and base forms that are as often a habit ("return", "go") are not read so."""

from __future__ import annotations

import pytest

from tests.core.facts.dates.said_on import values


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        (
            "The bank posts its figures on 2 March, and shareholders meet in April.",
            "April",
            "2027-04",
        ),
        ("The firm's members meet in May to elect a chair.", "May", "2027-05"),
        ("The rival clubs meet on Saturday.", "Saturday", "2026-12-12"),
        ("The galleries open on Sunday.", "Sunday", "2026-12-13"),
    ],
)
def test_a_plural_subject_of_a_meeting_looks_ahead(sentence: str, date: str, value: str) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        ("The shareholders met in April.", "April", "2026-04"),
        ("Neighbours who saw the galleries close in April were upset.", "April", "2026-04"),
        ("The orders return to normal in May.", "May", "2026-05"),
    ],
)
def test_guard_a_past_or_a_habit_keeps_its_reading(sentence: str, date: str, value: str) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        ("The clubs' players open the season in August.", "August", "2027-08"),
        ("The unions' members meet in March to vote on the offer.", "March", "2027-03"),
    ],
)
def test_a_plural_owner_with_an_apostrophe_before_the_subject(
    sentence: str, date: str, value: str
) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value


def test_guard_a_plural_owner_before_a_past_keeps_its_reading() -> None:
    assert values("Headline\n\nThe clubs' players opened the season in August.")["August"] == (
        "2026-08"
    )
