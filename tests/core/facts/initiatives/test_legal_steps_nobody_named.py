"""A legal step taken by people the article does not name ("Villagers", "Residents") is listed
with no actor when it says what it is against, and its name runs through what it contests
("against plans to build 250 homes", "over the approval of a quarry"); a step that contests
a plan keeps the plan inside its name. Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_legal_step_by_unnamed_people_is_listed_with_no_actor() -> None:
    text = (
        "Villagers have launched a legal challenge against plans to build 250 homes on "
        "farmland near Brantby."
    )
    fact = _one(text, "legal challenge")
    assert fact.text == "legal challenge against plans to build 250 homes"
    assert (fact.actor, fact.status) == (None, "launched")


def test_what_a_legal_step_contests_runs_through_its_of_phrase() -> None:
    text = "A residents' group has launched a legal challenge over the approval of a gravel pit."
    assert _texts(text) == ["legal challenge over the approval of a gravel pit"]


def test_a_plan_a_legal_step_contests_is_inside_the_step() -> None:
    text = (
        "Residents have launched a legal challenge to the county's plans to build a waste "
        "incinerator beside the river."
    )
    assert _texts(text) == ["legal challenge to the county's plans to build a waste incinerator"]


def test_guard_a_step_against_nothing_named_by_nobody_is_no_item() -> None:
    assert _texts("Campaigners launched a legal challenge on Friday.") == []


def test_guard_an_action_by_nobody_named_not_called_legal_is_no_item() -> None:
    text = (
        "Tom Brennan said it was now up to the federation to decide whether they will take "
        "action against Dawes."
    )
    assert _texts(text) == []
