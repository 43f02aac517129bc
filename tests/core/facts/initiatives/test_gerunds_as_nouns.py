"""A policy gerund used as a noun, its object after "of", asked for ("calls for a lowering of
the voting age") is the same pledge as "for lowering the voting age"; after a "for" that asks
for nothing ("praised for", "gathered for") it is none.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_gerund_of_an_asked_for_noun_is_listed_with_its_object() -> None:
    text = (
        "Island politics. The report on turnout prompted calls for a lowering of the "
        "ferry fare cap for students."
    )
    item = _one(text, "lowering of the ferry fare cap")
    assert item.status == "proposed"


def test_a_gerund_noun_after_a_verb_of_proposing_takes_its_subject() -> None:
    text = "Pay row. The Dockers Union pushed for the scrapping of the night shift scheme."
    assert _one(text, "scrapping of the night shift scheme").actor == "Dockers Union"


def test_a_gerund_noun_after_a_for_that_asks_nothing_is_no_pledge() -> None:
    text = "Transport. The mayor was praised for the building of the harbour tram line."
    assert not any("building of" in t for t in _texts(text))
