"""A title written out in lower case and followed by a full stop ends the sentence ("argued the
Harbour City manager. Reyes (left) has ..."): the speaker read after an inverted verb stops
there (`_phrases.breaks_sentence`); a title written short ("Gov.", "Supt.") does not end it."""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of


def test_the_speaker_after_the_verb_stops_at_the_full_stop() -> None:
    body = (
        "Dario Feld defended his young striker. 'If Mateo had been on the pitch, he would "
        "have taken it,' argued the Harbour City manager. Reyes (left) has scored nine "
        "penalties this season."
    )
    assert speakers_of("", body) == ["the Harbour City manager"]


def test_a_short_title_does_not_end_the_sentence() -> None:
    # A guard (passes on f6ae74c too).
    body = '"We will appeal the ruling," said Gov. Lena Marsh (right).'
    assert speakers_of("", body) == ["Lena Marsh"]
