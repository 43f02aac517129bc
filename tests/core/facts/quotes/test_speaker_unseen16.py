"""Round 16 (issue 11 item 3): wrong speakers read on unseen BBC and CNN/DailyMail copy: a
phrase that opens the sentence taken for its subject, a nationality alone (not a surname that
is one, "Mark Cuban"), a surname in -ly cut
as an adverb, and a quoted word that qualifies the noun after it. Sentences are our own."""

from __future__ import annotations

from functools import partial

from app.core.document import Document
from app.core.facts.quotes import extract
from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "Harbour news\n\n")


def test_an_opening_phrase_is_no_speaker() -> None:
    body = (
        "The ferry board met on Friday.\n\n"
        "In a paper published last May the joint panel stated: “The timetable has failed.”"
    )
    assert speakers(body) == [None]


def test_a_nationality_alone_is_no_speaker() -> None:
    body = "The final went to five sets.\n\n“It was very close,” said the 27-year-old Austrian."
    assert speakers(body) == [None]


def test_a_surname_that_is_a_nationality_stays() -> None:
    body = (
        "Tomas Cuban owns the harbour ferries.\n\n"
        "“We will run all winter,” said Cuban. “Nobody else will.”"
    )
    assert speakers(body)[0] == "Tomas Cuban"


def test_a_surname_in_ly_is_not_an_adverb() -> None:
    body = (
        "The harbour show was a hit.\n\n"
        "“He is a crook,” Mr Dale said. But Ms Connolly said she “would not trust him at all”."
    )
    assert speakers(body) == ["Dale", "Connolly"]


def test_a_quoted_adjective_before_a_noun_is_no_speech() -> None:
    # Without a speaker the quoted words are not kept at all; with "agency" as the speaker they
    # were, all three.
    body = (
        "The transport committee met on Monday.\n\n"
        "It published a sharp report into the “failing” agency noting the harbour master "
        "“has now gone” and hoping “things improve”."
    )
    found = extract(Document.from_text("Harbour news\n\n" + body))
    assert [q.speaker for q in found if q.speaker] == []


def test_an_opening_phrase_that_ends_with_the_name_keeps_it() -> None:
    # Guard (passes on main): "On Friday ... Ana Ruiz said" is hers.
    body = (
        "It was a long week for the ferry.\n\n"
        "On Friday Harbour Minister Ana Ruiz said in a statement: “We will not sell.”"
    )
    assert speakers(body) == ["Ana Ruiz"]


def test_a_name_after_said_with_a_subject_before_is_not_the_speaker() -> None:
    # "X, economist at Y said the MPC "..."": the MPC is what Archer reported on.
    body = (
        "Rates were held on Thursday.\n\n"
        "Tom Archer, economist at Global Data said the MPC “may well think again”. "
        "The MPC meets in May."
    )
    assert speakers(body) == ["Tom Archer"]


def test_an_inverted_speaker_after_a_comma_stays() -> None:
    # Guard (passes on main): "..., said Ana Ruiz: "..."" is hers.
    body = "The ferry will run all winter, said Ana Ruiz: “Nobody else will.”"
    assert speakers(body) == ["Ana Ruiz"]


def test_an_open_apposition_from_a_firm_gives_the_name() -> None:
    # '"...," Anne Ferry, from Exane Partners told ...': the closing comma left out.
    body = "Rates were held.\n\n“It is fragile,” Anne Ferry, from Exane Partners told Reuters."
    assert speakers(body) == ["Anne Ferry"]
