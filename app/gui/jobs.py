"""The jobs the window runs off the UI thread: analyse an article (read from a file, a paste or
a web address by a loader), re-summarise, re-read the dates from a new article date, warm the
engine.

Each builder returns a `Job` for `JobRunner.submit`. The engine is imported inside the jobs, never
at import time of this module, so the window paints before nltk, sumy, numpy and scipy load.
"""

from __future__ import annotations

import datetime
import importlib
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from app.gui.worker import Job

if TYPE_CHECKING:
    from app.core.analysis import Analysis
    from app.core.loading import LoadedText
    from app.core.options import AnalysisOptions, SummaryLength


@dataclass(frozen=True)
class Opened:
    """What an analysis job delivers.

    Attributes:
        analysis: the analysed article.
        path: the file it came from, or None (pasted or dropped text).
        notice: something the user should know (e.g. the method fell back to the default).
        fell_back: the chosen method refused the article and `default` was used.
    """

    analysis: Analysis
    path: str | None
    notice: str | None = None
    fell_back: bool = False


def path_loader(path: str) -> Callable[[], LoadedText]:
    """What an analysis job calls to read the file at `path` (`loading.load_path`)."""

    def load() -> LoadedText:
        from app.core.loading import load_path

        return load_path(path)

    return load


def text_loader(text: str, source: str) -> Callable[[], LoadedText]:
    """What an analysis job calls to take pasted or dropped `text` (`source`: how it came)."""

    def load() -> LoadedText:
        from app.core.loading import loaded_from_text

        return loaded_from_text(text, source)

    return load


def url_loader(url: str) -> Callable[[], LoadedText]:
    """What an analysis job calls to fetch and read the web page at `url`."""

    def load() -> LoadedText:
        from app.core.fetch import load_url

        return load_url(url)

    return load


def analysis_job(load: Callable[[], LoadedText], options: AnalysisOptions, path: str | None) -> Job:
    """Load and analyse; if the chosen method refuses this article, use the default method."""

    def job(is_cancelled: Callable[[], bool]) -> Opened:
        from app.core.analysis import analyze
        from app.core.summarize import SummaryError

        loaded = load()
        try:
            return Opened(analyze(loaded, options, is_cancelled), path)
        except SummaryError as error:
            if options.method == "default":
                raise
            # The article is still worth showing: a method that refuses long texts should
            # not make a file impossible to open while it is the chosen one.
            analysis = analyze(loaded, replace(options, method="default"), is_cancelled)
            notice = f"{error}. The default method was used instead."
            return Opened(analysis, path, notice, fell_back=True)

    return job


def resummary_job(analysis: Analysis, method: str, length: SummaryLength) -> Job:
    """A new summary of the same article (duplicates and facts are not recomputed)."""

    def job(_is_cancelled: Callable[[], bool]) -> Analysis:
        from app.core.analysis import resummarize

        return resummarize(analysis, method, length)

    return job


def warm_up_job() -> Job:
    """Import the engine and build the tokenizers, so the first analysis starts at once."""

    def job(_is_cancelled: Callable[[], bool]) -> None:
        for module in ("app.core.analysis", "app.core.export", "app.core.facts.initiatives"):
            importlib.import_module(module)
        from app.core.sentences import warm_up

        warm_up()

    return job


def redate_job(analysis: Analysis, reference_date: datetime.date | None) -> Job:
    """The same article with its dates read from `reference_date` (None: the page's own)."""

    def job(_is_cancelled: Callable[[], bool]) -> Analysis:
        from app.core.analysis import redate

        return redate(analysis, reference_date)

    return job
