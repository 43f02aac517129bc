""" "He"/"she" looks past a clause whose subject is a body described ("the firm accepted the
ruling") to the person described before it ("A spokesman for Northvale Water said ..."): a firm
is never "he" (`_person_descriptions.may_be_person`)."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_he_looks_past_the_firm_to_the_spokesman() -> None:
    body = (
        "A spokesman for Northvale Water said the firm accepted the ruling. "
        '"We are sorry for the harm done to the river," he said.'
    )
    assert speakers_of("", body) == ["A spokesman for Northvale Water"]


def test_he_after_the_company_is_the_founder_named_before() -> None:
    # A guard (passes on f6ae74c too).
    body = 'Tom Hale founded the firm in 1990. The company has grown fast. "We are proud," he said.'
    assert speakers_of("", body) == ["Tom Hale"]
