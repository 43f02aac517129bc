"""Someone described, not named, between two quotations: the later one carries on no speaker.

"A local teacher disagreed.", "His wife was not convinced.", "The health secretary was unmoved."
with no one introduced so: a quotation after such a clause is not the earlier speaker's run on
(`_context`).
"""

from __future__ import annotations

from app.core.document import Document
from app.core.facts.nlp.chunks import Chunk, clauses
from app.core.facts.nlp.discourse import PERSON_NOUNS, Discourse
from app.core.facts.nlp.lexicon import Gender, titles
from app.core.facts.nlp.names import QUALIFIERS
from app.core.facts.nlp.tagger import tag_sentence
from app.core.facts.quotes._person_descriptions import (
    describes,
    new_person,
    owned_person,
    subject_head,
)
from app.core.facts.quotes._pieces import Piece


def someone_described_between(
    document: Document, pieces: list[Piece], start: int, end: int, speaker: str, people: Discourse
) -> bool:
    """Whether a clause in text[start:end], outside quotations, has as its subject a person
    described, not named, who may be someone other than `speaker` ("A local teacher disagreed.",
    "His wife was not convinced.", "The health secretary was unmoved." with no one introduced
    so): a quotation after it carries on no earlier speaker."""
    text = document.text
    quoted = [(p.span.outer_start, p.end + 1) for p in pieces]
    for sentence in document.sentences:
        if sentence.end <= start or sentence.start >= end:
            continue
        tokens = tag_sentence(text, max(start, sentence.start), min(end, sentence.end))
        for clause in clauses(tokens, text):
            subject = clause.subject
            if subject is None or any(a <= subject.start < b for a, b in quoted):
                continue
            if _other_person(subject, speaker, people):
                return True
    return False


def _other_person(subject: Chunk, speaker: str, people: Discourse) -> bool:
    """Whether `subject` describes a person who may not be `speaker` (see
    `someone_described_between`)."""
    if owned_person(subject):
        return True
    if not (describes(subject, Gender.MALE) or describes(subject, Gender.FEMALE)):
        return False
    if new_person(subject, people):
        return True
    words, head = subject_head(subject)
    if any(w in QUALIFIERS for w in words):
        return True
    if head in titles() and head not in PERSON_NOUNS:
        return set(people.title_holders(head, subject.start)) != {speaker}
    found = people.resolve(subject.text, subject.start)
    return found is None or found.name != speaker
