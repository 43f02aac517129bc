"""An undertaking that frames what a clause does: "The trust will open its clinics in the
evenings as part of a six-month pilot", "Under a £5m scheme, the council will refit 40
homes", "The council will test free parking in a two-year pilot scheme" (after "in" only a
sized one, with an owner: see `_sized_frame`).

The clause's action is carried out within the undertaking, so the undertaking is its subject's
and has the clause's tense: the pilot is the trust's, planned. No verb of undertaking governs
it, but the frame says as much as one would (`Weights.pledge_context`, like "plans for X").
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.facts.initiatives._complements import _complement_end
from app.core.facts.initiatives._lexicon import Verb
from app.core.facts.initiatives._phrasing import _BE, _after_be
from app.core.facts.initiatives._scoring import _counted, _Scorer
from app.core.facts.initiatives._status import verb_status
from app.core.facts.nlp.phrases import VERB_TAGS, Phrase
from app.core.facts.nlp.tagger import Token

# The words before a phrase that make it the frame of its clause.
_FRAMES = (("as", "part", "of"), ("under",), ("in",))
_FRAME_ENDS = frozenset(frame[-1] for frame in _FRAMES)
# A clause's own verb (not one of the undertaking's), for its tense: the frame runs.
_RUNS = Verb("run", "run", None)
# Determiners that point back to an undertaking named before, which its frame adds nothing to.
_BACK = frozenset("the this that these those".split())
_CLAUSE_ENDS = frozenset({";", ":", "."})
_REACH = 20  # tokens between the frame and its clause's verb


class _FramingReader(_Scorer):
    """Reads undertakings that frame their clause in one sentence."""

    def _framed(self) -> None:
        """Add each undertaking phrase after "as part of" or "under" (see the module) with its
        clause's subject as actor and its clause's tense as status."""
        tokens = self.tokens
        for phrase in self.phrases:
            if phrase.start in self.found or not self._after_frame(phrase.start):
                continue
            if tokens[phrase.start].text.lower() in _BACK:
                continue  # "as part of the agreement": one named before, no news here
            after_in = tokens[phrase.start - 1].text.lower() == "in"
            if after_in and not _sized_frame(tokens, phrase):
                continue  # "a role in Labour's campaign", "check guests in a live programme"
            head = self.lex.heads.get(tokens[phrase.head].text.lower())
            if head is None or head.weight < 2 or head.brought:
                continue  # "under investigation": others bring it (read in `_scoring`)
            if phrase.body == phrase.head and (
                _complement_end(tokens, phrase, head, self.by_start) == phrase.end
            ):
                continue  # "under our plans": the head alone, named before
            verb = self._clause_verb(phrase)
            if verb is None:
                continue
            if after_in and tokens[verb].text.lower() in _BE:
                continue  # "there were cuts in 40 programs": nobody acts within it
            status = verb_status(tokens, verb, self.lex.verbs.get(tokens[verb].text.lower(), _RUNS))
            if tokens[verb].tag == "VBN" and _after_be(tokens, verb) and phrase.owner is None:
                # "use is allowed under a licensing scheme", "Ferrari could be listed as part of
                # an overhaul": the subject undergoes it, nobody is said to do anything
                continue
            actor = self.actor_of_subject(verb)
            if actor is None and after_in:
                continue  # "came close to buying it in a £308m deal": whose is not said
            self.listed[phrase.start] = (status, actor, self.w.pledge_context)
            self.add(phrase, None)

    def _after_frame(self, start: int) -> bool:
        """Whether the words right before `tokens[start]` are a frame ("as part of", "under")."""
        if start == 0 or self.tokens[start - 1].text.lower() not in _FRAME_ENDS:
            return False  # most phrases: no frame's last word right before
        words = [t.text.lower() for t in self.tokens[max(0, start - 3) : start]]
        return any(tuple(words[-len(frame) :]) == frame for frame in _FRAMES)

    def _clause_verb(self, phrase: Phrase) -> int | None:
        """The verb of the clause `phrase` frames: the nearest before its frame in the same
        clause, else (a frame that opens the sentence: "Under a pilot, the trust will open")
        the first after it."""
        tokens = self.tokens
        k = phrase.start - 1
        while k >= 0 and phrase.start - k <= _REACH and tokens[k].text not in _CLAUSE_ENDS:
            if tokens[k].tag in VERB_TAGS:
                return k
            k -= 1
        if k >= 0 and phrase.start - k <= _REACH and tokens[k].text in _CLAUSE_ENDS:
            return None
        for m in range(phrase.end, min(len(tokens), phrase.end + _REACH)):
            if tokens[m].text in _CLAUSE_ENDS:
                return None
            if tokens[m].tag in VERB_TAGS and tokens[m].tag != "VBG":
                return m
        return None


def _sized_frame(tokens: Sequence[Token], phrase: Phrase) -> bool:
    """Whether an undertaking after "in" frames its clause: "in" is then everywhere ("a role
    in the campaign", "revealed it in a video package"), so only a sized one does ("will test
    free parking in a two-year pilot scheme", "in a £5m programme"), and not a purpose ("in a
    bid to cut costs")."""
    k = phrase.end
    if k + 1 < len(tokens) and tokens[k].text.lower() == "to" and tokens[k + 1].tag == "VB":
        return False
    mods = tokens[phrase.body : phrase.head]
    # A sum or a length, not a count ("one initiative", "3G networks")
    return any(t.tag == "$" or t.text[:1] in "£$€" or _counted(t.text) for t in mods)
