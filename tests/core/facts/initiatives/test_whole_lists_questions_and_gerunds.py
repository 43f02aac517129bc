"""An undertaking's name is whole: a sum spent on a list names the whole list ("storm tanks and
pipe upgrades", not its last item), a head of looking into takes a question as its complement
("a review of how ..."), and a campaign takes a gerund after "against". Sentences are our own."""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _texts


def test_a_sum_spent_on_a_list_names_the_whole_list() -> None:
    text = "Northmere Water will spend £30m on storm tanks and pipe upgrades over five years."
    assert _texts(text) == ["storm tanks and pipe upgrades"]


def test_a_review_takes_a_how_question() -> None:
    text = "The transport secretary ordered a review of how train operators handle complaints."
    assert _texts(text) == ["review of how train operators handle complaints"]


def test_an_inquiry_takes_a_whether_question() -> None:
    text = "The regulator launched an inquiry into whether banks overcharged customers."
    assert _texts(text) == ["inquiry into whether banks overcharged customers"]


def test_a_campaign_against_a_gerund_is_whole() -> None:
    text = "The borough council launched a campaign against fly-tipping in May."
    assert _texts(text) == ["campaign against fly-tipping"]


def test_guard_spending_on_things_no_one_names_lists_nothing() -> None:
    assert _texts("The firm spent £2m on staff and marketing.") == []


def test_guard_a_plan_takes_no_question() -> None:
    # "plan" is no head of looking into: the wh-clause is not read as its name
    text = "The council unveiled a plan on Monday, and asked how residents would use it."
    assert all("how" not in t for t in _texts(text))
