"""A document quoted as the speaker speaks for its author.

'"...," the statement said' is the words of whoever issued the statement, when the article
says who did: the speaker of a quotation just before (the report's author quoted, then the
report), or the author the article gave the document when it introduced it ("In a statement,
he said ...", "Ana Ruiz said in a statement ...", "Tom Reilly released a statement", "a
statement from the club", "a statement issued by her office"). Without one, or with someone
else named between the document and its words, the document stays as written.
"""

from __future__ import annotations

import re

from app.core.document import Document
from app.core.facts.nlp.clauses import clause_subject_at, subject_at
from app.core.facts.nlp.discourse import Discourse
from app.core.facts.quotes._phrases import Cue
from app.core.facts.quotes._pieces import Piece
from app.core.facts.quotes._speaker_names import resolve

DOCUMENT_NOUNS = frozenset({"the report", "the statement", "the letter", "the paper", "the study"})

_SP = r"[ \u00a0]+"
# A document introduced with its author: "in a statement", "issued a statement", "a statement
# from/by/issued by ...". Only a document the author gave out, never one someone read or
# criticised ("criticised the report").
_INTRODUCED = re.compile(
    r"\b(?P<lead>[Ii]n|issued|released|published|put"
    + _SP
    + r"out|sent|posted|wrote)"
    + _SP
    + r"(?:a|an|his|her|its|their)"
    + _SP
    + r"(?:[a-z]+"
    + _SP
    + r")?(?P<noun>NOUN)\b"
    r"|\b(?:[Aa]n?|[Ii]n"
    + _SP
    + r"a)"
    + _SP
    + r"(?:[a-z]+"
    + _SP
    + r")?(?P<noun2>NOUN)"
    + _SP
    + r"(?:(?:issued|released|published|put"
    + _SP
    + r"out|sent)"
    + _SP
    + r")?"
    r"(?:from|by)" + _SP + r"(?P<author>[^,.;:]+)"
)
# How many sentences before the quotation's own the introduction may stand: a statement is
# often given out in the lead and quoted a paragraph later.
_SENTENCES_BEFORE = 4
# Another document of the same kind brought in ("a separate report", "another letter"): the
# one quoted may be that one.
_ANOTHER = r"\b(?:[Aa]n?|[Aa]nother|[Ss]econd|[Ss]eparate|[Nn]ew|[Ll]ater)(?:" + _SP + r"[a-z-]+)?"
# "the club", "the council": a body described, read as the speaker phrase would be.
_DESCRIBED = re.compile(r"the" + _SP + r"[a-z]+\b")
_POSSESSIVE = {"his": "he", "her": "she"}


def documents_speak_for_their_authors(
    document: Document, pieces: list[Piece], people: Discourse
) -> None:
    """'"...," the report said' after a quotation from the report's author: the author speaks,
    unless someone else is named between the two ("Ruiz said ... The mayor released a
    statement ... the statement said": not Ruiz's). A document the article introduced with its
    author since that quotation ("A statement from the company apologised"), or with no such
    quotation, is that author's (as written when the author cannot be placed)."""
    for index, piece in enumerate(pieces):
        if piece.speaker is None or piece.speaker.lower() not in DOCUMENT_NOUNS:
            continue
        introduced = _introduction(document, piece)
        previous = next(
            (
                p
                for p in reversed(pieces[max(0, index - 3) : index])
                if p.speaker and p.speaker.lower() not in DOCUMENT_NOUNS
            ),
            None,
        )
        if introduced is not None and (
            previous is None or introduced[0].start() > _said_end(previous)
        ):
            piece.speaker = _author(document.text, introduced, piece, people) or piece.speaker
            continue
        if previous is not None and previous.speaker is not None:
            others = people.people_between(previous.end, piece.span.outer_start)
            if all(entity.name == previous.speaker for entity in others):
                piece.speaker = previous.speaker
                continue
        if introduced is not None:
            piece.speaker = _author(document.text, introduced, piece, people) or piece.speaker


def _said_end(piece: Piece) -> int:
    """Where the sentence that holds a quotation (and so its report) ends."""
    return piece.sentence.end if piece.sentence is not None else piece.end


def _introduction(document: Document, piece: Piece) -> tuple[re.Match[str], int, int] | None:
    """Where the article introduced the document with its author ("In a statement, he said",
    "a statement from the club"), in this sentence or the `_SENTENCES_BEFORE` before, nearest
    first: the match and its sentence's bounds. None when another document of its kind is
    brought in after it ("A separate report found ...")."""
    if piece.sentence is None or piece.speaker is None:
        return None
    text = document.text
    noun = piece.speaker.split()[-1].lower()
    first = max(0, piece.sentence.index - _SENTENCES_BEFORE)
    sentences = document.sentences[first : piece.sentence.index + 1]
    pattern = re.compile(_INTRODUCED.pattern.replace("NOUN", re.escape(noun)))
    for sentence in reversed(sentences):
        stop = min(sentence.end, piece.span.outer_start)
        found = list(pattern.finditer(text, sentence.start, stop))
        if found:
            another = re.compile(_ANOTHER + _SP + re.escape(noun) + r"\b")
            if another.search(text, found[-1].end(), piece.span.outer_start):
                return None
            return found[-1], sentence.start, sentence.end
    return None


def _author(
    text: str, introduced: tuple[re.Match[str], int, int], piece: Piece, people: Discourse
) -> str | None:
    """The document's author, or None when it cannot be placed or someone else is named between
    the document and its words."""
    match, start, end = introduced
    author = _author_at(text, match, start, end, people)
    if author is None:
        return None
    others = people.people_between(match.end(), piece.span.outer_start)
    if any(entity.name != author for entity in others):
        return None
    return author


def _author_at(
    text: str, match: re.Match[str], start: int, end: int, people: Discourse
) -> str | None:
    """Who issued the document `match` introduced: the body or person after "from"/"by" (a
    person's office is the person's), else the subject of the clause that gave it out."""
    if match.group("author") is not None:
        author_start = match.start("author")
        words = match.group("author").split()
        if words and words[0].lower() in _POSSESSIVE:
            pronoun = _POSSESSIVE[words[0].lower()]
            return resolve(Cue(pronoun, author_start, author_start + len(words[0])), people, text)
        span = subject_at(text, author_start, match.end("author"))
        if span is None or span.text.lower() == "the":
            described = _DESCRIBED.match(text, author_start, match.end("author"))
            if described is None:
                return None
            phrase = described.group()
            return resolve(Cue(phrase, author_start, author_start + len(phrase)), people, text)
    else:
        span = clause_subject_at(text, start, end)
        opens = not text[start : match.start()].strip()
        if span is not None and (span.start < match.end() if opens else span.end > match.start()):
            # "In a statement, he said": the subject after the opening phrase; "Ana Ruiz said in
            # a statement", "Ana Ruiz released a statement": before the document, never a
            # subject after it ("X, in a letter, said a new manager would ...") nor one that
            # holds it.
            return None
    if span is None:
        return None
    return resolve(Cue(span.text, span.start, span.end), people, text)
