"""The arguments both command-line shells share: the types, the length options, the options read."""

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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="shell")
    arguments.add_length_options(
        parser, sentences_help="how many sentences", ratio_help="what share", words_help="words"
    )
    parser.add_argument("--method", default="default")
    parser.add_argument("--reference-date", type=arguments.iso_date)
    parser.add_argument("--keep-duplicates", action="store_true")
    return parser


def test_the_length_options_become_the_summary_length() -> None:
    parser = _parser()
    assert arguments.analysis_options(parser.parse_args(["--sentences", "4"])).length.sentences == 4
    assert arguments.analysis_options(parser.parse_args(["--ratio", "0.5"])).length.ratio == 0.5
    assert arguments.analysis_options(parser.parse_args(["--words", "90"])).length.words == 90
    automatic = arguments.analysis_options(parser.parse_args([])).length
    assert (automatic.sentences, automatic.ratio, automatic.words) == (None, None, None)


def test_two_length_options_at_once_are_refused_with_status_2(capsys) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SystemExit) as stopped:
        _parser().parse_args(["--sentences", "2", "--words", "50"])
    assert stopped.value.code == 2
    assert "not allowed with argument --sentences" in capsys.readouterr().err


def test_each_command_words_its_own_help() -> None:
    shown = _parser().format_help()
    assert "--sentences N" in shown and "how many sentences" in shown and "what share" in shown


def test_the_other_options_reach_the_analysis() -> None:
    args = _parser().parse_args(
        ["--method", "lead", "--reference-date", "2026-03-09", "--keep-duplicates"]
    )
    before = dt.date.today()
    options = arguments.analysis_options(args)
    assert options.method == "lead"
    assert options.reference_date == dt.date(2026, 3, 9)
    assert options.keep_duplicates is True
    assert options.run_date in {before, dt.date.today()}  # today, even across midnight
