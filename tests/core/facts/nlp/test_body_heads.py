"""Which description may stand for which body (`body_heads.may_name`), on names of our own."""

from __future__ import annotations

import pytest

from app.core.facts.nlp.body_heads import may_name


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("regulator", "Civil Aviation Authority"),  # its name says what kind of body it is
        ("regulator", "Office for Students"),  # "Office" opening a name
        ("union", "Harbour Workers Union"),  # a name that holds the head
    ],
)
def test_a_description_stands_for_a_body_of_its_kind(head: str, name: str) -> None:
    assert may_name(head, name)


@pytest.mark.parametrize(
    ("head", "name"),
    [
        ("regulator", "Southvale Water"),  # a firm is no regulator
        ("club", "Premier League"),  # a league is another kind of body
        ("union", "Network Rail"),  # a union's name always says "union"
    ],
)
def test_a_description_never_stands_for_another_kind_of_body(head: str, name: str) -> None:
    assert not may_name(head, name)
