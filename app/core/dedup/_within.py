"""A line that ends with its own words again (private helper of `app.core.dedup._remove`).

A text without line breaks cannot repeat a paragraph on a line of its own: a scraped page
flattened into one line carries its body twice as "body body" or "headline body body". Such a
line ends with a run of whole sentences immediately repeated, one or more times. The first copy
ends with the line's last token, so only the few other places that token occurs are tried, each
with one slice comparison: linear in the line's length. Tokens
are compared with typography folded but case kept: a run that starts a sentence in one copy and
sits mid-sentence in the other is no repeat.
"""

from __future__ import annotations

from dataclasses import dataclass

# A repeated run must be at least this many words, so "No, no, no." stays.
MIN_RUN_TOKENS = 5
_SENTENCE_END = (".", "!", "?", '."', ".'", '!"', '?"', ".)", '?"', "!'", "?'")
_MAX_CUTS = 4
# Run lengths tried per line (bounds the work on a line like "No. No. No. ..." repeated).
_MAX_CANDIDATES = 64


@dataclass(frozen=True, slots=True)
class RepeatedTail:
    """Token indexes of a line's repeated ending.

    Attributes:
        kept_from: first token of the copy that is kept.
        cut_from: first token of the copies that go (to the end of the line).
    """

    kept_from: int
    cut_from: int


def repeated_tail(tokens: tuple[str, ...]) -> RepeatedTail | None:
    """The longest run of whole sentences that the line ends with twice or more, or None.

    Cutting the copies off may leave a line that ends with another repeated run; that is cut
    too (a few times at most), so that a second run finds nothing.
    """
    found: RepeatedTail | None = None
    for _ in range(_MAX_CUTS):
        tail = _one_tail(tokens)
        if tail is None:
            break
        found = tail
        tokens = tokens[: tail.cut_from]
    return found


def _one_tail(tokens: tuple[str, ...]) -> RepeatedTail | None:
    count = len(tokens)
    if count < 2 * MIN_RUN_TOKENS or not _ends_sentence(tokens[-1]):
        return None
    last = tokens[-1]
    # The first copy ends with the line's last token, so only its other occurrences in the
    # second half can end one; most lines have none, and `in` runs in C.
    if last not in tokens[count // 2 - 1 : count - 1]:
        return None
    lengths = [
        count - 1 - i for i in range(count // 2 - 1, count - MIN_RUN_TOKENS) if tokens[i] == last
    ]
    for length in lengths[:_MAX_CANDIDATES]:  # longest first
        second, first = count - length, count - 2 * length
        if not _is_sentence_start(tokens, first) or tokens[first:second] != tokens[second:]:
            continue
        # Four copies also read as two double copies: take the shortest whole-sentence period.
        for period in range(MIN_RUN_TOKENS, length // 2 + 1):
            if (
                length % period == 0
                and _ends_sentence(tokens[first + period - 1])
                and tokens[first : count - period] == tokens[first + period :]
            ):
                length = period
                break
        # Further copies before these two go as well; the earliest one is kept.
        while (
            first - length >= 0
            and _is_sentence_start(tokens, first - length)
            and tokens[first - length : first] == tokens[first : first + length]
        ):
            first -= length
        return RepeatedTail(first, first + length)
    return None


def _ends_sentence(token: str) -> bool:
    """A full stop, "!" or "?" (closing quotes allowed); "..." cuts off rather than ends."""
    return token.endswith(_SENTENCE_END) and not token.rstrip("\"')").endswith("...")


def _is_sentence_start(tokens: tuple[str, ...], index: int) -> bool:
    """After a full stop, at the start, or a capital after a headline (which has no stop)."""
    if index == 0 or _ends_sentence(tokens[index - 1]):
        return True
    first = tokens[index].lstrip("\"'(")
    return first[:1].isupper() or first[:1].isdigit()
