"""Datelines: the place and agency a paragraph opens with, and nothing more."""

from __future__ import annotations

from app.core.datelines import dateline_prefix


def test_dateline_prefix_covers_the_place_and_agency_only() -> None:
    text = "BERGEN (Wire) - The ferry line opened on Monday."
    assert text[: dateline_prefix(text)] == "BERGEN (Wire) - "
    assert dateline_prefix("Ana said - quietly - that it was over.") == 0


def test_a_sites_domain_opening_a_paragraph_is_a_dateline() -> None:
    text = "Harbournews.net - Ferry crews voted on Monday to accept the offer."
    assert text[: dateline_prefix(text)] == "Harbournews.net - "
    assert dateline_prefix("Example.com is a site that sells boats.") == 0


def test_an_agency_alone_in_brackets_opens_a_dateline_in_any_of_its_names() -> None:
    for agency in ("AP", "UPI", "Associated Press", "Agence France-Presse"):
        text = f"({agency}) - Ferry crews voted on Monday."
        assert text[: dateline_prefix(text)] == f"({agency}) - "
    assert dateline_prefix("(Harbour crews) - voted on Monday.") == 0


def test_the_day_filed_after_the_place_is_part_of_the_dateline() -> None:
    # Round 39: "KELSO, 3 December - " stayed in the article's first sentence and its summary.
    text = "KELSO, 3 December - Two colleges agreed to merge."
    assert text[: dateline_prefix(text)] == "KELSO, 3 December - "
    text = "BERGEN, Dec. 3 (Wire) - The ferry line opened."
    assert text[: dateline_prefix(text)] == "BERGEN, Dec. 3 (Wire) - "
    assert dateline_prefix("Ana, 3 December - who knew - left.") == 0


def test_the_day_a_dateline_gives_without_its_year() -> None:
    from app.core.datelines import dateline_day

    assert dateline_day("WETHERBY, 3 December - The mill reopened.") == (12, 3)
    assert dateline_day("BERGEN, Dec. 3 (Wire) - The ferry line opened.") == (12, 3)
    # A year given: a full date, read as such elsewhere; no dateline: nothing.
    assert dateline_day("WETHERBY, 3 December 2026 - The mill reopened.") is None
    assert dateline_day("On 3 December - a Thursday - the mill reopened.") is None
