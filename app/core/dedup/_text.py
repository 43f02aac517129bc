"""Lines and comparison keys for duplicate removal (private helper of `app.core.dedup._remove`).

Two copies of a paragraph count as the same when they differ only in typography: curly or
straight quotes and apostrophes, the kind of dash, non-breaking, thin or doubled spaces, "…" or
"...", invisible characters, and the case of the first letter. Everything else (a digit, a
letter of a name) keeps them apart, because the comparison is on whole normalised tokens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# One character for one: quotes, apostrophes and dashes folded to their ASCII form, so offsets
# stay valid. A line is folded only when it holds one of them: `str.translate` with a table
# looks up every character of a non-ASCII string (about 90 ms for a 1 MB article, in one call
# that holds the GIL and so freezes the GUI thread), where the regular expression only scans.
_SINGLE_QUOTES, _DOUBLE_QUOTES, _DASHES = "‘’‚‛′`´ʼ", "“”„‟″«»", "‐‑‒–—―−"
_ONE_FOR_ONE = str.maketrans(
    {
        **dict.fromkeys(_SINGLE_QUOTES, "'"),
        **dict.fromkeys(_DOUBLE_QUOTES, '"'),
        **dict.fromkeys(_DASHES, "-"),
    }
)
_HAS_ONE_FOR_ONE = re.compile(f"[{re.escape(_SINGLE_QUOTES + _DOUBLE_QUOTES + _DASHES)}]")
# Characters that change a token's length when folded: rare, so handled token by token.
_RESIZING = str.maketrans(dict.fromkeys("\u200b\u200c\u200d\u2060\ufeff\u00ad", "") | {"…": "..."})
_HAS_RESIZING = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad…]")
_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"[^\W_]")
# How a teaser is cut off, once "…" has been folded to "...": "as...", "the [...]", "(...)".
_CUT = r"\s*(?:\[\.\.\.\]|\(\.\.\.\)|\.\.\.)"
_TEASER_MARK = re.compile(_CUT + r"\s*$")
# The link a site prints after a teaser's cut ("... Read more", "…Continue reading", "...
# [+2316 chars]"): part of the teaser, not of the text it was cut from.
_READ_MORE = re.compile(
    _CUT + r"\s*(?:read\s+more|continue\s+reading|read\s+(?:the\s+)?full\s+(?:story|article)|"
    r"full\s+story|\(?more\)?|\[\+\d[\d,]*\s+chars\])\W*$",
    re.IGNORECASE,
)
# How far back from a line's end such a link is looked for.
_READ_MORE_REACH = 40
# The last word of such a link, folded.
_READ_MORE_LAST = frozenset({"more", "reading", "story", "article", "chars"})


def normalize_token(token: str) -> str:
    """One whitespace-free token with its typography folded; "" if it was only invisible."""
    return token.translate(_ONE_FOR_ONE).translate(_RESIZING)


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the text with its folded tokens.

    Attributes:
        index: position among the non-blank lines.
        start: offset of the line's first character (its leading spaces included).
        end: offset just before its line break.
        content_start: offset of the first non-space character (== end for a blank line).
        content_end: offset just after the last non-space character.
        tokens: the whitespace-separated tokens with typography folded (invisible-only dropped).
    """

    index: int
    start: int
    end: int
    content_start: int
    content_end: int
    tokens: tuple[str, ...]

    def has_words(self, at_least: int) -> bool:
        """Whether `at_least` tokens hold a letter or digit ("* * *" holds none)."""
        if len(self.tokens) < at_least:
            return False
        found = 0
        for token in self.tokens:
            if _WORD.search(token):
                found += 1
                if found == at_least:
                    return True
        return False

    def key(self, first: int = 0, last: int | None = None) -> str:
        """The comparison key of tokens[first:last]: folded, first letter lower-cased."""
        joined = " ".join(self.tokens[first:last])
        return joined[:1].lower() + joined[1:]

    def folded(self) -> tuple[str, ...]:
        """Case-folded tokens, for teaser matching (a teaser runs paragraphs into one line)."""
        return tuple(token.casefold() for token in self.tokens)

    def trimmed(self, text: str, count: int) -> Line:
        """This line cut after its first `count` tokens (its `end` stays the line's end)."""
        content_end = self.token_end(text, count - 1)
        return Line(
            self.index, self.start, self.end, self.content_start, content_end, self.tokens[:count]
        )

    def without_head(self, text: str, count: int) -> Line:
        """This line from its token `count` on (its `start` stays the line's start)."""
        content_start = self.token_start(text, count)
        return Line(
            self.index, self.start, self.end, content_start, self.content_end, self.tokens[count:]
        )

    def token_start(self, text: str, index: int) -> int:
        """Offset in `text` of token `index` of this line (counted like `tokens`)."""
        return self._token_span(text, index)[0]

    def token_end(self, text: str, index: int) -> int:
        """Offset in `text` just after token `index` of this line (counted like `tokens`)."""
        return self._token_span(text, index)[1]

    def _token_span(self, text: str, index: int) -> tuple[int, int]:
        count = -1
        for match in _TOKEN.finditer(text, self.content_start, self.end):
            if normalize_token(match.group()):
                count += 1
                if count == index:
                    return match.span()
        raise IndexError(index)


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of `text` (split on "\\n"), each with its folded tokens.

    Blank and whitespace-only lines are left out: they are never duplicates, and a text of a
    million empty lines should cost nothing.
    """
    lines: list[Line] = []
    line_start = 0
    for raw in text.split("\n"):
        line_end = line_start + len(raw)
        if not raw or raw.isspace():
            line_start = line_end + 1
            continue
        if _HAS_ONE_FOR_ONE.search(raw):
            raw = raw.translate(_ONE_FOR_ONE)
        words = raw.split()
        if _HAS_RESIZING.search(raw):
            words = [folded for word in words if (folded := word.translate(_RESIZING))]
        if words:
            content_start = line_end - len(raw.lstrip())
            content_end = line_start + len(raw.rstrip())
            lines.append(
                Line(len(lines), line_start, line_end, content_start, content_end, tuple(words))
            )
        line_start = line_end + 1
    return lines


def teaser_body(line: Line) -> tuple[str, ...] | None:
    """The case-folded tokens of a line that ends like a teaser, without the cut-off mark.

    Returns None when the line does not end with "...", "…", "[...]" or "(...)", alone or
    followed by its site's link (`_READ_MORE`).
    """
    if not line.tokens:
        return None
    last = line.tokens[-1]
    if last.endswith(("...", "...]", "...)")):
        mark, reach = _TEASER_MARK, len(last) + 1
    elif "".join(c for c in last.casefold() if c.isalpha()) in _READ_MORE_LAST:
        mark, reach = _READ_MORE, _READ_MORE_REACH
    else:
        return None  # most lines: the mark is looked for in a line's end only, not all of it
    joined = " ".join(line.tokens)
    cut = mark.search(joined, max(0, len(joined) - reach))
    return tuple(joined[: cut.start()].casefold().split()) if cut is not None else None
