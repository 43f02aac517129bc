"""Loading: a path, standard input or dropped bytes -> article text, one paragraph per line.

The format is chosen from the file's content where it is unmistakable (a PDF, a Word zip, RTF)
and otherwise from its suffix, so a drop with a wrong or missing suffix still loads:

- .html/.htm/.xhtml (or content that starts like a web page, when there is no suffix): the
  article's main text and title (`formats.html`);
- .pdf, .docx, .rtf, .md/.markdown: see `app.core.formats`;
- anything else is plain text: decoded with BOM detection first (UTF-8, UTF-16, UTF-32), then
  strict UTF-8, then UTF-16 without a BOM, then charset-normalizer for legacy encodings
  (cp1252, Latin-1, ...). It is kept as the author wrote it, except that hard-wrapped text
  (e-mails, Project Gutenberg) is re-flowed into one line per paragraph (`formats.reflow`).

Every failure is a `LoadError` whose message is one plain line for the user; the CLI prints it
after the file name, the GUI shows it and keeps the previous article. Files over `MAX_BYTES`
(20 MB) are refused up front, without being read; text over `MAX_TEXT_CHARS` (10 million
characters) is refused before analysis.
"""

from __future__ import annotations

import datetime
import errno
import os
import re
import stat
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from app.core.errors import KeyfactsError
from app.core.formats import BYTE_ORDER_MARKS, Extracted, FormatError
from app.core.formats.reflow import reflow_text
from app.core.page_meta import PageMeta

# Two limits, both refused with a message naming them rather than freezing the app:
# - MAX_BYTES for the file, checked before it is read, so that no reader (PDF, Word, HTML)
#   ever works on more;
# - MAX_TEXT_CHARS for the text to analyse. Analysis takes about 4-5 s per million characters
#   at 1 MB and somewhat more per MB at 10 MB (about 80 s and 0.7 GB of memory there; see
#   benchmarks/bench_scale.py), which the CLI and the GUI's worker thread can bear; more would
#   run for minutes and past 1 GB.
MAX_BYTES = 20 * 1024 * 1024
MAX_MEGABYTES = MAX_BYTES // (1024 * 1024)
MAX_TEXT_CHARS = 10_000_000

TEXT_SUFFIXES = frozenset({".txt", ".text", ".log", ".eml", ""})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml", ".shtml"})
MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd"})

# Magic numbers of common binary formats a user might drop by mistake.
_BINARY_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"RIFF", "a media file (RIFF)"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "an executable"),
    (b"\xcf\xfa\xed\xfe", "an executable"),
    (b"\xd0\xcf\x11\xe0", "an old-style Office file (.doc/.xls)"),
    (b"%PDF", "a PDF"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"7z\xbc\xaf", "a 7-Zip archive"),
    (b"Rar!", "a RAR archive"),
)
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_WESTERN = ("cp1252", "latin_1", "iso8859_15")
# Decoded "text" with more than this share of control or unassigned characters is binary.
_MAX_CONTROL_SHARE = 0.02


class LoadError(KeyfactsError):
    """The input cannot be read as an article; `str(error)` is one line for the user."""


@dataclass(frozen=True, slots=True)
class LoadedText:
    """An article's text as loaded, before duplicate removal.

    Attributes:
        text: the text with "\\n" newlines, one paragraph per line.
        source: the path as given, or "-" for standard input, or a label such as "pasted text".
        title: a title the format itself gives (an HTML <title>), or None. When there is one,
            it is also the first line of `text`.
        encoding: the encoding the bytes were decoded with, where there were bytes.
        format: what the input was read as: "text", "html", "pdf", "docx", "rtf", "markdown".
        published: the publication date the format's metadata gives (a web page's), or None.
        meta: what the file declares about itself (a web page's title, authors, site, date,
            address; a document's title); the analysis adds what the text says (`Analysis.meta`).
    """

    text: str
    source: str
    title: str | None = None
    encoding: str | None = None
    format: str = "text"
    published: datetime.date | None = None
    meta: PageMeta = field(default_factory=PageMeta)


