import pytest

from app.core.document import Document

ARTICLE = (
    "Council backs new ferry plan\n"
    "The council approved the plan on Monday. Dr. Ruth Vale said it was overdue.\n"
    "\n"
    "  Work starts in May.  \n"
    "Critics were not convinced. They want a vote."
)


def test_title_paragraphs_and_sentences_with_offsets():
    doc = Document.from_text(ARTICLE)
    assert doc.title is not None and doc.title.text == "Council backs new ferry plan"
    assert [p.text for p in doc.paragraphs] == [
        "The council approved the plan on Monday. Dr. Ruth Vale said it was overdue.",
        "Work starts in May.",
        "Critics were not convinced. They want a vote.",
    ]
    assert [s.paragraph for s in doc.sentences] == [0, 0, 1, 2, 2]
    for item in (*doc.paragraphs, *doc.sentences, doc.title):
        assert doc.text[item.start : item.end] == item.text
    assert [s.index for s in doc.sentences] == list(range(5))


def test_first_line_ending_like_a_sentence_is_not_a_title():
    doc = Document.from_text("This is a sentence.\nAnd another one.")
    assert doc.title is None
    assert len(doc.paragraphs) == 2


def test_single_line_is_never_a_title():
    doc = Document.from_text("Short headline only")
    assert doc.title is None
    assert [s.text for s in doc.sentences] == ["Short headline only"]


def test_sentence_at_finds_the_containing_sentence():
    doc = Document.from_text(ARTICLE)
    second = doc.sentences[1]
    assert doc.sentence_at(second.start) == second
    assert doc.sentence_at(second.end - 1) == second
    assert doc.sentence_at(0) is None  # the title
    assert doc.sentence_at(len(ARTICLE) + 5) is None


def test_empty_and_blank_text():
    for text in ("", "\n\n  \n"):
        doc = Document.from_text(text)
        assert doc.title is None and doc.paragraphs == () and doc.sentences == ()


@pytest.mark.parametrize(
    "text",
    [
        # a sentence broken after a word that needs more
        "Harwick councillors Ana Ruiz and\nTom Lee voted against the ferry plan on Monday.\nMore.",
        "The new library in the old market\nhall will open in the spring, a year late.\nMore.",
        # the next line carries on in lower case
        "The council said on Monday that the library\nwould open in the spring.\nMore.",
    ],
)
def test_a_wrapped_first_sentence_is_not_a_title(text):
    assert Document.from_text(text).title is None


@pytest.mark.parametrize(
    "text",
    [
        "Council backs new ferry plan\n\nThe council backed the plan on Monday.",
        "Council backs new ferry plan\nThe council backed the plan on Monday.",
        "What the ferry plan means for Harwick\n\nIt means two sailings a day.",
    ],
)
def test_a_headline_stays_the_title(text):
    title = Document.from_text(text).title
    assert title is not None and title.text == text.split("\n")[0]


def test_a_sentence_is_read_without_the_dateline_it_opens_with():
    text = (
        "Ferry line to close\n\n"
        "PORTSMOUTH (AP) — The island ferry will stop running in May, its owner said.\n"
        "Passengers can use the bridge instead."
    )
    document = Document.from_text(text)
    first, second = document.sentences[:2]
    assert first.text.startswith("PORTSMOUTH (AP)")
    assert (
        document.reading_text(first) == "The island ferry will stop running in May, its owner said."
    )
    assert document.reading_text(second) == second.text


def test_a_sentence_without_its_dateline_keeps_its_index_and_offsets():
    text = (
        "Ferry line to close\n\n"
        "PORTSMOUTH (AP) — The island ferry will stop running in May, its owner said.\n"
        "Passengers can use the bridge instead."
    )
    document = Document.from_text(text)
    first, second = document.sentences[:2]
    trimmed = document.without_prefix(first)
    assert trimmed.text == "The island ferry will stop running in May, its owner said."
    assert document.text[trimmed.start : trimmed.end] == trimmed.text
    assert (trimmed.index, trimmed.end, trimmed.paragraph) == (first.index, first.end, 0)
    assert document.without_prefix(second) is second


