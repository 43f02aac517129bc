"""Tests for app.core.facts.dates._context: which tense governs a date (the word trie and the
irregular past forms are `_clause`'s, in test_clause.py).

Round 39: the last part of a compound ("second-placed", "fully-booked") was read as a past verb,
and a fixture still to come ("on Boxing Day") was placed in the year before. Sentences are our
own.
"""

from __future__ import annotations

from tests.core.facts.dates.said_on import scanned_values


def test_a_compounds_last_part_is_no_past_verb() -> None:
    assert scanned_values("Harbourside meet the top-placed side on Boxing Day.") == ["2026-12-26"]
    assert scanned_values("The fully-booked ferry sails on Boxing Day.") == ["2026-12-26"]


def test_guard_a_prefixed_past_verb_is_still_past() -> None:
    assert scanned_values("The mayor was re-elected on Boxing Day.") == ["2025-12-26"]
    assert scanned_values("She co-founded the bakery on Boxing Day.") == ["2025-12-26"]


def test_a_fixture_in_the_present_after_a_plural_name_or_pronoun_is_still_to_come() -> None:
    # Round 39: said on a Monday, "Harbourside return to action on Saturday" gave the Saturday
    # just past (the nearest), as the base form was no scheduled present.
    assert scanned_values("Harbourside return to action on Saturday.") == ["2026-12-12"]
    assert scanned_values("They play Millbrook on Saturday.") == ["2026-12-12"]


def test_guard_a_past_verb_or_a_noun_keeps_the_date_behind() -> None:
    assert scanned_values("Harbourside returned to action on Saturday.") == ["2026-12-05"]
    assert scanned_values("Fans saw the Harbourside side return on Saturday.") == ["2026-12-05"]
    assert scanned_values("The return of the side on Saturday was a relief.") == ["2026-12-05"]


def test_a_fixture_after_a_who_clause_set_off_after_the_name_is_still_to_come() -> None:
    # Round 41: "Harbourside, who are fifth in the league, host ..." gave the Saturday just past:
    # the base form's subject stood before the "who" clause.
    text = "Harbourside, who are fifth in the league, host Millbrook on Saturday."
    assert scanned_values(text) == ["2026-12-12"]


def test_guard_a_past_verb_after_a_who_clause_keeps_the_date_behind() -> None:
    text = "Fans, who had queued for hours, saw Harbourside return on Saturday."
    assert scanned_values(text) == ["2026-12-05"]


def test_a_fixture_after_the_and_a_plural_name_opening_the_clause_is_still_to_come() -> None:
    # Round 41: "The Harbourside return ..." was read as "saw the Harbourside return" (an object).
    assert scanned_values("The Harbourside return to action on Saturday.") == ["2026-12-12"]


def test_a_date_a_rise_is_backdated_to_lies_behind() -> None:
    # Round 41: "The rise will be backdated to August" gave next August (the "will").
    assert scanned_values("The award will be backdated to August.") == ["2026-08"]
    assert scanned_values("The award will be paid in August.") == ["2027-08"]
