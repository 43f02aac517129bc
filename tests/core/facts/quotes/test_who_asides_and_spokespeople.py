"""Round 45 (issue 11): a described speaker set off by a "who" aside. Sentences are our own; the
first two tests fail on the commit before, the last is a guard.

- "But one trader, who would not give her name, said ...": "one"/"another" open a description
  as "a" does, so the aside no longer hides the speaker (a quoted fragment with no speaker was
  dropped altogether);
- "A florist, who ..., said": "who" makes the noun a person even where the roles lexicon lacks
  it, so an unnamed source is still the speaker the text gives.
"""

from __future__ import annotations

from tests.core.facts.quotes.speakers_of import speakers_of

_LEAD = "Ferry fares on the island rose again in March. "


def test_another_described_speaker_before_a_who_aside_speaks() -> None:
    text = (
        _LEAD + "But another trader, who would not give her name, said the operator was "
        '"squeezing every penny".'
    )
    assert speakers_of("", text) == ["another trader"]


def test_a_noun_the_lexicon_lacks_before_a_who_aside_speaks() -> None:
    text = _LEAD + 'A florist, who asked not to be named, said: "The ferry is a lifeline."'
    assert speakers_of("", text) == ["A florist"]


def test_guard_a_role_lexicon_noun_with_a_who_aside_is_unchanged() -> None:
    text = _LEAD + 'An analyst, who asked not to be named, said: "The ferry is a lifeline."'
    assert speakers_of("", text) == ["An analyst"]
