"""A noun for what someone does or is, opening a sentence before a first name and a surname
("Striker Tom Webb", "Patient Tom Hale"), is no part of the name even when the roles lexicon
lacks it (`nlp.names.past_roles`): the speaker is "Tom Webb". Round 41: the speaker was
"Striker Tom Webb". Sentences are our own."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of

TITLE = "Rovers draw at home\n\n"


def test_a_noun_by_its_ending_before_a_full_name_is_no_part_of_it() -> None:
    body = 'Winger Sarah Quinn was frustrated. "We hit the bar three times," she said.'
    assert speakers_of(TITLE, body) == ["Sarah Quinn"]
    body = 'Pensioner Ruth Okafor said: "The bus never comes on time."'
    assert speakers_of(TITLE, body) == ["Ruth Okafor"]


def test_a_sentence_opening_noun_before_a_full_name_with_he_after() -> None:
    body = 'Defender Tom Alder said the side had been unlucky. "We deserved a point," he said.'
    assert speakers_of(TITLE, body) == ["Tom Alder"]


def test_guard_a_first_name_before_a_first_name_stays() -> None:
    # "Tyler" is a first name: "Tyler Tom Alder" may be one person's names, not a role.
    body = 'Tyler Tom Alder said: "We deserved a point."'
    assert speakers_of(TITLE, body) == ["Tyler Tom Alder"]
