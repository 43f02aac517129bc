"""Sentence-level reading checks for the default summarizer: what readers hate in a summary.

Each check looks at one sentence's text only (no statistics), so it is cheap and explainable:
page furniture (boilerplate, bylines, photo captions), questions, fragments, openers that
point back to an earlier sentence ("He", "However", "In return"), and reported speech. The word
lists are plain files in `resources/lexicons/summary_*.txt`, read with importlib.resources.
`linked_flags` then links neighbours: a question and its answer, a quotation over sentences
(found by `_quotations`), a lead-in and what spells it out.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib import resources

from app.core.summarize.default._lead_in import elaborates, is_lead_in
from app.core.summarize.default._prose import is_no_comment, is_not_prose, is_row, is_tally
from app.core.summarize.default._quotations import (
    has_double_mark,
    is_bare_quotation,
    quoted_passages,
)

# Leading characters that do not count when reading a sentence's first word.
_LEADING = "\"'`‘’“”«»([{ -–—*•#"
_TERMINAL = re.compile(r"[.!?…]['\"’”»)\]]*\s*$|[.!?]\s*['\"’”»)\]]+\s*$")
_QUESTION = re.compile(r"\?\s*['\"’”»)\]]*\s*$")
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?")
# A photo caption's telltales: "(pictured)", "( left )", "(centre)", "pictured above".
_CAPTION_MARK = re.compile(
    r"\(\s*(pictured|left|right|centre|center|top|bottom|above|below|inset|file photo|"
    r"second (left|right)|far (left|right)|front|back)\s*\)|\bpictured (above|below|left|right)\b",
    re.IGNORECASE,
)
# A caption label: "Big Brother is watching : A speed camera ..." (a short lead-in, a colon, a
# capital), unless the lead-in is a speech verb ("Luis said : 'I am happy'").
_LABEL = re.compile(r"^([^:]{1,40}?)\s:\s+['\"‘“]?[A-Z0-9]")
_SPEECH = re.compile(r"\b(said|says|say|told|added|asked|wrote|tweeted|explained|stated)\b", re.I)
# Reported speech: the plain verbs news uses to attribute a statement to its source.
_REPORTED = re.compile(r"\b(said|says|told|added)\b")


def _lexicon_lines(name: str) -> list[str]:
    text = (resources.files("app.resources") / "lexicons" / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def _boilerplate() -> re.Pattern[str]:
    patterns = _lexicon_lines("summary_boilerplate.txt")
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


_ANSWER_LABEL = re.compile(r"\s*A\s?:\s")
# A line of an interview in Q:/A: form: a question or an answer label.
_LABEL_LINE = re.compile(r"\s*[QA]\s?:\s")
_QUESTION_LABEL = re.compile(r"\s*Q\s?:\s")
# What "Sixty of ..." takes a part of when it refers back (see `opens_backwards`).
_PART_OF = frozenset({"them", "these", "it"})
# "This" or "These" before a stretch of the present points at the time of writing, not back at
# an earlier sentence: "This week, the club agreed ...", "These days, buyers ...". ("This time"
# does point back, to a time the text told of before.)
_PRESENT = frozenset(
    {"year", "week", "month", "season", "weekend", "morning", "afternoon", "evening", "days"}
    | {"spring", "summer", "autumn", "winter"}
)
# An "It" that stands for the clause after it (an extraposed subject) names nothing said before:
# "It is thought that ...", "It is not clear whether ...", "It emerged that ...". Only an
# adjective or participle that takes such a clause counts: in "It is expected to cost £5m" the
# "It" is a thing named before.
_EXTRAPOSED = re.compile(
    r"It\s+(?:(?:is|was|has\s+been|had\s+been|will\s+be|would\s+be|may\s+be|might\s+be|"
    r"remains|remained|seems|seemed|appears|appeared)\s+"
    r"(?:(?:not|now|also|still|yet|already|so|very|\w+ly)\s+)*"
    r"(?:thought|understood|believed|expected|estimated|predicted|reported|said|known|feared|"
    r"hoped|rumou?red|alleged|claimed|suggested|argued|accepted|agreed|announced|confirmed|"
    r"established|likely|unlikely|clear|unclear|possible|impossible|certain|uncertain|doubtful|"
    r"true|evident|obvious|important|vital|essential|necessary|urgent|inevitable|surprising)"
    r"\s+(?:that|whether|if|what|how|why|when|where|who)|"
    r"(?:has\s+|had\s+)?(?:emerged|seems|seemed|appears|appeared)\s+that)\b"
)


@cache
def openers() -> tuple[tuple[str, ...], ...]:
    """The back-pointing openers, each as a tuple of words, longest first."""
    words = [tuple(line.split()) for line in _lexicon_lines("summary_openers.txt")]
    return tuple(sorted(words, key=len, reverse=True))


@cache
def openers_by_length() -> tuple[tuple[int, frozenset[tuple[str, ...]]], ...]:
    """The openers grouped by their number of words: a sentence's first words are looked up
    once per length instead of compared with every opener."""
    lengths = sorted({len(opener) for opener in openers()}, reverse=True)
    return tuple((n, frozenset(o for o in openers() if len(o) == n)) for n in lengths)


def first_words(text: str, count: int) -> tuple[str, ...]:
    """The first `count` words of `text`, ignoring leading quotes, brackets and dashes."""
    words = _WORD.finditer(text.lstrip(_LEADING), 0)
    return tuple(m.group() for m in itertools.islice(words, count))  # not the whole sentence


def opens_backwards(text: str) -> bool:
    """Whether the sentence opens on a pronoun or connective that needs an earlier sentence.

    "He resigned.", "In return, ...", "Sixty of them ...", "Both were fined." and "The same goes
    for ..." (`_pronoun_subject`) and an interview's "A: ..." do; "Hebrew ...",
    "There are ...", "Most of those surveyed ...", "This week, ..." (the time of writing) and
    "It is thought that ..." (the "It" is the clause after it) do not.
    """
    if _ANSWER_LABEL.match(text):
        return True  # "A: ..." in an interview answers the "Q: ..." before it
    head = first_words(text, 4)
    if len(head) > 1 and head[0] in ("This", "These") and _bare(head[1]) in _PRESENT:
        return False  # "This week, ...": the time of writing
    if head[:1] == ("It",) and _EXTRAPOSED.match(text.lstrip(_LEADING)):
        return False  # "It is thought that ...": the "It" is the clause after it
    if any(head[:n] in group for n, group in openers_by_length()):
        return True
    if _pronoun_subject(head):
        return True
    # "Sixty of them ...", "Most of these ...", "Some of it ...": a part of something named before.
    return any(head[i] == "of" and head[i + 1] in _PART_OF for i in range(1, min(3, len(head) - 1)))


# Words that stand for things named before when a verb follows them: "Both were fined.",
# "Neither has replied.", "The same goes for the bank." ("Both sides agreed", "Neither Ford nor
# Fiat", "The same year" name what they mean, and are no openers).
_STANDING = frozenset({("Both",), ("Neither",), ("Either",), ("The", "same")})
_AUXILIARY = frozenset(
    "is are was were has have had will would can could may might must should shall does do did "
    "goes went applies applied holds held happened happens".split()
)


def _pronoun_subject(head: tuple[str, ...]) -> bool:
    """Whether the sentence opens on a word that stands for things named before, as the subject
    of the verb after it ("Both were fined.", "The same goes for ...")."""
    for size in (1, 2):
        if head[:size] in _STANDING and len(head) > size:
            return head[size] in _AUXILIARY
    return False


def _bare(word: str) -> str:
    """A word without its possessive ending ("year's" -> "year")."""
    return re.split("['’]", word, maxsplit=1)[0]


# A quotation whose speaker is only a pronoun ('"...," she said.'): its speaker is named before.
_PRONOUN_SPEAKER = re.compile(
    r"""[,!?…]\s*['"’”]\s+(?:(?:he|she|they|it)\s+(?:said|says|added|adds|told|tells|explained|"""
    r"""continued|went\s+on)|(?:said|says|added|adds)\s+(?:he|she|they|it))\b""",
    re.IGNORECASE,
)


