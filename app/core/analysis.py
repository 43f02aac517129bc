"""The pipeline: loaded text -> duplicate removal -> sentences -> summary + key facts.

The data flow one way and every stage points into the cleaned text by character offsets. The GUI
and the CLI both call `analyze`; the GUI's length slider calls `resummarize`, which re-runs only
the summary, and its article date `redate`, which re-reads only the dates.
"""

from __future__ import annotations

import dataclasses
import datetime
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TypeVar

from app.core import dedup
from app.core.document import Document, Sentence
from app.core.facts import DateFact, InitiativeFact, QuoteFact, dates, quotes
from app.core.furniture import FurnitureKind
from app.core.garbage import fewer_collections
from app.core.language import LanguageCheck, check_english
from app.core.loading import LoadedText, load_path
from app.core.options import AnalysisOptions, SummaryLength
from app.core.page_meta import PageMeta, byline_authors, clean_authors
from app.core.side_process import SideProcess, worth_it
from app.core.summarize import Prepared, prepare

# A byline is looked for among the first paragraphs after the title.
_BYLINE_LINES = 4


class Cancelled(Exception):
    """The caller asked to stop (a newer request superseded this one)."""


@dataclass(frozen=True, slots=True)
class Facts:
    """The key facts of an article, each kind in text order."""

    dates: tuple[DateFact, ...] = ()
    quotes: tuple[QuoteFact, ...] = ()
    initiatives: tuple[InitiativeFact, ...] = ()

    def __len__(self) -> int:
        return len(self.dates) + len(self.quotes) + len(self.initiatives)


@dataclass(frozen=True)
class Analysis:
    """Everything the views show for one article.

    Attributes:
        loaded: the input as loaded (before duplicate removal).
        options: the options it was analysed with.
        dedup: what duplicate removal kept and removed (offsets into `loaded.text`).
        document: the cleaned article with paragraphs and sentences.
        summary: summary sentences, in article order.
        facts: dates, quotes and initiatives.
        meta: the page's metadata (title, authors, site, publication date, address): what the
            file declares, completed from the text (its headline, dateline, "By" line).
        summarizer: the summary method made ready for `document` (reused by `resummarize`).
        language: whether the article reads as English (the key-fact rules and the stemmer are
            English; the views say so when it does not).
    """

    loaded: LoadedText
    options: AnalysisOptions
    dedup: dedup.DedupResult
    document: Document
    summary: tuple[Sentence, ...]
    facts: Facts
    meta: PageMeta = field(default_factory=PageMeta)
    summarizer: Prepared | None = field(default=None, compare=False, repr=False)
    language: LanguageCheck = field(default_factory=lambda: LanguageCheck(english=True))

    @property
    def language_notice(self) -> str | None:
        """What a reader should know when the article is not in English, else None."""
        if self.language.english:
            return None
        return (
            "This article does not look like English. Keyfacts reads dates, quotes and "
            "initiatives with English grammar, so key facts may be missing or unattributed, "
            "and the summary is less reliable."
        )

    @property
    def reference_date(self) -> datetime.date | None:
        """The date relative dates were read from: the one given, else the page's own."""
        return self.options.reference_date or self.meta.published

    @property
    def text(self) -> str:
        """The cleaned article that every offset points into."""
        return self.document.text

    @property
    def title(self) -> str | None:
        """The headline, from the text itself or else from the format (an HTML <title>)."""
        if self.document.title is not None:
            return self.document.title.text
        return self.loaded.title


