"""Dates (app.core.facts.dates._context): which tense governs a date. Round 39: the last part of
a compound ("second-placed", "fully-booked") was read as a past verb, and a fixture still to
come ("on Boxing Day") was placed in the year before. Sentences are our own."""

from __future__ import annotations

import datetime

from app.core.facts.dates import scan

REF = datetime.date(2026, 12, 7)


def _values(text: str) -> list[str | None]:
    return [found.value for found in scan(text, reference_date=REF)]


def test_a_compounds_last_part_is_no_past_verb() -> None:
    assert _values("Harbourside meet the top-placed side on Boxing Day.") == ["2026-12-26"]
    assert _values("The fully-booked ferry sails on Boxing Day.") == ["2026-12-26"]


def test_guard_a_prefixed_past_verb_is_still_past() -> None:
    assert _values("The mayor was re-elected on Boxing Day.") == ["2025-12-26"]
    assert _values("She co-founded the bakery on Boxing Day.") == ["2025-12-26"]
