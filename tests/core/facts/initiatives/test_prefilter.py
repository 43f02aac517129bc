"""Initiatives: which sentences are worth tagging (`_prefilter.Prefilter`).

Every sentence here is written for these tests.
"""

from __future__ import annotations

import pytest

from app.core.facts.initiatives._lexicon import lexicon
from app.core.facts.initiatives._prefilter import Prefilter


@pytest.mark.parametrize(
    "sentence",
    [
        "The town board unveiled a cycling scheme for the riverside.",  # an undertaking head
        "Councillors voted for scrapping the parking charges.",  # a policy gerund
        "Work began on the establishment of a seed library.",  # a setting-up noun
        "The regulator is investigating Quillmark Freight.",  # a verb of legal action
        "Nordvale plans to shut twelve depots.",  # an action under an intention
        "In 2011 two sisters founded Brightwell Pottery.",  # a creating verb, a capitalised word
    ],
)
def test_a_sentence_some_reader_needs_is_tagged(sentence: str) -> None:
    assert Prefilter(lexicon()).may_hold_one(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rain fell on the hills for most of the afternoon.",  # nothing any reader needs
        "Nordvale said twelve depots were busy.",  # no action verb under an intention
        "the two sisters founded a pottery in the old mill.",  # creating verb, nothing named
    ],
)
def test_a_sentence_no_reader_needs_is_not_tagged(sentence: str) -> None:
    assert not Prefilter(lexicon()).may_hold_one(sentence)
