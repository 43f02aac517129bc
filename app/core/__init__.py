"""The Keyfacts engine: plain typed Python, never Qt.

The public API is re-exported here and pinned by tests/core/test_public_api.py. Names load lazily
(PEP 562) so that importing one light module, as the GUI does at start-up, does not pull in the
whole pipeline.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from app.core.analysis import Analysis, Cancelled, Facts, analyze, analyze_path, resummarize
    from app.core.dedup import DedupResult, Removal, remove_duplicates
    from app.core.document import Document, Paragraph, Sentence
    from app.core.errors import KeyfactsError
    from app.core.facts import DateFact, Fact, InitiativeFact, QuoteFact
    from app.core.loading import LoadedText, LoadError, load_bytes, load_path, loaded_from_text
    from app.core.options import AnalysisOptions, SummaryLength
    from app.core.summarize import METHODS, SummaryError, method_names, summarize

_EXPORTS = {
    "Analysis": "analysis",
    "Cancelled": "analysis",
    "Facts": "analysis",
    "analyze": "analysis",
    "analyze_path": "analysis",
    "resummarize": "analysis",
    "DedupResult": "dedup",
    "Removal": "dedup",
    "remove_duplicates": "dedup",
    "Document": "document",
    "Paragraph": "document",
    "Sentence": "document",
    "KeyfactsError": "errors",
    "DateFact": "facts",
    "Fact": "facts",
    "InitiativeFact": "facts",
    "QuoteFact": "facts",
    "LoadError": "loading",
    "LoadedText": "loading",
    "load_bytes": "loading",
    "load_path": "loading",
    "loaded_from_text": "loading",
    "AnalysisOptions": "options",
    "SummaryLength": "options",
    "METHODS": "summarize",
    "SummaryError": "summarize",
    "method_names": "summarize",
    "summarize": "summarize",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(f"app.core.{_EXPORTS[name]}"), name)
    raise AttributeError(f"module 'app.core' has no attribute {name!r}")