def normalize_newlines(text: str) -> str:
    """CRLF, CR and Unicode line/paragraph separators become "\\n".

    Lone surrogates (only a programmatic caller can pass them; decoded bytes never hold them)
    become U+FFFD, so the text can always be encoded as UTF-8 and written out as JSON.
    """
    text = _LONE_SURROGATE.sub("\ufffd", text)
    return (
        text.replace("\r\n", "\n")
        .replace("\r", "\n")
        .replace("\u2028", "\n")
        .replace("\u2029", "\n")
    )


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode bytes of a plain-text file; returns (text, encoding name).

    Raises:
        LoadError: the bytes are a binary format or no text encoding fits.
    """
    for bom, encoding in BYTE_ORDER_MARKS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise LoadError(f"not valid {encoding} text ({error.reason})") from None
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            hint = "; save it as .docx and open that" if "Office" in what else ""
            raise LoadError(f"this is {what}, not text{hint}")
    # UTF-16 before UTF-8: ASCII text in UTF-16 is also valid UTF-8, full of NUL characters.
    if _looks_like_utf16(data):
        try:
            codec = "utf-16-le" if data[1:2] == b"\0" else "utf-16-be"
            return _checked(data.decode(codec)), "utf-16"
        except (UnicodeDecodeError, LoadError):
            pass
    try:
        return _checked(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    if b"\0" in data[:4096]:
        raise LoadError("this is a binary file, not text")
    return _checked_legacy(data)


def _checked_legacy(data: bytes) -> tuple[str, str]:
    """Legacy 8-bit encodings, by charset-normalizer.

    Short texts often fit several code pages equally well (é and à are valid in cp1250 too);
    among the equally good fits, Western European (cp1252) is preferred as the most common.
    """
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise LoadError("the bytes are not text in any encoding I know")
    best = matches[0]
    for match in matches:
        if (
            match.encoding in _WESTERN
            and match.percent_chaos <= best.percent_chaos
            and match.percent_coherence >= best.percent_coherence
        ):
            best = match
            break
    return _checked(str(best)), str(best.encoding)


def _checked(text: str) -> str:
    """The text, unless it is mostly control characters (a binary file that happened to decode)."""
    sample = text[:65536]
    odd = sum(
        1
        for char in sample
        if char not in "\t\n\r\f\v" and unicodedata.category(char) in ("Cc", "Cn", "Co", "Cs")
    )
    if sample and odd > _MAX_CONTROL_SHARE * len(sample):
        raise LoadError("this is a binary file, not text")
    return text


def _looks_like_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: English text has a zero byte in every other position."""
    sample = data[:4096]
    if len(sample) < 4:
        return False
    evens, odds = sample[0::2], sample[1::2]
    return odds.count(0) > 0.4 * len(odds) or evens.count(0) > 0.4 * len(evens)


