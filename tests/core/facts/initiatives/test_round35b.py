"""Initiatives, round 35 (second branch): undertakings missed on untuned copy, read by grammar.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _facts, _one, _texts


def test_an_intention_word_after_and_is_a_second_verb_of_the_subject() -> None:
    text = (
        "The harbour authority will spend an extra £3.2m to keep berths open and plans to "
        "launch a cheaper mooring permit for fishing boats from May."
    )
    fact = _one(text, "mooring permit")
    assert fact.text.startswith("cheaper mooring permit for fishing boats")
    assert (fact.actor, fact.status) == ("The harbour authority", "planned")
    assert not any(t.startswith("plans") for t in _texts(text))
    # After a past verb "plans" may be its second object ("criticised the budget and plans to
    # close ..."): the critic is no actor of the closures.
    text = "The mayor criticised the budget and plans to close three swimming pools."
    assert not any(f.actor == "The mayor" for f in _facts(text))
