"""Initiatives: the pass over the document (furniture, datelines, comments, advice, list length,
whole phrases located in the text).

Every sentence here is written for these tests; each test asserts that something is listed
(or that a named item is), so it fails when `extract` returns nothing.
"""

from __future__ import annotations

import pytest

from tests.core.facts.initiatives._helpers import _facts, _one, _texts


def test_items_are_whole_phrases_located_in_the_text() -> None:
    text = (
        "Harbourside Ferries has launched a night service between Oban and Mull.\n"
        "The company also opened a new booking office in the town."
    )
    facts = _facts(text)
    assert len(facts) >= 2
    for fact in facts:
        assert text[fact.start : fact.end] == fact.text
        assert fact.text == fact.text.strip()
        assert fact.text[0].isalnum() and fact.text[-1].isalnum()


def test_readers_comments_at_the_end_are_not_read() -> None:
    body = (
        "The health board launched a dental outreach programme for rural schools.\n"
        "Dentists will visit forty schools in the first year.\n"
    )
    comments = (
        "I think the government should launch a national tooth scheme for adults.\n"
        "In my town we need a new dental hospital project more than anything.\n"
        "I would set up a free toothbrush fund for every family.\n"
    )
    texts = _texts(body + comments)
    assert any("dental outreach programme" in t for t in texts), texts
    assert not any("tooth scheme" in t or "toothbrush fund" in t for t in texts), texts


def test_a_short_list_for_a_short_article() -> None:
    text = " ".join(
        f"The council launched a new {kind} scheme for the town." for kind in "abcdefghijklmno"
    )
    assert 1 <= len(_facts(text)) <= 8


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Vendia launches a new payments platform for market traders",
        "Photo: Vendia's new payments platform for market traders (Getty Images)",
    ],
    ids=["related_link", "caption"],
)
def test_furniture_lines_are_not_read(line: str) -> None:
    text = (
        f"Harbour Trust opened a pilot scheme for homeless veterans on Tuesday.\n{line}\n"
        "Officials said more places would follow."
    )
    texts = _texts(text)
    assert any("pilot scheme" in t for t in texts), texts
    assert not any("payments platform" in t for t in texts), texts


def test_the_documents_dateline_is_cut_before_tagging() -> None:
    text = (
        "Indianapolis, Ind. (AP) — The county opened a pilot scheme for homeless veterans.\n"
        "Officials said more places would follow."
    )
    fact = _one(text, "pilot scheme")
    assert fact.actor is not None and "county" in fact.actor


@pytest.mark.parametrize(
    ("text", "real", "fragment"),
    [
        pytest.param(
            "Analysts doubt the two sides could agree to end a near 2-1/2 year tariff war, and"
            " Vendia launched a new export scheme.",
            "export scheme",
            "end a near 2-1",
            id="a_number_cut_at_its_slash",
        ),
        pytest.param(
            "The clinic develops strategies to improve your sleep and has opened a new sleep"
            " centre in Leeds.",
            "sleep centre",
            "your sleep",
            id="advice_to_the_reader",
        ),
    ],
)
def test_pieces_of_words_and_advice_are_not_listed(text: str, real: str, fragment: str) -> None:
    texts = _texts(text)
    assert any(real in t for t in texts), texts
    assert not any(fragment in t for t in texts), texts


def test_a_sentence_of_advice_to_the_reader_is_not_read() -> None:
    text = (
        "Vendia launched a recycling scheme in Leeds on Monday. The firm set up a repair fund"
        " for old scanners. Its shares rose. Sales were flat. The chain employs 900 people."
        " Analysts were pleased. When the new loyalty scheme opens, you should sign up early."
    )
    texts = _texts(text)
    assert "recycling scheme in Leeds" in texts or "recycling scheme" in " ".join(texts)
    assert not any("loyalty" in t for t in texts), texts


def test_an_article_written_to_the_reader_lists_no_initiatives() -> None:
    text = (
        "You can start small. The council launched a new savings scheme for families in May."
        " You should join the village recycling scheme. Your budget will thank you. Keep a"
        " diary of what you spend."
    )
    assert _facts(text) == []
