"""PDF: the text layer in reading order, rebuilt into paragraphs.

Each page's text is read by pypdf in content-stream order, which is the reading order of
typeset pages, two-column ones included (pypdf's layout mode would put both columns on one
line). The height of each line on the page is kept: a step down well above the usual line
step is a paragraph gap. Then:

- running headers and footers are dropped: a first or last line of a page that repeats
  (digits aside) on at least half the pages, and any first or last line that is a page number;
- lines are joined into paragraphs (`reflow.reflow_lines`), words hyphenated at a line end are
  joined ("exam-" + "ple" -> "example") unless the document writes the hyphenated word
  elsewhere ("long-term"), and a paragraph that runs over a page break is joined
  with its continuation.

A PDF with no text layer at all (a scan) gets a message saying so; there is no OCR. The title
and authors come from the document information (/Title, /Author; the authors from the XMP
packet's dc:creator when /Author is missing or a placeholder).
"""

from __future__ import annotations

import io
import itertools
import logging
import re
import warnings
from collections import Counter
from dataclasses import replace
from typing import Any

from app.core.formats import Extracted, FormatError, with_title
from app.core.formats.reflow import join_wrapped, reflow_lines
from app.core.page_meta import PageMeta, declared_authors

_PAGE_NUMBER = re.compile(
    r"^\s*(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,7})(?:\s*(?:of|/)\s*\d{1,4})?\s*$|^\s*[-–—]\s*\d{1,4}\s*[-–—]\s*$",
    re.IGNORECASE,
)
_COMPOUND = re.compile(r"\w+-\w+")
# A step down the page this much larger than the usual line step separates paragraphs.
_PARAGRAPH_GAP = 1.4
_SENTENCE_END = re.compile(r"[.!?:][\"'”’)\]]*$")
# Look at this many lines at each end of a page for running headers and footers.
_EDGE_LINES = 2


def extract_pdf(data: bytes) -> Extracted:
    """The article text of a PDF, one paragraph per line.

    Raises:
        FormatError: damaged, encrypted, or no text layer.
    """
    # pypdf reports what it repairs through logging and warnings; the user gets one message.
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return _read(data)
    finally:
        logger.setLevel(level)


def _read(data: bytes) -> Extracted:
    from pypdf import PdfReader
    from pypdf.errors import DependencyError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise FormatError("the PDF is password-protected")
        placed = [_placed_lines(page) for page in reader.pages]
        raw_title = reader.metadata.title if reader.metadata else None
        authors = _authors(reader)
    except FormatError:
        raise
    except DependencyError:
        raise FormatError("the PDF is encrypted in a way that cannot be read here") from None
    except RecursionError:
        raise FormatError("the PDF is damaged (its structure loops)") from None
    except Exception:  # a damaged file can make the parser raise almost anything
        raise FormatError("the PDF is damaged or not really a PDF") from None
    if not any(lines for lines in placed):
        raise FormatError("the PDF has no text layer (a scan?); text in images cannot be read")
    # A placeholder title ("Microsoft Word - draft3.doc") is dropped by with_title.
    title = str(raw_title).strip() if raw_title else None
    usual = usual_line_step(placed)
    extracted = with_title(pdf_paragraphs([with_gaps(lines, usual) for lines in placed]), title)
    return replace(extracted, meta=PageMeta(title=extracted.title, authors=authors))


def _authors(reader: Any) -> tuple[str, ...]:
    """The authors the document information (/Author) names, else its XMP metadata (dc:creator).

    Placeholders ("Administrator", "user") are dropped (`page_meta.declared_authors`). Damaged
    metadata is no reason to refuse the text: it gives no authors.
    """
    try:
        info = reader.metadata
        authors = declared_authors([info.author if info else None])
        if authors:
            return authors
        xmp = reader.xmp_metadata
        creators = xmp.dc_creator if xmp is not None else None
        return declared_authors([str(name) for name in creators or []])
    except Exception:  # a damaged info dictionary or XMP packet can raise almost anything
        return ()


