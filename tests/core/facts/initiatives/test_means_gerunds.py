"""A policy gerund after "by", the means of its clause's verb, takes that verb's tense.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.core.facts.initiatives._helpers import _one


@pytest.mark.parametrize(
    ("verb", "status"),
    [("is trying to win", "ongoing"), ("will win", "planned"), ("has won", "completed")],
)
def test_a_gerund_of_means_takes_the_status_of_its_clause_s_verb(verb: str, status: str) -> None:
    text = (
        f"Port news. The harbour board {verb} back shipping lines by scrapping existing "
        "discount schemes for small vessels, its chairman said."
    )
    assert _one(text, "scrapping").status == status
