"""Initiatives, round 17: reader precision on a fresh set. Money raised is no fund, the target
of an action is not the undertaking, "whose" stands for the body before it, and "it" after a
sentence's own named body is that body.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from dataclasses import replace

from app.core.document import Document
from app.core.facts.initiatives import extract
from app.core.facts.initiatives._weights import WEIGHTS
from tests.core.facts.initiatives._helpers import _one, _texts


def test_uncounted_funds_are_money_not_a_fund() -> None:
    assert not any(
        "funds" in t
        for t in _texts("The rowing club held a regatta to raise funds for the flood appeal.")
    )
    # counted, or new, they are funds a body sets up
    assert _one("The bank launched two new funds for small savers.", "funds").actor == "The bank"


def test_the_target_of_an_action_is_not_handed_the_actions_verb() -> None:
    text = (
        "The music firm Tarvex launched action against a new streaming venture from a former "
        "rival's founder."
    )
    assert "new streaming venture" not in _texts(text)
    fact = _one(text, "action against")
    assert fact.actor == "Tarvex"


def test_whose_stands_for_the_body_before_it() -> None:
    fact = _one(
        "The whale was tracked, according to a statement from the Harwell Marine Institute, "
        "whose scientists helped conduct the whale-tracking study.",
        "study",
    )
    assert fact.actor == "Harwell Marine Institute"


def test_it_after_the_sentences_own_named_body_is_that_body() -> None:
    text = (
        "Shares in Delmont Foods rose on talk of a bid by Britain's Vexar Ardley. The Globe "
        "said the two were a good fit. Vexar has cut the debt it took on to fund the Kelso "
        "purchase, and said it was seeking acquisitions."
    )
    assert _one(text, "Kelso purchase").actor == "Vexar Ardley"


def test_a_target_named_again_does_not_replace_the_action_against_it() -> None:
    text = (
        "Phone giant Verdo launched action against a new mobile venture from a budget "
        "airline's founder. Verdo said the new mobile venture had copied its colours, and the "
        "venture's founder vowed to fight."
    )
    assert "new mobile venture" not in _texts(text)
    assert _one(text, "action against").actor == "Verdo"


def test_a_participle_clause_is_not_the_subject_of_a_passive_launch() -> None:
    text = (
        "A shaky video showing a crowd of fans chasing two stewards on a tram platform has "
        "been released."
    )
    assert _texts(text) == []


def test_a_name_after_the_noun_that_says_what_it_is_is_that_kind_of_thing() -> None:
    text = (
        "Footage obtained by conservative news publication Kestrel Review released online this "
        "month shows the senator at a diner."
    )
    assert not any("Review" in t for t in _texts(text))
    # a name after an undertaking noun, or with no noun before it, is still the undertaking's
    assert _one("The carmaker unveiled the Lumora Project in May.", "Lumora").actor == (
        "The carmaker"
    )


def test_a_report_released_on_a_named_day_is_no_undertaking() -> None:
    text = "The state medical board released a report Thursday detailing charges against a vet."
    assert not any("Thursday" in t for t in _texts(text))


def test_a_lower_case_head_alone_is_never_listed() -> None:
    # at any threshold: a bare "bill" names nothing a reader can use; "housing bill" does
    lenient = replace(WEIGHTS, threshold=-10.0)
    text = "Ministers published the bill on Monday. Peers backed the housing bill in June."
    facts = extract(Document.from_text(text), lenient)
    assert [f.text for f in facts] == ["housing bill"]
