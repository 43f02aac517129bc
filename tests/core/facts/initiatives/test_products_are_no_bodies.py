"""A name that goes on from a body's name typed before ("the Vantel Nimbus" after "phone maker
Vantel") is that body's product, not a body "the company" can stand for. Our own e-bike article
gave its showrooms to "Lumo Fold", the bike, instead of Lumo."""

from __future__ import annotations

from app.core.document import Document
from app.core.facts import initiatives
from app.core.facts.nlp.body_names import BodyNames

_TEXT = (
    "Vantel unveils folding phone aimed at commuters\n\n"
    "Phone maker Vantel on Tuesday launched a folding phone that it says fits into any pocket, "
    "as it tries to win over city workers.\n\n"
    "The Vantel Nimbus, which weighs 190g and folds in one second, will go on sale in Spain "
    "and Italy in May at a price of £999. The company plans to open shops in Leeds and York "
    "next year.\n\n"
    '"Workers told us the same thing again and again: the phone has to fit a pocket," said '
    'Vantel\'s founder, Ana Ruiz. "We built the Nimbus around that."'
)


def test_the_company_is_the_maker_not_its_product() -> None:
    found = {i.text: i.actor for i in initiatives.extract(Document.from_text(_TEXT))}
    assert found.get("shops in Leeds and York") == "Vantel"


def test_a_name_going_on_from_a_typed_body_is_part_of_it() -> None:
    names = BodyNames()
    names.add(10, "Vantel")
    assert names.part_of(["Vantel", "Nimbus"], 50)
    assert not names.part_of(["Vantel", "Nimbus"], 5)  # named before the body
    assert not names.part_of(["Vantel"], 50)  # the body itself
