"""Initiatives: "The council plans to build X" and "The museum hopes to open X": an intention
verb after its subject's noun (which the tagger may read as one noun phrase, "council plans")
gives what its "to"-complement makes, planned, by that subject. A hope to change an amount is
an outcome, no plan.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_plans_after_a_singular_noun_is_the_clause_verb() -> None:
    fact = _one("The council plans to build a new library.", "new library")
    assert fact.actor == "The council"
    assert fact.status == "planned"
    fact = _one("The charity plans to launch a fundraising appeal next month.", "appeal")
    assert fact.actor == "The charity"
    fact = _one("He said the council plans to build a new sports hall.", "sports hall")
    assert fact.actor == "the council"


def test_plans_stays_a_noun_with_a_verb_of_its_own_or_as_an_object() -> None:
    fact = _one(
        "The Greens will back controversial council plans to introduce a night bus service.",
        "bus service",
    )
    assert fact.actor is None  # the council's plan: the Greens only back it
    assert _texts("Council plans to build a new library were dropped.") == []
    # and the verb reading holds after a sentence adverb
    fact = _one("Now the council plans to build a new library.", "new library")
    assert fact.actor == "the council"


def test_hopes_to_make_something_is_a_plan() -> None:
    fact = _one("The trust hopes to build a new ward.", "new ward")
    assert (fact.actor, fact.status) == ("The trust", "planned")
    fact = _one("Ashgrove Hospice hopes to open a new wing in 2028.", "new wing")
    assert (fact.actor, fact.status) == ("Ashgrove Hospice", "planned")
    # a hoped-for change of an amount is an outcome, no plan
    assert _texts("The ministry hopes to increase the number of broadband users by 2030.") == []
