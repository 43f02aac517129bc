"""A gerund of giving more of a thing an earlier mention proposes ("increasing public funding for
routes" after "public funding for rural bus routes") is that proposal again, one item; less of
it ("cutting public funding") is another.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _texts

_PROPOSED = (
    "Rural transport. The Transport Board has proposed public funding for rural bus routes "
    "and ferries. "
)


def test_more_of_a_proposed_thing_is_the_same_item() -> None:
    text = _PROPOSED + "It also suggests increasing public funding for routes to £2m a year."
    texts = _texts(text)
    assert any(t.startswith("public funding for rural bus routes") for t in texts), texts
    assert not any(t.startswith("increasing") for t in texts), texts


def test_less_of_a_proposed_thing_is_another_item() -> None:
    text = _PROPOSED + "It also suggests cutting public funding for airports."
    assert any(t.startswith("cutting public funding") for t in _texts(text))


def test_more_of_a_thing_another_body_proposed_is_its_own_item() -> None:
    text = _PROPOSED + "The Harbour Party plans to increase public funding for rural bus routes."
    texts = _texts(text)
    assert any(t.startswith("public funding for rural bus routes") for t in texts), texts
    assert any(t.startswith("increase public funding") for t in texts), texts
