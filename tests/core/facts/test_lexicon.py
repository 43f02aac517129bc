"""Tests for app.core.facts.lexicon: the shared reader of resources/lexicons."""

from __future__ import annotations

from app.core.facts.lexicon import lexicon, lexicon_rows, lexicon_text


def test_entries_are_lower_case_without_comments_or_blanks() -> None:
    titles = lexicon("nlp_titles.txt")
    assert "mr" in titles
    assert all(entry == entry.lower() and entry.strip() == entry for entry in titles)
    assert not any(entry.startswith("#") or not entry for entry in titles)


def test_rows_drop_comments_and_blank_lines_and_keep_their_fields() -> None:
    raw = lexicon_text("initiatives_heads.txt")
    rows = lexicon_rows("initiatives_heads.txt")
    assert "#" in raw and "#" not in "".join(rows)
    assert rows and all(row and row == row.strip() for row in rows)
    assert all(len(row.split()) >= 2 for row in rows)  # "<noun> <weight> [flags]"
