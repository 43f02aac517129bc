"""Legal steps a party takes against a ruling or another party: "has lodged an appeal against
the ruling", "will take legal action against the regulator", "plans to appeal against the
verdict", "has challenged the fine".

A step is named by its noun (an appeal or challenge against something, legal action, a judicial
review) with a verb that brings it (`_BRINGING`), or by its verb ("appeal against", "challenge"
with a ruling, a decision or a penalty as object). Who is behind it is the verb's subject. An
"appeal for witnesses" or a fundraising "appeal" is no legal step: only "against" (or "legal",
"court", "judicial" before the noun) makes one.
"""

from __future__ import annotations

from app.core.facts.initiatives._candidate import Candidate
from app.core.facts.initiatives._complements import _infinitive_end
from app.core.facts.initiatives._intended import _IntendedReader
from app.core.facts.initiatives._lexicon import Verb, singular
from app.core.facts.initiatives._phrasing import _negated
from app.core.facts.initiatives._status import _BE, verb_status
from app.core.facts.model import InitiativeStatus
from app.core.facts.nlp.phrases import NOUN_TAGS, Phrase

# Nouns of a legal step, and the words before them that make one without "against".
_STEPS = frozenset("appeal challenge action review".split())
_VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
_LEGAL_WORDS = frozenset("legal court judicial".split())
# Verbs that bring a step (forms of each): "lodged an appeal", "will take legal action".
_BRINGING = frozenset(
    """lodge lodges lodged lodging file files filed filing launch launches launched launching
    bring brings brought bringing take takes took taken taking mount mounts mounted mounting
    begin begins began begun beginning start starts started starting pursue pursues pursued
    pursuing""".split()
)
_BRING = Verb("bring", "create", None)
# The verbs of a step named by its verb, and what a challenge may be against: a ruling, a
# decision or a penalty ("challenged the fine"; not "challenged the champion").
_APPEALING = frozenset("appeal appeals appealed appealing".split())
_CHALLENGING = frozenset("challenge challenges challenged challenging".split())
_CONTESTED = frozenset(
    """ruling decision verdict fine judgment judgement sentence conviction ban order penalty
    refusal award""".split()
)

# Words the prefilter passes a sentence on: "appeal" and "challenge" are no undertaking heads.
STEP_WORDS = _APPEALING | _CHALLENGING


