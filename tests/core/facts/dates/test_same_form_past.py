"""Dates (`_clause._SAME_FORM_PAST`, `_context._TAKES_AN_OBJECT`): a verb whose past is its
present ("burst", "hit", "cut", "cost") after "the" and one singular noun, with an object after
it, is a past: the present would take an "s" ("the river bursts its banks"); after a plural
subject with an object ("Rivers burst their banks") the present would be a habit, which news
seldom dates, so it is read as a past too. The date it governs
is behind (said on Monday 7 December: January 2026, where the nearest January was 2027). A
"shut" after a plural (a timetable), a modal ("will burst") or a verb with no object ("The pay
cut in January") keep the old reading."""

from __future__ import annotations

import pytest

from tests.core.facts.dates.said_on import values


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        ("The Wenning burst its banks in January.", "January", "2026-01"),
        ("The brook burst its banks in January and flooded the lane.", "January", "2026-01"),
        ("The gale hit the harbour in February.", "February", "2026-02"),
        ("The dispute cost the ferry firm £3m in January.", "January", "2026-01"),
        # A plural subject with an object: a present would be a habit, which is seldom dated.
        ("Rivers burst their banks in January.", "January", "2026-01"),
        ("Gales hit the harbour in February.", "February", "2026-02"),
        ("The storms cost the county £2m in January.", "January", "2026-01"),
    ],
)
def test_a_same_form_past_after_its_singular_subject_puts_the_date_behind(
    sentence: str, date: str, value: str
) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        # "shut" after a plural may be a timetable ("Shops shut their doors on ...").
        ("Shops shut their doors in January.", "January", "2027-01"),
        # A modal: what will happen.
        ("The brook will burst its banks in January.", "January", "2027-01"),
        # No object: "cut" is a noun.
        ("The pay cut in January angered nurses.", "January", "2027-01"),
    ],
)
def test_guard_shut_a_modal_or_a_noun_keep_the_old_reading(
    sentence: str, date: str, value: str
) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value
