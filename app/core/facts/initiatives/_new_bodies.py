"""A body set up to do a job: "has set up an independent audit committee", "formed a new
taskforce on rural buses".

A committee or a panel is no undertaking noun ("the committee said", "a panel of judges"), so the
head lexicon leaves it out; set up by a verb of founding, and told apart by words of its own (an
adjective or a noun before it, or a phrase after it saying what it is for), it is a new body the
subject has made. A bare "set up a committee" names nothing a reader can use.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.facts.initiatives._candidate import _Verb
from app.core.facts.initiatives._phrasing import _TIME_HEADS
from app.core.facts.nlp.phrases import Phrase
from app.core.facts.nlp.tagger import Token

# Bodies a subject sets up to do a job.
BODIES = frozenset("committee panel taskforce board unit commission watchdog".split())
# Lemmas of the verbs of undertaking that found a body ("set up", not "set out").
_FOUNDING = frozenset({"set", "establish", "create", "form", "launch"})
# Words before the head that tell one body apart: "independent", "audit", "new".
_TELLING = frozenset({"JJ", "NN", "NNP", "VBN"})


# Prepositions whose phrase says what a body is for: "a taskforce on rural buses".
_FOR = frozenset({"on", "into", "for"})
_TIME_LEADS = frozenset({"last", "this", "next"})


def body_set_up(
    tokens: Sequence[Token], phrase: Phrase, verb: _Verb, by_start: dict[int, Phrase]
) -> int | None:
    """The token end of `phrase`, the object of `verb`, when it is a body the verb founds and
    the phrase tells apart: by words before its head other than "new" ("an independent audit
    committee"), or by what it is for ("a new taskforce on rural buses", which runs to the end
    of that phrase); None for a bare "a committee" or "a new panel", and for a body passively
    formed ("a panel was formed": its own subject reads that)."""
    if verb.passive or verb.entry.lemma not in _FOUNDING or verb.entry.kind != "create":
        return None
    if tokens[phrase.head].text.lower() not in BODIES or tokens[phrase.head].tag != "NN":
        return None
    k = phrase.end
    if k + 1 < len(tokens) and tokens[k].text.lower() in _FOR:
        what = by_start.get(k + 1)
        if what is not None and tokens[what.head].tag in {"NN", "NNS"}:
            end = what.end
            if (
                end - what.start > 2
                and tokens[end - 1].text.lower() in _TIME_HEADS
                and tokens[end - 2].text.lower() in _TIME_LEADS
            ):
                end -= 2  # the chunker took a time in: "rural buses last month"
            return end
    telling = [t for t in tokens[phrase.body : phrase.head] if t.text.lower() != "new"]
    return phrase.end if any(t.tag in _TELLING for t in telling) else None
