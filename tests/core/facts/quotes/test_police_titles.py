"""Speakers: police ranks are titles, cut from the name ("Chief Constable Martin Hale" is Martin
Hale, not "Constable Martin Hale"). Sentences are our own."""

from __future__ import annotations

from functools import partial

from tests.core.facts.quotes.speakers_of import speakers_of

speakers = partial(speakers_of, "Force news\n\n")


def test_police_ranks_are_cut_from_the_speakers_name() -> None:
    body = (
        'Chief Constable Martin Hale said: "We put officers where the evidence tells us." '
        'Detective Inspector Jo Marr said: "We are appealing for witnesses."'
    )
    assert speakers(body) == ["Martin Hale", "Jo Marr"]
