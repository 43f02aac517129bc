"""A description set off after a body's name is that body's ("Brennock Foods, the maker of
Golden Crust bread, said"): a later "the maker" or "it" stands for it, not for a body with no
name. Sentences are our own; each test fails on 10c1fe0 except the guard, marked."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "News\n\n")


def test_the_maker_is_the_body_the_apposition_followed() -> None:
    body = (
        "Brennock Foods, the maker of Golden Crust bread, said on Tuesday that it would close "
        "its bakery in Leeds. The company blamed rising costs. "
        "“This was a very hard decision,” the maker said."
    )
    assert speakers(body) == ["Brennock Foods"]


def test_it_is_the_body_the_apposition_followed() -> None:
    body = (
        "Tilbury Toys, the maker of Snapblocks, said on Monday it would cut 120 jobs at its "
        "factory in Derby. “Demand has fallen sharply since Christmas,” it said."
    )
    assert speakers(body) == ["Tilbury Toys"]


def test_a_body_described_with_no_name_is_still_no_named_one() -> None:
    """Guard (passes on 10c1fe0): "the maker of the toy" opening a sentence names no body, so
    "the maker" is not the firm named before it."""
    body = (
        "Harwell Stores sold the toy for years. The maker of the toy, a small family firm, "
        "said it had stopped making it. “We are very sorry,” the maker said."
    )
    assert speakers(body) != ["Harwell Stores"]
