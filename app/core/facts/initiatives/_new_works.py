"""New works a verb of undertaking puts in hand, whatever their noun.

"approved a £240m terminal", "has ordered six new ferries", "is investing £35m in two new
production lines", "announced a share buyback of up to 500m pounds": the object of a verb that
starts, orders, buys or funds something is no undertaking noun, yet a sum committed to it or a
count of new ones says a new thing is being made or bought, not one that exists. A plain object
without either ("ordered ferries", "opened the door") says nothing of the kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from app.core.facts.initiatives._amounts import CURRENCY_WORDS, OF_LEADS, amount_at, is_currency
from app.core.facts.initiatives._candidate import _Verb
from app.core.facts.nlp.phrases import Phrase
from app.core.facts.nlp.tagger import Token

# Kinds of verb of undertaking that put a new thing in hand ("propose" would take "offers two
# new tariffs", a thing sold; "change" and "cancel" act on what exists).
PUTTING_IN_HAND = frozenset({"create", "announce", "agree", "plan", "run"})
_COUNT_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty".split()
)


def _money(tokens: Sequence[Token], k: int) -> bool:
    """Whether the word at `k` is a sum of money: "£35m", "$2bn", or a figure followed by a
    currency's name ("500m pounds")."""
    token = tokens[k]
    if is_currency(token):
        return True
    return (
        (token.tag == "CD" or token.text[:1].isdigit())
        and k + 1 < len(tokens)
        and tokens[k + 1].text.lower() in CURRENCY_WORDS
    )


def _counted_new(mods: Sequence[Token]) -> bool:
    """ "six new ferries", "two new production lines": a count before "new"."""
    words = [t.text.lower() for t in mods]
    if "new" not in words:
        return False
    before = mods[: words.index("new")]
    return any(
        t.tag == "CD" or t.text[:1].isdigit() or t.text.lower() in _COUNT_WORDS for t in before
    )


def sum_after(tokens: Sequence[Token], end: int) -> bool:
    """ "a share buyback of up to 500m pounds": "of" and a sum right after the phrase."""
    if end >= len(tokens) or tokens[end].text.lower() != "of":
        return False
    figure = amount_at(tokens, end + 1, OF_LEADS).figure
    return figure < len(tokens) and _money(tokens, figure)


def _sum_before(tokens: Sequence[Token], verb: int, start: int) -> bool:
    """ "investing £35m in two new production lines": a sum between the verb and the
    preposition its object follows."""
    return start - verb >= 3 and any(_money(tokens, k) for k in range(verb + 1, start - 1))


# Verbs of trying something out: what is trialled or piloted is a scheme put in hand for a
# time, whatever its noun ("will trial a four-day week", "piloted free school meals").
_TRYING_OUT = frozenset({"trial", "pilot"})


def tried_out(phrase: Phrase, verb: _Verb) -> bool:
    """Whether `phrase` is the object right after a verb of trying out (`_TRYING_OUT`)."""
    return verb.entry.lemma in _TRYING_OUT and not verb.passive and phrase.start == verb.index + 1


def new_work(tokens: Sequence[Token], phrase: Phrase, verb: _Verb) -> bool:
    """Whether `phrase`, the object of `verb` and no undertaking noun, names a new work (see the
    module's docstring): right after the verb (or its preposition, after a sum), lower case,
    with a sum committed to it or a count of new ones (after a sum, any count: "invest £40m in
    three electric ferries")."""
    head = tokens[phrase.head]
    if verb.entry.kind not in PUTTING_IN_HAND or verb.passive or head.text[:1].isupper():
        return False
    mods = tokens[phrase.body : phrase.head]
    if tried_out(phrase, verb):
        return True
    if phrase.start == verb.index + 1:
        # "approved a £240m terminal": only a verb that starts a thing ("bought a £2m house"
        # is a purchase of one that exists)
        sized = (
            verb.entry.kind == "create"
            and head.tag == "NN"
            and any(t.text[:1] in "£$€" or t.tag == "$" for t in mods)
        )
        return sized or _counted_new(mods) or sum_after(tokens, phrase.end)
    if verb.entry.particle is None or tokens[phrase.start - 1].text.lower() != verb.entry.particle:
        return False
    return _sum_before(tokens, verb.index, phrase.start) and (
        _counted_new(mods)
        or any(t.text == "new" for t in mods)
        or _counted(mods)
        or (head.tag == "NNS" and counted_places(tokens, phrase.end))
    )


# Where things are put, and words that count the places: "at both ports", "in 12 schools".
_PLACED = frozenset("at in across".split())
_PLACE_COUNTS = frozenset({"both", "each", "every"}) | _COUNT_WORDS


def counted_places(tokens: Sequence[Token], end: int) -> bool:
    """ "spend £25m on charging points at both ports": a count of places right after the
    plural object a sum goes to says how many things are put there (no budget line of a kind;
    `new_work` asks for a plural: "staff at each hospital" is a wage bill)."""
    if end + 1 >= len(tokens) or tokens[end].text.lower() not in _PLACED:
        return False
    k = end + 1
    if tokens[k].text.lower() == "the":
        k += 1
    return k < len(tokens) and (tokens[k].tag == "CD" or tokens[k].text.lower() in _PLACE_COUNTS)


def _counted(mods: Sequence[Token]) -> bool:
    """ "invest £40m in three electric ferries": a count opening the object a sum goes to
    (so many things of a kind, paid for: no budget line of the kind)."""
    return bool(mods) and (mods[0].tag == "CD" or mods[0].text.lower() in _COUNT_WORDS)


# Kinds of verb whose sentences the prefilter passes only with a sum or a count of new things.
_SIGNS = re.compile(r"[£$€]|\b(?:pounds|dollars|euros)\b|\bnew\b")


def may_name_one(sentence: str) -> bool:
    """A word-level test for `new_work`: a sum of money or "new" somewhere in `sentence`."""
    return _SIGNS.search(sentence) is not None
