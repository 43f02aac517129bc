"""What an indefinite number of a kind does ("some lenders", "other game makers") is a trend or
a guess, no one's undertaking: no item. A body named does its own.

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.core.facts.initiatives._helpers import _texts


@pytest.mark.parametrize(
    "text",
    [
        "Housing. Some lenders have withdrawn their cheapest fixed-rate mortgage products.",
        "Games. Other studios may be tempted to build copycat training systems.",
        "Rail. Several operators have launched new late-night ticketing schemes.",
    ],
)
def test_an_undertaking_of_an_indefinite_number_of_a_kind_is_not_listed(text: str) -> None:
    assert _texts(text) == []


def test_the_same_undertaking_of_a_named_body_is_listed() -> None:
    text = "Rail. Northvale Trains has launched new late-night ticketing schemes."
    assert any("ticketing schemes" in t for t in _texts(text))
