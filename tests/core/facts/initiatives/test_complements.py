"""Initiatives: where an undertaking's name starts and ends: the complement its head takes, a
time, a sum, a participle or gerund before or after it, a quoted verb in its infinitive.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_by_the_end_of_a_month_is_when_not_who() -> None:
    fact = _one(
        "The brewer hopes to announce a preferred takeover by the end of the year.", "takeover"
    )
    assert fact.text == "preferred takeover"


def test_a_gerund_after_of_completes_the_name() -> None:
    fact = _one(
        "The regulator said it would launch a review of monitoring at every river works by May.",
        "review",
    )
    assert fact.text == "review of monitoring"


def test_a_participle_of_change_before_the_noun_is_in_the_name() -> None:
    fact = _one(
        "The weak results overshadowed increased production targets for the miner's copper "
        "fields in Chile.",
        "production targets",
    )
    assert fact.text.startswith("increased production targets")


def test_an_intended_action_stops_before_a_time() -> None:
    fact = _one(
        "The town council said it would set up a register of approved roofers next year.",
        "register",
    )
    assert fact.text == "register of approved roofers"


def test_the_progressive_of_a_verb_of_change_keeps_its_object() -> None:
    _one(
        "Vantrix said it is also increasing efforts to stop software piracy in Asia.",
        "efforts to stop software piracy",
    )


def test_a_participle_clause_after_an_undertaking_is_not_its_head() -> None:
    text = (
        "Harfield Council said on Monday it would spend more on home insulation. The council "
        "also announced a grant scheme offering households up to 500 pounds for new boilers."
    )
    fact = _one(text, "grant scheme")
    assert fact.text == "grant scheme"
    assert fact.actor == "Harfield Council"
    text = (
        "Missed appointments cost St Anne's Hospital thousands each year. Last month the "
        "hospital trust launched a text message service reminding patients of their "
        "appointments."
    )
    assert _one(text, "text message service").text == "text message service"
    # After a noun that is no undertaking, or as a modifier, the participle stays in the phrase.
    assert _texts("The regime introduced a ban on men wearing jeans.") == [
        "ban on men wearing jeans"
    ]
    text = "Shares in Ferrow Media rose. The firm unveiled its Nimbus streaming service on Monday."
    assert _one(text, "streaming").text == "Nimbus streaming service"


def test_a_state_a_sum_and_a_count_are_not_cut_or_taken_for_who_acts() -> None:
    # "on hold" is the plan's state, not what it is about: the plan alone names nothing.
    text = "Ferrow Media had a plan. Ferrow Media has now put the plan on hold."
    assert not any("hold" in t for t in _texts(text))
    # "by £2bn" is how much, never who cuts nor part of what is cut.
    assert not any(
        "£2bn" in t for t in _texts("Mr Dale also stressed Labour promises to cut tax by £2bn.")
    )
    # "hundreds" names nothing without its "of" phrase.
    text = "Ana Ruiz and Tom Bale on Monday launched new plans to merge hundreds of councils."
    fact = _one(text, "new plans")
    assert fact.text == "new plans to merge hundreds of councils"
    assert fact.actor == "Ana Ruiz and Tom Bale"


def test_an_upgrade_of_a_thing_is_listed_whole_not_the_thing() -> None:
    text = (
        "A £48m upgrade of the Northbank ferry service to the islands was approved "
        "by the city council on Tuesday."
    )
    fact = _one(text, "upgrade")
    assert fact.text.startswith("£48m upgrade of the Northbank ferry service")
    assert fact.actor == "the city council"


def test_money_set_aside_for_a_fund() -> None:
    text = "The Welsh Government has set aside a hardship fund of £12m for tenants."
    fact = _one(text, "hardship fund of £12m")
    assert fact.actor == "Welsh Government"
    text = "The council set aside time for questions from residents."
    assert _texts(text) == []


def test_an_infinitive_complement_runs_through_a_quoted_verb() -> None:
    text = (
        'Ashby Council is considering a scheme to "green" part of the high street near the '
        "market, which would cost about £3m."
    )
    assert _one(text, "scheme").text == 'scheme to "green" part of the high street'


def test_a_name_never_ends_on_the_words_before_an_amount() -> None:
    text = (
        "Tarnside Water will introduce a rebate of up to 40% for low-income pensioners next year."
    )
    assert _one(text, "rebate").text == "rebate of up to 40% for low-income pensioners"
    text = "The museum will offer a grant of up to £5,000 each to local artists."
    assert _one(text, "grant").text == "grant of up to £5,000"


def test_a_day_before_the_verb_is_no_part_of_its_object() -> None:
    text = "The transport ministry on Thursday proposed new charges for e-scooter hire firms."
    assert not any("Thursday" in t for t in _texts(text))


def test_works_named_by_a_plural_head_are_listed_whole() -> None:
    text = "Eastbrook Water will invest £40m in new treatment works."
    fact = _one(text, "treatment")
    assert fact.text == "new treatment works"
    assert fact.actor == "Eastbrook Water"


def test_a_site_named_by_its_place_is_listed_whole() -> None:
    text = "Corvane Robotics also plans to open a factory in Rostock next year."
    fact = _one(text, "factory")
    assert fact.text == "factory in Rostock"
    assert (fact.actor, fact.status) == ("Corvane Robotics", "planned")
    # Not a place's name: no listing of "a plant in the north" as a named site.
    assert not any("north" in t for t in _texts("Corvane plans to build a plant in the north."))
