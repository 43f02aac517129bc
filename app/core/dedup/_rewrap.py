"""Re-wrapped repeats and pull-quotes (private helper of `app.core.dedup._remove`).

Two kinds of copy that line-by-line comparison cannot see:

* A paragraph repeated with other line breaks: once on one line, again hard-wrapped over
  several (or wrapped differently both times). The copy's lines, run together, hold exactly
  the tokens of a run of earlier lines, and both runs start and end at line breaks.
  `find_rewrapped` walks both runs token by token from a shared first three tokens.
* A pull-quote: a sentence or quotation printed again on a line of its own as a highlight
  ("'We will not stop,' she said." inside a paragraph, then "We will not stop" as a line).
  The line's words, quotation marks, case and a closing attribution ("- Ana Ruiz") aside,
  are a run of the words of a longer line. `find_pull_quotes` looks them up by their first
  three words. The title (line 0) and cut-off teasers are never pull-quotes.

Both are linear in the text apart from the few candidates that share first tokens, and both
compare whole tokens, so two sentences that differ in a number or a name never match.
"""

from __future__ import annotations

import re
from collections.abc import Container
from dataclasses import dataclass
from functools import lru_cache

from app.core.dedup._text import Line, teaser_body

# A re-wrapped copy holds at least this many tokens; runs span at most this many lines.
_MIN_REWRAP_TOKENS = 8
_MAX_RUN_LINES = 24
# A pull-quote holds this many words at least and at most.
_MIN_PULL_WORDS = 6
_MAX_PULL_WORDS = 60
# Words after a closing dash that name who said it ("- Ana Ruiz, mayor").
_MAX_ATTRIBUTION_WORDS = 5
_EDGE = "\"'()[]{}.,;:!?-*•"
_NGRAM = 3
# Candidates tried per line: lines that share their first words by the thousand (a list, a
# table) must not make the search quadratic; a real copy is found among the first few.
_MAX_TRIES = 8


@dataclass(frozen=True, slots=True)
class Rewrapped:
    """Lines `first..last` repeat lines `source_first..source_last` with other line breaks."""

    first: int
    last: int
    source_first: int
    source_last: int


def find_rewrapped(lines: list[Line], decided: Container[int]) -> list[Rewrapped]:
    """Runs of undecided lines that repeat an earlier run of undecided lines, re-wrapped."""
    starts: dict[tuple[str, ...], list[int]] = {}
    found: list[Rewrapped] = []
    taken: set[int] = set()
    for t, line in enumerate(lines):
        if t in decided or t in taken or len(line.tokens) < _NGRAM:
            continue
        head = line.tokens[:_NGRAM]
        for s in starts.get(head, [])[:_MAX_TRIES]:
            match = _walk(lines, s, t, decided, taken)
            if match is not None:
                found.append(match)
                taken.update(range(match.first, match.last + 1))
                break
        else:
            starts.setdefault(head, []).append(t)
    return found


def _walk(
    lines: list[Line], s: int, t: int, decided: Container[int], taken: set[int]
) -> Rewrapped | None:
    """Match lines from `s` against lines from `t` until both end a line together."""
    i_s, pos_s, i_t, pos_t, matched = s, 0, t, 0, 0
    while True:
        a, b = lines[i_s].tokens, lines[i_t].tokens
        n = min(len(a) - pos_s, len(b) - pos_t)
        if a[pos_s : pos_s + n] != b[pos_t : pos_t + n]:
            return None
        pos_s, pos_t, matched = pos_s + n, pos_t + n, matched + n
        s_done, t_done = pos_s == len(a), pos_t == len(b)
        if s_done and t_done:
            if (i_s > s or i_t > t) and matched >= _MIN_REWRAP_TOKENS:
                return Rewrapped(t, i_t, s, i_s)
            return None
        if s_done:
            i_s, pos_s = i_s + 1, 0
            if i_s >= t or i_s in decided or i_s - s >= _MAX_RUN_LINES:
                return None
        if t_done:
            i_t, pos_t = i_t + 1, 0
            if i_t >= len(lines) or i_t in decided or i_t in taken or i_t - t >= _MAX_RUN_LINES:
                return None


_CLOSES = re.compile(r"""[.!?]["'()\]]*$|["']$""")
_OPENS = re.compile(r"""^["'(]""")
# A pull-quote line ends a sentence (a closing quote mark alone is a quoted word, not an end).
_SENTENCE_END = re.compile(r"""[.!?]["')\]]*$""")


# Lines whose words are remembered: duplicate removal repeats its passes over a text that
# mostly stays the same (three on the 1 MB benchmark article), so each line is folded once.
REMEMBERED_LINES = 1 << 14


