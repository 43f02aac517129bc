"""Loading: a path, standard input or dropped bytes -> article text (newlines normalised).

Plain text is decoded with BOM detection first (UTF-8, UTF-16, UTF-32), then strict UTF-8, then
charset-normalizer for legacy encodings (cp1252, Latin-1, ...). Text is otherwise kept as the author
wrote it. Every failure is a `LoadError` whose message is one plain line for the user.
"""

from __future__ import annotations

import codecs
import os
import stat
from dataclasses import dataclass
from pathlib import Path

# Larger inputs are refused with a message rather than freezing the app (1 MB of text, the
# largest size the speed targets cover, analyses in a few seconds; 20 MB would take over a minute).
MAX_BYTES = 20 * 1024 * 1024

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".log", ""})

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Magic numbers of common binary formats a user might drop by mistake.
_BINARY_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ", "an executable"),
    (b"%PDF", "a PDF"),
    (b"\x1f\x8b", "a gzip archive"),
)


class LoadError(Exception):
    """The input cannot be read as an article; `str(error)` is one line for the user."""


@dataclass(frozen=True, slots=True)
class LoadedText:
    """An article's text as loaded, before duplicate removal.

    Attributes:
        text: the text with "\\n" newlines.
        source: the path as given, or "-" for standard input, or a label such as "pasted text".
        title: a title the format itself gives (an HTML <title>), or None.
        encoding: the encoding the bytes were decoded with, where there were bytes.
    """

    text: str
    source: str
    title: str | None = None
    encoding: str | None = None


def normalize_newlines(text: str) -> str:
    """CRLF, CR and Unicode line/paragraph separators become "\\n"."""
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
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise LoadError(f"not valid {encoding} text ({error.reason})") from None
    for magic, what in _BINARY_MAGIC:
        if data.startswith(magic):
            raise LoadError(f"this is {what}, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _looks_like_utf16(data):
        try:
            return data.decode("utf-16-le" if data[1:2] == b"\0" else "utf-16-be"), "utf-16"
        except UnicodeDecodeError:
            pass
    if b"\0" in data[:4096]:
        raise LoadError("this is a binary file, not text")
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise LoadError("the bytes are not text in any encoding I know")
    return str(best), str(best.encoding)


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
        raise LoadError(error.strerror or "cannot read the file") from None
    if stat.S_ISDIR(info.st_mode):
        raise LoadError("is a directory, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise LoadError("is not a regular file")
    if info.st_size > MAX_BYTES:
        raise LoadError(
            f"too large ({info.st_size / 1e6:.0f} MB); the limit is {MAX_BYTES // (1024 * 1024)} MB"
        )
    try:
        with path.open("rb") as handle:
            return handle.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise LoadError("the file disappeared before it could be read") from None
    except PermissionError:
        raise LoadError("permission denied") from None
    except OSError as error:
        raise LoadError(error.strerror or "cannot read the file") from None


def load_bytes(data: bytes, source: str, suffix: str = ".txt") -> LoadedText:
    """Turn the bytes of a file (or stdin, or a drop) into text.

    Raises:
        LoadError: binary, undecodable, too large or empty input.
    """
    if len(data) > MAX_BYTES:
        raise LoadError(f"too large; the limit is {MAX_BYTES // (1024 * 1024)} MB")
    text, encoding = decode_text(data)
    return loaded_from_text(text, source, encoding)


def loaded_from_text(text: str, source: str, encoding: str | None = None) -> LoadedText:
    """Wrap text from any source (a paste, a drop) after the same checks as a file."""
    text = normalize_newlines(text)
    if not text.strip():
        raise LoadError("the file is empty" if source != "pasted text" else "nothing to analyse")
    return LoadedText(text=text, source=source, encoding=encoding)


def load_path(path: str | os.PathLike[str]) -> LoadedText:
    """Load an article from a file, as the open dialog and the CLI do.

    Raises:
        LoadError: with a one-line reason (missing, directory, permission, binary, empty, ...).
    """
    file_path = Path(path)
    data = read_bytes(file_path)
    return load_bytes(data, str(path), file_path.suffix.lower())
