"""Markdown: the syntax stripped, headings kept as lines of their own, paragraphs joined.

In Markdown a paragraph is a block of lines between blank lines: the line breaks inside it are
soft, so they are joined. Headings ("# x" and underlined "x\\n===") stay as their own lines and
the first level-1 heading is the title; the others are section headings, given as furniture
hints. Links keep their text, images and HTML tags go, list and quote markers go (each list
item is its own line), code fences go but their code stays.

Front matter (a YAML block between "---" lines, or TOML between "+++" lines, at the very top,
as static-site generators and note apps write it) is no text: its `title`, `author`/`authors`
and `date` fields are the document's declared metadata.
"""

from __future__ import annotations

import re
from dataclasses import replace

from app.core.formats import Extracted, with_title
from app.core.formats.published import iso_date
from app.core.furniture import FurnitureKind, normalise
from app.core.page_meta import PageMeta, declared_authors

_ATX = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)\s*$")
_FENCE = re.compile(r"^ {0,3}(```|~~~)")
_RULE = re.compile(r"^ {0,3}([-*_])(\s*\1){2,}\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+")
_QUOTE = re.compile(r"^\s*(?:>\s?)+")
_IMAGE = re.compile(r"!\[([^\]]{0,500})\]\([^)]{0,500}\)")
_LINK = re.compile(r"\[([^\]]{1,500})\]\([^)]{0,500}\)|\[([^\]]{1,500})\]\[[^\]]{0,100}\]")
_REF_DEF = re.compile(r"^ {0,3}\[[^\]]+\]:\s+\S+")
_TAG = re.compile(r"</?[A-Za-z][^>]{0,500}>")
# Underscores inside a word ("snake_case") are not emphasis (CommonMark); asterisks are.
_EMPHASIS = re.compile(r"(\*{1,3}|~~|(?<!\w)_{1,3})(?=\S)(.{1,300}?)(?<=\S)\1(?!\w)")
_CODE = re.compile(r"`+([^`]{1,500})`+")
_HIDDEN = 0xE000
# Inline spans are bounded ({0,500}) and block patterns are tried on short lines only, so no
# pattern can backtrack over a whole 50,000-character paragraph (quadratic time).
_BLOCK_LINE_MAX = 300
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")


def strip_inline(text: str) -> str:
    """Remove inline Markdown: links keep their text, images and tags go, emphasis markers go."""
    # Escaped characters are hidden in the private-use area until the markup is gone.
    text = _ESCAPE.sub(lambda m: chr(_HIDDEN + ord(m.group(1))), text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(lambda m: m.group(1) or m.group(2), text)
    text = _CODE.sub(r"\1", text)
    text = _TAG.sub("", text)
    for _ in range(3):  # nested emphasis such as ***bold italic*** or **a _b_ c**
        text, found = _EMPHASIS.subn(r"\2", text)
        if not found:
            break
    text = text.replace("|", " ")
    text = re.sub("[\ue000-\ue07f]", lambda m: chr(ord(m.group()) - _HIDDEN), text)
    return text.strip()


def markdown_paragraphs(source: str) -> tuple[list[str], str | None, list[str]]:
    """(paragraphs one per item, title, the headings other than the title) of a Markdown
    document."""
    paragraphs: list[str] = []
    title: str | None = None
    headings: list[str] = []
    block: list[str] = []
    in_code = False

    def flush() -> None:
        if block:
            paragraphs.append(" ".join(block))
            block.clear()

    for line in source.split("\n"):
        if _FENCE.match(line):
            flush()
            in_code = not in_code
            continue
        if in_code:
            if line.strip():
                paragraphs.append(line.strip())
            continue
        short = len(line) <= _BLOCK_LINE_MAX
        heading = _ATX.match(line) if short else None
        if heading or (short and len(block) == 1 and _SETEXT.match(line)):
            text = strip_inline(heading.group(2) if heading else block.pop())
            level = len(heading.group(1)) if heading else (1 if "=" in line else 2)
            flush()
            if level == 1 and title is None and text:
                title = text
            elif text:
                headings.append(text)
            paragraphs.append(text)
        elif not line.strip() or (short and (_RULE.match(line) or _TABLE_RULE.match(line))):
            flush()
        elif _REF_DEF.match(line):
            continue
        else:
            is_item = bool(_ITEM.match(line))
            text = strip_inline(_ITEM.sub("", _QUOTE.sub("", line), count=1))
            if is_item or line.rstrip("\n").endswith(("  ", "\\")) or "|" in line:
                flush()  # a list item, a table row, or a line ending in a hard break
                if text:
                    paragraphs.append(text)
            elif text:
                block.append(text)
    flush()
    return paragraphs, title, headings


def extract_markdown(data: str) -> Extracted:
    """The text of a Markdown document, one paragraph per line, title first.

    Raises:
        FormatError: no text.
    """
    fields, data = front_matter(data)
    paragraphs, title, headings = markdown_paragraphs(data)
    # A section heading is furniture, as a web page's <h2> is (`html.furniture`): shown,
    # never summarised nor read for facts.
    hints = tuple(
        {key: FurnitureKind.HEADING for text in headings if (key := normalise(text))}.items()
    )
    if not fields:
        return replace(with_title(paragraphs, title), furniture_hints=hints)
    declared = _unquoted(fields.get("title", ""))
    extracted = replace(with_title(paragraphs, title or declared or None), furniture_hints=hints)
    authors = fields.get("authors") or fields.get("author") or ""
    meta = PageMeta(
        title=declared or extracted.title,
        authors=declared_authors([_unquoted(a) for a in _items(authors)]),
        published=iso_date(_unquoted(fields.get("date") or fields.get("published") or "")),
    )
    return replace(extracted, published=meta.published, meta=meta)


_FRONT_MATTER = re.compile(r"\A\ufeff?(---|\+\+\+)[ \t]*\n(.*?\n)?\1[ \t]*(?:\n|\Z)", re.DOTALL)
_FIELD = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*[:=][ \t]*(.*?)[ \t]*$")
_LIST_ITEM = re.compile(r"^[ \t]+-[ \t]+(.*?)[ \t]*$")


def front_matter(source: str) -> tuple[dict[str, str], str]:
    """(the top-level fields of a front matter block, lower-case keys; the text after it).

    A field's value is its text as written; a YAML list under a key ("authors:" then "- Ana
    Ruiz" lines) is joined with "; ". No block: ({}, `source`).
    """
    block = _FRONT_MATTER.match(source)
    if block is None:
        return {}, source
    fields: dict[str, str] = {}
    key = ""
    for line in (block.group(2) or "").split("\n"):
        item = _LIST_ITEM.match(line)
        field = _FIELD.match(line)
        if item and key:
            fields[key] = f"{fields[key]}; {item.group(1)}" if fields[key] else item.group(1)
        elif field:
            key = field.group(1).lower()
            fields[key] = field.group(2)
    return fields, source[block.end() :]


def _unquoted(value: str) -> str:
    return value.strip().strip("\"'").strip()


def _items(value: str) -> list[str]:
    """The names of an author field: "A", "[A, B]", or a YAML list joined with "; "."""
    value = value.strip()
    if value.startswith("[") and value.endswith("]"):
        value = value[1:-1].replace(",", ";")
    return [item for item in value.split(";") if item.strip()]
