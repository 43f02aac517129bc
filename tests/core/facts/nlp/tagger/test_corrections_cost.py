"""Tests for app.core.facts.nlp.tagger.corrections: what a correction reads of a sentence it
cannot change. A rule that needs a hyphenated word, a currency sign, an adjective or a plural
noun skips a sentence without one (speed, round 43: the same tags; the tests fail on 7498a3f,
where every word was matched or visited). Sentences are our own."""

from __future__ import annotations

import pytest

from app.core.facts.nlp.tagger import corrections
from tests.fixtures.counted import Counted


def test_only_hyphenated_words_are_matched_as_describing_compounds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    counted = Counted(corrections.DESCRIBING_COMPOUND)
    monkeypatch.setattr(corrections, "DESCRIBING_COMPOUND", counted)
    words = ["The", "Leeds-based", "bakery", "opened", "a", "shop", "."]
    tags = ["DT", "VBN", "NN", "VBD", "DT", "NN", "."]
    assert corrections.grammar_corrections(words, tags)[1] == "JJ"
    assert counted.asked == ["Leeds-based"]


class _Tags(list[str]):
    """A sentence's tags that count how often one of them is read by position."""

    read = 0

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        _Tags.read += 1
        return super().__getitem__(index)


def test_a_sentence_without_a_hyphen_sign_adjective_or_plural_is_not_walked_for_them() -> None:
    tags = _Tags(["NNP", "VBD", "NN", "."])
    _Tags.read = 0
    assert corrections.grammar_corrections(["Ana", "walked", "home", "."], tags) == [
        "NNP",
        "VBD",
        "NN",
        ".",
    ]
    assert _Tags.read == 0


def test_guard_a_currency_sign_and_an_amounts_head_are_still_corrected() -> None:
    words = ["a", "€", "90m", "cruise", "terminal", "in", "the", "bay"]
    tags = ["DT", "NN", "CD", "NN", "JJ", "IN", "DT", "NN"]
    assert corrections.grammar_corrections(words, tags) == [
        "DT",
        "$",
        "CD",
        "NN",
        "NN",
        "IN",
        "DT",
        "NN",
    ]
