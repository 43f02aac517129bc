"""The people an article names, in order: the antecedents for "he", "Mr Smith", "the minister".

Policy: a person is known by the full name at first introduction, without office titles
("Planning Minister Julio De Vido" is "Julio De Vido"); "Mr De Vido" and "the minister" point back
to that name. Tuned on bbc-facts-dev and PolNeAR (by reading errors). Look-ups are indexed and
bounded (`PRONOUN_REACH`, `LOOKBACK`), so building and querying the index is linear.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import cache

from app.core.facts.quotes._lexicon import (
    NAME_RUN,
    NOT_NAMES,
    PARTICLES,
    org_words,
    roles,
    titles,
)

# How far back (in characters) "he" or "she" may look for a name, and how many same-word names a
# short form ("Mr Smith") is compared with: both bound the work per quotation.
PRONOUN_REACH = 3000
LOOKBACK = 50

_MALE = frozenset({"mr", "sir", "lord", "king", "prince", "he", "him", "his"})
_FEMALE = frozenset({"mrs", "ms", "miss", "lady", "queen", "princess", "she", "her"})
_INITIAL = re.compile(r"[A-Z]\.")
_QUALIFIERS = frozenset({"shadow", "former", "deputy", "vice", "ex", "assistant", "acting"})
# "the chancellor", "the prime minister": office titles that stand for a person already named.
_PERSON_TITLES = (
    "prime minister|president|chancellor|minister|secretary|senator|governor|mayor|chairman|"
    "chairwoman|premier|ambassador|commissioner|candidate|nominee|congressman|congresswoman"
)
_THE_TITLE = re.compile(r"\b[Tt]he (?:[A-Z][a-z]+ )?((?i:" + _PERSON_TITLES + r"))\b(?! [A-Z])")


@dataclass(frozen=True, slots=True)
class Person:
    """One mention of a person's name in the text."""

    start: int
    name: str
    gender: str | None
    titles: tuple[str, ...]


@cache
def _titles_and_roles() -> frozenset[str]:
    return titles() | roles()


