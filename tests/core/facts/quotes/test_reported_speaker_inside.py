"""Round 45 (issue 11): 'She said a flight attendant told passengers: "..."' quotes the one who
told, not the one who reports it; when that subject is someone unnamed the reader cannot read,
no one. "She said it was early but added, ..." keeps her. Sentences are our own; the first
test fails on the commit before, the others are guards."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of

_LEAD = "Dorcas Mbatha, 61, was on the ferry when the engine failed. "


def test_the_reporter_of_someone_elses_words_is_not_their_speaker() -> None:
    body = _LEAD + "She said a deckhand told everyone: “Stay seated and hold on to the rails.”"
    assert speakers_of("", body) == [None]


def test_guard_a_named_subject_inside_is_the_speaker() -> None:
    body = _LEAD + "She said Pavel Ilic told everyone: “Stay seated and hold on to the rails.”"
    assert speakers_of("", body) == ["Pavel Ilic"]


def test_guard_a_verb_joined_to_her_own_is_hers() -> None:
    body = _LEAD + "She said it was frightening but added: “Stay calm and you will be fine.”"
    assert speakers_of("", body) == ["Dorcas Mbatha"]
