"""An undertaking's noun phrase that the shared grammar ran on into a participle clause.

`nlp.phrases.phrases` joins a chunk that opens with a participle to the noun before it, so that
"its Nimbus streaming service" is one phrase. After an undertaking noun, a participle with an
object of its own is a reduced relative clause instead: "a grant scheme offering households up
to 500 pounds" is a scheme that offers something, and its head is "scheme", not "households".
`split_participles` cuts such phrases at the participle: the undertaking's phrase, then the
participle's object as a phrase of its own. "a ban on men wearing jeans" is not cut ("men" is
no undertaking), nor "an investment banking arm" (no participle: the tagger reads "banking"
as a noun there), nor "a pilot scheme running until March" (no object).
"""

from __future__ import annotations

from collections.abc import Sequence

from app.core.facts.initiatives._lexicon import Lexicon
from app.core.facts.nlp.phrases import NOUN_TAGS, Phrase
from app.core.facts.nlp.tagger import Token


def _cut(tokens: Sequence[Token], phrase: Phrase, lex: Lexicon) -> int | None:
    """The index of the participle to cut `phrase` at, or None."""
    for k in range(max(phrase.body, phrase.start) + 1, phrase.head):
        before = tokens[k - 1]
        if before.tag not in {"NN", "NNS"} or before.text.lower() not in lex.heads:
            continue
        if tokens[k].tag == "VBG":
            return k
        verb = lex.verbs.get(tokens[k].text.lower())
        if tokens[k].tag in {"VBN", "VBD"} and verb is not None and verb.kind == "create":
            return k  # "a scheme launched last year": the scheme, then when it was launched
    return None


def split_participles(tokens: Sequence[Token], found: list[Phrase], lex: Lexicon) -> list[Phrase]:
    """`found` with each undertaking phrase that runs on into a participle clause (see the
    module) cut into the undertaking's phrase and the participle's object."""
    out: list[Phrase] = []
    for phrase in found:
        k = _cut(tokens, phrase, lex)
        if k is None:
            out.append(phrase)
            continue
        out.append(Phrase(phrase.start, k, k - 1, phrase.body, phrase.owner))
        if any(t.tag in NOUN_TAGS for t in tokens[k + 1 : phrase.end]):
            out.append(Phrase(k + 1, phrase.end, phrase.head, k + 1))
    return out
