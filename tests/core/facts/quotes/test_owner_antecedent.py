"""A "he"/"she" whose nearest clause subject is owned by a person described ("The candidate's
Twitter feed is a line to his mind, so he tweeted"): the owner is the antecedent, placed only
by the title the article introduced someone with, else no one; never the person named before.
Sentences are our own; each test fails on 1bfbe7a except the guard, marked."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "News\n\n")


def test_the_candidates_feed_is_not_the_pollster_quoted_before() -> None:
    body = (
        "Dan Marsh, a psychologist at Leeds, has studied the race for a year. "
        "“He needs the spotlight,” Marsh said. Narcissists can achieve great things. "
        "The candidate's Twitter feed is a direct line to his mind, so it was no surprise "
        "that after the vote he tweeted: “Appreciate the congratulations.”"
    )
    assert speakers(body) == ["Dan Marsh", None]


def test_a_stray_symbol_inside_the_owned_phrase() -> None:
    body = (
        "Dan Marsh, a psychologist at Leeds, has studied the race for a year. "
        "“He needs the spotlight,” Marsh said. "
        "The candidate's @TeamHale account is his own megaphone, and on Monday he posted: "
        "“We will win this again.”"
    )
    assert speakers(body) == ["Dan Marsh", None]


def test_the_candidates_wife_does_not_send_he_back_to_the_pollster() -> None:
    body = (
        "Dan Marsh, a psychologist at Leeds, has studied the race for a year. "
        "“He needs the spotlight,” Marsh said. "
        "The candidate's wife was not surprised when he tweeted: “Appreciate the support.”"
    )
    assert speakers(body) == ["Dan Marsh", None]


def test_the_senators_record_is_the_senator_introduced_so() -> None:
    """Guard (passes on 1bfbe7a): the owner introduced with its title is the one."""
    body = (
        "Senator Tom Hale is standing for a third term. Dan Marsh, a pollster in Dayton, has "
        "studied the race. “He has never lost,” Marsh said. "
        "The senator's record is strong, and he told supporters: “We will win this again.”"
    )
    assert speakers(body) == ["Dan Marsh", "Tom Hale"]


def test_an_owned_person_the_pronoun_fits_is_left_to_the_tracker() -> None:
    """Guard (passes on 1bfbe7a): "his brother" is someone new the tracker may read."""
    body = (
        "Ana Ruiz has run the bakery on Mill Street for twenty years. “We bake every night,” "
        "she said. Her brother Tom Ruiz opened a second shop last year. The shop's manager "
        "is hopeful, and Tom Ruiz said: “The town has taken to it.”"
    )
    assert speakers(body) == ["Ana Ruiz", "Tom Ruiz"]
