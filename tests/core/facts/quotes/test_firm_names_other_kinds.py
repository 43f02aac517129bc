"""Round 39 (issue 11 item 3): "the school", "the charity", "the club", "the party" is no body
whose name says it is a firm ("Holdings", "Foods", "Ltd", "Energy"), even one named as a subject
just before or by a short form: the noun as written, not the firm. Sentences are our own; each
test but the guards fails on 01bdf73."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "Local news\n\n")


def test_the_school_is_no_holding_company_that_bought_its_site() -> None:
    body = (
        "Tarrant Holdings has bought the old grammar school site in Exeter for £6m. Tarrant "
        "Holdings wants to build 120 flats there.\n\n"
        "“Pupils will move to the new campus in September,” the school said."
    )
    assert speakers(body) == ["the school"]


def test_the_charity_is_no_food_firm_named_as_a_subject() -> None:
    body = (
        "Pellow Foods plc will shut its bakery in Grimsby next month. Pellow Foods said demand "
        "had fallen by a third.\n\n"
        "“Many of our volunteers worked at that bakery,” the charity said."
    )
    assert speakers(body) == ["the charity"]


def test_the_party_is_no_firm_named_by_its_short_form() -> None:
    body = (
        "Ardent Energy Ltd gave £80,000 to the campaign last year. Ardent said it backed cheaper "
        "power.\n\n"
        "“We thank every donor for their support,” the party said."
    )
    assert speakers(body) == ["the party"]


def test_guard_the_company_is_still_the_firm() -> None:
    body = (
        "Tarrant Holdings has bought the old grammar school site in Exeter for £6m. Tarrant "
        "Holdings wants to build 120 flats there.\n\n"
        "“Work will start in the spring,” the company said."
    )
    assert speakers(body) == ["Tarrant Holdings"]


def test_guard_a_party_named_as_a_subject_is_still_the_party() -> None:
    body = (
        "Labour held the seat on Thursday night. Labour said turnout had risen.\n\n"
        "“Voters have sent a clear message,” the party said."
    )
    assert speakers(body) == ["Labour"]