def analyze(
    loaded: LoadedText,
    options: AnalysisOptions | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> Analysis:
    """Run the whole pipeline on loaded text.

    Args:
        loaded: the article as loaded.
        options: method, length, reference date, duplicate handling.
        is_cancelled: polled between stages; when it returns True, `Cancelled` is raised.

    Raises:
        Cancelled: `is_cancelled()` became true.
        SummaryError: the method cannot summarise this text (unknown, or too slow for its length).
    """
    options = options or AnalysisOptions()

    def checkpoint() -> None:
        if is_cancelled is not None and is_cancelled():
            raise Cancelled

    # A long article's initiatives (about half its time) may run in a second process meanwhile
    # (`side_process.worth_it`: in the CLI and the GUI, on two cores).
    with fewer_collections(), SideProcess(worth_it(len(loaded.text)), _warm_up) as side:
        result = (dedup.keep_all if options.keep_duplicates else dedup.remove_duplicates)(
            loaded.text
        )
        checkpoint()
        document = Document.from_text(result.text, dict(loaded.furniture_hints), loaded.title)
        checkpoint()
        found_initiatives = side.run(_initiatives, document)
        summarizer = prepare(document, options.method)
        summary = tuple(summarizer.summarize(options.length))
        checkpoint()
        meta = page_meta(loaded, document, options.run_date)
        # The date the article was written: given, else the page's (its metadata, else dateline).
        reference = options.reference_date or meta.published
        facts = Facts(
            dates=outside_furniture(document, dates.extract(document, reference)),
            quotes=outside_furniture(document, quotes.extract(document)),
            initiatives=outside_furniture(document, found_initiatives.result(checkpoint)),
        )
    language = check_english(document.text)
    return Analysis(loaded, options, result, document, summary, facts, meta, summarizer, language)


def _initiatives(document: Document) -> list[InitiativeFact]:
    """`initiatives.extract`, imported on the first call: a long article's initiatives run in
    a second process (`side_process`), and then this one never pays for importing them."""
    from app.core.facts import initiatives

    return initiatives.extract(document)


def _warm_up() -> None:
    """A second process's first task: its imports, the tagger's model and the initiatives'
    lexicons, read while this process removes duplicates and splits sentences."""
    _initiatives(Document.from_text("The council launched a new ferry scheme."))


def page_meta(
    loaded: LoadedText, document: Document, run_date: datetime.date | None = None
) -> PageMeta:
    """What the file declares about itself, completed from the text.

    The text gives the headline (the document's title line), the publication date (a dateline
    or "Published:" line near the top, `dates.find_dateline`; a dateline without its year
    within a week before `run_date`) and the authors (a "By NAME" line among the first lines).
    The file's own metadata wins where both say something.
    """
    declared = loaded.meta
    if declared.published is None and loaded.published is not None:
        declared = declared.replace(published=loaded.published)
    head = [p.text for p in document.paragraphs[:_BYLINE_LINES]]
    from_text = PageMeta(
        title=document.title.text if document.title is not None else loaded.title,
        authors=byline_authors(head) or _bylined_names(document),
        published=dates.find_dateline(document.text, run_date),
    )
    return declared.filled_from(from_text)


def _bylined_names(document: Document) -> tuple[str, ...]:
    """The author of a byline on two lines ("Ana Ruiz" over "Health correspondent"): a
    byline paragraph near the top that is a name alone."""
    near = document.paragraphs[: 2 * _BYLINE_LINES]
    return clean_authors([p.text for p in near if p.kind is FurnitureKind.BYLINE])[:1]


_FactT = TypeVar("_FactT", DateFact, QuoteFact, InitiativeFact)


def outside_furniture(document: Document, found: Iterable[_FactT]) -> tuple[_FactT, ...]:
    """The facts that do not touch page furniture (a byline's date, a caption's quote)."""
    return tuple(f for f in found if not document.in_furniture(f.start, f.end))


def analyze_path(path: str | os.PathLike[str], options: AnalysisOptions | None = None) -> Analysis:
    """Load a file and analyse it (raises `LoadError` with a one-line reason)."""
    return analyze(load_path(path), options)


def resummarize(analysis: Analysis, method: str, length: SummaryLength) -> Analysis:
    """The same analysis with a new summary; duplicate removal and facts are not re-run.

    With the same method, the summarizer made ready by the first analysis is reused, so a
    step of the GUI's length slider does not rebuild the method's per-document work.
    """
    summarizer = analysis.summarizer
    if (
        summarizer is None
        or summarizer.method != method
        or summarizer.document is not (analysis.document)
    ):
        summarizer = prepare(analysis.document, method)
    summary = tuple(summarizer.summarize(length))
    options = dataclasses.replace(analysis.options, method=method, length=length)
    return dataclasses.replace(analysis, summary=summary, options=options, summarizer=summarizer)


def redate(analysis: Analysis, reference_date: datetime.date | None) -> Analysis:
    """The same analysis with its dates read from `reference_date` (None: the page's own date,
    as `analyze` does). Only the dates are read again; the summary and the other facts stay."""
    options = dataclasses.replace(analysis.options, reference_date=reference_date)
    redated = dataclasses.replace(analysis, options=options)
    document = analysis.document
    found = outside_furniture(document, dates.extract(document, redated.reference_date))
    return dataclasses.replace(redated, facts=dataclasses.replace(analysis.facts, dates=found))
