"""Initiatives: policy gerunds in a noun's place.

Every sentence here is written for these tests; each test asserts that something is listed
(or that a named item is), so it fails when `extract` returns nothing.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_policy_gerund_is_a_whole_phrase() -> None:
    text = "The party campaigned for scrapping university tuition fees and cutting rail fares."
    texts = _texts(text)
    assert any(t.startswith("scrapping university tuition fees") for t in texts), texts


def test_every_gerund_of_a_pledge_list_is_listed() -> None:
    texts = _texts(
        "The savings would pay for raising child benefit by 5%, building more rural"
        " clinics and restoring weekly bin collections, the party said."
    )
    assert any(t.startswith("building more rural clinics") for t in texts), texts
    assert any(t.startswith("restoring weekly bin collections") for t in texts), texts


def test_a_things_use_after_for_is_no_pledge() -> None:
    text = (
        "The rocket is the only vehicle for launching crews to the station, and the agency"
        " opened a new training centre."
    )
    texts = _texts(text)
    assert any("training centre" in t for t in texts), texts
    assert not any("launching crews" in t for t in texts), texts


def test_a_gerund_with_a_bare_object_is_no_pledge() -> None:
    text = (
        "The party attacked its rivals for cutting taxes and campaigned for scrapping"
        " regional bridge tolls."
    )
    texts = _texts(text)
    assert any("scrapping regional bridge tolls" in t for t in texts), texts
    assert not any("cutting taxes" in t for t in texts), texts


def test_a_gerund_after_a_comma_alone_is_a_clause_not_a_pledge() -> None:
    text = (
        "The Calder Gallery has agreed to return six carved masks to Ghana, ending a long"
        " campaign by Ghanaian officials."
    )
    found = _texts(text)
    assert found  # the campaign is listed, as a noun phrase
    assert not any(item.startswith("ending") for item in found)


def test_a_gerund_of_action_after_a_verb_that_proposes_or_plans() -> None:
    text = "Dunmore Borough Council is considering closing four libraries to save money."
    fact = _one(text, "closing four libraries")
    assert fact.actor == "Dunmore Borough Council"
    assert fact.status == "planned"
    text = "The Harlan County Commission proposed paying for a third of a $90 million stadium."
    fact = _one(text, "paying for a third of a $90 million stadium")
    assert fact.actor == "Harlan County Commission"
    assert fact.status == "proposed"


def test_what_a_sum_is_spent_on_doing_is_the_undertaking() -> None:
    text = "Eastbrook Water will invest £40m in upgrading its sewage works."
    fact = _one(text, "upgrading")
    assert fact.text == "upgrading its sewage works"
    assert (fact.actor, fact.status) == ("Eastbrook Water", "planned")


def test_a_counted_object_of_a_gerund_after_a_sum_is_listed() -> None:
    # The chunker reads "upgrading 30 sewage works" as one noun phrase led by the gerund.
    text = "Eastbrook Water will invest £40m in upgrading 30 sewage works."
    fact = _one(text, "upgrading")
    assert fact.text == "upgrading 30 sewage works"
    assert fact.actor == "Eastbrook Water"
