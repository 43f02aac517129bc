"""Tests for app.core.facts.nlp.appositions: the name set off by an apposition."""

from __future__ import annotations

from app.core.facts.nlp.appositions import name_before_apposition, name_before_open_apposition


def before_said(text: str) -> str | None:
    found = name_before_apposition(text, 0, text.index(" said"))
    return found.text if found is not None else None


def test_the_name_before_a_description_set_off_by_commas() -> None:
    assert before_said("Ana Ruiz, head of sales at Nordline, said so.") == "Ana Ruiz"


def test_a_list_of_names_inside_the_description_is_not_the_apposition() -> None:
    text = "Ana Ruiz, head of sales at Nordline Ferries, Freight, and Logistics, said so."
    assert before_said(text) == "Ana Ruiz"


def test_a_long_description_with_a_place_and_a_second_role_is_still_the_apposition() -> None:
    # Web copy stacks an affiliation, a city and a second role between the commas.
    text = (
        "Nora Field, a senior engineer at the Coastal Works Institute in Leeds, England, and "
        "co-author of the survey, said so."
    )
    assert before_said(text) == "Nora Field"


def test_a_whole_clause_between_commas_is_no_apposition() -> None:
    text = "In Leeds, the engineers who had worked on the survey for years were tired, said Ana."
    assert before_said(text) is None


def test_an_apposition_left_open_before_its_verb_still_gives_the_name() -> None:
    text = "Ana Ruiz, an analyst at the Harbour Institute told the radio."
    found = name_before_open_apposition(text, 0, text.index(" told"))
    assert found is not None and found.text == "Ana Ruiz"
    clause = "Ana Ruiz, who runs the Harbour Institute told the radio."
    assert name_before_open_apposition(clause, 0, clause.index(" told")) is None


def test_a_name_after_of_before_an_apposition_belongs_to_the_name_before_it() -> None:
    text = "Councillor Ines Varga of Lowfield, who chairs the board, said the plan"
    found = name_before_apposition(text, 0, text.index("said"))
    assert found is not None and found.text == "Ines Varga of Lowfield"
    text = "Ines Varga of the Lowfield Trust, a tenants' group, said the plan"
    found = name_before_apposition(text, 0, text.index("said"))
    assert found is not None and found.text == "Ines Varga of the Lowfield Trust"


def test_a_description_with_its_own_who_clause_is_still_the_apposition() -> None:
    # Round 37: "NAME, a DESCRIPTION who ..., said" gave the last name of the clause ("Senate").
    text = (
        "Nell Parrish, a Democrat from Ohio who chairs a caucus of about 40 members in the "
        "Senate, said so."
    )
    assert before_said(text) == "Nell Parrish"
    # A clause whose subject is a name is no description ("In Leeds, Ana who ...").
    text = "In Leeds, Engineers who had worked on the survey for years, said Ana."
    assert before_said(text) is None
