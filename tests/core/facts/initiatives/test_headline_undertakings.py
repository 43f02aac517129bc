"""Initiatives: the lead undertaking an article's headline names. The body often refers to it
only by its head ("the scheme", "the merger"), which names nothing alone; the headline's phrase
is listed then, with its own offsets (no body sentence holds it), and the body's actor and
status where its mentions give them. A body mention that holds all the headline's words is the
fuller name and is listed instead. A headline's undertaking the body never mentions, or names
in other words, adds nothing.

Every headline and sentence here is written for these tests.
"""

from __future__ import annotations

from app.core.document import Document
from app.core.facts.initiatives import extract
from tests.core.facts.initiatives._helpers import _texts

_SCHEME = (
    "Fenmoor trust unveils peatland restoration scheme\n"
    "Volunteers will block drainage ditches across the moor under the scheme, which was "
    "announced on Monday. Work starts in the spring and will take five years."
)


def test_a_headline_names_the_undertaking_the_body_calls_the_scheme() -> None:
    document = Document.from_text(_SCHEME)
    facts = extract(document)
    [fact] = [f for f in facts if "scheme" in f.text]
    assert fact.text == "peatland restoration scheme"
    assert document.text[fact.start : fact.end] == fact.text
    assert document.title is not None
    assert document.title.start <= fact.start < fact.end <= document.title.end
    assert fact.sentence is None  # no body sentence holds it


def test_a_merger_in_the_headline_takes_its_parties() -> None:
    text = (
        "Harbury and Penrith agree £4bn merger\n"
        "The two building societies have agreed to merge after months of talks. The merger "
        "must still be approved by their members at meetings in June."
    )
    [fact] = [f for f in extract(Document.from_text(text)) if "merger" in f.text]
    assert fact.text == "£4bn merger"
    assert fact.actor == "Harbury and Penrith"


_CYCLE_LANES = (
    "\nResidents have until March to comment on the scheme, which would remove parking from "
    "four streets near the station."
)


def test_a_headline_in_title_case_is_read_in_lower_case() -> None:
    # "To Launch" read in capitals is a name's words: the item took "Launch" in
    assert "Cycle Lane Scheme" in _texts("Ashby To Launch Cycle Lane Scheme" + _CYCLE_LANES)
    # the actor is given as the headline writes it
    [fact] = extract(Document.from_text("Ashby Council Unveils Cycle Lane Scheme" + _CYCLE_LANES))
    assert (fact.text, fact.actor) == ("Cycle Lane Scheme", "Ashby Council")


def test_a_fuller_body_mention_names_it() -> None:
    text = (
        "Watchdog opens inquiry into bus delays\n"
        "Passengers have until Friday to give evidence to the inquiry into rural bus delays, "
        "the watchdog said. Its findings are due in the autumn."
    )
    document = Document.from_text(text)
    found = [f for f in extract(document) if "inquiry" in f.text]
    assert [f.text for f in found] == ["inquiry into rural bus delays"]
    assert found[0].sentence == 0  # the body's mention, not the headline's


def test_a_headline_undertaking_the_body_does_not_mention_adds_nothing() -> None:
    text = (
        "Fenmoor trust unveils peatland restoration scheme\n"
        "Volunteers will block drainage ditches across the moor from the spring. Work will "
        "take five years, the trust said."
    )
    assert not any("scheme" in t for t in _texts(text))
    # the body names its head in other words: its own name, not the headline's, is the one
    text = (
        "Lender agrees fresh funding\n"
        "The bank has agreed a new three-year funding line worth £40m with the city's "
        "transport authority, officials said."
    )
    assert "fresh funding" not in _texts(text)


def test_a_plural_subjects_verb_read_as_an_adjective_is_no_part_of_the_name() -> None:
    # round 45: "unveil" after "Councillors" was tagged an adjective, and the whole headline
    # ("Harbour councillors unveil plan to ...") was listed as the item
    text = (
        "Harbour councillors unveil plan to dredge the marina\n"
        "The council said the plan, approved on Monday, would cost £2m and take a year."
    )
    found = _texts(text)
    assert not any(t.startswith("Harbour councillors") for t in found), found
