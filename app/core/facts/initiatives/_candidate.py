"""A candidate initiative (one mention and its evidence) and the verb that governs it."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.facts.initiatives._lexicon import Verb
from app.core.facts.model import InitiativeStatus


@dataclass
class Candidate:
    """One mention that may name an undertaking, with its evidence."""

    sentence: int
    start: int  # character offsets of the name
    end: int
    head: str  # the head noun, singular, lower case
    words: frozenset[str]  # its other words, lower case: what merging compares
    score: float
    actor: str | None
    status: InitiativeStatus
    bare: bool = False  # only the head: a named mention of the same thing lifts the penalty
    # An example of an undertaking named before ("The plan includes X": "plan"; "It includes X":
    # ""), whose actor it shares when it has none of its own.
    example_of: str | None = None
    # What a verb of trying out takes ("will pilot a four-day week"): "the pilot" refers to it.
    tried_out: bool = False
    # A name an apposition beside it calls an undertaking ("the X Census, a project that ..."):
    # not a body, whatever the tracker reads a capitalised name as.
    described: bool = False


@dataclass(frozen=True, slots=True)
class _Verb:
    index: int
    entry: Verb
    actor: str | None
    passive: bool
