"""Statements set out as paragraphs of their own, without quotation marks.

Press statements on web pages are often set off as a block after a lead that ends in a colon:

    In a statement, the company said:
    We accept the court's decision and apologise to our customers.

The paragraph after such a lead is the speaker's own words, though no mark says so (the page's
blockquote is lost as text). `statement_paragraphs` finds them: the lead is one short paragraph
whose last sentence has a speech verb and ends with a colon; the statement is the next
paragraph, prose without any quotation marks of its own. Only that one paragraph is taken: a
block of several cannot be told from the article going on.
"""

from __future__ import annotations

import itertools
import re

from app.core.document import Document, Paragraph
from app.core.facts.model import QuoteFact
from app.core.facts.nlp.discourse import Discourse
from app.core.facts.quotes._cue_before import cue_before
from app.core.facts.quotes._marks import find_marked_spans
from app.core.facts.quotes._speaker_names import resolve
from app.core.facts.quotes._speakers import verb_regex

# The most words a lead may have: "In a statement on Tuesday, the company's chief executive,
# Ana Ruiz, said:" is a lead; a long paragraph ending in a colon introduces a list or a point.
_LEAD_WORDS = 30
# The speech verb stands among the lead's last words ("said:", "said in a statement:").
_VERB_REACH = 6
_PROSE_END = re.compile(r"[.!?…][\"'”’)]?\s*$")


def statement_paragraphs(document: Document) -> list[tuple[Paragraph, Paragraph]]:
    """Each (lead, statement) pair of paragraphs in `document`, in text order."""
    text = document.text
    found: list[tuple[Paragraph, Paragraph]] = []
    for lead, statement in itertools.pairwise(document.paragraphs):
        if lead.kind is not None or statement.kind is not None:
            continue
        words = lead.text.split()
        if not lead.text.rstrip().endswith(":") or not 2 <= len(words) <= _LEAD_WORDS:
            continue
        tail = " ".join(words[-_VERB_REACH:])
        if verb_regex().search(tail) is None or find_marked_spans(text, lead.start, lead.end):
            continue
        if not _PROSE_END.search(statement.text) or len(statement.text.split()) < 4:
            continue
        if find_marked_spans(text, statement.start, statement.end):
            continue
        found.append((lead, statement))
    return found


def statement_quotes(
    document: Document, statements: list[tuple[Paragraph, Paragraph]], people: Discourse
) -> list[QuoteFact]:
    """One quote per statement paragraph, its speaker read from the lead ("In a statement,
    the company said:") as for a quotation opened after it."""
    text = document.text
    quotes: list[QuoteFact] = []
    for lead, statement in statements:
        cut = lead.text.rfind(". ", 0, len(lead.text) - 1)
        cue = cue_before(text, lead.start + cut + 2 if cut >= 0 else lead.start, statement.start)
        speaker = resolve(cue, people, text) if cue is not None else None
        sentence = document.sentence_at(statement.start)
        end = statement.start + len(statement.text.rstrip())
        quotes.append(
            QuoteFact(
                text[statement.start : end],
                statement.start,
                end,
                sentence.index if sentence is not None else None,
                speaker,
                cue.start if cue is not None and speaker is not None else None,
                cue.end if cue is not None and speaker is not None else None,
            )
        )
    return quotes
