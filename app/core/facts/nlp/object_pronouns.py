"""The pronoun object of the verb right after a name ("Ozzy gave her the rings", "Kim told him"):
a person whose own verb takes "her" is not the "she" after it (`discourse.Discourse`)."""

from __future__ import annotations

import re

from app.core.facts.nlp.lexicon import Gender


def object_pronoun(text: str, name_end: int, end: int) -> Gender | None:
    """The gender of the pronoun object of the verb right after a name ("Ozzy gave her the
    rings", "Kim told him"): FEMALE for "her" as an object (not an owner: "lost her keys" may be
    the subject's own), MALE for "him"; None when no such object follows."""
    found = _VERB_OBJECT.match(text, name_end, end)
    if found is None or found.group("verb") in _NOT_VERBS:
        return None
    if found.group("pronoun") == "him":
        return Gender.MALE
    return Gender.FEMALE if found.group("after") is not None else None


# A name's verb and its pronoun object: "gave her the", "told him", "Ozzy gave her when".
_VERB_OBJECT = re.compile(
    r"[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?(?P<verb>[a-z]+)[ \u00a0]+(?P<pronoun>her|him)\b"
    r"(?P<after>(?=[ \u00a0]*[,.;:!?)]|[ \u00a0]*$|[ \u00a0]+(?:the|a|an|that|this|these|those|to|"
    r"when|as|and|or|in|on|at|about|for|with|after|before|because|if|how|what|why|back|up|"
    r"out|off|down|over|into|from|again|once|twice|last|first)\b))?"
)
# Words after a name that are no verb of it: "Ozzy and her", "Ruiz with him", "Ruiz, to him".
_NOT_VERBS = frozenset(
    """and or but nor with without to for of from by at in on about like than as near beside
    behind before after against between among""".split()
)
