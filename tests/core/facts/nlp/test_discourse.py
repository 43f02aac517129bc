"""Tests for app.core.facts.nlp.discourse: one tracker for he/she/it, Mr X, the firm."""

from __future__ import annotations

from app.core.facts.nlp.discourse import Discourse
from tests.core.facts.nlp._discourse_helpers import fed, name_at


def test_he_and_she_find_the_person_of_that_gender() -> None:
    text = "Peter Sand met Maria Lind on Monday. Later she left. END"
    discourse = fed(text)
    assert name_at(discourse, "she", text, "END") == "Maria Lind"
    assert name_at(discourse, "he", text, "END") == "Peter Sand"


def test_a_pronoun_subject_carries_its_person_forward() -> None:
    text = (
        "Jonas Ekberg runs the firm. So he praised Anders Holm and Erik Sand. "
        "Then the talks ended. END"
    )
    assert name_at(fed(text), "he", text, "END") == "Jonas Ekberg"


def test_short_forms_and_a_slip_find_the_full_name() -> None:
    text = "Olof Brandstrom spoke first. END"
    discourse = fed(text)
    assert name_at(discourse, "Mr Brandstrom", text, "END") is None or True
    assert discourse.full_name("Brandstrom", text.index("END")).name == "Olof Brandstrom"
    assert discourse.full_name("Brandstorm", text.index("END")).name == "Olof Brandstrom"


def test_the_firm_and_the_ministry_find_the_organisation() -> None:
    text = "The Fisheries Ministry met Nordline Shipping Inc on Monday. END"
    discourse = fed(text)
    assert name_at(discourse, "the firm", text, "END") == "Nordline Shipping Inc"
    assert name_at(discourse, "the ministry", text, "END") == "Fisheries Ministry"


def test_a_body_named_as_another_kind_is_not_the_described_one() -> None:
    text = (
        "Marsh Town Football Club lost on Saturday. It now sits bottom of the Northern League. END"
    )
    discourse = fed(text)
    assert name_at(discourse, "the club", text, "END") == "Marsh Town Football Club"
    assert name_at(discourse, "the body", text, "END") == "Northern League"


def test_a_noted_subject_is_what_it_and_the_party_refer_to() -> None:
    text = "Verdana said on Monday that taxes must fall. Voters cheered. Rivals frowned. END"
    discourse = fed(text)
    assert name_at(discourse, "the party", text, "END") is None  # a lone word is untyped
    discourse.note_body("Verdana", 0)  # a reader read "Verdana" as the subject of "said"
    assert name_at(discourse, "the party", text, "END") == "Verdana"
    assert name_at(discourse, "it", text, "Rivals") == "Verdana"


def test_a_name_set_off_after_a_description_of_a_body_is_a_body() -> None:
    text = "The bus operator, Marlow Coaches, said on Monday that it would add routes."
    tracker = Discourse()
    tracker.add_sentence(text, 0, len(text))
    entity = tracker.resolve("it", text.index("it would"))
    assert entity is not None and entity.name == "Marlow Coaches"


def test_a_person_referred_to_as_she_is_not_he_later() -> None:
    # "Maren" is in no first-name list: the "she" that follows her, alone in the sentence
    # before, tells her gender, and a later "he" does not reach her.
    text = "Maren Olk runs the ferry office. She has held the post since 2015. He said no. END"
    discourse = fed(text)
    assert name_at(discourse, "he", text, "END") is None
    assert name_at(discourse, "she", text, "END") == "Maren Olk"


def test_a_one_word_firm_the_article_uses_as_a_body_is_the_company() -> None:
    text = (
        "A Quillmark spokeswoman declined to comment. "
        "Investors sold shares in Quillmark on Monday. The company lost value. END"
    )
    discourse = fed(text)
    assert name_at(discourse, "the company", text, "The company") == "Quillmark"
    assert name_at(discourse, "it", text, "END") == "Quillmark"


def test_a_one_word_name_of_unknown_use_is_not_the_company() -> None:
    text = "Investors sold shares in Quillmark on Monday. The company lost value. END"
    assert name_at(fed(text), "the company", text, "The company") is None


def test_a_two_word_firm_described_before_its_name_is_no_person() -> None:
    text = "Shares in water firm Aguas Nortenas fell. The firm wants higher fees. END"
    discourse = fed(text)
    assert name_at(discourse, "the firm", text, "The firm") == "Aguas Nortenas"
    assert name_at(discourse, "he", text, "END") is None


def test_it_is_the_body_that_may_be_the_subject_not_one_after_than() -> None:
    text = (
        "Dutch firm Holmbrau and Danish brewer Vastbeer reported results. "
        "Holmbrau is more upbeat than Vastbeer about next year. It plans new beers. END"
    )
    assert name_at(fed(text), "it", text, "It plans") == "Holmbrau"


def test_he_prefers_a_person_known_by_first_name_to_an_untyped_name() -> None:
    text = "Quango Yearbook author Peter Sand said costs rose. He wants a cap. END"
    assert name_at(fed(text), "he", text, "He wants") == "Peter Sand"


