"""Arguments shared by the command-line shells (`keyfacts-cli`, `keyfacts-batch`).

The types each turn one command-line word into a value or raise `argparse.ArgumentTypeError`
with the plain reason argparse prints (exit status 2). `add_length_options` declares the
summary-length options both commands take, and `analysis_options` reads them, with `--method`,
`--reference-date` and `--keep-duplicates`, into the engine's `AnalysisOptions`.
"""

from __future__ import annotations

import argparse
import datetime as dt

from app.core.options import AnalysisOptions, SummaryLength


def _whole_number(value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None


def positive_int(value: str) -> int:
    """A whole number of at least 1 (sentences, words, workers)."""
    number = _whole_number(value)
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {value!r}")
    return number


def jobs(value: str) -> int:
    """A number of local processes: 0 means one per core."""
    number = _whole_number(value)
    if number < 0:
        raise argparse.ArgumentTypeError(f"must be 0 (every core) or more: {value!r}")
    return number


def ratio(value: str) -> float:
    """A share of the article's sentences, 0 < R <= 1."""
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0 < number <= 1:
        raise argparse.ArgumentTypeError(f"must be greater than 0 and at most 1: {value!r}")
    return number


def iso_date(value: str) -> dt.date:
    """A YYYY-MM-DD date."""
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {value!r}") from None


def add_length_options(
    parser: argparse.ArgumentParser, *, sentences_help: str, ratio_help: str, words_help: str
) -> None:
    """`--sentences N | --ratio R | --words N`: the summary's length, at most one of them.

    The values and their checks are the same in every command; the help says them in each
    command's own words (the CLI's help is longer than the batch command's).
    """
    length = parser.add_mutually_exclusive_group()
    length.add_argument("--sentences", type=positive_int, metavar="N", help=sentences_help)
    length.add_argument("--ratio", type=ratio, metavar="R", help=ratio_help)
    length.add_argument("--words", type=positive_int, metavar="N", help=words_help)


def analysis_options(args: argparse.Namespace) -> AnalysisOptions:
    """The options an analysis runs with, from parsed arguments.

    Reads the length options of `add_length_options` and `--method`, `--reference-date` and
    `--keep-duplicates`; the run date is today (a dateline's day without a year needs it).
    """
    return AnalysisOptions(
        method=args.method,
        length=SummaryLength(sentences=args.sentences, ratio=args.ratio, words=args.words),
        reference_date=args.reference_date,
        keep_duplicates=args.keep_duplicates,
        run_date=dt.date.today(),
    )
