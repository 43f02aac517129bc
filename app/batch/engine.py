"""The work of one worker process: analyse an input and return its output line.

The engine is imported once per process (`warm_up`, the pool's initializer and the Dask worker
plugin's setup) and then reused for every document the process is given; loading it is most of
a cold start, so it must not happen per document. Results go back as finished strings (a JSON
line, or the CLI's rendered text): cheaper to send between processes than the analysis itself.
"""

from __future__ import annotations

import contextlib
import json
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from app.batch.items import BatchItem
from app.core.errors import KeyfactsError
from app.core.loading import LoadedText, LoadError, load_bytes, load_path, loaded_from_text
from app.core.logfile import internal_error_message
from app.core.options import AnalysisOptions

if TYPE_CHECKING:
    from app.core.analysis import Analysis

CLI_PROG = "keyfacts-cli"
# A short article of our own, analysed once per process so that the engine's lazily built
# tables (sentence splitter, lexicons) are ready before the first real document.
_WARM_UP_TEXT = (
    "Harbour council approves ferry plan\n"
    "The harbour council approved a new ferry plan on Monday, its chair said. "
    "“We expect the first crossing in May,” said Ines Okafor, who leads the project."
)
_warm = False


@dataclass(frozen=True, slots=True)
class RowResult:
    """One output row: its JSON line (no newline), whether it succeeded, and its analysis time.

    `seconds` is wall-clock time; `cpu_seconds` the worker thread's CPU time, which other work on
    a busy machine disturbs less.
    """

    item_id: object
    line: str
    ok: bool
    seconds: float
    cpu_seconds: float = 0.0


@dataclass(frozen=True, slots=True)
class CliResult:
    """One `keyfacts-cli` input: the rendered output, or the stderr line naming the failure."""

    rendered: str | None
    error_line: str | None


def warm_up() -> None:
    """Import the engine and run it once on a tiny article (idempotent, never raises)."""
    global _warm
    if _warm:
        return
    _warm = True
    # A warm-up must never cost a worker: the real documents will tell what is wrong.
    with contextlib.suppress(Exception):
        _analyze(loaded_from_text(_WARM_UP_TEXT, "warm-up"), AnalysisOptions())


def _analyze(loaded: LoadedText, options: AnalysisOptions) -> Analysis:
    from app.core.analysis import analyze

    return analyze(loaded, options)


def describe(error: Exception, context: str) -> str:
    """The one-line reason the CLI gives: the engine's own words, or a logged internal error."""
    if isinstance(error, KeyfactsError):
        return str(error)
    return internal_error_message(error, context)


def is_url(text: str) -> bool:
    """Whether a CLI argument is a web address (read by fetching it), as `keyfacts-cli` decides."""
    return text.lower().startswith(("http://", "https://"))


def load_url(url: str) -> LoadedText:
    """Fetch a web page (timeout, size cap, no scripts run)."""
    from app.core import fetch  # only when asked: urllib and ssl cost start-up time

    return fetch.load_url(url)


def _load_item(item: BatchItem) -> LoadedText:
    if item.error is not None:
        raise LoadError(item.error)
    if item.path is not None:
        return load_path(item.path)
    if item.text is not None:
        return loaded_from_text(item.text, str(item.id))
    if item.url is not None:
        return load_url(item.url)
    raise LoadError("nothing to analyse")


def analyze_item(item: BatchItem, options: AnalysisOptions) -> RowResult:
    """The item's row: the contract's JSON object plus its `id`, or `{id, error}`."""
    from app.core import export

    warm_up()
    started, cpu_started = time.perf_counter(), time.thread_time()
    try:
        row = {"id": item.id} | export.to_json_dict(_analyze(_load_item(item), options))
        ok = True
    except Exception as error:  # a bad document never stops the batch
        row = {"id": item.id, "error": describe(error, str(item.path or item.url or item.id))}
        ok = False
    line = json.dumps(row, ensure_ascii=False)
    cpu_seconds = time.thread_time() - cpu_started
    return RowResult(item.id, line, ok, time.perf_counter() - started, cpu_seconds)


def analyze_chunk(items: tuple[BatchItem, ...], options: AnalysisOptions) -> list[RowResult]:
    """`analyze_item` over a few items: one task per chunk spreads the cost of sending it."""
    return [analyze_item(item, options) for item in items]


def render(path: str, data: bytes | None, options: AnalysisOptions, fmt: str) -> CliResult:
    """One `keyfacts-cli` input rendered as the sequential CLI renders it.

    Args:
        path: the argument as given ("-" for standard input).
        data: standard input's bytes when `path` is "-".
        options: the analysis options.
        fmt: "text", "markdown" or "json".
    """
    from app.core import export

    warm_up()
    try:
        if data is not None:
            loaded = load_bytes(data, "-")
        else:
            loaded = load_url(path) if is_url(path) else load_path(path)
        analysis = _analyze(loaded, options)
        if fmt == "json":
            rendered = json.dumps(export.to_json_dict(analysis), ensure_ascii=False)
        elif fmt == "markdown":
            rendered = export.to_markdown(analysis)
        else:
            rendered = export.to_text(analysis)
    except Exception as error:  # the other inputs still print
        return CliResult(None, f"{CLI_PROG}: {path}: {describe(error, path)}")
    return CliResult(rendered, None)


def render_chunk(
    inputs: tuple[tuple[str, bytes | None], ...], options: AnalysisOptions, fmt: str
) -> list[CliResult]:
    """`render` over a few inputs."""
    return [render(path, data, options, fmt) for path, data in inputs]
