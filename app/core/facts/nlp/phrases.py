"""Noun phrases with their head, owner and body, and the subject of any verb (finite or not).

Built on `chunks` (the shared noun-phrase grammar and finite clauses); this adds what the
initiative extractor needs on top:

- `phrases`: each chunk of `chunks.noun_phrases` with its head (the last noun), its owner (the
  possessor "Mayer" in "Mayer's mettle", or "its") and its body (the words after the
  determiner and owner: "new plan" in "its new plan"). Pronoun-only and number-only chunks are
  left out.
- `subject_of`: the subject of a verb: for a verb of a finite clause ("has launched") the
  clause's subject; for a non-finite one ("plans to launch", "said it would seek to launch",
  "found a way to put") the subject of the finite clause that governs it, reached back over
  "to", adverbs and the verbs of the chain (a noun right before "to" is not the subject: "a
  way to put"). A pronoun subject comes back as a one-token phrase, for the discourse tracker.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from app.core.facts.nlp.chunks import Chunked, chunked, clauses
from app.core.facts.nlp.tagger import Token

NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
PROPER_TAGS = frozenset({"NNP", "NNPS"})
VERB_TAGS = frozenset({"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"})
# What stands between a non-finite verb and the finite clause that governs it.
_CHAIN_TAGS = VERB_TAGS | {"MD", "RB", "RBR", "RBS", "TO", "RP"}
# Verbs that report what someone says, argues or wants.
_REPORTING = frozenset(
    """said says say told tells added adds argued argues claimed claims warned warns insisted
    insists believes believed suggested suggests stated states announced announces""".split()
)
_REACH = 12  # tokens walked back from a non-finite verb: a long chain fits
# Words of a chain whatever their tag: "is due to launch", "is set to open", "not".
_CHAIN_WORDS = frozenset("to not due set likely expected ready able poised about".split())
_COORDINATION_REACH = 25
_ASIDE_REACH = 8  # tokens of an aside between commas ("for its turn", "in a statement")
_DASHES = frozenset("- – —".split())
_DASH_ASIDE_REACH = 30  # tokens of an aside between dashes (often a whole relative clause)
# Words that open a clause, not a phrase's complement: "after the firm said" keeps the firm.
_SUBORDINATORS = frozenset(
    "if because after before while although since though when as".split()
)  # back to the first "to" of "to inject ... and to fund"


@dataclass(frozen=True, slots=True)
class Phrase:
    """A noun phrase as token indices into its sentence.

    Attributes:
        start: first token, determiner or possessor included.
        end: one past the head.
        head: the head (the last noun; a pronoun for a pronoun subject).
        body: first token after the determiner and possessor ("new" in "its new plan").
        owner: token span of the possessor ("Mayer" in "Mayer's", "its"), or None.
    """

    start: int
    end: int
    head: int
    body: int
    owner: tuple[int, int] | None = None


def _phrase(tokens: Sequence[Token], first: int, last: int) -> Phrase | None:
    """A chunk's phrase, or None when it ends on no noun (a pronoun, a bare number)."""
    if tokens[last].tag not in NOUN_TAGS:
        return None
    body = first
    owner: tuple[int, int] | None = None
    if tokens[first].tag in {"PRP$", "WP$"}:
        owner = (first, first + 1)
        body = first + 1
    elif tokens[first].tag in {"DT", "PDT"}:
        body = first + 1
    for k in range(last - 1, first - 1, -1):
        if tokens[k].tag == "POS":
            owner = (body, k)  # "the firm's new plan": the firm owns it
            body = k + 1
            break
    return Phrase(first, last + 1, last, body, owner)


# Tags that open a modifier run: a chunk starting with one right after a noun continues that
# noun's phrase ("its Nimbus streaming service", "Vendia's new £40m fund").
_MODIFIER_OPENERS = frozenset({"JJ", "JJR", "VBG", "VBN", "CD", "$"})


