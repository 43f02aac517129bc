"""Round 21 (issue 11 item 2): "the company said" is the story's main body, not a body named
once in passing nearer, nor no one when the main body was named beyond the tracker's reach.
Sentences are our own; each test fails on fc7fcc4."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "Rail news\n\n")

_LEAD = "Brackwater Rail, the train operator, was fined £2m on Monday after a derailment in 2023. "


def test_the_company_said_after_a_supplier_named_in_passing() -> None:
    body = (
        _LEAD + "Brackwater Rail runs 400 trains a day. "
        "It has bought new trains from Holm Rail Group. "
        "“We have changed how we inspect our track,” the company said."
    )
    assert speakers(body) == ["Brackwater Rail"]


def test_the_company_said_beyond_the_trackers_reach() -> None:
    body = (
        _LEAD + "Three passengers were hurt. The judge said the risk had been plain. "
        "Families said the fine was too low. One called it an insult. "
        "The company said: “We are deeply sorry for what happened.”"
    )
    assert speakers(body) == ["Brackwater Rail"]


def test_a_board_is_no_company() -> None:
    body = (
        _LEAD + "Three passengers were hurt. "
        "Wexford Harbour Board said it would review its own checks. "
        "The company said: “We are deeply sorry for what happened.”"
    )
    assert speakers(body) == ["Brackwater Rail"]


def test_the_company_said_after_a_takeover_target_described_as_a_business() -> None:
    body = (
        "Orla Markets, the supermarket chain, is to open 12 stores in Wales. "
        "The company said the shops would create 700 jobs. "
        "It is also in talks to buy Fairway Grocers, a family-owned business in Cardiff. "
        "“Wales has been under-served for too long,” the company said."
    )
    assert speakers(body) == ["Orla Markets"]
