"""A lone name the article never gave in full is a person when an age, a "who" clause or a
description headed by a person noun is set off after it at the head of its clause ("Okafor, the
club's chairman, added ..."): "he"/"she" in the next sentence is that person, not someone named
earlier (`nlp.mentions.apposed_person`, read by the discourse tracker)."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_a_lone_name_with_a_role_set_off_is_who_he_means() -> None:
    body = (
        'Coach Ivan Dorsey praised his side. "We were brave today," he said.\n\n'
        "Okafor, the club's chairman, said the win had come at the right time. "
        '"We needed these points badly," he said.'
    )
    assert speakers_of("", body) == ["Ivan Dorsey", "Okafor"]


def test_a_lone_name_with_an_age_set_off_is_who_he_means() -> None:
    body = (
        'Teacher Carl Webb said the class had worked hard. "They never gave up," he said.\n\n'
        "Tariq, 15, who built the machine's frame, said the welding took weeks.\n\n"
        '"I burnt my hands twice," he said.'
    )
    assert speakers_of("", body) == ["Carl Webb", "Tariq"]


def test_a_lone_name_with_a_who_clause_is_who_she_means() -> None:
    body = (
        'Shopper Nina Hart said prices had doubled. "I cannot afford it," she said.\n\n'
        "Delacroix, who has run a stall in the market for 20 years, said trade had halved. "
        '"Nobody comes in the week any more," she said.'
    )
    assert speakers_of("", body) == ["Nina Hart", "Delacroix"]


def test_a_body_set_off_with_a_description_is_no_person() -> None:
    # A guard: "the packaging firm" is a body's description; "he" stays with the union man.
    body = (
        "Union official Ray Dent spoke to the workers on Tuesday.\n\n"
        "Corlane, the packaging firm, said the cuts were needed. "
        '"People are angry," he said.'
    )
    assert speakers_of("", body) == ["Ray Dent"]


def test_a_lone_name_after_a_verb_is_not_placed() -> None:
    # A guard: "Gerrard, who ..." is the object of "admits", not the subject "he" looks for.
    body = (
        "Chairman Ross Parry spoke on Monday. But Kemble also admits Gerrard, who has been "
        'linked with other clubs, will decide. He said: "We will not sell him."'
    )
    assert speakers_of("", body) != ["Gerrard"]
