"""What the discourse tracker remembers: an entity the article names, and one mention of it."""

from __future__ import annotations

from dataclasses import dataclass

from app.core.facts.nlp.lexicon import Gender
from app.core.facts.nlp.name_kinds import NameKind


@dataclass(frozen=True, slots=True)
class Entity:
    """Someone or something the article names: `name` as first introduced."""

    name: str
    kind: NameKind
    gender: Gender = Gender.UNKNOWN


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of an entity in the text, with the titles or roles it carried there."""

    start: int
    entity: Entity
    titles: tuple[str, ...]
    possessive: bool = False
    subject: bool = False  # a named subject noted by a reader (`note_body`), of any kind
    # A name of no known kind (no first name, no title) outside its clause's subject: "what I
    # call Harbour Lines". It may be a person, but "he"/"she" is not resolved to it.
    weak: bool = False
    # A name of no known kind at all ("Essential Guide"): "he" prefers a person of its sentence
    # known by a first name or a title.
    untyped: bool = False
    introduced: bool = False  # with a title or a role before it ("author Dan Lewis")
    # A body named as a place ("rallied at Temple University"): no "the group" refers to it.
    located: bool = False
    # A body named as a commentator's employer ("Barrow Securities analyst Dan Fell"): neither
    # "it" nor "the company" refers to it.
    commentator: bool = False
    # A body named in passing, not as its clause's subject: "talks to buy Brisk Mart", "faster
    # than at rival Brisk Mart", "trains from Holm Rail".
    passing: bool = False
    # The gender of an object pronoun of the name's own verb ("Ozzy gave her the rings": FEMALE):
    # that pronoun is someone else, so a "she" after it is not this person when their gender
    # is unknown.
    object_gender: Gender | None = None
