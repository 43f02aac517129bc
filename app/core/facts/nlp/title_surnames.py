"""Surnames that are titles too ("Lord", "Bishop", "King"): where such a word stands alone as the
surname of a person the article named in full ("Lord disagreed", "Mr Bishop said" after "Jane
Lord", "Alan Bishop"), which the name reader leaves out as a title. Read by the discourse tracker
(`discourse.Discourse`) beside the names of each sentence."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from app.core.facts.nlp.entities import Entity
from app.core.facts.nlp.lexicon import title_surnames
from app.core.facts.nlp.name_kinds import NameKind
from app.core.facts.nlp.names import Name, gender_of
from app.core.facts.nlp.pieces import finditer_from


# A capitalised word, after an honorific or not, that no other capitalised word follows: where a
# title that is also a surname stands alone as the surname ("Lord disagreed", "Mr Bishop").
@cache
def _title_surname() -> re.Pattern[str]:
    """The titles that are also surnames, capitalised, as a pattern (read once: one search per
    sentence finds them, where one match per capitalised word cost a tenth of the quotes' time)."""
    words = "|".join(sorted(w.capitalize() for w in title_surnames()))
    return re.compile(
        r"\b(?:(?P<honorific>Mr|Mrs|Ms|Miss|Dr)\.?[ \u00a0]+)?(?P<word>" + words + r")\b"
        r"(?![ \u00a0]+[A-Z])(?!-)"
    )


@cache
def _title_surname_opening() -> re.Pattern[str]:
    """Where a match of `_title_surname` may start: an honorific or one of the words, plain
    words the engine skips ahead to (the pattern, opening on an optional honorific, is tried
    at every character)."""
    words = "|".join(sorted(w.capitalize() for w in title_surnames()))
    return re.compile("Mr|Mrs|Ms|Miss|Dr|" + words)


_THE_BEFORE = re.compile(r"\b[Tt]he[ \u00a0]+$")


def surname_bearer(
    word: str, position: int, full_name: Callable[[str, int], Entity | None]
) -> Entity | None:
    """The person named in full before `position` whose surname is `word` ("Jane Lord" for
    "Lord"), found by `full_name` (the tracker's), else None."""
    entity = full_name(word, position)
    return entity if entity is not None and entity.name.split()[-1] == word else None


def with_title_surnames(
    text: str,
    start: int,
    end: int,
    names: list[Name],
    full_name: Callable[[str, int], Entity | None],
) -> list[Name]:
    """`names` and the surnames in text[start:end] that are titles too ("Lord disagreed", "Mr
    Bishop said" after "Jane Lord", "Alan Bishop"), which the name reader leaves out as titles: a
    person named before in full with that surname (`full_name`, the tracker's, finds them), not
    a title here when no name follows it and no "the" stands before it ("the King", "Lord Woolf"
    are titles)."""
    found: list[Name] = []
    for match in finditer_from(_title_surname_opening(), _title_surname(), text, start, end):
        word = match.group("word")
        if word.lower() not in title_surnames() or _THE_BEFORE.search(
            text, max(start, match.start() - 6), match.start()
        ):
            continue
        if any(n.start <= match.start("word") < n.end for n in names):
            continue
        if surname_bearer(word, match.start("word"), full_name) is None:
            continue
        honorific = (match.group("honorific") or "").lower()
        held = (honorific,) if honorific else ()
        found.append(
            Name(
                NameKind.PERSON,
                match.start("word"),
                match.end("word"),
                word,
                held,
                gender_of([word], held),
                text.startswith(("'s", "’s"), match.end("word")),
            )
        )
    return sorted([*names, *found], key=lambda n: n.start) if found else names
