"""Things that already exist: no undertaking, whatever their noun.

A network a firm operates, a service a board runs, the technologies a car is equipped with, "its
existing scheme": each names something that is there, not something a body sets out to do. What
tells them apart is the verb and the phrase they stand in, not the noun: "will run a new ferry
service" is an undertaking, "runs a ferry service" a fact about the firm.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.facts.initiatives._candidate import _Verb
from app.core.facts.initiatives._lexicon import Head
from app.core.facts.initiatives._status import verb_status
from app.core.facts.nlp.phrases import Phrase
from app.core.facts.nlp.tagger import Token

# Modifiers that say the thing is there already: "its existing apprenticeship scheme". Not
# "current": a deal in force is still one ("Turkey's current loan agreement with the IMF", a gold
# item of bbc-facts-dev), and a player's current contract is what a new one replaces.
# "the old station was closed", "the former scheme": what was there before, not what is to be.
_ALREADY_THERE = frozenset(
    "existing longstanding long-standing old former previous disused defunct".split()
)

# Verbs of undertaking whose "ongoing" reading (present or past, not future) says the subject
# keeps something going that is there: "operates digital mobile networks", "runs a helicopter
# service". Not "funds", "builds" or "develops": those put something in hand.
_KEEPING = frozenset({"run", "operate"})

# Verbs of having or using that are no verbs of undertaking: what they take exists ("uses
# recycled aluminium", "is equipped with lane assistance technology", "sells its products").
_USING = frozenset(
    """use uses used using operate operates operated operating own owns owned sell sells sold
    selling""".split()
)
# Participles of fitting out: "equipped with", "fitted with", "powered by".
_FITTED = frozenset("equipped fitted powered".split())


def already_there(
    tokens: Sequence[Token], phrase: Phrase, verb: _Verb | None, entry: Head | None
) -> bool:
    """Whether `phrase` names a thing that exists (see the module's docstring): said to be
    existing; kept going ("operates networks", "runs a service"); used, owned,
    sold or fitted ("is equipped with X"). An undertaking noun of weight 3 ("runs a pilot
    scheme") and a "new" thing ("operates a new route") stay undertakings."""
    body = tokens[phrase.body : phrase.end]
    if any(t.text.lower() in _ALREADY_THERE for t in body[:-1]):
        return True
    if (entry is not None and entry.weight >= 3) or any(t.text.lower() == "new" for t in body):
        return False
    if verb is not None:
        return (
            verb.entry.lemma in _KEEPING
            and verb_status(tokens, verb.index, verb.entry) == "ongoing"
            and tokens[verb.index].tag != "VBG"  # "is running a trial": in hand
        )
    k = phrase.start - 1
    if k >= 1 and tokens[k].text.lower() in {"with", "by"}:
        return tokens[k - 1].text.lower() in _FITTED
    return k >= 0 and tokens[k].text.lower() in _USING and tokens[k].tag.startswith("VB")
