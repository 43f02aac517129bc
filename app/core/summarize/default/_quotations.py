"""Quotations over sentences for the default summarizer: where one opens, runs on and closes.

A summary must never hold a quotation left open nor one picked up in the middle, nor a sentence
that is a quotation and nothing else without the sentence that names its speaker. These are the
readings of quotation marks that `_text.linked_flags` links sentences by: which sentences of a
paragraph one quotation runs over (`quoted_passages`, under double marks and under single ones,
which are also apostrophes), whether a sentence is one whole quotation (`is_bare_quotation`) and
whether it holds a double mark at all (`has_double_mark`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

# Double quotation marks: curly ones say which way they go, a straight one toggles.
_OPENING, _CLOSING, _EITHER = "“«„", "”»", '"'
_DOUBLE_MARK = re.compile(f"[{_OPENING}{_CLOSING}{_EITHER}]")
# Single marks are also apostrophes ("the players' union", "rock 'n' roll", "it's"), so only
# two shapes count: one opening a word that starts with a capital ('We ...) and one right after
# the punctuation that ends a clause (... open.' / ... run,' said). British news quotes this way.
_SINGLE_OPENING = re.compile(r"(?:^|(?<=[\s(\[:—–-]))['‘](?=[A-Z])")
_SINGLE_CLOSING = re.compile(r"(?<=[.,!?])\s?['’](?=\s|$)")
# Inside a single quotation any mark that no letter follows closes it ('The Fresh Prince ').
_SINGLE_END = re.compile(r"(?<!')['’](?![^\W\d_]|')")
# Any other word-initial single mark but a clitic's ("he 's", "I 'm" in tokenised text): a
# quotation opened in lower case ("called it 'a disaster.'"), which its closing mark closes.
_SINGLE_LOWER = re.compile(r"(?:^|(?<=\s))['‘](?!(?:s|m|re|ve|ll|d|t)\b)[^\W\d_]")


def has_double_mark(text: str) -> bool:
    """Whether `text` holds a double quotation mark (a quotation, whole or in part)."""
    return _DOUBLE_MARK.search(text) is not None


def _quote_state(text: str, open_: bool) -> bool:
    """Whether a double quotation is open after `text`, given whether it was before."""
    for char in _DOUBLE_MARK.findall(text):  # only the marks: a sentence has few
        if char in _OPENING:
            open_ = True
        elif char in _CLOSING:
            open_ = False
        else:
            open_ = not open_
    return open_


def _single_state(text: str, open_: bool) -> tuple[bool, bool]:
    """Whether a single quotation is open after `text`, given whether it was before, and
    whether only a mark at its very end opened it.

    A closing mark at the very end that closes nothing opens the next sentence's quotation:
    a sentence splitter (or a tokenised text: "... team . '") can leave a quotation's opening
    mark at the end of the sentence before it, which is then no part of the quotation.
    """
    if "'" not in text and "‘" not in text and "’" not in text:
        return open_, False  # no single mark: nothing opens or closes (most sentences)
    opening = {m.start() for m in _SINGLE_OPENING.finditer(text)}
    closing = {m.end() - 1 for m in _SINGLE_CLOSING.finditer(text)}
    ending = {m.start() for m in _SINGLE_END.finditer(text)} - opening
    last = len(text.rstrip()) - 1
    lower = _SINGLE_LOWER.search(text) is not None
    carried = open_  # a quotation from an earlier sentence closes only after punctuation
    at_end = False
    for position in sorted(opening | closing | ending):
        if position in opening:
            if not carried:  # one opened inside a carried quotation is a title: 'The Times '
                open_, at_end = True, False
        elif open_:
            if position in closing or not carried:
                open_ = carried = at_end = False
        elif position in closing and position == last and not lower:
            open_, at_end = True, True
    return open_, at_end


def _opens_quoting(text: str) -> bool:
    """Whether `text` starts with a quotation mark of its own."""
    stripped = text.lstrip()
    return stripped[:1] in _OPENING + _EITHER or _SINGLE_OPENING.match(stripped) is not None


# A whole sentence inside one quotation: an opening mark, no mark until the closing one at its
# end ("...no." / "...no?" / '...no.' / “...no.”), nothing outside it.
_BARE_QUOTATION = re.compile(
    r"""\s*(?:"[^"“”]+[.!?…]"|“[^"“”]+[.!?…]”|‘[^‘’]+[.!?…]’|'[A-Z][^"“”]*[.!?…]')\s*"""
)


def is_bare_quotation(text: str) -> bool:
    """Whether the sentence is one quotation and nothing else: no speaker of its own."""
    return _BARE_QUOTATION.fullmatch(text) is not None


def quoted_passages(texts: Sequence[str], paragraphs: Sequence[int]) -> list[tuple[int, int]]:
    """(first, last) sentence of each quotation that runs over two or more sentences.

    A sentence continues a quotation when one is open at the end of the sentence before it in
    the same paragraph and it does not open with a quotation mark itself. A double quotation
    still open at the end of its paragraph ends there (news opens each paragraph of a long
    quote again); a single one must close by then, or its marks were apostrophes.
    """
    double = _passages(texts, paragraphs, _double_step)
    single = _passages(texts, paragraphs, _single_step, closed=True)
    merged: list[tuple[int, int]] = []
    for first, last in sorted(double + single):
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
        else:
            merged.append((first, last))
    return merged


# One sentence's step: (is a quotation open after it, did only a mark at its end open it).
_Step = Callable[[str, bool], tuple[bool, bool]]


def _double_step(text: str, open_: bool) -> tuple[bool, bool]:
    return _quote_state(text, open_), False


def _single_step(text: str, open_: bool) -> tuple[bool, bool]:
    return _single_state(text, open_)


def _passages(
    texts: Sequence[str], paragraphs: Sequence[int], step: _Step, closed: bool = False
) -> list[tuple[int, int]]:
    """Quoted passages under one kind of mark; `closed`: only those whose quotation closes."""
    runs: list[tuple[tuple[int, int], bool]] = []  # (passage, still open after it)
    current: tuple[int, int] | None = None
    open_ = before = False  # before: opened by a mark at the very end of the sentence before
    for i, text in enumerate(texts):
        if i == 0 or paragraphs[i] != paragraphs[i - 1]:
            if current is not None:
                runs.append((current, open_))
                current = None
            open_ = before = False
        own = _opens_quoting(text)
        continues = open_ and not before and not own
        if continues:
            current = (current[0] if current is not None else i - 1, i)
        elif current is not None:
            runs.append((current, open_))
            current = None
        open_, before = step(text, open_ and (continues or (before and not own)))
    if current is not None:
        runs.append((current, open_))
    return [passage for passage, still_open in runs if not (closed and still_open)]
