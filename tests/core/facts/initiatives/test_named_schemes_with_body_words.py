"""A named scheme or law whose words include a body's word ("Warm Homes Scheme", "Clean Air
Bill") is the undertaking, not a body the article names (`nlp.name_kinds`). Round 41: "The
council launched the Warm Homes Scheme" listed nothing. Sentences are our own."""

from __future__ import annotations

from app.core.document import Document
from app.core.facts.initiatives import extract


def _items(body: str) -> list[tuple[str, str | None]]:
    document = Document.from_text("Council news\n\n" + body)
    return [(f.text, f.actor) for f in extract(document)]


def test_a_named_scheme_with_a_body_word_is_listed_with_its_actor() -> None:
    body = "Harlow council launched the Warm Homes Scheme on Monday to insulate 900 houses."
    assert ("Warm Homes Scheme", "Harlow council") in _items(body)


def test_a_named_bill_with_a_body_word_is_listed() -> None:
    body = "The government introduced the Clean Air Bill in Parliament on Wednesday."
    assert [text for text, _ in _items(body)] == ["Clean Air Bill"]
