"""Round 22 (issue 11 item 1): a body said short ("Wanderers", "Ostby") is reported by the
full name the article gave it ("Castlegate Wanderers", "Ostby Motors"), as a person's
surname is. Sentences are our own; each test fails on 92664cf except the guards, marked."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "Sport\n\n")


def test_the_club_after_its_short_name_is_the_full_name() -> None:
    body = (
        "Castlegate Wanderers have parted company with their head coach Ian Tolley after nine "
        "games without a win. The news came a day after a 3-1 defeat at Orchard Park, where "
        "Wanderers had their captain sent off. "
        "“We are grateful to Ian for his hard work,” the club said in a statement."
    )
    assert speakers(body) == ["Castlegate Wanderers"]


def test_a_firm_said_short_is_the_full_name() -> None:
    body = (
        "Ostby Motors is to close its van plant in Luton with the loss of 900 jobs. "
        "Ostby blamed falling sales in Europe. "
        "“This was a very hard decision,” Ostby said."
    )
    assert speakers(body) == ["Ostby Motors"]


def test_a_short_name_two_bodies_end_with_stays_as_written() -> None:
    """Guard (passes on 92664cf): "Rovers" after two clubs called "... Rovers" is either."""
    body = (
        "Harbourside Rovers beat Millbrook Rovers 2-0 on Saturday. "
        "“It was a fair result,” Rovers said."
    )
    assert speakers(body) == ["Rovers"]


def test_a_persons_surname_is_no_firms_short_name() -> None:
    """Guard (passes on 92664cf): "Morgan" is the economist named in full, not the bank."""
    body = (
        "Shares in Morgan Stanley rose on Friday. Ruth Morgan, an economist at Fenwick Bank, "
        "said the rally would not last. “Rates will stay high,” Morgan said."
    )
    assert speakers(body) == ["Ruth Morgan"]
