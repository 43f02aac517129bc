"""Shared by the speaker tests: the speakers the quote extractor gives for an article's body."""

from __future__ import annotations

from app.core.document import Document
from app.core.facts.quotes import extract


def speakers_of(title: str, body: str) -> list[str | None]:
    """The speaker of each quotation found in `body` under the headline `title` ("" title: none
    is added), in text order; fails when no quotation is found."""
    found = extract(Document.from_text(title + body))
    assert found, "no quotation found"
    return [q.speaker for q in found]
