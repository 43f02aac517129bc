"""A body described and never named ("the government", "the council", "the union") is the
speaker as written: a reader takes the article's own words when it names no such body. Sentences
are our own; each test fails on b193d24 except the guard, marked."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "News\n\n")


def test_the_government_no_article_names_is_as_written() -> None:
    body = (
        "Duty on petrol will go up by 4p a litre from June. "
        "“The rise is fair and affordable,” the government said."
    )
    assert speakers(body) == ["the government"]


def test_the_council_after_the_words() -> None:
    body = (
        "Libraries in the town will open four days a week from March. “It is the only way to "
        "keep every branch open,” the council said in a letter to readers."
    )
    assert speakers(body) == ["the council"]


def test_the_union_after_no_union_is_as_written() -> None:
    body = (
        "Bus drivers will walk out for three days next week over pay. "
        "“Our members have had enough,” the union said."
    )
    assert speakers(body) == ["the union"]


def test_the_club_after_its_name_is_still_the_name() -> None:
    """Guard (passes on b193d24): a body named before is who the description stands for."""
    body = (
        "Millford Rovers have signed the striker Kofi Mensah on a two-year deal. "
        "“He is a proven goalscorer,” the club said."
    )
    assert speakers(body) == ["Millford Rovers"]
