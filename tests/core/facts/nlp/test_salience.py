"""Tests for app.core.facts.nlp.salience, and the tracker's "the company" that gives way to the
article's main body over a body named in passing. Sentences are our own (round 21)."""

from __future__ import annotations

from app.core.facts.nlp.entities import Entity, Mention
from app.core.facts.nlp.names import NameKind
from app.core.facts.nlp.salience import Salience
from tests.core.facts.nlp.test_discourse import fed, name_at


def _mention(start: int, name: str, *, weak: bool = False, commentator: bool = False) -> Mention:
    return Mention(
        start, Entity(name, NameKind.ORGANISATION), (), weak=weak, commentator=commentator
    )


def test_the_lead_subject_leads_until_another_body_is_named_more() -> None:
    salience = Salience()
    salience.count(_mention(10, "Orvane Foods"), 1)  # the lead's subject: 1 + the bonus
    assert salience.main(5) is None  # nothing read yet
    found = salience.main(20)
    assert found is not None and found.name == "Orvane Foods"
    salience.count(_mention(200, "Brisk Mart", weak=True), 3)
    salience.count(_mention(300, "Brisk Mart"), 4)
    salience.count(_mention(400, "Brisk Mart"), 5)  # level: no main body
    assert salience.main(450) is None
    found = salience.main(250)
    assert found is not None and found.name == "Orvane Foods"  # what was read before 250
    assert salience.named_before("Brisk Mart", 301) == 2


def test_a_commentators_employer_does_not_count() -> None:
    salience = Salience()
    for at in (100, 200, 300, 400):
        salience.count(_mention(at, "Barrow Securities", commentator=True), 3)
    assert salience.main(500) is None


def test_the_company_is_the_main_body_not_an_analysts_employer_named_once() -> None:
    text = (
        "Orvane Foods said on Monday it would close its Leeds bakery. "
        "Orvane Foods has 9,000 staff. "
        "Analyst Dana Lowe of Morden Capital said the cuts were late. "
        "The company COMPANY opened the bakery in 1990. "
    )
    assert name_at(fed(text), "the company", text, "COMPANY") == "Orvane Foods"


def test_the_firm_reaches_the_main_body_beyond_the_trackers_reach() -> None:
    text = (
        "Orvane Foods said on Monday it would close its Leeds bakery. "
        "Workers were told at a meeting. Some had worked there for 30 years. "
        "A union official called the news a blow. Talks will go on this week. "
        "The firm FIRM declined to comment on pay. "
    )
    assert name_at(fed(text), "the firm", text, "FIRM") == "Orvane Foods"


def test_a_body_named_as_a_subject_keeps_the_company() -> None:
    # Guard (passes on fc7fcc4 too): a rival introduced as its own clause's subject is who
    # "the company" is next; and no main body for "the group", a crowd as often as a firm.
    text = (
        "Orvane Foods said on Monday it would close its Leeds bakery. "
        "Orvane Foods has 9,000 staff. "
        "Brisk Mart said it would hire some of the bakers. "
        "The company COMPANY has 40 shops. "
    )
    assert name_at(fed(text), "the company", text, "COMPANY") == "Brisk Mart"


def test_the_bank_is_the_main_body_described_as_a_bank_not_a_bank_named_in_passing() -> None:
    text = (
        "Ostvik Finans Group, the country's largest bank, is to cut 900 jobs. "
        "Ostvik Finans Group is the third bank to cut jobs this year, following Nordwick Bank. "
        "The cuts are meant to save money on offices. "
        "The bank BANK said profits would rise this year. "
    )
    assert name_at(fed(text), "the bank", text, "BANK") == "Ostvik Finans Group"


def test_a_source_named_again_and_again_is_no_main_body() -> None:
    # Guard (passes on fc7fcc4 too): the story's subject is a name the tracker does not know
    # as a body's; the magazine it quotes, named after prepositions, is not what it is about.
    text = (
        "Sorvik won the prize at the annual awards of Tekno Review Magazine. "
        "Staff at Tekno Review picked out a laptop. The editor of Tekno Review said so. "
        "Readers of Tekno Review agreed. Its screen folds away. It weighs a kilo. "
        "It costs £900. It goes on sale in May. "
        "The company COMPANY also makes phones. "
    )
    assert name_at(fed(text), "the company", text, "COMPANY") is None