def quoted_pronoun(text: str) -> bool:
    """Whether the sentence quotes someone it names only by a pronoun ('"...," she said'):
    read alone, the summary would not say who spoke, so it opens backwards and is taken with
    the sentence before it. Cost: bbc-dev ROUGE-1 81.16 -> 81.04 (71 of 1,114 summaries
    changed; bbc's own reference summaries carry such quotations); cnndm-dev unchanged."""
    return _PRONOUN_SPEAKER.search(text) is not None


def quoted_pronoun_word(text: str) -> str | None:
    """The pronoun that names the speaker of a quotation ("she" in '"...," she said'), or None."""
    match = _PRONOUN_SPEAKER.search(text)
    if match is None:
        return None
    words: list[str] = _WORD.findall(match.group().lower())
    return next(w for w in words if w in _SPEAKER_PRONOUNS)


_SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "it"})


def says(text: str) -> bool:
    """Whether the sentence has a speech verb ("said", "told", "added", "wrote", ...)."""
    return _SPEECH.search(text) is not None


def is_boilerplate(text: str) -> bool:
    """Page furniture: "Scroll down for video", "Share this article", bylines, captions, and
    the news line that says nothing ("X declined to comment.")."""
    body = text.lstrip(_LEADING)
    if _boilerplate().match(body) or is_no_comment(body):
        return True
    if _TERMINAL.search(text) is None and _CAPTION_MARK.search(body):
        return True  # the end first: most sentences have one, so the mark is rarely searched
    label = _LABEL.match(body)
    return label is not None and not _SPEECH.search(label.group(1))


