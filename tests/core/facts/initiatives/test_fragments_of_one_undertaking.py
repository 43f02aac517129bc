"""Initiatives: what an undertaking itself does, or how it is paid for, is no second
undertaking ("a programme, which will fund 80 trainees"; "the programme would be paid for with
grants").

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _texts


def test_a_relative_clause_on_a_programme_is_part_of_it() -> None:
    text = (
        "The agency also announced a new apprenticeship programme in marine engineering, "
        "which will fund 80 trainees from next spring."
    )
    assert _texts(text) == ["new apprenticeship programme"]


def test_a_relative_clause_on_a_plain_noun_still_counts() -> None:
    text = "The charity owns an old mill, which it will convert into 40 flats."
    assert "fund" not in " ".join(_texts(text))
    text = "Ostrava Steel, which will build a new furnace in Kladno, said costs were rising."
    assert _texts(text) == ["build a new furnace"]


def test_a_passive_that_says_how_a_plan_is_paid_for_is_no_item() -> None:
    text = (
        "Fernley Homes said the £300m building programme would be paid for with a mix of "
        "grants and loans."
    )
    assert not any("paid" in t for t in _texts(text))
    assert _texts("The new footbridge will be paid for by the county council.") == []
