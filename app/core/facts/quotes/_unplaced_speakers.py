"""A "he" or "she" that goes back past a quotation signed by a lone name the tracker could not
place: no speaker rather than someone named before that name."""

from __future__ import annotations

import re

from app.core.facts.nlp.discourse import Discourse
from app.core.facts.nlp.lexicon import PRONOUNS, Gender
from app.core.facts.nlp.names import NameKind, name_kind
from app.core.facts.quotes._pieces import Piece

# A mention that is itself a pronoun the tracker read as someone.
_PRONOUN = re.compile(r"(?:[Hh]e|[Ss]he)\b")


def unplaced_speaker_since(text: str, pieces: list[Piece], index: int, people: Discourse) -> bool:
    """Whether "he"/"she" goes back past a quotation signed by a lone name the tracker could not
    place ("Parry", never named in full, so not known to be a person): '"...," Parry said.
    ... He said: "..."' is most likely Parry's, though the tracker can only reach someone named
    before him (through a chain of "he"s read as that someone). Saying nobody beats that guess."""
    piece = pieces[index]
    cue = piece.cue
    if cue is None or piece.speaker is None or cue.phrase.lower() not in ("he", "she"):
        return False
    gender = Gender.MALE if cue.phrase.lower() == "he" else Gender.FEMALE
    read = people.last_person(cue.start, gender)
    for _ in range(_CHAIN):
        # Back over the pronouns the tracker read as the same person to where it was named.
        if read is None or not _PRONOUN.match(text, read.start):
            break
        before = people.last_person(read.start, gender)
        read = before if before is not None and before.entity == read.entity else None
    if read is None:
        return False
    for earlier in pieces[:index]:
        signed = earlier.cue
        if signed is None or earlier.speaker is None or earlier.speaker == piece.speaker:
            continue
        if not read.start < signed.start < cue.start or signed.phrase.lower() in PRONOUNS:
            continue
        words = earlier.speaker.split()
        if len(words) != 1 or signed.phrase.split()[-1] != words[0]:
            continue  # a name the article gave in full, or a role kept as written
        if people.full_name(words[0], signed.start) is not None:
            continue
        body = people.last_organisation(signed.end)
        if name_kind(words) is NameKind.ORGANISATION or (
            body is not None and body.entity.name == words[0]
        ):
            continue  # a body that speaks ("Harbour Rail said") is never "he"
        return True
    return False


# How many "he"s in a row are followed back to the name they stand for.
_CHAIN = 6