@lru_cache(maxsize=REMEMBERED_LINES)
def _words(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """Words for pull-quote matching (case-folded, edge punctuation stripped) and, for each,
    the index of its token."""
    words: list[str] = []
    at: list[int] = []
    for i, token in enumerate(tokens):
        word = token.casefold().strip(_EDGE)
        if word:
            words.append(word)
            at.append(i)
    return tuple(words), tuple(at)


def _closed_early(tokens: tuple[str, ...]) -> bool:
    """Whether the quotation a line opens with closes before its last token ('"new" - the
    ... "new"': two quoted words, no one quotation the line is)."""
    return any(t.rstrip(".,!?;:").endswith('"') for t in tokens[:-1])


def _quote_tokens(line: Line) -> tuple[str, ...] | None:
    """A pull-quote's tokens without a closing attribution ("... - Ana Ruiz, mayor"), if the
    line reads as a whole sentence or quotation (it closes like one); else None."""
    tokens = line.tokens
    for i in range(len(tokens) - 1, max(0, len(tokens) - _MAX_ATTRIBUTION_WORDS - 2), -1):
        if tokens[i] in ("-", "--"):
            if i + 1 < len(tokens) and tokens[i + 1][:1].isupper():  # "- Ana Ruiz"
                tokens = tokens[:i]
            break
    if not tokens:
        return None
    closes = _SENTENCE_END.search(tokens[-1]) is not None
    quoted = (
        _OPENS.search(tokens[0]) is not None
        and tokens[-1].rstrip(".,!?").endswith(("'", '"'))
        and not _closed_early(tokens)
    )
    attributed = len(tokens) < len(line.tokens)
    return tokens if closes or quoted or attributed else None


def several_sentences(line: Line) -> bool:
    """Whether a line holds more than one sentence: one ends before its last word, and the
    next word starts with a capital ("Mr. Ruiz" is no end: a short capitalised abbreviation)."""
    tokens = line.tokens
    return any(
        _SENTENCE_END.search(token)
        and tokens[i + 1].lstrip(_OPENING)[:1].isupper()
        and not _abbreviation(token.lstrip(_OPENING))
        for i, token in enumerate(tokens[:-1])
    )


def _abbreviation(word: str) -> bool:
    return word[:1].isupper() and len(word.rstrip(".")) <= _ABBREVIATION_LETTERS


_OPENING = "\"'“‘(["


_ABBREVIATION_LETTERS = 4


def _aligned(tokens: tuple[str, ...], first: int, last: int) -> bool:
    """Whether tokens[first..last] start and end like a sentence or quotation of their line."""
    starts = first == 0 or _CLOSES.search(tokens[first - 1]) is not None
    starts = starts or _OPENS.search(tokens[first]) is not None
    ends = last == len(tokens) - 1 or re.search(r"""[.!?,;:]["')\]]*$|["']$""", tokens[last])
    return starts and bool(ends)


def find_pull_quotes(lines: list[Line], decided: Container[int]) -> list[tuple[int, int]]:
    """(pull-quote line, line it is quoted from) for each undecided line that is a pull-quote."""
    quotes: dict[int, tuple[str, ...]] = {}
    for c, line in enumerate(lines):
        if c == 0 or c in decided or not _MIN_PULL_WORDS <= len(line.tokens) <= 2 * _MAX_PULL_WORDS:
            continue
        tokens = _quote_tokens(line) if teaser_body(line) is None else None
        if tokens is not None:
            quote = _words(tokens)[0]
            if _MIN_PULL_WORDS <= len(quote) <= _MAX_PULL_WORDS:
                quotes[c] = quote
    if not quotes:
        return []
    # Each quote is looked up by its own words wherever a line has its first words, so every
    # line that holds it is found, however many lines share its opening.
    # A quote's length and last word are checked before its words are sliced out and looked up
    # (most tries share only the first words: "the council said ...").
    by_words: dict[tuple[str, ...], list[int]] = {}
    lengths: dict[tuple[str, ...], dict[int, set[str]]] = {}
    for c, quote in quotes.items():
        by_words.setdefault(quote, []).append(c)
        lengths.setdefault(quote[:_NGRAM], {}).setdefault(len(quote), set()).add(quote[-1])
    firsts = {head[0] for head in lengths}
    ordered = {head: sorted(sizes.items()) for head, sizes in lengths.items()}
    sources: dict[int, list[int]] = {}
    for i, line in enumerate(lines):
        if i in decided or len(line.tokens) <= _MIN_PULL_WORDS or teaser_body(line) is not None:
            continue
        ws, at = _words(line.tokens)
        if firsts.isdisjoint(ws):
            continue  # no quote's first word in the line (most lines): nothing to look up
        n = len(ws)
        for p in [p for p, word in enumerate(ws) if word in firsts]:
            if (sizes := ordered.get(ws[p : p + _NGRAM])) is None:
                continue
            for size, lasts in sizes:
                if size >= n or p + size > n:
                    break  # sizes ascend: no longer one fits either
                if ws[p + size - 1] not in lasts:
                    continue
                for c in by_words.get(ws[p : p + size], ()):
                    held = sources.setdefault(c, [])
                    if c != i and i not in held and _aligned(line.tokens, at[p], at[p + size - 1]):
                        held.append(i)
    return _kept_sources(sources)


def _kept_sources(sources: dict[int, list[int]]) -> list[tuple[int, int]]:
    """(pull-quote, source) with the first source that stays: a source that is itself a
    pull-quote goes when one of its own sources stays (the source of a removal must stay)."""
    removed: dict[int, bool] = {}

    def goes(c: int, seen: frozenset[int]) -> bool:
        if c not in removed:
            held = [s for s in sources.get(c, ()) if s not in seen]
            removed[c] = any(not goes(s, seen | {c}) for s in held)
        return removed[c]

    found = []
    for c in sorted(sources):
        if goes(c, frozenset()):
            found.append((c, next(s for s in sources[c] if not goes(s, frozenset({c})))))
    return found
