"""A regular expression's matches over a long text, scanned a piece at a time
(`finditer_in_pieces`), or tried only where they may start (`finditer_from`).

Python's regular expressions never give up the GIL: `finditer` runs the engine from one match to
the next in a single C call. Over a 1 MB article with few matches that call scans most of the
text (35-60 ms), and the desktop app's UI thread, which shares the GIL with the analysis
thread, cannot paint or take input meanwhile. Between two pieces the interpreter can switch
threads.

The matches are exactly those of `pattern.finditer(text)` when the pattern can never match (nor
look ahead past) the `cut` character, e.g. a pattern of words, spaces and commas with "." as the
cut: every piece ends just after a cut character, so no match crosses a piece's end, and the
engine reads the text's own characters on both sides of each end (`pos` and `endpos` are not
slices: a look-behind or `\\b` at `pos` sees the character before it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

PIECE = 16_000
"""Characters per piece, about 1 ms of scanning."""


def finditer_in_pieces(
    pattern: re.Pattern[str], text: str, cut: str = ".", size: int = PIECE
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, in pieces of `size` characters or more, each ending after a
    `cut` character (or at the end of the text).

    The pattern must never match an empty string, nor any string that holds `cut`."""
    start, end = 0, len(text)
    while start < end:
        found = text.find(cut, min(start + size, end) - 1)
        stop = end if found < 0 else found + 1
        yield from pattern.finditer(text, start, stop)
        start = stop


def finditer_from(
    opening: re.Pattern[str], pattern: re.Pattern[str], text: str, pos: int, endpos: int
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text, pos, endpos)`, the pattern tried only where `opening` matches.

    The engine tries a pattern that opens on an optional part ("(?:Monday,?\\s+)?March") at
    every character; one that opens on plain letters or digits it skips ahead to. The matches
    are the same when every match of `pattern` starts where `opening` matches, and none is
    empty."""
    at = opening.search(text, pos, endpos)
    while at is not None:
        found = pattern.match(text, at.start(), endpos)
        if found is None:
            at = opening.search(text, at.start() + 1, endpos)
        else:
            yield found
            at = opening.search(text, found.end(), endpos)
