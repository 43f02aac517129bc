"""New products launched, whatever the lexicon of undertaking heads says: "Brightwell launched a
folding scooter", "the carmaker unveiled a new electric lorry", "Fenmore launched its first
smartwatch".

The guide counts "a new product or service being launched". A verb of launching (not of any
kind of creating: "formed a group", "opened the door") whose direct object, right after it, is a
concrete product (`initiatives_products.txt`) opened by "a"/"an", or by any determiner with
"new", "first" or "latest", names one. A definite object alone ("launched the phone") refers
back to one launched before; a plural ("launched phones") is a kind of thing; an act that is
also launched ("an attack", "an appeal") is no product.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from app.core.facts.initiatives._candidate import _Verb
from app.core.facts.lexicon import lexicon_rows
from app.core.facts.nlp.phrases import Phrase
from app.core.facts.nlp.tagger import Token

# Verbs of putting a product on the market ("rolled out", by its lemma "roll" with "out"); not
# "introduce" nor "release" ("introduced a new drug to the trial", "released a new album").
LAUNCHING = frozenset({"launch", "unveil", "debut", "roll"})
# Words before the head that say the product is new: "a new phone", "its first smartwatch".
_NEW = frozenset({"new", "first", "latest"})
_INDEFINITE = frozenset({"a", "an"})


@cache
def products() -> frozenset[str]:
    """The product nouns, read once."""
    return frozenset(lexicon_rows("initiatives_products.txt"))


def product_noun(word: str) -> bool:
    """Whether `word` (lower case) is a product noun, a hyphenated compound by its last part
    ("e-bike")."""
    return word in products() or word.rpartition("-")[2] in products()


def launched_product(tokens: Sequence[Token], phrase: Phrase, verb: _Verb) -> bool:
    """Whether `phrase`, the object of `verb`, is a new product launched (see the module)."""
    right_after = verb.index + (2 if verb.entry.particle is not None else 1)  # "rolled out a"
    if verb.passive or verb.entry.lemma not in LAUNCHING or phrase.start != right_after:
        return False
    head = tokens[phrase.head]
    if head.tag != "NN" or not head.text.islower() or not product_noun(head.text):
        return False
    opener = tokens[phrase.start].text.lower()
    mods = {t.text.lower() for t in tokens[phrase.body : phrase.head]}
    return opener in _INDEFINITE or not mods.isdisjoint(_NEW)
