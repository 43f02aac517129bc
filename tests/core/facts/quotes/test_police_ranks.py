"""Round 45 (issue 11): police ranks as UK copy shortens them ("Det Insp", "Det Supt", "DCI")
are titles, not part of the officer's name. Sentences are our own; the test fails on the
commit before."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_shortened_police_ranks_are_not_part_of_the_name() -> None:
    body = (
        "Det Insp Rhona Keel, who leads the inquiry, appealed for witnesses. “Somebody saw that "
        "van,” she said.\n\nDCI Amos Pryor said: “We are following every lead we have.”\n\n"
        "Det Supt Ivo Lanz added: “The family deserve answers from us.”"
    )
    assert speakers_of("", body) == ["Rhona Keel", "Amos Pryor", "Ivo Lanz"]
