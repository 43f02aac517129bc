"""The actor readers' whole-text patterns scan a long article in pieces.

One regular-expression scan over a 1 MB article held the GIL for 30-60 ms, and the desktop
app's UI thread waited that long; the readers must find the same people all the same.
"""

from app.core.facts.initiatives import _actor
from app.core.facts.nlp.pieces import PIECE

NAMES = ("_SPOKES_BEFORE", "_SPOKES_AFTER", "_BODY_ROLE_NAME", "_NAME_ROLE_OF_BODY")


class Recording:
    def __init__(self, pattern, calls):
        self.pattern, self.calls = pattern, calls

    def finditer(self, text, pos=0, endpos=None):
        endpos = len(text) if endpos is None else endpos
        self.calls.append(endpos - pos)
        return self.pattern.finditer(text, pos, endpos)


def long_article():
    filler = "The committee met again on Tuesday and talked about the weather for hours. " * 900
    return (
        "Spokeswoman Haley Morris said the plan was ready. "
        + filler
        + "Ana Ruiz, a spokeswoman for the firm, agreed. "
        + filler
        + "Lib Dem leader Charles Kennedy spoke. Tom Hart, chief executive of Vendia, too."
    )


def test_long_article_is_scanned_in_pieces_with_the_same_people(monkeypatch):
    text = long_article()
    assert len(text) > 4 * PIECE
    calls = []
    for name in NAMES:
        monkeypatch.setattr(_actor, name, Recording(getattr(_actor, name), calls))
    people = _actor.spokespeople(text)
    bodies = _actor.affiliations(text)
    assert people == {"Haley Morris", "Ana Ruiz"}
    assert bodies == {"Charles Kennedy": "Lib Dem", "Tom Hart": "Vendia"}
    assert calls and max(calls) < 2 * PIECE
