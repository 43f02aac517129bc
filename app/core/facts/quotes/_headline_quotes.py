"""Quotations in the headline: "Minister 'ready to quit' over rail plan", "'We got her!': ...".

News headlines put someone's words in marks, often one or two of them ("UK's 'useless' quangos
under fire"): a reader takes them as a quotation though no speech verb goes with them. They are
kept, unless the marks hold a title ("'Dancing with the Stars'"), a term after a naming word ("the
slogan 'Go Local'"), or words the body quotes already (the body's copy carries its speaker).

The headline names no speaker a reader can trust, but the lead often restates its words and says
who said them ("Harbour 'set to lose jobs'" over "Harbour Rail is set to lose 400 jobs, the
union has warned."): the speaker of the lead's closing clause, when it is a name and the lead
holds most of the quoted words (`_lead_speaker`). Otherwise None.
"""

from __future__ import annotations

import re

from app.core.document import Document, Sentence
from app.core.facts.model import QuoteFact
from app.core.facts.nlp.discourse import Discourse
from app.core.facts.nlp.lexicon import NOT_NAMES
from app.core.facts.quotes._filter import is_headline_quotation
from app.core.facts.quotes._marks import find_marked_spans
from app.core.facts.quotes._speaker_names import resolve
from app.core.facts.quotes._speakers import cue_after
from app.core.sentences import strip_span

_WORD = re.compile(r"[\w'’-]+")
# A noun right after the marks that makes the words the name of a thing ("'Go local' campaign").
_NAMES_A_THING = re.compile(
    r"\s+(?:[a-z][\w-]*\s+)?(?:campaign|slogan|song|film|show|series|book|album|hashtag|brand)\b"
)


def headline_quotes(
    document: Document, body: list[QuoteFact], people: Discourse | None = None
) -> list[QuoteFact]:
    """The quotations in `document`'s headline that `body` (the body's quotations) does not
    hold, with the speaker the lead gives them (read with `people`, the article's discourse)
    or none."""
    title = document.title
    if title is None:
        return []
    text = document.text
    said = {_key(q.text) for q in body if not document.in_furniture(q.start, q.end)}
    found: list[QuoteFact] = []
    for span in find_marked_spans(text, title.start, title.end):
        if not span.closed:
            continue
        start, end = strip_span(text, span.start, span.end)
        if start >= end or not is_headline_quotation(text, span, start, end):
            continue
        words = text[start:end]
        if _key(words) in said or _NAMES_A_THING.match(text, span.end + 1, title.end):
            continue  # the body's copy; "on 'Go local' campaign": the name of a campaign
        found.append(QuoteFact(words, start, end, None, None))
    lead = _lead(document)
    if people is None or lead is None:
        return found
    return [_with_lead_speaker(document, q, lead, people) for q in found]


def _lead(document: Document) -> Sentence | None:
    """The body's first sentence, right after the headline (none when furniture comes first)."""
    title = document.title
    for sentence in document.sentences:
        if title is not None and sentence.start < title.end:
            continue
        return None if sentence.is_furniture else sentence
    return None


def _with_lead_speaker(
    document: Document, quote: QuoteFact, lead: Sentence, people: Discourse
) -> QuoteFact:
    """`quote` with the named speaker of the lead's closing clause ("..., Deloitte has warned.",
    "..., according to Harbour Rail.") when the lead says most of its words before that clause;
    unchanged otherwise (a description, "a report claims", is not sure enough to carry)."""
    text = document.text
    comma = text.rfind(",", lead.start, lead.end)
    while comma > lead.start:
        cue = cue_after(text, comma, lead.end)
        if cue is not None:
            break
        comma = text.rfind(",", lead.start, comma)
    else:
        return quote
    if cue.start < comma or not _restates(quote.text, text[lead.start : comma]):
        return quote
    speaker = resolve(cue, people, text)
    if speaker is None or not speaker[:1].isupper() or speaker.split()[0].lower() in NOT_NAMES:
        return quote
    return QuoteFact(quote.text, quote.start, quote.end, None, speaker, cue.start, cue.end)


def _restates(quoted: str, lead: str) -> bool:
    """Whether `lead` holds at least half of the quotation's words of four letters or more
    (case aside, a word's first five letters standing for it: "pressing" for "press")."""
    words = [w for w in _key(quoted).split() if len(w) >= 4]
    if not words:
        words = _key(quoted).split()
    said = {w[:5] for w in _key(lead).split()}
    return bool(words) and 2 * sum(w[:5] in said for w in words) >= len(words)


def _key(words: str) -> str:
    """The words lower-cased, without punctuation, for telling a copy of a quotation."""
    return " ".join(w.lower().replace("’", "'") for w in _WORD.findall(words))
