"""Who holds a role the speaker phrase names, when the name stands around the phrase read.

The clause's subject reader may stop at a body inside a role ("But director of the Marsh Trust,
Ana Ruiz, said": the phrase read is "Marsh Trust"), cut a person's name glued to a body's ("the
union Harbourline Dave Quist said": "Harbourline"), or keep the bare role ("general secretary of
the union Harbourline Dave Quist criticised": "general secretary"). These read the words around
the phrase for the person who holds the role; `_speaker_names.resolve` asks them first.
"""

from __future__ import annotations

import re

from app.core.facts.nlp.appositions import name_after_apposition
from app.core.facts.nlp.lexicon import roles, titles
from app.core.facts.nlp.names import find_names, is_first_name
from app.core.facts.quotes._phrases import WINDOW, Cue

# A role opening its clause and a body or a seat after it: "But director of the Marsh Trust",
# "The general secretary of ", "The Labour MP for ", "the Tory MP for Eastby and ".
_ROLE_OF = re.compile(
    r"(?:^|[.!?\"”:]\s+|\n|\b(?:But|And|So|Yet|Meanwhile)\s+)(?:[Tt]he\s+)?"
    r"(?:[\w-]+\s+){0,2}([A-Za-z-]+)\s+(of|at|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+and\s+)?$"
)
# Titles of a seat: what follows "for" is the seat's place ("the MP for Eastby").
_SEATS = frozenset("mp mep msp mla senator congressman congresswoman representative".split())


def named_role(cue: Cue, text: str) -> str | None:
    """The name set off after a body that a role opening the clause belongs to ("But director
    of the Marsh Trust, Ana Ruiz, accused ..."): the person holding the role speaks, not the
    body the cue phrase names; "" when the phrase is a seat's place with no name after it ("the
    MP for Eastby": no speaker); None when the phrase is read as usual."""
    role = _ROLE_OF.search(text, max(0, cue.start - 60), cue.start)
    if role is None:
        return None
    office = role.group(1).lower()
    if office not in titles() and office not in roles():
        return None
    named = (
        name_after_apposition(text, cue.end, cue.end + WINDOW)
        if text[cue.end : cue.end + 1] == ","
        else None
    )
    if named is not None:
        return named.text
    if office in _SEATS and role.group(2) == "for":
        return ""  # "the Tory MP for Eastby and West Marsh admitted": the seat, not who
    return None


def person_run_on(words: list[str], text: str, end: int) -> str | None:
    """A person's name that runs on from a body's name the phrase ends with ("the union
    Harbourline Dave Quist said": the phrase read stops at "Harbourline"): the person; or None."""
    if not words[-1][:1].isupper() or text[end : end + 1] != " ":
        return None
    names = find_names(text, max(0, end - len(words[-1])), min(len(text), end + 60))
    if not names or names[0].start >= end or names[0].end <= end:
        return None
    after = text[end : names[0].end].split()
    if len(after) < 2 or not is_first_name(after[0]):
        return None
    return " ".join(after)


# After a role read as the speaker: its body, then a person's name, then the verb ("general
# secretary| of the ferry union Harbourline Dave Quist criticised").
_OF_BODY = re.compile(r" (?:of|at) [^,.;:!?\"“”()\n]{1,80}?(?= [A-Z])")


def role_holder(words: list[str], text: str, end: int) -> str | None:
    """The person named after a role and its body, right before the verb ("general secretary
    of the ferry union Harbourline Dave Quist criticised ..."): the role is theirs; or None."""
    lower = [w.lower() for w in words]
    if words != lower or not (lower[-1] in titles() or lower[-1] in roles()):
        return None
    body = _OF_BODY.match(text, end)
    if body is None:
        return None
    names = find_names(text, body.end() + 1, min(len(text), body.end() + 80))
    if not names or names[0].start != body.end() + 1:
        return None
    run = text[names[0].start : names[0].end].split()
    # The body's name first: in "the lawyer of Ana Ruiz said" the lawyer speaks, not Ana Ruiz.
    person = next((i for i, w in enumerate(run[:-1]) if i and is_first_name(w)), None)
    verb = text[names[0].end :].split()[:1]
    if person is None or not verb or not verb[0].islower():
        return None
    return " ".join(run[person:])
