""" "The chain" / "the supermarket" are descriptions of a body, said of a supermarket group as
"the company" is of a firm. Sentences are our own; the test fails on 10c1fe0."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "News\n\n")


def test_the_chain_is_the_supermarket_group_named_before() -> None:
    body = (
        "Supermarket group Greenvale reported a 4% rise in sales over Christmas. "
        "“We are winning customers every week,” the chain said."
    )
    assert speakers(body) == ["Greenvale"]
