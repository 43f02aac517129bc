"""Whether words read as a speaker: a name, a role or a described person ("Gartner's principal
analyst Kobita Desai", "a spokesman for the firm", "local farmer Tom Brand"), not a clause
("Labour's plans showed ..."). Read after an inverted speech verb and in the agent of a
passive; `_phrases` finds the words, this module judges their shape.
"""

from __future__ import annotations

import re
from functools import cache

from app.core.facts.nlp.discourse import PERSON_NOUNS
from app.core.facts.nlp.lexicon import (
    LINKS,
    NOT_NAMES,
    PARTICLES,
    first_names,
    org_words,
    places,
    roles,
    speech_verbs,
    titles,
)
from app.core.facts.quotes._person_nouns import someone_by_ending
from app.core.facts.quotes._phrases import AUX, BOUNDARY, DETERMINER_WORDS, INDEFINITES

# Lower-case describing words at most before a described person's name.
_MAX_DESCRIPTION = 3


def first_name_opens(words: list[str], i: int) -> bool:
    """Whether `words[i]` is a capitalised first name before a surname ("Will Dorne")."""
    word = words[i]
    following = words[i + 1] if i + 1 < len(words) else ""
    return (
        word[:1].isupper()
        and word.lower() in first_names()
        and following[:1].isupper()
        and following.lower() not in NOT_NAMES
    )


@cache
def _phrase_words() -> frozenset[str]:
    """Lower-case words a speaker phrase may contain besides capitalised ones (the nouns that
    stand for a person named before count: '"...," said the actor')."""
    return PARTICLES | DETERMINER_WORDS | LINKS | roles() | titles() | PERSON_NOUNS | {"and", "&"}


def reads_as_name_or_role(phrase: str) -> bool:
    """Whether words after an inverted verb are a speaker ("Gartner's principal analyst Kobita
    Desai", "a spokesman for the firm") rather than a clause ("Labour's plans showed ...")."""
    words = phrase.split()
    lowered = [w.lower().rstrip(".") for w in words]
    if all(w in DETERMINER_WORDS or w in LINKS for w in lowered):
        return False  # "said the "...": no speaker after the verb
    joins = {i for i, w in enumerate(lowered) if w in ("and", "&") and 0 < i < len(words) - 1}
    joins = {i for i in joins if words[i - 1][:1].isupper() and words[i + 1][:1].isupper()}
    if any(
        (w in AUX or w in BOUNDARY or w in speech_verbs())
        and i not in joins
        and not first_name_opens(words, i)
        for i, w in enumerate(lowered)
    ):
        return False
    allowed = _phrase_words()
    if all(w in allowed or o[:1].isupper() for w, o in zip(lowered, words, strict=True)):
        return True
    named = _before_affiliation(words)
    if _described_person(named):
        return True
    if len(named) < len(words) and all(w[:1].isupper() for w in named):
        return True  # "Robert Antonacci of the New York delegation"
    if lowered[0] in INDEFINITES and len(words) > 1 and lowered[1] in roles():
        return True  # "a strategist for one of these candidates"
    if lowered[0] in INDEFINITES and lowered[-1] in roles() and all(w.isalpha() for w in words):
        return True  # "a veteran campaign data consultant"
    if (
        lowered[0] in INDEFINITES
        and len(words) > 1
        and all(w.isalpha() and w.islower() for w in words[1:])
        and someone_by_ending(words[-1])
    ):
        return True  # "said a banker": someone new, named by what they do
    return words[-1][:1].isupper() and (words[0][:1].isupper() or lowered[0] in allowed)


def _described_person(words: list[str]) -> bool:
    """A person's name after a few describing words: "local farmer Tom Brand".

    The name is at least two capitalised words, none an organisation word; the description is
    at most three lower-case words that do not read as verbs ("-ed", "-ing").
    """
    cut = len(words)
    while cut > 0 and (words[cut - 1][:1].isupper() or words[cut - 1] in PARTICLES):
        cut -= 1
    name, description = words[cut:], words[:cut]
    # "retired Army Lt. Gen. Ana Ruiz": a service and its ranks open the capitals; up to the
    # last title they describe, and the name follows.
    ranks = max((i + 1 for i, w in enumerate(name[:-2]) if _is_title(w)), default=0)
    description, name = [*description, *name[:ranks]], name[ranks:]
    # Titles and links do not count ("former secretary of state Ana Ruiz").
    counted = [w for w in description if not _is_title(w) and w.lower() not in LINKS]
    if len(name) < 2 or not description or len(counted) > _MAX_DESCRIPTION:
        return False
    if any(w.lower().strip(".") in org_words() for w in name):
        return False
    # A capitalised describing word stands before a role ("undecided Republican voter Ana").
    role_last = description[-1].lower() in roles() or _is_title(description[-1])
    # "retired neurosurgeon Ben Carson": an "-ed" word may stand before another describing word;
    # "managing director Fiona Grant", "acting chair Ana Ruiz": an "-ing" word before the role;
    # "season-ticket holder Mike Rowe": a hyphenated describing word.
    return all(
        _is_title(w)
        or (
            w.replace("-", "").isalpha()
            and (w.islower() or w.lower() in places() or (role_last and i + 1 < len(description)))
            and (not w.endswith("ing") or (role_last and i + 2 == len(description)))
            and (i + 1 < len(description) or not w.endswith("ed"))
        )
        for i, w in enumerate(description)
    )


def _is_title(word: str) -> bool:
    """ "Gen.", "Lt", "minister": a title, with or without its stop."""
    return word.lower().rstrip(".") in titles()


def _before_affiliation(words: list[str]) -> list[str]:
    """The words before an affiliation that follows a name of two or more capitalised words
    ("voter Ana Ruiz of Derry" -> "voter Ana Ruiz"); all the words otherwise."""
    for i, word in enumerate(words):
        if word in LINKS and i >= 2 and all(w[:1].isupper() for w in words[i - 2 : i]):
            return words[:i]
    return words


def marked_name(text: str, end: int) -> bool:
    """Whether the capitalised word ending at `end` is a name written with a question or
    exclamation mark ("Which?", "Yahoo!"): the mark runs on into the sentence (a comma, or a
    lower-case word after it: "Consumer group Which? said"), so it ends no sentence."""
    if end < 1 or text[end : end + 1] not in ("?", "!"):
        return False
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "'’-"):
        start -= 1
    if not text[start : start + 1].isupper():
        return False
    return _RUNS_ON.match(text, end + 1) is not None


# What follows a name's own mark inside a sentence: a comma, or a lower-case word.
_RUNS_ON = re.compile(r"(?:,|[ \u00a0]+[a-z])")
