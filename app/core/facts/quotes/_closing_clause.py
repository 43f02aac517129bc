"""A few quoted words inside a sentence that a reporting clause closes.

'Ten years of “golden” growth may end, the Harbour Trust has warned.': the words in marks have no
speech cue next to them, yet the sentence they sit in is reported speech, signed by the clause
after its last comma (', X said.', ', said X.', ', the report says.'). That clause's speaker is
the fragment's; it is read by the same `cue_after` that reads a cue right after a quotation, so
nothing here decides what a speaker looks like.
"""

from __future__ import annotations

from app.core.document import Sentence
from app.core.facts.quotes._phrases import Cue
from app.core.facts.quotes._speakers import cue_after

_QUOTE_MARKS = frozenset('"“”„«»')


def closing_clause_cue(text: str, sentence: Sentence, after: int) -> Cue | None:
    """The speaker of the reporting clause that ends `sentence`, after its last comma past
    `after` (the end of the quoted words); None when the sentence ends otherwise or another
    quotation stands between."""
    end = sentence.end
    while end > after and text[end - 1] in " \n\u00a0":
        end -= 1
    if end <= after or text[end - 1] != ".":
        return None
    comma = text.rfind(",", after, end)
    if comma < 0 or any(c in _QUOTE_MARKS for c in text[after + 1 : end]):
        return None
    if text[comma + 1 : end].lstrip().startswith("according to"):
        return None  # a poll or a review is the source of the facts, not of the words
    return cue_after(text, comma, end)
