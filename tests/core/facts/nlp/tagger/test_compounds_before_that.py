"""Tests for app.core.facts.nlp.tagger.corrections: a compound of lower-case words ("e-bike",
"buy-out") is a noun where the model reads it as a preposition or particle before "that" or "of"
(our own e-bike article: "launched a folding e-bike that it says ..." listed no product).
Sentences are our own."""

from __future__ import annotations

from app.core.document import Document
from app.core.facts import initiatives
from app.core.facts.nlp.tagger import corrections, tag_sentence


def test_a_lower_case_compound_read_as_a_preposition_is_a_noun() -> None:
    words = ["They", "sold", "a", "folding", "e-bike", "that", "weighs", "14kg", "."]
    tags = ["PRP", "VBD", "DT", "NN", "IN", "IN", "VBZ", "CD", "."]
    assert corrections.grammar_corrections(words, tags)[4] == "NN"


def test_guard_a_plain_preposition_stays_one() -> None:
    words = ["They", "rode", "in", "silence", "."]
    tags = ["PRP", "VBD", "IN", "NN", "."]
    assert corrections.grammar_corrections(words, tags)[2] == "IN"


def test_the_product_before_a_relative_clause_is_listed() -> None:
    text = "Bikes\n\nVelora on Monday launched a folding e-bike that it says fits under a desk."
    tokens = tag_sentence(text.split("\n\n")[1])
    assert [t.tag for t in tokens if t.text == "e-bike"] == ["NN"]
    found = [i.text for i in initiatives.extract(Document.from_text(text))]
    assert found == ["folding e-bike"]
