"""Round 43 (issue 11): "Mr X said" when two men named X were both introduced in full (brothers,
a father and a son) names one of them only when the text makes him clearly meant: the one named
(or referred to by a pronoun the tracker can place) in the same or the previous sentence. It went
to the first introduced. Sentences are our own; the first two tests fail on the commit before,
the others are guards."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_mr_surname_after_two_men_named_in_view_is_no_one() -> None:
    body = (
        "Aled Voss founded the boatyard in 1971. His son Rhodri Voss took it over last year.\n\n"
        "“We build one hull a winter,” Mr Voss said."
    )
    assert speakers_of("", body) == ["Voss"]


def test_mr_surname_means_the_bearer_named_just_before() -> None:
    body = (
        "Aled Voss founded the boatyard in 1971. His son Rhodri Voss took it over last year.\n\n"
        "The slipway floods at spring tides. Rhodri Voss wants it raised. “The sea wins every "
        "March,” Mr Voss said."
    )
    assert speakers_of("", body) == ["Rhodri Voss"]


def test_guard_one_man_and_his_wife_leave_mr_to_him() -> None:
    body = (
        "Councillor Peter Lindqvist opened the market on Saturday. His wife, Karen Lindqvist, "
        "cut the ribbon.\n\n“It has taken ten years,” Mr Lindqvist said."
    )
    assert speakers_of("", body) == ["Peter Lindqvist"]


def test_guard_one_person_named_twice_in_two_forms_is_one_bearer() -> None:
    body = (
        "Tomasz Brevik, 41, fixed the pump on Monday. Tomasz A. Brevik had trained in Gdansk.\n\n"
        "Villagers thanked him. “It was a worn seal,” Mr Brevik said."
    )
    assert speakers_of("", body) == ["Tomasz Brevik"]
