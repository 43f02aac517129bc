"""Round 43 (issue 11): a body named with its own question or exclamation mark ("Which?",
"Yahoo!") followed by a verb of saying or finding in lower case does not end a sentence. Our own
sentences; the first test fails on the commit before, the others are guards."""

from __future__ import annotations

from app.core.sentences import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


def test_a_name_with_its_own_mark_before_a_reporting_verb_goes_on() -> None:
    text = (
        "Consumer group Which? said it had tested twelve kettles. "
        "The web firm Yahoo! reported a fall in sales. Both were cited."
    )
    assert _sentences(text) == [
        "Consumer group Which? said it had tested twelve kettles.",
        "The web firm Yahoo! reported a fall in sales.",
        "Both were cited.",
    ]


def test_guard_a_question_or_a_quoted_question_still_ends() -> None:
    text = "Did the plan work? Nobody knew. “Why now?” she asked. Nobody answered."
    assert _sentences(text) == [
        "Did the plan work?",
        "Nobody knew.",
        "“Why now?”",
        "she asked.",
        "Nobody answered.",
    ]


# Round 45: an auxiliary between the name and the verb ("Which? has warned"); the first fails
# on the commit before, the second is a guard.
def test_a_marked_name_before_has_and_a_reporting_verb_goes_on() -> None:
    text = "The watchdog Which? has warned buyers about cheap chargers. Few carry a safety mark."
    assert _sentences(text) == [
        "The watchdog Which? has warned buyers about cheap chargers.",
        "Few carry a safety mark.",
    ]


def test_guard_a_title_with_a_mark_before_another_has_still_ends() -> None:
    text = "The song was called Why? Has anyone heard it since? Nobody knows."
    assert _sentences(text) == [
        "The song was called Why?",
        "Has anyone heard it since?",
        "Nobody knows.",
    ]
