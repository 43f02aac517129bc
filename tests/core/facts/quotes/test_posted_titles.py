"""A speaker named by a title and its post ("Norway's ambassador to Iceland"): the place is the
post's, not the speaker; the person is the one the article gives that title, else the phrase.
Ranks and a service before a name ("retired Navy Rear Adm. Tomas Berg") are titles too."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of

TITLE = "Harbour row deepens\n\n"
LEAD = (
    "Norway's ambassador to Iceland accused the council of meddling and warned that the "
    "government “will not sit on our hands”."
)


def test_the_title_and_post_as_written_when_nobody_holds_it() -> None:
    assert speakers_of(TITLE, LEAD) == ["Norway's ambassador to Iceland"]


def test_the_one_holder_the_article_names_later() -> None:
    body = (
        f"{LEAD}\n\nNorway's ambassador to Iceland Ola Brandt has said the row must end.\n\n"
        "Brandt said the talks were “going nowhere”."
    )
    assert speakers_of(TITLE, body) == ["Ola Brandt", "Ola Brandt"]


def test_a_place_that_is_no_post_is_still_no_speaker() -> None:
    body = "A crowd gathered in the square. Oslo said the plan was “a disgrace”."
    assert speakers_of(TITLE, body) == [None]


def test_a_service_and_ranks_before_a_name_describe_the_speaker() -> None:
    body = (
        "“We cannot hold the coast with three boats,” said retired Navy Rear Adm. Tomas Berg, "
        "who led the fleet until 2015.\n\n"
        "“The plan is sound,” said former Air Force Lt. Col. Ola Brandt."
    )
    assert speakers_of(TITLE, body) == ["Tomas Berg", "Ola Brandt"]
