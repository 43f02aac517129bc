"""Offline sentence and word tokenisation: nltk's Punkt with our own parameters, no data files.

nltk's pre-trained Punkt models must be downloaded, which cannot happen offline. Punkt's
algorithm itself is in the library; it only needs to know the abbreviations, which we give it
here. nltk is imported lazily (it costs over a second) so the GUI paints before it loads, and
without its optional scipy.stats (`nltk_import`).
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

from app.core.nltk_import import import_nltk

if TYPE_CHECKING:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

# Lower-case, without the final period, as Punkt stores them.
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    dr mr mrs ms mx prof sr jr st mt ft rev fr gen col lt capt cmdr sgt maj adm gov sen rep pres
    hon supt insp det cpl pvt
    inc ltd co corp plc llc bros dept univ assn est approx vs
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    no nos vol pp fig op cf ed eds
    u.s u.k u.n u.s.a e.u e.g i.e a.m p.m ph.d d.c n.y l.a a.i
    ala ariz calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev
    okla ore pa tenn tex va vt wash wis wyo
    """.split()
)
# Punkt already keeps initials ("George W. Bush") together. After an abbreviation, a capitalised
# word from this list starts a new sentence: "in the U.S. The company said ..." splits.
SENTENCE_STARTERS: frozenset[str] = frozenset(
    """
    the a an he she it they we i you this that these those there his her its their our my
    but and however meanwhile yet so if when while after before in on at for as by with
    mr mrs ms dr prof last next some many most all both
    """.split()
)

_WORD = re.compile(r"\w", re.UNICODE)
# A span that ends on two initials ("W.M.", "R.R."): Punkt keeps a single initial ("George W.
# Bush") but splits after a pair it does not know as an abbreviation. Three letters are more
# often a dotted acronym that can end a sentence ("the F.B.I."), so they are left to Punkt.
_ENDS_ON_INITIALS = re.compile(r"(?:^|[\s(\[\"'“‘])((?:[A-Z]\.){2})$")
_FIRST_WORD = re.compile(r"[\"'“‘(]*([A-Z][\w'’-]*)")


@cache
def _punkt() -> PunktSentenceTokenizer:
    import_nltk()
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    params.sent_starters = set(SENTENCE_STARTERS)
    language_vars, token_class = _untimed_punkt_parts()
    return PunktSentenceTokenizer(params, lang_vars=language_vars, token_cls=token_class)


