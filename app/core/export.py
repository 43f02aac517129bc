"""Renderers of an analysis: plain text, Markdown, JSON (the contract's fields) and HTML summary."""

from __future__ import annotations

import html
import re
from collections import Counter
from pathlib import PurePath
from typing import Any

from app.core.analysis import Analysis
from app.core.dedup import DedupResult
from app.core.document import by_paragraph
from app.core.facts import DateFact, InitiativeFact, QuoteFact
from app.core.facts.dates.labels import date_label, read_from
from app.core.facts.model import UNATTRIBUTED


def _summary_paragraphs(analysis: Analysis) -> list[str]:
    """The summary's sentences verbatim, those of one source paragraph joined by a space."""
    return [" ".join(s.text for s in group) for group in by_paragraph(analysis.summary)]


def summary_text(analysis: Analysis) -> str:
    """The summary as plain text: its sentences verbatim, one paragraph per source paragraph."""
    return "\n\n".join(_summary_paragraphs(analysis))


def summary_html(analysis: Analysis) -> str:
    """The summary as an HTML fragment (the clipboard's rich-text alternative)."""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in _summary_paragraphs(analysis))
    title = analysis.title
    heading = f"<h3>{html.escape(title)}</h3>" if title else ""
    return heading + body


def dedup_report(result: DedupResult) -> str:
    """One line saying what duplicate removal did, for status bars and text output."""
    if not result.removed:
        return "No duplicates found"
    chars = sum(r.end - r.start for r in result.removed)
    n = len(result.removed)
    return f"Removed {n:,} duplicate{'s' if n != 1 else ''}, {chars:,} characters"


def _dedup_line(analysis: Analysis) -> str:
    if analysis.options.keep_duplicates:
        return "Duplicate removal skipped"  # not "none found": nobody looked
    return dedup_report(analysis.dedup)


def describe_date(fact: DateFact) -> str:
    """A date and its value in words, as the app shows it ("Q4 → Q4 2004", "last Friday →
    15 Mar 2024", "Friday → date not resolved"); a date that reads as its value is shown once.

    JSON keeps the machine forms (`value`, `timex`); text and Markdown are for readers.
    """
    label = date_label(fact.timex, fact.value)
    text = fact.text.casefold()
    # "2027-28" reads as its label "2027–28" with the dash the label writes
    same = label.casefold() in (text, text.replace("-", "–"))
    return fact.text if same else f"{fact.text} → {label}"


def describe_quote(fact: QuoteFact) -> str:
    return f"“{fact.text}” — {fact.speaker or UNATTRIBUTED}"


def describe_initiative(fact: InitiativeFact) -> str:
    return f"{fact.text} ({fact.actor})" if fact.actor else fact.text


def _dates_heading(analysis: Analysis) -> str:
    """ "Dates", with the day relative dates were read from ("Dates (read from 6 Dec 2026)"),
    or a word on why some are not placed: a reader of the list cannot tell otherwise."""
    reference = analysis.reference_date
    if reference is not None:
        return f"Dates ({read_from(reference)})"
    if any(f.value is None for f in analysis.facts.dates):
        return "Dates (the article does not say when it was written: relative dates not placed)"
    return "Dates"


def _fact_sections(analysis: Analysis) -> list[tuple[str, list[str]]]:
    facts = analysis.facts
    return [
        (_dates_heading(analysis), _once([describe_date(f) for f in facts.dates])),
        ("Initiatives", _once([describe_initiative(f) for f in facts.initiatives])),
        ("Quotes", _once([describe_quote(f) for f in facts.quotes])),
    ]


def _once(items: list[str]) -> list[str]:
    """Each line once, in first-mention order, with how often the article says it ("(3×)").

    A list that reads "2010 → 2010" three times is noise; JSON and the app keep every mention.
    Lines that differ only in case ("Today → ..." opening a sentence, "today → ..." inside
    one) are one line, written as first mentioned.
    """
    counts = Counter(item.casefold() for item in items)
    first: dict[str, str] = {}
    for item in items:
        first.setdefault(item.casefold(), item)
    return [f"{item} ({counts[key]}×)" if counts[key] > 1 else item for key, item in first.items()]


def facts_text(analysis: Analysis) -> str:
    """The key facts as a plain list, grouped by kind."""
    blocks = []
    for heading, items in _fact_sections(analysis):
        lines = [f"  - {item}" for item in items] or ["  (none found)"]
        blocks.append("\n".join([heading, *lines]))
    return "\n\n".join(blocks)


# What the text and Markdown outputs say for an article with no sentence a summary can take.
NO_SUMMARY = "(no summary: no sentences of prose, only lists, tables, headings or page furniture)"


