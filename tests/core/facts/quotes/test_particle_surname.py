"""Round 45 (issue 11): a surname with its particle, capitalised because it opens the cue ("Van
Dijkman said" after "Pieter van Dijkman"), is the person named in full before, not someone new
named "Van Dijkman". Sentences are our own; the first test fails on the commit before, the
second is a guard."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_a_capitalised_particle_surname_is_the_person_named_in_full() -> None:
    body = (
        "Harbour Town coach Maaike de Groot kept her side in the league on Saturday. "
        "“We never stopped believing,” De Groot said."
    )
    assert speakers_of("", body) == ["Maaike de Groot"]


def test_guard_a_particle_that_opens_a_new_name_is_that_name() -> None:
    body = "Van Morrison played the hall on Friday. “It sounded like home,” Van Morrison said."
    assert speakers_of("", body) == ["Van Morrison"]
