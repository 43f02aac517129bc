"""A passive undertaking whose subject has a "to" or prepositional complement ("A scheme to
plant hedges was launched by ..."): the undertaking that opens the sentence is the subject, not
the last noun of its complement. Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_scheme_with_a_to_complement_launched_by_a_council() -> None:
    text = "A scheme to plant hedges beside cycle paths was launched by the borough council."
    fact = _one(text, "scheme")
    assert fact.text.startswith("scheme to plant hedges")
    assert (fact.actor, fact.status) == ("the borough council", "launched")


def test_a_plan_with_a_to_complement_approved_by_ministers() -> None:
    fact = _one("A plan to widen the coast road has been approved by ministers.", "plan")
    assert (fact.text, fact.actor) == ("plan to widen the coast road", "ministers")


def test_guard_a_scheme_praised_by_residents_is_no_item() -> None:
    assert _texts("The scheme to plant hedges was praised by residents.") == []


def test_guard_another_clause_between_keeps_its_own_subject() -> None:
    text = "A plan that residents backed was rejected by the inspector."
    assert all("residents" not in t for t in _texts(text))
