"""Round 39 (issue 11 item 3): a body named by a possessive and its kind, "her ministry", "his
department", is the speaker: a body of that kind named before, else the person "her" or "his"
stands for as its owner ("Lucia Ferro's ministry"), else the phrase as written. Sentences are
our own; each test fails on 169f2d0."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "World news\n\n")


def test_her_ministry_after_an_opening_phrase_is_the_ministry_of_the_woman_named() -> None:
    body = (
        "Trade Minister Lucia Ferro arrived in Nairobi on Tuesday. In a short statement, her "
        "ministry said the visit would open “a new chapter for exporters”."
    )
    assert speakers(body) == ["Lucia Ferro's ministry"]


def test_his_department_is_the_department_named_before() -> None:
    body = (
        "The Department of Transport has delayed the rail plan again. Transport Secretary Omar "
        "Haddad visited the depot on Monday.\n\n"
        "“The line will open in 2031,” his department said."
    )
    assert speakers(body) == ["Department of Transport"]


def test_his_office_is_the_mans_office_not_a_party_named_before() -> None:
    # (fails on c5365c1) a party named before ("Greens") is no office.
    body = (
        "The Greens attacked the budget on Wednesday. Senator Rob Keel was among them. His "
        "office issued a statement saying the plan “does nothing for rural towns”."
    )
    assert speakers(body) == ["Rob Keel's office"]


def test_her_ministry_with_no_woman_named_is_kept_as_written() -> None:
    # (fails on c5365c1)
    body = (
        "Aid flights to the flooded north resumed on Friday. In a statement, her ministry said "
        "the planes carried “tents, water and medicine”."
    )
    assert speakers(body) == ["her ministry"]
