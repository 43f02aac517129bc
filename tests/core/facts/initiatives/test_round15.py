"""Initiatives, round 15: recall a reader trusts. A thing made or run that a naming participle
names ("a van called the Lumora Cargo 3") is a product or venture, named by its name.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_made_thing_named_after_a_prepositional_phrase_is_listed_by_its_name() -> None:
    text = (
        "On Monday the carmaker unveiled a smaller delivery van for city streets called the "
        "Lumora Cargo 3. A driver photographed a fox called Ginger Tom beside the depot."
    )
    fact = _one(text, "Lumora")
    assert fact.text == "Lumora Cargo 3"
    assert fact.actor == "the carmaker"
    # a name needs a verb that makes or runs the thing named: a fox photographed is no venture
    assert not any("Ginger" in t for t in _texts(text))


def test_a_thing_being_built_called_by_a_name_is_listed() -> None:
    fact = _one(
        "The space agency is building a probe called Stellar Finch, which will fly in 2031.",
        "Stellar",
    )
    assert fact.text == "Stellar Finch"
    assert fact.actor == "The space agency"
