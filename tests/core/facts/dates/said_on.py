"""Shared by the date tests: what the dates room gives for sentences of our own said on Monday
7 December 2026 (`REF`, the reference date)."""

from __future__ import annotations

import datetime

from app.core.document import Document
from app.core.facts.dates import extract, scan

REF = datetime.date(2026, 12, 7)


def scanned_values(text: str) -> list[str | None]:
    """The values of the dates `scan` finds in `text` (one stretch), in text order."""
    return [found.value for found in scan(text, reference_date=REF)]


def values(text: str, ref: datetime.date | None = REF) -> dict[str, str | None]:
    """Each date of the article `text` (its first line the headline) -> its contract value."""
    return {f.text: f.value for f in extract(Document.from_text(text), ref)}


def timexes(text: str) -> dict[str, str | None]:
    """Each date of the article `text` (its first line the headline) -> its TIMEX value."""
    return {f.text: f.timex for f in extract(Document.from_text(text), REF)}