def phrases(tokens: Sequence[Token], text: str, chunks: Chunked | None = None) -> list[Phrase]:
    """The noun phrases of one tagged sentence (see the module), left to right.

    Two chunks that touch, the second opening with a modifier, are one phrase: the shared
    grammar puts modifiers only before the first noun, and names modify too ("its Nimbus
    streaming service"). `chunks`: the sentence's `chunks.chunked` reading, if the caller has
    it already (`Subjects` reads the same one).
    """
    spans: list[tuple[int, int]] = []
    for chunk in (chunks or chunked(tokens, text)).noun_phrases:
        first = chunk.first
        if first >= 2 and tokens[first - 1].tag == "SYM" and tokens[first - 2].tag == "DT":
            first -= 2  # "a £500m fund": a currency sign the tagger read as a symbol
        if (
            spans
            and spans[-1][1] + 1 == chunk.first
            and tokens[spans[-1][1]].tag in NOUN_TAGS
            and tokens[chunk.first].tag in _MODIFIER_OPENERS
        ):
            spans[-1] = (spans[-1][0], chunk.last)
        else:
            spans.append((first, chunk.last))
    out: list[Phrase] = []
    for first, last in spans:
        phrase = _phrase(tokens, first, last)
        if phrase is not None:
            out.append(phrase)
    return out


