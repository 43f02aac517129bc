"""Initiatives: lawsuits and investigations named by their verb.

Every sentence here is written for these tests; each test asserts that something is listed
(or that a named item is), so it fails when `extract` returns nothing.
"""

from __future__ import annotations

import pytest

from tests.core.facts.initiatives._helpers import _one, _texts


@pytest.mark.parametrize(
    ("text", "item", "status"),
    [
        pytest.param(
            "The state attorney general is investigating Vendia, according to two people"
            " familiar with the matter.",
            "investigating Vendia",
            "ongoing",
            id="is_investigating",
        ),
        pytest.param(
            "Vendia sued the city council over its parking charges.",
            "sued the city council",
            "launched",
            id="sued",
        ),
    ],
)
def test_a_lawsuit_or_investigation_named_by_its_verb(text: str, item: str, status: str) -> None:
    fact = _one(text, item)
    assert fact.actor is not None
    assert fact.status == status


def test_whoever_is_investigated_is_no_investigator() -> None:
    assert _texts("Vendia was investigated by the regulator last year.") == []


def test_an_investigation_is_named_by_its_verb_only_against_a_party() -> None:
    texts = _texts(
        "Officials are investigating the circumstances of the fire. The regulator is"
        " investigating Vendia."
    )
    assert "investigating Vendia" in texts
    assert not any("circumstances" in t for t in texts), texts


def test_an_investigation_by_someone_is_theirs() -> None:
    fact = _one(
        "Her ties to the collapsed fund are under investigation by the Financial Conduct"
        " Authority, her lawyer confirmed.",
        "investigation",
    )
    assert fact.text == "investigation by the Financial Conduct Authority"
    assert fact.actor == "Financial Conduct Authority"
    assert fact.status == "ongoing"
