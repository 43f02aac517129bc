"""Initiatives: the actor is the subject of the clause that undertakes (shared, relative, across
asides), never the subject of an unrelated verb or a thing.

Every sentence here is written for these tests; each test asserts that something is listed
(or that a named item is), so it fails when `extract` returns nothing.
"""

from __future__ import annotations

import pytest

from tests.core.facts.initiatives._helpers import _one, _texts


# Actors: the verb's subject or the possessor in the sentence, never the article's main subject,
# a dateline or a title alone.
def test_actor_is_the_subject_of_the_sentence_not_the_articles_main_subject() -> None:
    text = (
        "Google has spent years building its games business.\n"
        "Google says its players want more choice, and Google plans more titles.\n"
        "Microsoft launched Project Skyline, a cloud gaming service, in October."
    )
    fact = _one(text, "Project Skyline")
    assert fact.actor == "Microsoft"


def test_a_subject_across_an_aside_set_off_by_commas() -> None:
    fact = _one("Orvana, for its part, launched a new office in Lagos this spring.", "new office")
    assert fact.actor == "Orvana"
    assert fact.status == "launched"


def test_a_subject_across_a_bracketed_short_form() -> None:
    fact = _one(
        "The Seaview Ministry of Ports (SMP) has unveiled a plan to dredge the north harbour.",
        "plan to dredge",
    )
    assert fact.actor is not None and "Ministry" in fact.actor
    listed = _one(
        "The Ministry of Ports, Roads and Rail (MPRR) has unveiled a plan to dredge the harbour.",
        "plan to dredge",
    )
    assert listed.actor != "Rail"  # the last part of a list of names is not who acts


def test_a_verb_after_and_shares_the_first_verbs_subject() -> None:
    fact = _one(
        "Finance minister Lena Berg spoke in Oslo on Monday. The minister is expected to freeze"
        " bus fares and cut the ferry tax for islanders.",
        "ferry tax",
    )
    assert fact.actor == "Lena Berg"


def test_a_thing_as_subject_undertakes_nothing() -> None:
    text = (
        "Economists warned that the new tariffs would reduce the regional product by 0.4 percent."
        " The council has launched a new export scheme for small firms."
    )
    texts = _texts(text)
    assert any("export scheme" in t for t in texts), texts
    assert not any("regional product" in t or "reduce" in t for t in texts), texts


@pytest.mark.parametrize(
    "text",
    [
        "The review follows the Hartley Report, which recommended a new inspection scheme for"
        " care homes.",
        "It follows last year's government-commissioned Hartley Report which recommended a new"
        " inspection scheme.",
    ],
    ids=["after_a_comma", "without_a_comma"],
)
def test_which_stands_for_the_name_before_it(text: str) -> None:
    fact = _one(text, "inspection scheme")
    assert fact.actor == "Hartley Report"


def test_the_subject_of_a_gerund_after_of_is_the_clauses() -> None:
    fact = _one(
        "Defender Sam Okoro is on the verge of signing a new deal with the club.", "new deal"
    )
    assert fact.actor == "Sam Okoro"


def test_every_verb_phrase_of_a_list_shares_its_subject() -> None:
    text = (
        "Green Party leader Ana Ruiz said her party would introduce a £500 grant for first"
        " time buyers, cut fuel duty and introduce a citizens pension."
    )
    assert _one(text, "citizens pension").actor == _one(text, "£500 grant").actor


def test_the_subject_of_an_unrelated_verb_is_no_actor() -> None:
    fact = _one(
        "Jane Okafor complained about noise from the new £2m bike-sharing scheme.",
        "bike-sharing scheme",
    )
    assert fact.actor is None


def test_a_pronoun_reporter_is_resolved() -> None:
    text = (
        "The Electoral Commission published a report on Monday. It also says there should be"
        " more state funding for small parties."
    )
    assert _one(text, "state funding").actor == "Electoral Commission"


def test_the_object_of_a_preposition_is_never_the_actor() -> None:
    fact = _one(
        "The union said on Twitter that the new rota had confused nurses and demanded a pay"
        " review for night staff.",
        "pay review",
    )
    assert fact.actor != "Twitter"


def test_a_speaker_is_not_the_actor_of_what_we_undertake() -> None:
    fact = _one(
        '"We will build our own launch systems," said Tom Reed, a director at Vendia.', "launch"
    )
    assert fact.actor is None  # "we" is his firm, not Tom Reed


def test_who_praises_or_admires_a_scheme_is_not_behind_it() -> None:
    fact = _one(
        "Jane Okafor visited the site. She admired the new £5m flood barrier scheme.", "scheme"
    )
    assert fact.actor is None
    fact = _one("The city council runs a new recycling scheme for flats in Leeds.", "recycling")
    assert fact.actor == "The city council"


def test_who_reacts_to_someone_elses_move_is_not_its_actor() -> None:
    reacted = _one(
        "Ostrava Steel criticised the decision to launch a new pension scheme.", "scheme"
    )
    assert reacted.actor is None
    held = _one("Ostrava Steel has plans to launch a new pension scheme.", "scheme")
    assert held.actor == "Ostrava Steel"


def test_a_subject_before_an_aside_between_dashes() -> None:
    fact = _one(
        "The Harbour Authority - which runs the docks and has turned down every offer from the"
        " city since May - called for an emergency review of the port.",
        "emergency review",
    )
    assert fact.actor == "Harbour Authority"
