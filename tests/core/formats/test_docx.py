import io
import zipfile

import pytest

from app.core.formats import FormatError
from app.core.formats.docx import check_archive, extract_docx
from tests.core.formats.makers import make_docx, make_zip_bomb

PARAGRAPHS = [
    ("Title", "Ferry timetable changes"),
    ("Normal", "The island ferry will sail twice a day from the first of May."),
    ("Heading 1", "Winter sailings"),
    ("Normal", "In winter the ferry keeps its single morning crossing."),
]


def test_paragraphs_and_headings_in_order_title_from_the_title_style():
    extracted = extract_docx(make_docx(PARAGRAPHS))
    assert extracted.title == "Ferry timetable changes"
    assert extracted.text.split("\n") == [text for _, text in PARAGRAPHS]


def test_core_title_property_goes_first():
    extracted = extract_docx(make_docx(PARAGRAPHS[1:], title="Island news"))
    assert extracted.title == "Island news"
    assert extracted.text.split("\n")[0] == "Island news"


def test_the_creator_property_is_the_author():
    extracted = extract_docx(make_docx(PARAGRAPHS, author="Ana Ruiz"))
    assert extracted.meta is not None
    assert extracted.meta.authors == ("Ana Ruiz",)
    assert extracted.meta.title == "Ferry timetable changes"


@pytest.mark.parametrize("placeholder", ["Administrator", "user", "", "Preferred Customer"])
def test_a_placeholder_creator_is_no_author(placeholder):
    extracted = extract_docx(make_docx(PARAGRAPHS, author=placeholder))
    assert extracted.meta is not None
    assert extracted.meta.authors == ()


def test_table_cells_are_read():
    import docx

    document = docx.Document()
    document.add_paragraph("Fares from May.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Adult single"
    table.cell(0, 1).text = "Four pounds"
    out = io.BytesIO()
    document.save(out)
    assert extract_docx(out.getvalue()).text.split("\n") == [
        "Fares from May.",
        "Adult single",
        "Four pounds",
    ]


def test_a_zip_bomb_is_refused_before_it_is_inflated():
    bomb = make_zip_bomb(size=300 * 1024 * 1024)
    assert len(bomb) < 1024 * 1024
    with pytest.raises(FormatError, match="zip bomb"):
        check_archive(bomb)
    with pytest.raises(FormatError, match="zip bomb"):
        extract_docx(bomb)


def test_a_highly_compressed_small_member_is_also_refused():
    with pytest.raises(FormatError, match="zip bomb"):
        check_archive(make_zip_bomb(size=150 * 1024 * 1024))


@pytest.mark.parametrize("data", [b"PK\x03\x04" + bytes(100), b"not a zip at all"])
def test_damaged_docx(data):
    with pytest.raises(FormatError, match=r"damaged|not really"):
        extract_docx(data)


def test_a_zip_that_is_not_a_word_document():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.txt", "hello")
    with pytest.raises(FormatError, match="not a Word document"):
        extract_docx(out.getvalue())


def test_a_word_file_with_a_broken_document_part():
    good = make_docx(PARAGRAPHS)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            dst.writestr(item, data[:50] if item.filename == "word/document.xml" else data)
    with pytest.raises(FormatError, match="damaged"):
        extract_docx(out.getvalue())


@pytest.mark.parametrize("placeholder", ["Microsoft Word - doc1.docx", "(anonymous)", "Untitled"])
def test_placeholder_core_title_gives_way_to_the_title_style(placeholder):
    extracted = extract_docx(make_docx(PARAGRAPHS, title=placeholder))
    assert extracted.title == "Ferry timetable changes"
    assert placeholder not in extracted.text


def test_placeholder_core_title_without_a_title_style_is_no_title():
    extracted = extract_docx(make_docx(PARAGRAPHS[1:], title="Document1"))
    assert extracted.title is None
    assert extracted.text.split("\n")[0] == PARAGRAPHS[1][1]
