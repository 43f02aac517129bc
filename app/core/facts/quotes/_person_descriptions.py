"""A clause subject read as a description of one person, not a name.

"a spokeswoman for the trust" and "the city's planning officer" describe one person; "his wife"
is one person known by whose they are; "Ana Ruiz" and "Her husband" open with a capital and are
read as named; "officials", "the plan" and "the firm" are no one person. These tests on a
subject's words serve the pronoun's antecedent (`_described_speaker`) and the check for someone
described between two quotations (`_someone_described`).
"""

from __future__ import annotations

import re

from app.core.facts.nlp.bodies import ORGANISATION_NOUNS
from app.core.facts.nlp.chunks import Chunk
from app.core.facts.nlp.discourse import Discourse
from app.core.facts.nlp.genders import noun_gender
from app.core.facts.nlp.lexicon import LINKS, PRONOUNS, Gender, roles, titles
from app.core.facts.quotes._person_nouns import NOT_A_PERSON, person_noun

# The determiners (and "one", "another") that open a description rather than a name.
DESCRIBING = frozenset("the a an one another".split())
_OWNERS = frozenset("his her their my our".split())


def is_named(subject: Chunk) -> bool:
    """Whether `subject` opens with a capitalised word that is no determiner ("Ana Ruiz", "Her
    husband"; not "The mayor")."""
    first = subject.text.split()[0]
    return first[:1].isupper() and first.lower() not in DESCRIBING and first.lower() not in PRONOUNS


def describes(subject: Chunk, gender: Gender) -> bool:
    """Whether `subject` is an unnamed description of one person the pronoun's gender fits."""
    words = subject.text.split()
    if len(words) < 2 or words[0].lower() not in DESCRIBING:
        return False
    head_part = words[: len(subject_head(subject)[0])]  # "a spokeswoman for the Environment Agency"
    if any(w[:1].isupper() for w in head_part[1:]):
        return False  # "the Labour leader", "the mayor Ana Ruiz": a name, not read here
    head = head_part[-1].lower()
    if not person_noun(head) or head in ORGANISATION_NOUNS or head in NOT_A_PERSON:
        return False
    if head.endswith("men") or (
        head.endswith("s") and (head[:-1] in roles() or head[:-1] in titles())
    ):
        return False  # "officials", "protesters": more than one
    return noun_gender(head) in (Gender.UNKNOWN, gender)


def subject_head(subject: Chunk) -> tuple[list[str], str]:
    """The words of `subject` before a linking word ("a spokeswoman for the trust"), lower case,
    and the last of them."""
    words = subject.text.lower().split()
    for i, word in enumerate(words):
        if i > 0 and word in LINKS:
            words = words[:i]
            break
    return words, words[-1]


def may_be_person(subject: Chunk, gender: Gender) -> bool:
    """Whether a subject `describes` did not take may still be one person of the pronoun's
    gender ("her husband", "his 34-year-old son"), whom the tracker may have read."""
    head = subject_head(subject)[1]
    if head.endswith("s") or head.endswith("men") or head in NOT_A_PERSON:
        return False
    if head in ORGANISATION_NOUNS:
        return False  # "the firm accepted the ruling": a body, no "he" to look past
    return person_noun(head) and noun_gender(head) in (Gender.UNKNOWN, gender)


def owned_person(subject: Chunk) -> bool:
    """Whether `subject` is one person known by whose they are ("his wife", "her neighbour",
    "Mrs Marsh's husband")."""
    words, head = subject_head(subject)
    if len(words) < 2:
        return False
    # "his wife", or a named owner's: "Mrs Marsh's husband", "Grey's lawyer".
    named_owner = words[-2].endswith(("'s", "’s")) and is_named(subject)
    if words[0] not in _OWNERS and not named_owner:
        return False
    if head in NOT_A_PERSON or head in ORGANISATION_NOUNS:
        return False  # "her party", "his campaign"
    if head.endswith("men") or (head.endswith("s") and person_noun(head[:-1])):
        return False  # "their children", "his aides": more than one
    return person_noun(head)


def named_with(text: str, subject: Chunk) -> bool:
    """Whether the article named someone with the head noun of `subject` before it ("his
    brother Alastair Osman", "his wife, Jane,")."""
    head = subject_head(subject)[1]
    found = re.search(r"\b" + re.escape(head) + r",?[ \u00a0]+[A-Z][a-z]", text[: subject.start])
    return found is not None


def new_person(subject: Chunk, people: Discourse) -> bool:
    """Whether the description brings in someone the article has not named: an indefinite one
    ("a spokeswoman", "one protester"); a definite one that says whose role it is ("the city's
    planning officer"); or one the tracker cannot place that is no title ("the woman", not "the
    former president", who is the president named before)."""
    words = subject.text.lower().split()
    if words[0] != "the":
        return True
    if any(w.endswith(("'s", "’s")) for w in words[1:-1]):
        return True
    head = words[-1]
    return head not in titles() and people.resolve(subject.text, subject.start) is None
