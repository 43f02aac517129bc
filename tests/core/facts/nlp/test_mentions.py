"""How the tracker reads one name in its sentence (`nlp.mentions`); our own sentences."""

from __future__ import annotations

from app.core.facts.nlp.mentions import may_be_subject, names_no_one, one_slip
from app.core.facts.nlp.names import find_names


def _name(text: str, word: str):  # type: ignore[no-untyped-def]
    return next(n for n in find_names(text, 0, len(text)) if word in n.text)


def test_one_slip_matches_a_long_surname_misspelt_once_and_nothing_looser() -> None:
    assert one_slip("monteith", "montieth")  # two neighbours swapped
    assert one_slip("monteith", "monteuth")  # one letter changed
    assert not one_slip("monteith", "mantieth")  # two changes
    assert not one_slip("holm", "helm")  # too short to risk it


def test_a_name_after_than_or_called_is_not_a_subject() -> None:
    text = "The pier is longer than Nora Hale expected."
    assert not may_be_subject(text, 0, len(text), _name(text, "Nora"))
    text = "Nora Hale opened the pier."
    assert may_be_subject(text, 0, len(text), _name(text, "Nora"))


def test_a_run_after_the_without_a_title_names_no_one() -> None:
    text = "Officials read the Dalton Harbour review on Monday."
    assert names_no_one(text, _name(text, "Dalton"))


def test_bylines_and_photo_credits_name_no_one_in_the_story() -> None:
    text = "Photo: Nils Berg/Harbour Images. Lars Holm spoke."
    assert names_no_one(text, _name(text, "Nils"))
    assert not names_no_one(text, _name(text, "Lars"))
    text = "Harbour news\nBy Tomas Wend\nLars Holm spoke."
    assert names_no_one(text, _name(text, "Tomas"))


def test_a_name_given_to_a_thing_names_no_one() -> None:
    text = "The glasses, called Lumora Air, will go on sale in May."
    assert names_no_one(text, _name(text, "Lumora"))
    text = "She founded a charity called Hope Harbour Trust in 2019."
    assert not names_no_one(text, _name(text, "Hope"))  # a guard: a body's name
    text = "A man named Tom Reyes was arrested."
    assert not names_no_one(text, _name(text, "Tom"))  # a guard: a person's name


def test_a_name_asked_about_before_is_not_read_again(monkeypatch) -> None:
    from app.core.facts.nlp import mentions, names

    text = "The Harlow review, led by Ines Okoro, was published on Monday."
    names.forget_read_names()
    found = {n.text: n for n in find_names(text)}
    assert names_no_one(text, found["Harlow"]) and not names_no_one(text, found["Ines Okoro"])
    asked: list[int] = []
    monkeypatch.setattr(mentions, "_names_a_thing", lambda *args: asked.append(1))
    assert names_no_one(text, found["Harlow"]) and not names_no_one(text, found["Ines Okoro"])
    assert asked == []  # both answers remembered: the second tracker reads no name again
    names.forget_read_names()  # a benchmark's fresh start forgets them too
    names_no_one(text, found["Ines Okoro"])
    assert asked == [1]


def test_the_naming_verb_pattern_runs_only_after_a_naming_verb(monkeypatch) -> None:
    import re

    from app.core.facts.nlp import mentions

    searched: list[int] = []
    real = mentions._CALLED

    class Counted:
        def search(self, text: str, lo: int, hi: int) -> re.Match[str] | None:
            searched.append(hi)
            return real.search(text, lo, hi)

    monkeypatch.setattr(mentions, "_CALLED", Counted())
    text = "A ferry called the Lumora Star left as Ines Okoro waved from a boat named \nKestrel."
    found = {n.text: n for n in find_names(text)}
    assert not mentions._names_a_thing(text, found["Ines Okoro"])
    assert searched == []  # no "called"/"named" before her name: the pattern is not tried
    assert mentions._names_a_thing(text, found["Lumora Star"])
    assert mentions._names_a_thing(text, found["Kestrel"])  # "named" before a line break too
    assert len(searched) == 2
