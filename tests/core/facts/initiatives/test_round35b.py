"""Initiatives, round 35 (second branch): undertakings missed on untuned copy, read by grammar.

Every sentence here is written for these tests.
"""

from __future__ import annotations

from tests.core.facts.initiatives._helpers import _facts, _one, _texts


def test_an_intention_word_after_and_is_a_second_verb_of_the_subject() -> None:
    text = (
        "The harbour authority will spend an extra £3.2m to keep berths open and plans to "
        "launch a cheaper mooring permit for fishing boats from May."
    )
    fact = _one(text, "mooring permit")
    assert fact.text.startswith("cheaper mooring permit for fishing boats")
    assert (fact.actor, fact.status) == ("The harbour authority", "planned")
    assert not any(t.startswith("plans") for t in _texts(text))
    # After a past verb "plans" may be its second object ("criticised the budget and plans to
    # close ..."): the critic is no actor of the closures.
    text = "The mayor criticised the budget and plans to close three swimming pools."
    assert not any(f.actor == "The mayor" for f in _facts(text))


def test_what_is_trialled_or_piloted_is_an_undertaking() -> None:
    text = "Northgate council will pilot a four-day week for 250 of its office staff from June."
    fact = _one(text, "four-day week")
    assert (fact.actor, fact.status) == ("Northgate council", "planned")
    text = "The county council will trial a shorter school day at 30 of its primary schools."
    fact = _one(text, "shorter school day")
    assert (fact.actor, fact.status) == ("The county council", "planned")
    # A time noun with no modifier is when, not what: "launched a year ago".
    assert _texts("The bakery launched a year ago and opened a second shop in March.") == []


def test_the_pilot_refers_back_to_what_was_piloted() -> None:
    text = (
        "Northgate council will pilot a four-day week for 250 of its office staff from June. "
        "Managers will report on sickness rates during the eight-month pilot. "
        "The pilot will be reviewed by the council's finance director."
    )
    texts = _texts(text)
    assert not any("pilot" in t for t in texts), texts
    assert _one(text, "four-day week").actor == "Northgate council"


def test_an_infinitive_complement_runs_through_a_quoted_verb() -> None:
    text = (
        'Ashby Council is considering a scheme to "green" part of the high street near the '
        "market, which would cost about £3m."
    )
    assert _one(text, "scheme").text == 'scheme to "green" part of the high street'


_DESCRIBED = (
    "The district council said the survey would shape its transport plans. "
    'It is considering a scheme to "green" part of the high street near the market.'
)


def test_an_opening_it_stands_for_the_body_the_sentence_before_described() -> None:
    assert _one(_DESCRIBED, "scheme").actor == "the district council"
    # In another paragraph "It" may be anything: the description is not carried over.
    apart = _DESCRIBED.replace(". It", ".\n\nIt")
    assert all(f.actor != "the district council" for f in _facts(apart))


def test_what_a_body_is_considering_is_planned() -> None:
    assert _one(_DESCRIBED, "scheme").status == "planned"
    text = "Ashby Council is planning a £2m scheme to repair its bridges."
    assert _one(text, "scheme").status == "planned"


def test_a_name_never_ends_on_the_words_before_an_amount() -> None:
    text = (
        "Tarnside Water will introduce a rebate of up to 40% for low-income pensioners next year."
    )
    assert _one(text, "rebate").text == "rebate of up to 40% for low-income pensioners"
    text = "The museum will offer a grant of up to £5,000 each to local artists."
    assert _one(text, "grant").text == "grant of up to £5,000"
