"""Dates (app.core.facts.dates): "the following spring" and "the previous summer" count from the
date the story tells of, as "the following year" does: the first such season after (or the last
one over before) that date. Round 41: "found it broken again the following spring", after
September 2023, had no value. Sentences are our own."""

from __future__ import annotations

import datetime

from app.core.document import Document
from app.core.facts.dates import extract

REF = datetime.date(2026, 12, 7)


def _timex(body: str) -> list[tuple[str, str | None]]:
    document = Document.from_text("Pump trouble at the lake\n\n" + body)
    return [(f.text, f.timex) for f in extract(document, REF)]


def test_the_following_spring_is_the_first_after_the_month_told_of() -> None:
    body = (
        "The valve was fitted in September 2023. Inspectors found it leaking again the "
        "following spring."
    )
    assert _timex(body)[-1] == ("the following spring", "2024-SP")


def test_the_following_season_after_a_year_alone_is_the_next_years() -> None:
    body = "The pier reopened in 2019. Storms damaged it the following winter."
    assert _timex(body)[-1] == ("the following winter", "2020-WI")


def test_the_previous_summer_is_the_last_one_over_before_the_date() -> None:
    # August is summer itself: the summer before it is the year before's.
    body = "The quarry shut in August 2020. The previous summer, its crews had struck."
    assert _timex(body)[-1] == ("The previous summer", "2019-SU")
    body = "The quarry shut in October 2020. The previous summer, its crews had struck."
    assert _timex(body)[-1] == ("The previous summer", "2020-SU")
