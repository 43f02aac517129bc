"""Clause subjects: the noun phrase a clause opens with, before its verb.

`subject_at(text, lo, hi)` skips what opens a clause without being its subject (a conjunction,
"In a statement,", "On Tuesday"), then reads a person or body noun phrase: capitalised words,
titles and role words with their lower-case modifiers ("Harbour master Olof Brandt", "the
prime minister's official spokesman", "a spokesman for the firm"), and stops at the first word
that is none of these (the verb). An apposition after it ("X, head of Y, criticised") is left to
`appositions`.
"""

from __future__ import annotations

import re

from app.core.facts.nlp.appositions import Span
from app.core.facts.nlp.chunks import clauses
from app.core.facts.nlp.lexicon import PARTICLES, PRONOUNS, roles, speech_verbs, titles
from app.core.facts.nlp.tagger import tag_sentence

_OPENERS = frozenset("and but so yet then now still also meanwhile however instead".split())
_DETERMINERS = frozenset("the a an its his her their our".split())
_LINKS = frozenset({"of", "for", "at"})
_INTRO = re.compile(
    r"\s*(?:(?:In|On|At|After|During|Speaking|Writing|When|While|As|Before|Since|Although|If"
    r"|Because|Here|There|Earlier|Later|Asked|Appearing|By|Until|Once|Unless|Though|Despite"
    r"|Amid|Upon|Under|Without|Throughout|Unlike|[A-Z][a-z]+ing)\b[^,;:\"“”]{0,80},\s*)"
)
# A second opening phrase after the first one's comma ("On Thursday, after weeks of silence,").
_NEXT_INTRO = re.compile(
    r"(?:in|on|at|after|during|when|while|as|before|since|although|if|because|despite|amid"
    r"|speaking|writing|asked|responding|reacting)\b[^,;:\"“”]{0,80},\s*"
)
_TOKEN = re.compile(r"[\w][\w'’.\-&]*|[^\w\s]")
_MAX_WORDS = 8


def intro_end(text: str, lo: int, hi: int) -> int:
    """Where the clause text[lo:hi] starts after an opening phrase or subordinate clause ("When
    Trump spoke, ...", "Here in Columbia, ...", "Appearing before supporters, ..."), else lo."""
    intro = _INTRO.match(text, lo, hi)
    return intro.end() if intro is not None else lo


def subject_at(text: str, lo: int, hi: int) -> Span | None:
    """The subject noun phrase the clause text[lo:hi] opens with, or None."""
    position = intro_end(text, lo, hi)
    while position > lo and (more := _NEXT_INTRO.match(text, position, hi)) is not None:
        position = more.end()
    tokens = list(_TOKEN.finditer(text, position, min(hi, position + 300)))
    while tokens and tokens[0].group().lower() in _OPENERS:
        tokens.pop(0)
    if tokens and tokens[0].group().lower() in PRONOUNS:
        first = tokens[0]
        return Span(first.start(), first.end(), first.group())
    chosen: list[re.Match[str]] = []
    for token in tokens:
        word = token.group()
        lower = word.lower().rstrip(".")
        if len(chosen) >= _MAX_WORDS:
            break
        if (
            word[:1].isupper()
            or lower in PARTICLES
            or (lower in _DETERMINERS and not chosen)
            or lower in titles()
            or lower in roles()
            or lower.endswith(("'s", "’s"))
            or (chosen and lower in _LINKS)
        ):
            chosen.append(token)
        elif chosen and word.isalpha() and word.islower() and _role_follows(tokens, token):
            chosen.append(token)  # a modifier before a role word ("official spokesman")
        elif chosen and _describes_a_name(tokens, token):
            chosen.append(token)  # "Harbour master Olof Brandt"
        else:
            break
    while chosen and chosen[-1].group().lower() in _LINKS | _DETERMINERS:
        chosen.pop()
    if not chosen:
        return None
    start, end = chosen[0].start(), chosen[-1].end()
    return Span(start, end, text[start:end])


def _role_follows(tokens: list[re.Match[str]], token: re.Match[str]) -> bool:
    """Whether a title or role word comes within two words after `token`."""
    i = tokens.index(token)
    return any(
        t.group().lower() in titles() or t.group().lower() in roles() for t in tokens[i + 1 : i + 3]
    )


def _describes_a_name(tokens: list[re.Match[str]], token: re.Match[str]) -> bool:
    """A lower-case noun between capitalised words that is not a verb form ("master")."""
    word = token.group()
    i = tokens.index(token)
    following = tokens[i + 1].group() if i + 1 < len(tokens) else ""
    verb_like = word.endswith(("ed", "s", "ing")) or word in speech_verbs()
    return word.isalpha() and word.islower() and following[:1].isupper() and not verb_like


_MAX_CHARACTERS = 600


def clause_subject_at(text: str, lo: int, hi: int) -> Span | None:
    """The subject of the first finite clause in text[lo:hi] that has one, read by the shared
    grammar (`chunks.clauses` over the tagger's tags) rather than by word lists: "Ms Jones
    praised the police and said" -> "Ms Jones"; "In a statement, the council said" -> "the
    council"; "Ana Ruiz answered the critics" -> "Ana Ruiz" (not "... answered the critics")."""
    tokens = tag_sentence(text, lo, min(hi, lo + _MAX_CHARACTERS))
    for clause in clauses(tokens, text):
        if clause.subject is not None and not clause.inverted:
            return Span(clause.subject.start, clause.subject.end, clause.subject.text)
    return None
