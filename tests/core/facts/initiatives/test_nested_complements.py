"""Initiatives: a name runs on over the complement its complement takes ("a fund for
research into dementia") and over what a new thing is on or for ("new checks on large
transfers").

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _texts


def test_complements_of_complements_and_of_new_things_are_named() -> None:
    texts = _texts("The charity said it would set up a new fund for research into dementia.")
    assert texts == ["new fund for research into dementia"]
    texts = _texts("The company said it would introduce new checks on large transfers.")
    assert texts == ["new checks on large transfers"]
    # A time is no complement; a verb that makes nothing keeps its object alone.
    texts = _texts("The firm said it would introduce new checks on Monday.")
    assert texts == ["new checks"]
