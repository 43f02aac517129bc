"""`keyfacts-batch`: an archive through the engine, resumably, on local processes or Dask.

    keyfacts-batch ARCHIVE/ -o facts.jsonl --jobs 0
    keyfacts-batch 'pages/**/*.html' manifest.jsonl -o facts.jsonl --workers 4
    keyfacts-batch ARCHIVE/ -o facts.jsonl --scheduler tcp://10.0.0.5:8786

A separate command rather than `keyfacts-cli batch`, so that `keyfacts-cli batch` still analyses
a file named "batch", as the contract says. Exit status: 0 when every input gave a result, 1 when
some gave `{id, error}` rows (one line on standard error each), 2 on bad arguments.
"""

from __future__ import annotations

import argparse
import io
import itertools
import sys
from collections.abc import Iterator, Sequence

from app import arguments
from app.batch.engine import RowResult
from app.batch.items import BatchItem, iter_inputs
from app.batch.output import parquet_available, write_parquet
from app.batch.pool import Backend, InlineBackend, ProcessBackend, resolve_jobs
from app.batch.progress import Progress
from app.batch.run import run_batch

PROG = "keyfacts-batch"


def build_parser() -> argparse.ArgumentParser:
    from app.core.summarize import METHODS

    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Analyse an archive: one JSON row per input ({id, ...} or {id, error}). "
        "Rerun with the same --output to finish a run that was stopped.",
        epilog="Exit status: 0 every input analysed, 1 some inputs failed, 2 bad arguments.",
    )
    parser.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="a folder (recursive), a glob pattern ('pages/**/*.html'), a JSON Lines file of "
        '{"id", "text"|"path"|"url"} rows, or a file',
    )
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT.jsonl", help="JSON Lines output (- stdout)"
    )
    parser.add_argument(
        "--parquet", metavar="OUT.parquet", help="also write the rows to Parquet (needs pyarrow)"
    )
    where = parser.add_mutually_exclusive_group()
    where.add_argument(
        "--jobs",
        type=arguments.jobs,
        default=1,
        metavar="N",
        help="local processes (default 1; 0: all)",
    )
    where.add_argument(
        "--workers",
        type=arguments.positive_int,
        metavar="N",
        help="a Dask LocalCluster of N workers",
    )
    where.add_argument(
        "--scheduler", metavar="tcp://HOST:PORT", help="the Dask scheduler of a running cluster"
    )
    parser.add_argument(
        "--chunk-size",
        type=arguments.positive_int,
        metavar="N",
        help="inputs per task (default: 4 for --jobs, 16 on Dask)",
    )
    arguments.add_length_options(
        parser,
        sentences_help="summary sentences",
        ratio_help="share of sentences",
        words_help="summary words",
    )
    parser.add_argument("--method", choices=list(METHODS), default="default", metavar="NAME")
    parser.add_argument("--reference-date", type=arguments.iso_date, metavar="YYYY-MM-DD")
    parser.add_argument("--keep-duplicates", action="store_true", help="skip duplicate removal")
    return parser


def _backend(args: argparse.Namespace, parser: argparse.ArgumentParser) -> Backend:
    if args.workers is not None or args.scheduler is not None:
        try:
            from app.batch.cluster import DaskBackend
        except ImportError:
            parser.error("--workers and --scheduler need Dask: pip install 'keyfacts[cluster]'")
        return DaskBackend(workers=args.workers, scheduler=args.scheduler)
    jobs = resolve_jobs(args.jobs)
    return ProcessBackend(jobs) if jobs > 1 else InlineBackend()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the batch command; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if isinstance(sys.stderr, io.TextIOWrapper):
        sys.stderr.reconfigure(encoding="utf-8", errors="backslashreplace")
    if args.parquet and not parquet_available():
        parser.error("--parquet needs pyarrow: pip install pyarrow")
    if args.parquet and args.output == "-":
        parser.error("--parquet needs an --output file")
    try:
        sources = [iter_inputs(spec) for spec in args.inputs]
    except FileNotFoundError as error:
        parser.error(str(error))
    items: Iterator[BatchItem] = itertools.chain.from_iterable(sources)
    options = arguments.analysis_options(args)
    with Progress(unit="article") as progress:

        def on_row(row: RowResult) -> None:
            progress.update()
            if not row.ok:
                progress.write(f"{PROG}: {row.item_id}: {_error_of(row.line)}")

        def warn(message: str) -> None:
            progress.write(f"{PROG}: {message}")

        backend = _backend(args, parser)
        try:
            stats = run_batch(
                items, args.output, backend, options, args.chunk_size, on_row=on_row, warn=warn
            )
        finally:
            backend.close()
    print(
        f"{PROG}: {stats.done} analysed, {stats.failed} failed, "
        f"{stats.skipped} already in {args.output}",
        file=sys.stderr,
    )
    if args.parquet:
        write_parquet(args.output, args.parquet)
    return 1 if stats.failed or stats.duplicates else 0


def _error_of(line: str) -> str:
    import json

    return str(json.loads(line).get("error"))


def entry() -> None:
    """Console-script entry point."""
    try:
        code = main()
    except KeyboardInterrupt:  # the rows written so far stay; rerun to go on
        code = 130
    sys.exit(code)


if __name__ == "__main__":
    entry()
