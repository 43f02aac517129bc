"""Initiatives: a plan sized by a sum or a length names what its "to" complement is for, whole
("a three-year, £900m upgrade plan to replace 400 miles of water mains"), rather than the verb
phrase alone ("replace 400 miles of water mains").

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _facts


def test_the_sized_plan_is_the_item() -> None:
    text = (
        "The rise in charges will pay for a three-year, £900m upgrade plan to replace 400 "
        "miles of water mains, Harbury Water said."
    )
    facts = _facts(text)
    assert [f.text for f in facts] == [
        "three-year, £900m upgrade plan to replace 400 miles of water mains"
    ]
    assert (facts[0].actor, facts[0].status) == ("Harbury Water", "planned")


def test_an_unsized_intention_keeps_its_verb_phrase() -> None:
    # "plans to" alone tells the reader nothing: what is done names it
    text = "Harbury Water plans to replace 400 miles of water mains."
    assert [f.text for f in _facts(text)] == ["replace 400 miles of water mains"]
