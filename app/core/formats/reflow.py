"""Re-flowing hard-wrapped text: lines broken at a fixed width become one line per paragraph.

E-mails, Project Gutenberg books and text copied out of PDFs break every line at 60-80
columns. `Document` reads each line as a paragraph, so without re-flowing every sentence that
crosses a line end would be cut in two. Plain text is re-flowed only when it looks wrapped:
most lines that continue onto a next line are about as long as the longest ones (the wrap
width), and that width is between `MIN_WIDTH` and `MAX_WIDTH` columns. Anything else (one
paragraph per line, poems, tables) is kept exactly as written.

In e-mails, lines quoted with "> " are re-flowed among themselves (the continuation lines
lose their markers) and never joined with unquoted lines.

Inside a wrapped paragraph a line break is kept where the author clearly meant one: before a
list item or an indented line, and after a line much shorter than the wrap width that ends a
sentence or a list item (the last line of a paragraph not followed by a blank line), or that
reads as a heading over a capitalised line (a PDF's title in the body font, "Dear Ms Hart").
A line that ends mid-phrase ("Birmingham academies Park View and") is no heading: it goes on.

Text that is not wrapped is kept as written, except a first line that is the start of a
sentence broken across lines (it ends mid-phrase, see `headlines.is_headline`): it is joined
with the next line, so that neither the title nor the summary is a fragment.
"""

from __future__ import annotations

import functools
import itertools
import re
import statistics
from collections.abc import Container, Iterable

from app.core.furniture import FurnitureKind, classify_line
from app.core.headlines import continues_on, is_headline

MIN_WIDTH = 50
MAX_WIDTH = 100
# A line counts as "full" within this many columns of the wrap width: word wrapping leaves
# lines short by up to a long word.
_SLACK = 22
_MIN_WRAPPED_LINES = 3
_MAX_ROUNDS = 8
_WRAPPED_SHARE = 0.7
# Wrapped prose ends about one line in ten at a sentence end; more than this is not wrapping.
_MAX_SENTENCE_ENDS = 0.5
_LIST_ITEM = re.compile(r"^\s*(?:[-*•+–]\s|\(?\d{1,3}[.)]\s|\(?[a-zA-Z][.)]\s)")
_SENTENCE_END = re.compile(r"[.!?:;][\"'”’)\]]*\s*$")
_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_HYPHENATED = re.compile(r"(\w)-$")
_WORD = re.compile(r"\w+(?:-\w+)*")
# Endings that are no word on their own: a line-end hyphen before one is a typesetter's
# ("branch-" + "es", "announce-" + "ment"), never a compound's.
_SUFFIX_PIECES = frozenset(
    "es ed ing ings tion tions sion sions ment ments ness ity ities ly ally ous ious ance "
    "ances ence ences ation ations ible ical ised ized ising izing ers est".split()
)
# A line that could be a heading: capitalised, no sentence punctuation or comma, ending in a word.
# Only a line far shorter than the wrap width is taken for one: word wrapping fills its lines.
_HEADING = re.compile(r"^\s*[A-Z0-9][^.!?:;,]*[\w)]\s*$")


def wrap_width(lines: list[str]) -> int | None:
    """The column width the text is hard-wrapped at, or None if it does not look wrapped.

    Only lines followed by another non-blank line are looked at: the last line of a paragraph
    is short by nature, and so are a list's items and the line that leads into a list. A
    wrapped line ends wherever the width ran out, seldom at the end of
    a sentence; a text with one paragraph (or sentence) per line ends nearly every line with
    one, however long its lines are, so that text is never taken for wrapped.
    """
    continued = [
        line.rstrip()
        for line, following in itertools.pairwise(lines)
        if line.strip()
        and following.strip()
        and not _LIST_ITEM.match(line)
        and not _LIST_ITEM.match(following)
    ]
    if len(continued) < _MIN_WRAPPED_LINES:
        return None
    if sum(bool(_SENTENCE_END.search(line)) for line in continued) > _MAX_SENTENCE_ENDS * len(
        continued
    ):
        return None
    lengths = [len(line) for line in continued]
    # The 90th percentile, not the maximum: one over-long line must not set the width.
    width = int(statistics.quantiles(lengths, n=10)[-1])
    if not MIN_WIDTH <= width <= MAX_WIDTH:
        return None
    full = sum(width - _SLACK <= length <= width + 2 for length in lengths)
    return width if full >= _WRAPPED_SHARE * len(lengths) else None


