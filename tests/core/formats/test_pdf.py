import pytest

from app.core.formats import FormatError
from app.core.formats.pdf import drop_running_lines, extract_pdf
from tests.core.formats.makers import make_pdf

HEADER = "THE ORCHARD SOCIETY NEWSLETTER"
PAGE_ONE = [
    HEADER,
    "",
    "Pruning season",
    "",
    "Members gathered at the walled garden on Saturday to prune the old pear",
    "trees, some of which were planted more than a century ago by the first",
    "gardener of the estate, whose notebooks still survive in the county ar-",
    "chive.",
    "",
    "The work took the whole day. Volunteers cleared the cut branches and",
    "stacked them by the gate so that the wood can be dried over the summer",
    "",
    "Page 1 of 2",
]
PAGE_TWO = [
    HEADER,
    "",
    "and burned in the autumn. The society thanked everyone who came along.",
    "",
    "Next month the society will graft new trees from the oldest varieties.",
    "",
    "2",
]


def test_paragraphs_are_rebuilt_and_running_lines_dropped():
    extracted = extract_pdf(make_pdf([PAGE_ONE, PAGE_TWO], title="Orchard news"))
    lines = extracted.text.split("\n")
    assert extracted.title == "Orchard news"
    assert lines == [
        "Orchard news",
        "Pruning season",
        "Members gathered at the walled garden on Saturday to prune the old pear trees, some "
        "of which were planted more than a century ago by the first gardener of the estate, "
        "whose notebooks still survive in the county archive.",
        "The work took the whole day. Volunteers cleared the cut branches and stacked them by "
        "the gate so that the wood can be dried over the summer and burned in the autumn. The "
        "society thanked everyone who came along.",
        "Next month the society will graft new trees from the oldest varieties.",
    ]


def test_a_pdf_without_a_usable_title_starts_with_its_text():
    extracted = extract_pdf(make_pdf([PAGE_ONE[2:]], title="Microsoft Word - draft3.doc"))
    assert extracted.title is None
    assert extracted.text.startswith("Pruning season\n")


def test_a_scanned_pdf_without_text_gets_a_clear_message():
    with pytest.raises(FormatError, match="no text layer"):
        extract_pdf(make_pdf([[], []]))


@pytest.mark.parametrize(
    "data",
    [b"%PDF-1.4\nnot really a pdf", make_pdf([PAGE_ONE])[:200], b"%PDF" + bytes(range(256)) * 8],
)
def test_a_corrupt_pdf_gets_a_clear_message(data):
    with pytest.raises(FormatError, match="PDF"):
        extract_pdf(data)


def test_page_numbers_are_dropped_even_on_a_single_page():
    pages = drop_running_lines([["- 3 -", "Some text here.", "iv"]])
    assert pages == [["Some text here."]]


def test_a_heading_that_appears_once_is_kept():
    pages = drop_running_lines([["Intro", "a"], ["Other", "b"], ["Third", "c"]])
    assert [p[0] for p in pages] == ["Intro", "Other", "Third"]


def test_two_columns_read_one_after_the_other():
    left = [
        "The left column starts the story of",
        "the ferry and goes on for a few lines",
        "before it ends its first paragraph.",
        "",
        "A second left paragraph is here.",
    ]
    right = [
        "The right column comes next and tells",
        "how the ferry was repaired in spring",
        "by the crew and the volunteers.",
        "",
        "The last paragraph closes the page.",
    ]
    text = extract_pdf(make_pdf([left], right_columns=[right])).text
    assert text.split("\n") == [
        "The left column starts the story of the ferry and goes on for a few lines before it "
        "ends its first paragraph.",
        "A second left paragraph is here.",
        "The right column comes next and tells how the ferry was repaired in spring by the "
        "crew and the volunteers.",
        "The last paragraph closes the page.",
    ]


def test_a_compound_the_document_writes_elsewhere_keeps_its_hyphen():
    lines = [
        "The long-term plan was agreed by the society at its meeting in the hall",
        "after a debate about the long-",
        "term future of the orchard and the cost of a new fence along the lane.",
    ]
    text = extract_pdf(make_pdf([lines])).text
    assert "about the long-term future" in text


def test_a_small_text_stream_still_reads():
    assert extract_pdf(make_pdf([["Hello from a compressed page."]], flate_bomb=1 << 20)).text == (
        "Hello from a compressed page."
    )


def test_a_compressed_stream_bomb_is_refused():
    bomb = make_pdf([["Hello from a compressed page."]], flate_bomb=200 << 20)
    assert len(bomb) < 1 << 20
    with pytest.raises(FormatError, match="PDF"):
        extract_pdf(bomb)


@pytest.mark.parametrize("placeholder", ["(anonymous)", "untitled", "Untitled document", "doc1"])
def test_a_placeholder_pdf_title_is_never_prepended(placeholder):
    extracted = extract_pdf(make_pdf([PAGE_ONE[2:]], title=placeholder))
    assert extracted.title is None
    assert extracted.text.startswith("Pruning season\n")


def test_the_author_comes_from_the_document_information():
    extracted = extract_pdf(make_pdf([PAGE_ONE], author="Ana Ruiz; Tom Lee"))
    assert extracted.meta is not None
    assert extracted.meta.authors == ("Ana Ruiz", "Tom Lee")


def test_without_an_author_entry_the_xmp_creators_are_the_authors():
    extracted = extract_pdf(make_pdf([PAGE_ONE], xmp_creators=["Ana Ruiz", "Tom Lee"]))
    assert extracted.meta is not None
    assert extracted.meta.authors == ("Ana Ruiz", "Tom Lee")


@pytest.mark.parametrize("placeholder", ["Administrator", "user", "", "Windows User", "jdoe"])
def test_a_placeholder_author_is_no_author(placeholder):
    extracted = extract_pdf(make_pdf([PAGE_ONE], author=placeholder))
    assert extracted.meta is not None
    assert extracted.meta.authors == ()


def test_a_placeholder_author_gives_way_to_the_xmp_creator():
    pdf = make_pdf([PAGE_ONE], author="Administrator", xmp_creators=["Jo Park"])
    extracted = extract_pdf(pdf)
    assert extracted.meta is not None
    assert extracted.meta.authors == ("Jo Park",)