class _LegalStepReader(_IntendedReader):
    """Reads legal steps in one sentence."""

    def _legal_steps(self) -> None:
        """Adds each legal step named by its noun or by its verb (see the module)."""
        tokens = self.tokens
        for i, token in enumerate(tokens):
            if token.tag not in _VERB_TAGS or _negated(tokens, i):
                continue
            word = token.text.lower()
            if word in _BRINGING:
                step = self._step_noun(i + 1)
                if step is not None:
                    self._add_step(i, step, tokens[step.body].start, self._step_end(step))
            elif word in STEP_WORDS:
                target = self._contested(i)
                if target is not None:
                    self._add_step(i, target, token.start, target.end)

    def _step_noun(self, j: int) -> Phrase | None:
        """The legal step the phrase at `j` names, or None ("an appeal against the ruling",
        "legal action", "a judicial review"; not "an appeal for witnesses")."""
        tokens = self.tokens
        phrase = self.by_start.get(j)
        if phrase is None or phrase.start in self.found:
            return None
        if singular(tokens[phrase.head].text.lower()) not in _STEPS:
            return None
        mods = {t.text.lower() for t in tokens[phrase.body : phrase.head]}
        against = phrase.end < len(tokens) and tokens[phrase.end].text.lower() == "against"
        return phrase if mods & _LEGAL_WORDS or against else None

    def _step_end(self, step: Phrase) -> int:
        """The end of a step's name: its "against", "of", "to" or "over" phrase taken in ("an
        appeal against a High Court ruling", "a judicial review of the decision", "a legal
        challenge over the approval of a quarry")."""
        tokens = self.tokens
        end = step.end
        if end + 1 < len(tokens) and tokens[end].text.lower() in {"against", "of", "to", "over"}:
            what = self.by_start.get(end + 1)
            if what is not None and tokens[what.head].tag in NOUN_TAGS:
                return self._target_end(self._read_through(what).end)
        return end

    def _target_end(self, end: int) -> int:
        """The end of what a step is against, ending at `end`, with its own "to" infinitive or
        "of" phrase ("against plans to build 250 homes", "over the approval of a quarry"):
        "a legal challenge against plans" says nothing of which plans."""
        tokens = self.tokens
        if end + 1 >= len(tokens):
            return end
        word = tokens[end].text.lower()
        if word == "to":
            return _infinitive_end(tokens, end, self.by_start) or end
        after = self.by_start.get(end + 1) if word == "of" else None
        return after.end if after is not None else end

    def _read_through(self, phrase: Phrase) -> Phrase:
        """`phrase` with a contested noun the tagger left out after it taken in ("a High Court
        ruling", "a European Commission fine": "ruling" read as a verb, "fine" as an
        adjective)."""
        tokens = self.tokens
        if phrase.end >= len(tokens):
            return phrase
        after = tokens[phrase.end]
        if after.text.lower() not in _CONTESTED or after.tag in {"VBD", "VBZ", "VBP", "MD"}:
            return phrase
        if phrase.end + 1 < len(tokens) and tokens[phrase.end + 1].tag in NOUN_TAGS:
            return phrase  # "the ruling party": a word of another phrase
        return Phrase(phrase.start, phrase.end + 1, phrase.end, phrase.body, phrase.owner)

    def _contested(self, i: int) -> Phrase | None:
        """For "appeal against" or "challenge" at `i`, the ruling, decision or penalty it is
        against (or, for an appeal, any party: "will appeal against the council"), else None."""
        tokens = self.tokens
        j = i + 1
        appeal = tokens[i].text.lower() in _APPEALING
        if appeal:
            if j >= len(tokens) or tokens[j].text.lower() != "against":
                return None
            j += 1
        target = self.by_start.get(j)
        if target is None and j + 1 < len(tokens) and tokens[j].tag in {"DT", "PRP$"}:
            # "the fine": "fine" read as an adjective, no phrase; read through from "the"
            target = self._read_through(Phrase(j, j + 1, j, j + 1))
            if target.end == j + 1:
                return None
        elif target is not None and tokens[target.head].tag in NOUN_TAGS:
            target = self._read_through(target)
        else:
            return None
        if target.start in self.found:
            return None
        head = tokens[target.head]
        return target if appeal or singular(head.text.lower()) in _CONTESTED else None

    def _add_step(self, verb: int, anchor: Phrase, start: int, end_token: int) -> None:
        """Records a legal step brought by the verb at `verb`, named from `start` (a character
        offset) to the end of token `end_token - 1`, keyed on `anchor`'s head."""
        tokens = self.tokens
        if tokens[verb].tag == "VB" and self._intent_at(verb) is None:
            return  # "to appeal" with no intention ("the right to appeal"): no step taken
        if (
            tokens[verb].tag == "VBN"
            and verb > 0
            and tokens[verb - 1].text.lower() in {"is", "are", "was", "were", "be", "been", "being"}
        ):
            return  # "an appeal was lodged": who lodged it is not said here
        actor = self.actor_of_subject(verb)
        legal = any(t.text.lower() in _LEGAL_WORDS for t in tokens[anchor.body : anchor.head])
        if actor is None and (end_token <= anchor.end or not legal):
            # nobody named takes it, and it names nothing it is against, or it is no step
            # named as legal ("whether they will take action against Jones")
            return
        # "Villagers have launched a legal challenge against plans to build 250 homes": what
        # it is against says which step it is, with nobody named behind it
        words = frozenset(
            singular(t.text.lower())
            for t in tokens
            if start <= t.start and t.end <= tokens[end_token - 1].end and t.text[:1].isalnum()
        )
        self.found[anchor.start] = Candidate(
            self.index,
            start,
            tokens[end_token - 1].end,
            "legal:" + singular(tokens[anchor.head].text.lower()),
            words,
            self.w.intended_action,
            actor,
            self._step_status(verb),
        )

    def _step_status(self, verb: int) -> InitiativeStatus:
        """The status of a step its verb at `verb` brings: as any verb of undertaking's, but an
        "-ing" form runs ("is already appealing": ongoing) or, after a verb of planning, is
        planned ("was considering taking legal action")."""
        tokens = self.tokens
        if tokens[verb].tag == "VBG":
            k = verb - 1
            while k > 0 and tokens[k].tag == "RB":
                k -= 1
            before = tokens[k].text.lower() if k >= 0 else ""
            if before in _BE:
                return "ongoing"
            entry = self.lex.verbs.get(before)
            if entry is not None and entry.kind in {"plan", "propose"}:
                return "planned" if entry.kind == "plan" else "proposed"
        return verb_status(tokens, verb, _BRING)
