"""Dates: calendar dates and periods in an article, normalised to the contract's values.

`extract(document, reference_date)` is the room's entry; `find_dateline` reads the date an article
was written from its first lines; `labels.date_label` turns a value into words for the views. The
parts are private:

- `_extract`: scanning sentences, settling overlaps, contract values; `_dateline`: the date
  an article was written, from its first lines;
- `_patterns`: the rules in the order they are tried; `_rules`, `_relative`: what each rule reads;
- `_resolve`: calendar arithmetic; `_context`: tense and neighbouring dates; `_clause`: the
  tense words of a date's clause and which clause governs it; `_governing`: the verb that
  governs a date, from the tagger's tags; `_lexicon`: word lists.
"""

from app.core.facts.dates._dateline import find_dateline
from app.core.facts.dates._extract import contract_value, extract, scan

__all__ = ["contract_value", "extract", "find_dateline", "scan"]
