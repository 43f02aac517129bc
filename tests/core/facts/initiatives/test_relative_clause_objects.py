"""Initiatives: a relative clause whose object is the noun it hangs on ("a new training
ground, which the club hopes to open in 2028"): what the clause's subject intends to open is
that noun's phrase, planned, by that subject.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_the_antecedent_is_what_the_clause_intends() -> None:
    text = "Kenton Rovers will move to a new training ground, which the club hopes to open in 2028."
    fact = _one(text, "new training ground")
    assert (fact.actor, fact.status) == ("Kenton Rovers", "planned")
    text = (
        "Dunmore Council has picked a site for a new swimming pool, "
        "which the council plans to build next year."
    )
    assert _one(text, "new swimming pool").actor == "Dunmore Council"

    # a plan the clause only debates is no new thing made
    assert _texts("He praised the plan, which the council will debate next week.") == []
