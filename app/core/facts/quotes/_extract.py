"""Direct quotations and who said them.

`extract(document)` returns one `QuoteFact` per quoted piece, in text order:

* every quote style: “ ” ‘ ’ " ' '' « » „ “ (see `_marks` for how marks pair up and how
  apostrophes are told apart);
* a quotation that runs over several paragraphs (opened, not closed, reopened in the next
  paragraph) gives ONE fact per paragraph piece, all with the same speaker, so that
  `document.text[fact.start:fact.end] == fact.text` always holds and the GUI can point at each
  piece;
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
from dataclasses import dataclass

from app.core.document import Document, Sentence
from app.core.facts.model import QuoteFact
from app.core.facts.nlp.discourse import Discourse
from app.core.facts.nlp.lexicon import roles, speech_verbs, titles
from app.core.facts.nlp.names import NameKind, find_names
from app.core.facts.quotes._clause_cue import cue_from_clause
from app.core.facts.quotes._closing_clause import closing_clause_cue
from app.core.facts.quotes._filter import is_quotation
from app.core.facts.quotes._marks import MarkedSpan, find_marked_spans
from app.core.facts.quotes._phrases import Cue
from app.core.facts.quotes._speaker_names import resolve, tagged_proper_noun
from app.core.facts.quotes._speakers import clause_subject, cue_after, cue_before
from app.core.sentences import strip_span


@dataclass(slots=True)
class _Piece:
    span: MarkedSpan
    start: int
    end: int
    paragraph: int
    sentence: Sentence | None
    group: int
    cue: Cue | None = None
    speaker: str | None = None


def extract(document: Document) -> list[QuoteFact]:
    """Direct quotations in the document body (not the title), in text order, with speakers.

    Each fact also carries the offsets of the words its speaker was read from, where there is one.
    """
    text = document.text
    pieces = _find_pieces(document)
    if not pieces:
        return []
    people = _read_discourse(document, [(p.span.outer_start, p.end + 1) for p in pieces])
    for index, piece in enumerate(pieces):
        piece.cue = _find_cue(document, pieces, index)
        if piece.cue is not None:
            piece.speaker = resolve(piece.cue, people, text)
            if _names_speaker_in_third_person(text, piece):
                piece.speaker = None
    _share_within_groups(pieces)
    _inherit_from_context(document, pieces, people)
    _documents_speak_for_their_authors(pieces)
    _attribute_fragments(document, pieces, people)
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
    return quotes


def _names_speaker_in_third_person(text: str, piece: _Piece) -> bool:
    """Whether a speaker found through "he"/"she" is named by surname inside the quotation
    itself ('"It was easy for Ana Ruiz to quit," she said'): people rarely speak of themselves
    that way, so the pronoun most likely points at someone else."""
    if piece.cue is None or piece.speaker is None:
        return False
    if piece.cue.phrase.lower() not in ("he", "she"):
        return False
    surname = piece.speaker.split()[-1]
    quoted = text[piece.start : piece.end]
    return re.search(r"\b" + re.escape(surname) + r"\b", quoted) is not None


def _read_discourse(document: Document, quoted: list[tuple[int, int]]) -> Discourse:
    """The article's discourse, read sentence by sentence (names in quotations are not
    antecedents)."""
    discourse = Discourse()
    text = document.text
    i = 0
    for sentence in document.sentences:
        while i < len(quoted) and quoted[i][1] <= sentence.start:
            i += 1
        j = i
        while j < len(quoted) and quoted[j][0] < sentence.end:
            j += 1
        discourse.add_sentence(text, sentence.start, sentence.end, quoted[i:j])
    return discourse


def _find_pieces(document: Document) -> list[_Piece]:
    text = document.text
    pieces: list[_Piece] = []
    group = -1
    continues = False  # the previous paragraph ended inside an open quotation
    for paragraph in document.paragraphs:
        spans = find_marked_spans(text, paragraph.start, paragraph.end)
        for position, span in enumerate(spans):
            start, end = _trim(text, span.start, span.end)
            if start >= end:
                continue
            reopened = position == 0 and continues and span.outer_start == paragraph.start
            previous_open = bool(pieces) and not pieces[-1].span.closed
            same_paragraph = bool(pieces) and pieces[-1].paragraph == paragraph.index
            if not (reopened or (previous_open and same_paragraph)):
                group += 1
            sentence = document.sentence_at(span.outer_start) or document.sentence_at(start)
            pieces.append(_Piece(span, start, end, paragraph.index, sentence, group))
        continues = bool(spans) and not spans[-1].closed
    return pieces


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    start, end = strip_span(text, start, end)
    # The comma (or dash) closing a quoted clause belongs to the carrying sentence.
    while end > start and text[end - 1] in ",;—–":
        end -= 1
    return strip_span(text, start, end)


def _find_cue(document: Document, pieces: list[_Piece], index: int) -> Cue | None:
    text = document.text
    piece = pieces[index]
    paragraph = document.paragraphs[piece.paragraph]
    previous = pieces[index - 1] if index > 0 else None
    following = pieces[index + 1] if index + 1 < len(pieces) else None
    lo = piece.sentence.start if piece.sentence is not None else paragraph.start
    if previous is not None and previous.paragraph == piece.paragraph:
        lo = max(lo, previous.span.end + len(previous.span.open_mark))
    hi = paragraph.end
    if following is not None and following.paragraph == piece.paragraph:
        hi = min(hi, following.span.outer_start)
    close_end = piece.span.end + (1 if piece.span.closed else 0)
    if piece.span.closed and text.startswith("''", piece.span.end):
        close_end = piece.span.end + 2
    opens_sentence = not text[lo : piece.span.outer_start].strip(" \u00a0-—–")
    before = None if opens_sentence else cue_before(text, lo, piece.span.outer_start)
    if (
        before is not None
        and previous is not None
        and previous.cue is not None
        and previous.cue.end <= previous.span.outer_start
        and previous.sentence is piece.sentence
        and not _STRONG_VERB.search(text, lo, piece.span.outer_start)
        and not _CONTRAST.search(text, lo, piece.span.outer_start)
    ):
        # 'X said the "bonfire" Y had promised became an "explosion"': the second fragment
        # is still X's; Y is the subject of a clause inside what X said.
        return previous.cue
    if before is not None:
        return before
    # '"... here." Mr X said' would take the next sentence's speaker: a quotation that ends like
    # a sentence and is followed by a capital starts a new sentence, not a cue.
    # ('"Why now?" Ms Ellis asked.' is still a cue: only a full stop ends the sentence.)
    ends_sentence = text[piece.span.start : piece.span.end].rstrip()[-1:] == "."
    next_word = text[close_end:hi].lstrip(" \u00a0")
    if _QUESTION_THEN_REPORT.match(text, close_end, hi) and text[piece.span.end - 1] in "?!":
        return None  # '"Which rockets exist?" Ruiz answered that none did.': a new sentence
    if piece.span.closed and not (ends_sentence and next_word[:1].isupper()):
        after = cue_after(text, close_end, hi)
        if after is None and not ends_sentence:
            after = cue_from_clause(text, close_end, hi)  # '"...?" Kerr pressed.'
        return after
    if piece.span.closed and _bare_attribution(text, close_end, hi):
        return cue_after(text, close_end, hi)  # '"... missing." Trump said.'
    return None


def _bare_attribution(text: str, start: int, stop: int) -> bool:
    """Whether text[start:stop] opens with a sentence that is only an attribution: a name (or
    pronoun), a speech verb and a full stop ("Ana Ruiz said.")."""
    match = _BARE.match(text, start, stop)
    return match is not None and match.group("verb") in speech_verbs()


def _attribute_fragments(document: Document, pieces: list[_Piece], people: Discourse) -> None:
    """Quoted words with no cue of their own, inside a sentence: they belong to the speaker of an
    earlier quotation in the same sentence ('needed "a coherent framework" and "dedicated
    funding"'), else to the name the sentence opens with ('Ms Doe offered help, but not for
    "free"'), which is how news quotes a word or two of someone's."""
    text = document.text
    for index, piece in enumerate(pieces):
        if piece.cue is not None or piece.sentence is None:
            continue
        previous = pieces[index - 1] if index > 0 else None
        if (
            previous is not None
            and previous.cue is not None
            and previous.sentence is not None
            and previous.sentence.index == piece.sentence.index
            and (_is_fragment(text, piece) or _plain_link(text, previous, piece))
        ):
            piece.cue, piece.speaker = previous.cue, previous.speaker
            continue
        if not _is_fragment(text, piece):
            continue
        sentence = piece.sentence
        closing = closing_clause_cue(text, sentence, piece.span.end)
        if closing is not None:
            speaker = resolve(closing, people, text)
            if speaker is not None:
                piece.cue, piece.speaker = closing, speaker
                continue
        if sentence.start < piece.span.outer_start:
            cue = clause_subject(text, sentence.start, piece.span.outer_start)
            if cue is not None and not _one_person_named(cue.phrase):
                continue  # "Vance and Porter signed ...", "the note Palm wrote was ..."
            if cue is not None and not _WORD.search(text, cue.end, piece.span.outer_start):
                continue  # 'Those Acme "side gig" adverts': the words are part of the subject
            if (
                cue is not None
                and " " not in cue.phrase
                and not tagged_proper_noun(text, cue.start)
            ):
                continue  # "Plumes like these send out 'free samples'": a plural noun, no name
            speaker = resolve(cue, people, text) if cue is not None else None
            # One capitalised word counts only as a known person's name or an acronym (IMF):
            # otherwise it is as likely a place or a product ("EB-5 requires ...").
            # A body as the subject ("The Tories have accused X of being "terrified"") is
            # left out: such words are most often a named member's, said elsewhere.
            person = speaker is not None and people.full_name(speaker, piece.start) is not None
            if person and speaker is not None and " " in speaker:
                piece.cue, piece.speaker = cue, speaker


def _one_person_named(phrase: str) -> bool:
    """Whether a subject is one person's name, with its titles or role ("Ms Doe", "harbour
    master Ana Ruiz"): not two people ("Vance and Porter") nor a thing they own or made ("the
    note Ana Ruiz", which the name only qualifies)."""
    words = [w.lower().rstrip(".,") for w in phrase.split()]
    if any(w in ("and", "or", "&") for w in words):
        return False
    for i, word in enumerate(words[:-1]):
        if word in _DETERMINERS and phrase.split()[i + 1].islower():
            head = words[i + 1]
            return head in titles() or head in roles()
    return True


def _plain_link(text: str, previous: _Piece, piece: _Piece) -> bool:
    """Whether only a few lower-case words with no speech verb join two quotations of one
    sentence ('X says "..." because "..."'): nobody new can speak the second."""
    between = text[previous.span.end + len(previous.span.open_mark) : piece.span.outer_start]
    words = _WORD.findall(between)
    # A speech verb with no subject of its own goes on with the same speaker: ', adding, "..."',
    # 'and added: "..."'.
    return (
        0 < len(words) <= _LINK_WORDS
        and all(w.islower() for w in words)
        and all(
            w not in speech_verbs() or w.endswith("ing") or (i > 0 and words[i - 1] == "and")
            for i, w in enumerate(words)
        )
    )


_LINK_WORDS = 4
_DETERMINERS = frozenset("the a an its his her their our".split())
_NAMES = r"(?:[A-Z][\w'’.-]*)(?:[ \u00a0][A-Z][\w'’.-]*){0,3}"
_BARE = re.compile(
    r"[ \u00a0]*(?:" + _NAMES + r"|[Hh]e|[Ss]he)[ \u00a0]+(?P<verb>[a-z]+)[ \u00a0]*\.(?:\s|$)"
)
_WORD = re.compile(r"\w[\w'’-]*")
# A name, a verb and "that" after a closing mark: a sentence reporting what someone said next.
_QUESTION_THEN_REPORT = re.compile(
    r"[ \u00a0]*" + _NAMES + r"[ \u00a0]+[a-z]+(?:[ \u00a0]+[a-z]+ly)?[ \u00a0]+that\b"
)


def _is_fragment(text: str, piece: _Piece) -> bool:
    """A few quoted words inside a sentence, not a quoted sentence of its own."""
    inner = text[piece.span.start : piece.span.end].rstrip()
    return len(inner.split()) <= _FRAGMENT_WORDS and inner[-1:] not in (".", "?", "!")


_FRAGMENT_WORDS = 6
_STRONG_VERB = re.compile(r"\b(?:said|says|told|tells|added|adds|asked|asks|wrote|writes)\b")
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# A new clause that sets someone against the speaker ('X says "..." but Y thinks "..."').
_CONTRAST = re.compile(r"\b(?:but|while|whereas|although|though)\b")
_DOCUMENT_NOUNS = frozenset({"the report", "the statement", "the letter", "the paper", "the study"})


def _documents_speak_for_their_authors(pieces: list[_Piece]) -> None:
    """'"...," the report said' after a quotation from the report's author: the author speaks."""
    for index, piece in enumerate(pieces):
        if piece.speaker is None or piece.speaker.lower() not in _DOCUMENT_NOUNS:
            continue
        for previous in reversed(pieces[max(0, index - 3) : index]):
            if previous.speaker and previous.speaker.lower() not in _DOCUMENT_NOUNS:
                piece.speaker = previous.speaker
                break


def _share_within_groups(pieces: list[_Piece]) -> None:
    """Pieces of one quotation (paragraph continuations, reopenings) share one speaker."""
    by_group: dict[int, tuple[Cue, str | None]] = {}
    for piece in pieces:
        if piece.cue is not None and piece.group not in by_group:
            by_group[piece.group] = (piece.cue, piece.speaker)
    for piece in pieces:
        if piece.cue is None and piece.group in by_group:
            piece.cue, piece.speaker = by_group[piece.group]


def _inherit_from_context(document: Document, pieces: list[_Piece], people: Discourse) -> None:
    """A whole-sentence quotation with no cue of its own: a colon introduction just before it, or
    the speaker of the quotation just before it (news runs a speaker's quotes on)."""
    text = document.text
    for index, piece in enumerate(pieces):
        if piece.cue is not None or piece.sentence is None:
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
        if sentence.index > 0:
            prior = document.sentences[sentence.index - 1]
            if prior.text.rstrip().endswith(":"):
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
            piece.cue, piece.speaker = previous.cue, previous.speaker
    _share_within_groups(pieces)


def _carried_on(text: str, piece: _Piece) -> bool:
    """A quotation closed by a comma (or by "?"/"!" before a lower-case word), with words after
    it on its line: its sentence goes on into an attribution of its own ('"...," the sign read',
    '"...," Ruiz shot back'), one the cue finder could not read. Another sentence's speaker would
    be a guess."""
    if not piece.span.closed:
        return False
    inner = text[piece.span.start : piece.span.end].rstrip()
    close_end = piece.span.end + (2 if text.startswith("''", piece.span.end) else 1)
    after = text[close_end : close_end + 40]
    comma = inner.endswith(",") or after.startswith(",")
    rest = after.lstrip(" ,\u00a0")
    if inner[-1:] in ("?", "!") and not comma:
        # '"Choke!" blared the front page': a lower-case word goes on with the sentence.
        return rest[:1].islower()
    return comma and rest[:1].isalnum()


def _reported_speaker(
    document: Document, piece: _Piece, previous: _Piece | None, people: Discourse
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
    if cue is None:
        return None
    speaker = resolve(cue, people, document.text)
    return (cue, speaker) if speaker is not None else None


def _introduced_speaker(
    document: Document, piece: _Piece, previous: _Piece | None, people: Discourse
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
