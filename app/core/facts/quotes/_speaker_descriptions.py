"""Speakers that are descriptions: "the firm", "the minister", "the government", "a spokesman
for the firm" (`description`), read through the tracker, the name set off after them, or a body
named as the subject of a sentence just before; and whether a lower-case phrase is headed by a
person or body noun (`is_role`). Helpers of `_speaker_names.resolve`.
"""

from __future__ import annotations

import re

from app.core.facts.nlp.appositions import name_after_apposition
from app.core.facts.nlp.body_heads import may_name
from app.core.facts.nlp.clauses import subject_at
from app.core.facts.nlp.discourse import ORGANISATION_NOUNS, PERSON_NOUNS, Discourse
from app.core.facts.nlp.lexicon import (
    LINKS,
    NOT_NAMES,
    first_names,
    roles,
    speech_verbs,
    titles,
)
from app.core.facts.nlp.names import QUALIFIERS, NameKind, name_kind
from app.core.facts.nlp.tagger import tag_sentence
from app.core.facts.quotes._phrases import WINDOW


def tagged_proper_noun(text: str, position: int) -> bool:
    """Whether the word at `position` is tagged as a proper noun in its sentence."""
    lo = max(text.rfind(mark, max(0, position - 200), position) for mark in ".!?\n") + 1
    ends = [i for i in (text.find(mark, position, position + 200) for mark in ".!?\n") if i >= 0]
    hi = min(ends) if ends else min(len(text), position + 200)
    for token in tag_sentence(text, lo, hi):
        if token.start == position:
            return token.tag in ("NNP", "NNPS")
    return False


def description(
    phrase: str, lower: list[str], discourse: Discourse, position: int, text: str
) -> str | None:
    """The speaker a description stands for: "the firm", "the 36-year-old", "the minister", "a
    spokesman for the firm" (the tracker's entity, the phrase as written, or None)."""
    if lower[0] == "the":
        # "The group, Harbour Watch Coalition, wrote ...", "The finance minister, Lena Berg,
        # defended ..., saying": the name set off after the description is who it is.
        end = position + len(phrase)
        named = (
            name_after_apposition(text, end, end + WINDOW) if text[end : end + 1] == "," else None
        )
        if named is not None:
            return named.text
    if lower[0] == "the" and lower[-1] in ORGANISATION_NOUNS:
        before = discourse.last_organisation(position, lower[-1])
        if before is not None and _introduced_since(text, before.start, position, lower[-1]):
            return None  # "... formed a new group. '...,' the group said": not the firm before
    if lower[0] == "the":
        entity = discourse.resolve(" ".join(lower), position)
        if entity is not None:
            return entity.name
        head = lower[-1]
        if discourse.brought_in_unnamed(head, position):
            return None  # "Grey's lawyer said ... '...,' the lawyer said": unnamed, not Grey
        if head in titles() and len(set(discourse.title_holders(head, position))) > 1:
            return None  # two ministers named before: "the minister" is one of them, unsure
        if head in titles() or any(w in QUALIFIERS for w in lower):
            return phrase  # "the chief executive", "the former president": as written
        if head in ORGANISATION_NOUNS:
            # "the government said" with no body the tracker or a subject before can place: the
            # body as written ("the government"), which a reader takes as the article's words.
            found = _body_named_before(text, position, discourse, head)
            return found if found is not None or len(lower) > 2 else phrase
        if head in PERSON_NOUNS or head[:1].isdigit():
            return None  # it refers back to someone the tracker cannot place: say nothing
    return _whose_role(phrase, text, discourse, position) if is_role(lower) else None


def owned_body(owner: str, head: str, discourse: Discourse, position: int) -> str:
    """ "her ministry", "his office", "its board" (`owner` the possessive, `head` the body's
    noun): the body the tracker places for "the <head>" when its name holds the head ("the
    Ministry of Health" named before); else the person "he"/"she" stands for, as the owner
    ("Ana Ruiz's office"); else the phrase as written (whose it is, the article says)."""
    mention = discourse.last_organisation(position, head)
    if mention is not None and head in mention.entity.name.lower().split():
        return mention.entity.name  # not "Republicans" for "his office": no office's name
    pronoun = {"his": "he", "her": "she"}.get(owner.lower())
    person = discourse.resolve(pronoun, position) if pronoun is not None else None
    if person is not None:
        return f"{person.name}'s {head}"
    return f"{owner} {head}"


