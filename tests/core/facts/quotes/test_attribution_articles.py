"""Attribution shapes on short articles written for this test (issue 11 item 3): '"Q," NAME,
DESCRIPTION, said'; 'NAME, DESCRIPTION, said: "Q"'; '"Q," said NAME'; 'NAME criticised X,
saying "Q"'; "In a statement, BODY said"; a quotation over two paragraphs; "he said" / "she
added" after two people were named; a person newly named after another speaker; a spokesman or
spokeswoman with and without a body.

Each `<beat>.txt` in attribution_articles/ is an article (headline first); `<beat>.expected`
holds, a line per quotation, the first words of the quotation, "|", and the speakers a reader
would accept ("; " between them). A name is right when its name words are all in the speaker
("Helen Carr" for "Judge Helen Carr"); a role as written must match whole. A line opened by "?"
may be part of the quotation before it; one opened by "!" may have no speaker (precision first:
"the coroner" with a first name the lexicon does not know), never a wrong one.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from app.core.document import Document
from app.core.facts.quotes import extract

_ARTICLES = Path(__file__).parent / "attribution_articles"


def _right(speaker: str, gold: str) -> bool:
    if gold.lower().startswith(("a ", "an ", "the ")):
        return speaker.lower() == gold.lower()
    names = [w for w in gold.split() if w not in ("Judge", "Dr", "Professor")]
    return all(w in speaker.split() for w in names)


@pytest.mark.parametrize("article", sorted(p.stem for p in _ARTICLES.glob("*.txt")))
def test_each_quotation_has_the_speaker_a_reader_would_give(article: str) -> None:
    found = extract(Document.from_text((_ARTICLES / f"{article}.txt").read_text("utf-8")))
    for line in (_ARTICLES / f"{article}.expected").read_text("utf-8").splitlines():
        mark = line[:1] if line[:1] in "?!" else ""
        start, golds = line[len(mark) :].split("|")
        quote = next((q for q in found if q.text.lstrip("\"“'‘ ").startswith(start)), None)
        if quote is None:
            assert mark == "?", f"no quotation opening {start!r}"
            continue
        if quote.speaker is None and mark == "!":
            continue
        assert quote.speaker is not None, f"no speaker for {start!r}"
        assert any(_right(quote.speaker, g.strip()) for g in golds.split(";")), (
            f"{start!r}: {quote.speaker!r}"
        )
