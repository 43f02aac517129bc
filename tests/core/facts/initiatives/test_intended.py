"""Initiatives: an action verb and its object under an intention that someone holds.

Every sentence here is written for these tests; each test asserts that something is listed
(or that a named item is), so it fails when `extract` returns nothing.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _facts, _one, _texts


def test_an_intended_action_is_listed_as_its_verb_phrase() -> None:
    fact = _one("Nordbrew plans to shut 300 stores in Norway, its chief executive said.", "shut")
    assert fact.text == "shut 300 stores"
    assert fact.actor == "Nordbrew"
    assert fact.status == "planned"


def test_actions_of_one_pledge_are_each_listed() -> None:
    texts = _texts(
        "The Greens pledged to abolish toll roads and freeze rail fares for five years, their"
        " leader said on Tuesday."
    )
    assert "abolish toll roads" in texts
    assert "freeze rail fares" in texts


def test_an_intended_launch_names_what_is_launched() -> None:
    fact = _one("The ferry group agreed to launch a budget crossing to Bergen.", "crossing")
    assert fact.text == "budget crossing"
    assert fact.status == "announced"


def test_an_action_without_anyone_intending_it_is_not_listed() -> None:
    text = "Analysts said higher prices will increase household debts. Nordbrew will cut 300 jobs."
    texts = _texts(text)
    assert "cut 300 jobs" in texts  # a named body intends it
    assert not any("debts" in t for t in texts)


def test_an_expected_action_is_planned() -> None:
    fact = _one("Nordbrew is expected to shut 40 depots in Finland next year.", "depots")
    assert fact.text == "shut 40 depots"
    assert fact.status == "planned"


def test_a_name_and_plans_to_is_a_clause_not_a_phrase() -> None:
    text = (
        "According to figures published by the agency in March, new capacity for the first"
        " nine months of the year reached 2.75 GW and Accra plans to install 15.5 GW of wind"
        " power by 2031."
    )
    assert not any("Accra plans" in t for t in _texts(text))


def test_an_action_on_a_measure_of_the_economy_is_no_undertaking() -> None:
    texts = _texts("The ministry wants to boost growth. The council will build a flood barrier.")
    assert "build a flood barrier" in texts
    assert not any("growth" in t for t in texts), texts
    texts = _texts("Vendia plans to lower the price of its scanners in Spain.")
    assert not any("price" in t for t in texts), texts


def test_a_vague_action_only_a_reporter_intends_is_no_undertaking() -> None:
    texts = _texts(
        "Officials said the strategy is expected to reduce poverty. Nordbrew plans to shut 40"
        " depots."
    )
    assert "shut 40 depots" in texts
    assert not any("poverty" in t for t in texts), texts


def test_a_plan_noun_names_the_undertaking_not_its_verb_phrase() -> None:
    texts = _texts(
        "The town council of Harlow on Monday approved a £12 million plan to replace its diesel"
        " buses with electric ones by 2030."
    )
    assert any("plan to replace its diesel buses" in t for t in texts), texts
    assert not any(t.startswith("replace") for t in texts), texts


def test_what_someone_would_do_under_a_condition_is_a_threat_not_an_undertaking() -> None:
    assert _texts("Ostrava Steel said it would shut 40 depots.") == ["shut 40 depots"]
    assert _texts("Ostrava Steel said it would shut 40 depots if the strike goes on.") == []


def test_what_a_party_would_do_if_elected_is_still_a_pledge() -> None:
    fact = _one("The Green Party said it would abolish the bridge toll if elected.", "toll")
    assert fact.actor == "Green Party"


def test_a_fine_someone_intends_is_an_undertaking() -> None:
    fact = _one("The regulator will fine Orbix for the outage, officials said.", "fine Orbix")
    assert fact.actor == "The regulator"
    assert fact.status == "planned"


def test_what_a_thing_would_do_is_a_forecast_not_an_intention() -> None:
    text = (
        "The Harbour Board said damage from the storm would close the northern pier for a"
        " month.\n"
        "The Harbour Board said it would close the southern pier for a month."
    )
    found = _texts(text)
    assert "close the southern pier" in found  # the board intends this one
    assert not any("northern" in item for item in found)


def test_works_on_a_thing_that_exists_under_an_intention() -> None:
    text = "Kellby Port Authority will repair the breakwater at Sandholm after the gales."
    fact = _one(text, "repair the breakwater")
    assert fact.actor == "Kellby Port Authority"
    assert fact.status == "planned"
    text = "The Ardmore Canal Trust has agreed to dredge the canal basin before the summer."
    assert _one(text, "dredge the canal basin").actor == "Ardmore Canal Trust"


def test_a_sum_spent_to_do_something_names_what_is_done() -> None:
    text = "Harbury Water will spend £120m to replace old mains under the town centre."
    fact = _one(text, "replace old mains")
    assert fact.actor == "Harbury Water"
    assert fact.status == "planned"
    text = "Ohio's Highways Department will spend $2 billion to rebuild old bridges."
    assert _one(text, "rebuild old bridges").actor == "Ohio's Highways Department"


def test_an_intention_word_after_and_is_a_second_verb_of_the_subject() -> None:
    text = (
        "The harbour authority will spend an extra £3.2m to keep berths open and plans to "
        "launch a cheaper mooring permit for fishing boats from May."
    )
    fact = _one(text, "mooring permit")
    assert fact.text.startswith("cheaper mooring permit for fishing boats")
    assert (fact.actor, fact.status) == ("The harbour authority", "planned")
    assert not any(t.startswith("plans") for t in _texts(text))
    # After a past verb "plans" may be its second object ("criticised the budget and plans to
    # close ..."): the critic is no actor of the closures.
    text = "The mayor criticised the budget and plans to close three swimming pools."
    assert not any(f.actor == "The mayor" for f in _facts(text))


def test_what_a_body_voted_to_do_is_its_undertaking() -> None:
    text = "The parish council voted 6-3 on Monday night to close two public toilets."
    fact = _one(text, "close two public toilets")
    assert (fact.actor, fact.status) == ("The parish council", "announced")


def test_an_object_the_tagger_cut_short_is_not_listed_as_a_fragment() -> None:
    # "streetcar", unknown to the tagger, is read as an adjective after "downtown": the object
    # "the downtown" is cut short, and listing "extend the downtown" would be a fragment.
    text = "The city board voted to extend the downtown streetcar line 3.4 miles east."
    assert not any(t.endswith("downtown") for t in _texts(text))


def test_a_plans_second_verb_after_and_is_a_second_undertaking() -> None:
    # "open", misread as an adjective before "25", is the plan's second verb.
    text = "Brackenfield Foods announced plans to close 12 small stores and open 30 cafes."
    fact = _one(text, "30 cafes")
    assert (fact.actor, fact.status) == ("Brackenfield Foods", "announced")
    # An adjective after "and" in a description is no verb: "warm and open all day".
    assert not _texts("The market hall is warm and open all day.")
