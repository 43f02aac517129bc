"""Speaker names: a speaker phrase turned into the name the article uses for that person.

"he"/"she" become the person last named before the cue, "Mr De Vido" the full name the article
introduced ("Julio De Vido"), and "the minister" the person last introduced with that title
(names are indexed by `quotes_people.PeopleIndex`). Roles with no name ("a spokesman for the
firm") are kept as written. Policy: a person is reported by the full name at first introduction,
without office titles or affiliation (this is also what the bbc-facts-dev gold uses);
organisations as written, without "the" ("Bank of England", not "England").
"""

from __future__ import annotations

from app.core.facts.quotes._lexicon import (
    DETERMINER_PREFIXES,
    INITIALS,
    LINKS,
    PARTICLES,
    PRONOUNS,
    org_words,
    titles,
)
from app.core.facts.quotes._people import PeopleIndex
from app.core.facts.quotes._speakers import Cue


def _before_affiliation(words: list[str]) -> list[str]:
    """The words up to a person's name when an affiliation follows it ("Anna Price of the Marsh
    Trust", "economist Sara Lind at Northbank"); all the words otherwise ("Bank of England")."""
    for i, word in enumerate(words):
        if word not in LINKS or i < 2 or not any(w[:1].isupper() for w in words[i + 1 :]):
            continue
        run = i
        while run > 0 and (words[run - 1][:1].isupper() or words[run - 1] in PARTICLES):
            run -= 1
        name = words[run:i]
        while name and name[0].lower().rstrip(".") in titles():
            name = name[1:]  # "Dr Ana Ruiz of ...": the title is not part of the name
        if sum(1 for w in name if w[:1].isupper()) < 2:
            return words  # one name word ("Friends of the Earth", "Bank of England")
        if any(w.lower().strip(".") in org_words() for w in name):
            return words
        return words[:i]
    return words


def _with_of_name(words: list[str], run: list[str]) -> list[str]:
    """`run` grown back over "of" / "of the" when one capitalised word ends the phrase and a
    capitalised word stands before the link: "Bank of England", "Friends of the Earth"."""
    if len(run) != 1 or len(words) < 3:
        return run
    k = len(words) - 2
    if words[k] == "the":
        k -= 1
    if k < 1 or words[k] != "of" or not words[k - 1][:1].isupper():
        return run
    start = k - 1
    while start > 0 and words[start - 1][:1].isupper():
        start -= 1
    return words[start:]


def resolve(cue: Cue, people: PeopleIndex) -> str | None:
    """The speaker's name for a cue: pronouns and short forms resolved, roles as written."""
    phrase = cue.phrase.strip()
    lower = phrase.lower()
    if lower in PRONOUNS:
        if lower in ("he", "she"):
            person = people.last_person(cue.start, "m" if lower == "he" else "f")
            return person.name if person else None
        return None
    words = phrase.split()
    capitals = [w for w in words if w[:1].isupper()]
    if lower.startswith(DETERMINER_PREFIXES) and not any(w[:1].isupper() for w in words[1:]):
        head = words[-1].lower()
        if head not in titles():
            return phrase
        # "the chancellor said": the person introduced with that title, else the person last
        # named (a title with "the" points back to someone the article already named).
        titled = people.by_title(head, cue.start)
        if titled is None:
            person = people.last_person(cue.start)
            titled = person.name if person is not None else None
        return titled or phrase
    words = _before_affiliation(words)
    if capitals and words[-1][:1].isupper():
        # Take the name run that ends the phrase; cut titles ("Planning Minister", "Mr").
        run: list[str] = []
        for word in reversed(words):
            if not (word[:1].isupper() or word in PARTICLES):
                break
            run.insert(0, word)
        run = _with_of_name(words, run)
        cut = 0
        for i, word in enumerate(run):
            if word.lower().rstrip(".") in titles() or word.endswith(("'s", "’s")):
                cut = i + 1  # a title, or an owner ("Ernst and Young's Sanjay Mehta")
        name_words = [w if INITIALS.fullmatch(w) else w.rstrip(".") for w in run[cut:]]
        if name_words and name_words[0] in LINKS:
            name_words = []  # "the Secretary of State": an office, no name
        if name_words and name_words[0].lower() == "the":
            name_words = name_words[1:]
        if not name_words:
            titled = people.by_title(run[-1].lower().rstrip("."), cue.start)
            return titled or phrase
        name = " ".join(name_words)
        return people.full_name(name, cue.start) or name
    return phrase
