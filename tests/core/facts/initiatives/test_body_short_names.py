"""Round 22 (issue 11 item 1): an actor said short ("Ostby") is reported by the full name
the article gave the body ("Ostby Motors"). Sentences are our own."""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one


def test_an_actor_said_short_is_the_full_name() -> None:
    text = (
        "Ostby Motors reported a fall in profits on Tuesday. "
        "Ostby said it would launch a recycling scheme for old batteries next year."
    )
    assert _one(text, "recycling scheme").actor == "Ostby Motors"


def test_an_actor_named_by_its_tail_is_the_full_name() -> None:
    text = (
        "Castlegate Wanderers were promoted in May. "
        "Wanderers said it would build a new stand at the ground next summer, at a cost of £20m."
    )
    assert _one(text, "new stand").actor == "Castlegate Wanderers"
