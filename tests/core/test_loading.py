import codecs

import pytest

from app.core.loading import (
    MAX_BYTES,
    LoadedText,
    LoadError,
    decode_text,
    detect_format,
    load_bytes,
    load_path,
    loaded_from_text,
)
from tests.core.formats.makers import make_docx, make_pdf

TEXT = (
    "Night trains return\n"
    "The night train to the coast will run again from June, the rail company said on Friday.\n"
    "Tickets go on sale next week; a sleeper berth will cost about the same as a hotel room.\n"
)


def test_utf8_text_is_kept_as_written():
    loaded = load_bytes(TEXT.encode(), "a.txt", ".txt")
    assert loaded == LoadedText(TEXT, "a.txt", None, "utf-8", "text")


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + TEXT.encode(), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
        (TEXT.encode("utf-16-le"), "utf-16"),  # no BOM
        (TEXT.encode("utf-16-be"), "utf-16"),
        (codecs.BOM_UTF32_LE + TEXT.encode("utf-32-le"), "utf-32"),
    ],
)
def test_unicode_encodings_with_and_without_bom(data, encoding):
    text, found = decode_text(data)
    assert text == TEXT and found == encoding


def test_latin1_text_in_a_txt_file():
    text = "Le café du marché ouvre à six heures, dit la propriétaire Hélène.\n" * 3
    decoded, encoding = decode_text(text.encode("latin-1"))
    assert decoded == text
    assert encoding.replace("_", "-") in {"latin-1", "iso8859-1", "cp1252", "iso-8859-1"}


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG image"),
        (b"\xff\xd8\xff\xe0" + bytes(200), "JPEG"),
        (b"PK\x03\x04" + bytes(200), "ZIP archive"),
        (b"\x7fELF\x02\x01\x01" + bytes(200), "executable"),
        (b"MZ\x90\x00" + bytes(200), "executable"),
        (bytes(range(256)) * 4, "binary"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(200), ".docx"),
    ],
)
def test_binary_input_is_refused_with_what_it_is(data, reason):
    with pytest.raises(LoadError, match=reason):
        load_bytes(data, "x.txt", ".txt")


def test_control_characters_that_decode_are_still_binary():
    with pytest.raises(LoadError, match="binary"):
        load_bytes(bytes(range(1, 32)) * 50, "x.txt", ".txt")


def test_mixed_newlines_become_one_kind():
    loaded = load_bytes(b"Title line\r\nFirst para.\rSecond para.\nThird\xe2\x80\xa8para.", "m")
    assert loaded.text == "Title line\nFirst para.\nSecond para.\nThird\npara."


@pytest.mark.parametrize("data", [b"", b"   \n\t\r\n  ", "\u3000\n".encode()])
def test_empty_and_whitespace_only(data):
    with pytest.raises(LoadError, match="empty"):
        load_bytes(data, "e.txt", ".txt")


@pytest.mark.parametrize("suffix", ["", ".html"])
def test_empty_standard_input_is_not_called_a_file(suffix):
    with pytest.raises(LoadError, match=r"^standard input is empty$"):
        load_bytes(b" \n", "-", suffix)


def test_pasted_text_that_is_empty_says_nothing_to_analyse():
    with pytest.raises(LoadError, match="nothing to analyse"):
        loaded_from_text("  ", "pasted text")


def test_pasted_hard_wrapped_text_is_reflowed():
    para = "word " * 60
    lines = [para[i : i + 70].strip() for i in range(0, len(para), 70)]
    loaded = loaded_from_text("\n".join(["Head", "", *lines, "", *lines]), "pasted text")
    assert loaded.text.split("\n")[2] == para.strip()


@pytest.mark.parametrize(
    ("extra", "said"), [(1, "just over 20 MB"), (1_100_000, "21.0 MB"), (MAX_BYTES, "40.0 MB")]
)
def test_too_large_input_never_looks_the_same_size_as_the_limit(extra, said):
    assert MAX_BYTES == 20 * 1024 * 1024
    with pytest.raises(LoadError, match=f"too large \\({said}\\); the limit is 20 MB"):
        load_bytes(b"a" * (MAX_BYTES + extra), "big.txt", ".txt")


def test_too_large_input_names_the_limit():
    with pytest.raises(LoadError, match=f"limit is {MAX_BYTES // 1024 // 1024} MB"):
        load_bytes(b"a" * (MAX_BYTES + 1), "big.txt", ".txt")


