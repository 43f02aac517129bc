"""Truncated teasers (private helper of `app.core.dedup`).

Scraped pages often carry a teaser: the start of one or more paragraphs run together in one line
and cut off with "...", "…" or "[...]", frequently with other quote marks than the body. A line is
a teaser when, after folding typography and case, its tokens are a prefix of the token stream of
consecutive kept paragraphs. Only the very last token may differ, and only by being cut short:
inside a word ("infla..." for "inflation") or before trailing punctuation ("£162,086…" for
"£162,086,"); a number is never taken for a longer one ("5..." does not stand for "50%").

Finding the paragraph a teaser starts at is a dictionary lookup on its first three tokens, and
checking it walks the teaser's own tokens once, so the whole pass is linear in the text's length.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.dedup_text import Line, teaser_body

# A teaser of fewer tokens is too short to tell from an author's own "He paused..." line.
MIN_TEASER_TOKENS = 4
# Lines sharing their first three tokens that are tried as a teaser's start (bounds the work on
# pathological input such as thousands of lines starting "The ...").
_MAX_CANDIDATES = 16
_KEY_TOKENS = 3


@dataclass(frozen=True, slots=True)
class TeaserMatch:
    """A teaser line and the kept lines it was cut from (by index into the line list)."""

    teaser: int
    first: int
    last: int


def find_teasers(lines: list[Line], kept: list[int]) -> list[TeaserMatch]:
    """Teasers among the `kept` lines.

    Args:
        lines: every line of the text.
        kept: indexes of the non-blank lines still kept, in order.

    Returns:
        One match per teaser line, in text order. A teaser's source lines are never teasers
        themselves, so removing every teaser keeps every source.
    """
    bodies = {i: body for i in kept if (body := teaser_body(lines[i])) is not None}
    folded = {i: lines[i].folded() for i in kept}
    starts: dict[tuple[str, ...], list[int]] = {}
    for i in kept:
        if i not in bodies:
            starts.setdefault(folded[i][:_KEY_TOKENS], []).append(i)
    position = {line: pos for pos, line in enumerate(kept)}
    matches: list[TeaserMatch] = []
    for teaser, body in bodies.items():
        if len(body) < MIN_TEASER_TOKENS:
            continue
        # Slice before concatenating: thousands of lines may share their first words.
        candidates = [j for n in (3, 2, 1) for j in starts.get(body[:n], [])[:_MAX_CANDIDATES]]
        for first in candidates[:_MAX_CANDIDATES]:
            last = _walk(body, position[first], teaser, kept, folded, bodies)
            if last is not None:
                matches.append(TeaserMatch(teaser, first, last))
                break
    return sorted(matches, key=lambda m: m.teaser)


def _walk(
    body: tuple[str, ...],
    pos: int,
    teaser: int,
    kept: list[int],
    folded: dict[int, tuple[str, ...]],
    bodies: dict[int, tuple[str, ...]],
) -> int | None:
    """The last kept line the teaser's tokens run into from kept[pos], or None if they differ."""
    k = 0
    while k < len(body):
        if pos >= len(kept) or kept[pos] == teaser or kept[pos] in bodies:
            return None
        line = kept[pos]
        for token in folded[line]:
            if k == len(body):
                break
            wanted = body[k]
            if wanted != token and not (k == len(body) - 1 and _cut_short(wanted, token)):
                return None
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
