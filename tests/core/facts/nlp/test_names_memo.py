"""Tests for app.core.facts.nlp.names: the names read in a long article's sentences are
remembered for the second reading (the quotes' and the initiatives' discourse each read every
sentence). A 2 MB article has about 21,000 sentences: its second reading found none of the
first's names while 16,384 were remembered, the oldest forgotten first (speed, round 43: fails
on 7498a3f). Sentences are our own."""

from __future__ import annotations

from app.core.facts.nlp import names

_SENTENCE = "Lena Marsh opened the depot. "
_SENTENCES = 21_000


def test_every_sentence_of_a_long_article_is_read_once_for_two_readings() -> None:
    text = _SENTENCE * _SENTENCES
    spans = [(i * len(_SENTENCE), (i + 1) * len(_SENTENCE) - 1) for i in range(_SENTENCES)]
    names.forget_read_names()
    try:
        first = [names.find_names(text, start, end) for start, end in spans]
        hits = names._names_in.cache_info().hits
        second = [names.find_names(text, start, end) for start, end in spans]
        assert second == first
        assert names._names_in.cache_info().hits - hits == _SENTENCES
    finally:
        names.forget_read_names()
