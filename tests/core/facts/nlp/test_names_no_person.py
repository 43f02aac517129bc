"""Round 17 (issue 11 item 3): names that are no person's, typed by their words and the words
before them, and the letters after a person's name that are not part of it. Sentences are our
own."""

from __future__ import annotations

from app.core.facts.nlp.names import NameKind, find_names


def _kinds(text: str) -> dict[str, NameKind]:
    return {name.text: name.kind for name in find_names(text)}


def test_a_venue_after_a_place_preposition_is_a_place() -> None:
    kinds = _kinds("The club will build its ground in Harold Park next year.")
    assert kinds["Harold Park"] is NameKind.PLACE


def test_a_venue_word_that_is_a_surname_stays_a_person() -> None:
    # Guard (passes on main): no place preposition before "Nick Park".
    kinds = _kinds("Nick Park won the prize again.")
    assert kinds["Nick Park"] is NameKind.PERSON


def test_a_ground_is_a_place_wherever_it_stands() -> None:
    kinds = _kinds("Elmbridge Stadium was sold out on Friday.")
    assert kinds["Elmbridge Stadium"] is NameKind.PLACE


def test_awards_and_competitions_are_events() -> None:
    kinds = _kinds("She won at the Harbour Awards and twice lifted the Coppa Marina.")
    assert kinds["Harbour Awards"] is NameKind.EVENT
    assert kinds["Coppa Marina"] is NameKind.EVENT


def test_a_name_led_by_an_acronym_is_a_body() -> None:
    kinds = _kinds("He was speaking to HBN Sport on Monday.")
    assert kinds["HBN Sport"] is NameKind.ORGANISATION


def test_what_an_office_is_of_is_no_person() -> None:
    kinds = _kinds("The Director of Harbour Prosecutions, Ken Dale, spoke first.")
    assert kinds["Harbour Prosecutions"] is NameKind.ORGANISATION


def test_letters_after_a_name_are_not_part_of_it() -> None:
    names = find_names("Ken Dale QC and Ana Ruiz MP met on Friday.")
    assert [(n.text, n.kind) for n in names] == [
        ("Ken Dale", NameKind.PERSON),
        ("Ana Ruiz", NameKind.PERSON),
    ]
