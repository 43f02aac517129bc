"""Initiatives: "it" after a body that reports it ("A residents' group said it would sue").

The tracker keeps named bodies only, so "it" found the council named in the sentence before
and gave it the lawsuit. The one reporting is "it": an unnamed group is no actor a reader can
place, but never the council.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _one


def test_it_is_the_body_that_says_it() -> None:
    text = (
        "Brindle Town Council is hosting a public meeting on the car park plan this spring. "
        "A local traders' group said it would sue the council over the plan."
    )
    assert _one(text, "sue").actor != "Brindle Town Council"


def test_an_adverb_after_the_body_keeps_it_the_body_that_says_it() -> None:
    # Round 39: "also" between the name and "said" hid the body the sentence opens on, and "it"
    # found a rival named in passing.
    text = (
        "Halden Optics unveiled a lens on Tuesday to compete with Nimbus and Arkwell. "
        "Halden also said it would build a $2bn test plant in Ohio."
    )
    assert _one(text, "plant").actor == "Halden Optics"
