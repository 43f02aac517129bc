"""Actors that are only a description of someone: "Democrat" from "State Senator Luis Romero, a
Democrat from Fresno", "Republican", "American". A party member's or a people's noun alone
names no one a reader can place (the tracker may take "it" for it); the actor is left out
rather than given as a word that describes whoever was named. A word of the item's own name
("Conservative election campaign", "a Republican plan") is the party's, and stays.
"""

from __future__ import annotations

from dataclasses import replace

from app.core.facts.initiatives._candidate import Candidate
from app.core.facts.nlp.lexicon import demonyms

# Nouns for a member of a party, said of one person ("a Democrat", "a Conservative").
_MEMBERS = frozenset("democrat republican conservative liberal independent socialist".split())


def bare_description(actor: str) -> bool:
    """Whether `actor` is one word that describes a person: a party member or a demonym."""
    word = actor.strip().lower()
    return " " not in word and (word in _MEMBERS or word in demonyms())


def without_bare_description(candidate: Candidate, text: str) -> Candidate:
    """`candidate` with no actor when its actor is a bare description named outside its own
    name (`text` is the article's)."""
    actor = candidate.actor
    if actor is None or not bare_description(actor):
        return candidate
    if actor.lower() in text[candidate.start : candidate.end].lower():
        return candidate  # "Conservative election campaign": the party's own
    return replace(candidate, actor=None)