@pytest.mark.parametrize(
    ("data", "suffix", "expected"),
    [
        (b"%PDF-1.4 ...", ".txt", "pdf"),
        (b"{\\rtf1 hello}", "", "rtf"),
        (b"<html><body>x</body></html>", ".html", "html"),
        (b"<!DOCTYPE html><html>", "", "html"),
        (b"<!DOCTYPE html><html>", ".txt", "text"),  # a .txt holding markup is kept as text
        (b"# Heading", ".md", "markdown"),
        (b"plain", ".docx", "docx"),  # the reader explains the mismatch
        (b"plain", ".csv", "text"),
    ],
)
def test_detect_format_content_first_then_suffix(data, suffix, expected):
    assert detect_format(data, suffix) == expected


def test_each_format_loads_through_load_path(tmp_path):
    pdf = tmp_path / "report.pdf"
    pdf.write_bytes(make_pdf([["Mill report", "", "The mill reopened on Monday."]]))
    docx = tmp_path / "letter.docx"
    docx.write_bytes(make_docx([("Normal", "The mill reopened on Monday.")], title="Mill"))
    html = tmp_path / "page.htm"
    html.write_text(
        "<html><head><title>Mill</title></head><body><article><p>The mill reopened on Monday "
        "after a long winter of repairs to its wheel.</p></article></body></html>"
    )
    md = tmp_path / "note.md"
    md.write_text("# Mill\n\nThe mill *reopened*\non Monday.\n")
    rtf = tmp_path / "note.rtf"
    rtf.write_bytes(rb"{\rtf1\ansi The mill reopened on Monday.\par}")
    results = {path.suffix: load_path(path) for path in (pdf, docx, html, md, rtf)}
    assert {s: r.format for s, r in results.items()} == {
        ".pdf": "pdf",
        ".docx": "docx",
        ".htm": "html",
        ".md": "markdown",
        ".rtf": "rtf",
    }
    for loaded in results.values():
        assert "The mill reopened on Monday" in loaded.text
    assert results[".md"].text == "Mill\nThe mill reopened on Monday."
    assert results[".docx"].title == "Mill" and results[".htm"].title == "Mill"


def test_a_pdf_with_a_txt_suffix_is_still_read_as_a_pdf(tmp_path):
    path = tmp_path / "download.txt"
    path.write_bytes(make_pdf([["The mill reopened on Monday."]]))
    assert load_path(path).text == "The mill reopened on Monday."


def test_format_errors_become_load_errors_with_one_line(tmp_path):
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf([[]]))
    with pytest.raises(LoadError) as info:
        load_path(path)
    assert "no text layer" in str(info.value) and "\n" not in str(info.value)


def test_a_hard_wrapped_email_loads_with_no_sentence_cut_at_a_line_end(tmp_path):
    from app.core.document import Document

    sentences = [
        f"Sentence number {n} explains one more detail of the plan for the valley railway."
        for n in range(12)
    ]
    paragraphs = [" ".join(sentences[i : i + 4]) for i in range(0, 12, 4)]
    wrapped = []
    for paragraph in paragraphs:
        line = ""
        for word in paragraph.split():
            if line and len(line) + len(word) + 1 > 72:
                wrapped.append(line)
                line = word
            else:
                line = f"{line} {word}".strip()
        wrapped += [line, ""]
    path = tmp_path / "mail.txt"
    path.write_text("Subject: railway plan\n\n" + "\n".join(wrapped), encoding="utf-8")
    document = Document.from_text(load_path(path).text)
    assert [s.text for s in document.sentences] == sentences


def test_bytes_of_unknown_kind_that_look_like_a_web_page_load_as_one():
    page = (
        b"<!DOCTYPE html><html><head><title>Mill</title></head><body><nav>Home News</nav>"
        b"<article><p>The mill reopened on Monday after a long winter of repairs to its "
        b"wheel.</p></article></body></html>"
    )
    loaded = load_bytes(page, "-")
    assert loaded.format == "html" and loaded.title == "Mill"
    assert "<" not in loaded.text and "reopened on Monday" in loaded.text


def test_text_over_the_analysis_limit_is_refused_with_the_limit():
    from app.core.loading import MAX_TEXT_CHARS

    text = ("A short sentence about the mill. " * (MAX_TEXT_CHARS // 30))[: MAX_TEXT_CHARS + 1]
    with pytest.raises(LoadError, match="limit is 10 million"):
        loaded_from_text(text, "pasted text")
    assert loaded_from_text(text[:MAX_TEXT_CHARS], "pasted text").text
