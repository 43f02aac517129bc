"""Summaries: every method (sumy's algorithms, `lead` and our `default`) behind one call.

- `registry`: the methods, their sentence limits and `summarize(document, method, length)`;
- `_sumy`: the stemmer, stop words and document model both the registry and `default` use;
- `default/`: Keyfacts' own method (`default.build()`), in parts.
"""

from app.core.summarize._sumy import stemmer, stop_words, sumy_document
from app.core.summarize.registry import (
    METHODS,
    SummaryError,
    default_sentence_count,
    method_names,
    summarize,
)

__all__ = [
    "METHODS",
    "SummaryError",
    "default_sentence_count",
    "method_names",
    "stemmer",
    "stop_words",
    "summarize",
    "sumy_document",
]
