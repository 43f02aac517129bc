"""Dates (`_carry`): with no reference date, the year an earlier full date names still goes on
to a bare month or day told after it, as it does with one ("The pier closed on 4 May 2018. In
August it was sold" is August 2018); a bare date nothing places keeps no year."""

from __future__ import annotations

import pytest

from tests.core.facts.dates.said_on import values


@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        ("The pier closed on 4 May 2018. In August the council sold it.", "August", "2018-08"),
        ("The pier closed on 4 May 2018 and was sold in August.", "August", "2018-08"),
        (
            "The pier closed on 4 May 2018. On 9 August the council sold it.",
            "9 August",
            "2018-08-09",
        ),
        ("The pier closed in May 2018.\n\nIn August the council sold it.", "August", "2018-08"),
    ],
)
def test_a_year_goes_on_with_no_reference_date(text: str, date: str, value: str) -> None:
    assert values(f"Headline\n\n{text}", None)[date] == value


@pytest.mark.parametrize(
    ("text", "date", "value"),
    [
        # Nothing named a year: no guess.
        ("The council sold the pier in August.", "August", None),
        ("The council sold the pier on 9 August.", "9 August", "--08-09"),
        # An earlier month of no range, or a clause of the present: the year does not go on.
        ("The pier closed in May 2018. In March the council sold it.", "March", None),
        ("The pier closed in May 2018. It has stood empty since August.", "August", None),
    ],
)
def test_a_bare_date_nothing_places_keeps_no_year(text: str, date: str, value: str | None) -> None:
    assert values(f"Headline\n\n{text}", None)[date] == value
