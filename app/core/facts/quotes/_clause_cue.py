"""A speaker read from the grammar when the speech-verb lexicon has no verb for it.

'"Is the budget balanced?" Kerr pressed.', '"...," Ana Ruiz grumbled on Monday.': a quotation
closed by a comma (or "?"/"!") and carried on by a short clause of its own, subject then one
finite verb and nothing that could be the verb's object. The subject comes from the shared
grammar (`nlp.chunks.clauses` over `nlp.tagger` tags), not from a list of verbs; whether it is a
person or body is still `_speaker_names.resolve`'s to decide. Anything else (an object after the
verb, a verb group, a second clause first) gives none.
"""

from __future__ import annotations

import re

from app.core.facts.nlp.chunks import clauses
from app.core.facts.nlp.tagger import Token, tag_sentence
from app.core.facts.quotes._phrases import WINDOW, Cue

_SENTENCE_END = re.compile(r"[.!?;:\"“”\n]")
# Tags that may follow a verb used without an object ("Kerr pressed on", "X said later.").
_AFTER_VERB = frozenset({".", ",", ":", "IN", "RB", "RBR", "TO", "RP"})
_FINITE = frozenset({"VBD", "VBZ"})
# Subjects that name nobody when the verb is not a known speech verb ("it turns out").
_DUMMY_SUBJECTS = frozenset({"it", "this", "that", "there"})
# Finite verbs that are auxiliaries or copulas: "X was ...", "X has ..." say nothing.
_NOT_SPEECH = frozenset(
    "is was are were be has had have does did do 's seemed appeared looked left went came".split()
)


def cue_from_clause(text: str, start: int, stop: int) -> Cue | None:
    """The subject of the short clause that carries on a quotation closed at `start`, or None."""
    stop = min(stop, start + WINDOW)
    lead = start
    while lead < stop and text[lead] in " ,\u00a0":
        lead += 1
    if lead == start or lead >= stop or not text[lead].isalpha():
        return None
    end = _SENTENCE_END.search(text, lead, stop)
    hi = end.end() if end is not None else stop
    tokens = _with_finite_verb(tag_sentence(text, lead, hi))
    found = clauses(tokens, text)
    if not found:
        return None
    clause = found[0]
    subject = clause.subject
    if subject is None or clause.inverted or subject.first != 0 or clause.apposition is not None:
        return None
    if subject.text.lower() in _DUMMY_SUBJECTS:
        return None  # '"Netflix of games," it turns out the analogy fails': nobody speaks
    verb = next(i for i, t in enumerate(tokens) if t.start == clause.verb.start)
    if clause.verb != clause.finite or verb != subject.last + 1:
        return None  # "Kerr, who ..., pressed", "Kerr has pressed": not read here
    if clause.verb.tag not in _FINITE or clause.verb.text.lower() in _NOT_SPEECH:
        return None
    after = tokens[verb + 1] if verb + 1 < len(tokens) else None
    if after is not None and after.tag not in _AFTER_VERB:
        return None  # "Kerr pressed the button": an object, not a speech act
    return Cue(subject.text, subject.start, subject.end)


def _with_finite_verb(tokens: list[Token]) -> list[Token]:
    """The clause's tags with its last word read as the finite verb when the tagger found none.

    A carrying clause stands as a sentence of its own, so it has a finite verb; out of context
    the tagger reads the last word of "an officer ordered." as a participle (VBN) and that of
    "a guard shouts." as a plural noun. With no finite verb in the clause, that last word (after
    a noun) is the verb: VBN -> VBD, a plural noun -> VBZ.
    """
    if any(t.tag in _FINITE or t.tag in ("VBP", "MD") for t in tokens):
        return tokens
    last = len(tokens) - 1
    while last >= 0 and not tokens[last].text[:1].isalpha():
        last -= 1
    if last < 1 or tokens[last - 1].tag not in _NOUNS:
        return tokens
    word = tokens[last]
    if word.tag == "VBN":
        tag = "VBD"
    elif word.tag == "NNS" and word.text.islower():
        tag = "VBZ"
    else:
        return tokens
    return [*tokens[:last], Token(word.text, word.start, word.end, tag), *tokens[last + 1 :]]


_NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS"})
