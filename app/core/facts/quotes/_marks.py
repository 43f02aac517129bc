"""Find quotation-mark spans in a paragraph: pairing marks, telling apostrophes from quotes.

The scanner is a single left-to-right pass over the quote-mark characters of one paragraph with a
small stack, so it is linear in the text and never backtracks. Whether a mark opens or closes is
decided by what is on either side of it (like Markdown's "flanking" rule), not by its glyph:
real articles open with ” or close with " often enough that the glyph is only a tie-breaker.

Double marks (“ ” " „ ‟ and the typewriter pair '') form one family, single marks (‘ ’ ' ‚)
another, guillemets (« » ‹ ›) a third. A single mark between letters or before a year ("the
'90s") is an apostrophe, and a single closer with no single opener before it ("the Smiths'") is
an apostrophe too. Marks never pair across a paragraph break: a quote left open at the end of a
paragraph runs to the end of that paragraph (the news convention for a quotation that goes on
into the next paragraph, which reopens it), so an unbalanced mark cannot swallow the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# '' (two typewriter apostrophes) is how some wire copy writes a double quote, and ‘‘ ’’ (two
# curly singles) how its web pages print it; they are matched first.
_MARK = re.compile(r"''|‘‘|’’|[\"“”„‟«»‹›‘’'‚]")
_DOUBLE = frozenset({'"', "“", "”", "„", "‟", "''", "‘‘", "’’"})
# Closing marks written as two characters.
DOUBLED_CLOSERS = ("''", "’’")
_SINGLE = frozenset({"'", "‘", "’", "‚"})
_GUILLEMET_OPEN = frozenset({"«", "‹"})
_GUILLEMET_CLOSE = frozenset({"»", "›"})
# Glyph tie-breakers for a mark whose neighbours allow both readings.
_LEANS_OPEN = frozenset({"“", "„", "‘", "‚", "‟", "‘‘"})
# What may stand right before an opening mark / right after a closing one, besides space.
_BEFORE_OPEN = frozenset("([{—–-/:;,.…")
_AFTER_CLOSE = frozenset(".,;:!?)]}—–-…/")
# Elided words that start with an apostrophe ('em, 'til); these are not single-quote openers.
_ELISIONS = ("em ", "til ", "cause ", "n ", "n'", "tis ", "twas ")
_YEAR = re.compile(r"\d\d(?:s\b|\b)")


@dataclass(frozen=True, slots=True)
class MarkedSpan:
    """The inside of one pair of quotation marks within a paragraph.

    Attributes:
        start: offset of the first character after the opening mark.
        end: offset of the closing mark (or of the paragraph end when `closed` is False).
        open_mark: the opening mark as written.
        closed: whether a closing mark was found in the paragraph.
        family: "double", "single" or "guillemet".
    """

    start: int
    end: int
    open_mark: str
    closed: bool
    family: str

    @property
    def outer_start(self) -> int:
        """Offset of the opening mark itself."""
        return self.start - len(self.open_mark)


@dataclass(slots=True)
class _Open:
    family: str
    position: int
    mark: str


def _family(mark: str) -> str:
    if mark in _DOUBLE:
        return "double"
    if mark in _SINGLE:
        return "single"
    return "guillemet"


def _flanking(text: str, start: int, end: int, lo: int, hi: int) -> tuple[bool, bool]:
    """Whether the mark at text[start:end] can open and whether it can close a quotation."""
    before = text[start - 1] if start > lo else " "
    after = text[end] if end < hi else " "
    can_open = (before.isspace() or before in _BEFORE_OPEN or _MARK.match(before) is not None) and (
        not after.isspace()
    )
    can_close = (not before.isspace()) and (
        after.isspace() or after in _AFTER_CLOSE or _MARK.match(after) is not None
    )
    if not can_open and not can_close:
        # Letters on both sides (said"Yes) or space on both sides (a lone mark): let the glyph
        # and the stack decide.
        can_open = can_close = True
    return can_open, can_close


def _is_apostrophe(text: str, start: int, end: int, lo: int, hi: int) -> bool:
    before = text[start - 1] if start > lo else " "
    after = text[end] if end < hi else " "
    if before.isalnum() and after.isalnum():
        return True  # don't, O'Neill, rock'n'roll
    if not before.isalnum() and _YEAR.match(text, end, hi) is not None:
        return True  # the '90s, class of '08
    return not before.isalnum() and text.startswith(_ELISIONS, end)


def find_marked_spans(text: str, lo: int, hi: int) -> list[MarkedSpan]:
    """Outermost quotation spans inside the paragraph text[lo:hi], in order.

    Quotations nested inside another ('I said "no"' or “he called it ‘rubbish’”) are part of the
    outer span's text and are not returned separately.

    Args:
        text: the whole document text.
        lo: paragraph start offset.
        hi: paragraph end offset.

    Returns:
        The spans; an outermost quotation still open at `hi` is returned with closed=False.
    """
    spans: list[MarkedSpan] = []
    stack: list[_Open] = []
    # Where the paragraph's last single mark is: a single opener after it cannot be closed.
    last_single = max(text.rfind("'", lo, hi), text.rfind("’", lo, hi))
    for match in _MARK.finditer(text, lo, hi):
        mark = match.group()
        start, end = match.span()
        family = _family(mark)
        if family == "single" and _is_apostrophe(text, start, end, lo, hi):
            continue
        if family == "guillemet":
            can_open, can_close = mark in _GUILLEMET_OPEN, mark in _GUILLEMET_CLOSE
        else:
            can_open, can_close = _flanking(text, start, end, lo, hi)
        open_index = _innermost(stack, family)
        if can_close and open_index is not None and (not can_open or _prefers_close(mark, stack)):
            opened = stack[open_index]
            # Anything opened after it and still open was not a quotation (a stray apostrophe).
            del stack[open_index:]
            if not stack:
                spans.append(MarkedSpan(opened.position, start, opened.mark, True, family))
            continue
        if (
            can_open
            and not can_close
            and open_index == 0
            and _reopens(text, start, lo, stack[0].mark, mark)
        ):
            # Paragraphs run together (as in many scraped or wire texts): '"One. "Two."' is a
            # quotation that went on into a new paragraph, not a quotation nested in itself.
            opened = stack[0]
            stop = start
            while stop > opened.position and text[stop - 1].isspace():
                stop -= 1
            spans.append(MarkedSpan(opened.position, stop, opened.mark, False, family))
            stack[:] = [_Open(family, end, mark)]
            continue
        if can_open and (not can_close or mark in _LEANS_OPEN or open_index is None):
            if family == "single" and not can_close and last_single < end:
                continue  # a lone leading apostrophe ('Allo), not a quotation
            stack.append(_Open(family, end, mark))
        # Otherwise: a closer with nothing to close, e.g. the Smiths' or a stray mark.
    if stack:
        opened = stack[0]
        if opened.family != "single" or opened.position - len(opened.mark) == lo:
            stop = hi
            while stop > opened.position and text[stop - 1].isspace():
                stop -= 1
            # An unclosed single-mark quotation only counts when it opens the paragraph: elsewhere
            # an unmatched ‘ is far more often a mis-typed apostrophe.
            if stop > opened.position:
                spans.append(MarkedSpan(opened.position, stop, opened.mark, False, opened.family))
    return spans


def _reopens(text: str, start: int, lo: int, open_mark: str, mark: str) -> bool:
    """Whether an opener at `start` restarts the quotation opened with `open_mark`."""
    if (mark in _LEANS_OPEN) != (open_mark in _LEANS_OPEN):
        return False
    before = start
    while before > lo and text[before - 1].isspace():
        before -= 1
    return before > lo and text[before - 1] in ".?!…"


def _innermost(stack: list[_Open], family: str) -> int | None:
    for index in range(len(stack) - 1, -1, -1):
        if stack[index].family == family:
            return index
    return None


def _prefers_close(mark: str, stack: list[_Open]) -> bool:
    """For a mark that could open or close: close unless its glyph says open and nesting fits."""
    if mark not in _LEANS_OPEN:
        return True
    # “ after an open “ (with letters around it) is more likely a sloppy closer than a nested
    # opener, because a nested quotation normally switches to single marks.
    return stack[-1].mark not in _LEANS_OPEN or stack[-1].mark == mark
