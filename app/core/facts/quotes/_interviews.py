"""Interviews set out as questions and answers, without quotation marks.

A question-and-answer article prints each question as a paragraph opened by "Q:" and each reply
as one opened by "A:":

    Q: Why did you close the shop?
    A: Because the rent doubled in a year.

The replies are the interviewee's own words, though no mark says so. `answer_paragraphs` finds
each "A:" paragraph that follows a "Q:" paragraph; `interview_quotes` makes one quote of each,
spoken by the person the article introduces before its first question ("Council waste manager
Ana Ruiz answers readers' questions": the only one named, or the one named most often), or by
no one when no one stands out (the app then says "unattributed": the interviewer may be named
beside the interviewee). The questions are
the publication's, not quotations of anyone. "Q." and "A." are read as "Q:" and "A:", and an
answer that runs on over plain paragraphs until the next question is the interviewee's too.

Some interviews label each paragraph with its speaker's name instead ("Tom Hale: Why now?",
"Irene Calder: I was ready."): `labelled_paragraphs` finds them (two or more labels, some of them
asking questions), and `labelled_quotes` makes a quote of each paragraph whose label names a person
the article introduced, spoken by that person; the paragraphs of a label that only asks questions
(the interviewer's) are no quotations.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from app.core.document import Document, Paragraph
from app.core.facts.model import QuoteFact
from app.core.facts.nlp.discourse import Discourse
from app.core.facts.quotes._marks import find_marked_spans

_QUESTION = re.compile(r"Q[ \u00a0]*[:.][ \u00a0]*\S")
# "A:" or "A." (not the initial of a name: "A. J. Ruiz").
_ANSWER = re.compile(r"A[ \u00a0]*(?::|\.(?![ \u00a0]*[A-Z]\.))[ \u00a0]*(?=\S)")
# A speaker's name as a paragraph's label: one to three capitalised words and a colon.
_LABEL = re.compile(
    r"(?P<label>[A-Z][\w'’-]+(?:[ \u00a0]+[A-Z][\w'’-]+){0,2})[ \u00a0]*:[ \u00a0]+(?=\S)"
)


def answer_paragraphs(document: Document) -> list[tuple[Paragraph, int]]:
    """Each answer paragraph that follows a question, with the offset where its words begin
    (after "A:"), and the plain paragraphs an answer runs on over when a question follows them;
    an answer that holds quotation marks of its own is left to them."""
    text = document.text
    paragraphs = document.paragraphs
    found: list[tuple[Paragraph, int]] = []
    for question, answer in itertools.pairwise(paragraphs):
        if question.kind is not None or answer.kind is not None:
            continue
        if not _QUESTION.match(question.text):
            continue
        opened = _ANSWER.match(answer.text)
        if opened is None or len(answer.text[opened.end() :].split()) < 2:
            continue
        if find_marked_spans(text, answer.start, answer.end):
            continue
        found.append((answer, answer.start + opened.end()))
        found += [(more, more.start) for more in _runs_on(document, answer.index, _opens_question)]
    return found


def _runs_on(document: Document, index: int, asks: Callable[[Paragraph], bool]) -> list[Paragraph]:
    """The plain paragraphs after paragraph `index` up to the next question (`asks`), when one
    follows (an answer set out over several paragraphs); none when the run ends otherwise (the
    article's own text may follow the last answer)."""
    text = document.text
    run: list[Paragraph] = []
    for paragraph in document.paragraphs[index + 1 :]:
        if paragraph.kind is not None:
            return []
        if asks(paragraph):
            return run
        if (
            _ANSWER.match(paragraph.text)
            or _LABEL.match(paragraph.text)
            or find_marked_spans(text, paragraph.start, paragraph.end)
        ):
            return []
        run.append(paragraph)
    return []


def _opens_question(paragraph: Paragraph) -> bool:
    return _QUESTION.match(paragraph.text) is not None


def labelled_paragraphs(document: Document) -> list[tuple[Paragraph, int, str]]:
    """Each answer of an interview set out under its speakers' names, with the offset where its
    words begin and the label: a paragraph whose label is not the asker's, right after one of
    the asker's questions (the asker: a label all of whose paragraphs end with "?"). Answers
    with quotation marks of their own are left to them; a plain paragraph after an answer runs
    on under its label until the asker's next question."""
    labels: dict[int, tuple[int, str]] = {}
    for paragraph in document.paragraphs:
        opened = _LABEL.match(paragraph.text) if paragraph.kind is None else None
        if opened is not None and len(paragraph.text[opened.end() :].split()) >= 2:
            labels[paragraph.index] = (paragraph.start + opened.end(), opened.group("label"))
    named = {label for _, label in labels.values()}
    askers = {
        label
        for label in named
        if all(
            document.paragraphs[i].text.rstrip().endswith("?")
            for i, (_, own) in labels.items()
            if own == label
        )
    }
    if len(named) < 2 or not askers or askers == named:
        return []

    def asks(paragraph: Paragraph) -> bool:
        return labels.get(paragraph.index, (0, ""))[1] in askers

    found: list[tuple[Paragraph, int, str]] = []
    for paragraph in document.paragraphs[1:]:
        start, name = labels.get(paragraph.index, (0, ""))
        if not name or name in askers or not asks(document.paragraphs[paragraph.index - 1]):
            continue
        if find_marked_spans(document.text, paragraph.start, paragraph.end):
            continue
        found.append((paragraph, start, name))
        found += [(more, more.start, name) for more in _runs_on(document, paragraph.index, asks)]
    return found


def labelled_quotes(
    document: Document, labelled: list[tuple[Paragraph, int, str]], people: Discourse
) -> list[QuoteFact]:
    """One quote per labelled paragraph whose label names a person the article introduced
    before it ("Calder:" after "Irene Calder"), spoken by that person."""
    quotes: list[QuoteFact] = []
    for paragraph, start, label in labelled:
        person = people.full_name(label, paragraph.start)
        if person is None or (start == paragraph.start and _narrates(paragraph.text, person.name)):
            continue
        end = paragraph.start + len(paragraph.text.rstrip())
        sentence = document.sentence_at(start)
        quotes.append(
            QuoteFact(
                document.text[start:end],
                start,
                end,
                sentence.index if sentence is not None else None,
                person.name,
            )
        )
    return quotes


def interview_quotes(
    document: Document, answers: list[tuple[Paragraph, int]], people: Discourse
) -> list[QuoteFact]:
    """One quote per answer, spoken by the interviewee (`interviewee`) or by no one."""
    if not answers:
        return []
    text = document.text
    first_question = document.paragraphs[answers[0][0].index - 1].start
    speaker = interviewee(people, first_question)
    quotes: list[QuoteFact] = []
    for answer, start in answers:
        if start == answer.start and _narrates(answer.text, speaker):
            continue
        end = answer.start + len(answer.text.rstrip())
        sentence = document.sentence_at(start)
        quotes.append(
            QuoteFact(
                text[start:end],
                start,
                end,
                sentence.index if sentence is not None else None,
                speaker,
            )
        )
    return quotes


def answers_in_marks(
    document: Document, quotes: list[QuoteFact], people: Discourse
) -> list[QuoteFact]:
    """`quotes`, where a quotation in an "A:" answer with marks of its own ('A: "I had to live
    first," she laughs.') that no one was found for is the interviewee's, when the answer names
    no one else."""
    answers = [
        answer
        for question, answer in itertools.pairwise(document.paragraphs)
        if question.kind is None
        and answer.kind is None
        and _QUESTION.match(question.text)
        and _ANSWER.match(answer.text)
    ]
    if not answers:
        return quotes
    first_question = document.paragraphs[answers[0].index - 1].start
    speaker = interviewee(people, first_question)
    if speaker is None:
        return quotes
    found: list[QuoteFact] = []
    for quote in quotes:
        answer = next((a for a in answers if a.start <= quote.start < a.end), None)
        if (
            quote.speaker is None
            and answer is not None
            and all(e.name == speaker for e in people.people_between(answer.start, answer.end))
        ):
            quote = replace(quote, speaker=speaker)
        found.append(quote)
    return found


def _narrates(paragraph: str, speaker: str | None) -> bool:
    """Whether a plain paragraph inside an answer tells of its speaker rather than quoting them
    ("Calder pauses, then laughs.", "She looks out of the window."): it opens with "He" or "She"
    or names the speaker."""
    words = re.findall(r"[\w'’-]+", paragraph)
    if words and words[0] in ("He", "She"):
        return True
    return speaker is not None and any(part in words for part in speaker.split())


def interviewee(people: Discourse, first_question: int) -> str | None:
    """The person the article introduces before its first question: the only one it names, or
    the one it names (or refers back to) more often than anyone else, at least twice ("Ana Ruiz
    spent the morning in Leeds, where she spoke with our reporter Tom Hale. Ruiz ..."); None when
    it names no one or no one stands out."""
    counts = Counter(entity.name for entity in people.people_between(0, first_question))
    if len(counts) == 1:
        return next(iter(counts))
    ranked = counts.most_common(2)
    if len(ranked) == 2 and ranked[0][1] >= 2 and ranked[0][1] > ranked[1][1]:
        return ranked[0][0]
    return None
