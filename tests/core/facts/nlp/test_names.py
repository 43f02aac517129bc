"""Tests for app.core.facts.nlp.names: names typed as person, organisation or place."""

from __future__ import annotations

import pytest

from app.core.facts.nlp import names
from app.core.facts.nlp.lexicon import Gender
from app.core.facts.nlp.names import NameKind, find_names, read_name


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Mr Dunmore spoke.", "Dunmore", NameKind.PERSON),
        ("Planning Minister Ida Norrman spoke.", "Ida Norrman", NameKind.PERSON),
        ("Then Maria Lindqvist spoke.", "Maria Lindqvist", NameKind.PERSON),
        ("The Harbour Safety Council met.", "Harbour Safety Council", NameKind.ORGANISATION),
        ("Nordline Shipping Inc grew.", "Nordline Shipping Inc", NameKind.ORGANISATION),
        ("Officials in Nebraska agreed.", "Nebraska", NameKind.PLACE),
        ("Crowds in New York cheered.", "New York", NameKind.PLACE),
        ("The IMF agreed.", "IMF", NameKind.ORGANISATION),
        ("Fans of AC Milan cheered.", "AC Milan", NameKind.ORGANISATION),
        ("Ukraine Kurt Volkmann spoke.", "Kurt Volkmann", NameKind.PERSON),
        ("Yet Sondheim smiled.", "Sondheim", NameKind.UNKNOWN),
        ("The Secretary of State Karl Munro flew in.", "Karl Munro", NameKind.PERSON),
        ("Director of Harbour Works Eva-Marie Lund spoke.", "Eva-Marie Lund", NameKind.PERSON),
        ("Friends of Harbour Park Anna Lund spoke.", "Harbour Park Anna Lund", NameKind.UNKNOWN),
        ("Hawks QB Tom Reed threw twice.", "Tom Reed", NameKind.PERSON),
        ("Nordline CFO Ana Ruiz resigned.", "Ana Ruiz", NameKind.PERSON),
        # Round 39: where a firm is based is no part of its name ("San" was read as the firm).
        ("San Mateo-based Corvane Labs grew.", "Corvane Labs", NameKind.ORGANISATION),
        ("The ESA World Service Desk opened.", "ESA World Service Desk", NameKind.ORGANISATION),
    ],
)
def test_names_are_typed(text: str, name: str, kind: NameKind) -> None:
    found = [n for n in find_names(text) if n.text == name]
    assert found, [n.text for n in find_names(text)]
    assert found[0].kind is kind
    assert text[found[0].start : found[0].end] == name


def test_openers_alone_are_not_names() -> None:
    assert find_names("Ahead of the vote, More was said.") == [] or all(
        n.text not in ("Ahead", "More") for n in find_names("Ahead of the vote, More was said.")
    )


def test_titles_and_possessives_are_kept_beside_the_name() -> None:
    text = "chief executive Jonas Ekberg's plan"
    name = read_name(text, text.index("Jonas"), text.index(" plan"))
    assert name is not None
    assert name.text == "Jonas Ekberg"
    assert name.possessive
    assert name.titles == ("chief", "executive")


def test_the_place_of_a_post_before_a_name_is_not_part_of_it() -> None:
    text = "Norway's ambassador to Iceland Ola Brandt has said the row must end."
    name = read_name(text, text.index("Iceland"), text.index(" has"))
    assert name is not None
    assert (name.text, name.titles) == ("Ola Brandt", ("ambassador",))
    text = "The talks in Iceland Ola Brandt joined were short."
    name = read_name(text, text.index("Iceland"), text.index(" joined"))
    assert name is not None and name.text != "Ola Brandt"  # "talks" holds no post


def test_gender_comes_from_a_title_or_a_first_name() -> None:
    by_text = {n.text: n for n in find_names("Mrs Holm met Peter Sand and Maria Lind.")}
    assert by_text["Holm"].gender is Gender.FEMALE
    assert by_text["Peter Sand"].gender is Gender.MALE
    assert by_text["Maria Lind"].gender is Gender.FEMALE


def test_a_day_after_a_name_is_not_part_of_it() -> None:
    text = "The host asked Lund Wednesday whether the ferries would sail."
    assert [n.text for n in find_names(text)] == ["Lund"]


def test_a_places_short_form_alone_is_no_name() -> None:
    assert find_names("The governor of Del. spoke first.") == []
    assert [n.text for n in find_names("Gov. Ana Ruiz of Del. spoke.")] == ["Ana Ruiz"]


def test_a_sentence_read_before_is_not_read_again(monkeypatch):
    text = "Odile Marchetti met the Tavora Harbour Board on Friday."
    names.forget_read_names()
    first = names.find_names(text, 0, len(text))
    read: list[int] = []
    monkeypatch.setattr(names, "read_name", lambda *args: read.append(1))
    again = names.find_names(text, 0, len(text))
    assert again == first and again is not first  # a fresh list each time
    assert read == []  # the second reading asked no run again
    assert [n.text for n in names.find_names(text, 0, 16)] == []  # other offsets: read anew
    assert read


def test_a_title_set_off_by_a_comma_before_a_name_is_held() -> None:
    text = "The mayor of Port Lune, Ida Varga, met the board."
    assert [n.titles for n in find_names(text) if n.text == "Ida Varga"] == [("mayor",)]
    text = "The mayor, Ida Varga, met the board."
    assert [n.titles for n in find_names(text) if n.text == "Ida Varga"] == [("mayor",)]
    # A list or a place before the comma gives no title.
    text = "In Port Lune, Ida Varga met the board."
    assert [n.titles for n in find_names(text) if n.text == "Ida Varga"] == [()]


def test_a_body_named_with_of_or_for_is_one_name() -> None:
    from app.core.facts.nlp.names import NameKind, find_names

    text = "The Department for Rural Affairs and the University of Eastmoor agreed with Ana Ruiz."
    found = [(n.text, n.kind) for n in find_names(text)]
    assert found[:2] == [
        ("Department for Rural Affairs", NameKind.ORGANISATION),
        ("University of Eastmoor", NameKind.ORGANISATION),
    ]


def test_a_body_whose_name_joins_two_words_with_and_is_one_name() -> None:
    text = "The Dock and Harbour Union has balloted its members. Britain and France disagreed."
    found = [n.text for n in find_names(text)]
    assert "Dock and Harbour Union" in found
    assert "Dock" not in found and "Harbour Union" not in found
    assert "Britain" in found and "France" in found  # no body's head at the end: two names


def test_a_run_read_before_is_not_read_again(monkeypatch):
    text = "Councillor Maren Holt-Vasquez opened the new ferry office."
    start, end = text.index("Councillor"), text.index(" opened")
    names.forget_read_names()
    first = names.read_name(text, start, end)
    asked: list[int] = []
    monkeypatch.setattr(names, "_kind_in_context", lambda *args: asked.append(1))
    assert names.read_name(text, start, end) is first  # the same run: remembered, not read
    assert asked == []
    assert first is not None
    assert (first.text, first.titles) == ("Maren Holt-Vasquez", ("councillor",))
    names.read_name(text, text.index("Maren"), end)  # other offsets: read anew
    assert asked == [1]
