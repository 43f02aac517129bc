"""The undertaking an article's headline names ("Dales estate unveils rewilding plan").

The document keeps its headline apart (`Document.title`), so no sentence reader sees it, and the
body often names the lead undertaking only by its head ("under the plan, which was unveiled on
Saturday", "the merger"): a bare mention that names nothing alone. The headline is read here
with the same sentence reader, in headline grammar: a title in title case ("Council Unveils Plan
To Build Bridge") is lower-cased for the tagger, and a verb of undertaking in the present that
the tagger took for a noun ("estate unveils/NNS rewilding plan") is the verb it is in a headline.

A headline's candidate counts only when the body's reader found a mention of the same head
(precision first: a headline's word alone is no undertaking the article reports), and
(`with_headline`) in one of two ways. A body mention that holds all its words is the fuller
name and gains the lead's weight. Where the body only refers back by the bare head ("the
plan"), the headline's phrase is listed with its own offsets (no body sentence holds it: its
fact's sentence is None) and the bare mentions join it (`_merging`), lending the body's actor
and status. Where the body names that head in other words, or names the undertaking under
another head with the headline's head among its words (`without_restated`), the headline adds
nothing.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.core.document import Document, Sentence
from app.core.facts.initiatives._candidate import Candidate
from app.core.facts.initiatives._candidates import _Sentence
from app.core.facts.initiatives._lexicon import Lexicon
from app.core.facts.initiatives._phrasing import _tokens
from app.core.facts.initiatives._weights import Weights
from app.core.facts.nlp.discourse import Discourse
from app.core.facts.nlp.tagger import Token

__all__ = [
    "HEADLINE",
    "headline_candidates",
    "one_proposal_once",
    "with_headline",
    "without_restated",
]

HEADLINE = -1  # the sentence index of a headline's candidate: no body sentence holds it

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
# Tags the tagger gives a headline's present-tense verb it read as a noun or an adjective
_NOT_VERB = frozenset({"NN", "NNS", "NNP", "NNPS", "JJ", "VBP"})
# Tags before a noun phrase's modifier: a verb whose object it opens, a determiner, an adjective
_BEFORE_MODIFIER = frozenset({"VBZ", "VBP", "VBD", "VB", "DT", "PRP$", "JJ", "CD"})
# What a headline's naming of an undertaking the body also mentions adds to its evidence: the
# headline says it is what the article is about.
_LEAD_WEIGHT = 2.0


def _title_case(title: str) -> bool:
    """Whether every word of `title` opens in capitals (US headline copy)."""
    words = _WORD.findall(title)
    return len(words) > 1 and all(w[:1].isupper() for w in words)


def _for_tagging(text: str, start: int, end: int) -> str:
    """`text` with the headline at `start:end` in lower case (same length, so offsets hold),
    words written all in capitals aside ("NHS", "US")."""

    def lowered(match: re.Match[str]) -> str:
        word = match.group()
        low = word if word.isupper() and len(word) > 1 else word.lower()
        return low if len(low) == len(word) else word

    return text[:start] + _WORD.sub(lowered, text[start:end]) + text[end:]


def _headline_verbs(tokens: list[Token], lex: Lexicon) -> list[Token]:
    """A verb of undertaking in the present ("unveils", "launches"; "unveil" after a plural
    subject) that the tagger read as a noun or an adjective: headlines report the past in the
    present, with no auxiliary before it."""
    out = list(tokens)
    for k, token in enumerate(out[1:-1], start=1):
        word = token.text.lower()
        plural_subject = out[k - 1].tag in {"NNS", "NNPS"}
        if token.tag in _NOT_VERB and (word.endswith("s") or plural_subject) and word in lex.verbs:
            if out[k + 1].tag not in {"VBZ", "VBD", "MD"}:
                out[k] = token._replace(tag="VBZ" if word.endswith("s") else "VBP")
        elif (
            token.tag == "VBG"
            and out[k - 1].tag in _BEFORE_MODIFIER | {"NN"}
            and out[k + 1].tag in {"NN", "NNS"}
        ):
            out[k] = token._replace(tag="NN")  # "unveils rewilding plan": a kind of plan
    return out


def _as_written(actor: str, title: str, lowered: str) -> str | None:
    """The actor read in the lower-cased headline `lowered` as the headline writes it ("ashby
    council" -> "Ashby Council"); None when it is not a piece of it (a name the tracker gave)."""
    at = lowered.find(actor)
    return title[at : at + len(actor)] if at >= 0 else None


def _a_role(actor: str, body: str) -> bool:
    """Whether a headline's one-word `actor` is a role the body writes in lower case ("Minister"
    beside "the housing minister"): a headline's shorthand, no name."""
    return " " not in actor and re.search(rf"\b{re.escape(actor.lower())}\b", body) is not None


def headline_candidates(document: Document, lex: Lexicon, weights: Weights) -> list[Candidate]:
    """The candidates the headline of `document` names, with offsets into `document.text`
    and sentence `HEADLINE`; none without a headline. An actor read in a lower-cased title is
    given as the title writes it."""
    title = document.title
    if title is None:
        return []
    text = document.text
    titled = _title_case(title.text)
    tag_text = _for_tagging(text, title.start, title.end) if titled else text
    line = Sentence(HEADLINE, title.start, title.end, tag_text[title.start : title.end], -1)
    discourse = Discourse()
    discourse.add_sentence(tag_text, title.start, title.end)
    tokens = _headline_verbs(_tokens(tag_text, line), lex)
    found = _Sentence(tag_text, HEADLINE, tokens, lex, discourse, weights).run()
    kept: list[Candidate] = []
    for cand in found:
        if not (title.start <= cand.start < cand.end <= title.end):
            continue
        if titled and cand.actor is not None:
            cand.actor = _as_written(cand.actor, title.text, tag_text[title.start : title.end])
        if cand.actor is not None and _a_role(cand.actor, text[title.end :]):
            cand.actor = None  # "Minister unveils scheme": the body's mention names who
        kept.append(cand)
    return kept


def without_restated(chosen: list[Candidate], text: str) -> list[Candidate]:
    """`chosen` without a headline's item whose head a body item names among its words ("IMF
    agrees fresh funding" beside "a new three-year funding programme"): the body names that
    undertaking already, and more fully."""
    body = [c for c in chosen if c.sentence != HEADLINE]
    words = {w.lower() for c in body for w in _WORD.findall(text[c.start : c.end])}
    return [c for c in chosen if c.sentence != HEADLINE or not {c.head, c.head + "s"} & words]


def with_headline(
    cands: list[Candidate], headline: list[Candidate], weights: Weights
) -> list[Candidate]:
    """The body's candidates `cands` with what the headline's (`headline_candidates`) add.

    A body mention of the same head that holds all the headline's words ("investigation into
    a 2010 rape allegation" under "Sweden Drops Its Investigation Into Rape Allegation") is
    the fuller name: it gains the lead's weight and a repeated mention's. Otherwise the
    headline's phrase, with the lead's weight, goes first, and the body's mentions of its head
    join it ("the plan" under "... unveils rewilding plan").
    """
    out = list(cands)
    first: list[Candidate] = []
    for lead in headline:
        fuller = [
            k
            for k, c in enumerate(out)
            if c.head == lead.head and c.words and lead.words <= c.words
        ]
        if fuller:
            k = max(fuller, key=lambda k: (len(out[k].words), out[k].score, -out[k].start))
            out[k] = replace(out[k], score=out[k].score + _LEAD_WEIGHT + weights.repeated)
        elif (same := [c for c in out if c.head == lead.head]) and not any(c.words for c in same):
            first.append(replace(lead, score=lead.score + _LEAD_WEIGHT))
    return first + out


# Heads of a proposal a body may call by another of them: a bill is "the plan", legislation "the
# bill", a plan "the proposal".
_PROPOSALS = frozenset("plan proposal bill legislation law measure reform package".split())


def _same_actor(one: str | None, other: str | None) -> bool:
    """Whether two actors may be one: either unknown, or a name word in common."""
    if one is None or other is None:
        return True
    return bool({w.lower() for w in _WORD.findall(one)} & {w.lower() for w in _WORD.findall(other)})


def one_proposal_once(chosen: list[Candidate], text: str) -> list[Candidate]:
    """`chosen` with a headline's proposal and the body's told once: "Senator pushes plan to
    cut childcare costs" over "introduced legislation that would limit ... The plan would be
    paid for by ...". The body's bare "the plan" refers back to the one proposal it named
    before (with no other proposal listed before it), so the headline's plan is that
    proposal: the fuller of the two names is kept, with an actor either gives. Two proposals
    in the body before it, or two actors, leave both."""
    out = list(chosen)
    for lead in [c for c in chosen if c.sentence == HEADLINE and c.head in _PROPOSALS]:
        bare = re.search(rf"\b[Tt]he {lead.head}\b", text[lead.end :])
        if bare is None:
            continue
        at = lead.end + bare.start()
        before = [
            c for c in out if c.sentence != HEADLINE and c.head in _PROPOSALS and c.start < at
        ]
        if len(before) != 1 or not _same_actor(lead.actor, before[0].actor):
            continue
        body = before[0]
        lead_words = len(_WORD.findall(text[lead.start : lead.end]))
        if lead_words > len(_WORD.findall(text[body.start : body.end])):
            out.remove(body)
            out[out.index(lead)] = replace(lead, actor=lead.actor or body.actor)
        else:
            out.remove(lead)
            out[out.index(body)] = replace(body, actor=body.actor or lead.actor)
    return out
