"""The result of duplicate removal: what was removed and why, and the offset map back.

`DedupResult` holds the original text, the cleaned one (the original with every removed span
cut out) and each `Removal` with its `Reason`; `to_original` and its kin map an offset of the
cleaned text back to the original (the facts are found in the cleaned text; the GUI shows the
original with the removed spans struck through). `keep_all` is the result that removes nothing.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from enum import StrEnum


class Reason(StrEnum):
    """Why a span was removed; the value is what the JSON says."""

    REPEAT = "repeat"
    NEAR_REPEAT = "near-repeat"
    TEASER = "teaser"
    REPEAT_WITHIN = "repeat-within"
    REWRAPPED = "rewrapped-repeat"
    PULL_QUOTE = "pull-quote"
    CONTAINED = "contained-repeat"


@dataclass(frozen=True, slots=True)
class Removal:
    """One removed span of the original text.

    Attributes:
        start: offset in the original text. A removed line's span includes its line break and
            the blank lines after it (or, after the last kept line, the blank lines before it).
        end: end offset in the original text.
        text: ``original[start:end]``.
        reason: a `Reason`: ``"repeat"``, ``"near-repeat"``, ``"teaser"``, ``"repeat-within"``,
            ``"rewrapped-repeat"`` or ``"pull-quote"``.
        duplicate_of: original offsets of the kept copy; for a teaser of several paragraphs,
            from the start of the first to the end of the last.
        detail: human words, e.g. "repeat of paragraph 3", "truncated teaser of paragraphs 1-2".
    """

    start: int
    end: int
    text: str
    reason: Reason
    duplicate_of: tuple[int, int]
    detail: str


@dataclass(frozen=True)
class DedupResult:
    """The cleaned text, the removals, and the offset map between the two.

    Attributes:
        original: the text as given.
        text: the original with every removed span deleted.
        removed: the removals in original order (non-overlapping).
        kept: the original spans that make up `text`, in order.
    """

    original: str
    text: str
    removed: tuple[Removal, ...]
    kept: tuple[tuple[int, int], ...] = field(init=False)
    _clean_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        kept: list[tuple[int, int]] = []
        cursor = 0
        for removal in self.removed:
            if removal.start > cursor:
                kept.append((cursor, removal.start))
            cursor = removal.end
        if cursor < len(self.original) or not kept:
            kept.append((cursor, len(self.original)))
        starts: list[int] = []
        total = 0
        for start, end in kept:
            starts.append(total)
            total += end - start
        object.__setattr__(self, "kept", tuple(kept))
        object.__setattr__(self, "_clean_starts", tuple(starts))

    def to_original(self, offset: int) -> int:
        """The original offset of the character at `offset` in the cleaned text.

        `offset == len(text)` maps to the end of the last kept span. For the exclusive end of a
        span use `to_original_end`, which does not jump over a removal that follows it.
        """
        if not 0 <= offset <= len(self.text):
            raise IndexError(f"offset {offset} outside the cleaned text (0..{len(self.text)})")
        if offset == len(self.text):
            return self.kept[-1][1]
        i = bisect.bisect_right(self._clean_starts, offset) - 1
        return self.kept[i][0] + offset - self._clean_starts[i]

    def original_pieces(self, start: int, end: int) -> list[tuple[int, int]]:
        """The original spans that make up the cleaned span ``text[start:end]``, in order."""
        pieces: list[tuple[int, int]] = []
        i = max(0, bisect.bisect_right(self._clean_starts, start) - 1)
        while i < len(self.kept) and self._clean_starts[i] < end:
            clean_start = self._clean_starts[i]
            kept_start, kept_end = self.kept[i]
            lo = kept_start + max(0, start - clean_start)
            hi = min(kept_end, kept_start + end - clean_start)
            if lo < hi:
                pieces.append((lo, hi))
            i += 1
        return pieces

    def to_original_end(self, offset: int) -> int:
        """The original offset for an exclusive end `offset` (just after the character before)."""
        return 0 if offset == 0 else self.to_original(offset - 1) + 1

    def to_original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original offsets of the cleaned span ``text[start:end]``."""
        first = self.to_original(start)
        return first, max(first, self.to_original_end(end))


def keep_all(text: str) -> DedupResult:
    """The identity result (nothing removed), for ``--keep-duplicates``."""
    return DedupResult(text, text, ())
