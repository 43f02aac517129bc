"""Initiatives: a headline's proposal and the body's named once. When the body names one
proposal ("legislation that would ...") and then calls it by the headline's head ("the plan"),
the two are one undertaking: the fuller name is listed, alone. Every headline and sentence here
is written for these tests."""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _facts

_BODY = (
    "{actor} on Tuesday introduced legislation that would limit what families pay for "
    "childcare each week. The plan would be paid for by a levy on large employers."
)


def test_the_body_calling_its_bill_the_plan_lists_it_once() -> None:
    text = "Senator pushes plan to cut childcare costs\n" + _BODY.format(actor="Senator Ana Ruiz")
    facts = _facts(text)
    assert [(f.text, f.actor) for f in facts] == [
        (
            "legislation that would limit what families pay for childcare each week",
            "Ana Ruiz",
        )
    ]


def test_another_actor_or_a_second_proposal_leaves_both() -> None:
    # the headline's plan is the council's, the body's bill a senator's: two undertakings
    text = "Harbour council unveils plan to cut childcare costs\n" + _BODY.format(
        actor="Senator Ana Ruiz"
    )
    assert len(_facts(text)) == 2
    # two proposals before "the plan": which one it is, is not known
    text = "Senator pushes plan to cut childcare costs\n" + _BODY.format(
        actor="Senator Ana Ruiz on Monday tabled a bill to ban bonuses for bank chiefs. She"
    )
    assert any(f.text == "plan to cut childcare costs" for f in _facts(text))
