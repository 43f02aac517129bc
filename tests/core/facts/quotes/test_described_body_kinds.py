"""A described body ("the union", "the club") stands only for a body of its kind: not a firm
named before it ("Network Rail said ... the union said"), not a governing body ("The Football
Association fined Ashby Rovers ... the club said"). Unplaced, it is as written. Sentences are
our own; each test fails on 1bfbe7a except the guard, marked."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "News\n\n")


def test_the_union_is_no_firm_named_as_a_subject_before() -> None:
    body = (
        "Rail workers will strike next week. Network Rail said it was disappointed. "
        "“Our members have had enough,” the union said."
    )
    assert speakers(body) == ["the union"]


def test_the_union_is_no_firm_named_beside_it() -> None:
    body = (
        "Talks between Unite and Halton Motors broke down on Friday. “We have made a fair "
        "offer,” the company said. “The offer is an insult,” the union said."
    )
    assert speakers(body) == ["Halton Motors", "the union"]


def test_the_club_is_no_association() -> None:
    body = (
        "The Football Association fined Ashby Rovers £20,000 on Monday. "
        "“The club accepts the fine,” the club said."
    )
    assert speakers(body) == ["Ashby Rovers"]


def test_a_union_named_so_is_the_union() -> None:
    """Guard (passes on 1bfbe7a): a union named with the noun that heads it is "the union"."""
    body = (
        "The GMB union has balloted its members at the Halton plant. "
        "“Our members have had enough,” the union said."
    )
    assert speakers(body) == ["GMB"]


def test_a_body_described_as_a_charity_is_no_regulator() -> None:
    body = (
        "The Data Standards Office fined Pixelhop £1m on Monday. The children's charity Safe "
        "Play said the fine was overdue. “We will act again,” the regulator said."
    )
    assert speakers(body) == ["Data Standards Office"]


def test_a_charity_is_still_the_charity() -> None:
    """Guard: described as a charity, it is "the charity" and "the group"."""
    body = (
        "The Data Standards Office fined Pixelhop £1m on Monday. The children's charity Safe "
        "Play welcomed the fine. “It is overdue,” the charity said. “Long overdue,” the group "
        "added."
    )
    assert speakers(body) == ["Safe Play", "Safe Play"]