def reflow_text(text: str) -> str:
    """Re-flow `text` if it is hard-wrapped; otherwise return it unchanged.

    Paragraphs (blocks between blank lines) become single lines; blank lines between them are
    kept, so the result still reads as the author's paragraphs. The result is one that
    re-flowing leaves as it is: joining a broken first line can leave the rest looking wrapped
    (its first paragraph no longer counts as wrapped lines), so the steps repeat until nothing
    changes (each round joins at least one line break; `_MAX_ROUNDS` bounds the work).
    """
    for _ in range(_MAX_ROUNDS):
        again = _reflow_once(text)
        if again == text:
            break
        text = again
    return text


def _reflow_once(text: str) -> str:
    lines = text.split("\n")
    width = wrap_width(lines)
    if width is not None:
        words = _written_words(lines)
        text = "\n".join(reflow_lines(lines, width, written=words))
    return join_broken_first_line(text)


def _written_words(lines: Iterable[str]) -> frozenset[str]:
    """The words (lower case, hyphenated ones whole) the text writes inside its lines.

    A line's last word is left out when it ends in a hyphen: that is the piece in question.
    """
    words: set[str] = set()
    for line in lines:
        found = _WORD.findall(line)
        if line.rstrip().endswith("-") and found:
            found.pop()
        words.update(word.lower() for word in found)
    return frozenset(words)


def join_broken_first_line(text: str) -> str:
    """Join the first line with the next when it is the start of a sentence broken in two.

    Only a short first line that is followed directly by another line, and that ends without
    punctuation on a word needing more ("and", "of", "the") or is continued in lower case, is
    joined ("Dear Ms Hart," stays on its own line); the joined line is looked at again.
    """
    while True:
        joined = _join_first_two_lines(text)
        if joined == text:
            return text
        text = joined


def _join_first_two_lines(text: str) -> str:
    first_end = text.find("\n")
    lead = len(text) - len(text.lstrip())
    if first_end < lead:  # no line break, or blank lines first: leave it
        return text
    first = text[lead:first_end]
    second_end = text.find("\n", first_end + 1)
    second = text[first_end + 1 : second_end if second_end >= 0 else len(text)]
    if not first.strip() or not second.strip() or len(first) > MAX_WIDTH:
        return text
    if not continues_on(first, second):
        return text
    return text[:first_end].rstrip() + " " + text[first_end + 1 :].lstrip()


def reflow_lines(
    lines: Iterable[str],
    width: int,
    *,
    drop_hyphens: bool = False,
    compounds: Container[str] = frozenset(),
    written: Container[str] = frozenset(),
) -> list[str]:
    """Join wrapped lines into paragraphs; blank lines stay as paragraph separators.

    Args:
        lines: the text's lines, in order.
        width: the wrap width (see `wrap_width`).
        drop_hyphens: join "exam-" + "ple" as "example" (typeset text such as PDFs, which
            hyphenate words at line ends); otherwise as "exam-ple" (plain text, where a
            hyphen at a line end is most often part of a compound like "well-known") unless
            the evidence says otherwise (see `join_wrapped`'s `written`).
        compounds: with `drop_hyphens`, hyphenated words to keep whole (see `join_wrapped`).
        written: without `drop_hyphens`, the words the text writes inside its lines.
    """
    out: list[str] = []
    current = ""
    previous = ""
    for line in lines:
        depth, body = _quoted(line)
        if not body.strip():  # a blank line, or a quoted one (">") in an e-mail
            if current:
                out.append(current)
            current, previous = "", ""
            out.append("")
            continue
        if (
            current
            and depth == _quoted(previous)[0]
            and not _breaks_before(
                previous, line, width, bool(_LIST_ITEM.match(_quoted(current)[1]))
            )
        ):
            # The continuation of a quoted paragraph loses its own "> " marker.
            current = join_wrapped(
                current,
                body.strip(),
                drop_hyphens=drop_hyphens,
                compounds=compounds,
                written=written,
            )
        else:
            if current:
                out.append(current)
            current = line.rstrip()
        previous = line
    if current:
        out.append(current)
    return out


