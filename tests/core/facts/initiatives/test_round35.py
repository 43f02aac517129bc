"""Initiatives, round 35: works and clubs put in hand, and phrases that are no undertaking.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_works_on_a_thing_that_exists_under_an_intention() -> None:
    text = "Kellby Port Authority will repair the breakwater at Sandholm after the gales."
    fact = _one(text, "repair the breakwater")
    assert fact.actor == "Kellby Port Authority"
    assert fact.status == "planned"
    text = "The Ardmore Canal Trust has agreed to dredge the canal basin before the summer."
    assert _one(text, "dredge the canal basin").actor == "Ardmore Canal Trust"


def test_a_club_someone_starts_is_an_undertaking() -> None:
    text = "Millbrook Library started a homework club for pupils in October."
    fact = _one(text, "homework club")
    assert fact.actor == "Millbrook Library"
    assert fact.status == "launched"


def test_a_club_that_plays_is_no_undertaking() -> None:
    text = "The club beat Harwood 2-0 on Saturday and now face the league leaders."
    assert _texts(text) == []
    text = (
        "The board of the rugby club will meet on Monday. A fans' trust, Supporters First, "
        "urged the club to reject the offer."
    )
    assert not any("club" in found for found in _texts(text))


def test_a_phrase_across_a_lost_full_stop_is_no_undertaking() -> None:
    text = (
        "The singer has joined forces with soap brand Lunara. She has been revealed as the "
        "face of soap company Lunara The campaign images show her on a beach. Her agent said "
        "the campaign was her first endorsement. The campaign runs until May."
    )
    assert not any("The campaign" in found for found in _texts(text))


def test_an_aim_reached_is_an_outcome() -> None:
    text = "The squad have around £8m resting on reaching their European target this season."
    assert _texts(text) == []


def test_a_medium_is_not_who_runs_a_campaign() -> None:
    text = (
        "The summer range opened with a TV advertising campaign, featuring its founder. "
        "The TV advertising campaign ran for six weeks in Wales."
    )
    assert _one(text, "TV advertising campaign").actor is None


def test_a_bodys_name_with_a_possessive_in_it_stays_whole() -> None:
    text = "St Cuthbert's Hospice Trust has launched a campaign to fund night nurses at home."
    assert _one(text, "campaign").actor == "St Cuthbert's Hospice Trust"


def test_the_second_part_of_a_name_joined_by_and_is_the_whole_body() -> None:
    text = (
        "Westmoor Fire and Rescue Service will close its Hatton station at night. "
        "The Rescue Service said it would recruit 25 on-call firefighters."
    )
    assert _one(text, "recruit 25").actor == "Westmoor Fire and Rescue Service"


def test_two_capitalised_adjectives_sharing_a_noun_are_one_actor() -> None:
    text = "The Dutch and Belgian governments are appealing against the court's ruling on tolls."
    assert _one(text, "appealing").actor == "The Dutch and Belgian governments"


def test_a_gerund_of_action_after_a_verb_that_proposes_or_plans() -> None:
    text = "Dunmore Borough Council is considering closing four libraries to save money."
    fact = _one(text, "closing four libraries")
    assert fact.actor == "Dunmore Borough Council"
    assert fact.status == "planned"
    text = "The Harlan County Commission proposed paying for a third of a $90 million stadium."
    fact = _one(text, "paying for a third of a $90 million stadium")
    assert fact.actor == "Harlan County Commission"
    assert fact.status == "proposed"


def test_money_paid_is_no_thing_paid_for() -> None:
    text = "Dunmore Borough Council will pay £40,000 in damages. The council will pay for the work."
    assert _texts(text) == []


def test_a_sum_spent_to_do_something_names_what_is_done() -> None:
    text = "Harbury Water will spend £120m to replace old mains under the town centre."
    fact = _one(text, "replace old mains")
    assert fact.actor == "Harbury Water"
    assert fact.status == "planned"
    text = "Ohio's Highways Department will spend $2 billion to rebuild old bridges."
    assert _one(text, "rebuild old bridges").actor == "Ohio's Highways Department"


def test_money_set_aside_for_a_fund() -> None:
    text = "The Welsh Government has set aside a hardship fund of £12m for tenants."
    fact = _one(text, "hardship fund of £12m")
    assert fact.actor == "Welsh Government"
    text = "The council set aside time for questions from residents."
    assert _texts(text) == []


def test_a_retrial_asked_for() -> None:
    text = "Bramley's lawyers have called for a full retrial, saying the jury was misled."
    assert _one(text, "full retrial").status == "proposed"
