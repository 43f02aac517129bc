"""Round 45 (issue 11): a body named with its own mark before an auxiliary and a verb of saying
("Which? has warned") is known to the tracker (its sentence goes on: tests/core/
test_sentences_marked_names.py), so a later "it said" is its own. A people as speaker ("the
Swiss said") names no person. Sentences are our own; the first test fails on the commit before,
the second is a guard."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_it_said_after_a_marked_name_that_has_warned_is_that_body() -> None:
    body = (
        "The watchdog Which? has warned buyers about cheap chargers. Few carry a safety mark.\n\n"
        "“Three of the ten we bought overheated within an hour,” it said."
    )
    assert speakers_of("", body) == ["Which?"]


def test_guard_a_people_as_speaker_names_no_person() -> None:
    body = (
        "Coach Ennio Valli watched Italy beat Switzerland 2-1 in Lugano. Pia Roth scored the "
        "only goal for the hosts.\n\n“We gave them far too much room,” the Swiss said."
    )
    assert speakers_of("", body) in (["the Swiss"], [None])
