"""Tests for app.core.facts.dates._clause: the tense words of a clause, the words of a modal's
own verb phrase, a date opening a joined clause, and a present expectation. Each reads plain
strings (the words before or after a date), with no text scanned around them. Sentences are our
own.
"""

from __future__ import annotations

import re

from app.core.facts.dates._clause import (
    _IRREGULAR_PAST,
    _IRREGULAR_PAST_WORDS,
    _word_trie,
    expects_ahead,
    in_own_clause,
    opens_coordinated_clause,
    tense_words,
)


def test_a_word_trie_matches_the_same_words_as_their_list() -> None:
    words = ["ran", "rang", "rode", "rose", "met", "meant", "fed", "fell", "a"]
    trie = re.compile(_word_trie(words))
    plain = re.compile("|".join(words))
    probes = [*words, "r", "ra", "rangs", "ro", "mea", "fe", "fells", "", "b", "meat"]
    for probe in probes:
        assert bool(trie.fullmatch(probe)) == bool(plain.fullmatch(probe)), probe


def test_the_irregular_past_forms_are_written_as_a_trie_of_the_list() -> None:
    pattern = re.compile(_IRREGULAR_PAST)
    words = _IRREGULAR_PAST_WORDS.split("|")
    assert all(pattern.fullmatch(word) for word in words)
    assert not any(pattern.fullmatch(word + "s") for word in words if word + "s" not in words)


def _read(text: str) -> list[tuple[str, bool]]:
    return [(m.group(), ahead) for m, ahead in tense_words(text)]


def test_tense_words_come_in_order_each_marked_ahead_or_not() -> None:
    assert _read("The depot closed and the firm will reopen it") == [
        ("closed", False),
        ("will", True),
    ]


def test_the_present_of_a_scheduled_event_points_ahead_but_a_plural_noun_does_not() -> None:
    assert _read("the festival opens") == [("opens", True)]
    assert _read("after two plays") == []


def test_a_modals_own_phrase_keeps_its_adjective_out() -> None:
    left = "the trust would publish detailed"
    kept = in_own_clause(left, tense_words(left))
    assert [m.group() for m, _ in kept] == ["would"]


def test_guard_a_past_verb_after_a_new_clause_is_kept() -> None:
    left = "the trust would say that it voted"
    kept = in_own_clause(left, tense_words(left))
    assert [m.group() for m, _ in kept] == ["would", "voted"]


def test_a_date_opening_a_joined_clause_with_its_own_verb_starts_that_clause() -> None:
    left = "The board said it would sell the yard, and in "
    right = " the buyer walked away"
    start = opens_coordinated_clause(left, right, tense_words(right))
    assert start is not None
    assert left[start:].startswith(" and in")


def test_guard_a_joined_date_with_no_verb_of_its_own_opens_no_clause() -> None:
    left = "The club will hold trials in May, and in "
    assert opens_coordinated_clause(left, " too", tense_words(" too")) is None


def test_guard_a_saying_set_off_by_commas_is_an_aside() -> None:
    left = "Rents rose, and in "
    right = ", the agents said, they could rise again"
    assert opens_coordinated_clause(left, right, tense_words(right)) is None


def test_a_present_expectation_right_before_the_date_looks_ahead() -> None:
    left = "A verdict is expected in "
    assert expects_ahead(left, tense_words(left))
    left = "The review is due by the end of "
    assert expects_ahead(left, tense_words(left))


def test_guard_a_past_or_a_topic_between_does_not_look_ahead() -> None:
    for left in (
        "A verdict was expected in ",
        "A ruling is expected on the collapse in ",
        "A verdict is expected, the lawyers said, in ",
    ):
        assert not expects_ahead(left, tense_words(left)), left
