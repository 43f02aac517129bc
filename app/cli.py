"""`keyfacts-cli`: the engine from the command line, for batches and scripts (see CONTRACT.md).

Thin: parse arguments, call `app.core`, print. Exit status 0 on success, 2 on bad arguments, 1 if
any input could not be read or analysed (one plain line per failure on standard error; the other
inputs are still processed and printed).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from app import arguments
from app.core import side_process
from app.core.errors import KeyfactsError
from app.core.loading import LoadedText, load_bytes, load_path
from app.core.logfile import internal_error_message
from app.core.summarize import METHODS

if TYPE_CHECKING:
    from app.core.analysis import Analysis

PROG = "keyfacts-cli"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Summarise articles and list their key facts (dates, initiatives, quotes).",
        epilog=(
            "Exit status: 0 success, 2 bad arguments, 1 if any file could not be read "
            "(one line on standard error per file; the others are still processed)."
        ),
    )
    parser.add_argument(
        "files", nargs="*", metavar="FILE", help="article files or http(s) addresses; - reads stdin"
    )
    parser.add_argument(
        "--format",
        choices=("text", "markdown", "json"),
        default="text",
        help="output format (default: text); json prints one object per file, one per line",
    )
    arguments.add_length_options(
        parser,
        sentences_help="summary length in sentences (default: chosen for the article's length)",
        ratio_help="share of sentences, 0 < R <= 1",
        words_help="summary length in words: the best sentences that fit (at least one)",
    )
    parser.add_argument(
        "--method",
        choices=list(METHODS),
        default="default",
        metavar="NAME",
        help=f"summariser: {', '.join(METHODS)} (default: default; see --list-methods)",
    )
    parser.add_argument("--list-methods", action="store_true", help="list methods and exit")
    parser.add_argument(
        "--reference-date",
        type=arguments.iso_date,
        metavar="YYYY-MM-DD",
        help="the date relative dates ('last Friday') are resolved against "
        "(default: the article's dateline, if it has one)",
    )
    parser.add_argument("--keep-duplicates", action="store_true", help="skip duplicate removal")
    parser.add_argument(
        "--jobs",
        type=arguments.jobs,
        default=1,
        metavar="N",
        help="analyse N files at once in N processes (default: 1; 0: every core); "
        "the output is the same, in the same order",
    )
    return parser


def _load(path: str, stdin_cache: dict[str, bytes]) -> LoadedText:
    if path == "-":
        if "-" not in stdin_cache:
            stdin_cache["-"] = sys.stdin.buffer.read()
        return load_bytes(stdin_cache["-"], "-")
    if path.lower().startswith(("http://", "https://")):
        from app.core.fetch import load_url  # only when asked: urllib and ssl cost start-up time

        return load_url(path)
    return load_path(path)


def _render(analysis: Analysis, fmt: str) -> str:
    from app.core import export

    if fmt == "json":
        return json.dumps(export.to_json_dict(analysis), ensure_ascii=False)
    if fmt == "markdown":
        return export.to_markdown(analysis)
    return export.to_text(analysis)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the CLI; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8")
    if args.list_methods:
        for name, method in METHODS.items():
            print(f"{name:<10} {method.description}")
        return 0
    if not args.files:
        parser.error("give at least one FILE (or - for standard input)")
    options = arguments.analysis_options(args)
    if args.jobs != 1:
        from app.batch.jobs import run_jobs

        return run_jobs(args.files, options, args.format, args.jobs)
    from app.core.analysis import analyze

    status = 0
    stdin_cache: dict[str, bytes] = {}
    outputs = 0
    for path in args.files:
        try:
            analysis = analyze(_load(path, stdin_cache), options)
            rendered = _render(analysis, args.format)
        except KeyfactsError as error:  # the engine's own message for the user
            print(f"{PROG}: {path}: {error}", file=sys.stderr)
            status = 1
            continue
        except Exception as error:  # a bug: logged, and it must not hide the other files' results
            print(f"{PROG}: {path}: {internal_error_message(error, path)}", file=sys.stderr)
            status = 1
            continue
        if outputs and args.format != "json":
            # Markdown gets a rule ("---" after a blank line), not a paragraph of "=" signs.
            print("\n" + ("---" if args.format == "markdown" else "=" * 72) + "\n")
        print(rendered, end="" if rendered.endswith("\n") else "\n")
        outputs += 1
    sys.stdout.flush()
    return status


def entry() -> None:
    """Console-script entry point."""
    side_process.allow()  # a long article's initiatives may run beside the rest
    try:
        code = main()
    except BrokenPipeError:  # `keyfacts-cli ... | head`: stop quietly
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        code = 0
    except KeyboardInterrupt:
        code = 130
    sys.exit(code)


if __name__ == "__main__":  # `python -m app.cli`, as the keyfacts-cli script
    entry()
