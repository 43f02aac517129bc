"""Run a batch: stream the items, skip those already done, write one row per item in order."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from app.batch.engine import RowResult, analyze_chunk, analyze_item
from app.batch.items import BatchItem, id_key
from app.batch.ordered import ResultLike, chunked, ordered_map
from app.batch.output import RowWriter, resume
from app.batch.pool import Backend
from app.core.options import AnalysisOptions


@dataclass(slots=True)
class BatchStats:
    """What a run did: rows written (ok / failed), items skipped, time spent analysing."""

    done: int = 0
    failed: int = 0
    skipped: int = 0
    duplicates: int = 0
    analysis_seconds: float = 0.0
    analysis_cpu_seconds: float = 0.0
    slowest_seconds: float = 0.0


def _new_items(
    items: Iterable[BatchItem], done: set[str], stats: BatchStats, warn: Callable[[str], None]
) -> Iterator[BatchItem]:
    # The ids, not the items, are kept: memory grows by an id per input, never by a document.
    seen: set[str] = set()
    for item in items:
        key = id_key(item.id)
        if key in done:
            stats.skipped += 1
        elif key in seen:
            stats.duplicates += 1
            warn(f"duplicate id {item.id!r}: only its first input is analysed")
        else:
            seen.add(key)
            yield item


def run_batch(
    items: Iterable[BatchItem],
    output: str | os.PathLike[str],
    backend: Backend,
    options: AnalysisOptions | None = None,
    chunk_size: int | None = None,
    window: int | None = None,
    on_row: Callable[[RowResult], None] | None = None,
    warn: Callable[[str], None] | None = None,
) -> BatchStats:
    """Analyse `items` on `backend` and append their rows to `output`, in input order.

    Ids already in `output` are skipped (a killed run's cut last line is removed first), so a
    rerun with the same output finishes what a killed one started.

    Args:
        items: the inputs, consumed lazily.
        output: the JSON Lines file ("-": standard output, nothing to resume).
        backend: where the analyses run.
        options: analysis options (default: the app's).
        chunk_size: items per task (default: the back end's).
        window: tasks in flight at most (default: four per worker).
        on_row: called after each row is written (progress, failure messages).
        warn: called with a one-line message about an input that is skipped (a repeated id).
    """
    options = options or AnalysisOptions()
    stats = BatchStats()
    done = resume(output) if os.fspath(output) != "-" else set()
    warn = warn or (lambda message: None)

    def submit(chunk: tuple[BatchItem, ...]) -> ResultLike:
        return backend.submit(analyze_chunk, chunk, options)

    def on_failure(chunk: tuple[BatchItem, ...], error: BaseException) -> list[RowResult]:
        # A worker died (a crash in native code): run each item again on its own, so only the
        # input that kills a worker gets an error row.
        results = []
        for item in chunk:
            try:
                results.append(backend.run_again(analyze_item, item, options))
            except Exception as again:
                message = f"internal error: the worker failed: {type(again).__name__}: {again}"
                line = json.dumps({"id": item.id, "error": message}, ensure_ascii=False)
                results.append(RowResult(item.id, line, False, 0.0))
        return results

    writer = RowWriter(output)
    try:
        size = max(1, chunk_size or backend.chunk_size)
        tasks = chunked(_new_items(items, done, stats, warn), size)
        for _chunk, rows in ordered_map(submit, tasks, window or 4 * backend.workers, on_failure):
            for row in rows:
                writer.write(row.line)
                stats.done += row.ok
                stats.failed += not row.ok
                stats.analysis_seconds += row.seconds
                stats.analysis_cpu_seconds += row.cpu_seconds
                stats.slowest_seconds = max(stats.slowest_seconds, row.seconds)
                if on_row is not None:
                    on_row(row)
    finally:
        writer.close()
    return stats