# A role's complement that names a body by its kind: "a spokeswoman for the college".
_BODY_COMPLEMENT = re.compile(r"\b(?:for|of|at)\s+(the\s+([a-z]+))$")


def _whose_role(phrase: str, text: str, discourse: Discourse, position: int) -> str:
    """A role phrase with the body it belongs to named: "a spokeswoman for the college" is "a
    spokeswoman for Castlebrook College" when the tracker places "the college" at a body whose
    name holds that word ("for the Environment Agency" when the article writes "the" before
    that name); else the phrase as written (a reader still knows whose role it is)."""
    found = _BODY_COMPLEMENT.search(phrase)
    if found is None:
        return _for_the_body_before(phrase, text, discourse, position)
    entity = discourse.resolve(found.group(1), position + found.start(1))
    if (
        entity is None
        or entity.kind is not NameKind.ORGANISATION
        or found.group(2) not in entity.name.lower().split()
    ):
        return phrase
    article = "the " if re.search(r"\b[Tt]he\s+" + re.escape(entity.name) + r"\b", text) else ""
    return phrase[: found.start(1)] + article + entity.name


def _for_the_body_before(phrase: str, text: str, discourse: Discourse, position: int) -> str:
    """'Harbour Trust said ... "...," a spokeswoman said': "a spokeswoman for Harbour Trust",
    the body that spoke in the sentence before (`_body_speaking_before`); "a company spokesman"
    the same when "the company" may name that body ("a union spokesman" is no firm's); else
    `phrase` as written."""
    words = phrase.lower().split()
    kind = words[1] if len(words) == 3 and words[1] in ORGANISATION_NOUNS else None
    if len(words) != (2 if kind is None else 3) or words[-1] not in _SPOKESPEOPLE:
        return phrase
    body = _body_speaking_before(text, discourse, position)
    if body is None or (kind is not None and not may_name(kind, body)):
        return phrase
    if body.startswith("The "):
        body = "the " + body[4:]  # "a spokesman for the Ministry of Defence"
    if kind is None:
        return f"{phrase} for {body}"
    written = phrase.split()
    return f"{written[0]} {written[2]} for {body}"


_NAME_LINKS = frozenset({"of", "for", "and", "&"})  # "Ministry of Defence"
_SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
# What may stand between a clause's subject and its verb: an aside set off by commas ("Harbour
# Trust, which runs the port, said"), an auxiliary, an adverb ("also", "later").
_TO_VERB = re.compile(
    r"(?:[ \u00a0]*,[^,.;:!?\"“”]{1,120},)?[ \u00a0]+(?:(?:has|have|had)[ \u00a0]+)?"
    r"(?:(?:also|later|previously)[ \u00a0]+)?([a-z]+)\b"
)


def _body_speaking_before(text: str, discourse: Discourse, position: int) -> str | None:
    """The body that is the subject of the speech verb of the sentence before the one holding
    `position` ("Harbour Trust, which runs the port, said the plan was needed."), or None: a
    person, a place, a lower-case subject or a verb that is not one of speech name no body."""
    current = discourse.sentence_start(position)
    for _ in range(_QUOTED_SENTENCES):
        if current == 0 or not _opened_before(text[current:position]):
            break
        current = discourse.sentence_start(current - 1)  # a quotation of several sentences
    if current == 0 or _opened_before(text[current:position]):
        return None
    before = discourse.sentence_start(current - 1)
    if "\n" in text[before:current].rstrip() or not re.search(
        r"[.!?][\"”’']?\s*$", text[before:current]
    ):
        return None  # a headline line, or no sentence of its own
    subject = subject_at(text, before, current)
    if subject is None or subject.start >= current:
        return None
    verb = _TO_VERB.match(text, subject.end, current)
    if verb is None or verb.group(1) not in speech_verbs():
        return None
    words = subject.text.split()
    if words[0].lower() == "the":
        words = words[1:]
    if (
        not words
        or not all(w[:1].isupper() or w in _NAME_LINKS for w in words)
        or not words[-1][:1].isupper()
        or len(words) > _BODY_WORDS + 1
    ):
        return None
    if words[0].lower() in NOT_NAMES or words[0].lower() in first_names():
        return None
    kind = name_kind(words)
    if kind in (NameKind.PERSON, NameKind.PLACE):
        return None
    if kind is NameKind.ORGANISATION or discourse.organisations_between(subject.start, subject.end):
        return subject.text
    # A name no list types ("Universities UK"): a body only when a word of it is an acronym
    # (two capitals or more), as no person's name has, and it is not a person named before.
    if len(words) < 2 or words[0].lower() in titles():
        return None  # "Minister Ana Ruiz": a titled person
    if not any(_ACRONYM.fullmatch(w) for w in words):
        return None  # "Mara Quenby", "Harbour Lines": a person or a body, we cannot tell
    entity = discourse.full_name(" ".join(words), subject.start)
    if entity is not None and entity.name != " ".join(words):
        return None
    return subject.text


