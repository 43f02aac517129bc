"""Page furniture: the lines of an article a reader skips without thinking.

Bylines ("By Ana Ruiz"), timestamps ("5:45 AM PST 11/19/2019"), datelines ("OSLO (Reuters) -"),
credits ("Tom Hale contributed reporting."), photo captions and credits, section headings, and
related/read-more/source lines ("More:", "SOURCE: ...", "Follow us on Twitter") stay in the text
(every offset is unchanged) but are never summary candidates nor fact sources.

Two sources of evidence, the page's first:

* `hints` (from a web page's structure, `formats.html.furniture_hints`): the text of its
  `<h2>`-`<h6>`, `<figcaption>`, `<time>` and byline/credit elements, matched to whole lines;
* rules on the text of a line (`classify_line`) or of a sentence inside a body paragraph
  (`classify_sentence`, only the kinds that unmistakably stand inside a paragraph: credits and
  source/read-more lines).

A dateline that opens a body paragraph ("LONDON (Reuters) - Prices rose ...") is furniture for
its prefix only (`app.core.datelines`): the sentence is the news itself.

Rules are written to be precise: a line is called furniture only on a telltale (a "By" byline,
a date with nothing else, a heading's shape), so the article's own sentences are not lost.

The package's parts: `_kinds` (what a furniture span is), `_lines` (the rules on one line or
sentence: `classify_line`, `classify_sentence`, `byline_prefix`), `_context` (each line of an
article among its neighbours, `classify`: lists of links or tags, short headings, a repeated
headline).
"""

from app.core.furniture._context import classify
from app.core.furniture._kinds import FurnitureKind, FurnitureSpan, normalise
from app.core.furniture._lines import byline_prefix, classify_line, classify_sentence

__all__ = [
    "FurnitureKind",
    "FurnitureSpan",
    "byline_prefix",
    "classify",
    "classify_line",
    "classify_sentence",
    "normalise",
]
