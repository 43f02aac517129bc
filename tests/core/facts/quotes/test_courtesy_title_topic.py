"""Round 45 (issue 11): "Mr X said" after two men named X in full means the one of them who was
last the topic, when the nearest sentences that speak of either speak of him alone, even three or
more sentences up; it stays no one when the nearest such sentence names both. Sentences are our
own; the first two and the last fail on the commit before; the third is a guard."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of

_FAMILY = (
    "Ingrid Mortlake opened the bakery in 1984. Her nephew Declan Mortlake ran the ovens and his "
    "cousin Owen Mortlake kept the books.\n\n"
)


def test_mr_surname_is_the_bearer_last_spoken_of_three_sentences_up() -> None:
    body = (
        _FAMILY + "Owen Mortlake now wants a second shop near the station. Rents there have "
        "doubled. The landlord will not lower them. A bank has offered a loan.\n\n"
        "“We can make it pay within two years,” Mr Mortlake said."
    )
    assert speakers_of("", body) == ["Owen Mortlake"]


def test_mr_surname_follows_the_bearer_who_spoke_before() -> None:
    body = (
        _FAMILY + "“The flour costs twice what it did,” Declan Mortlake said. Deliveries come "
        "at four. Two vans are needed. Customers queue before six.\n\n"
        "“Nobody wants to pay more for bread,” Mr Mortlake said."
    )
    assert speakers_of("", body) == ["Declan Mortlake", "Declan Mortlake"]


def test_guard_the_nearest_sentence_naming_both_leaves_no_one() -> None:
    body = (
        _FAMILY + "Rents near the station have doubled. The landlord will not lower them. A "
        "bank has offered a loan.\n\n“We can make it pay within two years,” Mr Mortlake said."
    )
    assert speakers_of("", body) == ["Mortlake"]


def test_mr_surname_is_the_later_topic_of_two_spoken_of_in_turn() -> None:
    body = (
        _FAMILY + "Owen Mortlake now wants a second shop near the station. Declan Mortlake is "
        "against it. He fears the debt. Rents there have doubled. A bank has offered a loan.\n\n"
        "“I would rather bake than borrow,” Mr Mortlake said."
    )
    assert speakers_of("", body) == ["Declan Mortlake"]
