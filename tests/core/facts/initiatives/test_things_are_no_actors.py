"""A sum or an undertaking as a clause's subject is no actor (round 45): "The money will pay for
new flood gates" names what pays, not who acts, so the item has no actor rather than "The money".
Sentences are our own."""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _facts


def test_a_sum_as_subject_is_no_actor() -> None:
    text = (
        "Four harbour towns will share £12m, the ministry said on Friday. "
        "The money will pay for new flood gates at Colby and Wrenhaven."
    )
    facts = [f for f in _facts(text) if "flood gates" in f.text]
    assert facts, [f.text for f in _facts(text)]
    assert all(f.actor != "The money" for f in facts), [(f.text, f.actor) for f in facts]


def test_guard_a_body_as_subject_stays_the_actor() -> None:
    facts = [
        f for f in _facts("The council will build new flood gates at Colby.") if "gates" in f.text
    ]
    assert [f.actor for f in facts] == ["The council"], [(f.text, f.actor) for f in facts]
