"""A law or a scheme called by its title: "the Clean Rivers Bill", "the Warm Homes Scheme".

A capitalised head that ends a name of two words or more, each written with a capital, is the
title a government or a body gives one of its own texts or schemes: evidence of an undertaking
as sure as a verb of undertaking, whether or not a verb governs it ("Under the Fair Rents Bill,
landlords would ..."). "Act" is left out: a law already in force is read under it more often than
a new one is made ("under the Data Protection Act").
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.facts.nlp.phrases import Phrase
from app.core.facts.nlp.tagger import Token

# Heads a title ends with, as written: a bill before a legislature, a scheme, a strategy.
_TITLE_HEADS = frozenset("Bill Scheme Strategy".split())


def titled(tokens: Sequence[Token], phrase: Phrase) -> bool:
    """Whether `phrase` is a law or scheme called by its title: its head one of the title
    heads written with a capital, after at least one modifier, every modifier capitalised."""
    if tokens[phrase.head].text not in _TITLE_HEADS or phrase.head - phrase.body < 1:
        return False
    return all(
        t.text[:1].isupper() or not t.text[:1].isalnum() for t in tokens[phrase.body : phrase.head]
    )


def title_possessor(tokens: Sequence[Token], phrase: Phrase) -> bool:
    """Whether the possessor before a titled name is a word of its title: "the Renters' Fair
    Rent Bill", a capitalised plural with a bare apostrophe (a kind of people the law is for),
    not a body behind it ("Labour's Clean Air Strategy")."""
    if phrase.owner is None or not titled(tokens, phrase):
        return False
    first, end = phrase.owner
    word = tokens[first].text
    return (
        end == first + 1
        and end < len(tokens)
        and tokens[end].text in {"'", "\u2019"}
        and word[:1].isupper()
        and word.endswith("s")
        and word[1:].islower()
    )


def titled_text(name: str) -> bool:
    """Whether `name`, an item's text, is a titled law or scheme ("Clean Rivers Bill"): its last
    word a title head, every word before it capitalised."""
    words = name.split()
    return (
        len(words) > 1
        and words[-1] in _TITLE_HEADS
        and all(w[:1].isupper() or not w[:1].isalnum() for w in words)
    )


# Words a title runs on through: "the Prevention of Terrorism Bill", "the Crime and Police Bill".
_TITLE_JOINS = frozenset("of and for & on".split())


def title_start(tokens: Sequence[Token], phrase: Phrase, first: int) -> int:
    """Where the title of the titled name whose text starts at `first` begins: back through
    "of" / "and" joining capitalised words ("the Serious Crime and Police Bill", cut at "and"
    by the chunker), never past a sentence's first word."""
    if not titled(tokens, phrase):
        return first
    k = first
    while k >= 3 and tokens[k - 1].text.lower() in _TITLE_JOINS and _capital(tokens[k - 2]):
        j = k - 2
        while j >= 2 and _capital(tokens[j - 1]):
            j -= 1
        if j == 0:
            break  # "Police and Crime Bill" opening the sentence: "Police" may be no title word
        k = j
    return k


def _capital(token: Token) -> bool:
    return token.text[:1].isupper() and token.tag in {"NNP", "NNPS", "JJ", "NN", "NNS"}
