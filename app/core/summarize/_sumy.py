"""What every summariser here shares with sumy: its stemmer, its stop words, its document model.

The registry and our own `default` method both build on sumy; they take these from here rather
than from each other, so neither imports the other's internals.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from app.core.document import Document, Sentence
from app.core.nltk_import import import_nltk
from app.core.sentences import SumyTokenizer


@cache
def stemmer() -> Callable[[str], str]:
    """sumy's English Snowball stemmer (no NLTK data needed)."""
    import_nltk()  # sumy imports nltk
    from sumy.nlp.stemmers import Stemmer

    return Stemmer("english")  # type: ignore[no-any-return]


@cache
def stop_words() -> frozenset[str]:
    """sumy's bundled English stop words (no NLTK data needed)."""
    import_nltk()
    from sumy.utils import get_stop_words

    return frozenset(get_stop_words("english"))


def sumy_document(document: Document) -> tuple[Any, dict[int, Sentence]]:
    """sumy's document model for `document`, and a map from id(sumy sentence) to our sentence.

    The model holds the summary's candidates only: furniture is never summarised, and a
    sentence is weighed without a dateline it opens with (`Document.reading_text`). The title
    and the standfirst are its headings (they count in word statistics, are never chosen).
    """
    from sumy.models.dom import ObjectDocumentModel
    from sumy.models.dom import Paragraph as SumyParagraph
    from sumy.models.dom import Sentence as SumySentence

    tokenizer = SumyTokenizer()
    by_id: dict[int, Sentence] = {}
    paragraphs: list[Any] = []
    for heading in (document.title, document.standfirst):  # in the word counts, not candidates
        if heading is not None:
            paragraphs.append(SumyParagraph([SumySentence(heading.text, tokenizer, True)]))
    current: list[Any] = []
    current_index = 0
    for sentence in document.candidates:
        if sentence.paragraph != current_index and current:
            paragraphs.append(SumyParagraph(current))
            current = []
        current_index = sentence.paragraph
        sumy_sentence = SumySentence(document.reading_text(sentence), tokenizer)
        by_id[id(sumy_sentence)] = sentence
        current.append(sumy_sentence)
    if current:
        paragraphs.append(SumyParagraph(current))
    return ObjectDocumentModel(paragraphs), by_id
