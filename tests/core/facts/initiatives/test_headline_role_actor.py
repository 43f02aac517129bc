"""Initiatives: a headline's one-word actor that the body writes in lower case ("Minister"
beside "the housing minister") is a role, no name: the body's mention says who. Every headline
and sentence here is written for these tests."""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _facts


def test_a_role_in_the_headline_gives_way_to_the_body_name() -> None:
    text = (
        "Minister unveils scheme to help young farmers\n"
        "The farming minister, Tomas Reyes, unveiled a scheme on Friday that would let young "
        "farmers rent land from the state. Critics said the scheme came too late."
    )
    [fact] = [f for f in _facts(text) if "scheme" in f.text]
    assert fact.actor == "Tomas Reyes"


def test_a_name_in_the_headline_stays() -> None:
    text = (
        "Ashby Council Unveils Cycle Lane Scheme\n"
        "Residents have until March to comment on the scheme, which would remove parking "
        "from four streets near the minister's office."
    )
    [fact] = _facts(text)
    assert fact.actor == "Ashby Council"
