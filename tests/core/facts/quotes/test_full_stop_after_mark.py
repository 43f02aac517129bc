"""A full stop right after a closing mark ends the sentence ('... were "damaging the town".
Mayor Tate said ...'): a new subject in the next sentence reports something else, and is no cue
for the quoted words; "he"/"she" goes on with the same person (`_speakers.cue_after`)."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_a_name_in_the_next_sentence_is_not_the_speaker() -> None:
    body = (
        'Councillor Ida Brook said the council had been "too slow" and the delays were '
        '"damaging the whole of the town centre". Mayor Owen Tate said the work would end in '
        "May."
    )
    assert speakers_of("", body) == ["Ida Brook", "Ida Brook"]


def test_a_description_in_the_next_sentence_is_not_the_speaker() -> None:
    body = (
        'Ida Brook said the ward had been "run down" and the closure was "a scandal for the '
        'whole valley". A hospital spokesman said the decision was final.'
    )
    assert speakers_of("", body) == ["Ida Brook", "Ida Brook"]


def test_he_in_the_next_sentence_goes_on_with_the_same_person() -> None:
    # A guard (passes on f6ae74c too): "He said" after the full stop is the same person.
    body = (
        "A day ahead of the vote, Mr Tate used a speech to say his party faced 'hard "
        "choices'. He said the present level of tax was about right."
    )
    assert speakers_of("", body) == ["Tate"]
