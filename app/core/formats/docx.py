"""Word (.docx): paragraphs, headings and table cells in document order; the title and authors.

A .docx file is a zip archive. Before python-docx opens it, the archive's directory is checked
(`check_archive`): too many members or too much uncompressed data (a "zip bomb", a few KB that
inflate to gigabytes) is refused without inflating anything. python-docx parses the XML with
entity resolution off, so external entities (XXE) are never fetched.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import replace

from app.core.formats import Extracted, FormatError, with_title
from app.core.page_meta import PageMeta, declared_authors, is_placeholder_title

# A long report is a few MB of XML; media (images) are never read but count towards the total.
MAX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024
MAX_MEMBERS = 10_000
# A ratio this high is only reached by padding: real XML compresses about 5-20 times.
MAX_RATIO = 200
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_archive(data: bytes) -> None:
    """Refuse archives that are not zip files or that would inflate too far.

    Raises:
        FormatError: not a zip archive, not a Word document, or a zip bomb.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise FormatError("the Word file is damaged or not really a .docx") from None
    if len(members) > MAX_MEMBERS:
        raise FormatError(f"the Word file holds too many parts ({len(members)})")
    total = sum(member.file_size for member in members)
    packed = sum(member.compress_size for member in members)
    if total > MAX_UNCOMPRESSED_BYTES or total > MAX_RATIO * max(packed, 1) + 1_000_000:
        raise FormatError(
            f"the Word file would inflate to {total / 1e6:.0f} MB (a zip bomb?); refused"
        )
    if "word/document.xml" not in {member.filename for member in members}:
        raise FormatError("the file is a zip archive but not a Word document")


def extract_docx(data: bytes) -> Extracted:
    """The text of a Word document, one paragraph per line, the title first.

    The title is the document's core "title" property, else its first "Title"-styled paragraph;
    the authors (`meta.authors`) are its core "creator" property.

    Raises:
        FormatError: damaged, not a Word document, a zip bomb, or no text.
    """
    check_archive(data)
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs = list(_body_paragraphs(document.element.body))
        title = (document.core_properties.title or "").strip() or None
        creator = document.core_properties.author  # docProps/core.xml dc:creator
    except Exception:  # a damaged part can make the XML or package reader raise anything
        raise FormatError("the Word file is damaged and cannot be read") from None
    if is_placeholder_title(title):
        title = next((text for style, text in paragraphs if style == "Title"), None)
    extracted = with_title([text for _, text in paragraphs], title)
    # The creator, not lastModifiedBy (who saved it last); placeholders ("Administrator") dropped.
    authors = declared_authors([creator])
    return replace(extracted, meta=PageMeta(title=extracted.title, authors=authors))


def _body_paragraphs(body: object) -> Iterator[tuple[str, str]]:
    """(style id, text) of every paragraph in order, table cells included, one per cell."""
    for element in body.iter(f"{_W}p"):  # type: ignore[attr-defined]
        style = element.find(f"{_W}pPr/{_W}pStyle")
        style_id = style.get(f"{_W}val") if style is not None else ""
        # Text runs, tabs and breaks, in order, as Word shows them.
        parts = []
        for node in element.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
            parts.append(node.text or "" if node.tag == f"{_W}t" else " ")
        text = "".join(parts).strip()
        if text:
            yield style_id, text