class PeopleIndex:
    """The people named in a document, in text order, for resolving "he", "Mr X", "the minister"."""

    def __init__(
        self,
        text: str,
        sentence_starts: list[int] | None = None,
        quoted: list[tuple[int, int]] | None = None,
    ) -> None:
        """Index the names in `text`.

        Args:
            text: the document text.
            sentence_starts: sorted sentence start offsets ("he" prefers a sentence's subject).
            quoted: sorted, disjoint quotation spans; names inside them are not antecedents.
        """
        self._mentions: list[Person] = []
        self._starts: list[int] = []
        self._by_word: dict[str, list[tuple[int, tuple[str, ...], str]]] = {}
        self._by_title: dict[str, list[tuple[int, str]]] = {}
        self._sentence_starts = sentence_starts or [0]
        self._genders: dict[str, str] = {}
        quoted = quoted or []
        quote_starts = [q[0] for q in quoted]
        # Names and "the <title>" descriptions, merged in text order (both are linear scans).
        found = [(m.start(), m.end(), False) for m in NAME_RUN.finditer(text)]
        found += [(m.start(1), m.end(1), True) for m in _THE_TITLE.finditer(text)]
        for start, end, described in sorted(found):
            i = bisect.bisect_right(quote_starts, start) - 1
            inside = i >= 0 and start < quoted[i][1]
            if described:
                if not inside:
                    self._add_description(text[start:end].lower(), start)
            else:
                self._add(text, start, end, inside)

    def _add_description(self, title: str, start: int) -> None:
        """ "the chancellor": the person introduced with that title, else the person last named
        (a definite title points back to someone the article has already named)."""
        name = self.by_title(title, start)
        if name is None:
            person = self.last_person(start)
            name = person.name if person is not None else None
        if name is not None:
            self._mentions.append(Person(start, name, self._genders.get(name), (title,)))
            self._starts.append(start)
            self._by_title.setdefault(title, []).append((start, name))

    def _add(self, text: str, start: int, end: int, quoted: bool) -> None:
        run = text[start:end]
        if " " not in run and run.lower() in NOT_NAMES:
            return  # "The", "In", "However": most one-word runs open a sentence
        title_words = titles()
        # Initials keep their full stop ("Jane K. Doe"); a title's is dropped ("Mr." -> "Mr").
        words = [w if _INITIAL.fullmatch(w) else w.rstrip(".") for w in run.split()]
        held_titles: list[str] = []
        # Cut office titles at the front ("Planning Minister Julio De Vido") and take the lower-case
        # ones just before the name ("election chief Alan Milburn").
        cut = 0
        for i, word in enumerate(words):
            if word.lower() in title_words:
                cut = i + 1
        held_titles.extend(w.lower() for w in words[:cut])
        names = words[cut:]
        while names and names[0].lower() in NOT_NAMES:
            names = names[1:]
        prefix = text[max(0, start - 40) : start].split()
        for position, word in reversed(list(enumerate(prefix[-3:]))):
            if word.lower().rstrip(".,") not in title_words:
                break
            qualifier = prefix[-3:][position - 1].lower() if position > 0 else ""
            # A shadow or former chancellor is not "the chancellor".
            if qualifier not in _QUALIFIERS:
                held_titles.append(word.lower().rstrip(".,"))
        if names and names[0].lower().endswith("ing"):
            names = names[1:]  # "Praising Celtic ...": a participle opening the sentence
        following = text[end : end + 30].split()[:1]
        if following and following[0].lower() in _titles_and_roles():
            return  # "Liberal Democrat chief executive ...": the party, not a person
        if not names or any(n.lower() in org_words() for n in names):
            return
        if len(names) > 4 or any(not n[0].isupper() and n not in PARTICLES for n in names):
            return
        preceded_by_the = bool(prefix) and prefix[-1].lower() == "the" and not held_titles
        if preceded_by_the:
            return
        gender = None
        if any(t in _MALE for t in held_titles):
            gender = "m"
        elif any(t in _FEMALE for t in held_titles):
            gender = "f"
        key = tuple(n.lower().rstrip(".") for n in names)
        if len(names) >= 2:
            for word in set(key):
                self._by_word.setdefault(word, []).append((start, key, " ".join(names)))
            full = " ".join(names)
        else:
            found = self.full_name(names[0], start)
            if found is None and not held_titles:
                return  # a lone capitalised word (a place, a firm) is not known to be a person
            full = found or names[0]
        if gender is not None:
            self._genders.setdefault(full, gender)
        if not quoted:
            self._mentions.append(Person(start, full, gender, tuple(held_titles)))
            self._starts.append(start)
            for title in held_titles:
                self._by_title.setdefault(title, []).append((start, full))

    def full_name(self, name: str, position: int) -> str | None:
        """The full name, as introduced, that contains every word of `name` (nearest before)."""
        words = {w.lower().rstrip(".") for w in name.split()}
        if not words:
            return None
        # Names are indexed by each of their words, so this looks only at the candidates.
        lists = [self._by_word.get(w, []) for w in words]
        candidates: list[tuple[int, tuple[str, ...], str]] = min(lists, key=len)
        i = bisect.bisect_right(candidates, position, key=lambda c: c[0]) - 1
        after = range(i + 1, min(len(candidates), i + 1 + LOOKBACK))
        for j in [*range(i, max(-1, i - LOOKBACK), -1), *after]:
            candidate: tuple[int, tuple[str, ...], str] = candidates[j]
            if words <= set(candidate[1]):
                return candidate[2]
        return None

    def last_person(self, position: int, gender: str | None = None) -> Person | None:
        """Who "he"/"she" at `position` refers to: the first person named in the nearest sentence
        (this one, before `position`, or an earlier one) that names one of the right gender."""
        i = bisect.bisect_left(self._starts, position) - 1
        best: Person | None = None
        best_sentence = -1
        while i >= 0:
            if position - self._mentions[i].start > PRONOUN_REACH:
                break
            person = self._mentions[i]
            sentence = bisect.bisect_right(self._sentence_starts, person.start)
            if best is not None and sentence != best_sentence:
                break
            known = self._genders.get(person.name)
            if gender is None or known in (None, gender):
                best, best_sentence = person, sentence
            i -= 1
        return best

    def by_title(self, title: str, position: int) -> str | None:
        """The person last introduced before `position` with `title` ("minister")."""
        titled = self._by_title.get(title, [])
        i = bisect.bisect_left(titled, (position, "")) - 1
        return titled[i][1] if i >= 0 else None
