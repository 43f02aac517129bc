"""An infinitive after "whether" (or "how", "when") is what the verb before it decides: its
subject is who would act, and the undertaking is still to be decided (proposed). Sentences are
our own."""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one


def test_whether_to_takes_the_deciders_subject_past_a_date() -> None:
    fact = _one(
        "The council will decide on 17 December whether to begin talks with the union.", "talks"
    )
    assert fact.actor == "The council"
    assert fact.status == "proposed"


def test_whether_to_right_after_the_verb() -> None:
    fact = _one("The board must decide whether to launch a bid for the rival.", "bid")
    assert fact.actor == "The board"
    assert fact.status == "proposed"


def test_guard_a_plain_infinitive_keeps_its_status() -> None:
    fact = _one("The board plans to launch a bid for the rival.", "bid")
    assert fact.actor == "The board"
    assert fact.status == "planned"