def to_text(analysis: Analysis) -> str:
    """The CLI's default output: title, what was removed, summary, key facts."""
    header = [analysis.title] if analysis.title else []
    if analysis.meta.line():
        header.append(analysis.meta.line())
    header.append(f"Source: {analysis.loaded.source}")
    header.append(_dedup_line(analysis))
    if analysis.language_notice:
        header.append(f"Note: {analysis.language_notice}")
    summary = summary_text(analysis) or NO_SUMMARY
    n = len(analysis.summary)
    return "\n".join(
        [
            *header,
            "",
            f"Summary ({analysis.options.method}, {n} sentence{'s' if n != 1 else ''})",
            summary,
            "",
            "Key facts",
            facts_text(analysis),
        ]
    )


def to_markdown(analysis: Analysis) -> str:
    """Summary and key facts as Markdown."""

    # An untitled article is headed by its file's name, not the whole path it was opened by.
    source = analysis.loaded.source
    name = "Standard input" if source == "-" else PurePath(source).name or source
    heading = analysis.title or name
    parts = [f"# {escape_markdown(heading)}", ""]
    if analysis.meta.line():
        parts += [escape_markdown(analysis.meta.line()), ""]
    parts += [f"*{escape_markdown(_dedup_line(analysis))}.*", ""]
    if analysis.language_notice:
        parts += [f"> {escape_markdown(analysis.language_notice)}", ""]
    parts += ["## Summary", ""]
    paragraphs = _summary_paragraphs(analysis)
    parts += [escape_markdown(p) + "\n" for p in paragraphs] or [f"*{NO_SUMMARY}*", ""]
    parts += ["## Key facts", ""]
    for heading, items in _fact_sections(analysis):
        parts += [f"### {heading}", ""]
        parts += [f"- {escape_markdown(item)}" for item in items] or ["- (none found)"]
        parts.append("")
    return "\n".join(parts).rstrip() + "\n"


# Characters that Markdown would read as emphasis, code, links or HTML anywhere in a line, and
# the block markers it reads at the start of a line (heading, quote, list, rule).
_INLINE = re.compile(r"([\\`*_\[\]<])")
_BLOCK_START = re.compile(r"^([ \t]*)([#>+=-]|\d+(?=[.)]))", re.MULTILINE)


def escape_markdown(text: str) -> str:
    """`text` as Markdown that renders as exactly that text (article text is not Markdown)."""
    escaped = _INLINE.sub(r"\\\1", text)
    return _BLOCK_START.sub(_escape_block_start, escaped)


def _escape_block_start(match: re.Match[str]) -> str:
    indent, marker = match.group(1), match.group(2)
    if marker[0].isdigit():
        return indent + marker + "\\"  # "1997." -> "1997\." (the dot after it is escaped)
    return indent + "\\" + marker


def _span(item: Any) -> dict[str, Any]:
    return {"text": item.text, "start": item.start, "end": item.end}


def to_json_dict(analysis: Analysis) -> dict[str, Any]:
    """The contract's JSON object (CONTRACT.md), plus a few extra fields."""
    facts = analysis.facts
    return {
        "source": analysis.loaded.source,
        "title": analysis.title,
        "text": analysis.text,
        "method": analysis.options.method,
        "meta": analysis.meta.to_json(),
        "dedup": {
            "original_chars": len(analysis.dedup.original),
            "removed": [
                {
                    "start": r.start,
                    "end": r.end,
                    "text": r.text,
                    "reason": r.reason,
                    "duplicate_of": list(r.duplicate_of),
                    "detail": r.detail,
                }
                for r in analysis.dedup.removed
            ],
        },
        "summary": [_span(s) | {"sentence": s.index} for s in analysis.summary],
        "facts": {
            "dates": [
                _span(f) | {"value": f.value, "timex": f.timex, "sentence": f.sentence}
                for f in facts.dates
            ],
            "quotes": [
                _span(f)
                | {
                    "speaker": f.speaker,
                    "speaker_span": None
                    if f.speaker_start is None
                    else [f.speaker_start, f.speaker_end],
                    # -1 for "no sentence", as this output always had (the model says None).
                    "sentence": -1 if f.sentence is None else f.sentence,
                }
                for f in facts.quotes
            ],
            "initiatives": [
                _span(f) | {"actor": f.actor, "status": f.status, "sentence": f.sentence}
                for f in facts.initiatives
            ],
        },
        "furniture": furniture_json(analysis),
        # Extra: False when the article reads as another language (key facts are English rules).
        "english": analysis.language.english,
        # Extra: the day relative dates were read from (given, else the page's own), or null.
        "reference_date": None if analysis.reference_date is None else str(analysis.reference_date),
    }


def furniture_json(analysis: Analysis) -> list[dict[str, Any]]:
    """The page furniture (bylines, captions, headings ...) as {start, end, kind}; extra."""
    return [
        {"start": f.start, "end": f.end, "kind": f.kind.value} for f in analysis.document.furniture
    ]
