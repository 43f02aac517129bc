"""Direct quotations and who said them.

`extract(document)` returns one `QuoteFact` per quoted piece, in text order:

* every quote style: “ ” ‘ ’ " ' '' « » „ “ (see `_marks` for how marks pair up and how
  apostrophes are told apart);
* a quotation that runs over several paragraphs (opened, not closed, reopened in the next
  paragraph) gives ONE fact per paragraph piece, all with the same speaker, so that
  `document.text[fact.start:fact.end] == fact.text` always holds and the GUI can point at each
  piece;
* an interview's answers ("A: ..." after "Q: ...") are the interviewee's quotations
  (`_interviews`), as a statement set out after "said:" is its speaker's (`_statements`);
* a quotation split around its cue ('"We will win," he said, "and soon."') gives one fact per
  piece, with the same speaker;
* scare quotes, titles and terms in quotation marks (what was called "multimedia", a film title,
  a nickname) are left out by `_filter.is_quotation`;
* `text` is what is inside the marks, without the comma that ends the carrying clause ("very
  well," gives "very well"); a closing full stop, question or exclamation mark is kept.

The speaker is resolved by `_speaker_names` over the shared `nlp` layer: a person's full name as
first introduced ("Julio De Vido" for "Mr De Vido" or "he"), an organisation as written without
"the" ("IMF"), a role as written ("a spokesman for the firm"), or None.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.core.document import Document
from app.core.facts.model import QuoteFact
from app.core.facts.nlp.clauses import intro_end
from app.core.facts.nlp.discourse import Discourse, Mention
from app.core.facts.nlp.lexicon import PRONOUNS, Gender, speech_verbs
from app.core.facts.nlp.names import NameKind, name_kind
from app.core.facts.quotes._clause_cue import cue_from_clause
from app.core.facts.quotes._context import inherit_from_context
from app.core.facts.quotes._cue_before import cue_before
from app.core.facts.quotes._described_speaker import described_speaker
from app.core.facts.quotes._document_authors import documents_speak_for_their_authors
from app.core.facts.quotes._filter import is_quotation
from app.core.facts.quotes._fragments import attribute_fragments
from app.core.facts.quotes._headline_quotes import headline_quotes
from app.core.facts.quotes._interviews import (
    answer_paragraphs,
    answers_in_marks,
    interview_quotes,
    labelled_paragraphs,
    labelled_quotes,
)
from app.core.facts.quotes._marks import DOUBLED_CLOSERS
from app.core.facts.quotes._phrases import Cue
from app.core.facts.quotes._pieces import Piece, find_pieces, share_within_groups
from app.core.facts.quotes._pull_quotes import pull_quote_paragraphs, speak_as_their_copies
from app.core.facts.quotes._signed_below import sign_from_the_line_below
from app.core.facts.quotes._speaker_names import resolve
from app.core.facts.quotes._speaker_shape import marked_name
from app.core.facts.quotes._speakers import cue_after, verb_regex
from app.core.facts.quotes._statements import statement_paragraphs, statement_quotes
from app.core.facts.quotes._unplaced_speakers import unplaced_speaker_since


def extract(document: Document) -> list[QuoteFact]:
    """Direct quotations in the document body and its headline (`headline_quotes`), in text
    order, with speakers.

    Each fact also carries the offsets of the words its speaker was read from, where there is one.
    """
    text = document.text
    pieces = find_pieces(document)
    statements = statement_paragraphs(document)
    answers = answer_paragraphs(document)
    labelled = labelled_paragraphs(document)
    if not pieces and not statements and not answers and not labelled:
        return headline_quotes(document, [], _read_discourse(document, [], set()))
    pulled = pull_quote_paragraphs(document, pieces)
    quoted = [(p.span.outer_start, p.end + 1) for p in pieces]
    quoted += [(s.start, s.end) for _, s in statements]
    quoted += [(start, a.end) for a, start in answers]
    quoted += [(start, a.end) for a, start, _ in labelled]
    people = _read_discourse(document, sorted(quoted), pulled)
    for index, piece in enumerate(pieces):
        piece.cue = _find_cue(document, pieces, index)
        if piece.cue is not None:
            piece.speaker = resolve(piece.cue, people, text)
            if (
                _names_speaker_in_third_person(text, piece)
                or _answers_the_asker(text, pieces, index)
                or unplaced_speaker_since(text, pieces, index, people)
            ):
                piece.speaker = None
            elif index > 0 and pieces[index - 1].paragraph not in pulled:
                piece.speaker = _nearer_speaker(document, pieces, index, people) or piece.speaker
            # "A spokeswoman said ... '...,' she said": the unnamed person just described; "The
            # health secretary praised it. '...,' she said": no one, not the last woman named.
            described = described_speaker(document, pieces, index, people)
            if described is not None:
                piece.speaker = described.speaker
    share_within_groups(pieces)
    sign_from_the_line_below(document, pieces, people)
    inherit_from_context(document, pieces, people, pulled)
    documents_speak_for_their_authors(document, pieces, people)
    attribute_fragments(document, pieces, people)
    speak_as_their_copies(document, pieces, pulled)
    quotes: list[QuoteFact] = []
    for piece in pieces:
        if not is_quotation(text, piece.span, piece.start, piece.end, piece.cue is not None):
            continue
        sentence = piece.sentence.index if piece.sentence is not None else None
        cue = piece.cue if piece.speaker is not None else None
        quotes.append(
            QuoteFact(
                text[piece.start : piece.end],
                piece.start,
                piece.end,
                sentence,
                piece.speaker,
                cue.start if cue else None,
                cue.end if cue else None,
            )
        )
    if statements or answers or labelled:
        quotes += statement_quotes(document, statements, people)
        quotes += interview_quotes(document, answers, people)
        quotes += labelled_quotes(document, labelled, people)
    quotes = answers_in_marks(document, quotes, people)
    quotes = headline_quotes(document, quotes, people) + quotes
    quotes.sort(key=lambda q: q.start)
    return [_full_body_name(q, people) for q in quotes]


def _full_body_name(quote: QuoteFact, people: Discourse) -> QuoteFact:
    """ "Rovers said" after "Harbourside Rovers": the body as the article named it in full."""
    if quote.speaker is None:
        return quote
    at = quote.speaker_start if quote.speaker_start is not None else quote.start
    full = people.body_name(quote.speaker, at)
    return quote if full == quote.speaker else replace(quote, speaker=full)


def _names_speaker_in_third_person(text: str, piece: Piece) -> bool:
    """Whether a speaker found through "he"/"she" is named by surname or first name inside the
    quotation itself ('"It was easy for Ana Ruiz to quit," she said'; "praising "Ivo's honesty"
    as he spoke"): people rarely speak of themselves that way, so the pronoun most likely points
    at someone else."""
    if piece.cue is None or piece.speaker is None:
        return False
    if piece.cue.phrase.lower() not in ("he", "she"):
        return False
    words = piece.speaker.split()
    quoted = text[piece.start : piece.end]
    # The surname, or the first name of a person known by one ("Bernie's integrity").
    named = [w for w in (words[-1], words[0]) if w[:1].isupper() and len(w) > 2]
    return any(re.search(r"\b" + re.escape(w) + r"\b", quoted) for w in named)


def _answers_the_asker(text: str, pieces: list[Piece], index: int) -> bool:
    """'"Will you run?" Ward asked. "I will," the senator said': a description that answers
    the question just asked is not the one who asked it, though the asker is the last person
    named."""
    piece = pieces[index]
    previous = pieces[index - 1] if index else None
    if previous is None or previous.group == piece.group or piece.cue is None:
        return False
    words = piece.cue.phrase.split()
    if len(words) < 2 or words[0].lower() != "the" or any(w[:1].isupper() for w in words[1:]):
        return False
    asked = text[previous.start : previous.end].rstrip()[-1:] == "?"
    if piece.span.outer_start - previous.end > _EXCHANGE_GAP:
        return False  # not an exchange: the quotations stand apart
    return asked and previous.speaker is not None and previous.speaker == piece.speaker


# At most this many characters between a question and its answer in an exchange.
_EXCHANGE_GAP = 120


def _nearer_speaker(
    document: Document, pieces: list[Piece], index: int, people: Discourse
) -> str | None:
    """'"...," Stafford said. "...," he continued.': the quotation just before was signed by a
    name the tracker could not yet place (a surname the article introduces in full only later),
    so "he" went past it to someone named earlier. The nearer speaker is the one meant, unless
    the tracker knows them to be of the other gender."""
    piece, previous = pieces[index], pieces[index - 1]
    cue, before = piece.cue, previous.cue
    if cue is None or before is None or previous.speaker is None:
        return None
    pronoun = cue.phrase.lower()
    if pronoun not in ("he", "she") or not before.phrase[:1].isupper():
        return None
    if before.phrase.lower() in PRONOUNS or piece.paragraph - previous.paragraph > 1:
        return None
    gender = Gender.MALE if pronoun == "he" else Gender.FEMALE
    found = people.last_person(cue.start, gender)
    if found is not None and found.start >= before.start:
        return None  # the tracker's antecedent is the nearer one
    if found is not None and _subject_before(document, found, before):
        return None  # 'Ruiz said Mr Cole had told her the plant was "closing". She added ...'
    if people.people_between(before.end, cue.start):
        return None
    entity = people.full_name(previous.speaker, cue.start)
    if entity is not None and entity.gender not in (Gender.UNKNOWN, gender):
        return None
    if name_kind(previous.speaker.split()) is NameKind.ORGANISATION:
        return None  # "Halden Estates said ... '...,' she said": a body is never "she"
    return previous.speaker


def _subject_before(document: Document, found: Mention, before: Cue) -> bool:
    """Whether the tracker's antecedent `found` is a person (not an untyped name: "Only Fools
    and Horses star Ed Ray said ...") named before the previous cue in the same sentence, outside
    an opening phrase ("At talks with Mr Cole, Ruiz said ...": Ruiz): the sentence's subject,
    who reports what the nearer name said or did."""
    if found.untyped:
        return False
    sentence = document.sentence_at(found.start)
    if sentence is None or not sentence.start <= before.start < sentence.end:
        return False
    return found.start >= intro_end(document.text, sentence.start, sentence.end)


def _read_discourse(
    document: Document, quoted: list[tuple[int, int]], pulled: set[int]
) -> Discourse:
    """The article's discourse, read sentence by sentence (names in quotations are not
    antecedents, nor are those in page furniture, a byline's "By Ana Ruiz, Staff Writer", in
    photo credits: "Ana Ruiz via Getty Images.", or in the `pulled` paragraphs, pull quotes)."""
    discourse = Discourse()
    text = document.text
    i = 0
    for sentence in document.sentences:
        if sentence.is_furniture or _CREDIT.fullmatch(text, sentence.start, sentence.end):
            continue
        if sentence.paragraph in pulled:
            continue
        while i < len(quoted) and quoted[i][1] <= sentence.start:
            i += 1
        j = i
        while j < len(quoted) and quoted[j][0] < sentence.end:
            j += 1
        discourse.add_sentence(text, sentence.start, sentence.end, quoted[i:j])
    return discourse


# A photo credit line: a name, then "via" or a slash and the agency ("Jim Reed / Reuters.").
_CREDIT = re.compile(
    r"\s*(?:(?:Photo|Image|Credit)s?:\s*)?(?:[A-Z][\w.'’-]*\s+){1,3}(?:via|/)\s+"
    r"(?:[A-Z][\w.&-]*\s*){1,4}[.]?\s*"
)


def _find_cue(document: Document, pieces: list[Piece], index: int) -> Cue | None:
    text = document.text
    piece = pieces[index]
    paragraph = document.paragraphs[piece.paragraph]
    previous = pieces[index - 1] if index > 0 else None
    following = pieces[index + 1] if index + 1 < len(pieces) else None
    lo = piece.sentence.start if piece.sentence is not None else paragraph.start
    if piece.sentence is not None and piece.sentence.index > 0:
        prior = document.sentences[piece.sentence.index - 1]
        mark = text[prior.start : prior.end].rstrip()
        if prior.paragraph == piece.paragraph and marked_name(text, prior.start + len(mark) - 1):
            lo = prior.start  # "Consumer group Which?" | "said: ...": one sentence, split
    if previous is not None and previous.paragraph == piece.paragraph:
        lo = max(lo, previous.span.end + len(previous.span.open_mark))
    hi = paragraph.end
    if following is not None and following.paragraph == piece.paragraph:
        hi = min(hi, following.span.outer_start)
    close_end = piece.span.end + (1 if piece.span.closed else 0)
    if piece.span.closed and text.startswith(DOUBLED_CLOSERS, piece.span.end):
        close_end = piece.span.end + 2
    opens_sentence = not text[lo : piece.span.outer_start].strip(" \u00a0-—–")
    before = None if opens_sentence else cue_before(text, lo, piece.span.outer_start)
    if (
        before is None
        and piece.sentence is not None
        and lo > piece.sentence.start
        and _JOINED_SPEECH.fullmatch(text, lo, piece.span.outer_start)
    ):
        # 'he asked about X, called her a "thief" and said, "...," the office said': the verb
        # after the earlier marks shares the clause's subject, who speaks (not the office).
        before = cue_before(text, piece.sentence.start, piece.span.outer_start)
    if (
        before is not None
        and previous is not None
        and previous.cue is not None
        and previous.cue.end <= previous.span.outer_start
        and previous.sentence is piece.sentence
        and not _STRONG_VERB.search(text, lo, piece.span.outer_start)
        and not _CONTRAST.search(text, lo, piece.span.outer_start)
        # 'When someone shouted, "Cruz," Beck joked, "Amen!"': a cue inside the opening
        # clause signs its own quotation only; the main clause's speaker has the next.
        and (
            piece.sentence is None
            or intro_end(text, piece.sentence.start, piece.sentence.end) <= previous.cue.start
        )
    ):
        # 'X said the "bonfire" Y had promised became an "explosion"': the second fragment
        # is still X's; Y is the subject of a clause inside what X said.
        return previous.cue
    if (
        before is not None
        and previous is not None
        and previous.cue is not None
        and before.start == previous.cue.start
        and previous.cue.start > previous.span.end  # the cue signs A from after it
        and piece.span.closed
        and text[piece.span.start : piece.span.end].rstrip()[-1:] == ","
    ):
        # '"A," she said, but "B," said Kunin': the words before B sign A; B's own cue wins.
        after = cue_after(text, close_end, hi)
        if after is not None:
            return after
    if (
        before is not None
        and piece.span.closed
        and not verb_regex().search(text, lo, piece.span.outer_start)
    ):
        # 'Echo Point runs a campaign: "...," the pitch says': a colon names who introduces the
        # quotation only when no cue signs it.
        after = cue_after(text, close_end, hi)
        if after is not None and not _introduces_next(text, piece, close_end, hi, following):
            return after
    if before is not None:
        return before
    # '"... here." Mr X said' would take the next sentence's speaker: a quotation that ends like
    # a sentence and is followed by a capital starts a new sentence, not a cue.
    # ('"Why now?" Ms Ellis asked.' is still a cue: only a full stop ends the sentence.)
    ends_sentence = text[piece.span.start : piece.span.end].rstrip()[-1:] == "."
    next_word = text[close_end:hi].lstrip(" \u00a0")
    if _QUESTION_THEN_REPORT.match(text, close_end, hi) and text[piece.span.end - 1] in "?!":
        return None  # '"Which rockets exist?" Ruiz answered that none did.': a new sentence
    if (
        text[lo : piece.span.outer_start].rstrip().endswith(":")
        and text.startswith(".", close_end)
        and not text.startswith("..", close_end)
    ):
        # 'However, the minutes added: "...". Ana Ruiz, an economist, said she was surprised':
        # the colon opened the quotation and the full stop after its mark ends the sentence.
        return None
    if piece.span.closed and not (ends_sentence and next_word[:1].isupper()):
        after = cue_after(text, close_end, hi)
        if after is None and not ends_sentence:
            after = cue_from_clause(text, close_end, hi)  # '"...?" Kerr pressed.'
        if after is not None and _introduces_next(text, piece, close_end, hi, following):
            return None  # '"Why now?" Mills then writes back, "You look cute."': Mills's is next
        return after
    if piece.span.closed and _bare_attribution(text, close_end, hi):
        return cue_after(text, close_end, hi)  # '"... missing." Trump said.'
    return None


def _introduces_next(
    text: str, piece: Piece, close_end: int, hi: int, following: Piece | None
) -> bool:
    """Whether the clause after a quotation that ends a sentence ("?", "!") runs into the next
    quotation with a comma or colon: it introduces that one, not this one."""
    if following is None or following.span.outer_start != hi:
        return False
    if text[piece.span.start : piece.span.end].rstrip()[-1:] not in ("?", "!"):
        return False
    clause = text[close_end:hi].rstrip()
    return clause[-1:] in (",", ":") and not _SENTENCE_BREAK.search(clause)


# Only a verb joined to the clause before the previous marks: ' and said, ', ' and then added: '.
_JOINED_SPEECH = re.compile(
    r"[ \u00a0]*,?[ \u00a0]*(?:and|but)[ \u00a0]+(?:then[ \u00a0]+)?(?:said|added|says|adds)"
    r"[ \u00a0]*[,:]?[ \u00a0]*"
)
_SENTENCE_BREAK = re.compile(r"[.?!][ \u00a0\n]")


def _bare_attribution(text: str, start: int, stop: int) -> bool:
    """Whether text[start:stop] opens with a sentence that is only an attribution: a name (or
    pronoun), a speech verb and a full stop ("Ana Ruiz said.")."""
    match = _BARE.match(text, start, stop)
    return match is not None and match.group("verb") in speech_verbs()


_NAMES = r"(?:[A-Z][\w'’.-]*)(?:[ \u00a0][A-Z][\w'’.-]*){0,3}"
_BARE = re.compile(
    r"[ \u00a0]*(?:" + _NAMES + r"|[Hh]e|[Ss]he)[ \u00a0]+(?P<verb>[a-z]+)[ \u00a0]*\.(?:\s|$)"
)
# A name, a verb (and who was addressed: "told her", "replied to him") and "that" after a
# closing mark: a sentence reporting what someone said next.
_QUESTION_THEN_REPORT = re.compile(
    r"[ \u00a0]*" + _NAMES + r"[ \u00a0]+[a-z]+(?:[ \u00a0]+[a-z]+ly)?"
    r"(?:[ \u00a0]+(?:to[ \u00a0]+)?(?:him|her|them|me|us))?[ \u00a0]+that\b"
)


_STRONG_VERB = re.compile(r"\b(?:said|says|told|tells|added|adds|asked|asks|wrote|writes)\b")
# A new clause that sets someone against the speaker ('X says "..." but Y thinks "..."').
_CONTRAST = re.compile(r"\b(?:but|while|whereas|although|though)\b")
