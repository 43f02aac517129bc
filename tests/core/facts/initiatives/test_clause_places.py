"""Initiatives: undertakings a relative or reduced clause names away from its verb.

Every sentence here is written for these tests; each test asserts that something is listed
(or that a named item is), so it fails when `extract` returns nothing.
"""

from __future__ import annotations

import pytest

from tests.core.facts.initiatives._helpers import _one


def test_what_is_due_to_launch_is_the_undertaking() -> None:
    fact = _one("A regional ferry project is due to launch in Cork next year.", "ferry project")
    assert fact.status == "planned"


@pytest.mark.parametrize(
    ("text", "words", "actor"),
    [
        pytest.param(
            "The tram scheme that Vendia launched last year has been a success.",
            "tram scheme",
            "Vendia",
            id="that",
        ),
        pytest.param(
            "Okafor looks after several centres of excellence which the telco has set up with"
            " universities.",
            "centres of excellence",
            "the telco",
            id="which_after_an_of_phrase",
        ),
    ],
)
def test_the_object_of_a_relative_clause_is_the_phrase_before_it(
    text: str, words: str, actor: str
) -> None:
    fact = _one(text, words)
    assert fact.actor == actor
    assert fact.status == "launched"


def test_a_participle_with_a_by_agent_is_a_passive() -> None:
    text = "A £5m fund set up by the council will help small firms to export."
    fact = _one(text, "£5m fund")
    assert fact.actor == "the council"
    assert fact.status == "launched"