def is_caption(text: str) -> bool:
    """Reads like a photo caption ("Ruiz (pictured) waves ..."), though it is a whole sentence.

    News sites also write "(pictured)" in body sentences, so this is a penalty, not a ban.
    """
    return _CAPTION_MARK.search(text) is not None


def is_question(text: str) -> bool:
    """A question (ends with "?", closing quotes allowed)."""
    return _QUESTION.search(text) is not None


def reports_speech(text: str) -> bool:
    """The sentence attributes a statement to a source ("..., he said", "told the BBC")."""
    return _REPORTED.search(text) is not None


# A source tag a news lead opens with: "(CNN) --", "( cnn )", "(Reuters) -".
_SOURCE_TAG = re.compile(r"^\s*\(\s*[^()\s][^()]{0,28}\)\s*(?:[-–—]+\s*)?")


def is_fragment(text: str) -> bool:
    """Not a whole sentence: too short, lower-case start, or no sentence-final punctuation.

    The source tag a news lead opens with ("(CNN) --") is not part of the sentence, and the
    word after it may be in lower case: texts cased by sentence ("( cnn ) the victory of ...")
    saw the bracket as the sentence's first character.
    """
    tag = _SOURCE_TAG.match(text)
    body = text[tag.end() if tag else 0 :].lstrip(_LEADING)
    if len(list(itertools.islice(_WORD.finditer(body), 4))) < 4:
        return True  # the words are counted up to four, not all of them
    if body[:1].islower() and tag is None:
        return True
    return _TERMINAL.search(text) is None


@dataclass(frozen=True, slots=True)
class ReadingFlags:
    """What a sentence is, for the summarizer's penalties.

    `continues` and `needs_next` come from the sentence's neighbours (`linked_flags`): a
    sentence that answers a question or goes on with a quotation opened before it `continues`
    (it is taken only with the sentence before it, and `backward` is set too); a question with
    an answer after it, or a sentence whose quotation goes on in the next, `needs_next`.
    `not_prose` marks a list or table row, a stat line or a scrap (`_prose`): like
    `boilerplate`, never chosen. `unnamed_before` (`_attribution.unnamed_neighbours`): the
    sentence names its speaker by a pronoun only and the sentence before it names no one, so
    that sentence is no antecedent for it: only one that names the speaker is. `quotation`: the
    sentence holds a double quotation mark (a quotation, whole or in part).
    """

    boilerplate: bool
    question: bool
    fragment: bool
    backward: bool
    caption: bool
    reported: bool
    continues: bool = False
    needs_next: bool = False
    not_prose: bool = False
    tally: bool = False
    unnamed_before: bool = False
    quotation: bool = False


def reading_flags(text: str) -> ReadingFlags:
    """All reading checks for one sentence."""
    return ReadingFlags(
        is_boilerplate(text),
        is_question(text),
        is_fragment(text),
        opens_backwards(text) or quoted_pronoun(text),
        is_caption(text),
        reports_speech(text),
        not_prose=is_not_prose(text),
        tally=is_tally(text),
        quotation=has_double_mark(text),
    )


# How an answer opens; a question of at most `_PROMPT_WORDS` words is a prompt for the next.
_ANSWER = re.compile(
    r"^(?:because|yes|no|not|well|simple|simply|the answer|the short answer|in short|"
    r"that'?s|it'?s|partly|mostly|probably|perhaps|maybe|absolutely|sure)\b",
    re.IGNORECASE,
)
_PROMPT_WORDS = 3


def _answers(question: str, asked: ReadingFlags, text: str, flags: ReadingFlags) -> bool:
    """Whether `text` answers the question before it."""
    if not asked.question or flags.question or _WORD.search(question) is None:
        return False  # (a "?" alone asks nothing: `_prose.is_scrap`)
    prompt = len(_WORD.findall(question)) <= _PROMPT_WORDS
    return prompt or _ANSWER.match(text.lstrip(_LEADING)) is not None


