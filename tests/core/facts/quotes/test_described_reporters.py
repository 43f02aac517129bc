"""Someone described, not named, who reports something about herself ("A parent said she had
moved her son") is who a following '"...," she said' stands for, also when the quotation runs
over two sentences; never the person named further back. And "Its report said", after a
sentence that opens on a name the tracker cannot place ("Ofsted inspected X Academy"), is no
one's rather than the body named in passing. From our own article on a school inspection."""

from __future__ import annotations

from app.core.document import Document
from app.core.facts import quotes


def speakers(text: str) -> list[str | None]:
    return [q.speaker for q in quotes.extract(Document.from_text(text))]


_HEAD = (
    'Its principal, Dr Omar Haddad, said a new deputy had been appointed. "We got this '
    'wrong," he said.\n\n'
)


def test_a_described_reporter_is_the_she_of_the_next_quotation() -> None:
    text = _HEAD + (
        'A parent said she had taken her daughter out of the school. "Nobody called us back," '
        "she said."
    )
    assert speakers(text)[-1] == "A parent"


def test_a_quotation_of_two_sentences_reaches_the_reporter_before_it() -> None:
    text = _HEAD + (
        "One parent, whose daughter is in Year 8, said she had taken her out of the school. "
        '"I wrote twice. Nobody called us back," she said.'
    )
    assert speakers(text)[-1] == "One parent"


def test_a_named_reporter_stays_named() -> None:
    # guard: a name before "said she had" is the speaker
    text = _HEAD + (
        'Lena Moss said she had taken her daughter out of the school. "Nobody called us back," '
        "she said."
    )
    assert speakers(text)[-1] == "Lena Moss"


def test_its_report_after_an_unplaced_subject_is_not_the_body_in_passing() -> None:
    text = (
        "A college in Hartfield has been told to improve.\n\n"
        "Edvisor inspected Hartfield Vale College in October. Its report said managers had "
        '"ignored the warnings" of staff.'
    )
    assert speakers(text) == [None]


class _CountedSentences(tuple):  # type: ignore[type-arg]
    """The document's sentences, counting how many are looked up one by one."""

    looked_up = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def]
        if isinstance(key, int):
            type(self).looked_up += 1
        return super().__getitem__(key)


def test_a_pronoun_cue_reads_a_few_sentences_back_not_the_whole_article() -> None:
    # A long article of quotations: the cue of the last one reads the sentences just before it,
    # not every sentence back to the first (round 43: a 1 MB article took minutes in the app).
    from app.core.facts.quotes import _described_speaker, _extract
    from app.core.facts.quotes._pieces import find_pieces

    paragraph = 'A reader wrote in about the ferry. "It was late again," she said.\n\n'
    document = Document.from_text("Letters\n\n" + paragraph * 400)
    pieces = find_pieces(document)
    last = len(pieces) - 1
    pieces[last].cue = _extract._find_cue(document, pieces, last)
    counted = _CountedSentences(document.sentences)
    object.__setattr__(document, "sentences", counted)
    people = _extract._read_discourse(document, [], set())
    _CountedSentences.looked_up = 0
    _described_speaker.described_speaker(document, pieces, last, people)
    assert _CountedSentences.looked_up < 50
