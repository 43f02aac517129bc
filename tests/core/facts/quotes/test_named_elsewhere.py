"""`_speaker_names._named_elsewhere` finds a word's places with `str.find` (a regular expression
over the whole article held the GIL for 65 ms a call on a 1 MB text): the places it reads are
those of the expression it replaced, kept here as the reference."""

from __future__ import annotations

import re
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.facts.quotes import _speaker_names


def _reference_places(text: str, word: str) -> list[int]:
    pattern = re.compile(r"\b[a-z][\w'’-]*[ \u00a0]+(" + re.escape(word) + r")\b")
    return [m.start(1) for m in pattern.finditer(text)]


def _places(text: str, word: str) -> list[int]:
    """The places `_named_elsewhere` asks the tagger about (every one read as a name)."""
    seen: list[int] = []

    def record(_text: str, position: int) -> bool:
        seen.append(position)
        return True

    with mock.patch.object(_speaker_names, "tagged_proper_noun", record):
        _speaker_names._named_elsewhere(text, word)
    return seen


_WORDS = ["the", "backed", "Marsh", "Marshall", "camp", "Lune", "e-mail", "O'Dea", "x", "Brook"]


@settings(max_examples=200, deadline=None)
@given(
    words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=30),
    gaps=st.lists(st.sampled_from([" ", "  ", "\u00a0", ", ", ". ", "-", "\n"]), max_size=30),
    word=st.sampled_from(["Marsh", "Lune", "O'Dea", "Brook"]),
)
def test_the_places_read_are_the_expressions(words, gaps, word) -> None:
    gaps = gaps + [" "] * len(words)
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    expected = _reference_places(text, word)[: _speaker_names._MID_SENTENCE_TRIES]
    if len(_reference_places(text, word)) < _speaker_names._MID_SENTENCE:
        expected = []
    assert _places(text, word) == expected


def test_a_word_written_mid_sentence_twice_is_a_name() -> None:
    text = "Reed spoke first. Later the Reed camp said so, and voters backed Reed again."
    assert _speaker_names._named_elsewhere(text, "Reed")
    assert not _speaker_names._named_elsewhere("Reed spoke. The Reed camp.", "Reed")
