"""The fact types shared by the extractors, the exporters and the GUI.

Every fact points into `Document.text`: `document.text[fact.start:fact.end] == fact.text`, and
`sentence` is the index of the `Sentence` it comes from (so the GUI can jump to it), or None where
no sentence holds it (a quotation outside every sentence).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

InitiativeStatus = Literal[
    "announced", "proposed", "planned", "launched", "ongoing", "completed", "cancelled", "unknown"
]
"""Where an undertaking stands, as the annotation guide names it (a string in the JSON)."""

# What a quote with no speaker is called wherever a reader sees it; JSON keeps `speaker: null`.
UNATTRIBUTED = "unattributed"


@dataclass(frozen=True, slots=True)
class Fact:
    """A span of the cleaned text that is a key fact."""

    text: str
    start: int
    end: int
    sentence: int | None


@dataclass(frozen=True, slots=True)
class DateFact(Fact):
    """A calendar date or period.

    `value` is in the contract's forms only: "YYYY-MM-DD", "YYYY-MM", "YYYY", "--MM-DD" (no year
    given), or None (unresolved, impossible, or not placeable at that precision). `timex` is the
    finer TIMEX3 value the extractor resolved ("2004-Q4", "2027-SU", "199X", "2004-W12",
    "PAST_REF"), of which `value` is the most precise contract form that contains it.
    """

    value: str | None
    timex: str | None = None


@dataclass(frozen=True, slots=True)
class QuoteFact(Fact):
    """A direct quotation: `text` is the words inside the marks, without the marks.

    `speaker` is a name where the article gives one ("he" resolved to the person last named), a
    role as written ("a spokesman for the firm"), or None. `speaker_start`/`speaker_end` locate the
    words the speaker was read from ("he", "Mr Smith"), so a view can highlight them, or are None.
    """

    speaker: str | None
    speaker_start: int | None = None
    speaker_end: int | None = None


@dataclass(frozen=True, slots=True)
class InitiativeFact(Fact):
    """A concrete undertaking (project, scheme, fund, office, zone, ...) and who is behind it.

    `status` comes from the tense and aspect of the verb that governs it ("will launch" ->
    planned), "unknown" when no verb says.
    """

    actor: str | None
    status: InitiativeStatus = "unknown"
