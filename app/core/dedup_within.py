"""A line that ends with its own words again (private helper of `app.core.dedup`).

A text without line breaks cannot repeat a paragraph on a line of its own: a scraped page
flattened into one line carries its body twice as "body body" or "headline body body". Such a
line ends with a run of whole sentences immediately repeated, one or more times. Prefix hashes
over the tokens test every run length in constant time each, so the search is linear. Tokens
are compared with typography folded but case kept: a run that starts a sentence in one copy and
sits mid-sentence in the other is no repeat.
"""

from __future__ import annotations

from dataclasses import dataclass

# A repeated run must be at least this many words, so "No, no, no." stays.
MIN_RUN_TOKENS = 5
_SENTENCE_END = (".", "!", "?", '."', ".'", '!"', '?"', ".)", '?"', "!'", "?'")
_MODULUS = (1 << 61) - 1
_BASE = 1_000_003


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
    """The longest run of whole sentences that the line ends with twice or more, or None."""
    count = len(tokens)
    if count < 2 * MIN_RUN_TOKENS:
        return None
    prefix = [0] * (count + 1)
    power = [1] * (count + 1)
    for i, token in enumerate(tokens):
        prefix[i + 1] = (prefix[i] * _BASE + hash(token)) % _MODULUS
        power[i + 1] = power[i] * _BASE % _MODULUS

    def run_hash(start: int, end: int) -> int:
        return (prefix[end] - prefix[start] * power[end - start]) % _MODULUS

    if not tokens[-1].endswith(_SENTENCE_END):
        return None
    for length in range(count // 2, MIN_RUN_TOKENS - 1, -1):
        second, first = count - length, count - 2 * length
        if not _is_sentence_start(tokens, first) or not tokens[second - 1].endswith(_SENTENCE_END):
            continue
        if run_hash(first, second) != run_hash(second, count):
            continue
        if tokens[first:second] != tokens[second:count]:
            continue  # a hash collision
        # Further copies before these two go as well; the earliest one is kept.
        while (
            first - length >= 0
            and _is_sentence_start(tokens, first - length)
            and tokens[first - length : first] == tokens[first:second]
        ):
            first -= length
        return RepeatedTail(first, first + length)
    return None


def _is_sentence_start(tokens: tuple[str, ...], index: int) -> bool:
    """After a full stop, at the start, or a capital after a headline (which has no stop)."""
    if index == 0 or tokens[index - 1].endswith(_SENTENCE_END):
        return True
    first = tokens[index].lstrip("\"'(")
    return first[:1].isupper() or first[:1].isdigit()
