"""A body's possessive as evidence that it is behind an undertaking.

"The decision is part of the EU's wider circular economy plan", "the council's review of
library opening hours": no verb of undertaking governs the phrase, but the body that owns it
says who is behind it, as a verb's subject would ("the EU plans ..."). Only for a head that
names what someone will do (one that takes a "to" complement: plan, strategy, programme) or
a singular one with its complement ("review of ..."): a body's other possessions are no undertakings
("its head office", "the hospital's car park", "the firm's profits"). Only a body's: a
person's possessive ("the minister's plan") may be a view or an idea, and a place's
("Britain's plan") leaves who is behind it open.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.facts.initiatives._antecedents import is_person
from app.core.facts.initiatives._lexicon import Head
from app.core.facts.nlp.bodies import ORGANISATION_NOUNS
from app.core.facts.nlp.names import NameKind, read_name
from app.core.facts.nlp.phrases import Phrase
from app.core.facts.nlp.tagger import Token

# Prepositions of a complement that says what an activity is about: "review of", "inquiry into".
_ABOUT = frozenset({"of", "into"})


def owned_by_body(
    tokens: Sequence[Token],
    phrase: Phrase,
    entry: Head | None,
    end: int,
    owner: str | None,
) -> bool:
    """Whether `phrase` (its name ending at token `end`) is owned by a body, `owner` (the
    possessor's name, resolved through the tracker for "its"/"their"), on a head that names
    what someone will do or with its complement. "its" stands for a body; "his" and "her" do not,
    and "their" only for a body named as one."""
    if owner is None or entry is None or phrase.owner is None:
        return False
    singular = tokens[phrase.head].tag == "NN"
    if end > phrase.end:
        # "the council's review of library opening hours", "Labour's plans to give ...";
        # not "its targets on leaks", "its factory on the outskirts of Oxford" (what it has),
        # "its efforts to make ..." (what it does anyway)
        of = tokens[phrase.end].text.lower() in _ABOUT
        if not ((entry.takes_to and entry.weight >= 2) or (of and singular)):
            return False
    elif not (entry.takes_to and entry.weight >= 2 and singular):
        # "its head office", "the hospital's car park", "its own security programs", "its
        # efforts": what it has or does anyway
        return False
    first = tokens[phrase.owner[0]]
    if first.tag in {"PRP$", "WP$"}:
        pronoun = first.text.lower()
        if pronoun == "its":
            return not is_person(owner.split())  # "its recovery plan": "it" stands for a body
        if pronoun != "their":
            return False  # "his plan": a person's
    return is_body(owner)


def is_body(name: str) -> bool:
    """Whether `name` (a possessor, as `owner_name` gives it) is surely a body: a description
    by an organisation noun ("the council", "the firm") or the name of an organisation ("the
    EU", "Dunmore Council"). Not a name the name finder cannot type: "Edu's deal" is a
    footballer's."""
    words = name.split()
    if words[0].lower() == "the" and all(w.islower() for w in words[1:]):
        return words[-1] in ORGANISATION_NOUNS  # "the council"; not "the minister"
    read = read_name(name, 0, len(name))
    return read is not None and read.kind is NameKind.ORGANISATION
