"""A whole-sentence quotation with no cue of its own: the speaker the context gives it.

A colon introduction in the sentence before, a sentence before that reports what someone says or
introduces a titled person, or the speaker of the quotation just before (news runs a speaker's
quotes on), unless a newly named person stands between.
"""

from __future__ import annotations

import re

from app.core.document import Document
from app.core.facts.nlp.discourse import Discourse
from app.core.facts.nlp.lexicon import speech_verbs
from app.core.facts.nlp.names import NameKind, find_names
from app.core.facts.nlp.tagger import tag_sentence
from app.core.facts.quotes._cue_before import cue_before
from app.core.facts.quotes._marks import DOUBLED_CLOSERS
from app.core.facts.quotes._phrases import Cue
from app.core.facts.quotes._pieces import Piece, share_within_groups
from app.core.facts.quotes._someone_described import someone_described_between
from app.core.facts.quotes._speaker_names import resolve
from app.core.facts.quotes._speakers import clause_subject, introduced_by_relative, verb_regex
from app.core.facts.quotes._stance import stance_subject


def inherit_from_context(
    document: Document, pieces: list[Piece], people: Discourse, pulled: set[int] | None = None
) -> None:
    """A whole-sentence quotation with no cue of its own: a colon introduction just before it, or
    the speaker of the quotation just before it (news runs a speaker's quotes on). A pull quote
    (a paragraph in `pulled`) stands out of the story's order and takes no speaker so."""
    text = document.text
    for index, piece in enumerate(pieces):
        if piece.cue is not None or piece.sentence is None:
            continue
        if pulled and piece.paragraph in pulled:
            continue
        if _carried_on(text, piece):
            continue  # '"...," Ana Ruiz shot back': its own clause names the speaker, unread
        sentence = piece.sentence
        previous = pieces[index - 1] if index > 0 else None
        lead_start = sentence.start
        if previous is not None and previous.paragraph == piece.paragraph:
            lead_start = max(lead_start, min(previous.end + 2, piece.span.outer_start))
        lead = text[lead_start : piece.span.outer_start].rstrip()
        if lead and lead[-1] not in ".?!:”\"'’":
            continue  # the quotation is inside a sentence that names nobody
        if _introduced_unread(lead):
            continue  # '- Harbour coach Ida Lund: "..."', 'The question is: "..."'
        if sentence.index > 0:
            prior = document.sentences[sentence.index - 1]
            if prior.text.rstrip().endswith(":"):
                if introduced_by_relative(prior.text):
                    continue  # '..., the site, which carries this note: "..."': the site's
                cue = cue_before(text, prior.start, prior.end) or clause_subject(
                    text, prior.start, prior.end
                )
                if cue is not None:
                    piece.cue, piece.speaker = cue, resolve(cue, people, text)
                    continue
        previous_end = document.sentence_at(previous.end - 1) if previous is not None else None
        reported = _reported_speaker(document, piece, previous, people) or _introduced_speaker(
            document, piece, previous, people
        )
        if reported is not None:
            piece.cue, piece.speaker = reported
        elif (
            previous is not None
            and previous.cue is not None
            and previous_end is not None
            and sentence.index - previous_end.index <= 2
            and piece.paragraph - previous.paragraph <= 1
        ):
            # A newly named person between the two quotations breaks the run: no guess.
            # (Names in the previous quotation's own sentence, "said X, referring to Y", do not.)
            said = document.sentence_at(max(previous.end, previous.cue.end) - 1)
            after = max(previous.end, said.end if said is not None else 0)
            others = people.people_between(after, piece.span.outer_start)
            if any(entity.name != previous.speaker for entity in others):
                continue
            if people.unplaced_between(after, piece.span.outer_start):
                continue  # "Ruiz expects three more.": a subject the tracker could not place
            if previous.speaker is not None and someone_described_between(
                document, pieces, after, piece.span.outer_start, previous.speaker, people
            ):
                continue  # "A local teacher disagreed.": someone new, described, not named
            if _someone_else_joins(text, previous.cue.end, after):
                continue  # '"...," Ruiz said, and her husband cut in. "..."': his, unnamed
            if _lifted(text, piece):
                continue  # '"… block the return of families"': words lifted from a claim
            own = max(lead_start, previous.cue.end)
            verbs = verb_regex().finditer(text, own, max(own, piece.span.outer_start))
            if any(not verb.group().endswith("ing") for verb in verbs):
                continue  # 'X said so as the heckler yelled: "..."': a speaker of its own, unread
            piece.cue, piece.speaker = previous.cue, previous.speaker
    share_within_groups(pieces)


