"""`keyfacts-cli --jobs N`: the CLI's inputs on N processes, printed exactly as with one job.

The output is byte for byte the sequential CLI's: same renderings, same separators, in the order
given, streamed as each next input is ready; each failure is one line on standard error.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from app.batch.engine import CLI_PROG, CliResult, render, render_chunk
from app.batch.ordered import ResultLike, chunked, ordered_map
from app.batch.pool import Backend, InlineBackend, ProcessBackend, resolve_jobs
from app.batch.progress import Progress
from app.core.options import AnalysisOptions

Input = tuple[str, bytes | None]


def run_jobs(files: Sequence[str], options: AnalysisOptions, fmt: str, jobs: int) -> int:
    """Analyse `files` on `jobs` processes (0: every core); returns the CLI's exit status."""
    workers = max(1, min(resolve_jobs(jobs), len(files)))
    stdin = sys.stdin.buffer.read() if "-" in files else None
    inputs = [(path, stdin if path == "-" else None) for path in files]
    backend: Backend = ProcessBackend(workers) if workers > 1 else InlineBackend()

    def submit(chunk: tuple[Input, ...]) -> ResultLike:
        return backend.submit(render_chunk, chunk, options, fmt)

    def on_failure(chunk: tuple[Input, ...], error: BaseException) -> list[CliResult]:
        results = []
        for path, data in chunk:  # a worker died: find the input that did it
            try:
                results.append(backend.run_again(render, path, data, options, fmt))
            except Exception as again:
                reason = f"internal error: the worker failed: {type(again).__name__}: {again}"
                results.append(CliResult(None, f"{CLI_PROG}: {path}: {reason}"))
        return results

    status = 0
    outputs = 0
    try:
        with Progress(total=len(inputs), unit="file") as progress:
            for _chunk, results in ordered_map(submit, chunked(inputs, 1), 4 * workers, on_failure):
                for result in results:
                    progress.update()
                    if result.rendered is None:
                        progress.write(result.error_line or "")
                        status = 1
                        continue
                    if outputs and fmt != "json":
                        print("\n" + ("---" if fmt == "markdown" else "=" * 72) + "\n")
                    rendered = result.rendered
                    print(rendered, end="" if rendered.endswith("\n") else "\n")
                    outputs += 1
    finally:
        backend.close()
    sys.stdout.flush()
    return status
