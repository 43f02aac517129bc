"""Who "the Norwegian" or "the Dutchman" is: the one person the article introduced by that
nationality ("Norwegian Kjetil Berg", "Anke Visser, a Dutch rider,"). A reader takes "the
Norwegian said" for that person; with none, or two of them, no one is named (`national`).
"""

from __future__ import annotations

import re

from app.core.facts.nlp.discourse import Discourse
from app.core.facts.nlp.lexicon import demonyms
from app.core.facts.nlp.names import NameKind


def national(word: str, text: str, discourse: Discourse, position: int) -> str | None:
    """The one person introduced before `position` by the nationality `word` names
    ("Norwegian", "Dutchman": "Dutch" or "Dutchman"), or None when there is none or more
    than one."""
    forms = {word}
    adjective = _ADJECTIVES.get(word.lower())
    if adjective is not None:
        forms.add(adjective.capitalize())  # "the Dane": introduced as "a Danish rower"
    for ending in ("man", "woman"):
        base = word[: -len(ending)]
        if word.endswith(ending) and base.lower() in demonyms():
            forms.add(base)  # "the Dutchman": introduced as "a Dutch rider"
    found: set[str] = set()
    for form in forms:
        for pattern in (_before_name(form), _in_apposition(form)):
            for match in pattern.finditer(text, 0, position):
                entity = discourse.full_name(match.group("name"), match.start("name"))
                if entity is not None and entity.kind is NameKind.PERSON:
                    words = entity.name.split()
                    if len(words) > 2 and words[0].lower() in demonyms():
                        words = words[1:]  # "Norwegian Kjetil Berg" opening a sentence
                    found.add(" ".join(words))
    return found.pop() if len(found) == 1 else None


# Nouns for someone of a nation that are not its adjective ("Swede", "Swedish").
_ADJECTIVES = {
    "dane": "danish",
    "swede": "swedish",
    "finn": "finnish",
    "pole": "polish",
    "brit": "british",
    "briton": "british",
    "scot": "scottish",
    "spaniard": "spanish",
    "turk": "turkish",
}
_NAME = r"(?P<name>[A-Z][\w'’-]+(?:[ \u00a0]+[A-Z][\w'’-]+){1,3})"


def _before_name(form: str) -> re.Pattern[str]:
    """ "Norwegian Kjetil Berg", "the Dutch rider Anke Visser": the nationality, up to two
    lower-case words, then the name."""
    return re.compile(r"\b" + re.escape(form) + r"[ \u00a0]+(?:[a-z][\w-]*[ \u00a0]+){0,2}" + _NAME)


def _in_apposition(form: str) -> re.Pattern[str]:
    """ "Anke Visser, a Dutch rider,", "Kjetil Berg, the 24-year-old Norwegian": the name, then
    an apposition that holds the nationality within its first few words."""
    return re.compile(
        _NAME
        + r",[ \u00a0]+(?:a|an|the)[ \u00a0]+(?:[\w-]+[ \u00a0]+){0,3}?"
        + re.escape(form)
        + r"\b"
    )
