"""Tests for app.core.facts.nlp.full_names: short forms found again as the full names introduced."""

from __future__ import annotations

from app.core.facts.nlp.entities import Entity
from app.core.facts.nlp.full_names import LOOKBACK, FullNames
from app.core.facts.nlp.names import NameKind


def person(name: str) -> Entity:
    return Entity(name, NameKind.PERSON)


def introduced(*names: tuple[int, str]) -> FullNames:
    known = FullNames()
    for position, name in names:
        known.add(position, tuple(name.lower().split()), person(name))
    return known


def test_a_short_form_is_the_nearest_full_name_holding_all_its_words() -> None:
    known = introduced((0, "Julio De Vido"), (100, "Ana De Souza"))
    assert known.find("De Vido", 200) == person("Julio De Vido")
    assert known.find("De Souza", 200) == person("Ana De Souza")
    assert known.find("Ana", 200) == person("Ana De Souza")
    assert known.find("Okafor", 200) is None
    assert known.find("", 200) is None


def test_a_long_surname_misspelt_once_is_still_found() -> None:
    known = introduced((0, "Tom Montieth"))
    assert known.find("Monteith", 50) == person("Tom Montieth")  # two letters swapped
    assert known.find("Montieth", 50) == person("Tom Montieth")
    assert known.find("Mantiexx", 50) is None  # two slips


def test_a_shared_surname_means_the_first_bearer() -> None:
    known = introduced((0, "Tom Baxter"), (80, "Ellen Baxter"))
    assert known.find("Baxter", 120) == person("Tom Baxter")
    assert known.find("Ellen Baxter", 120) == person("Ellen Baxter")


def test_a_name_introduced_only_later_is_found_after_the_earlier_ones() -> None:
    known = introduced((500, "Nora Quist"))
    assert known.find("Quist", 10) == person("Nora Quist")  # "Quist said", full name later
    crowd = introduced(*((i, f"Ana Ruiz{i}") for i in range(LOOKBACK + 10)))
    assert crowd.find("Ana", 5) is not None
