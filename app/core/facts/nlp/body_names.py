"""Bodies' full names, found again by their short forms: "Rovers" is "Harbourside Rovers".

News names a body in full once ("Harbourside Rovers", "Kestrel Motors") and then by the head or
the tail of that name ("Rovers had two players sent off", "Kestrel said"). A reader reports the
body by its full name, as `full_names.FullNames` does for a person's surname. `BodyNames` keeps
each body's name of two words or more, indexed by its first and its last word, and `full` gives
the one full name a short form opens or ends, named before a position; None when none or two
different ones are (two clubs "... Rovers"), or when the short form is not a body's own word
("England" in "Bank of England", a firm's suffix "Ltd", a noun such as "Group"). Each word keeps
at most `_PER_WORD` full names, so a look-up is a few comparisons.

It is also the one finder of a body's longer name by its first words (`longer`): "Halden fell
5%" after "Halden Breweries" counts for that body, and "Emirates" after "Emirates Airline" is
the body named before. That finder reads every body's name added (`add`), as `full` does, and
the names a reader noted as a body's (`add(..., typed=False)`: "Vendia said"), which `full`
never reports.
"""

from __future__ import annotations

from app.core.facts.nlp.bodies import ORGANISATION_NOUNS
from app.core.facts.nlp.lexicon import roles, titles
from app.core.facts.nlp.name_kinds import is_first_name

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
    """Bodies' names, in text order, found by their first words (`longer`, `full`) or their
    last words (`full`, names of two words or more)."""

    def __init__(self) -> None:
        """No body named yet."""
        # Every name added, by its first word: (where first added, words, where first added as
        # a name `full` may report, or None).
        self._by_first: dict[str, list[tuple[int, tuple[str, ...], int | None]]] = {}
        self._by_last: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
        # Names the name finder typed a body's, with where first named ("Lumo").
        self._typed: dict[tuple[str, ...], int] = {}

    def add(self, position: int, name: str, *, typed: bool = True) -> None:
        """A body named `name` at `position` (in text order); `typed`: the name finder typed it
        a body's (else a reader noted it as one, and `full` never reports it)."""
        words = tuple(name.split())
        if not words:
            return
        if typed:
            self._typed.setdefault(words, position)
        full = typed and _full_name(words)
        known = self._by_first.setdefault(words[0], [])
        same = next((i for i, (_, named, _) in enumerate(known) if named == words), None)
        if same is None and len(known) < _PER_WORD:
            known.append((position, words, position if full else None))
        elif same is not None and full and known[same][2] is None:
            known[same] = (known[same][0], words, position)  # noted first, typed since
        if full:
            tail = self._by_last.setdefault(words[-1], [])
            if len(tail) < _PER_WORD and all(named != words for _, named in tail):
                tail.append((position, words))

    def longer(self, words: list[str], position: int) -> str | None:
        """The first body's name added before `position` that `words` open and is longer
        ("Emirates Airline" for "Emirates", "Harbour Lines Ltd" for "Harbour"), or None."""
        short = tuple(words)
        for start, named, _ in self._by_first.get(short[0], ()) if short else ():
            if start < position and named[: len(short)] == short and len(named) > len(short):
                return " ".join(named)
        return None

    def part_of(self, words: list[str], position: int) -> bool:
        """Whether `words` open with the whole name of a body typed before `position` and go on
        ("Lumo Fold" after "Lumo", "Vantel Nimbus" after "Vantel"): a product or unit named
        after its maker, not a body of its own."""
        return any(
            self._typed.get(tuple(words[:k]), position) < position for k in range(1, len(words))
        )

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
        for _, words, start in self._by_first.get(short[0], ()):
            if (
                start is not None
                and start < position
                and len(words) > size
                and words[:size] == short
            ):
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
                elif before == "and" and size == 2:
                    found.add(words)  # "the Rescue Service" of "Northshire Fire and Rescue Service"
        return " ".join(found.pop()) if len(found) == 1 else None


def _full_name(words: tuple[str, ...]) -> bool:
    """Whether `words` may be a body's full name: 2 to `_MOST_WORDS` words, capitalised at
    both ends, none a person's or an owner's ("Democrat Ana Ruiz", "Labour MPs", "John Peel's
    BBC Radio")."""
    if not 2 <= len([w for w in words if w != "and"]) <= _MOST_WORDS:
        return False  # "Fire and Rescue Service": the "and" of a joined name is not counted
    if not (words[0][:1].isupper() and words[-1][:1].isupper()):
        return False
    return not any(_no_body_word(w) for w in words)


def _no_body_word(word: str) -> bool:
    """Whether `word` says a capitalised run is a person's name or an owner's, not a body's: a
    first name, a title or a role ("MPs", "Democrat"), or a possessive ("Peel's", "News'")."""
    if word.endswith(("'s", "’s", "'", "’")):
        return True
    lower = word.lower()
    singular = lower[:-1] if lower.endswith("s") else lower
    return is_first_name(word) or any(w in titles() or w in roles() for w in (lower, singular))
