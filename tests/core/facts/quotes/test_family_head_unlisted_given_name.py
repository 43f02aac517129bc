"""Round 43 (issue 11): a bare surname that a father and a son named later share is the first
bearer's even when his given name is not in our first-name list ("Tadhg Carrick ... his son
Liam Carrick ... Carrick said"), where it went to the son; a headline's adjective before the
surname ("Unflappable Okafor") is still no family head. Sentences are our own; the first test
fails on the commit before, the other is a guard. speakers43c: "Mr Carrick" with both men in
view is no one (`test_courtesy_title_two_bearers`), so the bare surname is used here."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_an_unlisted_given_name_keeps_the_surname_as_family_head() -> None:
    body = (
        "Tadhg Carrick opened the bakery in 1979. His son Liam Carrick joined him in 2004.\n\n"
        "“Nobody gets rich selling bread,” Carrick said."
    )
    assert speakers_of("", body) == ["Tadhg Carrick"]


def test_guard_a_headline_adjective_is_still_no_family_head() -> None:
    body = (
        "Defiant Okafor stands firm.\n\n"
        "Farm Minister Daniel Okafor toured the valley on Tuesday. Okafor promised new drains: "
        "“Nobody will be forgotten here.”"
    )
    assert speakers_of("", body) == ["Daniel Okafor"]