def _introduced_unread(lead: str) -> bool:
    """Whether the words before a quotation in its own sentence introduce it with a colon and
    no speech verb ("- Harbour coach Ida Lund:", "The question on the ballot is:"): words the
    cue finder could not read, so the speaker of another sentence would be a guess. A lead that
    only carries the story on in time ("Then, a week later on the radio:") keeps the run."""
    if not lead.endswith(":") or not _WORD.search(lead) or verb_regex().search(lead):
        return False
    return not _CARRIES_ON.match(lead)


# A sentence opening that goes on with the story: "Then", "Later that day", "Again".
_CARRIES_ON = re.compile(r"(?:And |But )?(?:[Tt]hen|[Ll]ater|[Aa]gain|[Ee]arlier|[Aa]fterwards?)\b")


def _someone_else_joins(text: str, start: int, end: int) -> bool:
    """Whether text[start:end], the rest of a sentence after its speaker's cue, goes on with a
    coordinated clause of its own whose subject is a new noun phrase ("..., and her husband cut
    in"): read from the tags, a comma and "and"/"but", a determiner or possessive, a common noun
    and a verb. The quotation after it may be that newcomer's."""
    for mark in '"“”‘’«»':
        cut = text.find(mark, start, end)
        end = cut if cut >= 0 else end  # the words up to the next quotation only
    tokens = [t for t in tag_sentence(text, start, end) if t.start >= start]
    tags = [t.tag for t in tokens]
    for i in range(1, len(tokens) - 3):
        if tokens[i].text not in ("and", "but") or tags[i - 1] != ",":
            continue
        if tags[i + 1] not in ("DT", "PRP$"):
            continue
        j = i + 2
        while j < len(tags) and tags[j] in ("JJ", "NN", "NNS"):
            j += 1
        if j < len(tags) and j > i + 2 and tags[j - 1] in ("NN", "NNS") and tags[j][:2] == "VB":
            return True
    return False


def _lifted(text: str, piece: Piece) -> bool:
    """A quotation that opens with an ellipsis and a lower-case word and does not end like a
    sentence ("… block the return of families"): a stretch cut out of some text the article goes
    on to examine (a claim, a charge), not the next sentence of the speaker before it (who goes
    on with whole sentences: "… they lie about it. I know what I heard.")."""
    inner = text[piece.span.start : piece.span.end].strip(" \u00a0")
    if inner[-1:] in (".", "?", "!"):
        return False
    for ellipsis in ("…", "..."):
        if inner.startswith(ellipsis):
            return inner[len(ellipsis) :].lstrip(" \u00a0")[:1].islower()
    return False


def _carried_on(text: str, piece: Piece) -> bool:
    """A quotation closed by a comma (or by "?"/"!" before a lower-case word), with words after
    it on its line: its sentence goes on into an attribution of its own ('"...," the sign read',
    '"...," Ruiz shot back'), one the cue finder could not read. Another sentence's speaker would
    be a guess."""
    if not piece.span.closed:
        return False
    inner = text[piece.span.start : piece.span.end].rstrip()
    close_end = piece.span.end + (2 if text.startswith(DOUBLED_CLOSERS, piece.span.end) else 1)
    after = text[close_end : close_end + 40]
    comma = inner.endswith(",") or after.startswith(",")
    rest = after.lstrip(" ,\u00a0")
    if inner[-1:] in ("?", "!") and not comma:
        # '"Choke!" blared the front page': a lower-case word goes on with the sentence.
        # '"Will you resign?" Mr Tran was asked.': asked of him, by someone unnamed.
        return rest[:1].islower() or _ASKED_OF.match(rest) is not None
    if comma and _describes_the_quotation(text, close_end):
        return False  # '"...," a choice that fits the film.': no attribution follows
    return comma and rest[:1].isalnum()


