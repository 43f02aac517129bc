"""Tests for app.core.facts.nlp.organisations: the bodies the discourse tracker has read."""

from __future__ import annotations

from app.core.facts.nlp.names import NameKind
from app.core.facts.nlp.organisations import INTRODUCED_REACH, REACH, Organisations
from tests.core.facts.nlp._discourse_helpers import fed, name_at


def test_it_takes_the_first_subject_of_the_nearest_sentence_naming_a_body() -> None:
    starts = [0, 100]
    bodies = Organisations(starts)
    bodies.push(10, "Elderfield", NameKind.ORGANISATION, subject=True)
    bodies.push(110, "Holmbrau", NameKind.ORGANISATION, subject=True)
    bodies.push(150, "Vastbeer", NameKind.ORGANISATION, subject=False)  # "than Vastbeer"
    found = bodies.last(190)
    assert found is not None and found.entity.name == "Holmbrau"


def test_no_body_beyond_reach() -> None:
    starts = list(range(0, 100 * (REACH + 2), 100))
    bodies = Organisations(starts)
    bodies.push(10, "Elderfield", NameKind.ORGANISATION, subject=True)
    assert bodies.last(starts[-1] + 10) is None


def test_a_body_introduced_as_the_group_is_the_group_within_reach() -> None:
    bodies = Organisations([0])
    bodies.push(10, "Harbour Workers Coalition", NameKind.ORGANISATION, subject=True)
    bodies.introduce("group")
    found = bodies.introduced_as("group", 500)
    assert found is not None and found.name == "Harbour Workers Coalition"
    assert bodies.introduced_as("company", 500) is None
    assert bodies.introduced_as("group", 10 + INTRODUCED_REACH + 1) is None


def test_the_university_is_no_union_whose_name_holds_university() -> None:
    text = (
        "Castlebrook University will cut 120 posts. The University and College Union said it "
        "would ballot its members. The university said it would open a new school in 2027."
    )
    assert name_at(fed(text), "the university", text, "The university said") == (
        "Castlebrook University"
    )
    assert name_at(fed(text), "the union", text, "The university said") == (
        "University and College Union"
    )
