"""The actor of "X, the maker of Y, said it would ..." is X, the body the description was set
off after, not "the maker". Sentences are our own; the test fails on 10c1fe0."""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one


def test_the_actor_is_the_body_an_apposition_followed() -> None:
    text = (
        "Bakery to close\n\n"
        "Brennock Foods, the maker of Golden Crust bread, said on Tuesday that it would close "
        "its bakery in Leeds."
    )
    assert _one(text, "close its bakery").actor == "Brennock Foods"
