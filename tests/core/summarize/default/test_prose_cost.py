"""Tests for app.core.summarize.default._prose: what the stat-line check reads of a sentence. A
token of letters holds no digit, so only the other tokens are searched for one (speed, round
43: the same answers; the first test fails on 7498a3f, where every token was searched). Sentences
are our own."""

from __future__ import annotations

import pytest

from app.core.summarize.default import _prose
from tests.fixtures.counted import Counted


def test_only_tokens_with_more_than_letters_are_searched_for_a_digit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counted = Counted(_prose._DIGIT)
    monkeypatch.setattr(_prose, "_DIGIT", counted)
    assert _prose.is_stat_line("Harrow 14 Kenton 9 Ealing 21")
    assert counted.asked == ["Harrow 14 Kenton 9 Ealing 21", "14", "9", "21"]


def test_guard_a_sentence_with_a_few_numbers_is_no_stat_line() -> None:
    assert not _prose.is_stat_line("The ferry carried 240 people across the bay in 2019.")
    assert _prose.is_stat_line("Rovers 3-1 12,400 (68')")


def test_guard_an_initial_is_no_function_word() -> None:
    assert not _prose.has_function_word("A. Okafor 12, B. Lund 7.")
    assert _prose.has_function_word("A goal in the 12th minute.")
