"""The actor of "The chain said it would ..." is the supermarket group the article named, not
"The chain" as written. Sentences are our own; the test fails on 10c1fe0."""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one


def test_the_chain_is_the_supermarket_group_named_before() -> None:
    text = (
        "Supermarket sales climb\n\n"
        "Supermarket group Greenvale reported a 4% rise in sales over Christmas on Wednesday.\n\n"
        "“Shoppers came back to us,” said chief executive Amir Khan.\n\n"
        "An analyst at Dunmore Capital, Lucy Hart, said the figures were better than expected.\n\n"
        "The chain said it would hire 2,000 staff this spring."
    )
    assert _one(text, "hire 2,000 staff").actor == "Greenvale"
