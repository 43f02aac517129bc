"""The argument types both command-line shells share."""

import argparse
import datetime as dt
import re

import pytest

from app import arguments


def test_good_words_become_values() -> None:
    assert arguments.positive_int("3") == 3
    assert arguments.jobs("0") == 0
    assert arguments.ratio("0.25") == 0.25
    assert arguments.iso_date("2026-12-04") == dt.date(2026, 12, 4)


@pytest.mark.parametrize(
    ("convert", "word", "reason"),
    [
        (arguments.positive_int, "0", "must be at least 1"),
        (arguments.positive_int, "two", "not a whole number"),
        (arguments.jobs, "-1", "must be 0 (every core) or more"),
        (arguments.ratio, "1.5", "greater than 0 and at most 1"),
        (arguments.iso_date, "04/12/2026", "not a YYYY-MM-DD date"),
    ],
)
def test_bad_words_say_why(convert, word, reason):  # type: ignore[no-untyped-def]
    with pytest.raises(argparse.ArgumentTypeError, match=re.escape(reason)):
        convert(word)
