""" "The government" stands for a body whose name says it governs (a government, ministry or
department), never a firm or a news agency named last (`body_heads._SAID_OF`)."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_the_government_is_no_firm_named_before() -> None:
    body = (
        '"We are investigating," Harbourline Ltd said. "The agencies are on it," the government '
        "said in a statement."
    )
    assert speakers_of("", body) == ["Harbourline Ltd", "the government"]


def test_the_government_is_a_ministry_named_before() -> None:
    # A guard (passes on f6ae74c too).
    body = (
        '"We will act," the Ministry of Defence said. "The agencies are on it," the government '
        "said in a statement."
    )
    assert speakers_of("", body) == ["Ministry of Defence", "Ministry of Defence"]
