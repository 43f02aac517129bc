"""Initiatives: a bare plural object of a verb of opening or building, with the named places it
is put in after it, says which things are made where ("plans to open cafes in Leeds and Hull"),
as a count would ("open two cafes").

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_bare_plural_put_in_named_places_is_listed_with_them() -> None:
    fact = _one("The bakery chain plans to open cafes in Leeds and Hull this spring.", "cafes")
    assert fact.text == "cafes in Leeds and Hull"
    assert fact.status == "planned"
    fact = _one("Bexmoor Foods will build depots in Leeds, Hull and York.", "depots")
    assert fact.text == "build depots in Leeds, Hull and York"


def test_no_place_named_or_a_definite_object_lists_nothing() -> None:
    assert _texts("The bakery chain plans to open cafes in March.") == []
    assert _texts("The bakery chain plans to open cafes in the summer.") == []
    assert _texts("The bakery chain plans to open the doors in Leeds.") == []
