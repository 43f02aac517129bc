"""Each line of an article among its neighbours: a list of links or tags under a related
line, a short line over a long paragraph, a first line that repeats the headline."""

from __future__ import annotations

import re
from collections.abc import Mapping

from app.core.furniture._kinds import FurnitureKind, normalise
from app.core.furniture._lines import (
    FINAL,
    LETTERS,
    LIST_ITEM,
    classify_line,
    is_heading,
)


def classify(
    lines: list[str],
    hints: Mapping[str, FurnitureKind] | None = None,
    title: str | None = None,
) -> list[FurnitureKind | None]:
    """The kind of each line of an article (None: body), with the page's hints first.

    Besides each line's own shape (`classify_line`):
    - a list item ("- Title of another story") right under a related-links line is related;
    - a short line with no final stop (up to `_SHORT_HEADING_WORDS` words, a capital first)
      that a longer paragraph follows is a heading ("The river crossing", "Review");
    - a first line that repeats the title (most of its words) without a final stop is a
      heading: the headline again, as pages print it above the article;
    - the line after a caption's label on its own ("Image caption,") is the caption; one to
      three capitalised words under a related line ("Related Topics" / "Dover") are topics;
    - a press release's end mark on its own line ("ENDS", "-30-", "###") ends the story: what
      follows (notes to editors, "About the firm", contacts) is credit;
    - a sign-off ("Until next week,", "Best wishes,") over a name on its own line: a greeting.
    """
    hints = hints or {}
    kinds: list[FurnitureKind | None] = []
    title_words = set(normalise(title).split()) if title else set()
    for i, line in enumerate(lines):
        # Plain text brings no hints: no line is normalised to look one up.
        kind = classify_line(line, hints.get(normalise(line)) if hints else None)
        body = line.strip()
        if kind is None and i + 1 < len(lines) and _is_short_heading(body, lines[i + 1]):
            kind = FurnitureKind.HEADING
        if kind is None and i == 0 and title_words and _repeats_title(body, title_words):
            kind = FurnitureKind.HEADING
        if (
            kind is None
            and kinds
            and kinds[-1] is FurnitureKind.RELATED
            and (LIST_ITEM.match(body) or is_heading(body) or _is_tag_list(body) or _is_tag(body))
        ):
            kind = FurnitureKind.RELATED
        if kind is None and i > 0 and kinds[-1] is FurnitureKind.CAPTION and _labels(lines[i - 1]):
            kind = FurnitureKind.CAPTION  # "Image caption," then the caption itself
        if kind is None and _heads_list(body, lines[i + 1] if i + 1 < len(lines) else ""):
            kind = FurnitureKind.HEADING
        if (
            kind is None
            and i > 0
            and kinds[-1] in (None, FurnitureKind.HEADING)
            and _ROLE_LINE.fullmatch(body)
            and _NAME_LINE.fullmatch(lines[i - 1].strip())
        ):
            kinds[-1] = kind = FurnitureKind.BYLINE  # "Ana Ruiz" over "Health correspondent"
        kinds.append(kind)
    _mark_link_lists(lines, kinds)
    _mark_release_notes(lines, kinds)
    _mark_sign_offs(lines, kinds)
    return kinds


