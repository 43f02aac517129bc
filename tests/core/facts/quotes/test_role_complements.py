"""A role as the speaker when no name is given keeps whose role it is ("a spokeswoman for the
college"), as a whole noun phrase, and names the body when the article named the one it means."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_a_role_before_the_quotation_keeps_its_lower_case_complement() -> None:
    body = 'A spokeswoman for the hospice said: "Our nurses will visit every family."'
    assert speakers_of("", body) == ["A spokeswoman for the hospice"]


def test_a_noun_in_ly_after_a_determiner_is_no_adverb() -> None:
    body = '"We only want the truth," a lawyer for the family said.'
    assert speakers_of("", body) == ["a lawyer for the family"]


def test_a_role_before_a_verb_and_its_object_keeps_its_complement() -> None:
    body = 'An attorney for the widow told the hearing: "They have waited long enough."'
    assert speakers_of("", body) == ["An attorney for the widow"]


def test_the_body_the_article_named_is_whose_role_it_is() -> None:
    body = (
        "Marrowby College will close its art block in June.\n\n"
        'A spokesman for the college said: "The building is no longer safe to teach in."'
    )
    assert speakers_of("", body) == ["A spokesman for Marrowby College"]


def test_the_body_named_keeps_the_article_the_text_writes_before_its_name() -> None:
    body = (
        "The Marsh Trust will close the north path in June.\n\n"
        'A spokesman for the trust said: "The path is no longer safe to walk."'
    )
    assert speakers_of("", body) == ["A spokesman for the Marsh Trust"]


def test_a_body_whose_name_does_not_hold_the_noun_stays_as_written() -> None:
    # A guard (passes on 5a1d112 too): "the firm" is not surely Brightwater; as written.
    body = (
        "Tamsin Wolde founded Brightwater in 2019.\n\n"
        '"We will appeal the ruling," a spokesman for the firm said.'
    )
    assert speakers_of("", body) == ["a spokesman for the firm"]


def test_a_role_complement_is_no_clause() -> None:
    # A guard (passes on 5a1d112 too): the complement stops before a relative clause.
    body = 'A spokesman for the firm that runs the site said: "We are looking into it."'
    assert speakers_of("", body) != ["A spokesman for the firm that runs the site"]
