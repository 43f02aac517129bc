"""A described person as the antecedent of "he"/"she".

'The city's planning officer, who asked not to be named, said the council had received 900
objections. "I have never seen so many letters," she said.': the tracker knows only names, so
"she" found nobody (or a woman named further back). The pronoun's nearest candidate is the
subject of the last clause before it (in its own sentence or the one before, outside
quotations), of a speech verb or any other ("The health secretary, visiting a clinic, praised
the idea."), passing over subjects that are no person of its gender ("the plan", "it"). When
that subject is an unnamed person description the pronoun fits, and no person it may be is
named between them, the pronoun is that person: as written when the description brings in
someone new ("a local teacher", "the city's planning officer"); the one introduced with its
title ("Health Secretary Ana Ruiz ... the health secretary"); whoever an earlier cue made of the
same words; and otherwise no one (an office never given a name, "the former minister"), never
the person named further back. A name, or a person the tracker reads ("her husband"), leaves
the tracker's reading.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from app.core.document import Document
from app.core.facts.nlp.chunks import Chunk, Clause, clauses
from app.core.facts.nlp.discourse import PERSON_NOUNS, Discourse
from app.core.facts.nlp.genders import noun_gender
from app.core.facts.nlp.lexicon import PRONOUNS, Gender, first_names, speech_verbs, titles
from app.core.facts.nlp.names import QUALIFIERS, NameKind
from app.core.facts.nlp.tagger import Token, tag_sentence
from app.core.facts.quotes._person_descriptions import (
    DESCRIBING,
    describes,
    is_named,
    may_be_person,
    named_with,
    new_person,
    owned_person,
    subject_head,
)
from app.core.facts.quotes._person_nouns import person_owner
from app.core.facts.quotes._phrases import Cue
from app.core.facts.quotes._pieces import Piece

# Words that open a clause inside the sentence, whose subject is not the sentence's own.
_SUBORDINATORS = frozenset(
    """after before when while because since until although though if as that whether once
    unless""".split()
)


@dataclass(frozen=True, slots=True)
class Described:
    """What "he"/"she" stands for when its nearest antecedent is a described person: `speaker`
    as written ("a spokeswoman for the trust"), or None to abstain (a person we cannot place)."""

    speaker: str | None


def described_speaker(
    document: Document, pieces: list[Piece], index: int, people: Discourse
) -> Described | None:
    """The described person "he"/"she" in the cue of `pieces[index]` stands for, or None when the
    nearest antecedent is not a description (the tracker's reading stands)."""
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
    subjects: list[Chunk] = []  # every clause subject of the sentences read so far
    # Its own sentence and the one before; a third only for a named subject, which the tracker
    # may have passed over for a person named after it (`_named_subject`). Sentences wholly
    # inside the cue's own quotation ('"I raised it. Nobody listened," she said') are not
    # counted.
    own = pieces[index].span
    inside = own.outer_start, pieces[index].end + 1
    read: list[int] = []
    for k in range(at, -1, -1):
        if k == at or not (inside[0] <= sentences[k].start and sentences[k].end <= inside[1]):
            read.append(k)
        if len(read) == 3:
            break
    for depth in range(3):
        sentence = sentences[read[depth]] if depth < len(read) else None
        if sentence is None or sentence.paragraph < sentences[at].paragraph - 1:
            return None
        tokens = tag_sentence(text, sentence.start, min(sentence.end, cue.start))
        found = [
            c
            for c in clauses(tokens, text)
            if c.subject is not None
            and c.verb.start < cue.start
            and not any(a <= c.verb.start < b for a, b in quoted)
            and not any(a <= c.subject.start < b for a, b in quoted)
        ]
        subjects += [c.subject for c in found if c.subject is not None]
        # The nearest subject "he"/"she" may stand for, last clause first ("The health
        # secretary, visiting a clinic, praised the idea. '...,' she said."): a reporting
        # clause's or any other's.
        for clause in reversed(found):
            subject = clause.subject
            assert subject is not None
            if subject.first > 0 and tokens[subject.first - 1].text.lower() in _SUBORDINATORS:
                continue  # "..., after her first child was born": not the sentence's subject
            reported = subject.first > 0 and tokens[subject.first - 1].tag.startswith("VB")
            if reported and is_named(subject):
                return None  # "X said Mr Y had been ...": a reported clause's; the tracker's
            if _reported_pronoun(tokens, subject, cue):
                # "A local teacher said she had moved her son. '...,' she said": the reported
                # clause's "she" is the reporter's; the reporting clause's subject decides
                continue
            reading = _antecedent(
                text, clause, subject, (sentence.start, subjects), cue, gender, pieces, people
            )
            if depth == 2 and reading is not _SKIP and not is_named(subject):
                return None  # a description that far back: the tracker's reading stands
            if reading is not _SKIP:
                return reading if isinstance(reading, Described) else None
    return None


def _reported_pronoun(tokens: list[Token], subject: Chunk, cue: Cue) -> bool:
    """Whether `subject` is the cue's own pronoun opening a clause reported by a speech verb
    ("said she had", "said that she had")."""
    if subject.text.lower() != cue.phrase.lower():
        return False
    k = subject.first - 1
    if k >= 0 and tokens[k].text.lower() == "that":
        k -= 1
    return k >= 0 and tokens[k].text.lower() in speech_verbs()


class _Skip:
    """The subject is no antecedent for the pronoun: look further back."""


_SKIP = _Skip()


def _antecedent(
    document_text: str,
    clause: Clause,
    subject: Chunk,
    where: tuple[int, list[Chunk]],
    cue: Cue,
    gender: Gender,
    pieces: list[Piece],
    people: Discourse,
) -> Described | _Skip | None:
    """How the subject of `clause` reads as the pronoun's antecedent: a described person
    (`Described`), no antecedent at all (`_SKIP`), or a named one the tracker reads (None).
    `where` is the start of the subject's sentence and every clause subject read so far."""
    sentence_start = where[0]
    words = subject.text.split()
    lowered = subject.text.lower()
    if lowered == cue.phrase.lower():
        if clause.verb.text.lower() not in speech_verbs():
            return None
        # '"Too much hate," she said. "...," she added': the same person again.
        carried = _carried(pieces, subject.start, subject.end, cue.start, gender, people)
        return Described(carried) if carried is not None else None
    if len(words) == 1 and lowered in PRONOUNS:
        return _SKIP  # "it", "they", or "he" for "she": not the person the pronoun stands for
    if len(words) == 1 and lowered in {"one", "another"}:
        # "Not all nurses were happy. One, who works on a ward, said ...": someone new, of a
        # group, unnamed: no one, never the person named before.
        return None if _named_between(people, subject.end, cue.start, gender) else Described(None)
    if owned_person(subject):
        # "Her neighbour, a retired teacher, was angry. '...,' she said": someone new, never
        # the one "her" stands for; not named here, so no one.
        if noun_gender(subject_head(subject)[1]) not in (Gender.UNKNOWN, gender):
            return _SKIP
        if _named_between(people, subject.end, cue.start, gender) or named_with(
            document_text, subject
        ):
            return None  # "his brother Alastair Osman ... his brother added": the tracker's
        # "Her mother, Grace, watched": named by a first name alone, set off after it.
        return Described(_apposed_first_name(document_text, subject, gender))
    owner = person_owner(document_text, subject)
    if (
        owner is not None
        and noun_gender(subject_head(owner)[1]) in (Gender.UNKNOWN, gender)
        and not may_be_person(subject, gender)
    ):
        # "The candidate's Twitter feed is a line to his mind, so he tweeted": the person who
        # owns the subject, the one the article introduced with that title, else no one (never
        # the person last named, as "the senator" alone would be read).
        if _named_between(people, subject.end, cue.start, gender):
            return None
        holders = set(people.title_holders(subject_head(owner)[1], owner.start))
        fits = len(holders) == 1 and people.gender_of(next(iter(holders))) in (
            Gender.UNKNOWN,
            gender,
        )
        return Described(holders.pop() if fits else None)
    if is_named(subject):
        # "Ana Ruiz", "Her husband"
        return _named_subject(document_text, subject, where, (cue, gender), people)
    if any(w[:1].isupper() for w in words[1 : len(subject_head(subject)[0])]):
        return None  # "the Labour leader", "the mayor Ana Ruiz": a name, not read here
    if not describes(subject, gender):
        # "The plan was ...", "The chairman praised it": no antecedent for this pronoun; a
        # person it may be ("her husband") is the tracker's to read.
        return _SKIP if not may_be_person(subject, gender) else None
    if people.people_between(sentence_start, subject.start):
        return None  # "Ana Ruiz, 67, a retired nurse, said": the description is hers
    if _named_between(people, subject.end, cue.start, gender):
        return None
    signed = _signed_piece(pieces, subject)
    if signed is not None:
        # '"...," the former president said. "...," he said': whoever that cue was read as;
        # the tracker's reading stands where that cue was read as no one, or as someone the
        # pronoun cannot be (that reading was wrong, not the pronoun's).
        if signed.speaker is None:
            return None
        fits = people.gender_of(signed.speaker) in (Gender.UNKNOWN, gender)
        return Described(signed.speaker) if fits else None
    if new_person(subject, people):
        # "The teenager's mother, Grace, watched": the first name set off after the
        # description is what a reader calls her.
        return Described(_apposed_first_name(document_text, subject, gender) or subject.text)
    # "the health secretary": who the article introduced so, else no one (never the person
    # last named, whom the pronoun would otherwise reach); "the 34-year-old": the tracker's.
    return _placed(subject, gender, people)


def _apposed_first_name(text: str, subject: Chunk, gender: Gender) -> str | None:
    """The first name alone set off by commas right after a description of a person ("The
    teenager's mother, Grace, ..."), when the name lists give it as a given name of no other
    gender than the pronoun's; else None."""
    found = _FIRST_NAME_SET_OFF.match(text, subject.end)
    if found is None:
        return None
    name = found.group(1)
    if first_names().get(name.lower()) not in (gender, Gender.UNKNOWN):
        return None
    return name


# A single capitalised word set off by commas: ", Grace, ".
_FIRST_NAME_SET_OFF = re.compile(r",[ \u00a0]+([A-Z][a-z]+),[ \u00a0]")


def _named_subject(
    text: str,
    subject: Chunk,
    where: tuple[int, list[Chunk]],
    pronoun: tuple[Cue, Gender],
    people: Discourse,
) -> Described | None:
    """Who the pronoun stands for when its nearest subject is named: the tracker's reading
    (None), unless the tracker gives it another person named in the subject's sentence or
    after it, who stands in no clause's subject the pronoun fits ("Paul Kern spoke on Monday.
    The band suffered the same loss as the late singer Tom Beck, who died in 2001. '...,' he
    said": an object, a relative clause, an apposition's description, an opening phrase);
    then the subject's person, when the article names them as a person the pronoun fits."""
    sentence_start, subjects = where
    cue, gender = pronoun
    mention = people.first_mention(subject.start)
    if mention is None or mention.start >= subject.end or mention.possessive:
        return None  # no person the tracker placed there, or an owner ("Tom Beck's manager")
    reading = people.last_person(cue.start, gender)
    if reading is None or reading.start < sentence_start or reading.entity == mention.entity:
        return None
    if any(s.start <= reading.start < s.end for s in subjects):
        # The tracker read a person inside a clause subject (this one, or the main clause's
        # in "Mr Marchionne said Fiat Auto was now ...").
        return None
    if mention.entity.kind is not NameKind.PERSON or not _object_of(text, reading.start):
        return None
    if people.gender_of(mention.entity.name) is not gender:
        return None  # only one the article (or a name list) gives the pronoun's gender
    return Described(mention.entity.name)


# Tags of the words a name's description may hold before it ("as the late singer Tom Beck").
_DESCRIPTION_TAGS = frozenset({"NNP", "NNPS", "NN", "JJ", "DT", "POS"})


def _object_of(text: str, position: int) -> bool:
    """Whether the name at `position` is a preposition's or a verb's object, with its
    description ("as the late singer Tom Beck", "features the late Tom Beck", "After meeting
    Tom Beck"), not a speaker after a speech verb ("says Prof Brewer")."""
    tokens = tag_sentence(text, max(0, position - 120), position)
    for token in reversed(tokens):
        if token.tag in _DESCRIPTION_TAGS:
            continue
        if token.tag in ("IN", "TO"):
            return True
        return token.tag.startswith("VB") and token.text.lower() not in speech_verbs()
    return False


def _placed(subject: Chunk, gender: Gender, people: Discourse) -> Described | None:
    """Who a definite description the article did not introduce anew stands for: the one
    introduced with its title ("Health Secretary Ana Ruiz ... the health secretary"), else no one
    (an office never named with a person, "the former president"); a player's or an age's noun
    ("the striker", "the 34-year-old") points back to the person last named, as the tracker
    reads the pronoun (None: its reading stands), unless that person's gender does not fit an
    ungendered noun."""
    words, head = subject_head(subject)
    if any(w in QUALIFIERS for w in words):
        return Described(None)
    fits = (Gender.UNKNOWN, gender)
    if head in titles() and head not in PERSON_NOUNS:
        holders = set(people.title_holders(head, subject.start))
        if len(holders) == 1 and people.gender_of(next(iter(holders))) in fits:
            return Described(holders.pop())
        return Described(None)
    found = people.resolve(subject.text, subject.start)
    if found is None:
        return Described(None)
    if people.gender_of(found.name) in fits or noun_gender(head) is not Gender.UNKNOWN:
        # "the actress" read back to a man: the tracker's reading of a gendered noun is wrong,
        # not the pronoun's, which agrees with the noun.
        return None
    return Described(None)


def _signed_piece(pieces: list[Piece], subject: Chunk) -> Piece | None:
    """The piece whose cue is `subject` ('"...," the former president said'), if any."""
    for piece in pieces:
        cue = piece.cue
        if cue is not None and cue.start < subject.end and subject.start < cue.end:
            return piece
    return None


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
        if piece.speaker.split()[0].lower() not in DESCRIBING:
            return None  # that pronoun was a named person's
        return None if _named_between(people, end, position, gender) else piece.speaker
    return None
