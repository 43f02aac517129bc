"""Tests for app.core.facts.quotes._voice: when a speech verb's subject is not the speaker.

All sentences are written for these tests.
"""

from __future__ import annotations

from functools import partial

from app.core.document import Document
from app.core.facts.quotes import extract
from tests.core.facts.quotes.speakers_of import speakers_of

TITLE = "Ferry strike talks\n\n"


speakers = partial(speakers_of, TITLE)


def test_a_passive_speech_verb_does_not_make_its_subject_the_speaker() -> None:
    body = "In a radio interview, Tom Vance was asked: “Will the ferries sail on Friday?”"
    assert speakers(body) == [None]


def test_a_passive_after_the_quotation_does_not_either() -> None:
    body = "Tom Vance runs the ferry union.\n\n“Will the ferries sail on Friday?” Vance was asked."
    assert speakers(body) == [None]


def test_the_agent_of_a_passive_speech_verb_is_the_speaker() -> None:
    body = (
        "Tom Vance was asked by host Ana Ruiz, who has covered the strike for weeks, "
        "“Will the ferries sail on Friday?”"
    )
    assert speakers(body) == ["Ana Ruiz"]


def test_the_subject_of_a_quoted_participle_is_the_noun_before_it() -> None:
    body = "Ana Ruiz held up a placard saying “Fair pay for crews”."
    assert speakers(body) == [None]


def test_the_head_of_a_relative_speech_verb_is_its_subject() -> None:
    body = "Tom Vance pinned his notice under a banner that read, “No sailings until May.”"
    assert speakers(body) == [None]


def test_a_statement_saying_speaks_for_its_author() -> None:
    # Not "Tom Vance issued a statement": the clause's subject, not the words up to the verb.
    body = "Tom Vance issued a statement saying: “We will not sail.”"
    assert speakers(body) == ["Tom Vance"]


def test_a_later_verb_right_before_the_quotation_introduces_it() -> None:
    body = (
        "Tom Vance said the offer was fair, to which Ana Ruiz interjected: "
        "“That is simply not true.”"
    )
    assert speakers(body) == ["Ana Ruiz"]


def test_a_later_verb_with_an_unread_subject_gives_no_speaker() -> None:
    body = (
        "Tom Vance spoke for an hour. “We are ready,” Vance said as the stranger yelled: "
        "“You are lying!”"
    )
    assert speakers(body) == ["Tom Vance", None]


def test_a_naming_verb_with_as_and_no_object_is_passive() -> None:
    body = (
        "Police searched the harbour on Monday. Tom Vance, 54, described as having a "
        "“deep grudge” against the ferry line, has been missing since Friday."
    )
    found = extract(Document.from_text(TITLE + body))
    assert all(q.speaker is None for q in found)
