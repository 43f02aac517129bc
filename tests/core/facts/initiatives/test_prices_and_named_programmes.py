"""Initiatives: a price changed is no undertaking; a named programme that will act is one.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_bills_cut_for_customers_are_no_undertaking() -> None:
    # "bill" is a law only when it is not what customers pay.
    text = "Corran Power will also cut bills for 25,000 homes by £30 each, the regulator said."
    assert _texts(text) == []
    text = "Brookvale Water will freeze charges for 90,000 customers next year."
    assert _texts(text) == []
    # A law, and a cut of jobs, stay listed.
    text = "The government will introduce a bill to cap rents in London."
    assert _one(text, "bill to cap rents").actor == "The government"
    assert _one("Dunmore Foods plans to cut 300 jobs.", "cut 300 jobs").status == "planned"


def test_a_fare_or_rent_rise_is_no_undertaking() -> None:
    assert _texts("Kestrel Rail will raise fares by 4% in May.") == []
    assert _texts("Holm Homes plans to raise rents for 3,000 tenants by 5%.") == []
    # A party's pledge to freeze them is a policy, named by the action, not by "bills".
    text = "The Liberal Party has pledged to freeze energy bills for two years."
    assert _texts(text) == ["freeze energy bills"]


def test_a_named_programme_that_will_act_is_listed() -> None:
    text = "The Bright Start programme will give 500 bikes to pupils."
    assert _texts(text) == ["Bright Start programme"]
    text = "The Clean Rivers initiative will also fund 20 new wetlands."
    assert _texts(text) == ["Clean Rivers initiative"]
    # A broadcast programme that will air something is an outlet, no scheme.
    assert _texts("The Today programme will air an interview with the minister.") == []
    assert _texts("The Morning Brief programme will feature the mayor on Monday.") == []


def test_an_amount_in_euros_keeps_its_sign() -> None:
    # Round 39: the tagger read "€" as a noun, so the item began at "150m".
    text = "The €150m scheme will be run by the regional farming agency, the minister said."
    assert _one(text, "scheme").text.startswith("€150m")