def _quoted(line: str) -> tuple[int, str]:
    """(how many e-mail quote markers ">" the line starts with, the rest of the line)."""
    marker = _QUOTE.match(line)
    if not marker:
        return 0, line
    return marker.group().count(">"), line[marker.end() :]


def join_wrapped(
    head: str,
    tail: str,
    *,
    drop_hyphens: bool,
    compounds: Container[str] = frozenset(),
    written: Container[str] = frozenset(),
) -> str:
    """Join two pieces of a paragraph that a line break separated.

    Args:
        head: the paragraph so far.
        tail: the next line.
        drop_hyphens: whether a hyphen at the end of `head` is a typesetter's (see
            `reflow_lines`).
        compounds: hyphenated words (lower case) the text writes elsewhere inside a line;
            their hyphen is kept even when `drop_hyphens` is set ("long-" + "term").
        written: words (lower case) the text writes inside its lines. Without
            `drop_hyphens` (plain text, where the writer may have typed "well-known" at a
            line end), the hyphen goes only on evidence that it is a typesetter's: the text
            writes the word whole elsewhere ("con-" + "struction" beside "construction") and
            never with the hyphen, or the piece after it is an ending that is no word
            ("branch-" + "es").
    """
    head = head.rstrip()
    if _HYPHENATED.search(head) and tail[:1].islower():
        first = head.rsplit(None, 1)[-1] + tail.split(None, 1)[0]
        if drop_hyphens:
            return head + tail if _word_core(first) in compounds else head[:-1] + tail
        piece = _word_core(tail.split(None, 1)[0]).split("-", 1)[0]
        # The word joined where the line broke ("well-estab-" + "lished": "well-established").
        whole = _word_core(head.rsplit(None, 1)[-1][:-1] + tail.split(None, 1)[0])
        if _word_core(first) not in written and (whole in written or piece in _SUFFIX_PIECES):
            return head[:-1] + tail
        return head + tail
    return f"{head} {tail}"


def _word_core(word: str) -> str:
    """A word without the punctuation around it, lower case."""
    return word.strip(".,;:!?\"'()[]“”‘’").lower()


# Furniture that is always a line of its own: a timestamp, a byline, a caption, a related link.
_WHOLE_LINE_KINDS = frozenset(
    {FurnitureKind.TIMESTAMP, FurnitureKind.BYLINE, FurnitureKind.CAPTION, FurnitureKind.RELATED}
)


# A line this close to the wrap width is wrapped prose, not a timestamp or byline of its own.
_FURNITURE_SLACK = 8


@functools.lru_cache(maxsize=64)
def _whole_line_furniture(line: str, width: int) -> bool:
    """Whether `line` is such furniture; a full line of wrapped prose, or one that opens in
    lower case, is none (and is not read: most lines are so). Remembered for a few lines:
    `_breaks_before` asks of each line twice, as the line and as the one before the next."""
    stripped = line.strip()
    if (
        len(stripped) >= width - _FURNITURE_SLACK
        or not stripped[:1].isalnum()
        or stripped[:1].islower()
    ):
        return False
    return classify_line(stripped) in _WHOLE_LINE_KINDS


def _breaks_before(previous: str, line: str, width: int, in_item: bool) -> bool:
    """Whether the author broke the line on purpose (and it is not wrapping).

    Args:
        previous: the line before, as written.
        line: this line, as written.
        width: the wrap width.
        in_item: the paragraph so far is a list item; a short line ends it.
    """
    if _LIST_ITEM.match(line) or (line[:1].isspace() and not previous[:1].isspace()):
        return True
    if _whole_line_furniture(previous, width) or _whole_line_furniture(line, width):
        return True  # "Updated 14:32, 2 December 2026" under the headline, "By Ana Ruiz"
    short = len(previous.rstrip()) < width - _SLACK - 10
    if short and _HEADING.match(previous) and line.lstrip()[:1].isupper() and is_headline(previous):
        return True  # a heading ("Town opens new library") over its first paragraph
    line_is_short = len(line.rstrip()) < width - _SLACK - 10
    if line_is_short and _SENTENCE_END.search(previous) and _HEADING.match(line):
        return True  # a heading after a paragraph's last sentence
    return short and (in_item or bool(_SENTENCE_END.search(previous)))