def test_a_declared_title_on_the_first_line_is_the_title_though_it_ends_like_a_sentence() -> None:
    text = (
        "Ferries return. The harbour is open.\n"
        "The first boat left at six on Monday, the port authority said."
    )
    assert Document.from_text(text).title is None  # read alone, it is a sentence
    declared = Document.from_text(text, declared_title="Ferries return.  The harbour is open.")
    assert declared.title is not None
    assert declared.title.text == "Ferries return. The harbour is open."
    assert [s.text for s in declared.sentences] == [
        "The first boat left at six on Monday, the port authority said."
    ]
    other = Document.from_text(text, declared_title="Harbour news")
    assert other.title is None


@pytest.mark.parametrize("kicker", ["NEWS RELEASE", "OPINION", "For immediate release"])
def test_a_kicker_over_the_headline_is_a_heading_and_the_headline_is_the_title(kicker):
    text = (
        f"{kicker}\n\nMarsh Trust opens two new bird hides\n\n"
        "The Marsh Trust has opened two bird hides on the north shore. They cost £40,000."
    )
    doc = Document.from_text(text)
    assert doc.title is not None and doc.title.text == "Marsh Trust opens two new bird hides"
    assert doc.paragraphs[0].text == kicker and doc.paragraphs[0].kind is not None
    assert [s.text for s in doc.candidates] == [
        "The Marsh Trust has opened two bird hides on the north shore.",
        "They cost £40,000.",
    ]


def test_a_short_headline_in_capitals_over_a_sentence_stays_the_title():
    # A guard: only a kicker over another headline gives way.
    doc = Document.from_text("FERRY SAVED\n\nThe island ferry will keep running, the council said.")
    assert doc.title is not None and doc.title.text == "FERRY SAVED"


def test_what_follows_a_release_end_mark_is_credit():
    text = (
        "Marsh Trust opens two new bird hides\n\n"
        "The Marsh Trust has opened two bird hides on the north shore.\n\n"
        "ENDS\n\n"
        "About the Marsh Trust\n\n"
        "The Marsh Trust is a charity that looks after 12 nature reserves.\n\n"
        "Press office: 01234 567890."
    )
    doc = Document.from_text(text)
    assert [s.text for s in doc.candidates] == [
        "The Marsh Trust has opened two bird hides on the north shore."
    ]
    kinds = {doc.text[f.start : f.end]: str(f.kind) for f in doc.furniture}
    assert kinds["The Marsh Trust is a charity that looks after 12 nature reserves."] == "credit"


WALKING = (
    "Walking helps the heart, study finds\n"
    "Researchers say 30 minutes a day may be enough\n"
    "A study of 4,000 adults found that a brisk half-hour walk cut heart disease by a fifth.\n"
    "The team followed the volunteers for ten years."
)


def test_an_unstopped_line_under_the_headline_is_the_standfirst():
    doc = Document.from_text(WALKING)
    assert doc.standfirst is not None
    assert doc.standfirst.text == "Researchers say 30 minutes a day may be enough"
    # It stays the article's own text (its facts count), but no summary may choose it.
    assert doc.sentences[0].kind is None and not doc.furniture
    assert [s.index for s in doc.candidates] == [1, 2]


@pytest.mark.parametrize(
    "text",
    [
        WALKING.split("\n", 1)[1],  # no headline above it: it is the title itself
        WALKING.replace("may be enough", "may be enough."),  # a sentence: the lead
        WALKING.replace("may be enough", "may be enough. Or less"),  # two sentences
        WALKING.replace("may be enough", "may be enough for"),  # cut off by a line break
        "Walking helps the heart\nResearchers say it may be enough\n",  # nothing follows it
        "新しい橋\n市は月曜日に橋の工事を始めました。\n工事は二年かかります。\n",  # a sentence
        WALKING.replace("may be enough", "may be enough?"),  # a question may be the lead
    ],
)
def test_a_line_that_is_no_subtitle_is_no_standfirst(text):
    doc = Document.from_text(text)
    assert doc.standfirst is None
    assert len(doc.candidates) == len(doc.sentences)
