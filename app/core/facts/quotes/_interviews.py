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
the publication's, not quotations of anyone.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

from app.core.document import Document, Paragraph
from app.core.facts.model import QuoteFact
from app.core.facts.nlp.discourse import Discourse
from app.core.facts.quotes._marks import find_marked_spans

_QUESTION = re.compile(r"Q[ \u00a0]*:[ \u00a0]*\S")
_ANSWER = re.compile(r"A[ \u00a0]*:[ \u00a0]*(?=\S)")


def answer_paragraphs(document: Document) -> list[tuple[Paragraph, int]]:
    """Each answer paragraph that follows a question, with the offset where its words begin
    (after "A:"); an answer that holds quotation marks of its own is left to them."""
    text = document.text
    found: list[tuple[Paragraph, int]] = []
    for question, answer in itertools.pairwise(document.paragraphs):
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
    return found


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
