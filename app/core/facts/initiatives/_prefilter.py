"""Which sentences are worth tagging: a word-level test for what some candidate reader needs.

Tagging is the costly part of reading a sentence for initiatives, so a sentence is only tagged
when one of its words could start a candidate (`_candidates._Sentence`): an undertaking head, a
policy gerund, a setting-up noun, rules (named by what they require, `_relatives`), a body
(`_new_bodies`), a verb of legal action or a legal step (`_legal_steps`),
"proposed" or "planned" (`_scoring.MEANT`), a verb of action and an intention, a verb of
holding and an organised event (`_staged`), a verb that puts a thing in hand with a sum or
"new" (`_new_works`), a verb of launching and a product noun (`_launched_products`), or a
creating verb with a capitalised word after the sentence's first character.

The test is no stricter than that on purpose: a tagged sentence that gives no candidate still
notes the bodies its clauses' subjects name in the shared tracker (`Discourse.note_body`), which
later sentences' "it" and "the firm" read; skipping more sentences would change their actors.
"""

from __future__ import annotations

import re

from app.core.facts.initiatives._candidates import _NOMINALISATIONS
from app.core.facts.initiatives._intended import (
    _INTENT_MODAL,
    _INTENT_TO,
    _WEIGHING,
    base_of_gerund,
)
from app.core.facts.initiatives._launched_products import LAUNCHING, product_noun
from app.core.facts.initiatives._legal import _LEGAL
from app.core.facts.initiatives._legal_steps import STEP_WORDS
from app.core.facts.initiatives._lexicon import Lexicon, plural
from app.core.facts.initiatives._new_bodies import BODIES
from app.core.facts.initiatives._new_works import PUTTING_IN_HAND, may_name_one
from app.core.facts.initiatives._passive_undertakings import participles
from app.core.facts.initiatives._relatives import RULE_HEADS
from app.core.facts.initiatives._scoring import MEANT
from app.core.facts.initiatives._staged import EVENT_TIMES, EVENTS, HOLDING

_WORDS = re.compile(r"[A-Za-z][a-z-]*")
_INTENT_WORDS = frozenset(_INTENT_TO) | frozenset(_INTENT_MODAL) | {"is", "are"}


class Prefilter:
    """`may_hold_one` for one lexicon, its word lists joined once into sets."""

    def __init__(self, lex: Lexicon) -> None:
        self.openers = frozenset(lex.heads).union(
            lex.policy, _NOMINALISATIONS, _LEGAL, STEP_WORDS, RULE_HEADS, BODIES
        )
        self.actions = lex.actions
        self.participles = frozenset(participles(lex.actions))
        self.events = EVENTS | {plural(w) for w in EVENTS} | EVENT_TIMES
        self.launching = frozenset(w for w, verb in lex.verbs.items() if verb.lemma in LAUNCHING)
        self.creating = frozenset(w for w, verb in lex.verbs.items() if verb.kind == "create")
        self.weighing = frozenset(w for w, verb in lex.verbs.items() if verb.kind in _WEIGHING)
        self.putting_in_hand = frozenset(
            w for w, verb in lex.verbs.items() if verb.kind in PUTTING_IN_HAND
        )

    def may_hold_one(self, sentence: str) -> bool:
        """False when no word of `sentence` can start a candidate (see the module)."""
        words = {w.lower() for w in _WORDS.findall(sentence)}
        if not words.isdisjoint(self.openers):
            return True
        if not words.isdisjoint(MEANT):
            return True  # "the proposed Fenmoor rail link"
        if not words.isdisjoint(self.actions) and not words.isdisjoint(_INTENT_WORDS):
            return True  # "plans to shut 40 depots"
        if "be" in words and not words.isdisjoint(self.participles):
            return True  # "fares will be frozen", "two branches are to be closed"
        if not words.isdisjoint(self.weighing) and any(
            base_of_gerund(w, self.actions) for w in words
        ):
            return True  # "is considering closing three libraries"
        if not words.isdisjoint(HOLDING) and not words.isdisjoint(self.events):
            return True  # "is holding a jobs fair", "will host an open day"
        if not words.isdisjoint(self.putting_in_hand) and may_name_one(sentence):
            return True  # "has ordered six new ferries", "investing £35m in new lines"
        if not words.isdisjoint(self.launching) and any(product_noun(w) for w in words):
            return True  # "launched a folding scooter"
        if words.isdisjoint(self.creating):
            return False
        return any(c.isupper() for c in sentence[1:])  # "launched Nirvana"