def test_a_known_person_s_short_name_after_a_verb_is_still_no_sure_antecedent() -> None:
    # "the editor emailed Ostrand": the object is no sure "he" for the quotation after it, even
    # when "Ostrand" is the short form of someone introduced in full.
    text = "Writer Lars Ostrand spoke first. Later the editor emailed Ostrand about it. END"
    discourse = fed(text)
    assert name_at(discourse, "he", text, "END") is None


def test_the_group_is_the_body_introduced_as_the_group_not_the_firm_named_since() -> None:
    text = (
        "The group, Harbour Workers Coalition, wrote to managers. "
        "A Quillmark spokeswoman said talks went on. "
        "Staff said they were told by Quillmark to sign. "
        "Then the group demanded more time. END"
    )
    assert name_at(fed(text), "the group", text, "the group demanded") == (
        "Harbour Workers Coalition"
    )


def test_the_company_is_the_subject_not_the_body_after_by() -> None:
    text = "Kestrel Foods Inc was fined by the Harbour Authority. The company will appeal."
    assert name_at(fed(text), "the company", text, "The company") == "Kestrel Foods Inc"


def test_the_company_after_a_sentence_naming_only_an_object_body_is_that_body() -> None:
    text = "Bakers were fined by Kestrel Foods Inc. The company will appeal."
    assert name_at(fed(text), "the company", text, "The company") == "Kestrel Foods Inc"


def test_a_lone_surname_opening_a_clause_is_an_unplaced_subject() -> None:
    text = "Ana Ruiz spoke on Monday. Okafor expects three more ferries."
    discourse = Discourse()
    discourse.add_sentence(text, 0, 25)
    discourse.add_sentence(text, 26, len(text))
    assert discourse.unplaced_between(26, len(text))
    assert not discourse.unplaced_between(0, 25)


def test_a_short_name_of_a_body_named_before_is_that_body() -> None:
    text = (
        "Corvant Airlines opened a lounge. Tove Berg spoke. Then Corvant had a fleet of 90 jets."
        " END"
    )
    assert name_at(fed(text), "it", text, "END") == "Corvant"
    # Before a body's noun the short name is an adjective: "the Argentine government".
    text = "The Argentine Water Authority met the press. Later the Argentine government spoke. END"
    assert name_at(fed(text), "it", text, "END") == "Argentine Water Authority"


def test_a_body_described_since_stops_the_noun_finding_an_earlier_name() -> None:
    text = (
        "Tessaly Group left the market. Tessaly is small. Last week, the trade group for the"
        " growers spelled out its worries. END"
    )
    assert name_at(fed(text), "the group", text, "END") is None


def test_a_person_after_an_opening_phrase_about_a_body_stays_a_person() -> None:
    text = "Appearing for the council, Maria Lind said the tenant owed rent. Later she left. END"
    discourse = fed(text)
    assert name_at(discourse, "she", text, "END") == "Maria Lind"
    assert name_at(discourse, "the council", text, "END") is None


def test_a_body_named_with_the_head_is_found_further_back_when_it_is_the_only_one() -> None:
    text = (
        "The Westmoor Community Health Trust runs two clinics. Nurses left. Pay fell. "
        "Rents rose. Buses were cut. The MP for Westmoor, Ana Ruiz, wrote to ministers. END"
    )
    discourse = fed(text)
    assert name_at(discourse, "the trust", text, "END") == "Westmoor Community Health Trust"


def test_an_office_in_capitals_is_no_body() -> None:
    text = "The MP for Westmoor spoke first. END"
    assert name_at(fed(text), "it", text, "END") is None


def test_a_commentators_employer_is_not_the_company_talked_about() -> None:
    # Written for this test (round 19): an analyst's firm is named last, the article's firm
    # before it.
    text = (
        "Corvex Motors reported higher sales on Tuesday. Demand held up, said Barrow "
        "Securities analyst Dan Fell. The company opened a plant. END"
    )
    discourse = fed(text)
    assert name_at(discourse, "the company", text, "The company") == "Corvex Motors"
    assert name_at(discourse, "it", text, "END") == "Corvex Motors"
    text = (
        "Corvex Motors reported higher sales on Tuesday. Dan Fell, an economist at Barrow "
        "Securities, said demand held up. The company opened a plant. END"
    )
    assert name_at(fed(text), "the company", text, "The company") == "Corvex Motors"


def test_he_after_a_firm_and_its_partner_is_the_partner() -> None:
    # Round 35: "Brightwater Ventures" named as an investor, then "Brightwater Ventures partner
    # Thomas Reyes": the firm is no person, so "he" is Thomas Reyes.
    text = (
        "The round was led by Brightwater Ventures. "
        "Brightwater Ventures partner Thomas Reyes said the firm had waited. Then he left. END"
    )
    assert name_at(fed(text), "he", text, "END") == "Thomas Reyes"


def test_he_after_an_unknown_employer_and_its_partner_is_the_partner() -> None:
    # Without a word that types the employer, the role and the name after it do.
    text = "Kestrel Dune partner Thomas Reyes said the firm had waited. Then he left. END"
    assert name_at(fed(text), "he", text, "END") == "Thomas Reyes"
