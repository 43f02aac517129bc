"""Readers' comments appended to a news article: their proposals are not the article's facts.

BBC-style pages end with readers' views ("I think the government should fund music ..."). News
copy writes the first person only inside quotation marks, so a run of paragraphs that say "I",
"my" or "me" outside quotes, reaching to the end of the article, is a comment section. Part of
`app.core.facts.initiatives._extract`.
"""

from __future__ import annotations

import re

from app.core.document import Document

_MARKS = re.compile('["“”]')
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I've|I'd|I'll|my|me|I’m|I’ve|I’d|I’ll)\b")
_MIN_BEFORE = 2  # paragraphs of article before a comment section can begin
_MIN_RUN = 3  # first-person paragraphs in a section
_SHARE = 0.4  # of the paragraphs from its start to the end that must be in the first person


def first_person(paragraph: str) -> bool:
    """True when `paragraph` speaks in the first person and quotes nobody.

    A paragraph with any quotation mark is reporting speech (quotes run across paragraphs and
    their marks are not always balanced), so only a mark-free paragraph can be a reader's.
    """
    if _MARKS.search(paragraph):
        return False
    return bool(_FIRST_PERSON.search(paragraph))


def comment_start(document: Document) -> int | None:
    """Index of the first paragraph of a trailing readers' comment section, or None.

    The section starts at a first-person paragraph from which at least three paragraphs, and
    at least 40% of all paragraphs to the end, are first-person: one columnist's aside does
    not make a section, a run of readers' views does.
    """
    flags = [first_person(p.text) for p in document.paragraphs]
    remaining = sum(flags)
    for index, flag in enumerate(flags):
        if flag and index >= _MIN_BEFORE:
            rest = len(flags) - index
            if remaining >= _MIN_RUN and remaining >= _SHARE * rest:
                return document.paragraphs[index].index
        remaining -= flag
    return None
