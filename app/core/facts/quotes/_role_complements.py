"""A role's complement at the end of a speaker phrase: "a spokeswoman for the college", "a
lawyer for the family", "the head of the agency".

The backwards reading in `_phrases.subject_before` takes only words that may be in a speaker
phrase (capitalised words, determiners, role words); a lower-case noun after a role's link word
is none of these, so the phrase used to stop short ("A spokeswoman") or give up. Here the
tagger decides whether the words between the link and the speech verb are one plain noun
phrase; whose role it is stays with the speaker, which is what a reader can use.
"""

from __future__ import annotations

import re

from app.core.facts.nlp.lexicon import roles, titles
from app.core.facts.nlp.tagger import tag_sentence

# Links between a role and whose role it is ("a lawyer for the family", "head of the unit").
_LINKS = frozenset({"for", "of", "at"})
# Tags of a plain noun phrase: determiners, possessives, adjectives, numbers and nouns.
_NOUN_PHRASE_TAGS = frozenset({"DT", "PRP$", "JJ", "NN", "NNS", "POS", "CD"})
_HEAD_TAGS = frozenset({"NN", "NNS"})
_MAX_WORDS = 4
# Punctuation that ends a phrase between the role and its verb.
_BREAK = re.compile(r"[,;:()\"“”—–\n]")


def role_complement(text: str, tokens: list[re.Match[str]], verb_start: int) -> list[re.Match[str]]:
    """The tokens at the end of `tokens` (the words before a speech verb at `verb_start`) that are
    a role's complement written in lower case ("for the college" in "a spokeswoman for the
    college"), the link word first; empty when they are not one (a capitalised complement, "for
    the Department of Health", is read by the caller as before)."""
    for k in range(len(tokens) - 2, max(-1, len(tokens) - 2 - _MAX_WORDS), -1):
        if tokens[k].group() in _LINKS:
            break
    else:
        return []
    if k < 1 or not _role_word(tokens[k - 1].group()):
        return []
    words = tokens[k + 1 :]
    if _BREAK.search(text, tokens[k - 1].start(), verb_start) or not all(
        w.group()[:1].islower() for w in words
    ):
        return []
    tagged = tag_sentence(text, tokens[k - 1].start(), verb_start)
    complement = [t for t in tagged if t.start >= words[0].start()]
    if len(complement) != len(words) or complement[-1].tag not in _HEAD_TAGS:
        return []
    if any(t.tag not in _NOUN_PHRASE_TAGS for t in complement):
        return []
    return tokens[k:]


def _role_word(word: str) -> bool:
    lower = word.lower()
    return word[:1].islower() and (lower in roles() or lower in titles())
