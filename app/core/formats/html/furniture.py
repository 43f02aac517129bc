"""Page furniture a web page's structure names: headings, captions, bylines, times, related links.

The extractors (`formats.html`) return plain text, one paragraph per line; what was a `<h2>`, a
`<figcaption>` or a byline block is lost there. This reads the parsed page for the text of such
elements, so `Document` can mark the lines that say exactly that as furniture
(`app.core.furniture`) before it guesses from the text alone:

- `<h2>`-`<h6>`: section headings;
- `<figcaption>` and elements whose class names a caption or photo credit: captions;
- `<time>` and elements whose class names a date or timestamp: timestamps;
- elements whose class or `rel`/`itemprop` names a byline or author: bylines;
- elements whose class names related stories or read-more links: each of their short lines.

Only short texts are kept (a heading of more than `_MAX_WORDS` words is more likely a
standfirst, which is news), and a line is furniture only when its whole text equals a hint.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from app.core.furniture import FurnitureKind, normalise

_MAX_WORDS = 20
_CAPTION_MAX_WORDS = 60
_HEADINGS = ("h2", "h3", "h4", "h5", "h6")
# Class or id tokens ("article-byline", "post_date") that name a kind of furniture.
_TOKEN_KINDS: tuple[tuple[re.Pattern[str], FurnitureKind], ...] = (
    (
        re.compile(r"(?:^|[-_])(?:byline|author|authors|writer|contributor)s?(?:$|[-_])"),
        FurnitureKind.BYLINE,
    ),
    (
        re.compile(
            r"(?:^|[-_])(?:date|time|timestamp|pubdate|published|dateline|updated)(?:$|[-_])"
        ),
        FurnitureKind.TIMESTAMP,
    ),
    (
        re.compile(r"(?:^|[-_])(?:caption|figcaption|credit|credits|photo-credit)(?:$|[-_])"),
        FurnitureKind.CAPTION,
    ),
    (
        re.compile(r"(?:^|[-_])(?:related|read-more|readmore|more-stories|recommended)(?:$|[-_])"),
        FurnitureKind.RELATED,
    ),
)
_PRIORITY = (
    FurnitureKind.BYLINE,
    FurnitureKind.TIMESTAMP,
    FurnitureKind.CAPTION,
    FurnitureKind.RELATED,
    FurnitureKind.HEADING,
)
_LINES = ("p", "li", "a", "span", "div", "h2", "h3", "h4", "h5", "h6", "figcaption", "time")


def furniture_hints(
    tree: Any, headings: Iterable[str] = ()
) -> tuple[tuple[str, FurnitureKind], ...]:
    """(normalised text, kind) pairs of the page's furniture elements, most specific kind first;
    `headings` are further headings found by their shape (`html.run_in`)."""
    found: dict[FurnitureKind, list[str]] = {kind: [] for kind in _PRIORITY}

    def add(kind: FurnitureKind, element: Any, limit: int = _MAX_WORDS) -> None:
        text = " ".join(str(element.text_content()).split())
        if text and len(text.split()) <= limit:
            found[kind].append(text)

    for element in tree.iter(*_HEADINGS):
        add(FurnitureKind.HEADING, element)
    found[FurnitureKind.HEADING] += headings
    for element in tree.iter("figcaption"):
        add(FurnitureKind.CAPTION, element, _CAPTION_MAX_WORDS)
    for element in tree.iter("time"):
        add(FurnitureKind.TIMESTAMP, element)
    for element in tree.iter():
        if not isinstance(element.tag, str):
            continue
        kind = _named_kind(element)
        if kind is None:
            continue
        limit = _CAPTION_MAX_WORDS if kind is FurnitureKind.CAPTION else _MAX_WORDS
        add(kind, element, limit)
        if kind is FurnitureKind.RELATED:
            for line in element.iter(*_LINES):
                add(kind, line)
    hints: dict[str, FurnitureKind] = {}
    for kind in _PRIORITY:
        for text in found[kind]:
            key = normalise(text)
            if key:
                hints.setdefault(key, kind)
    return tuple(hints.items())


def _named_kind(element: Any) -> FurnitureKind | None:
    """The furniture kind an element's class, id, rel or itemprop names, if any."""
    if element.get("rel") == "author" or element.get("itemprop") in {"author", "creator"}:
        return FurnitureKind.BYLINE
    if element.get("itemprop") in {"datePublished", "dateModified"}:
        return FurnitureKind.TIMESTAMP
    names = f"{element.get('class') or ''} {element.get('id') or ''}".lower().split()
    for token in names:
        for pattern, kind in _TOKEN_KINDS:
            if pattern.search(token):
                return kind
    return None
