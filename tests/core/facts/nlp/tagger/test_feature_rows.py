"""Tests for app.core.facts.nlp.tagger.feature_rows: the feature rows, looked up once per word.

The reference is the tagger's scoring before the memo: every feature string of
`tagger_features.word_features` / `tagger_features.tag_features` looked up and its rows summed
one by one.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from app.core.facts.nlp import tagger
from app.core.facts.nlp.tagger import corrections as tagger_corrections
from app.core.facts.nlp.tagger import feature_rows, tag_words
from app.core.facts.nlp.tagger import features as tagger_features
from app.core.facts.nlp.tagger.feature_rows import FeatureRows
from app.core.facts.nlp.tagger.features import END, START, WordPlace, normalize
from app.core.facts.nlp.tagger.model import TaggerModel, load_model

SENTENCES = [
    "The harbour board said on Tuesday it would spend 4.5m on a new sea wall by 2027.",
    "\u201cWe can't wait,\u201d said Dr. Imke Varga, who runs the Ostrava clinic's lab.",
    "Residents of the 19th-century mill town, some 3,000 of them, signed a letter.",
    "Ana's plan -- a bold one -- was backed by U.S. officials at 5 p.m. yesterday!",
    "Velastic offers its chips in software; it hopes to sell 10,000 units (maybe more).",
    "Why would anyone build a bridge there?",
]


def reference_tags(
    words: Sequence[str], model: TaggerModel, proper: Collection[int] = ()
) -> list[str]:
    """`tag_words` as it was: each feature string looked up, the rows summed one by one."""
    straight = [w.translate(tagger_features.QUOTES) for w in words]
    context = [*START, *(normalize(w) for w in straight), *END]
    index, weights, extras = model.index, model.weights, model.extras
    unknown = len(weights) - 1
    fixed = ["NNP" if i in proper else model.tagdict.get(w) for i, w in enumerate(straight)]
    rows: list[int] = []
    starts: list[int] = []
    for i, known in enumerate(fixed):
        if known is None:
            starts.append(len(rows))
            features = tagger_features.word_features(WordPlace(i, straight, context, extras))
            rows += [index.get(f, unknown) for f in features]
    static = np.add.reduceat(weights[rows], starts, axis=0) if starts else weights[:0]
    prev, prev2 = START
    tags: list[str] = []
    k = 0
    for i, known in enumerate(fixed):
        tag = known
        if tag is None:
            features = tagger_features.tag_features(
                WordPlace(i, straight, context, extras), prev, prev2
            )
            dynamic = [index.get(f, unknown) for f in features]
            scores = static[k] + weights[dynamic].sum(axis=0)
            tag = model.tags[int(scores.argmax())]
            k += 1
        tags.append(tag)
        prev2, prev = prev, tag
    # The grammar's corrections after the model, as `tag_words` makes them ("The Dr. units"
    # reads "units" as the verb after a subject): not the memo's to change.
    return tagger_corrections.grammar_corrections(straight, tags, proper)


def words_of(sentence: str) -> list[str]:
    return [sentence[s:e] for s, e in tagger.tokenize(sentence)]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_tags_are_those_of_summing_every_feature_row(sentence):
    model = load_model()
    words = words_of(sentence)
    assert tag_words(words, model) == reference_tags(words, model)
    assert tag_words(words, model, proper={0, 2}) == reference_tags(words, model, proper={0, 2})


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([w for s in SENTENCES for w in words_of(s)]), max_size=30))
@example(["The", "Dr.", "units", "a"])  # drawn once: a verb after a subject, by the grammar
def test_tags_of_any_word_sequence_match_the_reference(words):
    model = load_model()
    assert tag_words(words, model) == reference_tags(words, model)


@pytest.mark.parametrize("extras", [frozenset(), frozenset({"affix", "shape", "near"})])
def test_rows_are_the_feature_strings_rows_in_order(extras):
    model = load_model()
    memo = FeatureRows(model.index, model.weights, extras, tagger_features.shape)
    unknown = len(model.weights) - 1
    for sentence in SENTENCES:
        words = words_of(sentence)
        context = [*START, *(normalize(w) for w in words), *END]
        for i in range(len(words)):
            features = tagger_features.word_features(WordPlace(i, words, context, extras))
            assert memo.word_rows(i, words, context) == [
                model.index.get(f, unknown) for f in features
            ]
            features = tagger_features.tag_features(
                WordPlace(i, words, context, extras), "NN", "DT"
            )
            summed = model.weights[[model.index.get(f, unknown) for f in features]].sum(axis=0)
            normal = context[i + len(START)]
            assert np.array_equal(memo.tag_scores(words[i], normal, "NN", "DT"), summed)


def _counting_memo() -> tuple[FeatureRows, list[str]]:
    """A memo over the shipped model whose index records every feature looked up."""
    model = load_model()
    looked_up: list[str] = []
    index = model.index

    class Counting(dict[str, int]):
        def get(self, key, default=None):
            looked_up.append(key)
            return index.get(key, default)

    return FeatureRows(Counting(), model.weights, model.extras, tagger_features.shape), looked_up


def test_a_word_is_looked_up_once(monkeypatch):
    memo, looked_up = _counting_memo()
    words = words_of("The mill town said the mill would close.")
    context = [*START, *(normalize(w) for w in words), *END]
    memo.word_rows(1, words, context)
    first = len(looked_up)
    memo.word_rows(1, words, context)  # the same word in the same context: nothing new
    memo.word_rows(5, words, context)  # "mill" again, other neighbours ("the", "would")
    assert first > 0
    assert len(looked_up) - first <= 2 * 7  # only its two new neighbours' rows ("would", ".")
    memo.tag_scores("mill", "mill", "DT", "VBD")
    paired = len(looked_up)
    memo.tag_scores("town", "town", "DT", "VBD")  # the same tag pair: its rows are kept
    assert len(looked_up) - paired == 2  # t1w and t1sh only


def test_a_full_table_starts_afresh(monkeypatch):
    monkeypatch.setattr(feature_rows, "MAX_REMEMBERED", 2)
    model = load_model()
    memo = FeatureRows(model.index, model.weights, model.extras, tagger_features.shape)
    words = words_of(SENTENCES[0])
    context = [*START, *(normalize(w) for w in words), *END]
    for i in range(len(words)):
        memo.word_rows(i, words, context)
    assert len(memo._own) <= 2 and len(memo._around) <= 2


def test_a_word_after_the_same_two_tags_is_scored_from_memory(monkeypatch):
    memo, looked_up = _counting_memo()
    first = memo.tag_scores("Quay", "quay", "DT", "IN")
    seen = len(looked_up)
    again = memo.tag_scores("Quay", "quay", "DT", "IN")
    assert len(looked_up) == seen and np.array_equal(first, again)
    memo.tag_scores("quay", "quay", "DT", "IN")  # written otherwise: its shape row is new
    assert len(looked_up) > seen


def test_a_full_score_table_starts_afresh(monkeypatch):
    monkeypatch.setattr(feature_rows, "MAX_SCORED", 2)
    model = load_model()
    memo = FeatureRows(model.index, model.weights, model.extras, tagger_features.shape)
    for word in ["pier", "dock", "quay"]:
        memo.tag_scores(word, word, "DT", "IN")
    assert len(memo._scores) == 1


def test_a_sentences_rows_are_its_unknown_words_rows_one_after_another():
    model = load_model()
    memo = FeatureRows(model.index, model.weights, model.extras, tagger_features.shape)
    for sentence in SENTENCES:
        words = words_of(sentence)
        context = [*START, *(normalize(w) for w in words), *END]
        unknown = list(range(0, len(words), 2))
        rows, starts = memo.sentence_rows(unknown, words, context)
        expected: list[int] = []
        expected_starts: list[int] = []
        for i in unknown:
            expected_starts.append(len(expected))
            expected += memo.word_rows(i, words, context)
        assert (rows, starts) == (expected, expected_starts)


def test_a_word_in_a_place_summed_before_is_not_summed_again(monkeypatch):
    model = load_model()
    memo = FeatureRows(model.index, model.weights, model.extras, tagger_features.shape)
    words = "on quayside on quayside on quayside on quayside on".split()
    context = [*START, *(normalize(w) for w in words), *END]
    unknown = [1, 3, 5]  # the last two read the same five words around them; the first not
    places = memo.places(unknown, words, context)
    assert places[1] == places[2] and places[0] != places[1]
    first = memo.static_sums(places, unknown, words, context)
    rows, starts = memo.sentence_rows(unknown, words, context)
    summed = np.add.reduceat(model.weights[rows], starts, axis=0)
    assert all(np.array_equal(a, b) for a, b in zip(first, summed, strict=True))
    read: list[list[int]] = []
    monkeypatch.setattr(memo, "sentence_rows", lambda u, *a: read.append(list(u)) or ([], []))
    again = memo.static_sums(places, unknown, words, context)
    assert read == [] and all(np.array_equal(a, b) for a, b in zip(first, again, strict=True))


def test_a_sentence_tagged_again_from_memory_keeps_its_tags():
    model = load_model()
    for sentence in SENTENCES:
        words = words_of(sentence)
        expected = reference_tags(words, model)
        assert tag_words(words, model) == expected
        assert tag_words(words, model) == expected  # every word's sum and tag remembered
        assert tag_words(words, model, proper={1}) == reference_tags(words, model, proper={1})
