"""Initiatives: an undertaking that frames its clause ("as part of a pilot", "in a two-year
pilot scheme", "under a grant scheme") is the clause subject's.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_an_undertaking_that_frames_its_clause_is_its_subjects() -> None:
    text = (
        "Hollins Health Trust said waiting lists had grown. The trust will open its outpatient "
        "clinics in the evenings as part of a six-month pilot."
    )
    fact = _one(text, "six-month pilot")
    assert (fact.actor, fact.status) == ("Hollins Health Trust", "planned")
    text = "Under a new flood grant scheme, Marlow Council will refit 40 homes by the river."
    fact = _one(text, "flood grant scheme")
    assert fact.actor == "Marlow Council"
    # Not one named before ("the"), and not one the subject only undergoes (a passive).
    assert not any(
        "scheme" in t
        for t in _texts("Drones are only allowed over the park under a strict permit scheme.")
    )


def test_a_sized_undertaking_after_in_frames_its_clause() -> None:
    text = "Harfield Council will test free evening parking in a two-year pilot scheme."
    fact = _one(text, "pilot scheme")
    assert fact.text == "two-year pilot scheme"
    assert fact.actor == "Harfield Council"
    assert fact.status == "planned"
    fact = _one("Corvex Motors will refit its Ohio plant in a £40m programme.", "programme")
    assert fact.actor == "Corvex Motors"
    # "in" is everywhere: a role in, a purpose, a count, or nobody acting is no frame.
    assert _texts("The firm cut 300 jobs in a bid to save money.") == []
    assert _texts("There were cuts in 40 small programmes last year.") == []
    assert _texts("The deal was signed in one afternoon session.") == []
