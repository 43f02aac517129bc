"""Tests for app.core.facts.nlp.tagger.features: what the tagger reads of a word in context."""

from __future__ import annotations

from app.core.facts.nlp.tagger import features as tagger_features


def test_curly_marks_are_made_straight_and_an_ascii_word_stays_itself():
    assert tagger_features.straighten("don’t") == "don't"
    assert tagger_features.straighten("plain") == "plain"
    assert tagger_features.normalize("«Well»") == '"well"'


def test_normalised_forms_are_remembered_and_unchanged():
    tagger_features.normalize.cache_clear()
    forms = [tagger_features.normalize(w) for w in ["Ferry", "1987", "well-run", "42nd", "Ferry"]]
    assert forms == ["ferry", "!YEAR", "!HYPHEN", "!DIGITS", "ferry"]
    assert tagger_features.normalize.cache_info().hits == 1
