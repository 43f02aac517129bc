"""A described person as the antecedent of "he"/"she".

'The city's planning officer, who asked not to be named, said the council had received 900
objections. "I have never seen so many letters," she said.': the tracker knows only names, so
"she" found nobody (or a woman named further back). When the nearest reporting clause before
the pronoun (in its own sentence or the one before, outside quotations) has as its subject an
unnamed person description ("the city's planning officer", "a spokeswoman for the Environment
Agency", "one protester") of a gender the pronoun fits ("spokeswoman": "she" only), and no
person of that gender is named between the description and the pronoun, the pronoun is that
person, given as written, as a role speaker is.
"""

from __future__ import annotations

import bisect

from app.core.document import Document
from app.core.facts.nlp.bodies import ORGANISATION_NOUNS
from app.core.facts.nlp.chunks import Chunk, clauses
from app.core.facts.nlp.discourse import PERSON_NOUNS, Discourse
from app.core.facts.nlp.genders import noun_gender
from app.core.facts.nlp.lexicon import LINKS, Gender, roles, speech_verbs, titles
from app.core.facts.nlp.tagger import tag_sentence
from app.core.facts.quotes._pieces import Piece

_DESCRIBING = frozenset("the a an one another".split())
# Nouns of the roles lexicon that name no single person (bodies, documents, gatherings, groups).
_NOT_A_PERSON = frozenset(
    """report statement study survey paper letter police government court campaign office ad
    advert tweet post email memo transcript editorial website release lawsuit suit complaint
    column filing crowd audience people fund authorities staff""".split()
)


def described_speaker(
    document: Document, pieces: list[Piece], index: int, people: Discourse
) -> str | None:
    """The description "he"/"she" in the cue of `pieces[index]` stands for, as written, or None."""
    cue = pieces[index].cue
    if cue is None or cue.phrase.lower() not in ("he", "she"):
        return None
    gender = Gender.MALE if cue.phrase.lower() == "he" else Gender.FEMALE
    text = document.text
    sentences = document.sentences
    at = bisect.bisect_right([s.start for s in sentences], cue.start) - 1
    if at < 0:
        return None
    quoted = [(p.span.outer_start, p.end + 1) for p in pieces]
    for sentence in (sentences[at], sentences[at - 1] if at > 0 else None):
        if sentence is None or sentence.paragraph < sentences[at].paragraph - 1:
            return None
        tokens = tag_sentence(text, sentence.start, min(sentence.end, cue.start))
        reporting = [
            c
            for c in clauses(tokens, text)
            if c.verb.text.lower() in speech_verbs()
            and c.verb.start < cue.start
            and not any(a <= c.verb.start < b for a, b in quoted)
        ]
        if reporting:
            subject = reporting[-1].subject
            if subject is None:
                return None
            if subject.text.lower() == cue.phrase.lower():
                # '"Too much hate," she said. "...," she added': the same person again.
                return _carried(pieces, subject.start, subject.end, cue.start, gender, people)
            if not _describes(subject, gender):
                return None
            if people.people_between(sentence.start, subject.start):
                return None  # "Ana Ruiz, 67, a retired nurse, said": the description is hers
            if not _new_person(subject, people):
                return None
            if _named_between(people, subject.end, cue.start, gender):
                return None
            return subject.text
    return None


def _describes(subject: Chunk, gender: Gender) -> bool:
    """Whether `subject` is an unnamed description of one person the pronoun's gender fits."""
    words = subject.text.split()
    if len(words) < 2 or words[0].lower() not in _DESCRIBING:
        return False
    head_part = words
    for i, word in enumerate(words):
        if i > 0 and word.lower() in LINKS:
            head_part = words[:i]  # "a spokeswoman for the Environment Agency"
            break
    if any(w[:1].isupper() for w in head_part[1:]):
        return False  # "the Labour leader", "the mayor Ana Ruiz": a name, not read here
    head = head_part[-1].lower()
    person = head in roles() or head in titles() or head in PERSON_NOUNS
    if not person or head in ORGANISATION_NOUNS or head in _NOT_A_PERSON:
        return False
    if head.endswith("men") or (
        head.endswith("s") and (head[:-1] in roles() or head[:-1] in titles())
    ):
        return False  # "officials", "protesters": more than one
    return noun_gender(head) in (Gender.UNKNOWN, gender)


def _new_person(subject: Chunk, people: Discourse) -> bool:
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


def _named_between(people: Discourse, start: int, end: int, gender: Gender) -> bool:
    """Whether a person the pronoun may stand for is named in text[start:end]."""
    return any(
        people.gender_of(e.name) in (Gender.UNKNOWN, gender)
        for e in people.people_between(start, end)
    )


def _carried(
    pieces: list[Piece], start: int, end: int, position: int, gender: Gender, people: Discourse
) -> str | None:
    """The description an earlier cue's pronoun at text[start:end] was read as, if any."""
    for piece in pieces:
        cue = piece.cue
        if cue is None or cue.start != start or piece.speaker is None:
            continue
        if piece.speaker.split()[0].lower() not in _DESCRIBING:
            return None  # that pronoun was a named person's
        return None if _named_between(people, end, position, gender) else piece.speaker
    return None
