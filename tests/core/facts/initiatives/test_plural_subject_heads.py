"""Initiatives: a plural subject head the tagger read as a present verb ("Health bosses
unveiled a plan": "bosses" as a verb made "Health" the subject and the actor).

Every sentence here is written for these tests.
"""

from __future__ import annotations

from app.core.document import Document
from app.core.facts.initiatives._phrasing import _tokens
from tests.core.facts.initiatives._helpers import _one


def _tags(text: str) -> list[str]:
    document = Document.from_text(text)
    return [t.tag for t in _tokens(document.text, document.sentences[0])]


def test_a_modifier_before_a_misread_plural_is_no_actor() -> None:
    fact = _one("Health bosses unveiled a plan to cut waiting lists.", "plan to cut")
    assert fact.actor != "Health"
    fact = _one("Transport bosses approved a plan to extend the tram line.", "plan to extend")
    assert fact.actor != "Transport"
    assert _tags("Health bosses unveiled a plan.")[1:3] == ["NNS", "VBD"]
    # A finite verb before a participle that modifies its noun, or an auxiliary: unchanged.
    assert _tags("The report says increased demand will push up prices.")[2] == "VBZ"
    assert _tags("The council has launched a scheme.")[2] == "VBZ"
