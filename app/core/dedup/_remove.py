"""Duplicate removal: the first step of every analysis, returning what it removed and why.

Scraped articles repeat themselves: the whole body twice, a paragraph again further down, the
headline again inside the body, a teaser (the first paragraphs run together and cut off with
"..."). `remove_duplicates` deletes the extra copies and reports each one:

* ``"repeat"``: a line equal to an earlier line (surrounding spaces aside).
* ``"near-repeat"``: a line that differs from an earlier one only in typography: curly or
  straight quotes, kind of dash, non-breaking or doubled spaces, "…" or "...", case of the
  first letter (see `app.core.dedup._text`).
* ``"teaser"``: a line that is a cut-off prefix of one or more consecutive kept paragraphs.
* ``"repeat-within"``: the end of a line that repeats the whole sentences just before it (the
  body repeated in a text without line breaks: "body body", "headline body body"); see
  `app.core.dedup._within`.
* ``"rewrapped-repeat"``: lines that repeat earlier lines with other line breaks (a paragraph
  again, hard-wrapped); see `app.core.dedup._rewrap`.
* ``"pull-quote"``: a line that repeats a sentence or quotation of a longer line as a highlight
  (the longer line is kept, wherever it stands); see `app.core.dedup._rewrap`.
* ``"contained-repeat"``: a paragraph of several sentences that a longer paragraph repeats
  whole (an updated copy of the article added to it); found as pull-quotes are.

`Removal.reason` is a `Reason` (a `StrEnum`: it compares and serialises as those strings).

Design choices:

* Deletion only. The cleaned text is the original with the removed spans cut out, so every kept
  character is the author's own and `DedupResult.to_original` maps offsets back; the GUI can
  show the original with the removed spans struck through.
* The kept copy is the first complete one, where it first appears. A teaser is the incomplete
  copy wherever it stands, so a teaser *before* the full paragraphs is removed and the full
  paragraphs stay where they are (nothing is ever moved).
* A removed line takes its own line break and the blank lines after it along, so no blank
  lines pile up where it was; every kept line keeps its own line break.
* Paragraphs are compared as whole folded token sequences, so two sentences that differ in a
  number or a name are never merged; a line is only removed when a kept copy of all its text
  exists. Lines of fewer than three words (list items, "Yes.", "* * *") are left alone unless
  they repeat the first line (a short headline) or sit inside a repeated block, next to the
  copy of their neighbour (a fixture's "2000 GMT" line when the whole body comes twice).
* Idempotent: removing a copy can bring two others together (a short line now opens the
  text), so whole passes repeat until one removes nothing; the second rarely does.
* Linear time: one dictionary pass for repeats, an index on first tokens for teasers, no
  pairwise comparison; about 0.1-0.3 s for 1 MB (benchmarks/bench_dedup.py).

Tuned on ../shared/data/dedup/dedup-dev.jsonl (see benchmarks/bench_dedup.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from app.core.dedup._result import DedupResult, Reason, Removal, keep_all
from app.core.dedup._rewrap import find_pull_quotes, find_rewrapped, several_sentences
from app.core.dedup._teaser import find_teasers, teaser_head
from app.core.dedup._text import Line, split_lines
from app.core.dedup._within import RepeatedTail, repeated_tail
from app.core.headlines import is_headline

__all__ = ["remove_duplicates"]


# Shorter lines are only removed as copies of the first line (a headline) or inside a repeated
# block (see `_align_short_lines`).
_MIN_WORDS = 3
# Teaser searches, each over what the previous ones left (the second one rarely finds anything).
_TEASER_ROUNDS = 4
# Whole passes over the text (see `remove_duplicates`).
_MAX_PASSES = 4


@dataclass(slots=True)
class _Decision:
    """A line (or the tail of one) to remove, before offsets and words are worked out."""

    line: int
    reason: Reason
    sources: tuple[int, int]  # first and last kept line it duplicates
    tail: RepeatedTail | None = None  # for "repeat-within": which tokens go


def remove_duplicates(text: str) -> DedupResult:
    """Remove repeated paragraphs, typographic near-repeats, teasers and a doubled body.

    Args:
        text: the article, newlines normalised to "\\n"; a paragraph is a line.

    Returns:
        The cleaned text with a record of every removal. Removing duplicates from the result
        again removes nothing: a removal can bring two copies together (a teaser's walk was
        blocked, a short line now opens the text), so passes repeat until one finds nothing.
        The second pass almost never does; it is the price of that guarantee.
    """
    result = _one_pass(text)
    for _ in range(_MAX_PASSES - 1):
        if not result.removed:
            break
        again = _one_pass(result.text)
        if not again.removed:
            break
        result = _compose(result, again)
    return result


def _compose(first: DedupResult, second: DedupResult) -> DedupResult:
    """`second` (run on `first.text`) expressed on `first.original`, merged with `first`."""
    removals = list(first.removed)
    for removal in second.removed:
        dup_start, dup_end = removal.duplicate_of
        duplicate_of = (first.to_original(dup_start), first.to_original_end(dup_end))
        for start, end in first.original_pieces(removal.start, removal.end):
            text = first.original[start:end]
            removals.append(Removal(start, end, text, removal.reason, duplicate_of, removal.detail))
    removals.sort(key=lambda r: r.start)
    return DedupResult(first.original, second.text, tuple(removals))


def _one_pass(text: str) -> DedupResult:
    """One pass of every rule over `text`."""
    lines = split_lines(text)  # non-blank lines only; `i` below is an index into them
    if not lines:
        return keep_all(text)
    # A line ending with its own sentences again is compared by its first copy only, so that a
    # trimmed "X X" never turns into a second "X" (and dedup stays idempotent).
    tails: dict[int, RepeatedTail] = {}
    # A teaser that opens its own line is cut off first: the rest of the line is what it is.
    heads: dict[int, tuple[int, int, int]] = {}
    for i, line in enumerate(lines):
        count = teaser_head(line.tokens)
        if count is not None:
            # "X... X... X": each teaser opening what is left goes too, so that none is left
            # for a second pass to find (token offsets: no copy of the line per teaser).
            cut = count
            while (more := teaser_head(line.tokens, cut)) is not None:
                cut, count = cut + more, more
            heads[i] = (line.content_start, line.token_start(text, cut), count)
            line = lines[i] = line.without_head(text, cut)
        tail = repeated_tail(line.tokens)
        if tail is not None:
            tails[i] = tail
            lines[i] = line.trimmed(text, tail.cut_from)
    decisions: dict[int, _Decision] = {}
    _find_repeats(text, lines, decisions)
    _align_short_lines(text, lines, decisions)
    for run in find_rewrapped(lines, decisions):
        for i in range(run.first, run.last + 1):
            decisions[i] = _Decision(i, Reason.REWRAPPED, (run.source_first, run.source_last))
    # A line ending in "..." that is no teaser stops a teaser's walk; once other teasers are
    # gone, the walk may get through, so look again (a second run must find nothing new).
    for _ in range(_TEASER_ROUNDS):
        kept = [i for i in range(len(lines)) if i not in decisions]
        matches, blocked = find_teasers(lines, kept)
        for match in matches:
            decisions[match.teaser] = _Decision(
                match.teaser, Reason.TEASER, (match.first, match.last)
            )
        if not (matches and blocked):
            break
    pulled = set(tails) | set(decisions)
    # A line another removal points at (a teaser's paragraphs) is kept, so it is no pull-quote.
    sources = {j for d in decisions.values() for j in range(d.sources[0], d.sources[1] + 1)}
    for quote, source in find_pull_quotes(lines, pulled):
        if quote not in sources:
            reason = Reason.CONTAINED if several_sentences(lines[quote]) else Reason.PULL_QUOTE
            decisions[quote] = _Decision(quote, reason, (source, source))
    _point_at_kept_copies(decisions)
    _drop_orphans(decisions)
    for i, tail in tails.items():
        if i not in decisions:
            decisions[i] = _Decision(i, Reason.REPEAT_WITHIN, (i, i), tail=tail)
    return _build(text, lines, decisions, heads)


def _find_repeats(text: str, lines: list[Line], decisions: dict[int, _Decision]) -> None:
    """Mark every line whose folded key equals that of an earlier line."""
    seen: dict[str, int] = {}
    for i in range(len(lines)):
        key = lines[i].key()
        earlier = seen.get(key)
        if earlier is None:
            seen[key] = i
            continue
        if earlier != 0 and not lines[i].has_words(_MIN_WORDS):
            continue
        decisions[i] = _repeat(text, lines, i, earlier)


def _point_at_kept_copies(decisions: dict[int, _Decision]) -> None:
    """Make every repeat point at a kept line, not at another removed copy.

    A repeat of a line that turned out to be a teaser duplicates the teaser's sources; a copy
    of a removed copy (short lines aligned in both directions) points at the copy's source.
    Repeats point backwards, so following them ends.
    """
    for decision in decisions.values():
        if decision.reason == Reason.TEASER:
            continue
        source = decisions.get(decision.sources[0])
        while source is not None and source.tail is None:
            if source.reason == Reason.TEASER:
                decision.reason, decision.sources = Reason.TEASER, source.sources
                break
            decision.sources = source.sources
            source = decisions.get(source.sources[0])


def _align_short_lines(text: str, lines: list[Line], decisions: dict[int, _Decision]) -> None:
    """Remove short lines that sit inside a repeated block, next to the copy they repeat.

    "2000 GMT" or "Venue" on its own is too short to call a duplicate, but when the whole body
    comes twice, the second "2000 GMT" follows the second copy of the line that the first one
    follows. Forward then backward passes carry the alignment along runs of short lines.
    """
    count = len(lines)
    for step in (1, -1):
        for i in range(count) if step == 1 else range(count - 1, -1, -1):
            neighbour = i - step
            if i in decisions or not 0 <= neighbour < count:
                continue
            beside = decisions.get(neighbour)
            if beside is None or beside.reason not in (Reason.REPEAT, Reason.NEAR_REPEAT):
                continue
            source = beside.sources[0] + step
            if (
                0 <= source < i
                and source not in decisions
                and lines[source].key() == lines[i].key()
            ):
                decisions[i] = _repeat(text, lines, i, source)


def _repeat(text: str, lines: list[Line], i: int, source: int) -> _Decision:
    """Line `i` as a copy of line `source`: a "repeat" if their text is equal, else a near one."""
    exact = _stripped(text, lines[i]) == _stripped(text, lines[source])
    return _Decision(i, Reason.REPEAT if exact else Reason.NEAR_REPEAT, (source, source))


def _drop_orphans(decisions: dict[int, _Decision]) -> None:
    """Undo a rewrapped repeat or pull-quote whose source a later rule removed (a teaser's
    line): its kept copy is gone, so removing it would lose text. The next pass looks again."""
    while True:
        removed = {i for i, d in decisions.items() if d.tail is None}
        orphans = [
            i
            for i, d in decisions.items()
            if d.reason in (Reason.REWRAPPED, Reason.PULL_QUOTE, Reason.CONTAINED)
            and any(j in removed for j in range(d.sources[0], d.sources[1] + 1))
        ]
        if not orphans:
            return
        for i in orphans:
            del decisions[i]


def _stripped(text: str, line: Line) -> str:
    return text[line.content_start : line.content_end]


def _build(
    text: str,
    lines: list[Line],
    decisions: dict[int, _Decision],
    heads: dict[int, tuple[int, int, int]],
) -> DedupResult:
    """Turn line decisions into removed spans, a cleaned text and human-readable details."""
    kept = [i for i in range(len(lines)) if i not in decisions or decisions[i].tail is not None]
    names = _paragraph_names(text, lines, kept)
    removals: list[Removal] = []
    for i, (start, cut, count) in heads.items():
        if i in names:  # the rest of the line is kept
            source = (cut, lines[i].token_end(text, count - 1))
            detail = f"truncated teaser of {names[i]}, within the same line"
            removals.append(Removal(start, cut, text[start:cut], Reason.TEASER, source, detail))
    for i in range(len(lines)):
        decision = decisions.get(i)
        if decision is None:
            continue
        line = lines[i]
        first, last = decision.sources
        if decision.tail is not None:
            # `line` was trimmed to its first copy; the copies after it run to the line's end.
            cut = line.content_end
            start, end = cut, line.start + len(text[line.start : line.end].rstrip())
            if decision.tail.kept_from == 0:
                duplicate_of = (line.content_start, cut)
                detail = f"second copy of the text of {names[i]}, within the same line"
            else:
                duplicate_of = (line.token_start(text, decision.tail.kept_from), cut)
                detail = f"second copy of the end of {names[i]}, within the same line"
        else:
            start, end = _line_span(text, lines, i, kept[-1])
            duplicate_of = (lines[first].content_start, lines[last].content_end)
            detail = _detail(decision.reason, names, first, last)
        removals.append(Removal(start, end, text[start:end], decision.reason, duplicate_of, detail))
    removals.sort(key=lambda r: r.start)
    pieces: list[str] = []
    cursor = 0
    for removal in removals:
        pieces.append(text[cursor : removal.start])
        cursor = removal.end
    pieces.append(text[cursor:])
    return DedupResult(text, "".join(pieces), tuple(removals))


def _line_span(text: str, lines: list[Line], i: int, last_kept: int) -> tuple[int, int]:
    """The span a removed line takes: itself, its line break and the blank lines after it.

    After the last kept line, the blank lines *before* the first removed line go too (there is
    no next paragraph for them to separate), but the kept line keeps its own line break.
    """
    end = lines[i + 1].start if i + 1 < len(lines) else len(text)
    if i == last_kept + 1:
        return lines[last_kept].end + 1, end
    return lines[i].start, end


def _paragraph_names(text: str, lines: list[Line], kept: list[int]) -> dict[int, str]:
    """How the report names each kept line: "the title" or "paragraph N" of the cleaned text."""
    names: dict[int, str] = {}
    number = 0
    for i in kept:
        is_title = i == kept[0] == 0 and len(kept) > 1 and is_headline(_stripped(text, lines[i]))
        if is_title:
            names[i] = "the title"
        else:
            number += 1
            names[i] = f"paragraph {number}"
    return names


def _detail(reason: Reason, names: dict[int, str], first: int, last: int) -> str:
    if reason == Reason.REPEAT:
        return f"repeat of {names[first]}"
    if reason == Reason.NEAR_REPEAT:
        return f"near-repeat of {names[first]} (differs only in typography)"
    if reason == Reason.PULL_QUOTE:
        return f"pull-quote of {names[first]}"
    if reason == Reason.CONTAINED:
        return f"repeated whole inside {names[first]}"
    if reason == Reason.REWRAPPED:
        span = names[first] if first == last else f"{names[first]}-{names[last]}"
        return f"repeat of {span.replace('-paragraph ', '-')} with other line breaks"
    if first == last:
        return f"truncated teaser of {names[first]}"
    head, tail = names[first], names[last].removeprefix("paragraph ")
    if head == "the title":
        rest = "paragraph 1" if tail == "1" else f"paragraphs 1-{tail}"
        return f"truncated teaser of the title and {rest}"
    return f"truncated teaser of paragraphs {head.removeprefix('paragraph ')}-{tail}"
