"""Initiatives: a time phrase between a plan and its "to" complement ("would publish a strategy
in March to help small farms"), and the examples after "including" that such a plan gives, with
the plan's actor and status.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _facts


def test_the_complement_past_a_time_and_the_examples_of_the_plan() -> None:
    text = (
        "The minister said the government would publish a strategy in March to help small "
        "farms, including a grant scheme for hedgerows."
    )
    got = [(f.text, f.actor, f.status) for f in _facts(text)]
    assert got == [
        ("strategy in March to help small farms", "the government", "planned"),
        ("grant scheme for hedgerows", "the government", "planned"),
    ]


def test_a_time_with_no_complement_after_it_stays_out_of_the_name() -> None:
    text = "The council will publish a strategy in March."
    assert all("March" not in f.text for f in _facts(text))
