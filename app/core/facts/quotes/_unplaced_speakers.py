"""A "he" or "she" that goes back past a quotation signed by a lone name the tracker could not
place: no speaker rather than someone named before that name."""

from __future__ import annotations

import re

from app.core.facts.nlp.discourse import Discourse
from app.core.facts.nlp.lexicon import PRONOUNS, Gender, roles, speech_verbs, titles
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
    if _lone_speaker_between(text, read.start, cue.start, people):
        return True
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


def _lone_speaker_between(text: str, start: int, end: int, people: Discourse) -> bool:
    """Whether a lone name the tracker could not place is the subject of a speech verb in
    text[start:end] ("Bramley said he was happy"): the grammar makes it someone who speaks,
    most likely the "he" that follows, whom the tracker can only read as someone named before.
    A body that speaks ("Usdaw said") is never "he"."""
    for position in people.unplaced_in(start + 1, end):
        found = _SUBJECT_SPEAKS.match(text, position)
        if found is None or found.group("verb") not in speech_verbs():
            continue
        word = found.group("name")
        body = people.last_organisation(found.end("name"))
        if name_kind([word]) is NameKind.ORGANISATION or (
            body is not None and body.entity.name == word
        ):
            continue
        if _has_staff(text, word, position):
            continue  # "Harwell chief executive Dave Lane ... Harwell said": a firm
        return True
    return False


def _has_staff(text: str, word: str, position: int) -> bool:
    """Whether `word` stood before text[:position] in front of a title or role ("Harwell chief
    executive", "Harwell spokesman"): a body with people who speak for it, not a person."""
    for found in re.finditer(r"\b" + re.escape(word) + r"[ \u00a0]+([a-z]+)\b", text[:position]):
        if found.group(1) in titles() or found.group(1) in roles():
            return True
    return False


# A lone name and the verb it is the subject of ("Bramley said", "Kerr later told").
_SUBJECT_SPEAKS = re.compile(
    r"(?P<name>[A-Z][\w'’-]*)[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?(?P<verb>[a-z]+)\b"
)

# How many "he"s in a row are followed back to the name they stand for.
_CHAIN = 6