def pdf_paragraphs(pages: list[list[str]]) -> list[str]:
    """Paragraphs from the lines of each page (blank lines mark vertical gaps)."""
    pages = drop_running_lines(pages)
    widths = sorted(len(line) for lines in pages for line in lines if line.strip())
    width = widths[int(0.9 * (len(widths) - 1))] if widths else 80
    # Hyphenated words written inside a line are real compounds: keep them whole at a line end.
    compounds = {
        word.lower() for lines in pages for line in lines for word in _COMPOUND.findall(line)
    }
    paragraphs: list[str] = []
    for lines in pages:
        page_paragraphs = [
            p
            for p in reflow_lines(lines, width, drop_hyphens=True, compounds=compounds)
            if p.strip()
        ]
        if not page_paragraphs:
            continue
        # A paragraph that does not end a sentence runs on over the page break.
        if paragraphs and not _SENTENCE_END.search(paragraphs[-1]):
            paragraphs[-1] = join_wrapped(
                paragraphs[-1], page_paragraphs.pop(0), drop_hyphens=True, compounds=compounds
            )
        paragraphs.extend(page_paragraphs)
    return paragraphs


def drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Remove page numbers and headers/footers repeated at the top or bottom of pages."""
    edges: Counter[str] = Counter()
    for lines in pages:
        edges.update({_shape(lines[i]) for i in _edge_indexes(lines)})
    repeated = {
        shape
        for shape, count in edges.items()
        if len(pages) > 1 and count >= max(2, len(pages) / 2)
    }
    cleaned = []
    for lines in pages:
        drop = {
            i
            for i in _edge_indexes(lines)
            if _PAGE_NUMBER.match(lines[i]) or _shape(lines[i]) in repeated
        }
        cleaned.append([line for i, line in enumerate(lines) if i not in drop])
    return cleaned


def _edge_indexes(lines: list[str]) -> set[int]:
    """Indexes of the first and last few non-blank lines."""
    text_lines = [i for i, line in enumerate(lines) if line.strip()]
    return set(text_lines[:_EDGE_LINES] + text_lines[-_EDGE_LINES:])


def _shape(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.lower().split()))


def _placed_lines(page: Any) -> list[tuple[str, float | None]]:
    """The page's lines in content-stream order, each with its height on the page if known."""
    chunks: list[tuple[str, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        chunks.append((text, cm[3] * tm[5] + cm[5]))  # the baseline's height on the page

    text: str = page.extract_text(visitor_text=visit)
    if "".join(chunk for chunk, _ in chunks) != text:  # cannot place the lines: no gaps
        return [(line.strip(), None) for line in text.split("\n") if line.strip()]
    lines: list[tuple[str, float | None]] = []
    current, height = "", None
    for chunk, y in chunks:
        for i, piece in enumerate(chunk.split("\n")):
            if i:
                lines.append((current, height if height is not None else y))
                current, height = "", None
            if piece and height is None:
                height = y
            current += piece
    lines.append((current, height))
    return [(line.strip(), y) for line, y in lines if line.strip()]


def usual_line_step(pages: list[list[tuple[str, float | None]]]) -> float:
    """The usual step down from one line to the next, over the whole document.

    The lower quartile of the steps, not the median: a page of short paragraphs has nearly
    as many gaps as lines.
    """
    steps = sorted(
        a[1] - b[1]
        for lines in pages
        for a, b in itertools.pairwise(lines)
        if a[1] is not None and b[1] is not None and a[1] - b[1] > 0
    )
    return steps[len(steps) // 4] if steps else 0.0


def with_gaps(lines: list[tuple[str, float | None]], usual: float) -> list[str]:
    """Lines with "" inserted where a paragraph ends.

    A paragraph ends at a step down the page well above the usual line step, and at a move up
    the page (the next column) after a line that ends a sentence, as at a page break.
    """
    out: list[str] = []
    for i, (line, y) in enumerate(lines):
        above = lines[i - 1] if i else None
        if above is not None and above[1] is not None and y is not None:
            step = above[1] - y
            if (usual and step > _PARAGRAPH_GAP * usual) or (
                step < 0 and _SENTENCE_END.search(above[0])
            ):
                out.append("")
        out.append(line)
    return out
