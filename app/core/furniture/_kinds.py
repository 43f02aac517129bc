"""What a furniture span is: its kind (with the reader's label) and its place in the text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class FurnitureKind(StrEnum):
    """What a furniture line is; the value is what the JSON and the GUI's tooltip say."""

    BYLINE = "byline"
    TIMESTAMP = "timestamp"
    DATELINE = "dateline"
    CREDIT = "credit"
    CAPTION = "caption"
    HEADING = "heading"
    RELATED = "related"
    CONTROL = "control"
    GREETING = "greeting"

    @property
    def label(self) -> str:
        """A short description for the reader (the GUI's tooltip)."""
        return _LABELS[self]


_LABELS = {
    FurnitureKind.BYLINE: "Byline",
    FurnitureKind.TIMESTAMP: "Timestamp",
    FurnitureKind.DATELINE: "Dateline",
    FurnitureKind.CREDIT: "Credit (contributors, sources, copyright)",
    FurnitureKind.CAPTION: "Photo caption or credit",
    FurnitureKind.HEADING: "Section heading",
    FurnitureKind.RELATED: "Related link, read-more or source line",
    FurnitureKind.CONTROL: (
        "Page control or notice (share buttons, advertisement, media player, site menu)"
    ),
    FurnitureKind.GREETING: "Greeting or sign-off of a letter or newsletter",
}


@dataclass(frozen=True, slots=True)
class FurnitureSpan:
    """A stretch of the text that is furniture: `text[start:end]`, of kind `kind`."""

    start: int
    end: int
    kind: FurnitureKind


def normalise(text: str) -> str:
    """The form lines and hints are compared in: lower-case words, single spaces."""
    return " ".join(re.findall(r"\w+", text.lower()))
