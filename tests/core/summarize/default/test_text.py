"""Sentence reading checks read no more of a sentence than their answer needs (own fixtures)."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from app.core.summarize.default import _text
from app.core.summarize.default._text import is_boilerplate, is_fragment

LONG = (
    "The harbour board voted on Tuesday to rebuild the old sea wall along the north quay "
    "before the winter storms, and to pay for it from the reserve it keeps for repairs."
)


class _Counted:
    """A compiled pattern that counts the matches drawn from its `finditer` and its searches."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.drawn = 0
        self.searches = 0

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        for match in self.pattern.finditer(text):
            self.drawn += 1
            yield match

    def search(self, text: str) -> re.Match[str] | None:
        self.searches += 1
        return self.pattern.search(text)


def test_a_fragment_check_counts_words_up_to_four(monkeypatch: pytest.MonkeyPatch) -> None:
    words = _Counted(_text._WORD)
    monkeypatch.setattr(_text, "_WORD", words)
    assert not is_fragment(LONG)
    assert words.drawn == 4  # not every word of the sentence
    assert is_fragment("Tides and winds.")  # three words: still too short
    assert is_fragment("the harbour board voted to rebuild the wall.")  # lower-case start


def test_a_caption_mark_is_looked_for_only_without_a_sentence_end(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    marks = _Counted(_text._CAPTION_MARK)
    monkeypatch.setattr(_text, "_CAPTION_MARK", marks)
    assert not is_boilerplate(LONG)
    assert marks.searches == 0  # it ends as a sentence ends: no caption, whatever its marks
    assert not is_boilerplate("The new sea wall (pictured) opened on Tuesday.")
    assert marks.searches == 0
    assert is_boilerplate("The new sea wall (pictured) on the north quay")
    assert marks.searches == 1