class Subjects:
    """The subjects of a sentence's verbs, from its finite clauses (computed once)."""

    def __init__(
        self,
        tokens: Sequence[Token],
        text: str,
        found: Sequence[Phrase],
        chunks: Chunked | None = None,
    ) -> None:
        """`found`: the sentence's `phrases`; `chunks`: its `chunks.chunked` reading, if the
        caller has it already."""
        self.tokens = tokens
        index = {t.start: i for i, t in enumerate(tokens)}
        by_span = {(p.start, p.end): p for p in found}
        by_first = {p.start: p for p in found}
        by_end = {p.end: p for p in found}
        # Token index of every verb in a finite group -> the group's subject (or None).
        self._of_verb: dict[int, Phrase | None] = {}
        # Reporting clauses ("the watchdog has said", '"...," said the minister'): verb index ->
        # subject, inverted ones included.
        self.reporters: list[tuple[int, Phrase]] = []
        for clause in clauses(tokens, text, chunks):
            subject: Phrase | None = None
            if (
                clause.subject is not None
                and clause.verb.text.lower() in _REPORTING
                and (reporter := _phrase(tokens, clause.subject.first, clause.subject.last))
            ):
                self.reporters.append(
                    (index[clause.verb.start], by_first.get(reporter.start, reporter))
                )
            if clause.subject is not None and not clause.inverted:
                first, last = clause.subject.first, clause.subject.last
                # "Mr Okafor on Monday", "a spokesman for the firm": the first phrase heads it.
                subject = (
                    by_span.get((first, last + 1))
                    or by_first.get(first)
                    or _phrase(tokens, first, last)
                )
                if subject is None and last == first and tokens[first].tag == "PRP":
                    subject = Phrase(first, first + 1, first, first)
                while (
                    subject is not None and subject.start >= 2 and tokens[subject.head].tag != "PRP"
                ):
                    # "a cap on donations to parties should not be": back to the first phrase
                    link = tokens[subject.start - 1]
                    before = by_end.get(subject.start - 1)
                    if link.tag not in {"IN", "TO"} or before is None:
                        break
                    if link.text.lower() in _SUBORDINATORS:
                        break
                    subject = before
            first_verb = index[clause.finite.start]
            if subject is None:
                subject = self._before_aside(first_verb, found)
            for k in range(first_verb, index[clause.verb.start] + 1):
                self._of_verb[k] = subject
        self._phrase_ending = {p.end: p for p in found}

    def _before_aside(self, verb: int, found: Sequence[Phrase]) -> Phrase | None:
        """ "Alibaba, for its turn, launched": the phrase before an aside set off by commas."""
        tokens = self.tokens
        k = verb - 1
        while k >= 0 and tokens[k].tag in {"RB", "RBR"}:
            k -= 1
        if k >= 2 and tokens[k].text == ")":
            return self._before_brackets(k, found)
        if k >= 2 and tokens[k].text in _DASHES:
            return self._before_dashes(k, found)
        if k < 2 or tokens[k].text != ",":
            return None
        opening = next(
            (m for m in range(k - 1, max(-1, k - _ASIDE_REACH), -1) if tokens[m].text == ","),
            None,
        )
        if opening is None or tokens[opening + 1].tag in {"WDT", "WP", "``", "''"}:
            return None
        before = next((p for p in found if p.end == opening), None)
        if before is None or tokens[before.head].tag not in PROPER_TAGS:
            return None  # only a name: "the report, in short, says" is not who acts
        return before

    def _before_dashes(self, close: int, found: Sequence[Phrase]) -> Phrase | None:
        """ "The Port Authority - which runs the docks - called for X": the name before an
        aside set off by a pair of dashes that ends at `close` (a longer one than commas set
        off: a dash pair always closes what it opens)."""
        tokens = self.tokens
        opening = next(
            (
                m
                for m in range(close - 1, max(-1, close - _DASH_ASIDE_REACH), -1)
                if tokens[m].text in _DASHES
            ),
            None,
        )
        if opening is None or opening + 1 == close:
            return None
        before = next((p for p in found if p.end == opening), None)
        if before is None or tokens[before.head].tag not in PROPER_TAGS:
            return None  # only a name
        return before

    def _before_brackets(self, close: int, found: Sequence[Phrase]) -> Phrase | None:
        """ "The Ministry of Ports (MoP) has unveiled": the name before a bracketed aside
        (its short form, a gloss) that ends at `close`, back over its of-phrase."""
        tokens = self.tokens
        opening = next(
            (
                m
                for m in range(close - 1, max(-1, close - _ASIDE_REACH), -1)
                if tokens[m].text == "("
            ),
            None,
        )
        if opening is None:
            return None
        before = next((p for p in found if p.end == opening), None)
        if before is None or tokens[before.head].tag not in PROPER_TAGS:
            return None
        if before.start >= 1 and tokens[before.start - 1].text.lower() in {",", "and", "&"}:
            return None  # "Ministry of Trade, Industry and Energy (MOTIE)": its last part only
        by_end = {p.end: p for p in found}
        while before.start >= 2 and tokens[before.start - 1].text.lower() == "of":
            outer = by_end.get(before.start - 1)
            if outer is None or tokens[outer.head].tag not in PROPER_TAGS:
                break
            before = outer  # "Ministry of Ports": the whole name
        return before

    def subject_of(self, verb: int, depth: int = 0) -> Phrase | None:
        """The subject of the verb at `tokens[verb]` (see the module), or None."""
        if verb in self._of_verb:
            return self._of_verb[verb]
        k = verb - 1
        after_to = False
        while k >= 0 and verb - k <= _REACH:
            if k in self._of_verb:
                return self._of_verb[k]
            tag = self.tokens[k].tag
            phrase = self._phrase_ending.get(k + 1)
            if phrase is not None and after_to:
                after_to = False
                k = phrase.start - 1  # "found a way to put it": the way does not put
                continue
            if after_to and _sum_word(self.tokens[k]):
                while k >= 0 and _sum_word(self.tokens[k]):
                    k -= 1  # "will spend $2bn to replace bridges": the sum does not replace
                after_to = False
                continue
            if tag == "CC" and after_to and depth < 2:
                # "agreed to inject ... and to fund": the verb of the first "to" governs both.
                earlier = next(
                    (
                        m
                        for m in range(k - 1, max(-1, k - _COORDINATION_REACH), -1)
                        if self.tokens[m].tag == "TO" and m + 1 < k
                    ),
                    None,
                )
                return None if earlier is None else self.subject_of(earlier + 1, depth + 1)
            low = self.tokens[k].text.lower()
            if low in _DASHES and k == verb - 1:
                # "X - which ... - called for": a verb the clause reading left without a group
                return self._before_dashes(k, list(self._phrase_ending.values()))
            if tag not in _CHAIN_TAGS and low not in _CHAIN_WORDS:
                return None
            after_to = tag == "TO" or low == "to"
            k -= 1
        return None


def _sum_word(token: Token) -> bool:
    """Whether `token` is part of a sum or a count: "$", "2", "billion", "£35m"."""
    return token.tag in {"CD", "$"} or token.text[:1] in "£$€"


def phrase_text(text: str, tokens: Sequence[Token], start: int, end: int) -> str:
    """The document text from `tokens[start]` to `tokens[end - 1]`."""
    return text[tokens[start].start : tokens[end - 1].end]
