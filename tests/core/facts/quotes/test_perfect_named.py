""" "The board has named Ana Ruiz as its new head": "named" is the verb that appoints her, not a
name given to a thing ("the glasses, called Lumora Air"), so she is a person the tracker knows
and "Ruiz" or "she" later is "Ana Ruiz" (`nlp.mentions._names_a_thing`)."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_a_person_named_to_a_post_is_known_by_her_full_name() -> None:
    body = (
        "The Kestrel Ballet has named Odile Marchetti as its new artistic director.\n\n"
        "Marchetti, 41, danced with companies in Paris and Milan.\n\n"
        '"I have waited my whole life for this," Marchetti said.'
    )
    assert speakers_of("", body) == ["Odile Marchetti"]


def test_a_thing_called_by_a_name_is_still_no_one() -> None:
    # A guard: "a boat named Sea Spray" names a thing; "he" is the skipper.
    body = (
        "Tom Fenn sailed a boat named Sea Spray around the coast.\n\n"
        '"She handled the storms well," he said.'
    )
    assert speakers_of("", body) == ["Tom Fenn"]
