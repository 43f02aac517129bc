"""Initiatives: undertakings a reader expects in short news stories, missed before round 21.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_plan_set_out_or_laid_out_is_announced() -> None:
    text = "The mayor of Eastbrook has set out a plan to close the city centre to most cars."
    fact = _one(text, "plan to close the city centre")
    assert fact.status == "announced"
    text = "Tarn Water has set out a £90m programme to replace its oldest pipes."
    assert _one(text, "programme").actor == "Tarn Water"
    text = "The health minister laid out plans to merge the two hospital trusts."
    # named by the act (round 39: "plans to" tells a reader nothing)
    assert _one(text, "merge the two hospital trusts").status == "announced"
    # "set out" a position or an opinion is no undertaking.
    assert _texts("The mayor set out her position on the city centre at a meeting.") == []


def test_a_sum_spent_or_invested_on_an_undertaking() -> None:
    text = "Velantis said on Thursday it would spend $3.2bn on a second chip factory near Columbus."
    fact = _one(text, "second chip factory")
    assert fact.actor == "Velantis"
    text = "Corvex Motors will invest £200m in a new battery plant in Ohio."
    fact = _one(text, "new battery plant")
    assert (fact.actor, fact.status) == ("Corvex Motors", "planned")
    # Spending on a kind of thing, or time spent, is no undertaking.
    assert _texts("The council will spend more on public services next year.") == []
    assert _texts("Dorlan Energy spent two years on the project.") == []


def test_the_object_of_an_infinitive_is_no_inner_undertaking() -> None:
    # "a plan to close the leisure centre": the plan is the undertaking, not the centre.
    text = "Harfield Council has unveiled a plan to close its leisure centre."
    assert _texts(text) == ["plan to close its leisure centre"]
    text = "The government announced reforms to its tax system."
    assert _texts(text) == ["reforms to its tax system"]


def test_a_relative_clause_names_what_a_bill_would_do() -> None:
    text = (
        "A Senate committee voted 14-8 on Wednesday to advance a bill that would cap the"
        " monthly cost of insulin at $35 for people with private insurance."
    )
    fact = _one(text, "bill")
    assert fact.text == "bill that would cap the monthly cost of insulin"
    assert fact.actor == "A Senate committee"
    text = "The assembly approved a plan that would double the number of night buses."
    assert _texts(text) == ["plan that would double the number of night buses"]
    # A clause cut before its object's own verb, or one describing what a thing can do, is
    # left out of the name.
    text = "Ministers approved proposals that could see fathers take six months of paid leave."
    assert "proposals that could see fathers" not in _texts(text)
    text = "Vendia launched a new service that can translate speech into sign language."
    assert _texts(text) == ["new service"]


def test_an_infinitive_object_keeps_its_of_phrase() -> None:
    text = "Harfield Council has unveiled plans to limit the number of new betting shops."
    assert _texts(text) == ["plans to limit the number of new betting shops"]


def test_an_intended_action_on_a_share_of_things() -> None:
    text = "Brightmart said on Monday it would close 60 of its smaller stores next year."
    fact = _one(text, "close 60 of its smaller stores")
    assert fact.actor == "Brightmart"


def test_a_body_s_plans_are_not_those_of_who_reports_them() -> None:
    text = (
        "Flooding will get worse under government plans to build more than 5,000 homes on"
        " the Calder plain, campaigners have warned."
    )
    fact = _one(text, "build more than 5,000 homes")
    assert fact.actor is None


def test_what_a_body_said_it_would_do_is_planned() -> None:
    text = "Velantis said on Thursday it would spend $3.2bn on a second chip factory."
    assert _one(text, "second chip factory").status == "planned"
    text = "Brightmart's chairman said the retailer would launch a loyalty scheme for pensioners."
    assert _one(text, "loyalty scheme").status == "planned"
    # Not reported: a condition or a wish stays proposed.
    text = "Brightmart would launch a loyalty scheme for pensioners if costs fell."
    assert _one(text, "loyalty scheme").status == "proposed"


def test_the_name_set_off_after_a_role_of_a_place_is_the_actor() -> None:
    text = "The mayor of Eastbrook, Tamsin Reid, has set out a plan to close the city centre."
    assert _one(text, "plan to close the city centre").actor == "Tamsin Reid"
    text = "The leader of Harfield Council, Dev Patel, unveiled a £40m housing scheme."
    assert _one(text, "housing scheme").actor == "Dev Patel"


def test_plans_for_places_are_about_them_not_undertakings() -> None:
    text = "The Sentencing Council announced its proposals for England and Wales."
    assert "England" not in _texts(text)
    assert "Wales" not in _texts(text)
    text = "Harfield Council unveiled its proposals for Leeds and Bradford."
    assert "Bradford" not in _texts(text)
    # What the plans are for stays their item when it is an undertaking or a named project.
    text = "Ministers announced plans for Crossrail."
    assert _texts(text) == ["Crossrail"]
