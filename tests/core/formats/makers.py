"""Fixture makers: PDF, DOCX and RTF files built in the test from our own text.

The PDF writer is minimal on purpose (one Helvetica font, one text object per line): it makes
files with a real text layer without any PDF-writing dependency.
"""

from __future__ import annotations

import io
import zipfile
import zlib


def _pdf_string(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(
    pages: list[list[str]],
    *,
    title: str | None = None,
    line_gap: int = 14,
    right_columns: list[list[str]] | None = None,
    flate_bomb: int = 0,
    author: str | None = None,
    xmp_creators: list[str] | None = None,
) -> bytes:
    """A PDF whose pages show the given lines top to bottom; "" leaves a paragraph gap.

    `title` and `author` go into the document information dictionary; `xmp_creators` into an
    XMP metadata stream as dc:creator.

    A page given as [] has no text at all (like a scanned page). With `right_columns`, each
    page gets a second column at the same heights, written after the first (as typesetters
    write a two-column page). With `flate_bomb`, each page's content stream is compressed
    and inflates to that many bytes.
    """
    objects: list[bytes] = []
    page_ids = []
    font_id = 3
    objects.append(b"")  # 1: catalog, filled below
    objects.append(b"")  # 2: pages
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")  # 3
    for number, lines in enumerate(pages):
        ops = ["BT", "/F1 9 Tf" if right_columns else "/F1 11 Tf"]
        columns = [(72, lines)]
        if right_columns:
            columns.append((320, right_columns[number]))
        for x, column in columns:
            y = 760
            for line in column:
                if line:
                    ops.append(f"1 0 0 1 {x} {y} Tm ({_pdf_string(line)}) Tj")
                y -= line_gap
        ops.append("ET")
        stream = "\n".join(ops).encode("latin-1")
        if flate_bomb:
            # The page's text, then spaces that inflate to `flate_bomb` bytes.
            packer = zlib.compressobj(9)
            packed = packer.compress(stream + b"\n")
            for _ in range(flate_bomb // (1 << 20)):
                packed += packer.compress(b" " * (1 << 20))
            stream = packed + packer.flush()
            head = b"<< /Length %d /Filter /FlateDecode >>" % len(stream)
        else:
            head = b"<< /Length %d >>" % len(stream)
        objects.append(head + b"\nstream\n" + stream + b"\nendstream")
        content_id = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (content_id, font_id)
        )
        page_ids.append(len(objects))
    objects[0] = b"<< /Type /Catalog /Pages 2 0 R >>"
    if xmp_creators is not None:
        items = "".join(f"<rdf:li>{name}</rdf:li>" for name in xmp_creators)
        xmp = (
            '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>'
            '<x:xmpmeta xmlns:x="adobe:ns:meta/">'
            '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
            '<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<dc:creator><rdf:Seq>{items}</rdf:Seq></dc:creator>"
            "</rdf:Description></rdf:RDF></x:xmpmeta>"
            '<?xpacket end="w"?>'
        ).encode()
        objects.append(
            b"<< /Type /Metadata /Subtype /XML /Length %d >>\nstream\n" % len(xmp)
            + xmp
            + b"\nendstream"
        )
        objects[0] = b"<< /Type /Catalog /Pages 2 0 R /Metadata %d 0 R >>" % len(objects)
    kids = " ".join(f"{i} 0 R" for i in page_ids).encode()
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids))
    info_id = None
    info = {"Title": title, "Author": author}
    entries = [f"/{key} ({_pdf_string(value)})" for key, value in info.items() if value is not None]
    if entries:
        objects.append(b"<< %s >>" % " ".join(entries).encode("latin-1"))
        info_id = len(objects)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    trailer = b"<< /Size %d /Root 1 0 R" % (len(objects) + 1)
    if info_id:
        trailer += b" /Info %d 0 R" % info_id
    out.write(b"trailer\n" + trailer + b" >>\nstartxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def make_docx(
    paragraphs: list[tuple[str, str]], *, title: str | None = None, author: str | None = None
) -> bytes:
    """A Word file; each item is (style, text), style "Normal", "Title" or "Heading 1".

    `title` and `author` are core properties (docProps/core.xml: dc:title, dc:creator).
    """
    import docx

    document = docx.Document()
    if title is not None:
        document.core_properties.title = title
    # python-docx's template names an author ("python-docx"); a real file has its own or none.
    document.core_properties.author = author or ""
    for style, text in paragraphs:
        document.add_paragraph(text, style=style)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_zip_bomb(inner_name: str = "word/document.xml", size: int = 300 * 1024 * 1024) -> bytes:
    """A zip that claims a DOCX layout and inflates to `size` bytes of zeros."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open(inner_name, "w", force_zip64=True) as handle:
            chunk = b"\0" * (1024 * 1024)
            for _ in range(size // len(chunk)):
                handle.write(chunk)
    return out.getvalue()
