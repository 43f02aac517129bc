"""Initiatives: a review or study a body commissions or will publish, and a plan named whole
when what it is for is a plural kind of thing.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_review_a_ministry_will_publish_is_listed() -> None:
    text = "The Home Office said it would publish a review of school transport by June."
    fact = _one(text, "review of school transport")
    assert fact.actor == "Home Office"
    assert fact.status == "planned"
    # Published already, a review is a report: nothing is undertaken.
    assert _texts("The Home Office published a review of school transport on Monday.") == []


def test_a_study_a_council_commissions_is_listed() -> None:
    text = "Tarnside Council will commission a study of traffic on the ring road."
    fact = _one(text, "study of traffic")
    assert fact.actor == "Tarnside Council"
    assert fact.status == "planned"


def test_a_plan_for_a_plural_kind_of_thing_is_named_whole() -> None:
    text = "The minister said the government would set out a plan for school meals."
    assert _texts(text) == ["plan for school meals"]
