"""Tests for app.core.facts.nlp.discourse: a name the tracker cannot type ("Harbour Lines": no
organisation word, no first name) opening a sentence, and "It said" opening the next: only a
body says so, so the name is a body's, and "it" stands for it. Sentences are our own; the first
test fails on 01bdf73, the guards pass on both."""

from __future__ import annotations

from tests.core.facts.nlp._discourse_helpers import fed, name_at


def test_it_said_after_an_untyped_name_stands_for_that_name() -> None:
    text = (
        "Harbour Lines reported a record summer. It said it would invest in new ferries. "
        "Analysts welcomed the news."
    )
    discourse = fed(text)
    assert name_at(discourse, "it", text, "It said") == "Harbour Lines"
    assert name_at(discourse, "it", text, "it would") == "Harbour Lines"


def test_guard_a_persons_name_is_no_body() -> None:
    text = "Laura Penhale reported a record summer. It said nothing of the ferries."
    assert name_at(fed(text), "it", text, "It said") is None


def test_guard_it_with_another_verb_types_nothing() -> None:
    text = "Harbour Lines reported a record summer. It was the warmest for years."
    assert name_at(fed(text), "it", text, "It was") is None
