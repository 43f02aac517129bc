"""Who is behind an undertaking when an office holds it or someone reports it: "the Minister for
Housing" is the office, never the bare "Minister"; the holder set off after it is the person;
and an undertaking that is its own verb's subject ("the scheme will open in March, the
minister said") is the reporter's. Sentences are our own."""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one


def test_an_office_keeps_what_it_is_for() -> None:
    fact = _one("The Minister for Housing launched a new deposit scheme.", "deposit scheme")
    assert fact.actor == "Minister for Housing"


def test_an_office_of_state_for_a_department_is_read_whole() -> None:
    fact = _one(
        "The Secretary of State for Transport launched a new cycling scheme.", "cycling scheme"
    )
    assert fact.actor == "Secretary of State for Transport"


def test_the_holder_set_off_after_the_office_is_the_actor() -> None:
    fact = _one(
        "The Minister for Housing, Clara Hythe, launched a new deposit scheme.", "deposit scheme"
    )
    assert fact.actor == "Clara Hythe"


def test_an_undertaking_that_is_its_verbs_subject_is_the_reporters() -> None:
    fact = _one(
        "The Home Start Scheme will open in March, the Minister for Housing said.",
        "Home Start Scheme",
    )
    assert fact.actor == "Minister for Housing"
    assert fact.status == "planned"


def test_guard_a_body_named_with_of_is_still_the_body() -> None:
    fact = _one(
        "The Department of Health launched a new screening programme.", "screening programme"
    )
    assert fact.actor == "Department of Health"
