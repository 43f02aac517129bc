"""Round 14 (issue 11 item 3): "he"/"she" after a reporting clause whose subject is an unnamed
person description is that person, as written; and a headline's adjective before a surname is
no family head for that surname. Sentences are our own."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "Harbour news\n\n")


def test_she_after_an_unnamed_officer_is_that_officer() -> None:
    body = (
        "Maria Lopez, the council leader, opened the meeting on Monday.\n\n"
        "The city's planning officer, who asked not to be named, said the council had received "
        "900 objections. “I have never seen so many letters,” she said."
    )
    assert speakers(body) == ["The city's planning officer"]


def test_he_after_a_spokesman_for_a_body_is_the_spokesman() -> None:
    body = (
        "A spokesman for the Port Authority said the scheme would go ahead. "
        "“We have listened to every boat owner,” he said."
    )
    assert speakers(body) == ["A spokesman for the Port Authority"]


def test_one_protester_then_she() -> None:
    body = (
        "Dozens of parents gathered outside the school gates on Friday.\n\n"
        "One protester said the closure would split the village in two. "
        "“My children have walked to this school for six years,” she said."
    )
    assert speakers(body) == ["One protester"]


def test_gender_and_a_woman_named_between_are_respected() -> None:
    # A spokeswoman is never "he" (the named man stands); a woman named after the description
    # is the nearer "she"; a spokesman is "he".
    body = (
        "Tomas Berg opened the yard in 1998.\n\n"
        "A spokeswoman for the yard said the orders had doubled. "
        "“We are hiring welders again,” he said.\n\n"
        "A spokesperson for the trust said the garden would reopen. Head gardener Ana Ruiz "
        "walked visitors round the beds. “The roses took the worst of it,” she said.\n\n"
        "A spokesman for the yard said the slipway was safe. “It passed every test,” he said."
    )
    assert speakers(body) == ["Tomas Berg", "Ana Ruiz", "A spokesman for the yard"]


def test_a_headline_adjective_is_no_family_head() -> None:
    body = (
        "Unflappable Okafor wins over the valley.\n\n"
        "Farm Minister Daniel Okafor spent Tuesday touring the flooded valley. Okafor promised "
        "new drains: “Nobody will be forgotten here.”"
    )
    assert speakers_of("", body) == ["Daniel Okafor"]


def test_the_same_pronoun_again_is_the_same_described_person() -> None:
    body = (
        "Nadia Frost, a farmer, spoke at the first hearing in March.\n\n"
        "At the bus stop, a young nurse said the new timetable had cost her two shifts. "
        "“I waited an hour in the rain,” she said, shaking her head. "
        "“Nobody asked us before they cut the route,” she said."
    )
    assert speakers(body) == ["a young nurse", "a young nurse"]


def test_a_short_quotation_standing_alone_as_a_subhead_speaks_as_its_copy() -> None:
    # The subhead repeats words said later by Lena Holt; it does not carry on Mr Brandt's "he".
    body = (
        "Olof Brandt toured the depot on Monday. “We will keep every bus,” he says.\n\n"
        "‘Ride free on Sundays!’\n\n"
        "The idea came from the riders' union. “Ride free on Sundays!” said Lena Holt, who "
        "leads it, at a rally last week."
    )
    assert speakers(body) == ["Olof Brandt", "Lena Holt", "Lena Holt"]
