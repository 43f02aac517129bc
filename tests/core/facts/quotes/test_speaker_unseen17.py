"""Round 17 (issue 11 item 3): "he" and "she" never resolve to a name that is no person's: an
office's domain, a body led by an acronym, a venue after a place preposition, a competition;
and a person's name carries no letters after it. Sentences are our own."""

from __future__ import annotations

from functools import partial

from app.core.document import Document
from app.core.facts.quotes import extract
from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "Harbour news\n\n")


def test_he_is_not_the_domain_of_an_office() -> None:
    body = (
        "Director of Harbour Prosecutions, Ken Dale QC, who sits on the panel, said the rule "
        "was clear. He added: “Nobody is above it.”"
    )
    assert speakers(body) == ["Ken Dale"]


def test_he_is_not_a_broadcaster() -> None:
    body = (
        "The harbour club has a new owner.\n\n"
        "But Dale, speaking exclusively to BBC Harbour, also admits the captain will decide. "
        "He told reporters: “It is his call.”"
    )
    assert speakers(body) == [None]


def test_he_is_not_a_park() -> None:
    body = (
        "The harbour club has a new owner.\n\n"
        "Dale is raising money for the club's new ground in Harold Park, which opens next year. "
        "He said: “We need every penny.”"
    )
    assert speakers(body) == [None]


def test_he_is_not_a_competition() -> None:
    body = "The team's trophies: Coppa Marina (4) Supercoppa (2)\n\nHe said: “We can still do it.”"
    assert speakers(body) == [None]


def test_she_is_the_person_with_letters_after_her_name() -> None:
    body = "Ana Ruiz MP spoke in the debate on Monday.\n\nShe said: “The bridge must stay open.”"
    assert speakers(body) == ["Ana Ruiz"]


def test_the_name_after_a_role_and_its_body_speaks() -> None:
    body = (
        "The ferry fares rose again on Monday.\n\n"
        "But director of the Friends of Harbour Trust, Nora Quist, said: “This is cold.”"
    )
    assert speakers(body) == ["Nora Quist"]


def test_a_body_set_off_by_itself_still_speaks() -> None:
    # Guard (passes on main): no role before the body, so the name after it is not read.
    body = (
        "The ferry fares rose again on Monday.\n\n"
        "The Harbour Trust, in a letter to Nora Quist, said: “This is cold.”"
    )
    assert speakers(body) == ["Harbour Trust"]


def test_the_name_after_a_seat_speaks() -> None:
    body = (
        "The port plan was debated on Monday. "
        "The Labour MP for Westby, Tom Lane, said: “It is pointless.”"
    )
    assert speakers(body) == ["Tom Lane"]


def test_a_seat_is_no_speaker() -> None:
    body = (
        "Former minister Tom Lane, whose father ran the port, said the plan was “largely "
        "pointless”. But the Tory MP for Eastby and West Marsh admitted the harbour “cannot "
        "stay as it is”."
    )
    assert speakers(body) == ["Tom Lane", None]


def test_a_person_named_after_a_union_is_the_speaker() -> None:
    body = (
        "The ferry fares rose again on Monday.\n\n"
        "But general secretary of the ferry workers union Harbourline Dave Quist said: "
        "“You cannot run boats like this.”"
    )
    assert speakers(body) == ["Dave Quist"]


def test_the_role_is_held_by_the_person_named_after_its_body() -> None:
    body = (
        "The ferry plans were set out on Monday. He insisted the changes were “very modest”. "
        "But general secretary of the public services union Tidewell Dave Quist criticised the "
        "plans. “You cannot run boats like this.”"
    )
    assert speakers(body) == [None, "Dave Quist"]


def test_a_name_after_he_says_is_what_he_reports() -> None:
    body = (
        "Tom Lane will speak at the harbour on Friday.\n\n"
        "He will say Conservatives “want a fair harbour for everyone”."
    )
    assert speakers(body) == ["Tom Lane"]


def test_the_object_of_accuse_is_not_the_speaker() -> None:
    body = (
        "Prime Minister Tom Lane spoke in Eastby on Monday.\n\n"
        "The Greens accuse Mr Lane of giving a “soft and empty” speech on the ferries."
    )
    found = extract(Document.from_text("Harbour news\n\n" + body))
    assert "Tom Lane" not in [q.speaker for q in found]
