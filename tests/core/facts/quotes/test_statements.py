"""Tests for app.core.facts.quotes._statements: a statement set out after a lead with a colon."""

from __future__ import annotations

from app.core.document import Document
from app.core.facts.quotes import extract


def _quotes(body: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract(Document.from_text("Title\n\n" + body))]


def test_the_paragraph_after_a_said_lead_is_the_speakers_statement() -> None:
    body = (
        "Harbour Lines cancelled its evening sailings on Friday.\n\n"
        "In a statement, Harbour Lines said:\n\n"
        "We are sorry for the disruption and will refund every ticket within a week.\n\n"
        "Passengers said they had been given no warning.\n"
    )
    assert _quotes(body) == [
        (
            "We are sorry for the disruption and will refund every ticket within a week.",
            "Harbour Lines",
        )
    ]


def test_a_statement_with_a_named_person_in_the_lead() -> None:
    body = (
        "The mayor, Ines Varga, said on Monday:\n\n"
        "The bridge will reopen in spring, and tolls will not rise.\n"
    )
    assert _quotes(body) == [
        ("The bridge will reopen in spring, and tolls will not rise.", "Ines Varga")
    ]


def test_a_colon_without_a_speech_verb_introduces_no_statement() -> None:
    body = (
        "The figures for the year were these:\n\n"
        "Sales rose by a tenth and profits doubled to four million.\n"
    )
    assert _quotes(body) == []


def test_a_quotation_in_marks_after_the_lead_is_read_as_a_quotation_once() -> None:
    body = 'The chair said:\n\n"We will meet again on Thursday."\n'
    assert [text for text, _ in _quotes(body)] == ["We will meet again on Thursday."]
