"""PDF: the text layer in reading order, rebuilt into paragraphs.

pypdf's layout mode keeps the page's vertical gaps as blank lines, which is what tells
paragraphs apart; its plain mode follows the content stream, which is the reading order of
multi-column pages (layout mode would put both columns on one line). So each page is read in
layout mode unless it looks multi-column. Then:

- running headers and footers are dropped: a first or last line of a page that repeats
  (digits aside) on at least half the pages, and any first or last line that is a page number;
- lines are joined into paragraphs (`reflow.reflow_lines`), words hyphenated at a line end are
  joined ("exam-" + "ple" -> "example"), and a paragraph that runs over a page break is joined
  with its continuation.

A PDF with no text layer at all (a scan) gets a message saying so; there is no OCR.
"""

from __future__ import annotations

import io
import logging
import re
import warnings
from collections import Counter

from app.core.formats import Extracted, FormatError, with_title
from app.core.formats.reflow import join_wrapped, reflow_lines

_PAGE_NUMBER = re.compile(
    r"^\s*(?:page\s+)?(?:\d{1,4}|[ivxlc]{1,7})(?:\s*(?:of|/)\s*\d{1,4})?\s*$|^\s*[-–—]\s*\d{1,4}\s*[-–—]\s*$",
    re.IGNORECASE,
)
_COLUMN_GAP = re.compile(r"\S {4,}\S")
_SENTENCE_END = re.compile(r"[.!?:][\"'”’)\]]*$")
_JUNK_TITLE = re.compile(r"^(?:untitled|microsoft word - .*|.*\.(?:docx?|pdf|tex|indd))$", re.I)
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
        pages = [_page_lines(page) for page in reader.pages]
        raw_title = reader.metadata.title if reader.metadata else None
    except FormatError:
        raise
    except DependencyError:
        raise FormatError("the PDF is encrypted in a way that cannot be read here") from None
    except RecursionError:
        raise FormatError("the PDF is damaged (its structure loops)") from None
    except Exception:  # a damaged file can make the parser raise almost anything
        raise FormatError("the PDF is damaged or not really a PDF") from None
    if not any(line.strip() for lines in pages for line in lines):
        raise FormatError("the PDF has no text layer (a scan?); text in images cannot be read")
    title = str(raw_title).strip() if raw_title else None
    if title and _JUNK_TITLE.match(title):
        title = None
    return with_title(pdf_paragraphs(pages), title)


def pdf_paragraphs(pages: list[list[str]]) -> list[str]:
    """Paragraphs from the lines of each page (blank lines mark vertical gaps)."""
    pages = drop_running_lines(pages)
    widths = sorted(len(line) for lines in pages for line in lines if line.strip())
    width = widths[int(0.9 * (len(widths) - 1))] if widths else 80
    paragraphs: list[str] = []
    for lines in pages:
        page_paragraphs = [p for p in reflow_lines(lines, width, drop_hyphens=True) if p.strip()]
        if not page_paragraphs:
            continue
        # A paragraph that does not end a sentence runs on over the page break.
        if paragraphs and not _SENTENCE_END.search(paragraphs[-1]):
            paragraphs[-1] = join_wrapped(paragraphs[-1], page_paragraphs.pop(0), drop_hyphens=True)
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


def _page_lines(page: object) -> list[str]:
    text: str = page.extract_text(extraction_mode="layout")  # type: ignore[attr-defined]
    lines = text.split("\n")
    text_lines = [line.strip() for line in lines if line.strip()]
    if text_lines and sum(bool(_COLUMN_GAP.search(line)) for line in text_lines) > 0.3 * len(
        text_lines
    ):
        # Columns side by side: the content-stream order reads them one after the other.
        lines = page.extract_text().split("\n")  # type: ignore[attr-defined]
    return [line.strip() for line in lines]
