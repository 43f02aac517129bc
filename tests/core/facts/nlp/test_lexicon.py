"""The shared word lists: an office under a prefix is that office."""

from __future__ import annotations

import pytest

from app.core.facts.nlp.lexicon import roles, titles
from tests.core.facts.quotes.speakers_of import speakers_of


@pytest.mark.parametrize("word", ["co-founder", "vice-chairman", "ex-minister", "acting-director"])
def test_an_office_under_a_prefix_is_that_office(word: str) -> None:
    assert word in roles() or word in titles()


@pytest.mark.parametrize("word", ["co-op", "ex-gratia", "well-known", "founder-led"])
def test_other_hyphenated_words_are_no_office(word: str) -> None:
    # A guard: only a prefix before a listed office counts.
    assert word not in roles() and word not in titles()


def test_a_co_founder_named_after_the_speech_verb_speaks() -> None:
    body = '"We will bake through the night," said the bakery\'s co-owner, Ana Ruiz.'
    assert speakers_of("", body) == ["Ana Ruiz"]
