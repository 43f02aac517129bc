"""Dates (`_context.Context.leaning`, `_governing`): a present perfect earlier in the clause does
not put a date behind when a present verb after it governs the date ("have backed the bill,
which faces a vote before Christmas", said on 7 December: this Christmas)."""

from __future__ import annotations

import pytest

from tests.core.facts.dates.said_on import values


@pytest.mark.parametrize(
    "sentence",
    [
        "Councillors have approved the budget, which faces a final vote before Christmas.",
        "The firm has shut two depots and its last one closes before Christmas.",
        "Having signed the deal, the club hosts its new striker before Christmas.",
        "Staff, who have rejected two offers, hold another ballot before Christmas.",
        "Tenants have won the case and an appeal is expected before Christmas.",
    ],
)
def test_a_present_verb_after_a_perfect_governs_the_holiday(sentence: str) -> None:
    assert values(f"Headline\n\n{sentence}")["Christmas"] == "2026-12-25"


def test_a_weekday_after_a_perfect_and_a_present_is_the_nearest() -> None:
    text = "Headline\n\nThe union has balloted its members, who walk out on Tuesday."
    assert values(text)["Tuesday"] == "2026-12-08"


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # The past verb itself governs the date: it stays behind.
        ("The council approved the budget before Christmas.", "2025-12-25"),
        ("Councillors have approved the budget, which passed before Christmas.", "2025-12-25"),
        # A simple past before the present is no perfect: read as before.
        ("The union balloted its members on Tuesday.", "2026-12-01"),
    ],
)
def test_a_past_that_governs_the_date_still_puts_it_behind(sentence: str, value: str) -> None:
    found = values(f"Headline\n\n{sentence}")
    assert next(iter(found.values())) == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        # The present of an event, the last verb before the date, points ahead (said on
        # Monday 7 December: the Friday to come, not the one before).
        (
            "The charity has raised enough for a shelter, which welcomes guests on Friday.",
            "2026-12-11",
        ),
        ("Ministers have put aside money for grants, which pay out on Friday.", "2026-12-11"),
        ("Nurses walk out on Friday.", "2026-12-11"),
    ],
)
def test_the_present_of_an_event_points_ahead(sentence: str, value: str) -> None:
    assert values(f"Headline\n\n{sentence}")["Friday"] == value


@pytest.mark.parametrize(
    "sentence",
    [
        # A present of being, or a word that puts the date behind the verb: as before.
        "The road remains shut after a crash on Friday.",
        "The driver is in hospital after a crash on Friday.",
        "He faces charges for an attack on Friday.",
        "The inquiry follows Friday's crash.",
    ],
)
def test_a_present_of_being_or_after_a_date_keeps_it_behind(sentence: str) -> None:
    assert values(f"Headline\n\n{sentence}")["Friday"] == "2026-12-04"


@pytest.mark.parametrize(
    "sentence",
    [
        # A verb whose past is its base form, and a present of estimating: no event ahead.
        "Notices put up on Friday warn drivers of delays.",
        "She estimates the flats, valued on Friday, are worth less now.",
    ],
)
def test_a_past_of_the_same_form_or_an_estimate_is_no_event_ahead(sentence: str) -> None:
    assert values(f"Headline\n\n{sentence}")["Friday"] == "2026-12-04"
