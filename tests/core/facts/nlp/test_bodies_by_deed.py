"""Tests for app.core.facts.nlp.bodies: what a name is described as, by an apposition ending in
"of" ("Tilbury Toys, the maker of Snapblocks, said") and by what only a regulator does ("Ofwat
has fined Southvale Water"). Sentences are our own; each test fails on 10c1fe0 except the
guards, marked."""

from __future__ import annotations

from app.core.facts.nlp.bodies import described_as, reads_as_body
from app.core.facts.nlp.names import Name, find_names


def _name(sentence: str, text: str) -> Name:
    return next(n for n in find_names(sentence) if n.text == text)


def test_an_apposition_ending_in_of_describes_the_name() -> None:
    sentence = "Tilbury Toys, the maker of Snapblocks, said on Monday it would cut jobs."
    name = _name(sentence, "Tilbury Toys")
    assert reads_as_body(sentence, 0, len(sentence), name)
    assert described_as(sentence, 0, len(sentence), name) == "maker"


def test_a_body_that_fines_a_firm_is_a_regulator() -> None:
    sentence = "Ofwat has fined Southvale Water £12m for failing to report spills."
    name = _name(sentence, "Ofwat")
    assert reads_as_body(sentence, 0, len(sentence), name)
    assert described_as(sentence, 0, len(sentence), name) == "regulator"


def test_an_apposition_in_a_list_describes_nothing() -> None:
    """Guard (passes on 10c1fe0): "X, the owner of Y, and Z" is a list, not X described."""
    sentence = "Quillmark, the owner of Harbour Mills, and Tarnvale said they would merge."
    name = _name(sentence, "Quillmark")
    assert described_as(sentence, 0, len(sentence), name) is None
