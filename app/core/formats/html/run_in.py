"""Run-in headings of a web page: a bold label that opens a block, set on a line of its own.

Explainers and health pages open a box or a paragraph with a bold word or two
("<strong>Summary</strong> Studies show ...", "<b>Background</b> The council ..."). On screen it
reads as a heading; the extractors glue it to the sentence ("Summary Studies show ..."), and the
summary then quotes the glued sentence. What marks one is its shape, not a site's class names:
a `<strong>` or `<b>` that is the first thing in a paragraph, list item or quotation block, of
at most `_MAX_WORDS` words that start with a capital and end with no punctuation (a label with a
colon, "Why it matters:", reads on into its sentence), followed by a sentence of at least
`_MIN_SENTENCE_WORDS` words that starts with a capital (bold words that begin a sentence, "<b>The
mayor</b> said ...", go on in lower case).

Such a label is moved to a block of its own just before its block, so it becomes a line of its
own, and its text is returned for the furniture rules to mark as a heading.
"""

from __future__ import annotations

from typing import Any

_BLOCKS = ("p", "li", "blockquote", "div")
_LABELS = frozenset({"strong", "b"})
_MAX_WORDS = 5
_MIN_SENTENCE_WORDS = 4
_CLOSING = ".!?:;,-–—"


def split_run_in_headings(tree: Any) -> list[str]:
    """Move each run-in heading of `tree` (modified) to a block of its own before its block.

    Returns:
        The headings' texts, in page order.
    """
    found: list[str] = []
    for block in list(tree.iter(*_BLOCKS)):
        label = _run_in_label(block)
        if label is None:
            continue
        text = " ".join(str(label.text_content()).split())
        heading = block.makeelement(block.tag, {})
        heading.text = text
        block.addprevious(heading)
        block.text = label.tail
        label.tail = None
        block.remove(label)
        found.append(text)
    return found


def _run_in_label(block: Any) -> Any:
    """The bold element that opens `block` as a run-in heading, or None."""
    if (block.text or "").strip() or len(block) == 0:
        return None
    first = block[0]
    if not isinstance(first.tag, str) or first.tag not in _LABELS:
        return None
    label = " ".join(str(first.text_content()).split())
    if not label or not label[0].isupper() or label[-1] in _CLOSING:
        return None
    if len(label.split()) > _MAX_WORDS:
        return None
    tail = (first.tail or "").strip()
    if not tail[:1].isupper():
        return None
    rest = " ".join([tail, *(str(e.text_content()) + (e.tail or "") for e in block[1:])])
    return first if len(rest.split()) >= _MIN_SENTENCE_WORDS else None