# A letter's closing words on a line of their own, before the writer's name.
_SIGN_OFF = re.compile(
    r"(?:until\s+next\s+(?:week|time|month)|see\s+you\s+(?:next\s+\w+|soon)|"
    r"(?:(?:with\s+)?(?:best|kind|warm|warmest|many)\s+)?(?:wishes|regards|thanks)|regards|"
    r"thanks(?:\s+again)?|thank\s+you|cheers|all\s+the\s+best|take\s+care|"
    r"yours(?:\s+(?:sincerely|faithfully|truly|ever))?|sincerely|with\s+love)\s*[,!.]?",
    re.IGNORECASE,
)
_SIGNER = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,2}[A-Z][\w'’.-]*")


def _mark_sign_offs(lines: list[str], kinds: list[FurnitureKind | None]) -> None:
    """A sign-off line ("Until next week,") over a line that is only a name: greetings."""
    for i in range(len(lines) - 1):
        if _SIGN_OFF.fullmatch(lines[i].strip()) and _SIGNER.fullmatch(lines[i + 1].strip()):
            kinds[i] = kinds[i + 1] = FurnitureKind.GREETING


# The mark a press release puts under its story, on a line of its own.
_END_MARK = re.compile(r"[-–—\s]*(?:ENDS?|[Ee]nds|-?30-?|#{3})[-–—\s.]*")


def _mark_release_notes(lines: list[str], kinds: list[FurnitureKind | None]) -> None:
    """After a press release's end mark (below some body text), every line is credit."""
    for i, line in enumerate(lines):
        if i > 0 and _END_MARK.fullmatch(line.strip()) and None in kinds[:i]:
            kinds[i] = kinds[i] or FurnitureKind.HEADING
            for j in range(i + 1, len(lines)):
                kinds[j] = kinds[j] or FurnitureKind.CREDIT
            return


# A byline on two lines: the author's name alone, then the role alone.
_NAME_LINE = re.compile(r"(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+")
_ROLE_LINE = re.compile(
    r"(?:[A-Z][\w-]*\s+)?(?:[\w-]+\s+){0,2}"
    r"(?i:reporter|correspondent|writer|columnist|editor|journalist|contributor)s?\s*$"
)
_TAG_MAX_WORDS = 6
_LABEL_MAX_WORDS = 3
_TAG_WORDS = 3


def _labels(line: str) -> bool:
    """A caption's label on a line of its own, its text on the next ("Image caption,")."""
    body = line.strip()
    return len(body.split()) <= _LABEL_MAX_WORDS and body.endswith((",", ":"))


def _is_tag(body: str) -> bool:
    """One topic under a "Related Topics" line: a capitalised word or three, no final stop."""
    words = body.split()
    return 0 < len(words) <= _TAG_WORDS and body[0].isupper() and not FINAL.search(body)


def _is_tag_list(body: str) -> bool:
    """A line of three or more short comma-separated items and no final stop ("harbour
    ferries, town council, budget 2024"): the tags under a "Tags" label."""
    items = body.split(",")
    return (
        len(items) >= 3
        and not FINAL.search(body)
        and all(0 < len(item.split()) <= _TAG_MAX_WORDS for item in items)
    )


def _heads_list(body: str, following: str) -> bool:
    """A short question that introduces a list ("What's new?") heads it."""
    short = body.endswith("?") and len(body.split()) <= 8
    return short and LIST_ITEM.match(following.strip()) is not None


def _mark_link_lists(lines: list[str], kinds: list[FurnitureKind | None]) -> None:
    """A run of headline-shaped list items ("- Ten Facts About Mars") is related links.

    Items of at least `_LINK_MIN_WORDS` words, each in title case with no final stop: two of
    them with nothing but furniture after the run, or `_LINK_RUN` of them anywhere (a block of
    links between the story and an author's note).
    """
    end = len(lines)
    while end > 0 and kinds[end - 1] is not None:
        end -= 1
    i = 0
    while i < len(lines):
        if kinds[i] is not None or not _is_link_item(lines[i]):
            i += 1
            continue
        start = i
        while i < len(lines) and kinds[i] is None and _is_link_item(lines[i]):
            i += 1
        if i - start >= _LINK_RUN or (i == end and i - start >= 2):
            for j in range(start, i):
                kinds[j] = FurnitureKind.RELATED


_LINK_MIN_WORDS = 4
_LINK_RUN = 3


def _is_link_item(line: str) -> bool:
    body = line.strip()
    match = LIST_ITEM.match(body)
    if match is None:
        return False
    item = body[match.end() :].strip()
    return len(item.split()) >= _LINK_MIN_WORDS and is_heading(item)


_SHORT_HEADING_WORDS = 6


def _is_short_heading(body: str, following: str) -> bool:
    """A short unstopped line above a paragraph at least three times as long."""
    words = body.split()
    if not words or len(words) > _SHORT_HEADING_WORDS or LIST_ITEM.match(body):
        return False
    if FINAL.search(body) or not body[0].isupper() or not LETTERS.search(body):
        return False
    return len(following.split()) >= max(12, 3 * len(words)) and bool(FINAL.search(following))


def _repeats_title(body: str, title_words: set[str]) -> bool:
    words = normalise(body).split()
    if not words or FINAL.search(body) or len(words) > 2 * len(title_words):
        return False
    shared = sum(1 for w in words if w in title_words)
    return shared >= 0.6 * len(words) and shared >= 0.6 * len(title_words)
