"""A hyphenated describing word before a named person ("season-ticket holder Mike Rowe",
"long-time neighbour Ana Ruiz") is a description like any other after an inverted verb
(`_speaker_shape._described_person`)."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_a_hyphenated_word_before_a_role_and_a_name() -> None:
    body = 'Fans were split.\n\n"It had to happen," said season-ticket holder Mike Rowe.'
    assert speakers_of("", body) == ["Mike Rowe"]


def test_a_hyphenated_word_before_a_plain_noun_and_a_name() -> None:
    body = 'The shop closed on Friday.\n\n"We will miss it," said long-time customer Ana Ruiz.'
    assert speakers_of("", body) == ["Ana Ruiz"]
