"""A statement read on someone's behalf speaks for them: 'Her solicitor read a statement on her
behalf. "...," it said.' The quotation is the statement's, so its speaker is the person the
"her" stands for, when the discourse tracker places that pronoun on someone other than the
people named in the statement's own sentence (the reader, who may share the pronoun's gender).
"""

from __future__ import annotations

import re

from app.core.facts.nlp.discourse import Discourse
from app.core.facts.nlp.lexicon import Gender

# "read a statement on her behalf", "a letter, issued on his behalf": the document, then (within
# one clause) whose behalf.
_ON_BEHALF = re.compile(
    r"\b(?:statement|letter|message)\b[^.!?\n“”\"]{0,80}?\bon (?P<owner>his|her) behalf\b",
    re.IGNORECASE,
)
# Quoted text, marks included: what lies between the statement and the cue besides it.
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_BETWEEN = re.compile(r"[\s.,:;!?]*")
# How far back the statement's sentence may start (a quotation may stand in between).
_REACH = 1500


def behalf_speaker(discourse: Discourse, text: str, position: int) -> str | None:
    """The person a statement read on their behalf, in the last sentence outside quotations
    before `position` (the cue "it said"), speaks for, else None."""
    lo = max(0, position - _REACH)
    found = max(_ON_BEHALF.finditer(text, lo, position), key=lambda m: m.start(), default=None)
    if found is None or not _BETWEEN.fullmatch(_QUOTED.sub("", text[found.end() : position])):
        return None
    gender = Gender.FEMALE if found.group("owner").lower() == "her" else Gender.MALE
    at = found.start("owner")
    referent = discourse.last_person(at, gender)
    if referent is None:
        return None
    if referent.entity in discourse.people_between(discourse.sentence_start(found.start()), at):
        return None  # "Her lawyer, Ann Ode, read a statement on her behalf": whose is unsure
    return referent.entity.name
