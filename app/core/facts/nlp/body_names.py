"""Bodies' full names, found again by their short forms: "Rovers" is "Harbourside Rovers".

News names a body in full once ("Harbourside Rovers", "Kestrel Motors") and then by the head or
the tail of that name ("Rovers had two players sent off", "Kestrel said"). A reader reports the
body by its full name, as `full_names.FullNames` does for a person's surname. `BodyNames` keeps
each body's name of two words or more, indexed by its first and its last word, and `full` gives
the one full name a short form opens or ends, named before a position; None when none or two
different ones are (two clubs "... Rovers"), or when the short form is not a body's own word
("England" in "Bank of England", a firm's suffix "Ltd", a noun such as "Group"). Each word keeps
at most `_PER_WORD` full names, so a look-up is a few comparisons.
"""

from __future__ import annotations

from app.core.facts.nlp.bodies import ORGANISATION_NOUNS
from app.core.facts.nlp.lexicon import roles, titles
from app.core.facts.nlp.names import is_first_name

# How many different full names are kept per first or last word (bounds the work).
_PER_WORD = 8
# The most words of a body's full name: a longer capitalised run is a headline or a person
# with a long title ("Senate Majority Whip John Cornyn"), which the name finder may type as a body.
_MOST_WORDS = 4
# A firm's legal suffix: "Kestrel Motors Ltd" said "Kestrel Motors" is no short form worth
# expanding, and "Ltd" alone names no one.
_SUFFIXES = frozenset(
    "inc ltd llc co corp plc lp llp ag sa nv bv gmbh group holdings limited".split()
)


class BodyNames:
    """Bodies' names of two words or more, in text order, found by their first or last words."""

    def __init__(self) -> None:
        """No body named yet."""
        self._by_first: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        self._by_last: dict[str, list[tuple[int, tuple[str, ...]]]] = {}

    def add(self, position: int, name: str) -> None:
        """A body named `name` at `position` (in text order)."""
        words = tuple(name.split())
        if not 2 <= len(words) <= _MOST_WORDS or not (
            words[0][:1].isupper() and words[-1][:1].isupper()
        ):
            return
        if any(_no_body_word(w) for w in words):
            return  # "Democrat Ana Ruiz", "Labour MPs", "John Peel's BBC Radio": no body's name
        for index, word in ((self._by_first, words[0]), (self._by_last, words[-1])):
            known = index.setdefault(word, [])
            if len(known) < _PER_WORD and all(named != words for _, named in known):
                known.append((position, words))

    def full(self, name: str, position: int) -> str | None:
        """The one full name, named before `position`, that `name` (one or two capitalised
        words) opens or ends with, on a capitalised word's boundary; else None."""
        short = tuple(name.split())
        if not 1 <= len(short) <= 2 or not all(w[:1].isupper() for w in short):
            return None
        if any(w.lower() in ORGANISATION_NOUNS or w.lower() in _SUFFIXES for w in short):
            return None  # "Group said", "Ltd": a noun or a suffix, not the body's own word
        if is_first_name(short[0]):
            return None  # "Morgan said": a person's first name before a firm's
        found: set[tuple[str, ...]] = set()
        size = len(short)
        for start, words in self._by_first.get(short[0], ()):
            if start < position and len(words) > size and words[:size] == short:
                rest = words[size:]
                # "Bank" of "Bank of England"; "Kestrel Motors" of "Kestrel Motors Ltd"
                if short[0].isupper() and len(short[0]) > 1:
                    continue  # "GM" of "GM Europe": an acronym is the whole firm, not a part
                if rest[0][:1].isupper() and not all(w.lower() in _SUFFIXES for w in rest):
                    while len(words) > size + 1 and words[-1].lower() in _SUFFIXES:
                        words = words[:-1]  # "Kestrel Motors" and "Kestrel Motors Ltd": one
                    found.add(words)
        for start, words in self._by_last.get(short[-1], ()):
            if start < position and len(words) > size and words[-size:] == short:
                before = words[-size - 1]
                if before.isupper() and len(before) > 1:
                    continue  # "Harbour" of "NBT Harbour": a site's letters glued to a body's
                if before[:1].isupper() and before[-1:].isalpha():  # not "of England", "& Co"
                    found.add(words)
        return " ".join(found.pop()) if len(found) == 1 else None


def _no_body_word(word: str) -> bool:
    """Whether `word` says a capitalised run is a person's name or an owner's, not a body's: a
    first name, a title or a role ("MPs", "Democrat"), or a possessive ("Peel's", "News'")."""
    if word.endswith(("'s", "’s", "'", "’")):
        return True
    lower = word.lower()
    singular = lower[:-1] if lower.endswith("s") else lower
    return is_first_name(word) or any(w in titles() or w in roles() for w in (lower, singular))
