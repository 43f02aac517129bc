"""The word lists behind initiative extraction, read once from `app.resources/lexicons`.

Lexicons are plain text files (`initiatives_*.txt`), `#` comments, so that they can be reviewed
and extended without touching code.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Literal, cast

from app.core.facts.lexicon import lexicon_rows

VerbKind = Literal["create", "announce", "propose", "plan", "run", "agree", "cancel", "change"]
_KINDS = frozenset({"create", "announce", "propose", "plan", "run", "agree", "cancel", "change"})


@dataclass(frozen=True, slots=True)
class Head:
    """A head noun that can name an undertaking.

    Attributes:
        weight: 1-3, how sure the head alone makes an undertaking.
        takes_pp: a following "of/for/on/into/..." phrase belongs to the name.
        takes_to: a following "to <verb> <object>" belongs to the name.
        brought: someone else brings it against its target ("faced an investigation").
    """

    weight: int
    takes_pp: bool
    takes_to: bool
    brought: bool = False


@dataclass(frozen=True, slots=True)
class Verb:
    """A verb of undertaking: its kind, and the particle or preposition its object follows."""

    lemma: str
    kind: VerbKind
    particle: str | None


@dataclass(frozen=True, slots=True)
class Lexicon:
    """All the word lists, lower case."""

    heads: dict[str, Head]
    # every inflected form -> its verb; with its particle ("set out") for a verb that needs one
    verbs: dict[str, Verb]
    policy: frozenset[str]  # -ing forms whose gerund phrase names an undertaking
    actions: frozenset[str]  # base verbs whose object, under an intention, is an undertaking
    senses: dict[str, frozenset[str]]


def plural(noun: str) -> str:
    """The regular English plural of `noun` (enough for the head lexicon)."""
    if noun.endswith("s"):
        return noun  # "talks", "series": already plural or invariable
    if noun.endswith(("x", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in {"a", "e", "o", "u"}:
        return noun[:-1] + "ies"
    return noun + "s"


def singular(word: str) -> str:
    """A crude singular, enough to compare mentions ("schemes" -> "scheme")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


@cache
def lexicon() -> Lexicon:
    """Load (once) and return the lexicons."""
    heads: dict[str, Head] = {}
    for line in lexicon_rows("initiatives_heads.txt"):
        noun, weight, *flags = line.lower().split()
        head = Head(int(weight), "pp" in flags, "to" in flags, "by" in flags)
        heads[noun] = head
        heads.setdefault(plural(noun), head)
    verbs: dict[str, Verb] = {}
    policy: set[str] = set()
    for line in lexicon_rows("initiatives_verbs.txt"):
        kind, _, rest = line.partition(":")
        words = rest.lower().split()
        particle = next((w[1:] for w in words if w.startswith("+")), None)
        forms = [w for w in words if not w.startswith("+")]
        if kind.strip() not in _KINDS or not forms:
            raise ValueError(f"initiatives_verbs.txt: bad line {line!r}")
        verb = Verb(forms[0], cast(VerbKind, kind.strip()), particle)
        for form in forms:
            verbs.setdefault(form, verb)  # the first listing wins
            if particle is not None:  # "set out" may be another verb than "set up"
                verbs.setdefault(f"{form} {particle}", verb)
        if kind.strip() in {"change", "cancel", "create"}:
            policy.update(f for f in forms if f.endswith("ing"))
        if kind.strip() == "change" and len(forms) == 1:
            policy.update(f for f, v in verbs.items() if v.lemma == forms[0] and f.endswith("ing"))
    senses: dict[str, set[str]] = {}
    for line in lexicon_rows("initiatives_senses.txt"):
        name, _, rest = line.partition(":")
        senses.setdefault(name.strip(), set()).update(rest.lower().split())
    actions = frozenset(w for line in lexicon_rows("initiatives_actions.txt") for w in line.split())
    return Lexicon(
        heads, verbs, frozenset(policy), actions, {k: frozenset(v) for k, v in senses.items()}
    )
