"""Initiatives: an undertaking named by what is to happen in it, in an "in which" clause.

"The clinic plans a trial in which 80 smokers will use a new app": "trial" alone names nothing;
the clause says which trial. A clause of what happened ("in which patients took"), or one that
describes a named thing, is not taken in.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_trial_named_by_what_will_happen_in_it() -> None:
    text = "The Brennan Lung Clinic plans a trial in which 80 smokers will use a quitting app."
    fact = _one(text, "trial")
    assert fact.text == "trial in which 80 smokers will use a quitting app"
    assert (fact.actor, fact.status) == ("Brennan Lung Clinic", "planned")


def test_what_happened_in_a_trial_does_not_name_it() -> None:
    text = "The Brennan Lung Clinic ran a trial in which 80 smokers used a quitting app."
    assert not any("in which" in t for t in _texts(text))
