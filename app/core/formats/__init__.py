"""Format readers: the bytes of a saved web page, PDF, Word, RTF or Markdown file -> article text.

Every reader returns an `Extracted` whose `text` follows one convention, because `Document`
treats each non-blank line as a paragraph: one paragraph per line, headings on lines of their
own, blank lines allowed. A title the format gives (an HTML <title>, a PDF's metadata, a Word
document's core properties, a Markdown "# heading") is returned in `title` AND put in front of
the text as its first line, unless the first line already says it (case and punctuation
aside), so that `Document` picks it up as the headline. A reader that cannot produce text
raises `FormatError` with a one-line reason; `app.core.loading` turns it into a `LoadError`.
"""

from __future__ import annotations

import codecs
import datetime
import re
from dataclasses import dataclass

from app.core.errors import KeyfactsError
from app.core.page_meta import PageMeta, is_placeholder_title

# Byte-order marks and their codecs, longest first: UTF-32-LE's mark starts like UTF-16-LE's.
BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_WORD = re.compile(r"\w+")


class FormatError(KeyfactsError):
    """The file is of a known format but holds no readable article; `str()` is one line."""


@dataclass(frozen=True, slots=True)
class Extracted:
    """The article text a reader found, one paragraph per line, and the title, if any.

    `published` is the publication date the file's metadata states (web pages), or None;
    `meta` all the metadata the file declares (web pages), or None.
    """

    text: str
    title: str | None = None
    published: datetime.date | None = None
    meta: PageMeta | None = None


def with_title(paragraphs: list[str], title: str | None) -> Extracted:
    """Join paragraphs one per line, with the title as the first line unless it already is.

    A placeholder title ("Untitled", "Microsoft Word - doc1.docx", "(anonymous)": see
    `page_meta.is_placeholder_title`) is no title: it is neither returned nor prepended.

    Args:
        paragraphs: the body paragraphs (and headings), in reading order.
        title: the title the format gives, or None.

    Raises:
        FormatError: there is no text at all.
    """
    lines = [" ".join(p.split()) for p in paragraphs]
    lines = [line for line in lines if line]
    title = " ".join(title.split()) if title else None
    if is_placeholder_title(title):
        title = None
    if not lines:
        raise FormatError("no text found in the file")
    if title and words(lines[0]) != words(title):
        lines.insert(0, title)
    return Extracted("\n".join(lines), title or None)


def words(text: str) -> list[str]:
    """The lower-cased words of a text, for comparing texts with case and punctuation aside."""
    return _WORD.findall(text.lower())


__all__ = ["Extracted", "FormatError", "with_title", "words"]