def read_bytes(path: Path) -> bytes:
    """The file's bytes, with every way of failing turned into a one-line `LoadError`."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise LoadError("no such file") from None
    except PermissionError:
        raise LoadError("permission denied") from None
    except OSError as error:  # symlink loops, names too long, ...
        raise LoadError(_os_reason(error)) from None
    if stat.S_ISDIR(info.st_mode):
        raise LoadError("is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise LoadError("is not a regular file (a device, pipe or socket)")
    if info.st_size > MAX_BYTES:
        raise LoadError(_too_large(info.st_size))
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise LoadError("the file disappeared before it could be read") from None
    except PermissionError:
        raise LoadError("permission denied") from None
    except OSError as error:
        raise LoadError(_os_reason(error)) from None
    if len(data) > MAX_BYTES:  # it grew after stat()
        raise LoadError(_too_large(len(data)))
    return data


def _os_reason(error: OSError) -> str:
    if error.errno == errno.ELOOP:
        return "a symbolic link that loops back on itself"
    if error.errno == errno.ENAMETOOLONG:
        return "the file name is too long"
    return (error.strerror or "cannot read the file").lower()


def _empty(source: str) -> str:
    if source == "pasted text":
        return "nothing to analyse"
    return "standard input is empty" if source == "-" else "the file is empty"


def _too_large(size: int) -> str:
    # Rounded to whole megabytes, a file just over the limit read "too large (20 MB); the limit
    # is 20 MB".
    shown = f"{size / (1024 * 1024):.1f} MB"
    if float(shown.split()[0]) <= MAX_MEGABYTES:
        shown = f"just over {MAX_MEGABYTES} MB"
    return f"too large ({shown}); the limit is {MAX_MEGABYTES} MB"


def detect_format(data: bytes, suffix: str) -> str:
    """What to read the bytes as: content that is unmistakable wins over the suffix."""
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"PK\x03\x04") and (suffix == ".docx" or b"word/" in data[:65536]):
        return "docx"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if suffix in (".docx", ".pdf", ".rtf"):
        return suffix[1:]  # the reader explains that the content does not match
    if suffix == "" and head[:15].lower().startswith((b"<!doctype html", b"<html")):
        return "html"
    return "text"


def load_bytes(data: bytes, source: str, suffix: str = "") -> LoadedText:
    """Turn the bytes of a file (or stdin, or a drop) into text.

    Args:
        data: the file's bytes.
        source: the path as given, or "-" for standard input.
        suffix: the file name's suffix with the dot; "" when unknown (standard input, a drop
            of bytes), which also lets content that starts like a web page load as one.

    Raises:
        LoadError: binary, undecodable, too large, damaged or empty input.
    """
    if len(data) > MAX_BYTES:
        raise LoadError(_too_large(len(data)))
    kind = detect_format(data, suffix.lower())
    if kind == "text":
        text, encoding = decode_text(data)
        return loaded_from_text(text, source, encoding)
    if not data.strip():
        raise LoadError(_empty(source))
    try:
        extracted = _extract(kind, data)
    except FormatError as error:
        raise LoadError(str(error)) from None
    except RecursionError:  # a last guard: nesting that slipped past a reader's own limits
        raise LoadError(f"the {kind.upper()} file is nested too deeply to read") from None
    return _loaded(extracted, source, kind)


def _extract(kind: str, data: bytes) -> Extracted:
    # Readers are imported here: each pulls in a library that costs time at start-up.
    if kind == "html":
        from app.core.formats.html import extract_html

        return extract_html(data)
    if kind == "pdf":
        from app.core.formats.pdf import extract_pdf

        return extract_pdf(data)
    if kind == "docx":
        from app.core.formats.docx import extract_docx

        return extract_docx(data)
    if kind == "rtf":
        from app.core.formats.rtf import extract_rtf

        return extract_rtf(data)
    from app.core.formats.markdown import extract_markdown

    try:
        text, _ = decode_text(data)
    except LoadError as error:
        raise FormatError(str(error)) from None
    return extract_markdown(normalize_newlines(text))


def _loaded(extracted: Extracted, source: str, kind: str) -> LoadedText:
    text = normalize_newlines(extracted.text)
    if not text.strip():
        raise LoadError("no text found in the file")
    _check_length(text)
    return LoadedText(
        text=text,
        source=source,
        title=extracted.title,
        format=kind,
        published=extracted.published,
        meta=extracted.meta or PageMeta(title=extracted.title, published=extracted.published),
    )


def _check_length(text: str) -> None:
    if len(text) > MAX_TEXT_CHARS:
        raise LoadError(
            f"the text is too long ({len(text) / 1e6:.1f} million characters); "
            f"the limit is {MAX_TEXT_CHARS // 1_000_000} million"
        )


def loaded_from_text(text: str, source: str, encoding: str | None = None) -> LoadedText:
    """Wrap text from any source (a paste, a drop) after the same checks as a file.

    Hard-wrapped text is re-flowed into one line per paragraph; other text is kept as it is.
    """
    text = normalize_newlines(text)
    if not text.strip():
        raise LoadError(_empty(source))
    _check_length(text)
    text = reflow_text(text)
    return LoadedText(text=text, source=source, encoding=encoding)


def load_path(path: str | os.PathLike[str]) -> LoadedText:
    """Load an article from a file, as the open dialog and the CLI do.

    Raises:
        LoadError: with a one-line reason (missing, directory, permission, binary, empty, ...).
    """
    file_path = Path(path)
    data = read_bytes(file_path)
    return load_bytes(data, str(path), file_path.suffix.lower())
