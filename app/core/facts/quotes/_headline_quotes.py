"""Quotations in the headline: "Minister 'ready to quit' over rail plan", "'We got her!': ...".

News headlines put someone's words in marks, often one or two of them ("UK's 'useless' quangos
under fire"): a reader takes them as a quotation though no speech verb goes with them. They are
kept, with no speaker (the headline names none a reader can trust), unless the marks hold a title
("'Dancing with the Stars'"), a term after a naming word ("the slogan 'Go Local'"), or words the
body quotes already (the body's copy carries its speaker).
"""

from __future__ import annotations

import re

from app.core.document import Document
from app.core.facts.model import QuoteFact
from app.core.facts.quotes._filter import is_headline_quotation
from app.core.facts.quotes._marks import find_marked_spans
from app.core.sentences import strip_span

_WORD = re.compile(r"[\w'’-]+")
# A noun right after the marks that makes the words the name of a thing ("'Go local' campaign").
_NAMES_A_THING = re.compile(
    r"\s+(?:[a-z][\w-]*\s+)?(?:campaign|slogan|song|film|show|series|book|album|hashtag|brand)\b"
)


def headline_quotes(document: Document, body: list[QuoteFact]) -> list[QuoteFact]:
    """The quotations in `document`'s headline that `body` (the body's quotations) does not
    hold, with no speaker."""
    title = document.title
    if title is None:
        return []
    text = document.text
    said = {_key(q.text) for q in body if not document.in_furniture(q.start, q.end)}
    found: list[QuoteFact] = []
    for span in find_marked_spans(text, title.start, title.end):
        if not span.closed:
            continue
        start, end = strip_span(text, span.start, span.end)
        if start >= end or not is_headline_quotation(text, span, start, end):
            continue
        words = text[start:end]
        if _key(words) in said or _NAMES_A_THING.match(text, span.end + 1, title.end):
            continue  # the body's copy; "on 'Go local' campaign": the name of a campaign
        found.append(QuoteFact(words, start, end, None, None))
    return found


def _key(words: str) -> str:
    """The words lower-cased, without punctuation, for telling a copy of a quotation."""
    return " ".join(w.lower().replace("’", "'") for w in _WORD.findall(words))
