"""Round 45 (issue 11): "Hexford's MP, Liam Gorse, said" opens on a place's (or body's) office
with its holder's name set off after it: the speaker is the holder, not "Hexford's MP". An
office with no name after it stays as written. Sentences are our own; the first test fails on
the commit before, the second is a guard."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of

_LEAD = "A footbridge in Tallow Cross collapsed on Sunday. "


def test_an_owned_office_then_a_name_set_off_is_that_person() -> None:
    body = _LEAD + "Tallow Cross's MP, Agnes Mowbray, said: “This bridge was inspected in May.”"
    assert speakers_of("", body) == ["Agnes Mowbray"]


def test_guard_an_owned_office_without_a_name_stays_as_written() -> None:
    body = _LEAD + "Tallow Cross's MP, who lives nearby, said: “This bridge was inspected in May.”"
    assert speakers_of("", body) == ["Tallow Cross's MP"]
