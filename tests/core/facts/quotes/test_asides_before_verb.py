"""An aside right before the speech verb, a "which" clause set off by commas or anything set off
by spaced dashes, is about a name inside it, never the speaker: the subject ends where the aside
opens (`_cue_before`, `nlp.appositions.aside_start`)."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_a_dash_aside_with_a_name() -> None:
    body = 'Sam Orr - who manages Ella Brandt - said: "This is her first campaign."'
    assert speakers_of("", body) == ["Sam Orr"]


def test_a_dash_aside_after_a_description() -> None:
    body = (
        "Sam Orr, the boss of Harbour Media - which manages Ella Brandt - has commented: "
        '"This is her first campaign."'
    )
    assert speakers_of("", body) == ["Sam Orr"]


def test_a_which_clause_after_a_description() -> None:
    body = (
        "Sam Orr, the chief executive of Harbour Media, which manages Ella Brandt, said: "
        '"This is her first campaign."'
    )
    assert speakers_of("", body) == ["Sam Orr"]


def test_a_which_clause_after_a_body() -> None:
    body = 'Harbour Media, which manages Ella Brandt, said: "This is her first campaign."'
    assert speakers_of("", body) == ["Harbour Media"]


def test_a_which_clause_after_a_description_with_a_clause() -> None:
    # A guard (passes on f6ae74c too; a first version gave "Harbour Committee").
    body = (
        "Senator Ana Ruiz, the Ohio Republican who chairs the Harbour Committee, which oversees "
        'the port, said the gifts "call into question the independence" of the board.'
    )
    assert speakers_of("", body) == ["Ana Ruiz"]


def test_a_who_clause_stays_with_its_name() -> None:
    # A guard (passes on f6ae74c too).
    body = 'Ana Ruiz, who leads the inquiry, said: "We want to hear from anyone."'
    assert speakers_of("", body) == ["Ana Ruiz"]
