"""A capitalised compound role before a name ("Co-owner Rosa Delgado") is a role, not part of
the name; a name's own compound ("Jean-Paul Ortiz") stays whole."""

from __future__ import annotations

from app.core.facts.nlp.names import find_names
from tests.core.facts.quotes.speakers_of import speakers_of


def test_a_compound_role_before_a_name_is_left_out_of_the_speaker() -> None:
    body = 'Co-owner Rosa Delgado said: "People want to see the ovens."'
    assert speakers_of("", body) == ["Rosa Delgado"]
    assert speakers_of("", '"We will see," said Vice-chair Tom Reed.') == ["Tom Reed"]


def test_a_compound_role_is_held_as_a_title_and_a_compound_name_stays_whole() -> None:
    (name,) = [n for n in find_names("Co-owner Rosa Delgado opened the shop.") if n.text]
    assert name.text == "Rosa Delgado" and "co-owner" in name.titles
    assert speakers_of("", 'Jean-Paul Ortiz said: "We will see."') == ["Jean-Paul Ortiz"]
