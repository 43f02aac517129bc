"""Round 39 (issue 11 item 3, quote recall): words in marks in a headline are a quotation, with
no speaker, however short and with no speech verb ("Mayor 'ready to quit'", "UK's 'useless'
quangos"); not a title, the name of a campaign, or the words a body quotation repeats. Sentences
are our own; the first two tests fail on e466e63, the others are guards."""

from __future__ import annotations

from app.core.document import Document
from app.core.facts.quotes import extract


def _quotes(text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in extract(Document.from_text(text))]


def test_a_quoted_phrase_in_the_headline_is_a_quotation_without_a_speaker() -> None:
    text = (
        "Mayor 'ready to quit' over tram delays\n\n"
        "The mayor of Dunford is prepared to resign if the tram line misses its 2027 date, his "
        "office said on Monday. Work on the line stopped in May.\n\n"
        "“We cannot wait another year,” said councillor Rita Moss."
    )
    assert _quotes(text) == [("ready to quit", None), ("We cannot wait another year", "Rita Moss")]


def test_one_quoted_word_in_the_headline_is_a_quotation() -> None:
    text = (
        "Town's 'shameful' bus cuts criticised\n\n"
        "Campaigners have criticised plans to cut 12 bus routes in Halsey, calling them unfair to "
        "older people. A spokesman for the group said they would march on Saturday."
    )
    assert _quotes(text) == [("shameful", None)]


def test_guard_a_title_in_the_headline_is_no_quotation() -> None:
    text = (
        "'Strictly Come Dancing' judge to leave\n\n"
        "A judge on the show will leave after 11 years, the BBC said. “It was time,” she said."
    )
    assert [q for q, _ in _quotes(text)] == ["It was time"]


def test_guard_a_campaign_named_in_the_headline_is_no_quotation() -> None:
    text = (
        "Council backs 'buy it here' campaign\n\n"
        "Halsey council will spend £20,000 promoting local shops this winter. “Our shops need "
        "the trade,” said council leader Omar Patel."
    )
    assert _quotes(text) == [("Our shops need the trade", "Omar Patel")]


def test_guard_a_headline_repeating_a_body_quotation_gives_it_once() -> None:
    text = (
        "'We will not give up'\n\n"
        "Strikers at the Halsey plant voted to stay out on Friday. “We will not give up,” said "
        "union rep Dee Lowe."
    )
    assert _quotes(text) == [("We will not give up", "Dee Lowe")]


# Round 41 (issue 11 item 3): the lead that restates a headline quotation and names who said it
# gives it that speaker; a description or a lead about something else gives none. Our own
# sentences; the first two fail on 2ed3040, the others are guards.


def test_the_lead_restating_a_headline_quotation_names_its_speaker() -> None:
    text = (
        "Ferry fares 'to double by spring'\n\n"
        "Fares on the Kelby ferry could double by the spring, the Islands Travel Trust has "
        "warned.\n\nThe trust blames fuel costs."
    )
    assert _quotes(text) == [("to double by spring", "Islands Travel Trust")]


def test_a_person_named_in_the_leads_closing_clause_speaks_the_headline() -> None:
    text = (
        "Minister 'confident on steel deal'\n\n"
        "A rescue of the Port Ardley steel works is close and the deal looks good, said industry "
        "minister Carla Nunez.\n\nTalks resume on Friday."
    )
    assert _quotes(text) == [("confident on steel deal", "Carla Nunez")]


def test_guard_a_lead_with_a_description_as_speaker_leaves_the_headline_unattributed() -> None:
    text = (
        "Schools 'short of 900 teachers'\n\n"
        "Schools across the county are short of 900 teachers this term, a report claims.\n\n"
        "The report was written for the council."
    )
    assert _quotes(text) == [("short of 900 teachers", None)]


def test_guard_a_lead_about_something_else_gives_the_headline_no_speaker() -> None:
    text = (
        "Bridge plan 'a waste of money'\n\n"
        "The Kelby bridge will open in June after two years of work, the council said.\n\n"
        "Critics say the cost was too high."
    )
    assert _quotes(text) == [("a waste of money", None)]
