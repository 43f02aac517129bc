"""Initiatives: the weighing of a phrase's evidence (a kind of thing counts against it).

Every sentence here is written for these tests; each test asserts that something is listed, so
it fails when `extract` returns nothing.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _texts


def test_a_plural_kind_after_a_word_of_amount_is_no_undertaking() -> None:
    texts = _texts(
        "The bank will offer some basic savings tools to students.\n"
        "The bank also launched a £2 million bursary scheme for trainee accountants."
    )
    assert any("bursary scheme" in t for t in texts), texts
    assert not any("savings tools" in t for t in texts), texts


def test_into_belongs_to_the_verb_unless_the_head_looks_into_something() -> None:
    assert _texts("The government introduced a new housing bill into Parliament.") == [
        "new housing bill"
    ]
    assert _texts("The senator demanded a public inquiry into the collapse of Harbour Bank.") == [
        "public inquiry into the collapse of Harbour Bank"
    ]


def test_an_unowned_plural_no_one_named_undertakes_is_a_kind_of_thing() -> None:
    assert _texts("Under the old rule, drivers had to sign exclusivity contracts.") == []
    text = "Orbix dropped its policy of requiring drivers to sign exclusivity contracts."
    assert _texts(text) == ["policy of requiring drivers to sign exclusivity contracts"]


def test_a_gerund_complement_keeps_its_clause_whole() -> None:
    assert _texts("The council backed a policy of allowing cafes to open late.") == [
        "policy of allowing cafes to open late"
    ]
