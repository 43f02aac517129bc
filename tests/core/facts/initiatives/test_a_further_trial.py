"""Initiatives: an ordinal that a verb of running, starting or planning takes ("will run a
second trial") says a further undertaking is put in hand, as "new" does; one no such verb
governs ("rejected a second referendum", "will seek a second term") names nothing. Every
sentence here is written for these tests."""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_second_trial_the_team_will_run() -> None:
    fact = _one(
        "He said the lab would now run a second trial, in children aged 8 to 12, from June.",
        "trial",
    )
    assert fact.text.startswith("second trial"), fact.text
    assert fact.status == "planned"


def test_an_ordinal_no_verb_of_undertaking_takes_names_nothing() -> None:
    assert _texts("Voters rejected a second referendum.") == []
    assert _texts("She will seek a second term.") == []
