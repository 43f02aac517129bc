"""Argument types shared by the command-line shells (`keyfacts-cli`, `keyfacts-batch`).

Each turns one command-line word into a value or raises `argparse.ArgumentTypeError` with the
plain reason argparse prints (exit status 2).
"""

from __future__ import annotations

import argparse
import datetime as dt


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