_QUOTED_SENTENCES = 6
_ACRONYM = re.compile(r"[A-Z]{2,}")


def _opened_before(words: str) -> bool:
    """Whether `words` close a quotation they did not open (it opened in a sentence before)."""
    straight = words.count('"') % 2 == 1 and not words.lstrip().startswith('"')
    return straight or words.count("”") > words.count("“")


def _introduced_since(text: str, start: int, position: int, head: str) -> bool:
    """Whether an indefinite phrase with the same head noun ("a new group") stands between a
    named organisation at `start` and "the <head>" at `position`: the description then refers
    to that newly introduced one, which has no name."""
    pattern = r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){0,2}?" + re.escape(head) + r"\b"
    for match in re.finditer(pattern, text[start:position]):
        lead = text[start : start + match.start()]
        # "Northbank, a property group," / "Northbank is a group": the named one described.
        if not _DESCRIBES_NAME.search(lead):
            return True
    return False


# What may stand between a name and an indefinite phrase that describes it.
_DESCRIBES_NAME = re.compile(r"(?:^[^.;:!?]{0,80},\s*|\b(?:is|was|as|became)\s+)$")


def _body_named_before(text: str, position: int, discourse: Discourse, head: str) -> str | None:
    """ "Vendia admitted the fault. '...,' the company said": a body named by a capitalised
    subject that opens this sentence or one of the two before it, which the tracker did not
    type (one word, no organisation word); nearest first. None when it is a person or place,
    or a body "the <head>" cannot name ("Network Rail said ... '...,' the union said")."""
    lo = max(0, position - _BODY_REACH)
    starts = [lo] + [lo + m.end() for m in _SENTENCE_BREAK.finditer(text[lo:position])]
    ends = [*starts[1:], position]
    sentences = list(zip(starts, ends, strict=True))[-(_BODY_SENTENCES + 1) :]
    for start, end in reversed(sentences):
        if "\n" in text[start:end].rstrip() or not re.search(r"[.!?]", text[start:end]):
            continue  # a headline line, or a sentence cut by the window
        subject = subject_at(text, start, min(position, start + WINDOW))
        if subject is None or subject.start >= position:
            continue
        words = subject.text.split()
        if not all(w[:1].isupper() for w in words) or len(words) > _BODY_WORDS:
            continue
        if words[0].lower() in NOT_NAMES or words[0].lower() in first_names():
            continue
        if name_kind(words) in (NameKind.PERSON, NameKind.PLACE):
            continue
        if discourse.full_name(subject.text, subject.start) is not None:
            continue
        if not tagged_proper_noun(text, subject.start):
            continue  # "Just this week, ...": an adverb opening the sentence
        if not may_name(head, subject.text):
            continue
        if not may_name(head, discourse.body_name(subject.text, subject.start)):
            continue  # "Vendia said ..." after "Vendia Homes Ltd": a firm, no "the party"
        return subject.text
    return None


_BODY_REACH = 600
_BODY_SENTENCES = 2
_BODY_WORDS = 3
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+(?=[\"“‘'A-Z])|\n+")


def is_role(lower: list[str]) -> bool:
    """Whether a lower-case phrase is headed by a person or body noun ("a spokesman for the
    firm", "police", "the report")."""
    head = lower
    for i, word in enumerate(lower):
        if word in LINKS and i > 0:
            head = lower[:i]  # "a spokesman for the firm": the head is before the link
            break
    return any(w.rstrip(".,") in roles() or w in titles() for w in head)
