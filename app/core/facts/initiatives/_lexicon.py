"""The word lists behind initiative extraction, read once from `app.resources/lexicons`.

Lexicons are plain text files (`initiatives_*.txt`), one or more words a line, `#` comments, so
that they can be reviewed and extended without touching code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from app.core.facts.lexicon import lexicon_rows


@dataclass(frozen=True, slots=True)
class Head:
    """A head noun that can name an undertaking.

    Attributes:
        weight: 1-3, how sure the head alone makes an initiative.
        takes_pp: a following "of/for/on/in/..." phrase belongs to the name.
        takes_to: a following "to <verb> ..." phrase belongs to the name.
        name_is_actor: a name in front of it says who is behind it ("Tory plans").
    """

    weight: int
    takes_pp: bool
    takes_to: bool
    name_is_actor: bool


@dataclass(frozen=True, slots=True)
class Lexicon:
    """All the word lists, lower case."""

    heads: dict[str, Head]
    status_of: dict[str, str]
    stop_left: frozenset[str]
    noun_ing: frozenset[str]
    adj_ed: frozenset[str]
    actor_nouns: frozenset[str]
    reject_after: frozenset[str]
    generic: frozenset[str]
    actions: dict[str, str]  # base or -ing form -> base form


def _words(name: str) -> frozenset[str]:
    return frozenset(word for line in lexicon_rows(name) for word in line.lower().split())


def plural(noun: str) -> str:
    """The regular English plural of `noun` (enough for the head lexicon)."""
    if noun.endswith("s"):
        return noun  # "talks", "series", "headquarters": already plural or invariable
    if noun.endswith(("x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in {"a", "e", "o", "u"}:
        return noun[:-1] + "ies"
    return noun + "s"


@cache
def lexicon() -> Lexicon:
    """Load (once) and return the lexicons."""
    heads: dict[str, Head] = {}
    for line in lexicon_rows("initiatives_heads.txt"):
        noun, weight, *flags = line.lower().split()
        head = Head(int(weight), "pp" in flags, "to" in flags, "actor" in flags)
        heads[noun] = head
        heads.setdefault(plural(noun), head)
    status_of: dict[str, str] = {}
    for line in lexicon_rows("initiatives_triggers.txt"):
        status, _, words = line.partition(":")
        for word in words.lower().split():
            # The first listing wins, so an ambiguous form keeps its most common reading.
            status_of.setdefault(word, status.strip())
    actions: dict[str, str] = {}
    for line in lexicon_rows("initiatives_actions.txt"):
        forms = line.lower().split()
        for form in forms:
            actions[form] = forms[0]
    return Lexicon(
        heads=heads,
        status_of=status_of,
        stop_left=_words("initiatives_stopleft.txt"),
        noun_ing=_words("initiatives_nouning.txt"),
        adj_ed=_words("initiatives_adjed.txt"),
        actor_nouns=_words("initiatives_actors.txt"),
        reject_after=_words("initiatives_reject.txt"),
        generic=_words("initiatives_generic.txt"),
        actions=actions,
    )
