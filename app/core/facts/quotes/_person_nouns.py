"""Which nouns name one person, and the person a description names as an owner.

"the spokeswoman", "the 34-year-old", "his wife" name a person; "the report", "the crowd" do not.
"The candidate's Twitter feed" is owned by a person described ("the candidate"): who "he" in the
same sentence most likely is (`_described_speaker`).
"""

from __future__ import annotations

import re

from app.core.facts.nlp.bodies import ORGANISATION_NOUNS
from app.core.facts.nlp.chunks import Chunk
from app.core.facts.nlp.discourse import PERSON_NOUNS
from app.core.facts.nlp.genders import noun_gender
from app.core.facts.nlp.lexicon import Gender, roles, titles
from app.core.facts.nlp.mentions import AGE

# Nouns of the roles lexicon that name no single person (bodies, documents, gatherings, groups).
NOT_A_PERSON = frozenset(
    """report statement study survey paper letter police government court campaign office ad
    advert tweet post email memo transcript editorial website release lawsuit suit complaint
    column filing crowd audience people fund authorities staff""".split()
)


def someone_by_ending(head: str) -> bool:
    """Whether `head` names someone by what they do, by its ending ("banker", "florist",
    "surveyor", "historian", "accountant", "resident"): an agent noun no lexicon need list. Not a
    noun the roles lexicon lists as no person, a "-ment" ("statement", "government") or a
    written or made thing of such an ending (`_THINGS_BY_ENDING`: "letter", "poster")."""
    return (
        _AGENT_ENDING.fullmatch(head) is not None
        and not head.endswith("ment")
        and head not in NOT_A_PERSON
        and head not in _THINGS_BY_ENDING
    )


# A noun for someone by what they do, by its ending (as `nlp.names` reads "Striker Tom Webb").
_AGENT_ENDING = re.compile(r"[a-z]{3,}(?:er|or|ist|ian|ant|ent|eer)")
# Things, not people, whose ending is an agent's: a written source that "says" something, or a
# made thing, or a word of measure ("A letter said", "A poster said", "An order said").
_THINGS_BY_ENDING = frozenset(
    """letter newsletter paper newspaper poster flyer banner order number chapter answer
    register folder computer monitor sensor indicator factor sector error mirror counter
    cover matter weather water winter summer river border corner centre center power
    tower charter trailer teaser thriller sticker marker meter calendar incident event
    accident content intent percent extent plant restaurant grant warrant covenant""".split()
)


def person_noun(head: str) -> bool:
    """Whether `head` names a person: a role, a title, a player's noun, an age or a relative."""
    return (
        head in roles()
        or head in titles()
        or head in PERSON_NOUNS
        or AGE.fullmatch(head) is not None
        or noun_gender(head) is not Gender.UNKNOWN
    )


def person_owner(text: str, subject: Chunk) -> Chunk | None:
    """The person described as the owner of `subject` ("the candidate" in "The candidate's
    Twitter feed", also when a stray symbol splits the phrase: "The candidate's @handle feed"),
    or None."""
    for match in _PERSON_OWNER.finditer(text, max(0, subject.start - _OWNER_REACH), subject.end):
        if match.start() > subject.start or match.end() < subject.start:
            continue
        head = match.group(2).lower()
        if person_noun(head) and head not in ORGANISATION_NOUNS and head not in NOT_A_PERSON:
            found = match.group(1)
            return Chunk(found, match.start(), match.start() + len(found), 0, 0)
    return None


# "The candidate's ", "the former senator's @": a described owner and what follows its "'s".
_PERSON_OWNER = re.compile(
    r"\b([Tt]he[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+){0,2}([a-z][\w-]*))"  # "the former senator"
    r"['’]s[ \u00a0]+(?:[^\w\s][ \u00a0]*)?"  # "'s", a stray symbol ("@")
)
_OWNER_REACH = 60
