"""Dates (`_context.Context.leaning`): a date after "ahead of" (or "in the run-up to", "in time
for") in a clause of the present perfect lies ahead: what has been done is done up to now, and
the date is ahead of it ("have appealed for help ahead of his funeral on Friday", said on
Monday 7 December: the coming Friday)."""

from __future__ import annotations

import pytest

from tests.core.facts.dates.said_on import values


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        (
            "Relatives have appealed for witnesses ahead of the inquest on Friday.",
            "Friday",
            "2026-12-11",
        ),
        (
            "Supporters have been warned of delays ahead of the derby on Saturday.",
            "Saturday",
            "2026-12-12",
        ),
        ("Patrols have been stepped up ahead of Sunday.", "Sunday", "2026-12-13"),
        (
            "Stations have stocked extra salt in time for the freeze on Thursday.",
            "Thursday",
            "2026-12-10",
        ),
        ("Traders have taken on staff ahead of Christmas.", "Christmas", "2026-12-25"),
    ],
)
def test_ahead_of_a_present_perfect_lies_ahead(sentence: str, date: str, value: str) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        # A simple past: the date may have gone by with it, read as before.
        (
            "Relatives appealed for witnesses ahead of the inquest on Friday.",
            "Friday",
            "2026-12-04",
        ),
        # Not "ahead of": the perfect leans back as before.
        (
            "Relatives have appealed for witnesses since the crash on Friday.",
            "Friday",
            "2026-12-04",
        ),
    ],
)
def test_without_a_perfect_or_ahead_of_nothing_changes(
    sentence: str, date: str, value: str
) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value


@pytest.mark.parametrize(
    ("sentence", "date", "value"),
    [
        # The end of a span right after a present perfect lies ahead.
        (
            "Libraries have extended their opening hours through Christmas Eve.",
            "Christmas Eve",
            "2026-12-24",
        ),
        ("The bridge has been shut until Thursday.", "Thursday", "2026-12-10"),
        # "may not have it back" is no modal perfect ("may not have seen"): the modal points on.
        (
            "Tenants who lost heating on Sunday may not get it back until Thursday.",
            "Thursday",
            "2026-12-10",
        ),
        (
            "Tenants who lost heating on Sunday may not have it back until Thursday.",
            "Thursday",
            "2026-12-10",
        ),
    ],
)
def test_the_end_of_a_span_after_a_perfect_or_a_modal_lies_ahead(
    sentence: str, date: str, value: str
) -> None:
    assert values(f"Headline\n\n{sentence}")[date] == value
