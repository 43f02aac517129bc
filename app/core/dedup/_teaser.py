"""Truncated teasers (private helper of `app.core.dedup._remove`).

Scraped pages often carry a teaser: the start of one or more paragraphs run together in one line
and cut off with "...", "…" or "[...]", frequently with other quote marks than the body. A line is
a teaser when, after folding typography and case, its tokens are a prefix of the token stream of
consecutive kept paragraphs. Only the very last token may differ, and only by being cut short:
inside a word ("infla..." for "inflation") or before trailing punctuation ("£162,086…" for
"£162,086,"); a number is never taken for a longer one ("5..." does not stand for "50%").

A teaser may also open the very line it was cut from ("Walking may help... Walking may help
older adults"): `teaser_head` finds that one.

Finding the paragraph a teaser starts at is a dictionary lookup on its first tokens, and
checking it walks the teaser's own tokens once, so the whole pass is linear in the text's length.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.dedup._text import Line, teaser_body

# A teaser of fewer tokens is too short to tell from an author's own "He paused..." line.
MIN_TEASER_TOKENS = 4
# Lines tried as a teaser's start, at most: bounds the work when thousands of lines open with
# the same words.
_MAX_CANDIDATES = 8
# Folded opening quote marks (see `_text`).
_QUOTE_MARKS = ('"', "'")
# Tokens a teaser's start is looked up by (the short key for teasers of few tokens).
_LONG_KEY = 6
_SHORT_KEY = 3


@dataclass(frozen=True, slots=True)
class TeaserMatch:
    """A teaser line and the kept lines it was cut from (by index into the line list)."""

    teaser: int
    first: int
    last: int


def find_teasers(lines: list[Line], kept: list[int]) -> tuple[list[TeaserMatch], bool]:
    """Teasers among the `kept` lines.

    Args:
        lines: every line of the text.
        kept: indexes of the non-blank lines still kept, in order.

    Returns:
        One match per teaser line, in text order, and whether some walk was stopped by another
        line ending in "..." (once the teasers found are gone, a new search may get further).
        A teaser's source lines never end in "...", so removing every teaser keeps every source.
    """
    bodies = {i: body for i in kept if (body := teaser_body(lines[i])) is not None}
    if not bodies:
        return [], False
    folded = {i: lines[i].folded() for i in kept}
    index = _StartIndex()
    for i in kept:
        if i not in bodies:
            index.add(i, folded[i])
    position = {line: pos for pos, line in enumerate(kept)}
    matches: list[TeaserMatch] = []
    blocked = False
    for teaser, body in bodies.items():
        if len(body) < MIN_TEASER_TOKENS:
            continue
        for first in index.candidates(body):
            last = _walk(body, position[first], teaser, kept, folded, bodies)
            if isinstance(last, int):
                matches.append(TeaserMatch(teaser, first, last))
                break
            blocked = blocked or last == "blocked"
    return sorted(matches, key=lambda m: m.teaser), blocked


class _StartIndex:
    """Where a teaser may start: lines by their first six tokens, short lines by all of them.

    A teaser longer than six full tokens can only start at a line whose first six tokens it
    shares, or at a shorter line that it runs past; that keeps the candidates few even when
    thousands of lines open with the same three words.
    """

    def __init__(self) -> None:
        self._long: dict[tuple[str, ...], list[int]] = {}
        self._whole: dict[tuple[str, ...], list[int]] = {}
        self._three: dict[tuple[str, ...], list[int]] = {}

    def add(self, line: int, tokens: tuple[str, ...]) -> None:
        if len(tokens) >= _LONG_KEY:
            self._long.setdefault(tokens[:_LONG_KEY], []).append(line)
        else:
            self._whole.setdefault(tokens, []).append(line)
        if len(tokens) >= _SHORT_KEY:
            self._three.setdefault(tokens[:_SHORT_KEY], []).append(line)

    def candidates(self, body: tuple[str, ...]) -> list[int]:
        """Lines to try, at most `_MAX_CANDIDATES` (the body's last token may be cut short)."""
        if len(body) > _LONG_KEY:
            found = list(self._long.get(body[:_LONG_KEY], [])[:_MAX_CANDIDATES])
            shorter = range(1, _LONG_KEY)
        else:
            found = list(self._three.get(body[:_SHORT_KEY], [])[:_MAX_CANDIDATES])
            shorter = range(1, _SHORT_KEY)
        for n in shorter:
            found += self._whole.get(body[:n], [])[:_MAX_CANDIDATES]
        return found[:_MAX_CANDIDATES]


def _walk(
    body: tuple[str, ...],
    pos: int,
    teaser: int,
    kept: list[int],
    folded: dict[int, tuple[str, ...]],
    bodies: dict[int, tuple[str, ...]],
) -> int | str:
    """The last kept line the teaser's tokens run into from kept[pos].

    Returns "blocked" when another line ending in "..." is in the way, "differs" otherwise.
    """
    k = 0
    while k < len(body):
        if pos >= len(kept) or kept[pos] == teaser:
            return "differs"
        if kept[pos] in bodies:
            return "blocked"
        line = kept[pos]
        for token in folded[line]:
            if k == len(body):
                break
            wanted = body[k]
            if wanted != token and not (k == len(body) - 1 and _cut_short(wanted, token)):
                return "differs"
            k += 1
        pos += 1
    return kept[pos - 1]


def _cut_short(wanted: str, token: str) -> bool:
    """Whether a teaser's last token `wanted` is `token` cut off by the teaser's ellipsis."""
    if not token.startswith(wanted):
        return False
    rest = token[len(wanted) :]
    if not any(char.isalnum() for char in rest):
        return True
    return wanted[-1].isalpha() and rest[0].isalpha()


def teaser_head(tokens: tuple[str, ...], start: int = 0) -> int | None:
    """How many tokens open the line (from token `start`) as a teaser of the rest of the same
    line, or None.

    "Walking may help memory... Walking may help memory, a study finds": the first four
    tokens, cut off with "...", are a prefix of what follows them (typography and case folded;
    the last may be cut short, as in `find_teasers`).
    """
    limit = (len(tokens) - start) // 2
    if limit <= 0 or tokens[start][:1] in _QUOTE_MARKS:
        return None  # '"We will not stop... we will not stop," she said': a speaker's own words
    for k in range(MIN_TEASER_TOKENS, limit + 1):
        last = tokens[start + k - 1]
        if not last.endswith("..."):
            continue
        body = [token.casefold() for token in tokens[start : start + k]]
        body[-1] = body[-1].rstrip(".")
        if not body[-1]:
            body.pop()
        if len(body) < MIN_TEASER_TOKENS:
            return None
        rest = [token.casefold() for token in tokens[start + k : start + k + len(body)]]
        if rest[:-1] == body[:-1] and (rest[-1] == body[-1] or _cut_short(body[-1], rest[-1])):
            return k
        return None
    return None