def _untimed_punkt_parts() -> tuple[object, type]:
    """Punkt's language variables and token class, matching with its own patterns untimed.

    This nltk compiles every pattern with the `regex` engine behind `nltk.redos`, which runs
    each match under a wall-clock timeout (a guard against patterns a caller supplies). Punkt's
    patterns are its own, fixed and linear, and the timeout's clock checks cost about half of
    the sentence splitter's time. Here the same pattern sources are compiled with the same
    engine and flags and called directly: the same matches by construction, without the
    timer. A pattern nltk no longer wraps (a plain compiled pattern) is used as it is.
    """
    import regex  # nltk's own dependency, the engine behind nltk.redos
    from nltk.tokenize import punkt
    from nltk.tokenize.punkt import PunktLanguageVars, PunktToken

    def untimed(pattern: Any) -> Any:
        return regex.compile(pattern.pattern, pattern.flags)

    base_vars = PunktLanguageVars()
    period_context = untimed(base_vars.period_context_re())
    word_tokenizer = untimed(base_vars._word_tokenizer_re())

    class UntimedLanguageVars(PunktLanguageVars):  # type: ignore[misc]
        re_boundary_realignment = untimed(PunktLanguageVars.re_boundary_realignment)

        def period_context_re(self) -> Any:
            return period_context

        def _word_tokenizer_re(self) -> Any:
            return word_tokenizer

    non_punct = untimed(punkt._re_non_punct)

    class UntimedToken(PunktToken):  # type: ignore[misc]
        __slots__ = ()
        _RE_ELLIPSIS = untimed(PunktToken._RE_ELLIPSIS)
        _RE_NUMERIC = untimed(PunktToken._RE_NUMERIC)
        _RE_INITIAL = untimed(PunktToken._RE_INITIAL)
        _RE_ALPHA = untimed(PunktToken._RE_ALPHA)

        @property
        def is_non_punct(self) -> Any:
            return non_punct.search(self.type)

    return UntimedLanguageVars(), UntimedToken


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence spans of `text[start:end]`, as offsets into `text`.

    The caller passes one paragraph at a time, so sentences never cross a paragraph break.
    Surrounding whitespace is not part of a span; a span is never empty.
    """
    if end is None:
        end = len(text)
    chunk = text[start:end]
    if not chunk.strip():
        return []
    spans: list[tuple[int, int]] = []
    for s, e in _punkt().span_tokenize(chunk):
        s, e = strip_span(text, start + s, start + e)
        if s >= e:
            continue
        if spans and (
            _initials_go_on(text, spans[-1], s) or _marked_name_goes_on(text, spans[-1], s)
        ):
            spans[-1] = (spans[-1][0], e)
        else:
            spans.append((s, e))
    return spans


def _initials_go_on(text: str, previous: tuple[int, int], start: int) -> bool:
    """Whether a sentence that ends on two initials runs on into the next ("the W.M. Keck ...").

    It does when the initials are not a known abbreviation that can end a sentence ("the U.S.")
    and the next span opens on a capitalised word that does not start sentences (a name goes on:
    "George R.R. Martin"; "The", "He", "But" start a new sentence).
    """
    # The pattern ends on the span's end and reaches at most five characters back from it.
    initials = _ENDS_ON_INITIALS.search(text, max(previous[0], previous[1] - 5), previous[1])
    if initials is None or initials.group(1).lower().rstrip(".") in ABBREVIATIONS:
        return False
    first = _FIRST_WORD.match(text, start)
    return first is not None and first.group(1).lower() not in _STARTERS_AFTER_INITIALS


_STARTERS_AFTER_INITIALS = SENTENCE_STARTERS | {"then"}


def _marked_name_goes_on(text: str, previous: tuple[int, int], start: int) -> bool:
    """Whether a span that ends on a name with its own mark runs on ("Which? said").

    A capitalised word with a question or exclamation mark attached, not closed by a quotation
    mark, followed by a verb of saying or finding in lower case ("said", "reported", "found"),
    is a body named so ("Which?", "Yahoo!") and the sentence goes on. Other lower-case words
    after such a title ("Hey Ya! after", "Christmas? has gone") are left as Punkt splits them:
    summaries and duplicate removal read those spans. A quoted question ('"Why?" she asked')
    ends on its quotation mark and is left too.
    """
    if _REPORTING_VERB.match(text, start) is None:
        return False
    lo = max(previous[0], previous[1] - 40)
    return _ENDS_ON_MARKED_NAME.search(text, lo, previous[1]) is not None


def marked_name_reports(text: str, mark: int) -> bool:
    """Whether the "?" or "!" at `mark` ends a body's name ("Which?", "Yahoo!") that a verb of
    saying or finding in lower case follows ("Which? said", "Yahoo! reported")."""
    if text[mark : mark + 1] not in ("?", "!"):
        return False
    gap = mark + 1
    while gap < len(text) and text[gap] in " \u00a0":
        gap += 1
    return gap > mark + 1 and _REPORTING_VERB.match(text, gap) is not None


# A capitalised word ending on its own "?" or "!" at the span's end, after a space or the start.
_ENDS_ON_MARKED_NAME = re.compile(r"(?:^|(?<=\s))[A-Z][\w'’.&-]*[?!]$")
# The verbs a body named with its own mark reports with, in lower case, after an auxiliary or
# not ("Which? said", "Which? has warned", "Yahoo! had reported").
_REPORTING_VERB = re.compile(
    r"(?:(?:has|have|had)[ \u00a0]+(?:also[ \u00a0]+|now[ \u00a0]+)?)?"
    r"(?:said|says|told|tells|added|adds|reported|reports|warned|warns|found|finds|announced"
    r"|claimed|claims|argued|argues|wrote|writes|urged|urges|estimated|estimates|suggested"
    r"|revealed|reveals|described|describes|called|calls|welcomed|welcomes|criticised"
    r"|criticized|responded|responds|insisted|insists|stated|states|explained|explains)\b"
)


def strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    """The span `text[start:end]` without the whitespace at either end (empty if all blank)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


@cache
def _word_tokenizer() -> object:
    import_nltk()
    from nltk.tokenize import NLTKWordTokenizer

    return NLTKWordTokenizer()


def tokenize_words(sentence: str) -> list[str]:
    """Words of a sentence (nltk's Treebank-style tokenizer), punctuation-only tokens dropped."""
    tokens: list[str] = _word_tokenizer().tokenize(sentence)  # type: ignore[attr-defined]
    return [t for t in tokens if _WORD.search(t)]


def warm_up() -> None:
    """Import nltk and build the tokenizers now (the GUI calls this off the UI thread)."""
    split_sentences("Warm up. Done.")
    tokenize_words("Warm up.")


class SumyTokenizer:
    """The tokenizer interface sumy's parsers and document model expect, backed by ours."""

    language = "english"

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        return tuple(paragraph[s:e] for s, e in split_sentences(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(tokenize_words(sentence))
