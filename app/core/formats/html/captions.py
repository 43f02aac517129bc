"""Photo captions kept in the article, where the page shows them, as furniture to dim.

Both extractors drop `<figure>`s, so a page's captions never reached the article pane; a reader
who sees the photo's caption on the page expects it beside the paragraph it follows. Before
the extractors prune the tree, each `<figcaption>` (of `_MIN_WORDS` to `_MAX_WORDS` words) is
read with the text of the paragraph that comes before its figure in the page; after
extraction, the caption is set on a line of its own under that paragraph's line. A caption
whose paragraph the extractor did not keep, or that the text already holds, is left out. The
line is marked as a caption by the page's furniture hints (`html.furniture`), so it is shown
dimmed and is never summarised or read for facts.
"""

from __future__ import annotations

from typing import Any

from app.core.furniture import normalise

_MIN_WORDS = 3
_MAX_WORDS = 60
# The paragraph before a figure must be long enough to find it again by its own words.
_ANCHOR_MIN_WORDS = 6


def figure_captions(tree: Any) -> list[tuple[str, str]]:
    """(normalised text of the paragraph before the figure, caption) for each caption."""
    found: list[tuple[str, str]] = []
    for caption in tree.iter("figcaption"):
        text = " ".join(str(caption.text_content()).split())
        if not _MIN_WORDS <= len(text.split()) <= _MAX_WORDS:
            continue
        figure = next((a for a in caption.iterancestors("figure")), caption)
        anchor = _paragraph_before(figure)
        if anchor:
            found.append((anchor, text))
    return found


def _paragraph_before(element: Any) -> str | None:
    """The normalised text of the nearest `<p>` before `element` in the page's order."""
    for before in element.itersiblings(preceding=True):
        if not isinstance(before.tag, str):
            continue
        paragraphs = [before] if before.tag == "p" else list(before.iter("p"))
        for paragraph in reversed(paragraphs):
            text = normalise(str(paragraph.text_content()))
            if len(text.split()) >= _ANCHOR_MIN_WORDS:
                return text
    parent = element.getparent()
    if parent is None or parent.tag in ("body", "html"):
        return None
    return _paragraph_before(parent)


def with_captions(lines: list[str], captions: list[tuple[str, str]]) -> list[str]:
    """`lines` with each caption on a line of its own under its paragraph's line."""
    if not captions:
        return lines
    present = {normalise(line) for line in lines}
    after: dict[str, list[str]] = {}
    for anchor, caption in captions:
        if normalise(caption) not in present:
            after.setdefault(anchor, []).append(caption)
    out: list[str] = []
    for line in lines:
        out.append(line)
        for caption in after.pop(normalise(line), []):
            out.append(caption)
    return out