def linked_flags(
    texts: Sequence[str], paragraphs: Sequence[int], flags: Sequence[ReadingFlags]
) -> list[ReadingFlags]:
    """`flags` with the links between neighbouring sentences of a paragraph set.

    * A question and its answer ("Why? Because ...") go together: the answer `continues`, the
      question `needs_next` (never the answer without its question, nor the question without
      its answer). The sentence after a question is its answer when it opens like one
      ("Because", "Yes", "The answer") or the question is a short prompt ("Why?", "The
      result?"); a lead after a teaser question ("Ever seen a night train?") stands alone.
    * A quoted passage stays whole or stays out (`quoted_passages`): every sentence of it but
      the first `continues`, every one but the last `needs_next`, so a summary never holds a
      quotation left open nor one picked up in the middle. `_select` weighs such a passage as
      one unit (the mean of its sentences' scores, with the sentence before it when it opens
      backwards), which cost bbc-dev 0.20 ROUGE-1 against letting the opening sentence stand
      alone (81.45 -> 81.25, Reduction 81.20); also leaving out passages over 2 or 3
      sentences, or over 40 or 60 words, did not do better (benchmarks/RESULTS.md). Single
      quotations are followed too (`_quotations._single_state`): before, 22 of cnndm-dev's 193
      summaries held one cut out of its passage; whole passages cost cnndm-dev 0.16 ROUGE-1
      (42.70 -> 42.54; bbc-dev 81.20 unchanged).
      A passage that ends '..." he said.' names its speaker only by that pronoun, so the
      passage opens `backward` as a one-sentence quotation would: it comes with the sentence
      before it (or one that names the speaker further back: `_attribution`).
    * An interview in Q:/A: form: a "Q:" line and the "A:" line after it go together (the
      answer `continues`, the question `needs_next`: a long question is no short prompt and
      "A:" opens like no answer, so before this a summary could hold a question alone), and a
      later sentence of the answer's paragraph opens `backward` ("The last one flooded ..."
      needs the "A:" line it goes on from). Neither dev set has such a text: no summary changed.
    * A lead-in, a group's state or attitude and nothing else ("Residents were less
      enthusiastic.", `_lead_in.is_lead_in`), before a sentence that says who and what (a
      quotation, reported speech, "Some ..."), `needs_next`, in the same paragraph or across
      a paragraph break: read alone it tells nothing.
    * A sentence that is one quotation and nothing else, after a sentence of the same paragraph
      that reports speech (or after another such quotation), opens `backward`: its speaker is
      named before it ('"We offered a compromise," he said. "The answer was no."'), so it is
      taken with that sentence or not at all. Cost: bbc-dev ROUGE-1 81.20 -> 81.16 (32 of
      1,114 summaries changed; cnndm-dev unchanged), against quotations in the summary that
      no reader can attribute.
    """
    result = list(flags)
    bare = [False] * len(texts)  # linked to the speaker before it, directly or in a chain
    for i in range(1, len(texts)):
        # '"We offered a compromise," he said. "The answer was no."': the second quotation's
        # speaker is named in the sentence before only; never read alone.
        if (
            paragraphs[i] == paragraphs[i - 1]
            and is_bare_quotation(texts[i])
            and (bare[i - 1] or _SPEECH.search(texts[i - 1]) is not None)
        ):
            bare[i] = True
            result[i] = replace(result[i], backward=True)
    for first, last in quoted_passages(texts, paragraphs):
        for i in range(first, last):
            result[i] = replace(result[i], needs_next=True)
            result[i + 1] = replace(result[i + 1], continues=True, backward=True)
        if quoted_pronoun(texts[last]):  # '"... . ...," he said.': "he" is named before it
            result[first] = replace(result[first], backward=True)
    # An interview's "Q:" line and the "A:" line after it go together (a question never comes
    # without its answer), and a later sentence of the answer's paragraph ("The last one
    # flooded ...") comes only after the one before it, as an opener like "He" does.
    for i, text in enumerate(texts):
        if not _ANSWER_LABEL.match(text):
            continue
        if i > 0 and _QUESTION_LABEL.match(texts[i - 1]):  # and its question comes only with it
            result[i - 1] = replace(result[i - 1], needs_next=True)
            result[i] = replace(result[i], continues=True, backward=True)
        j = i + 1
        while j < len(texts) and paragraphs[j] == paragraphs[i] and not _LABEL_LINE.match(texts[j]):
            result[j] = replace(result[j], backward=True)
            j += 1
    for i, text in enumerate(texts):
        if i > 0 and _answers(texts[i - 1], flags[i - 1], text, flags[i]):
            result[i] = replace(result[i], continues=True, backward=True)
        if i + 1 < len(texts) and _answers(text, flags[i], texts[i + 1], flags[i + 1]):
            result[i] = replace(result[i], needs_next=True)
    # A lead-in ("Not everyone agrees.") says nothing without the sentence after it that says
    # who and what (`_lead_in`): it is taken only with that sentence, never alone.
    for i in range(len(texts) - 1):
        if is_lead_in(texts[i]) and elaborates(texts[i + 1]):
            result[i] = replace(result[i], needs_next=True)
    # A short sentence that goes on with the one before it ("It will close in the autumn." in
    # a quotation, "Yes." after a question) is not a scrap: it is never read alone.
    for i, g in enumerate(result):
        if g.continues and g.not_prose and not is_row(texts[i]):
            result[i] = replace(g, not_prose=False)
    return result
