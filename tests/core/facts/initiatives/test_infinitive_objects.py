"""Initiatives: the object of an undertaking's infinitive with an infinitive of its own.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _texts


def test_what_the_people_helped_are_to_do_is_part_of_the_name() -> None:
    # "a scheme to help families" says whom, not what for: a fragment.
    text = "The council unveiled a scheme to help families to buy their first homes."
    assert _texts(text) == ["scheme to help families to buy their first homes"]
    text = "The EU will launch a public campaign to encourage people to recycle old phones."
    assert _texts(text) == ["public campaign to encourage people to recycle old phones"]
