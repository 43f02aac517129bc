"""Analysis options: one typed dataclass shared by the CLI and the GUI (never QSettings)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SummaryLength:
    """How long a summary should be: at most one of the three is set; none means automatic."""

    sentences: int | None = None
    ratio: float | None = None
    words: int | None = None

    def __post_init__(self) -> None:
        given = [v for v in (self.sentences, self.ratio, self.words) if v is not None]
        if len(given) > 1:
            raise ValueError("give at most one of sentences, ratio and words")
        if self.sentences is not None and self.sentences < 1:
            raise ValueError("sentences must be at least 1")
        if self.words is not None and self.words < 1:
            raise ValueError("words must be at least 1")
        if self.ratio is not None and not 0 < self.ratio <= 1:
            raise ValueError("ratio must be in (0, 1]")


@dataclass(frozen=True, slots=True)
class AnalysisOptions:
    """Everything that changes the result of an analysis."""

    method: str = "default"
    length: SummaryLength = SummaryLength()
    reference_date: dt.date | None = None
    keep_duplicates: bool = False
    # The day the program runs: a dateline that gives its day but no year ("LEEDS, 3 December
    # -") is of the week before it (`dates.find_dateline`). None: such a dateline gives no date.
    run_date: dt.date | None = None
