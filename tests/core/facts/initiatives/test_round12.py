"""Initiatives, round 12: what a reader of unseen articles found wrong, fixed by grammar.

Every sentence here is written for these tests; each names the item it expects, so it fails
when `extract` lists nothing.
"""

from __future__ import annotations

from app.core.document import Document
from app.core.facts.initiatives._candidates import _Sentence
from app.core.facts.initiatives._lexicon import lexicon
from app.core.facts.initiatives._phrasing import _tokens
from app.core.facts.initiatives._weights import WEIGHTS
from app.core.facts.nlp.discourse import Discourse
from tests.core.facts.initiatives._helpers import _one, _texts


def test_a_pronoun_of_quantity_is_no_actor() -> None:
    fact = _one(
        "Neither has yet tabled a formal bid, but the ferry operator expects one soon.",
        "formal bid",
    )
    assert fact.actor is None


def test_the_owner_of_a_decision_acts_on_it_not_the_reporter() -> None:
    text = (
        "The paper said shareholders were angry at Norvale's decision to suspend merger "
        "talks with Pellam."
    )
    fact = _one(text, "merger talks")
    assert fact.actor == "Norvale"


def test_by_the_end_of_a_month_is_when_not_who() -> None:
    fact = _one(
        "The brewer hopes to announce a preferred takeover by the end of the year.", "takeover"
    )
    assert fact.text == "preferred takeover"


def test_who_is_told_that_is_no_relative_antecedent() -> None:
    text = "The minister told the Commons that France had agreed to release the four after talks."
    assert "Commons" not in _texts(text)


def test_a_rise_in_profits_is_a_figure_even_with_a_percentage() -> None:
    assert _texts("Norvale has announced a 12% rise in annual profits to £3m.") == []


def test_what_someone_fears_will_be_done_is_no_plan() -> None:
    assert _texts("Unions fear that the brewer will close 40 depots.") == []
    assert _one("The brewer will close 40 depots.", "close 40 depots").actor == "The brewer"


def test_a_credit_facility_is_a_loan() -> None:
    assert _texts("Its lenders have agreed to extend its credit facilities until June.") == []
    assert _one("The council opened a new sports facility in Leeds.", "sports facility")


def _candidate_actors(sentence: str) -> dict[str, str | None]:
    """Every candidate of a one-sentence text (listed or not) and its actor."""
    document = Document.from_text(sentence)
    discourse = Discourse()
    line = document.sentences[0]
    discourse.add_sentence(document.text, line.start, line.end)
    tokens = _tokens(document.text, line, None, discourse.body_words(line.start, line.end))
    found = _Sentence(document.text, 0, tokens, lexicon(), discourse, WEIGHTS).run()
    return {document.text[c.start : c.end]: c.actor for c in found}


def test_an_offer_from_a_body_is_that_bodys() -> None:
    assert _candidate_actors("A £2bn offer from Norvale was rejected in May.") == {
        "£2bn offer": "Norvale"
    }


def test_a_newspaper_reports_others_plans_it_makes_none() -> None:
    found = _candidate_actors(
        "Despite insisting he wants to agree a friendly deal with the board, the paper "
        "suggested he may pull out of the talks and put an offer directly to shareholders."
    )
    assert "offer" in found
    assert found["offer"] is None


def test_an_email_program_is_software() -> None:
    assert _texts("The virus spreads through Vendia's Postbox e-mail program.") == []


def test_the_owner_of_a_refusal_does_not_undertake_what_it_refuses() -> None:
    fact = _one(
        "Campaigners won a challenge to the council's refusal to order a full inquiry.", "inquiry"
    )
    assert fact.actor is None


def test_a_gerund_after_of_completes_the_name() -> None:
    fact = _one(
        "The regulator said it would launch a review of monitoring at every river works by May.",
        "review",
    )
    assert fact.text == "review of monitoring"
