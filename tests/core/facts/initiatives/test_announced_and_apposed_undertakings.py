"""Initiatives, round 45 (b): an undertaking that opens a sentence as the subject of "will" and
that a body announces at its end ("A X will start in May, the council has announced") is that
body's, planned; a name with an apposition that calls it a project or scheme and says what it
does ("the Y Survey, a project that aims to ...") is listed by its name.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_an_undertaking_a_body_announces_will_start() -> None:
    text = "A smoking ban will come into effect next month, Tarnside Council has announced."
    fact = _one(text, "smoking ban")
    assert fact.actor == "Tarnside Council"
    assert fact.status == "planned"
    # guard: only reported, not announced by the one behind it: not listed
    assert _texts("A smoking ban will come into effect next month, a newspaper said.") == []


def test_a_name_an_apposition_calls_a_project_is_listed() -> None:
    text = (
        "Hundreds of walkers have joined the Great Hedgerow Survey, a project that hopes "
        "to map every hedge in the county."
    )
    assert "Great Hedgerow Survey" in _texts(text)
    # guard: a person described by an undertaking word is no undertaking
    text = "Mr Hill met Jane Fox, a campaign veteran who has run three races."
    assert not any("Jane Fox" in t for t in _texts(text))
