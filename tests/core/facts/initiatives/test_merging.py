"""Initiatives: mentions of one undertaking are listed once.

Every sentence here is written for these tests; each test asserts that something is listed
(or that a named item is), so it fails when `extract` returns nothing.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _facts, _one, _texts


def test_repeated_mentions_are_listed_once() -> None:
    text = (
        "The city launched a solar roof scheme in March.\n"
        "The solar roof scheme pays for panels on schools.\n"
        "Critics say the scheme is too small."
    )
    facts = _facts(text)
    assert sum("scheme" in f.text for f in facts) == 1


def test_overlapping_names_of_one_undertaking_are_listed_once() -> None:
    texts = _texts(
        "Mayor Ana Ruiz said there would also be a wider drive to set up weekly advice"
        " centres for tenants."
    )
    assert [t for t in texts if "advice centres" in t] == ["weekly advice centres for tenants"]


def test_mentions_of_the_same_sum_are_one_undertaking() -> None:
    text = (
        "The minister launched a £300m initiative to let rural schools open sports halls.\n"
        "The money will come from a new £300m fund for rural areas."
    )
    texts = _texts(text)
    assert any("£300m initiative" in t for t in texts), texts
    assert len([t for t in texts if "£300m" in t]) == 1, texts


def test_a_bare_mention_lifts_no_later_named_one() -> None:
    # "the deal" names nothing to refer back to: the later record deal is another one, and
    # listed with the first's evidence it would also take the first one's actor.
    facts = _facts(
        "Harbour Records said it would sign the deal within weeks.\n"
        "Meanwhile, the singer has a new record deal in place with a German label.\n"
        "The council approved a one-off tax amnesty for small traders."
    )
    texts = [f.text for f in facts]
    assert any("tax amnesty" in t for t in texts), texts
    assert not any("record deal" in t for t in texts), texts


def test_a_second_one_of_a_kind_is_listed_apart_from_the_first() -> None:
    text = (
        "Eastfield Food Trust opened a youth centre in Ashby in May. "
        "The trust will open a second youth centre in Corley next year."
    )
    centres = [t for t in _texts(text) if "centre" in t]
    assert centres == ["youth centre in Ashby", "second youth centre in Corley"]


def test_the_pilot_refers_back_to_what_was_piloted() -> None:
    text = (
        "Northgate council will pilot a four-day week for 250 of its office staff from June. "
        "Managers will report on sickness rates during the eight-month pilot. "
        "The pilot will be reviewed by the council's finance director."
    )
    texts = _texts(text)
    assert not any("pilot" in t for t in texts), texts
    assert _one(text, "four-day week").actor == "Northgate council"
