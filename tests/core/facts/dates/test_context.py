"""Tests for app.core.facts.dates._context helpers."""

from __future__ import annotations

import re

from app.core.facts.dates._context import _IRREGULAR_PAST, _IRREGULAR_PAST_WORDS, _word_trie


def test_a_word_trie_matches_the_same_words_as_their_list() -> None:
    words = ["ran", "rang", "rode", "rose", "met", "meant", "fed", "fell", "a"]
    trie = re.compile(_word_trie(words))
    plain = re.compile("|".join(words))
    probes = [*words, "r", "ra", "rangs", "ro", "mea", "fe", "fells", "", "b", "meat"]
    for probe in probes:
        assert bool(trie.fullmatch(probe)) == bool(plain.fullmatch(probe)), probe


def test_the_irregular_past_forms_are_written_as_a_trie_of_the_list() -> None:
    pattern = re.compile(_IRREGULAR_PAST)
    words = _IRREGULAR_PAST_WORDS.split("|")
    assert all(pattern.fullmatch(word) for word in words)
    assert not any(pattern.fullmatch(word + "s") for word in words if word + "s" not in words)
