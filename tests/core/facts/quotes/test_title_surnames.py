"""Round 43 (issue 11): a surname that is also a title ("Ruth King", "Alan Bishop", "Jane Lord")
is the person's name after a first name, and the person named so in full may later be called by
it alone ("Lord disagreed", "Mr Bishop said"). Before, the name reader cut the title off and read
no name at all, so "she" went to the woman quoted before. Sentences are our own."""

from __future__ import annotations

from app.core.facts.nlp.names import find_names
from tests.core.facts.quotes.speakers_of import speakers_of


def test_a_title_after_a_first_name_is_the_surname() -> None:
    names = find_names("Local councillor Ruth King said the hall would stay open.")
    assert [(n.text, n.titles) for n in names if n.text != "Local"] == [
        ("Ruth King", ("councillor",))
    ]


def test_guard_a_title_before_a_name_stays_a_title() -> None:
    names = find_names("Paris Mayor Anne Hidalgo and King Olaf met on Friday.")
    assert [n.text for n in names] == ["Anne Hidalgo", "Olaf"]


def test_a_lone_title_surname_is_the_person_named_so_before() -> None:
    body = (
        "Councillor Jane Lord, who chairs the planning committee, said the stadium was too "
        "large.\n\nMary Webb, the council leader, backed the plan. “It will bring jobs,” she "
        "said.\n\nLord disagreed. “The roads will not cope,” she said.\n\nMr Lord said nothing "
        "more. “We will vote next week,” said Lord."
    )
    assert speakers_of("", body) == ["Mary Webb", "Jane Lord", "Jane Lord"]


def test_a_title_surname_signs_and_is_he_later() -> None:
    body = (
        "The theatre's manager, Alan Bishop, said ticket sales had halved. “We have tried "
        "everything,” he said.\n\nBishop said he was grateful for the support. “The town has "
        "been wonderful,” he said."
    )
    assert speakers_of("", body) == ["Alan Bishop", "Alan Bishop"]


def test_guard_the_title_with_the_is_no_one_named_so() -> None:
    body = (
        "Ruth King, a florist, sent flowers to the palace.\n\n“It is a great honour,” the King "
        "said."
    )
    assert speakers_of("", body) != ["Ruth King"]
