"""Helpers shared by the initiatives tests: extract from our own text and find an item."""

from __future__ import annotations

from app.core.document import Document
from app.core.facts.initiatives import extract
from app.core.facts.model import InitiativeFact


def _facts(text: str) -> list[InitiativeFact]:
    return extract(Document.from_text(text))


def _one(text: str, words: str) -> InitiativeFact:
    """The listed initiative whose text holds `words` (fails when there is none)."""
    facts = _facts(text)
    found = [f for f in facts if words in f.text]
    assert found, f"{words!r} not listed; got {[f.text for f in facts]}"
    return found[0]


def _texts(text: str) -> list[str]:
    return [f.text for f in _facts(text)]


# A body described in one sentence and named by "It" in the next (the actor and status tests).
_DESCRIBED = (
    "The district council said the survey would shape its transport plans. "
    'It is considering a scheme to "green" part of the high street near the market.'
)