# A subject and a passive verb of asking or telling after a question: whom it was put to.
_ASKED_OF = re.compile(
    r"(?:[A-Z][\w'’.-]*(?:[ \u00a0][A-Z][\w'’.-]*){0,3}|[Hh]e|[Ss]he|[Tt]hey)[ \u00a0]+"
    r"(?:was|were|is|are|has[ \u00a0]+been|had[ \u00a0]+been|have[ \u00a0]+been)[ \u00a0]+"
    r"(?:asked|told|questioned|pressed|challenged|quizzed)\b"
)


def _describes_the_quotation(text: str, close_end: int) -> bool:
    """Whether the words after a quotation's closing comma are a noun phrase with a relative
    clause that describes the quoted words, and no speech verb follows to the sentence's end
    ('"...," a detail that fits the film well.'): an apposition to the quotation, not an
    attribution of its own; the speaker before runs on."""
    match = _APPOSED_TO_QUOTE.match(text, close_end, close_end + _APPOSITION_REACH)
    if match is None:
        return False
    stop = len(text)
    for mark in '.?!"“”':
        found = text.find(mark, match.end(), close_end + _APPOSITION_REACH)
        stop = found if 0 <= found < stop else stop
    return stop < len(text) and not any(
        word.lower() in speech_verbs() for word in _WORDS.findall(text, match.end(), stop)
    )


# ', a detail that' / ', an aside which': a determiner, up to three words, a relative pronoun.
_APPOSED_TO_QUOTE = re.compile(
    r"[ \u00a0]*,?[ \u00a0]+(?:a|an)[ \u00a0]+(?:[a-z]+[ \u00a0]+){1,3}?(?:that|which)\b"
)
_APPOSITION_REACH = 200
_WORDS = re.compile(r"[\w'’-]+")
_WORD = re.compile(r"[^\W\d_]")


def _reported_speaker(
    document: Document, piece: Piece, previous: Piece | None, people: Discourse
) -> tuple[Cue, str] | None:
    """ "X says his firm is the only one. "..."": a quotation that opens a paragraph or sentence
    right after a sentence reporting what someone says belongs to that someone (when no other
    quotation came in between)."""
    sentence = piece.sentence
    if sentence is None or sentence.index == 0:
        return None
    prior = document.sentences[sentence.index - 1]
    if previous is not None and previous.end > prior.start:
        return None
    if piece.paragraph - prior.paragraph > 1:
        return None
    cue = cue_before(document.text, prior.start, prior.end)
    if cue is None and piece.paragraph == prior.paragraph + 1 and _opens_paragraph(document, piece):
        # "But Ana Ruiz attacked the decision." then '"..."' as a paragraph of its own.
        cue = stance_subject(document.text, prior.start, prior.end)
    if cue is None:
        return None
    speaker = resolve(cue, people, document.text)
    return (cue, speaker) if speaker is not None else None


def _introduced_speaker(
    document: Document, piece: Piece, previous: Piece | None, people: Discourse
) -> tuple[Cue, str] | None:
    """'... done by the firm's research director Dr Karl Strom. "..."': a sentence that ends by
    introducing a person with a title or role, right before a quotation with no cue, introduces
    its speaker."""
    sentence = piece.sentence
    if sentence is None or sentence.index == 0:
        return None
    prior = document.sentences[sentence.index - 1]
    if (
        previous is not None and previous.end > prior.start
    ) or piece.paragraph - prior.paragraph > 1:
        return None
    text = document.text
    names = find_names(text, prior.start, prior.end)
    if not names:
        return None
    last = names[-1]
    if text[last.end : prior.end].strip() not in (".", "") or not last.titles:
        return None
    if last.kind is not NameKind.PERSON or len(last.text.split()) < 2:
        return None
    entity = people.full_name(last.text, last.start)
    name = entity.name if entity is not None else last.text
    return Cue(last.text, last.start, last.end), name


def _opens_paragraph(document: Document, piece: Piece) -> bool:
    """Whether the quotation opens its paragraph (nothing but its mark before it)."""
    paragraph = document.paragraphs[piece.paragraph]
    return not document.text[paragraph.start : piece.span.outer_start].strip()
